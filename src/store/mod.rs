//! The only place with SQL. `Store` owns the connection; `Db` carries the typed methods and
//! is handed out for reads (`Store::db`) or inside one IMMEDIATE transaction (`Store::write`).
//!
//! One file per noun (`contacts`, `channels`, `tags`, `events`, `followups`, `import`…),
//! each adding its methods to `Db`. This file keeps what they share: opening the file,
//! transactions, the derived data kept by TEMP triggers, and small SQL helpers.

mod backup;
mod birthdays;
mod brief;
mod calendar;
mod card_photos;
mod cards;
mod channels;
mod check;
mod cipher;
mod complete;
mod compose;
mod contacts;
mod dump;
mod encounters;
mod entries;
mod error;
mod events;
mod explain;
mod export;
mod file;
mod followups;
mod history;
mod import;
mod invitations;
mod listing;
mod me;
mod merge;
mod migrate;
mod names;
mod notes;
mod projects;
mod reconnect;
mod relations;
mod restore;
mod search;
mod selection;
mod stats;
mod strength;
mod suggest;
mod tags;
#[cfg(test)]
pub(crate) mod testing;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use backup::{newest_good_backup, restore_command, Pruned, KEEP_BACKUPS};
pub use brief::{LastSeen, MetLately};
pub use card_photos::FiledPhoto;
pub use channels::Channel;
pub use check::{CheckFinding, SearchIndex, SEARCH_INDEXES};
pub use complete::{completion_names, Completed};
pub use entries::{CardPatch, EncounterPatch, NotePatch};
pub use error::{NothingChanged, Result, StoreError};
pub use history::{Applied, HistoryError, OperationMeta, HISTORY_TABLES};
pub use import::ImportState;
pub use listing::ListedContact;
pub use migrate::{MIGRATIONS, SCHEMA_VERSION};
pub use names::ContactMatch;
pub use projects::ProjectPatch;
pub use relations::Relation;
pub use restore::{restore, Restored};
pub use search::{SearchIndexReport, SearchQuery, MAX_TERMS as MAX_SEARCH_TERMS, SNIPPET_WIDTH};
pub use suggest::SuggestFilter;

/// How long a write waits for another carnet process to finish before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The page cache during `Store::write_bulk`, in KiB (negative: SQLite's unit for KiB).
/// 16 MiB: 64 MiB added 87 MB to the peak of importing 100,000 vCards (193 MB → 106 MB)
/// for no time measured on a shared machine (bench/memory.sh).
const BULK_CACHE_KIB: i64 = -16384;

/// The page cache of a read that visits many rows out of the table's order (a listing by
/// date of change, a filtered listing), in KiB: each page is then read from the file once
/// rather than again for every row it holds (SQLite's default, 2 MB, is 500 pages; a table
/// of 300,000 contacts is 14,200). Memory is taken only for the pages read. A memory map
/// (`mmap_size`) was measured too: it read no page twice either, but a page fault costs
/// more than a `pread` on this kind of virtual machine and the whole map counts in the
/// resident set (bench/BENCHMARKS.md, "Reading each page once").
const SCAN_CACHE_KIB: i64 = -65536;

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
    /// What the operations this run records say about it (see `history`).
    meta: OperationMeta,
    /// Whether the triggers that record the operation log exist on the connection.
    history_ready: bool,
    /// The key of an encrypted notebook.
    key: Option<crate::crypto::Key>,
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
    /// Runs the reads of `f` with the page cache of a scan ([`SCAN_CACHE_KIB`]), then
    /// gives the connection its own back.
    pub(crate) fn scanning<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let before: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn
            .pragma_update(None, "cache_size", SCAN_CACHE_KIB)?;
        let result = f();
        self.conn.pragma_update(None, "cache_size", before)?;
        result
    }

    /// Creates on this connection, unless already there, the TEMP triggers and views of
    /// `derived.sql`. Reads do not need them: parsing them is left to the commands that
    /// write, or that read the views (`check`).
    pub(crate) fn ensure_derived(&self) -> Result<()> {
        let present: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_temp_schema WHERE name = 'search_dirty')",
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
    /// (Those recording the operation log stay.)
    fn drop_derived_triggers(&self) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT name FROM sqlite_temp_schema WHERE type = 'trigger'
               AND substr(name, 1, 8) <> 'history_'",
        )?;
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for name in &names {
            self.conn
                .execute_batch(&format!("DROP TRIGGER temp.{}", quote(name)))?;
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

/// The first ten characters of a stored date or timestamp, as a date.
fn day_of(s: Option<String>) -> Option<NaiveDate> {
    let s = s?;
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(&s), "%Y-%m-%d").ok()
}

/// An SQL identifier (a table, column, index or trigger name) quoted for a statement.
fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

