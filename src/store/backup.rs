//! Backups: one consistent copy through SQLite's online backup API, checked before and
//! after copying, never replacing a file; one before each migration; timestamped ones
//! next to the database, of which the newest few good ones are kept.
//!
//! Every copy is written to a hidden temporary file in the destination's folder, locked
//! (`flock`) while it is written, checked, then renamed: a file with a backup's name is
//! always a whole, checked copy. A copy killed part-way leaves its temporary file unlocked;
//! the next backup into that folder removes it.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use rusqlite::{Connection, OpenFlags};

use super::file::{create_private_file, folder_of};
use super::{Result, Store, StoreError, BUSY_TIMEOUT};
use crate::tr;

/// How many timestamped backups `carnet backup` keeps in the data folder.
pub const KEEP_BACKUPS: usize = 10;

const MARK: &str = "-backup-";

/// The prefix of the temporary files backups are written to.
pub(super) const TEMP_PREFIX: &str = ".carnet-backup-";

/// A temporary file older than this and unlocked is a leftover of a killed backup. (A
/// running backup locks its file at once; the age only covers the instant in between.)
const LEFTOVER_AGE: Duration = Duration::from_secs(60);

/// What rotation did: the backups removed, and the damaged ones found and left alone
/// (never counted among those kept).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pruned {
    pub removed: Vec<PathBuf>,
    pub damaged: Vec<PathBuf>,
}

impl Store {
    /// SQLite's quick check of the database: its problems, none when it is sound.
    pub fn quick_check(&self) -> Result<Vec<String>> {
        problems(&self.conn, "PRAGMA quick_check(20)")
    }

    /// Refuses to copy a damaged database: the copy would carry the damage, and rotation
    /// would then push good backups out for it.
    fn ensure_sound(&self) -> Result<()> {
        let found = match self.quick_check() {
            Ok(found) => found,
            Err(StoreError::Sqlite(e))
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) =>
            {
                vec![e.to_string()]
            }
            Err(e) => return Err(e),
        };
        match found.into_iter().next() {
            None => Ok(()),
            Some(first) => Err(StoreError::DamagedSource {
                path: self.path.clone(),
                first,
            }),
        }
    }

    /// Copies the database into `dest`: see [`copy_database`].
    fn backup_to(&self, dest: &Path) -> Result<()> {
        copy_database(&self.conn, dest, self.key.as_ref())
    }

    /// A backup into `dest`, which must not exist yet. The database is checked first (a
    /// damaged one is refused), the copy is written to a locked temporary file in the same
    /// folder, checked in full, and renamed into place: a half-written or damaged copy never
    /// carries the name, and an existing file is never replaced.
    pub fn backup_new(&self, dest: &Path) -> Result<()> {
        let folder = folder_of(dest);
        if !folder.is_dir() {
            return Err(StoreError::MissingFolder(folder));
        }
        if dest.exists() {
            return Err(StoreError::Conflict(tr!(
                "store-backup-exists",
                path = dest.display().to_string()
            )));
        }
        remove_leftovers(&folder);
        self.ensure_sound()?;
        let tmp = locked_temp_in(&folder)?;
        let written = self
            .backup_to(tmp.path())
            .and_then(|()| verify_copy(tmp.path()));
        if let Err(e) = written {
            remove_sqlite_companions(tmp.path());
            return Err(e);
        }
        tmp.persist_noclobber(dest).map_err(|e| StoreError::Io {
            context: tr!("store-cannot-write", path = dest.display().to_string()),
            source: e.error,
        })?;
        sync_folder(&folder);
        Ok(())
    }

    /// The copy before a migration, `carnet.db.vN-YYYYMMDDTHHMMSS-micros.bak`, made the
    /// way every backup is (checked, then renamed into place).
    pub(super) fn backup_for_migration(&self, from_version: i64) -> Result<PathBuf> {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S-%6f");
        let name = format!(
            "{}.v{from_version}-{stamp}.bak",
            self.path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("carnet.db")
        );
        let dest = self.path.with_file_name(name);
        self.backup_new(&dest)?;
        Ok(dest)
    }

    /// The database's folder and the stem backup names start with (`carnet` for `carnet.db`).
    fn backup_stem(&self) -> (PathBuf, String) {
        let stem = self
            .path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("carnet")
            .to_owned();
        (folder_of(&self.path), stem)
    }

    /// A new timestamped backup in `folder` (default: next to the database), named
    /// `carnet-backup-YYYYMMDD-HHMMSS-micros.db` after the wall clock, so names sort by age.
    pub fn backup_timestamped(&self, folder: Option<&Path>) -> Result<PathBuf> {
        let (db_folder, stem) = self.backup_stem();
        let folder = folder.map_or(db_folder, Path::to_owned);
        let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S-%6f");
        let dest = folder.join(format!("{stem}{MARK}{stamp}.db"));
        self.backup_new(&dest)?;
        Ok(dest)
    }

    /// Rotation of the timestamped backups beside the database: `just_made` and the newest
    /// good ones are kept, `keep` in all; older ones are deleted. A damaged backup among
    /// them is never counted (so no good one is deleted to keep it): it is left in place and
    /// reported, until `keep` newer good ones exist. Another backup running at the same time may have deleted a file first:
    /// that is not an error. Files carnet did not name this way are never touched.
    pub fn prune_backups(&self, keep: usize, just_made: &Path) -> Result<Pruned> {
        let (folder, stem) = self.backup_stem();
        let prefix = format!("{stem}{MARK}");
        let entries = fs::read_dir(&folder).map_err(|e| StoreError::Io {
            context: tr!("store-cannot-list", folder = folder.display().to_string()),
            source: e,
        })?;
        let mut ours: Vec<(String, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let stamp = name.strip_prefix(&prefix)?.strip_suffix(".db")?;
                is_stamp(stamp).then(|| (name.clone(), e.path()))
            })
            .filter(|(_, path)| path.file_name() != just_made.file_name())
            .collect();
        let mut pruned = Pruned::default();
        // The one just made counts as the first kept.
        if ours.len() < keep {
            return Ok(pruned);
        }
        ours.sort();
        let mut kept = 1;
        for (_, path) in ours.into_iter().rev() {
            if kept >= keep {
                match fs::remove_file(&path) {
                    Ok(()) => pruned.removed.push(path),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(StoreError::Io {
                            context: tr!(
                                "store-cannot-remove-backup",
                                path = path.display().to_string()
                            ),
                            source: e,
                        })
                    }
                }
            } else if is_sound(&path) {
                kept += 1;
            } else if path.exists() {
                pruned.damaged.push(path);
            }
        }
        pruned.removed.reverse();
        pruned.damaged.reverse();
        Ok(pruned)
    }
}

