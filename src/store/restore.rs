//! `carnet restore BACKUP`: a backup put back in place of the database, safely.
//!
//! Copying a backup over the file is not enough: a `carnet.db-wal` left by a process that
//! did not close (a `carnet log` whose terminal was closed) would be replayed by SQLite onto
//! the copied file, mixing two databases. So the backup is checked (integrity, carnet's,
//! a schema this carnet reads), copied beside the database under a temporary name and
//! checked again; then, with the database locked against other processes, the current
//! file is kept aside together with its `-wal` and `-journal` (nothing is lost: the aside
//! file opens with `--db`), the `-shm` index is removed, and the copy is renamed into
//! place in one step. The current database is never opened: it may be the damaged one.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::backup::{
    copy_database, open_closed_file, problems, remove_leftovers, remove_sqlite_companions,
    sync_folder, verify_copy,
};
use super::file::{self, folder_of, sibling};
use super::{Location, Result, StoreError};
use crate::tr;

/// What a restore did.
#[derive(Debug, Serialize)]
pub struct Restored {
    /// The backup restored.
    pub restored_from: PathBuf,
    /// The database it now is.
    pub database: PathBuf,
    /// Where the database as it was is kept (none when there was no database).
    pub kept_aside: Option<PathBuf>,
    /// Its write-ahead log, kept with it, if it had one.
    pub kept_aside_wal: Option<PathBuf>,
    /// The backup's schema version (an older one is upgraded the next time carnet opens it).
    pub schema_version: i64,
}

/// Puts the backup at `backup` in place of the database at `loc`; `stamp` names the file
/// the current database is kept aside as (`carnet.db.before-restore-STAMP`).
pub fn restore(backup: &Path, loc: &Location, stamp: &str) -> Result<Restored> {
    let db = &loc.path;
    let backup_meta = match file::existing(backup)? {
        Some(meta) => meta,
        None => return Err(StoreError::MissingBackup(backup.to_owned())),
    };
    let current = file::existing(db)?;
    if let Some(meta) = &current {
        if meta.dev() == backup_meta.dev() && meta.ino() == backup_meta.ino() {
            return Err(StoreError::RestoreItself(backup.to_owned()));
        }
    }
    if backup_meta.len() == 0 {
        return Err(StoreError::NotADatabase {
            path: backup.to_owned(),
        });
    }
    file::check_header(backup)?;
    let backup_wal = sibling(backup, "-wal");
    if fs::metadata(&backup_wal).is_ok_and(|m| m.len() > 0) {
        return Err(StoreError::BackupInUse {
            path: backup.to_owned(),
            wal: backup_wal,
        });
    }
    let schema_version = check_backup(backup)?;

    let folder = folder_of(db);
    match &current {
        Some(meta) => file::check_writable(db, meta)?,
        None if folder.is_dir() => file::check_folder(db)?,
        None if loc.create_folder => fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&folder)
            .map_err(|e| StoreError::Io {
                context: tr!(
                    "store-cannot-create-folder",
                    folder = folder.display().to_string()
                ),
                source: e,
            })?,
        None => return Err(StoreError::MissingFolder(folder)),
    }

    // The copy, beside the database so that the final rename is atomic.
    remove_leftovers(&folder);
    let tmp = super::backup::locked_temp_in(&folder)?;
    let copied = open_closed_file(backup)
        .map_err(StoreError::from)
        .and_then(|src| {
            // An encrypted backup is restored encrypted, with its own key.
            let key = super::cipher::closed_file_key(backup, || open_closed_file(backup));
            copy_database(&src, tmp.path(), key.as_ref())
        })
        .and_then(|()| verify_copy(tmp.path()));
    if let Err(e) = copied {
        remove_sqlite_companions(tmp.path());
        return Err(e);
    }

    let Some(_) = current else {
        tmp.persist_noclobber(db).map_err(|e| StoreError::Io {
            context: tr!("store-cannot-write", path = db.display().to_string()),
            source: e.error,
        })?;
        sync_folder(&folder);
        return Ok(Restored {
            restored_from: backup.to_owned(),
            database: db.clone(),
            kept_aside: None,
            kept_aside_wal: None,
            schema_version,
        });
    };

    // No other process may have the database open while it is swapped: each holds a lock
    // on it (SQLite's), which a lock on the whole file conflicts with. Held until the end.
    let lock = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(db)
        .map_err(|e| StoreError::Io {
            context: tr!("store-cannot-open", path = db.display().to_string()),
            source: e,
        })?;
    if rustix::fs::fcntl_lock(&lock, rustix::fs::FlockOperation::NonBlockingLockExclusive).is_err()
    {
        return Err(StoreError::InUse { path: db.clone() });
    }

    let name = db
        .file_name()
        .map_or_else(|| "carnet.db".into(), |n| n.to_string_lossy().into_owned());
    let aside = folder.join(format!("{name}.before-restore-{stamp}"));
    keep_aside(db, &aside)?;
    let mut kept_aside_wal = None;
    for suffix in ["-wal", "-journal"] {
        let from = sibling(db, suffix);
        if from.exists() {
            let to = sibling(&aside, suffix);
            fs::rename(&from, &to).map_err(|e| StoreError::Io {
                context: tr!("store-cannot-move-aside", path = from.display().to_string()),
                source: e,
            })?;
            if suffix == "-wal" {
                kept_aside_wal = Some(to);
            }
        }
    }
    // The index of the log just moved: rebuilt by SQLite from the (new) log.
    match fs::remove_file(sibling(db, "-shm")) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(StoreError::Io {
                context: tr!(
                    "store-cannot-remove",
                    path = sibling(db, "-shm").display().to_string()
                ),
                source: e,
            })
        }
    }
    tmp.persist(db).map_err(|e| StoreError::Io {
        context: tr!("store-cannot-write", path = db.display().to_string()),
        source: e.error,
    })?;
    sync_folder(&folder);
    drop(lock);
    Ok(Restored {
        restored_from: backup.to_owned(),
        database: db.clone(),
        kept_aside: Some(aside),
        kept_aside_wal,
        schema_version,
    })
}

