//! Exporting: contacts as vCard or CSV, the whole database as JSON, events and follow-ups
//! as iCalendar — written to a file or stdout item by item as they are read, so that an
//! export of any size holds a few hundred contacts in memory at once (one file per item
//! into a vdir: see `vdir`). A file is written to a temporary file beside it, then renamed.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::error::CliError;
use crate::formats::{csv, ical, json, vcard};
use crate::model::project::ProjectId;
use crate::store::{Db, SCHEMA_VERSION};

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

/// Writes the export to `w`, item by item as they are read (never the whole export in
/// memory); how many contacts or calendar items it holds.
pub fn write(db: Db<'_>, kind: Kind, filter: &Filter, w: &mut dyn Write) -> Result<usize> {
    let mut w = io::BufWriter::with_capacity(64 * 1024, w);
    let count = match kind {
        Kind::Vcard(version) => {
            let mut card = String::new();
            db.export_each(&filter.tags, filter.project, |c| {
                card.clear();
                vcard::write_card_to(&mut card, &c, version);
                w.write_all(card.as_bytes())?;
                Ok::<(), anyhow::Error>(())
            })?
        }
        Kind::Csv => {
            let mut out = csv::Writer::new(&mut w).context("cannot write the CSV")?;
            let n = db.export_each(&filter.tags, filter.project, |c| {
                out.write(&c)?;
                Ok::<(), anyhow::Error>(())
            })?;
            out.finish()?;
            n
        }
        Kind::Json => {
            let dump = db.dump_stream(SCHEMA_VERSION)?;
            let n = dump.contacts()?;
            json::write_to(&mut w, &dump)?;
            n
        }
        Kind::Ics => {
            let mut out = String::new();
            ical::begin(&mut out);
            let mut n = 0;
            db.calendar_events_each(|e| {
                ical::event(&mut out, &e);
                n += 1;
                w.write_all(out.as_bytes())?;
                out.clear();
                Ok::<(), anyhow::Error>(())
            })?;
            db.calendar_todos_each(|t| {
                ical::todo(&mut out, &t);
                n += 1;
                w.write_all(out.as_bytes())?;
                out.clear();
                Ok::<(), anyhow::Error>(())
            })?;
            ical::end(&mut out);
            w.write_all(out.as_bytes())?;
            n
        }
    };
    w.flush()?;
    Ok(count)
}

/// Writes `bytes` to `path` through a temporary file in the same folder (0600), renamed.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file_with(path, |w| Ok(w.write_all(bytes)?))
}

/// Writes to `path` through a temporary file in the same folder (0600) filled by `fill`,
/// then renamed: the file is whole or not there.
pub fn write_file_with<T>(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
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
    let value = fill(tmp.as_file_mut())
        .and_then(|v| {
            tmp.as_file().sync_all()?;
            Ok(v)
        })
        .with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(value)
}
