//! Importing: the files of a PATH read record by record and every record applied in one
//! transaction, with a report of what was added, updated, left unchanged or skipped (and
//! why, with the file and line), and of what was imported shortened. A carnet JSON export
//! restores a whole database instead.
//!
//! A file is never held in memory: its reader hands out one record at a time, which is
//! written before the next is read; what the import keeps meanwhile is its report (a few
//! dozen bytes a record) and, into an empty database, a hash of each UID added.
//!
//! How the records are written is decided here: a large import (against what the database
//! holds) is one bulk write — the search index is rebuilt once at the end rather than record
//! by record, 3× faster for 10,000 cards, and the indexes of an empty database are built
//! after its rows; a small one into a large database keeps the row-by-row upkeep, which costs
//! less than re-indexing everything. The records of the files are counted first, cheaply
//! (`formats::count_records`), to decide.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use serde::Serialize;

use crate::error::CliError;
use crate::formats::{self, csv, json, lines, vcard, ImportFormat};
use crate::model::interop::{
    FileRead, ImportReport, ImportTie, Imported, Parsed, Skip, SkipReason, TieNotFound,
};
use crate::store::{Db, Store, StoreError, SCHEMA_VERSION};
use crate::tr;

/// From this many records on, an import may be one bulk write.
const BULK_IMPORT: usize = 500;

/// What a PATH holds.
pub enum Input {
    /// Files of contacts, in the format given (else the one each file's content shows).
    Files {
        files: Vec<PathBuf>,
        format: Option<ImportFormat>,
    },
    /// A carnet JSON export, to restore.
    Dump { file: PathBuf, bytes: Vec<u8> },
}

impl Input {
    /// Looks at PATH — a file, or a folder of .vcf files (a vdir): a carnet JSON export
    /// (given as the format, or shown by its first bytes) is read whole, to restore; other
    /// files are read by `import`, record by record.
    pub fn read(path: &Path, format: Option<ImportFormat>) -> Result<Input> {
        let files = files_of(path)?;
        if let [file] = files.as_slice() {
            let json = match format {
                Some(f) => f == ImportFormat::Json,
                None => {
                    let mut head = Vec::new();
                    open(file)?
                        .take(lines::SNIFF as u64)
                        .read_to_end(&mut head)
                        .with_context(|| {
                            tr!("import-cannot-read", path = file.display().to_string())
                        })?;
                    formats::detect(&head) == ImportFormat::Json
                }
            };
            if json {
                let bytes = std::fs::read(file).with_context(|| {
                    tr!("import-cannot-read", path = file.display().to_string())
                })?;
                return Ok(Input::Dump {
                    file: file.clone(),
                    bytes,
                });
            }
        }
        Ok(Input::Files { files, format })
    }
}

fn open(file: &Path) -> Result<File> {
    File::open(file).with_context(|| tr!("import-cannot-read", path = file.display().to_string()))
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

/// A file being read: its records, one at a time.
enum Records<'a> {
    Vcard(vcard::Reader<Box<dyn io::BufRead + 'a>>),
    Csv(csv::Reader<Box<dyn io::BufRead + 'a>>),
    None,
}

impl Iterator for Records<'_> {
    type Item = io::Result<Parsed>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Records::Vcard(r) => r.next(),
            Records::Csv(r) => r.next(),
            Records::None => None,
        }
    }
}