/// The backup's schema version, once it has passed every check: a whole SQLite file,
/// carnet's, of a schema this carnet reads, and SQLite's full integrity check.
fn check_backup(backup: &Path) -> Result<i64> {
    let conn = open_closed_file(backup).map_err(|e| super::classify(e, backup))?;
    let version = super::identify(&conn, backup)?;
    if version == 0 {
        return Err(StoreError::NotADatabase {
            path: backup.to_owned(),
        });
    }
    let found = problems(&conn, "PRAGMA integrity_check(20)").map_err(|e| match e {
        StoreError::Sqlite(e) => super::classify(e, backup),
        e => e,
    })?;
    match found.into_iter().next() {
        None => Ok(version),
        Some(first) => Err(StoreError::Damaged {
            path: backup.to_owned(),
            detail: tr!("store-integrity-fails", first = first),
        }),
    }
}

/// Gives the current database a second name, `aside`, without copying it (a hard link):
/// renaming the restored copy over `db` then leaves it there, byte for byte. Where links
/// are not possible, a copy.
fn keep_aside(db: &Path, aside: &Path) -> Result<()> {
    let io = |e| StoreError::Io {
        context: tr!(
            "store-cannot-keep-aside",
            path = db.display().to_string(),
            aside = aside.display().to_string()
        ),
        source: e,
    };
    match fs::hard_link(db, aside) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(io(e)),
        Err(_) if aside.exists() => Err(io(std::io::ErrorKind::AlreadyExists.into())),
        Err(_) => {
            file::create_private_file(aside)?;
            fs::copy(db, aside).map_err(io)?;
            fs::File::open(aside).and_then(|f| f.sync_all()).map_err(io)
        }
    }
}
