//! A vdir: one file per contact or calendar item in a folder, the layout vdirsyncer syncs
//! with a CardDAV or CalDAV server. Only the files that changed are rewritten, and only the
//! files an earlier export wrote are ever removed.

use std::collections::{BTreeSet, HashMap};
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use super::export::{write_file, Filter, Kind};
use crate::error::CliError;
use crate::formats::{ical, vcard};
use crate::i18n::Lang;
use crate::store::Db;
use crate::tr;

/// What an export into a vdir did.
#[derive(Debug, Default, Serialize)]
pub struct VdirReport {
    pub folder: String,
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// The export as one file per contact (UID.vcf) or calendar item (UID.ics) in `dir`,
/// rewriting only the files that changed (see `sync`). `None` for a kind that has no
/// such layout (CSV, JSON). The texts it makes up (a calendar's summaries) are in `lang`.
pub fn export(
    db: Db<'_>,
    kind: Kind,
    filter: &Filter,
    dir: &Path,
    lang: Lang,
) -> Result<Option<VdirReport>> {
    let (files, ext): (Vec<(String, String)>, &str) = match kind {
        Kind::Vcard(version) => (
            db.export_contacts(&filter.tags, filter.project)?
                .iter()
                .map(|c| (c.uid.clone(), vcard::write_card(c, version)))
                .collect(),
            "vcf",
        ),
        Kind::Ics => (
            ical::separate(&db.calendar_events()?, &db.calendar_todos()?, lang),
            "ics",
        ),
        Kind::Csv | Kind::Json => return Ok(None),
    };
    Ok(Some(sync(dir, ext, &files)?))
}

/// The list of files an earlier export wrote, so that only those are ever removed: a card
/// that arrived from the server and is not imported yet is left alone.
const MANIFEST: &str = ".carnet-vdir";

/// The UID of each `.ext` file already in the folder, to its file name.
fn uids_in_folder(dir: &Path, ext: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let Ok(name) = e.file_name().into_string() else {
            continue;
        };
        if name.starts_with('.') || !name.ends_with(&format!(".{ext}")) {
            continue;
        }
        let Ok(text) = std::fs::read(e.path()) else {
            continue;
        };
        let text = crate::formats::to_utf8(&text);
        let uid = text.lines().find_map(|l| {
            let l = l.trim_end_matches('\r');
            l.get(..4)
                .filter(|p| p.eq_ignore_ascii_case("UID:"))
                .and_then(|_| l.get(4..))
                .map(|u| vcard::unescape(u.trim()))
        });
        if let Some(uid) = uid.filter(|u| !u.is_empty()) {
            out.entry(uid).or_insert(name);
        }
    }
    out
}

/// Brings `dir` (created 0700 when missing) to hold `files`, each a (UID, content) pair
/// written as `UID.ext`; removes the files of an earlier sync whose UID is gone.
pub fn sync(dir: &Path, ext: &str, files: &[(String, String)]) -> Result<VdirReport> {
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| {
                tr!(
                    "export-cannot-create-folder",
                    path = dir.display().to_string()
                )
            })?;
    }
    if !dir.is_dir() {
        return Err(
            CliError::new(tr!("export-not-a-folder", path = dir.display().to_string()))
                .hint(tr!("export-not-a-folder-hint"))
                .into(),
        );
    }
    let manifest = dir.join(MANIFEST);
    let before: BTreeSet<String> = std::fs::read_to_string(&manifest)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect();
    let mut report = VdirReport {
        folder: dir.display().to_string(),
        ..Default::default()
    };
    let existing = uids_in_folder(dir, ext);
    let mut now = BTreeSet::new();
    for (uid, content) in files {
        // A card that came down from the server under another file name is rewritten in
        // place: two files with one UID would make vdirsyncer stop.
        let name = match existing.get(uid) {
            Some(n) => n.clone(),
            None => format!("{}.{ext}", vcard::file_stem(uid)),
        };
        // file_stem never yields a separator or a leading dot; check anyway.
        if Path::new(&name).file_name().and_then(|n| n.to_str()) != Some(name.as_str()) {
            continue;
        }
        let path = dir.join(&name);
        if std::fs::read(&path).ok().as_deref() == Some(content.as_bytes()) {
            report.unchanged += 1;
        } else {
            write_file(&path, content.as_bytes())?;
            report.written += 1;
        }
        now.insert(name);
    }
    for old in before.difference(&now) {
        let safe = Path::new(old).file_name().and_then(|n| n.to_str()) == Some(old.as_str())
            && !old.starts_with('.')
            && old.ends_with(&format!(".{ext}"));
        if safe && std::fs::remove_file(dir.join(old)).is_ok() {
            report.removed += 1;
        }
    }
    let list: Vec<&str> = now.iter().map(String::as_str).collect();
    write_file(&manifest, (list.join("\n") + "\n").as_bytes())?;
    Ok(report)
}