/// Counts the bytes read through it, for the progress bar.
struct Counted<R> {
    inner: R,
    read: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

/// Opens `file` for reading record by record: in `format`, else the one its first bytes
/// show; the format it is read as.
fn records<'a>(
    file: &Path,
    format: Option<ImportFormat>,
    several: bool,
    read: Rc<Cell<u64>>,
) -> Result<(Records<'a>, ImportFormat)> {
    let source = Counted {
        inner: open(file)?,
        read,
    };
    let cannot = || tr!("import-cannot-read", path = file.display().to_string());
    let opened = lines::open(source).with_context(cannot)?;
    let format = format.unwrap_or_else(|| formats::detect(&opened.head));
    let linkedin = format == ImportFormat::Linkedin;
    let records = match format {
        ImportFormat::Json if several => {
            return Err(CliError::new(tr!(
                "import-json-in-folder",
                file = file.display().to_string()
            ))
            .into())
        }
        ImportFormat::Json => {
            return Err(CliError::new(tr!(
                "import-json-on-its-own",
                file = file.display().to_string()
            ))
            .into())
        }
        ImportFormat::Vcard => Records::Vcard(vcard::Reader::new(opened.reader)),
        ImportFormat::Csv | ImportFormat::Google | ImportFormat::Linkedin => {
            match csv::Reader::new(opened.reader, linkedin) {
                Ok(Some(r)) => Records::Csv(r),
                Ok(None) => Records::None,
                Err(csv::CsvError::NoHeader) => {
                    return Err(CliError::new(tr!(
                        "import-cannot-read-as",
                        file = file.display().to_string(),
                        format = format_name(format),
                        why = csv::CsvError::NoHeader.to_string()
                    ))
                    .hint(tr!("import-cannot-read-as-hint"))
                    .into())
                }
                Err(csv::CsvError::Io(e)) => return Err(anyhow::Error::from(e).context(cannot())),
            }
        }
    };
    Ok((records, format))
}

/// How a format is named to people.
pub fn format_name(format: ImportFormat) -> &'static str {
    match format {
        ImportFormat::Vcard => "vCard",
        ImportFormat::Csv => "CSV",
        ImportFormat::Linkedin => "a LinkedIn CSV",
        ImportFormat::Google => "a Google CSV",
        ImportFormat::Json => "a JSON export",
    }
}

/// Why the import transaction did not commit.
enum Stop<T> {
    Store(StoreError),
    /// A file could not be read: the import stops, nothing written.
    Input(anyhow::Error),
    DryRun(Box<T>),
}

impl<T> From<StoreError> for Stop<T> {
    fn from(e: StoreError) -> Self {
        Stop::Store(e)
    }
}

/// Runs `body` in one transaction (a bulk one when `bulk`); with `dry_run` the transaction
/// is rolled back once `body` is done, and what it returned is handed back as `DryRun`.
fn transaction<T>(
    store: &mut Store,
    bulk: bool,
    dry_run: bool,
    body: impl FnOnce(Db<'_>) -> std::result::Result<T, Stop<T>>,
) -> std::result::Result<T, Stop<T>> {
    let body = |db: Db<'_>| -> std::result::Result<T, Stop<T>> {
        let value = body(db)?;
        if dry_run {
            return Err(Stop::DryRun(Box::new(value)));
        }
        Ok(value)
    };
    if bulk {
        store.write_bulk(body)
    } else {
        store.write(body)
    }
}