/// The newest timestamped backup beside the database at `db` that passes SQLite's quick
/// check: the one to restore when the database is damaged.
pub fn newest_good_backup(db: &Path) -> Option<PathBuf> {
    let stem = db.file_stem()?.to_str()?;
    let prefix = format!("{stem}{MARK}");
    let mut ours: Vec<PathBuf> = fs::read_dir(folder_of(db))
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name().to_str().is_some_and(|name| {
                name.strip_prefix(&prefix)
                    .and_then(|rest| rest.strip_suffix(".db"))
                    .is_some_and(is_stamp)
            })
        })
        .map(|e| e.path())
        .collect();
    ours.sort();
    ours.into_iter().rev().find(|p| is_sound(p))
}

/// `carnet restore PATH`, the path quoted for a shell when it needs to be.
pub fn restore_command(backup: &Path) -> String {
    let path = backup.to_string_lossy();
    format!("carnet restore {}", shell_words::quote(&path))
}

/// Copies the database open on `src` with SQLite's online backup API into `dest` (created
/// 0600), leaving it a self-contained file in rollback-journal mode (no `-wal` to go with
/// it).
///
/// Safe while other processes write: the copy is one consistent snapshot, taken in a single
/// step under a read transaction, which in WAL mode does not block writers.
///
/// The copy of an encrypted notebook is encrypted with its `key` (the same key and salt: it
/// opens with the same passphrase).
pub(super) fn copy_database(
    src: &Connection,
    dest: &Path,
    key: Option<&crate::crypto::Key>,
) -> Result<()> {
    create_private_file(dest)?;
    let mut dst = Connection::open(dest).map_err(|e| on_disk(e, dest))?;
    if let Some(key) = key {
        super::cipher::apply_key(&dst, key)?;
    }
    dst.pragma_update(None, "temp_store", "MEMORY")?;
    {
        let backup = rusqlite::backup::Backup::new(src, &mut dst)?;
        let start = Instant::now();
        loop {
            match backup.step(-1).map_err(|e| on_disk(e, dest))? {
                rusqlite::backup::StepResult::Done => break,
                rusqlite::backup::StepResult::More => {}
                _ if start.elapsed() < BUSY_TIMEOUT => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                _ => return Err(StoreError::Busy),
            }
        }
    }
    dst.query_row("PRAGMA journal_mode = DELETE", [], |r| {
        r.get::<_, String>(0)
    })
    .map_err(|e| on_disk(e, dest))?;
    dst.close().map_err(|(_, e)| on_disk(e, dest))?;
    fs::set_permissions(dest, fs::Permissions::from_mode(0o600)).map_err(|e| StoreError::Io {
        context: tr!("store-cannot-set-mode", path = dest.display().to_string()),
        source: e,
    })?;
    Ok(())
}

