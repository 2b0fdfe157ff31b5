//! The only place with SQL. `Store` owns the connection; `Db` carries the typed methods and
//! is handed out for reads (`Store::db`) or inside one IMMEDIATE transaction (`Store::write`).

mod backup;
mod card_photos;
mod check;
mod contacts;
mod error;
mod events;
mod explain;
mod file;
mod followups;
mod interop;
mod migrate;
mod projects;
mod search;
mod suggest;

use std::fs;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use backup::KEEP_BACKUPS;
pub use card_photos::FiledPhoto;
pub use check::{CheckFinding, SearchIndex, SEARCH_INDEXES};
pub use contacts::{Channel, ContactMatch, ListedContact};
pub use error::{NothingChanged, Result, StoreError};
pub use interop::ImportState;
pub use migrate::{MIGRATIONS, SCHEMA_VERSION};
pub use projects::ProjectPatch;
pub use search::{SearchIndexReport, SearchQuery};
pub use suggest::SuggestFilter;

/// How long a write waits for another carnet process to finish before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The page cache during `Store::write_bulk`, in KiB (negative: SQLite's unit for KiB).
const BULK_CACHE_KIB: i64 = -65536;

/// Helper threads SQLite may use for the large sorts of a bulk write (filling the search
/// index in rowid order, building indexes): the machines carnet targets have two cores.
const BULK_SORT_THREADS: i64 = 2;

/// Where the database file lives and whether its folder may be created.
#[derive(Debug, Clone)]
pub struct Location {
    pub path: PathBuf,
    /// True for the default data folder, which carnet creates (0700) when missing.
    pub create_folder: bool,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The copy made before the last migration, if one was needed.
    pub backup_before_migration: Option<PathBuf>,
    /// Where to write query plans (`CARNET_EXPLAIN`), a diagnostic for benchmarks.
    explain: Option<PathBuf>,
    /// Write transactions committed, and whether one was rolled back, in this run.
    writes: WriteLog,
    /// `query_only` between writes (off only for unit tests that write straight to the
    /// connection to watch the triggers).
    guard_writes: bool,
}

#[derive(Debug, Default, Clone, Copy)]
struct WriteLog {
    committed: usize,
    rolled_back: bool,
}

impl Drop for Store {
    fn drop(&mut self) {
        if let Some(path) = self.explain.take() {
            explain::finish(&mut self.conn, &path);
        }
    }
}

/// Typed access to the tables, over a plain connection or an open transaction.
#[derive(Clone, Copy)]
pub struct Db<'a> {
    conn: &'a Connection,
}

/// The TEMP triggers and views that keep the search index and the reconnect dates in step.
const DERIVED_SQL: &str = include_str!("derived.sql");

impl Db<'_> {
    /// Creates on this connection, unless already there, the TEMP triggers and views of
    /// `derived.sql`. Reads do not need them: parsing them is left to the commands that
    /// write, or that read the views (`check`).
    pub(crate) fn ensure_derived(&self) -> Result<()> {
        let present: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_temp_schema WHERE name = 'search_source')",
            [],
            |r| r.get(0),
        )?;
        if !present {
            // TEMP objects are writes to the connection's temporary database.
            self.lifting_query_only(|| self.conn.execute_batch(DERIVED_SQL))?;
        }
        Ok(())
    }

    /// Runs `f` with `query_only` lifted, for the statements that are writes only in form:
    /// creating TEMP objects, FTS5's 'integrity-check' command.
    pub(crate) fn lifting_query_only<T>(
        &self,
        f: impl FnOnce() -> rusqlite::Result<T>,
    ) -> Result<T> {
        let query_only: bool = self.conn.query_row("PRAGMA query_only", [], |r| r.get(0))?;
        self.conn.pragma_update(None, "query_only", false)?;
        let value = f();
        self.conn.pragma_update(None, "query_only", query_only)?;
        Ok(value?)
    }

    /// Drops the TEMP triggers of `derived.sql` (which `Store::write` has created), inside
    /// the caller's transaction: a bulk write then fills what they keep once, at the end.
    fn drop_derived_triggers(&self) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare("SELECT name FROM sqlite_temp_schema WHERE type = 'trigger'")?;
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for name in &names {
            self.conn.execute_batch(&format!(
                "DROP TRIGGER temp.\"{}\"",
                name.replace('"', "\"\"")
            ))?;
        }
        Ok(())
    }

    /// Works out every contact's reconnect date again, as the triggers would have.
    pub(crate) fn refresh_reconnect_dates(&self) -> Result<()> {
        self.ensure_derived()?;
        self.conn.execute(
            "UPDATE contacts SET reconnect_on =
                 (SELECT v.reconnect_on FROM contact_reconnect v WHERE v.id = contacts.id)",
            [],
        )?;
        Ok(())
    }

    /// Executes one statement through the connection's statement cache: bulk writes (an
    /// import, the benchmark generator) otherwise spend half their time parsing SQL again.
    fn exec(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
        Ok(self.conn.prepare_cached(sql)?.execute(params)?)
    }
}

