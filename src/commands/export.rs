use std::collections::BTreeSet;
use std::io::Write;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::formats::{csv, ical, json, vcard};
use crate::store::SCHEMA_VERSION;

const EXAMPLES: &str = "\
Examples:
  carnet export vcard -o contacts.vcf --tag voeux
  carnet export csv -o concert.csv --project Concert
  carnet export vcard --vdir ~/.contacts/carnet     # then: vdirsyncer sync
  carnet export json -o carnet-backup.json
  carnet export ics --vdir ~/.calendars/carnet";

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// vCard 4.0 (or 3.0), one card per contact
    Vcard,
    /// CSV with a header row
    Csv,
    /// The complete database, for `carnet import` into an empty one
    Json,
    /// iCalendar: events (VEVENT) and open follow-ups (VTODO)
    Ics,
}

/// Export contacts, the whole database, or the calendar
///
/// Writes to standard output unless -o names a file; --vdir writes one file per contact
/// (UID.vcf) or per calendar item (UID.ics) into a folder, rewriting only the files that
/// changed and removing those it wrote before for contacts since deleted — the layout
/// vdirsyncer syncs with any CardDAV or CalDAV server. Files are written to a temporary
/// file, then renamed; they are readable by you alone (0600).
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ExportArgs {
    /// What to export
    #[arg(value_enum)]
    pub format: ExportFormat,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write one file per contact or calendar item into this folder (a vdir)
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub vdir: Option<PathBuf>,
    /// vCard version to write
    #[arg(long, value_name = "VERSION", default_value = "4", value_parser = ["3", "4"])]
    pub vcard_version: String,
    /// Only contacts with this tag (repeatable: all must match; vcard and csv)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Only members of this project (vcard and csv)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
}

#[derive(Debug, Default, Serialize)]
struct VdirReport {
    folder: String,
    written: usize,
    unchanged: usize,
    removed: usize,
}

/// Writes `bytes` to `path` through a temporary file in the same folder (0600), renamed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(CliError::new(format!(
            "cannot write {}: folder {} does not exist",
            path.display(),
            dir.display()
        ))
        .hint("create the folder first, or give another path with -o")
        .into());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".carnet-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| CliError::new(format!("cannot write {}: {}", path.display(), e.kind())))?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

pub fn run(ctx: &mut Ctx, a: ExportArgs) -> Result<()> {
    let filtered = !a.tags.is_empty() || a.project.is_some();
    if filtered && matches!(a.format, ExportFormat::Json | ExportFormat::Ics) {
        return Err(CliError::new(
            "--tag and --project filter contacts: they apply to vcard and csv exports",
        )
        .hint("a JSON export is the whole database; an ics export holds every event and follow-up")
        .into());
    }
    let version = if a.vcard_version == "3" {
        vcard::Version::V3
    } else {
        vcard::Version::V4
    };
    let project = match &a.project {
        Some(p) => Some(crate::commands::project::project(ctx, p)?.id),
        None => None,
    };
    let db = ctx.store.db();
    if let Some(dir) = &a.vdir {
        let files: Vec<(String, String)> = match a.format {
            ExportFormat::Vcard => db
                .export_contacts(&a.tags, project)?
                .iter()
                .map(|c| (c.uid.clone(), vcard::write_card(c, version)))
                .collect(),
            ExportFormat::Ics => ical::separate(&db.calendar_events()?, &db.calendar_todos()?),
            _ => {
                return Err(CliError::new("--vdir writes vcard or ics exports")
                    .hint("use -o FILE for csv and json")
                    .into())
            }
        };
        let ext = if a.format == ExportFormat::Ics {
            "ics"
        } else {
            "vcf"
        };
        let report = write_vdir(dir, ext, &files)?;
        if ctx.out.json() {
            return ctx.out.print_json(&report);
        }
        ctx.out.status(format!(
            "{}: {} written, {} unchanged, {} removed",
            report.folder, report.written, report.unchanged, report.removed
        ));
        return Ok(());
    }
    let (bytes, count) = match a.format {
        ExportFormat::Vcard => {
            let cs = db.export_contacts(&a.tags, project)?;
            (vcard::write_all(&cs, version).into_bytes(), cs.len())
        }
        ExportFormat::Csv => {
            let cs = db.export_contacts(&a.tags, project)?;
            let mut buf = Vec::new();
            csv::write(&mut buf, &cs).context("cannot write the CSV")?;
            (buf, cs.len())
        }
        ExportFormat::Json => {
            let dump = db.dump(SCHEMA_VERSION)?;
            let n = dump.tables.get("contacts").map_or(0, Vec::len);
            (json::write(&dump)?.into_bytes(), n)
        }
        ExportFormat::Ics => {
            let (e, t) = (db.calendar_events()?, db.calendar_todos()?);
            (ical::calendar(&e, &t).into_bytes(), e.len() + t.len())
        }
    };
    match &a.output {
        Some(path) => {
            write_atomic(path, &bytes)?;
            let what = match (a.format == ExportFormat::Ics, count == 1) {
                (true, true) => "calendar item",
                (true, false) => "calendar items",
                (false, true) => "contact",
                (false, false) => "contacts",
            };
            ctx.out
                .status(format!("Exported {count} {what} to {}", path.display()));
        }
        None => ctx.out.text(&String::from_utf8_lossy(&bytes))?,
    }
    Ok(())
}

/// The list of files an earlier export wrote, so that only those are ever removed: a card
/// that arrived from the server and is not imported yet is left alone.
const MANIFEST: &str = ".carnet-vdir";

/// The UID of each `.ext` file already in the folder, to its file name.
fn uids_in_folder(dir: &Path, ext: &str) -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
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

fn write_vdir(dir: &Path, ext: &str, files: &[(String, String)]) -> Result<VdirReport> {
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    }
    if !dir.is_dir() {
        return Err(
            CliError::new(format!("'{}' is not a folder", dir.display()))
                .hint("--vdir takes a folder, created when missing")
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
            write_atomic(&path, content.as_bytes())?;
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
    write_atomic(&manifest, (list.join("\n") + "\n").as_bytes())?;
    Ok(report)
}
