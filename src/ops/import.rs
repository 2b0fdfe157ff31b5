//! Importing: the files of a PATH read and parsed, then every record applied in one
//! transaction, with a report of what was added, updated, left unchanged or skipped (and
//! why, with the file and line). A carnet JSON export restores a whole database instead.
//!
//! How the records are written is decided here: a large import (against what the database
//! holds) is one bulk write — the search index is rebuilt once at the end rather than record
//! by record, 3× faster for 10,000 cards, and the indexes of an empty database are built
//! after its rows; a small one into a large database keeps the row-by-row upkeep, which costs
//! less than re-indexing everything.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use serde::Serialize;

use crate::error::CliError;
use crate::formats::{self, csv, json, vcard, ImportFormat};
use crate::model::interop::{ImportReport, Imported, Parsed, Skip};
use crate::store::{Db, Store, StoreError, SCHEMA_VERSION};
use crate::tr;

/// From this many records on, an import may be one bulk write.
const BULK_IMPORT: usize = 500;

/// One file read: its name as shown in the report, how it was read, its records.
pub struct Source {
    pub file: String,
    pub format: ImportFormat,
    pub records: Vec<Parsed>,
}

/// What a PATH holds.
pub enum Input {
    /// Contacts to import, file by file.
    Records(Vec<Source>),
    /// A carnet JSON export, to restore.
    Dump { file: PathBuf, bytes: Vec<u8> },
}

impl Input {
    /// Reads PATH — a file, or a folder of .vcf files (a vdir) — and parses each file in
    /// the format given, else the one its content shows.
    pub fn read(path: &Path, format: Option<ImportFormat>) -> Result<Input> {
        let files = files_of(path)?;
        let mut sources = Vec::new();
        for f in &files {
            let bytes = std::fs::read(f)
                .with_context(|| tr!("import-cannot-read", path = f.display().to_string()))?;
            let format = format.unwrap_or_else(|| formats::detect(&bytes));
            let records = match format {
                ImportFormat::Json if files.len() > 1 => {
                    return Err(CliError::new(tr!("import-json-alone")).into())
                }
                ImportFormat::Json => {
                    return Ok(Input::Dump {
                        file: f.clone(),
                        bytes,
                    })
                }
                ImportFormat::Vcard => vcard::read(&bytes),
                ImportFormat::Csv | ImportFormat::Google => csv::read(&bytes, false),
                ImportFormat::Linkedin => csv::read(&bytes, true),
            };
            sources.push(Source {
                file: f.display().to_string(),
                format,
                records,
            });
        }
        Ok(Input::Records(sources))
    }
}