impl Store {
    /// Opens (creating if needed) the database and brings its schema up to date.
    ///
    /// An existing file is only read until it has passed every check (header, size, schema
    /// version): a foreign, damaged or newer file is refused byte-identical.
    pub fn open(loc: &Location) -> Result<Store> {
        let path = &loc.path;
        error::remember_database_folder(file::folder_of(path));
        let sealed = match file::existing(path)? {
            None => {
                file::create_empty(loc)?;
                None
            }
            Some(meta) => {
                file::check_writable(path, &meta)?;
                file::check_header(path)?
            }
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let (conn, key) = match sealed {
            None => (
                Connection::open_with_flags(path, flags).map_err(|e| classify(e, path))?,
                None,
            ),
            Some(salt) => {
                let (conn, key) = cipher::open_encrypted(path, salt, flags)?;
                (conn, Some(key))
            }
        };
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
        let version = identify(&conn, path)?;
        let mut store = Store {
            conn,
            path: path.clone(),
            backup_before_migration: None,
            explain: explain::target(),
            writes: WriteLog::default(),
            guard_writes: true,
            meta: OperationMeta::default(),
            history_ready: false,
            key,
        };
        // The copy comes first: should it fail (a damaged file, a full disk), the file is
        // left as it was, not even switched to WAL.
        if version > 0 && version < SCHEMA_VERSION {
            store.backup_before_migration = Some(store.backup_for_migration(version)?);
        }
        let conn = &store.conn;
        set_wal(conn, path)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Temporary files in memory: on a file, the savepoints of a 10,000-card import made
        // 330,000 small writes. Set once, here: changing it later would delete the TEMP
        // triggers of derived.sql with the rest of the temporary database.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        if version < SCHEMA_VERSION {
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
    /// What it changed is one operation of the log, which `carnet undo` reverts.
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
        self.transaction(true, f)
    }

    /// Like `write`, for the undoing and redoing of operations, which write their own
    /// entries in the log.
    fn write_unrecorded<T, E>(
        &mut self,
        f: impl FnOnce(Db<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<StoreError>,
    {
        self.transaction(false, f)
    }

    fn transaction<T, E>(
        &mut self,
        record: bool,
        f: impl FnOnce(Db<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E>
    where
        E: From<StoreError>,
    {
        let meta = &self.meta;
        let history_ready = &mut self.history_ready;
        let conn = &mut self.conn;
        let result = (|| {
            conn.pragma_update(None, "query_only", false)
                .map_err(StoreError::from)?;
            let db = Db { conn };
            db.ensure_derived()?;
            if !*history_ready {
                db.create_history_triggers()?;
                *history_ready = true;
            }
            let tx = conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(StoreError::from)?;
            let db = Db { conn: &tx };
            let start = if record {
                Some(db.history_mark()?)
            } else {
                None
            };
            let value = f(db)?;
            // The search documents of the contacts the write touched, once each.
            db.search_flush()?;
            if let Some(start) = start {
                db.history_finish(start, meta)?;
            }
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
    /// page cache is raised to 16 MiB meanwhile, so that SQLite does not spill dirty pages to
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
            let bulk = db.history_bulk_start()?;
            let value = f(db)?;
            db.history_bulk_end(&bulk)?;
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
}

pub(super) fn classify(e: rusqlite::Error, path: &Path) -> StoreError {
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
        Some(ErrorCode::DiskFull) | Some(ErrorCode::SystemIoFailure)
            if error::disk_is_full(&file::folder_of(path)) =>
        {
            StoreError::DiskFull {
                folder: file::folder_of(path),
            }
        }
        _ => StoreError::from(e),
    }
}

/// The schema version of the file opened on `conn`, 0 for a new one; a file that is not
/// carnet's, or is a newer carnet's, is refused having only been read.
pub(super) fn identify(conn: &Connection, path: &Path) -> Result<i64> {
    let (version, application_id, entries): (i64, i64, i64) = conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version),
                    (SELECT application_id FROM pragma_application_id),
                    (SELECT count(*) FROM sqlite_schema)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(|e| classify(e, path))?;
    let foreign = |detail: String| StoreError::Foreign {
        path: path.to_owned(),
        detail,
    };
    match file::identify(
        version,
        application_id,
        entries,
        migrate::marked_since(),
        SCHEMA_VERSION,
    ) {
        file::Identity::Fresh => Ok(0),
        file::Identity::Carnet(v) => Ok(v),
        file::Identity::Newer(found) => Err(StoreError::NewerSchema {
            path: path.to_owned(),
            found,
            known: SCHEMA_VERSION,
        }),
        file::Identity::Foreign(detail) => Err(foreign(detail)),
        file::Identity::Unmarked(v) => {
            let found = migrate::table_columns(conn).map_err(|e| match e {
                StoreError::Sqlite(e) => classify(e, path),
                e => e,
            })?;
            match migrate::missing_from(&migrate::tables_of(v)?, &found) {
                None => Ok(v),
                Some(missing) => Err(foreign(crate::tr!(
                    "store-foreign-tables",
                    version = v,
                    missing = missing
                ))),
            }
        }
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
    // The words the search index holds for a piece of a person's record (model::search),
    // for filling it.
    conn.create_scalar_function(
        "search_tokens",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let col: String = ctx.get(0)?;
            let text: Option<String> = ctx.get(1)?;
            Ok(text.map(|t| {
                crate::model::search::index_tokens(crate::model::search::Tier::of(&col), &t)
            }))
        },
    )?;
    // `nfc(text)`: the text composed (NFC), for the migration that composes stored text.
    conn.create_scalar_function(
        "nfc",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let s: Option<String> = ctx.get(0)?;
            Ok(s.map(|s| crate::model::text::nfc(&s).into_owned()))
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
    store
        .db()
        .create_history_triggers()
        .expect("create the history triggers");
    store.history_ready = true;
    (dir, store)
}

#[cfg(test)]
mod tests;