impl Store {
    /// Opens (creating if needed) the database and brings its schema up to date.
    ///
    /// An existing file is only read until it has passed every check (header, size, schema
    /// version): a foreign, damaged or newer file is refused byte-identical.
    pub fn open(loc: &Location) -> Result<Store> {
        let path = &loc.path;
        if path.is_dir() {
            return Err(StoreError::IsADirectory(path.clone()));
        }
        if !path.exists() {
            create_empty(loc)?;
        } else {
            file::check_writable(path)?;
            file::check_header(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(e, path))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(64);
        // Plans must not depend on the values bound: otherwise SQLite compiles a statement
        // again at its first run whenever a parameter meets a partial index's condition
        // (a sixth of `carnet show`'s instructions).
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        register_functions(&conn)?;

        // Read-only look first: a newer or foreign file must be left byte-identical, and
        // switching to WAL would already write to it. One statement, so one snapshot: another
        // process migrating a fresh file meanwhile is seen wholly or not at all.
        let (version, tables): (i64, i64) = conn
            .query_row(
                "SELECT (SELECT user_version FROM pragma_user_version),
                        (SELECT count(*) FROM sqlite_schema)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| classify(e, path))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path: path.clone(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if version == 0 && tables > 0 {
            return Err(StoreError::NotADatabase { path: path.clone() });
        }

        set_wal(&conn, path)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Temporary files in memory: on a file, the savepoints of a 10,000-card import made
        // 330,000 small writes. Set once, here: changing it later would delete the TEMP
        // triggers of derived.sql with the rest of the temporary database.
        conn.pragma_update(None, "temp_store", "MEMORY")?;

        let mut store = Store {
            conn,
            path: path.clone(),
            backup_before_migration: None,
            explain: explain::target(),
            writes: WriteLog::default(),
            guard_writes: true,
        };
        if version < SCHEMA_VERSION {
            if version > 0 {
                store.backup_before_migration = Some(store.backup_for_migration(version)?);
            }
            migrate::apply(&mut store.conn)?;
        }
        if store.explain.is_some() {
            explain::start(&mut store.conn);
        }
        // Every write goes through `write`, which lifts this and creates the triggers that
        // keep derived data in step (they are not stored in the file: see derived.sql).
        store.conn.pragma_update(None, "query_only", true)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Typed reads (and single-statement writes) outside any explicit transaction.
    pub fn db(&self) -> Db<'_> {
        Db { conn: &self.conn }
    }

    /// Runs the reads of `f` in one read transaction: they see one snapshot of the
    /// database, and the file is locked once rather than for each statement (`show` on
    /// 100,000 contacts made 48 `fcntl` calls for its ten statements).
    pub fn read<T, E>(
        &self,
        f: impl FnOnce(Db<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<StoreError>,
    {
        self.conn
            .execute_batch("BEGIN DEFERRED")
            .map_err(StoreError::from)?;
        let result = f(self.db());
        // Ending a transaction that only read cannot lose anything.
        let ended = self.conn.execute_batch("COMMIT").map_err(StoreError::from);
        match (result, ended) {
            (Ok(value), Ok(())) => Ok(value),
            (Ok(_), Err(e)) => Err(e.into()),
            (Err(e), _) => Err(e),
        }
    }

    /// Runs `f` in one IMMEDIATE transaction: everything it writes lands, or nothing does.
    ///
    /// Waits up to [`BUSY_TIMEOUT`] for another process's write to finish. An error from `f`
    /// or from the commit rolls everything back (dropping the transaction does) and is
    /// remembered, so that the top-level message can say nothing was changed.
    pub fn write<T, E>(
        &mut self,
        f: impl FnOnce(Db<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<StoreError>,
    {
        let result = (|| {
            self.conn
                .pragma_update(None, "query_only", false)
                .map_err(StoreError::from)?;
            self.db().ensure_derived()?;
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(StoreError::from)?;
            let value = f(Db { conn: &tx })?;
            tx.commit().map_err(StoreError::from)?;
            Ok(value)
        })();
        // Back to reading only, even after a failure: a write anywhere but here fails
        // loudly instead of bypassing the triggers above. (This guards carnet's own code:
        // should the pragma fail, the outcome of the write stands.)
        if self.guard_writes {
            let _ = self.conn.pragma_update(None, "query_only", true);
        }
        match &result {
            Ok(_) => self.writes.committed += 1,
            Err(_) => self.writes.rolled_back = true,
        }
        result
    }

    /// Whether this run rolled back a write and committed none: whatever failed, the
    /// database is as it was.
    pub fn nothing_changed_after_failure(&self) -> bool {
        self.writes.rolled_back && self.writes.committed == 0
    }

    /// Like `write`, for one large transaction (an import, the benchmark generator). The
    /// page cache is raised to 64 MB meanwhile, so that SQLite does not spill dirty pages to
    /// the WAL file again and again (temporary files, such as the journal of each imported
    /// record's savepoint, are in memory: `temp_store` is set at open). Large sorts may use
    /// a second thread. The search index is rebuilt once at the end instead of
    /// row by row through its triggers: FTS5 writes its pending terms to disk at every
    /// statement that fires a trigger, then merges those tiny segments, which made it most
    /// of the cost of a bulk load. Likewise the contacts' reconnect dates are worked out
    /// once at the end, not at every encounter and tag. Those triggers are dropped and
    /// recreated inside the same transaction, so a failure leaves the schema as it was.
    pub fn write_bulk<T, E>(
        &mut self,
        f: impl FnOnce(Db<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<StoreError>,
    {
        let before: i64 = self
            .conn
            .query_row("PRAGMA cache_size", [], |r| r.get(0))
            .map_err(StoreError::from)?;
        let threads: i64 = self
            .conn
            .query_row("PRAGMA threads", [], |r| r.get(0))
            .map_err(StoreError::from)?;
        self.conn
            .pragma_update(None, "cache_size", BULK_CACHE_KIB)
            .map_err(StoreError::from)?;
        self.conn
            .pragma_update(None, "threads", BULK_SORT_THREADS)
            .map_err(StoreError::from)?;
        let result = self.write(|db| {
            db.drop_derived_triggers()?;
            let value = f(db)?;
            db.search_index_fill()?;
            db.refresh_reconnect_dates()?;
            // The same TEMP triggers again (IF NOT EXISTS: the views were kept).
            db.conn
                .execute_batch(DERIVED_SQL)
                .map_err(StoreError::from)?;
            Ok(value)
        });
        self.conn
            .pragma_update(None, "cache_size", before)
            .map_err(StoreError::from)?;
        self.conn
            .pragma_update(None, "threads", threads)
            .map_err(StoreError::from)?;
        result
    }

    /// Copies the database with SQLite's online backup API into `dest` (created 0600).
    ///
    /// Safe while other processes write: the copy is one consistent snapshot, taken in a
    /// single step under a read transaction, which in WAL mode does not block writers.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        create_private_file(dest)?;
        let mut dst = Connection::open(dest)?;
        {
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            let start = Instant::now();
            loop {
                match backup.step(-1)? {
                    rusqlite::backup::StepResult::Done => break,
                    rusqlite::backup::StepResult::More => {}
                    _ if start.elapsed() < BUSY_TIMEOUT => {
                        std::thread::sleep(Duration::from_millis(20))
                    }
                    _ => return Err(StoreError::Busy),
                }
            }
        }
        dst.close().map_err(|(_, e)| StoreError::from(e))?;
        fs::set_permissions(dest, fs::Permissions::from_mode(0o600)).map_err(|e| {
            StoreError::Io {
                context: format!("cannot set permissions on {}", dest.display()),
                source: e,
            }
        })?;
        Ok(())
    }

    /// A backup into `dest`, which must not exist yet: written to a private temporary file
    /// in the same folder and renamed into place, so a half-written copy never carries the
    /// name, and an existing file is never replaced.
    pub fn backup_new(&self, dest: &Path) -> Result<()> {
        let folder = match dest.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(p) => p,
            None => Path::new("."),
        };
        if !folder.is_dir() {
            return Err(StoreError::MissingFolder(folder.to_owned()));
        }
        if dest.exists() {
            return Err(StoreError::Conflict(format!(
                "{} already exists; a backup never replaces a file",
                dest.display()
            )));
        }
        // tempfile creates its files 0600.
        let tmp = tempfile::Builder::new()
            .prefix(".carnet-backup-")
            .suffix(".tmp")
            .tempfile_in(folder)
            .map_err(|e| StoreError::Io {
                context: format!("cannot create a file in {}", folder.display()),
                source: e,
            })?;
        self.backup_to(tmp.path())?;
        tmp.persist_noclobber(dest).map_err(|e| StoreError::Io {
            context: format!("cannot write {}", dest.display()),
            source: e.error,
        })?;
        Ok(())
    }

    fn backup_for_migration(&self, from_version: i64) -> Result<PathBuf> {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let name = format!(
            "{}.v{from_version}-{stamp}.bak",
            self.path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("carnet.db")
        );
        let dest = self.path.with_file_name(name);
        self.backup_to(&dest)?;
        Ok(dest)
    }
}

fn classify(e: rusqlite::Error, path: &Path) -> StoreError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_owned(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
            path: path.to_owned(),
            detail: e.to_string(),
        },
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
            path: path.to_owned(),
        },
        _ => StoreError::from(e),
    }
}

/// Switches to WAL unless the file is already in it. The switch needs the file to itself
/// and SQLite does not always wait for that (another process opening the same fresh file
/// at the same moment), so it is retried for up to [`BUSY_TIMEOUT`].
fn set_wal(conn: &Connection, path: &Path) -> Result<()> {
    let start = Instant::now();
    loop {
        let attempt = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0))
            .and_then(|mode| {
                if mode.eq_ignore_ascii_case("wal") {
                    Ok(mode)
                } else {
                    conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
                }
            });
        match attempt.map_err(|e| classify(e, path)) {
            Ok(mode) if mode.eq_ignore_ascii_case("wal") => return Ok(()),
            Ok(_) | Err(StoreError::Busy) if start.elapsed() < BUSY_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Ok(mode) => {
                return Err(StoreError::Damaged {
                    path: path.to_owned(),
                    detail: format!("cannot switch it to write-ahead logging (still '{mode}')"),
                })
            }
            Err(e) => return Err(e),
        }
    }
}

fn create_empty(loc: &Location) -> Result<()> {
    let path = &loc.path;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.exists() {
            if !loc.create_folder {
                return Err(StoreError::MissingFolder(parent.to_owned()));
            }
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent)
                .map_err(|e| StoreError::Io {
                    context: format!("cannot create folder {}", parent.display()),
                    source: e,
                })?;
        }
    }
    create_private_file(path)
}