fn files_of(path: &Path) -> Result<Vec<PathBuf>> {
    if !path.is_dir() {
        if !path.exists() {
            return Err(CliError::new(tr!(
                "import-no-such-file",
                path = path.display().to_string()
            ))
            .hint(tr!("import-no-such-file-hint"))
            .into());
        }
        return Ok(vec![path.to_owned()]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| {
            tr!(
                "import-cannot-read-folder",
                path = path.display().to_string()
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard")
                })
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(
            CliError::new(tr!("import-no-vcf", path = path.display().to_string()))
                .hint(tr!("import-no-vcf-hint"))
                .into(),
        );
    }
    Ok(files)
}

/// Why the import transaction did not commit.
enum Stop<T> {
    Store(StoreError),
    DryRun(T),
}

impl<T> From<StoreError> for Stop<T> {
    fn from(e: StoreError) -> Self {
        Stop::Store(e)
    }
}

/// Runs `body` in one transaction (a bulk one when `bulk`); with `dry_run` the transaction
/// is rolled back once `body` is done, and what it returned is returned all the same.
fn transaction<T>(
    store: &mut Store,
    bulk: bool,
    dry_run: bool,
    body: impl FnOnce(Db<'_>) -> crate::store::Result<T>,
) -> crate::store::Result<T> {
    let body = |db: Db<'_>| -> std::result::Result<T, Stop<T>> {
        let value = body(db)?;
        if dry_run {
            return Err(Stop::DryRun(value));
        }
        Ok(value)
    };
    let result = if bulk {
        store.write_bulk(body)
    } else {
        store.write(body)
    };
    match result {
        Ok(v) | Err(Stop::DryRun(v)) => Ok(v),
        Err(Stop::Store(e)) => Err(e),
    }
}

/// Imports every record of `sources`, each tagged with `tags` too, in one transaction
/// (rolled back with `dry_run`). `progress` is called once per record.
pub fn import(
    store: &mut Store,
    sources: Vec<Source>,
    tags: &[String],
    dry_run: bool,
    today: NaiveDate,
    now: &str,
    progress: &dyn Fn(),
) -> Result<ImportReport> {
    let total: usize = sources.iter().map(|s| s.records.len()).sum();
    let bulk = total >= BULK_IMPORT && total as i64 * 2 >= store.db().max_contact_id()?;
    let report = transaction(store, bulk, dry_run, |db| {
        let mut state = db.import_start()?;
        let deferred = db.import_defer_indexes(&state)?;
        let mut report = ImportReport {
            dry_run,
            ..Default::default()
        };
        let mut ties = Vec::new();
        for Source { file, records, .. } in sources {
            for p in records {
                progress();
                let mut rec = match p {
                    Ok(r) => r,
                    Err((line, reason)) => {
                        report.skip(Skip {
                            file: file.clone(),
                            line,
                            reason,
                        });
                        continue;
                    }
                };
                for t in tags {
                    if !rec.contact.tags.contains(t) {
                        rec.contact.tags.push(t.clone());
                    }
                }
                match db.import_one(&rec, &mut state, now, today)? {
                    Ok((action, matched_by, id)) if !rec.related.is_empty() => {
                        ties.push((id, file.clone(), rec.line, std::mem::take(&mut rec.related)));
                        report.push(Imported {
                            file: file.clone(),
                            line: rec.line,
                            index: rec.index,
                            action,
                            matched_by,
                            id,
                            name: rec.contact.name.clone(),
                        })
                    }
                    Ok((action, matched_by, id)) => report.push(Imported {
                        file: file.clone(),
                        line: rec.line,
                        index: rec.index,
                        action,
                        matched_by,
                        id,
                        name: rec.contact.name.clone(),
                    }),
                    Err(e) => report.skip(Skip {
                        file: file.clone(),
                        line: rec.line,
                        reason: e.to_string(),
                    }),
                }
            }
        }
        // Ties once every record is in: they may name a person further down the file.
        for (id, file, line, related) in ties {
            for t in related {
                if db.tie_imported(id, &t, now)? {
                    report.ties += 1;
                } else {
                    let whom = t.name.or(t.uid).unwrap_or_default();
                    report.ties_not_found.push(Skip {
                        file: file.clone(),
                        line,
                        reason: crate::tr!(
                            "relation-import-not-found",
                            kind = t.kind.as_str(),
                            whom = whom
                        ),
                    });
                }
            }
        }
        db.import_finish(&deferred)?;
        Ok(report)
    })?;
    Ok(report)
}

/// What a restore did (`import --json` of a JSON export).
#[derive(Debug, Serialize)]
pub struct RestoreReport {
    pub dry_run: bool,
    pub tables: usize,
    pub rows: usize,
    /// The file restored from.
    #[serde(skip)]
    pub file: PathBuf,
}

/// Restores a carnet JSON export into an empty database, in one transaction (rolled back
/// with `dry_run`).
pub fn restore(
    store: &mut Store,
    file: &Path,
    bytes: &[u8],
    dry_run: bool,
) -> Result<RestoreReport> {
    let path = file.display().to_string();
    let dump =
        json::read(bytes).with_context(|| tr!("import-cannot-import", path = path.as_str()))?;
    if dump.schema_version > SCHEMA_VERSION {
        return Err(CliError::new(tr!(
            "import-newer",
            path = path.as_str(),
            found = dump.schema_version,
            known = SCHEMA_VERSION
        ))
        .hint(tr!("import-newer-hint"))
        .into());
    }
    if !store.db().is_empty()? {
        return Err(CliError::new(tr!("import-not-empty", path = path.as_str()))
            .hint(tr!("import-not-empty-hint"))
            .into());
    }
    let rows = transaction(store, false, dry_run, |db| db.restore(&dump))
        .with_context(|| tr!("import-cannot-restore", path = path.as_str()))?;
    Ok(RestoreReport {
        dry_run,
        tables: dump.tables.len(),
        rows,
        file: file.to_owned(),
    })
}