/// Imports every record of `files` (in `format`, else each as its content shows), each
/// tagged with `tags` too, in one transaction (rolled back with `dry_run`). The report
/// lists every record imported with `all_records`, else only those that updated a contact.
/// `progress` is told how many bytes of the files have been read, out of
/// `total_bytes(files)`.
#[allow(clippy::too_many_arguments)]
pub fn import(
    store: &mut Store,
    files: &[PathBuf],
    format: Option<ImportFormat>,
    tags: &[String],
    dry_run: bool,
    all_records: bool,
    today: NaiveDate,
    now: &str,
    progress: &dyn Fn(u64),
) -> Result<ImportReport> {
    let mut expected = 0;
    for f in files {
        expected += formats::count_records(open(f)?, format)
            .with_context(|| tr!("import-cannot-read", path = f.display().to_string()))?;
    }
    let bulk = expected >= BULK_IMPORT && expected as i64 * 2 >= store.db().max_contact_id()?;
    let several = files.len() > 1;
    let report = transaction(store, bulk, dry_run, |db| {
        let mut state = db.import_start()?;
        let deferred = db.import_defer_indexes(&state)?;
        let mut report = ImportReport {
            dry_run,
            only_updated: !all_records,
            ..Default::default()
        };
        let done = Rc::new(Cell::new(0u64));
        let mut ties = Vec::new();
        let mut before = 0;
        for path in files {
            let file = report.files.len();
            report.files.push(FileRead {
                name: path.display().to_string(),
                format: "",
                records: 0,
            });
            let read = Rc::new(Cell::new(0u64));
            let (records, format) =
                records(path, format, several, read.clone()).map_err(Stop::Input)?;
            report.files[file].format = format_name(format);
            for p in records {
                progress(before + read.get());
                let p = p
                    .with_context(|| tr!("import-cannot-read", path = path.display().to_string()))
                    .map_err(Stop::Input)?;
                apply(
                    db,
                    &mut report,
                    &mut ties,
                    &mut state,
                    file,
                    p,
                    tags,
                    now,
                    today,
                )?;
            }
            before += read.get();
            done.set(before);
        }
        progress(done.get());
        db.import_finish(&deferred)?;
        // Ties once every record is in, as they may name a person further down the files;
        // and once the indexes are back, as they look people up by UID and name.
        for tie in ties {
            for t in tie.related {
                if db.tie_imported(tie.id, &t, now)? {
                    report.ties += 1;
                } else {
                    report.ties_not_found.push(TieNotFound {
                        file: tie.file,
                        line: tie.line,
                        whom: t.name.or(t.uid).unwrap_or_default(),
                        kind: t.kind,
                    });
                }
            }
        }
        Ok(report)
    });
    match report {
        Ok(r) => Ok(r),
        Err(Stop::Input(e)) => Err(e),
        Err(Stop::Store(e)) => Err(e.into()),
        Err(Stop::DryRun(r)) => Ok(*r),
    }
}

/// The size of the files, for a progress bar.
pub fn total_bytes(files: &[PathBuf]) -> u64 {
    files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum()
}

/// The ties a record imported as contact `id` carried, made once every record is in.
struct PendingTies {
    id: i64,
    file: usize,
    line: usize,
    related: Vec<ImportTie>,
}

/// Applies one record read from file `file` of the report; the ties it carries are added to
/// `ties`.
#[allow(clippy::too_many_arguments)]
fn apply(
    db: Db<'_>,
    report: &mut ImportReport,
    ties: &mut Vec<PendingTies>,
    state: &mut crate::store::ImportState,
    file: usize,
    parsed: Parsed,
    tags: &[String],
    now: &str,
    today: NaiveDate,
) -> std::result::Result<(), StoreError> {
    let mut rec = match parsed {
        Ok(r) => r,
        Err(rejected) => {
            report.skip(Skip {
                file,
                line: rejected.line,
                reason: rejected.reason,
            });
            return Ok(());
        }
    };
    for t in tags {
        if !rec.contact.tags.contains(t) {
            rec.contact.tags.push(t.clone());
        }
    }
    match db.import_one(&rec, state, now, today)? {
        Ok((action, matched_by, id)) => {
            if !rec.related.is_empty() {
                ties.push(PendingTies {
                    id,
                    file,
                    line: rec.line,
                    related: rec.related,
                });
            }
            report.push(
                Imported {
                    file: file as u32,
                    action,
                    matched_by,
                    line: rec.line,
                    index: rec.index,
                    id,
                    name: rec.contact.name.into_boxed_str(),
                },
                rec.cuts,
            )
        }
        Err(e) => report.skip(Skip {
            file,
            line: rec.line,
            reason: SkipReason::Refused(e.to_string()),
        }),
    }
    Ok(())
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
    let rows = match transaction(store, false, dry_run, |db| Ok(db.restore(&dump)?)) {
        Ok(n) => n,
        Err(Stop::DryRun(n)) => *n,
        Err(Stop::Store(e)) => {
            return Err(
                anyhow::Error::from(e).context(tr!("import-cannot-restore", path = path.as_str()))
            )
        }
        Err(Stop::Input(e)) => return Err(e),
    };
    Ok(RestoreReport {
        dry_run,
        tables: dump.tables.len(),
        rows,
        file: file.to_owned(),
    })
}