/// Creates `path` empty with mode 0600 unless it already exists.
pub(crate) fn create_private_file(path: &Path) -> Result<()> {
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Io {
            context: format!("cannot create {}", path.display()),
            source: e,
        }),
    }
}

/// `fold(text)` in SQL, the same folding as `model::text::fold`, for triggers and queries.
/// Every connection that writes to a carnet database needs it (the search triggers call it).
pub fn register_functions(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let s: Option<String> = ctx.get(0)?;
            Ok(s.map(|s| crate::model::text::fold(&s)))
        },
    )?;
    Ok(())
}

/// A store on a fresh database in a temporary folder, for unit tests.
#[cfg(test)]
pub(crate) fn test_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&Location {
        path: dir.path().join("t.db"),
        create_folder: false,
    })
    .expect("open a fresh database");
    // Tests also write straight to the connection, to see the triggers fire.
    store.db().ensure_derived().expect("create the triggers");
    store.guard_writes = false;
    store
        .conn
        .pragma_update(None, "query_only", false)
        .expect("lift query_only");
    (dir, store)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::event::{How, NewEncounter};
    use crate::model::NewContact;

    const NOW: &str = "2026-11-22T09:00:00Z";

    fn triggers(s: &Store) -> Vec<String> {
        let mut stmt = s
            .conn
            .prepare("SELECT sql FROM sqlite_temp_schema WHERE type = 'trigger' ORDER BY name")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    fn pragmas_in(db: Db<'_>) -> (i64, i64, i64) {
        db.conn
            .query_row(
                "SELECT (SELECT cache_size FROM pragma_cache_size),
                        (SELECT temp_store FROM pragma_temp_store),
                        (SELECT threads FROM pragma_threads)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap()
    }

    fn fill(db: Db<'_>, name: &str) -> Result<i64> {
        let id = db.insert_contact(
            &NewContact {
                name: name.into(),
                company: Some("Chocolaterie Boréal".into()),
                tags: vec!["Vœux".into()],
                keep_in_touch_days: Some(30),
                ..Default::default()
            },
            NOW,
        )?;
        db.insert_encounter(
            &NewEncounter {
                contact_id: id,
                date: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                how: How::Coffee,
                note: Some("Parlé de son projet d'œuvre".into()),
                ..Default::default()
            },
            NOW,
        )?;
        Ok(id)
    }

    #[test]
    fn a_bulk_write_leaves_the_search_index_and_its_triggers_as_row_by_row_writes_do() {
        let (_d, mut s) = test_store();
        let before = triggers(&s);
        s.write(|db| fill(db, "Zoë Tremblay")).unwrap();
        let settings = pragmas_in(s.db());
        s.write_bulk(|db| {
            assert_eq!(pragmas_in(db), (BULK_CACHE_KIB, 2, BULK_SORT_THREADS));
            fill(db, "Frédéric Duval")
        })
        .unwrap();
        assert_eq!(pragmas_in(s.db()), settings);
        assert_eq!(triggers(&s), before);
        let report = s.db().search_index_check().unwrap();
        assert!(report.is_ok(), "{report:?}");
        let stale: i64 = s
            .conn
            .query_row(
                "SELECT count(*) FROM contacts c JOIN contact_reconnect v ON v.id = c.id
                 WHERE c.reconnect_on IS NOT v.reconnect_on",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(stale, 0);
        // The recreated triggers keep indexing later writes.
        s.write(|db| fill(db, "Łukasz Nowak")).unwrap();
        assert!(s.db().search_index_check().unwrap().is_ok());
    }

    #[test]
    fn outside_write_the_connection_only_reads_and_write_keeps_derived_data() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&Location {
            path: dir.path().join("t.db"),
            create_folder: false,
        })
        .unwrap();
        assert!(triggers(&s).is_empty(), "nothing parsed before a write");
        let err = s
            .conn
            .execute("INSERT INTO tags (name, folded) VALUES ('x', 'x')", [])
            .unwrap_err();
        assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::ReadOnly));
        s.write(|db| fill(db, "Zoë Tremblay")).unwrap();
        assert!(!triggers(&s).is_empty());
        assert!(s.db().search_index_check().unwrap().is_ok());
        assert!(s
            .conn
            .execute("INSERT INTO tags (name, folded) VALUES ('x', 'x')", [])
            .is_err());
    }

    #[test]
    fn a_read_ends_its_transaction_even_after_an_error() {
        let (_d, mut s) = test_store();
        s.write(|db| fill(db, "Zoë Tremblay")).unwrap();
        let n = s
            .read(|db| db.all_contact_names().map(|names| names.len()))
            .unwrap();
        assert_eq!(n, 1);
        assert!(s.conn.is_autocommit());
        let r: Result<()> = s.read(|_| Err(StoreError::Conflict("stop".into())));
        assert!(r.is_err());
        assert!(s.conn.is_autocommit());
        s.write(|db| fill(db, "Frédéric Duval")).unwrap();
    }

    #[test]
    fn a_failed_bulk_write_keeps_the_triggers_and_writes_nothing() {
        let (_d, mut s) = test_store();
        let before = triggers(&s);
        assert!(!before.is_empty());
        let r: Result<()> = s.write_bulk(|db| {
            fill(db, "Temp")?;
            Err(StoreError::Conflict("stop".into()))
        });
        assert!(r.is_err());
        assert_eq!(triggers(&s), before);
        assert!(s.db().all_contact_names().unwrap().is_empty());
        assert!(s.db().search_index_check().unwrap().is_ok());
    }
}
