//! Encrypted notebooks (SQLCipher): opening one with its key, and turning a notebook into an
//! encrypted one, back into a plain one, or onto a new key — always by writing a whole new
//! file beside it and renaming it over the old one, so that a crash at any point leaves a
//! working database, the old one or the new one.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::backup::{locked_temp_in, remove_leftovers, sync_folder};
use super::file::folder_of;
use super::{classify, Result, Store, StoreError, BUSY_TIMEOUT};
use crate::crypto::keys::{self, KeyError, Source};
use crate::crypto::{Key, Salt};

/// Opens the encrypted file at `path` (its salt read already) with the first key that
/// opens it; the key is remembered for the copies this run makes and reads.
pub(super) fn open_encrypted(
    path: &Path,
    salt: Salt,
    flags: OpenFlags,
) -> Result<(Connection, Key)> {
    if let Some(key) = keys::known(salt) {
        if let Some(conn) = try_key(path, flags, &key)? {
            return Ok((conn, key));
        }
    }
    match keys::unlock(salt, |key| try_key(path, flags, key))? {
        Ok((conn, key, _source)) => {
            keys::remember(&key);
            Ok((conn, key))
        }
        Err(KeyError::Missing) => Err(StoreError::Locked {
            path: path.to_owned(),
        }),
        Err(KeyError::Wrong(source)) => Err(StoreError::WrongKey {
            path: path.to_owned(),
            source_name: source_name(source),
        }),
        Err(e @ KeyError::Command { .. }) => Err(StoreError::KeyCommand(e.to_string())),
    }
}

fn source_name(source: Source) -> &'static str {
    match source {
        Source::Keyring => "keyring",
        Source::Command => "command",
        Source::Prompt => "prompt",
    }
}

/// A connection to `path` opened with `key`, or `None` when the key does not open it.
fn try_key(path: &Path, flags: OpenFlags, key: &Key) -> Result<Option<Connection>> {
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(e, path))?;
    apply_key(&conn, key).map_err(|e| classify(e, path))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(Some(conn)),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => Ok(None),
        Err(e) => Err(classify(e, path)),
    }
}

/// `PRAGMA key`: the first statement on a connection to an encrypted file. SQLCipher's own
/// log (which prints "hmac check failed" on stderr for a wrong key) is silenced first:
/// carnet says what went wrong in its own words.
pub(super) fn apply_key(conn: &Connection, key: &Key) -> rusqlite::Result<()> {
    conn.execute_batch(&format!(
        "PRAGMA cipher_log_level = NONE; PRAGMA key = \"{}\"",
        key.pragma_value()
    ))
}

/// A test hook: `CARNET_TEST_CRASH_AT=<step>` aborts the process at that step of a
/// re-encryption, as a `kill -9` or a power cut would stop it there.
fn crash_point(step: &str) {
    if std::env::var("CARNET_TEST_CRASH_AT").is_ok_and(|s| s == step) {
        std::process::abort();
    }
}

impl Store {
    /// The key of this notebook, `None` when it is not encrypted.
    pub fn key(&self) -> Option<&Key> {
        self.key.as_ref()
    }

    /// Rewrites the notebook encrypted with `to` (or in clear for `None`): a new file beside
    /// it, checked, synced, then renamed over it. Needs the file to itself: another carnet
    /// using it is refused, and it stays locked out until the new file is in place.
    pub fn reencrypt(mut self, to: Option<&Key>) -> Result<()> {
        let path = self.path.clone();
        let folder = folder_of(&path);
        remove_leftovers(&folder);
        let conn = &self.conn;
        conn.pragma_update(None, "query_only", false)?;
        // (temp_store is MEMORY since the open: sqlcipher_export writes no temporary file.)
        // Out of write-ahead logging (which needs every other connection gone) so that no
        // `-wal` is left beside the new file, then hold the file until the end.
        let mode: String = conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
            .map_err(|e| match classify(e, &path) {
                StoreError::Busy => StoreError::InUse { path: path.clone() },
                e => e,
            })?;
        if !mode.eq_ignore_ascii_case("delete") {
            return Err(StoreError::InUse { path: path.clone() });
        }
        crash_point("journal");
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        let tmp = locked_temp_in(&folder)?;
        let target_key = to.map(Key::pragma_value).unwrap_or_default();
        conn.execute(
            "ATTACH DATABASE ?1 AS reencrypt KEY ?2",
            (tmp.path().to_string_lossy(), &target_key),
        )
        .map_err(|e| classify(e, tmp.path()))?;
        let exported = (|| -> Result<()> {
            conn.execute_batch("BEGIN EXCLUSIVE")?;
            conn.query_row("SELECT sqlcipher_export('reencrypt')", [], |_| Ok(()))?;
            // Not copied by sqlcipher_export: the header fields carnet reads on open.
            let (version, app): (i64, i64) = conn.query_row(
                "SELECT (SELECT user_version FROM pragma_user_version),
                        (SELECT application_id FROM pragma_application_id)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            conn.execute_batch(&format!(
                "PRAGMA reencrypt.user_version = {version}; PRAGMA reencrypt.application_id = {app};"
            ))?;
            crash_point("export");
            conn.execute_batch("COMMIT")?;
            Ok(())
        })();
        if exported.is_err() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        let detached = conn.execute_batch("DETACH DATABASE reencrypt");
        exported.map_err(|e| match e {
            StoreError::Sqlite(e) => classify(e, tmp.path()),
            e => e,
        })?;
        detached?;
        verify(tmp.path(), to)?;
        tmp.as_file().sync_all().map_err(|e| StoreError::Io {
            context: tmp.path().display().to_string(),
            source: e,
        })?;
        crash_point("sync");
        tmp.persist(&path).map_err(|e| StoreError::Io {
            context: path.display().to_string(),
            source: e.error,
        })?;
        sync_folder(&folder);
        crash_point("rename");
        if let Some(key) = to {
            keys::remember(key);
        }
        // Closing the old connection releases the old file (now unlinked).
        self.key = None;
        drop(self);
        Ok(())
    }
}

/// The new file opens with its key and passes SQLite's integrity check.
fn verify(path: &Path, key: Option<&Key>) -> Result<()> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| classify(e, path))?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    let found =
        super::backup::problems(&conn, "PRAGMA integrity_check(20)").map_err(|e| match e {
            StoreError::Sqlite(e) => classify(e, path),
            e => e,
        })?;
    match found.into_iter().next() {
        None => Ok(()),
        Some(first) => Err(StoreError::Damaged {
            path: path.to_owned(),
            detail: first,
        }),
    }
}

/// The key of a closed encrypted file (a backup, a copy being checked): one that opened a
/// file of the same salt in this run, else one from the key sources. `None` for a file in
/// clear, or when no key opens it (reading it then fails as "not a database").
pub(super) fn closed_file_key(
    path: &Path,
    open: impl Fn() -> rusqlite::Result<Connection>,
) -> Option<Key> {
    let mut head = [0u8; 16];
    {
        use std::io::Read;
        let mut f = std::fs::File::open(path).ok()?;
        f.read_exact(&mut head).ok()?;
    }
    if &head == b"SQLite format 3\0" {
        return None;
    }
    if let Some(key) = keys::known(head) {
        return Some(key);
    }
    let found = keys::unlock(head, |key| -> rusqlite::Result<Option<()>> {
        let conn = open()?;
        apply_key(&conn, key)?;
        match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        }) {
            Ok(_) => Ok(Some(())),
            Err(_) => Ok(None),
        }
    });
    match found {
        Ok(Ok(((), key, _))) => {
            keys::remember(&key);
            Some(key)
        }
        _ => None,
    }
}