/// The problems a check pragma reports (`quick_check`, `integrity_check`), none for "ok".
pub(super) fn problems(conn: &Connection, pragma: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(pragma)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut found = Vec::new();
    for row in rows {
        let row = row?;
        if row != "ok" {
            found.push(row);
        }
    }
    Ok(found)
}

/// Opens a closed database file (a backup, a copy) for reading only, without locking or
/// writing anything beside it.
///
/// An encrypted file is opened with its key (see `cipher::closed_file_key`).
pub(crate) fn open_closed_file(path: &Path) -> rusqlite::Result<Connection> {
    let open = || {
        Connection::open_with_flags(
            format!("{}?mode=ro&immutable=1", file_uri(path)),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    };
    let conn = open()?;
    if let Some(key) = super::cipher::closed_file_key(path, open) {
        super::cipher::apply_key(&conn, &key)?;
    }
    // The sorts of an integrity check stay in memory: no temporary file holds its pages.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(conn)
}

/// `path` as an SQLite `file:` URI, every byte but letters, digits and `/-._~`
/// percent-encoded (so `?`, `#`, `%`, spaces and non-UTF-8 names survive).
fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(b) {
            uri.push(char::from(*b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// SQLite's full integrity check of the copy just written; a copy with any problem is
/// refused (and removed by the caller).
pub(super) fn verify_copy(path: &Path) -> Result<()> {
    let conn = open_closed_file(path)?;
    let found = problems(&conn, "PRAGMA integrity_check(20)")?;
    match found.into_iter().next() {
        None => Ok(()),
        Some(first) => Err(StoreError::Damaged {
            path: path.to_owned(),
            detail: tr!("store-copy-damaged", first = first),
        }),
    }
}

/// Whether a backup file passes SQLite's quick check.
fn is_sound(path: &Path) -> bool {
    open_closed_file(path)
        .and_then(|conn| conn.query_row("PRAGMA quick_check(1)", [], |r| r.get::<_, String>(0)))
        .is_ok_and(|r| r == "ok")
}

/// Removes the temporary files of backups killed part-way in `folder` (and SQLite's
/// journal of them): unlocked and not touched for a minute. Best effort.
pub(super) fn remove_leftovers(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.filter_map(|e| e.ok()) {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(rest) = name.strip_prefix(TEMP_PREFIX) else {
            continue;
        };
        if !rest.ends_with(".tmp") {
            continue;
        }
        let path = e.path();
        let Ok(file) = fs::File::open(&path) else {
            continue;
        };
        let old = file
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).unwrap_or_default() >= LEFTOVER_AGE);
        let unlocked =
            rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive).is_ok();
        if old && unlocked {
            remove_sqlite_companions(&path);
            let _ = fs::remove_file(&path);
        }
    }
}

/// Removes the `-journal`, `-wal` and `-shm` files SQLite may have left beside `path`.
pub(super) fn remove_sqlite_companions(path: &Path) {
    for suffix in ["-journal", "-wal", "-shm"] {
        let _ = fs::remove_file(super::file::sibling(path, suffix));
    }
}

/// Makes a rename in `folder` durable. Best effort: some file systems cannot sync a folder.
pub(super) fn sync_folder(folder: &Path) {
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

/// An error writing a copy at `dest`, with a full disk said to be full.
fn on_disk(e: rusqlite::Error, dest: &Path) -> StoreError {
    use rusqlite::ErrorCode;
    let folder = folder_of(dest);
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) | Some(ErrorCode::SystemIoFailure)
            if super::error::disk_is_full(&folder) =>
        {
            StoreError::DiskFull { folder }
        }
        _ => StoreError::from(e),
    }
}

