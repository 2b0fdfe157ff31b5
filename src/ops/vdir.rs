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
/// rewriting only the files that changed (see `Sync`), item by item as they are read.
/// `None` for a kind that has no such layout (CSV, JSON). The texts it makes up (a
/// calendar's summaries) are in `lang`.
pub fn export(
    db: Db<'_>,
    kind: Kind,
    filter: &Filter,
    dir: &Path,
    lang: Lang,
) -> Result<Option<VdirReport>> {
    let ext = match kind {
        Kind::Vcard(_) => "vcf",
        Kind::Ics => "ics",
        Kind::Csv { .. } | Kind::Json => return Ok(None),
    };
    let mut sync = Sync::start(dir, ext)?;
    match kind {
        Kind::Vcard(version) => {
            let mut card = String::new();
            db.export_each(&filter.select, |c| {
                card.clear();
                vcard::write_card_to(&mut card, &c, version);
                sync.file(&c.uid, &card)
            })?;
        }
        Kind::Ics => {
            db.calendar_events_each(|e| sync.file(&ical::event_uid(e.id), &ical::event_file(&e)))?;
            db.calendar_todos_each(|t| {
                sync.file(&ical::todo_uid(t.id), &ical::todo_file(&t, lang))
            })?;
        }
        Kind::Csv { .. } | Kind::Json => {}
    }
    Ok(Some(sync.finish()?))
}

/// The list of files an earlier export wrote, so that only those are ever removed: a card
/// that arrived from the server and is not imported yet is left alone.
pub const MANIFEST: &str = ".carnet-vdir";

/// The folder beside the files holding a copy of each as carnet last wrote it: the common
/// ancestor of a three-way merge when the other side has changed the file (`ops::sync`).
pub const BASE: &str = ".carnet-base";

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

/// Bringing `dir` (created 0700 when missing) to hold the files given one by one, each a
/// (UID, content) pair written as `UID.ext`; `finish` removes the files of an earlier sync
/// whose UID is gone.
pub struct Sync {
    dir: std::path::PathBuf,
    ext: String,
    before: BTreeSet<String>,
    existing: HashMap<String, String>,
    now: BTreeSet<String>,
    report: VdirReport,
}

impl Sync {
    pub fn start(dir: &Path, ext: &str) -> Result<Sync> {
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
            return Err(CliError::new(tr!(
                "export-not-a-folder",
                path = dir.display().to_string()
            ))
            .hint(tr!("export-not-a-folder-hint"))
            .into());
        }
        let before: BTreeSet<String> = std::fs::read_to_string(dir.join(MANIFEST))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect();
        Ok(Sync {
            dir: dir.to_owned(),
            ext: ext.to_owned(),
            before,
            existing: uids_in_folder(dir, ext),
            now: BTreeSet::new(),
            report: VdirReport {
                folder: dir.display().to_string(),
                ..Default::default()
            },
        })
    }

    /// The file of one item: written unless it already holds `content`.
    pub fn file(&mut self, uid: &str, content: &str) -> Result<()> {
        let ext = &self.ext;
        // A card that came down from the server under another file name is rewritten in
        // place: two files with one UID would make vdirsyncer stop.
        let name = match self.existing.get(uid) {
            Some(n) => n.clone(),
            None => format!("{}.{ext}", vcard::file_stem(uid)),
        };
        // file_stem never yields a separator or a leading dot; check anyway.
        if Path::new(&name).file_name().and_then(|n| n.to_str()) != Some(name.as_str()) {
            return Ok(());
        }
        let path = self.dir.join(&name);
        if std::fs::read(&path).ok().as_deref() == Some(content.as_bytes()) {
            self.report.unchanged += 1;
        } else {
            write_file(&path, content.as_bytes())?;
            self.report.written += 1;
        }
        // The copy the next import merges the other side's edits against.
        let base = self.dir.join(BASE);
        if !base.is_dir() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(&base)
                .with_context(|| {
                    tr!(
                        "export-cannot-create-folder",
                        path = base.display().to_string()
                    )
                })?;
        }
        let base = base.join(&name);
        if std::fs::read(&base).ok().as_deref() != Some(content.as_bytes()) {
            write_file(&base, content.as_bytes())?;
        }
        self.now.insert(name);
        Ok(())
    }

    /// Removes the files an earlier sync wrote whose UID is gone, and lists those of this
    /// one for the next.
    pub fn finish(mut self) -> Result<VdirReport> {
        let ext = &self.ext;
        for old in self.before.difference(&self.now) {
            let safe = Path::new(old).file_name().and_then(|n| n.to_str()) == Some(old.as_str())
                && !old.starts_with('.')
                && old.ends_with(&format!(".{ext}"));
            if safe && std::fs::remove_file(self.dir.join(old)).is_ok() {
                self.report.removed += 1;
            }
            if safe {
                let _ = std::fs::remove_file(self.dir.join(BASE).join(old));
            }
        }
        let list: Vec<&str> = self.now.iter().map(String::as_str).collect();
        write_file(
            &self.dir.join(MANIFEST),
            (list.join("\n") + "\n").as_bytes(),
        )?;
        Ok(self.report)
    }
}
