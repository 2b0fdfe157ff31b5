//! Exporting: contacts as vCard or CSV, the whole database as JSON, events and follow-ups
//! as iCalendar — as bytes for a file or stdout (one file per item into a vdir: see
//! `vdir`). A file is written to a temporary file beside it, then renamed.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::error::CliError;
use crate::formats::{csv, ical, json, vcard};
use crate::i18n::Lang;
use crate::model::project::ProjectId;
use crate::store::{Db, SCHEMA_VERSION};
use crate::tr;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Vcard(vcard::Version),
    Csv,
    Json,
    Ics,
}

/// Which contacts a vCard or CSV export holds: those with every tag, in the project.
#[derive(Debug, Default)]
pub struct Filter {
    pub tags: Vec<String>,
    pub project: Option<ProjectId>,
}

/// An export as one file: its bytes, and how many contacts or calendar items it holds.
pub struct Exported {
    pub bytes: Vec<u8>,
    pub count: usize,
}

/// The export as one file; the texts it makes up (a calendar's summaries) in `lang`.
pub fn render(db: Db<'_>, kind: Kind, filter: &Filter, lang: Lang) -> Result<Exported> {
    let (bytes, count) = match kind {
        Kind::Vcard(version) => {
            let cs = db.export_contacts(&filter.tags, filter.project)?;
            (vcard::write_all(&cs, version).into_bytes(), cs.len())
        }
        Kind::Csv => {
            let cs = db.export_contacts(&filter.tags, filter.project)?;
            let mut buf = Vec::new();
            csv::write(&mut buf, &cs).with_context(|| tr!("export-cannot-write-csv"))?;
            (buf, cs.len())
        }
        Kind::Json => {
            let dump = db.dump(SCHEMA_VERSION)?;
            let n = dump.tables.get("contacts").map_or(0, Vec::len);
            (json::write(&dump)?.into_bytes(), n)
        }
        Kind::Ics => {
            let (e, t) = (db.calendar_events()?, db.calendar_todos()?);
            (ical::calendar(&e, &t, lang).into_bytes(), e.len() + t.len())
        }
    };
    Ok(Exported { bytes, count })
}

/// Writes `bytes` to `path` through a temporary file in the same folder (0600), renamed.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(CliError::new(tr!(
            "export-no-folder",
            path = path.display().to_string(),
            folder = dir.display().to_string()
        ))
        .hint(tr!("export-no-folder-hint"))
        .into());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".carnet-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| {
            CliError::new(tr!(
                "export-cannot-write-why",
                path = path.display().to_string(),
                why = e.kind().to_string()
            ))
        })?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| tr!("export-cannot-write", path = path.display().to_string()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| tr!("export-cannot-write", path = path.display().to_string()))?;
    Ok(())
}