/// `YYYYMMDD-HHMMSS-micros`.
fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 22
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 15 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// A new file in `folder` for a copy of a database on its way to its name (0600, as
/// tempfile creates them), locked until it is renamed or removed, so that another backup's
/// or restore's clean-up of leftovers leaves it alone.
pub(crate) fn locked_temp_in(folder: &Path) -> Result<tempfile::NamedTempFile, StoreError> {
    let tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(|e| StoreError::Io {
            context: tr!(
                "store-cannot-create-in",
                folder = folder.display().to_string()
            ),
            source: e,
        })?;
    let _ = rustix::fs::flock(tmp.as_file(), rustix::fs::FlockOperation::LockExclusive);
    Ok(tmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uris_that_keep_every_byte() {
        assert_eq!(file_uri(Path::new("/a/b-c_d.e~f")), "file:/a/b-c_d.e~f");
        assert_eq!(
            file_uri(Path::new("Sauvegardes été/x?y#z%.db")),
            "file:Sauvegardes%20%C3%A9t%C3%A9/x%3Fy%23z%25.db"
        );
    }

    fn names(paths: &[PathBuf]) -> Vec<String> {
        paths
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn rotation_keeps_the_new_one_and_the_newest_good_ones() {
        let (dir, store) = crate::store::test_store();
        let good = dir.path().join("good.db");
        store.backup_new(&good).unwrap();
        assert!(is_sound(&good));
        let stamp = |i: u32| format!("t-backup-2026010{}-000000-000000.db", i);
        for i in 1..=6 {
            fs::copy(&good, dir.path().join(stamp(i))).unwrap();
        }
        // Damaged: a backup's name over bytes that are not a database.
        fs::write(dir.path().join(stamp(5)), vec![7u8; 8192]).unwrap();
        assert!(!is_sound(&dir.path().join(stamp(5))));
        // The one just made sorts oldest of all (a clock behind).
        let just = dir.path().join("t-backup-20200101-000000-000000.db");
        fs::copy(&good, &just).unwrap();
        let p = store.prune_backups(4, &just).unwrap();
        assert_eq!(names(&p.removed), [stamp(1), stamp(2)]);
        assert_eq!(names(&p.damaged), [stamp(5)]);
        assert!(just.exists());
        // Nothing to do below the count, nor with exactly enough.
        let p = store.prune_backups(4, &just).unwrap();
        assert_eq!(
            p,
            Pruned {
                removed: vec![],
                damaged: vec![dir.path().join(stamp(5))]
            }
        );
        let p = store.prune_backups(10, &just).unwrap();
        assert_eq!(p, Pruned::default());
        // Past the newest good ones, a damaged one goes too; other files never count.
        fs::write(dir.path().join("t-backup-notes.db"), "mine").unwrap();
        let p = store.prune_backups(2, &just).unwrap();
        assert_eq!(names(&p.removed), [stamp(3), stamp(4), stamp(5)]);
        assert!(p.damaged.is_empty());
        assert!(dir.path().join("t-backup-notes.db").exists());
        assert!(dir.path().join(stamp(6)).exists());
    }

    #[test]
    fn a_copy_is_self_contained_and_checked() {
        let (dir, store) = crate::store::test_store();
        let dest = dir.path().join("copy.db");
        store.backup_new(&dest).unwrap();
        let header = fs::read(&dest).unwrap();
        assert_eq!((header[18], header[19]), (1, 1), "rollback-journal mode");
        assert!(!super::super::file::sibling(&dest, "-wal").exists());
        let err = store.backup_new(&dest).unwrap_err();
        assert!(err.to_string().contains("already exists"), "{err}");
        fs::write(&dest, vec![0u8; 4096]).unwrap();
        assert!(verify_copy(&dest).is_err());
        assert!(store.quick_check().unwrap().is_empty());
    }

    #[test]
    fn only_our_stamps_count() {
        assert!(is_stamp("20261122-090000-123456"));
        assert!(!is_stamp("20261122-090000"));
        assert!(!is_stamp("2026112a-090000-123456"));
        assert!(!is_stamp("../../../etc/passwd123"));
    }
}
