use std::path::{Path, PathBuf};
use std::sync::Mutex;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database {path} has schema version {found}, newer than this carnet knows ({known})")]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{path} is not a carnet database (not an SQLite file, or damaged)")]
    NotADatabase { path: PathBuf },
    /// A whole SQLite file, but not carnet's: `detail` says how it was told apart.
    #[error("{path} is not a carnet database: {detail}")]
    Foreign { path: PathBuf, detail: String },
    /// A FIFO, a device, a socket: SQLite would hang on it or write beside it.
    #[error("{path} is {kind}, not a regular file")]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error("database {path} is damaged: {detail}")]
    Damaged { path: PathBuf, detail: String },
    /// A backup refused because the database fails SQLite's quick check.
    #[error("the database {path} is damaged ({first}): no backup was made, none was removed")]
    DamagedSource { path: PathBuf, first: String },
    #[error("database {path} is read-only")]
    ReadOnly { path: PathBuf },
    /// The file belongs to another user, who alone may write it.
    #[error("cannot write to database {path}: it belongs to {owner}")]
    NotYours { path: PathBuf, owner: String },
    /// The folder does not let carnet create its write-ahead log beside the file.
    #[error("cannot write in the folder {folder}, where carnet keeps {wal} beside the database")]
    ReadOnlyFolder { folder: PathBuf, wal: String },
    #[error("{path} is on a read-only file system")]
    ReadOnlyFileSystem { path: PathBuf },
    /// SQLITE_FULL, or an I/O error with no room left where the database is.
    #[error("the disk holding {folder} is full")]
    DiskFull { folder: PathBuf },
    #[error("folder {0} does not exist")]
    MissingFolder(PathBuf),
    #[error("{0} is a folder, not a database file")]
    IsADirectory(PathBuf),
    #[error("the database is busy: another carnet process kept it locked for more than {} seconds; nothing was changed", super::BUSY_TIMEOUT.as_secs())]
    Busy,
    #[error("the backup {0} does not exist")]
    MissingBackup(PathBuf),
    #[error("{0} is the database itself, not a backup of it")]
    RestoreItself(PathBuf),
    /// A backup with a write-ahead log beside it: open elsewhere, or not closed.
    #[error("the backup {path} is in use, or was not closed: {wal} is beside it")]
    BackupInUse { path: PathBuf, wal: PathBuf },
    /// Another process has the database open.
    #[error("the database {path} is in use by another carnet (or another program)")]
    InUse { path: PathBuf },
    #[error("{what} #{id} does not exist")]
    NotFound { what: &'static str, id: i64 },
    #[error("{0}")]
    Conflict(String),
    /// The cause (the operating system's words) follows in the error's chain.
    #[error("{context}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl StoreError {
    pub fn hint(&self) -> Option<String> {
        match self {
            StoreError::NewerSchema { .. } => Some(
                "upgrade carnet to open this database; it was left untouched".to_owned(),
            ),
            StoreError::NotADatabase { .. }
            | StoreError::Damaged { .. }
            | StoreError::Foreign { .. } => Some(
                "point --db (or CARNET_DB) at a carnet database, or restore a backup made by `carnet backup`; the file was left untouched".to_owned(),
            ),
            StoreError::DamagedSource { .. } => Some(
                "`carnet check` shows the damage and the command to restore the newest good backup (`carnet restore BACKUP`)".to_owned(),
            ),
            StoreError::MissingBackup(_) => Some(
                "give the path of a file written by `carnet backup` (carnet-backup-….db, beside the database by default)".to_owned(),
            ),
            StoreError::RestoreItself(_) => Some(
                "give the path of a backup written by `carnet backup`".to_owned(),
            ),
            StoreError::BackupInUse { path, .. } => Some(format!(
                "close what has it open, or run `carnet --db {} check` once to fold the log in; nothing was changed",
                path.display()
            )),
            StoreError::InUse { .. } => Some(
                "close it (a `carnet log` session, a sync) and run the command again; nothing was changed".to_owned(),
            ),
            StoreError::NotRegular { .. } => Some(
                "point --db (or CARNET_DB) at a carnet database file, or at a path where carnet may create one".to_owned(),
            ),
            StoreError::ReadOnly { .. } => {
                Some("make the file writable (chmod u+w) or copy it somewhere writable".to_owned())
            }
            StoreError::NotYours { owner, .. } => Some(format!(
                "run carnet as {owner}, or copy the file somewhere of yours and point --db at the copy"
            )),
            StoreError::ReadOnlyFolder { .. } => Some(
                "make the folder writable for you, or move the database to a folder you can write to".to_owned(),
            ),
            StoreError::ReadOnlyFileSystem { .. } => Some(
                "copy the database to a writable disk and point --db at the copy".to_owned(),
            ),
            StoreError::DiskFull { .. } => {
                Some("free some space on that disk, then run the command again".to_owned())
            }
            StoreError::MissingFolder(_) => {
                Some("create the folder first, or choose another path".to_owned())
            }
            StoreError::Busy => Some("try again in a moment".to_owned()),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::DiskFull) | Some(ErrorCode::SystemIoFailure) => {
                match full_database_folder() {
                    Some(folder) => StoreError::DiskFull { folder },
                    None => StoreError::Sqlite(e),
                }
            }
            _ => StoreError::Sqlite(e),
        }
    }
}

/// The folder of the database this process opened: SQLite reports a disk with no room
/// left as "disk I/O error" when it cannot grow the `-shm` file, so an I/O error there is
/// told from others by the room left on that disk.
static DATABASE_FOLDER: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Below this many bytes free, an I/O error is the disk's being full.
const FULL_BELOW: u64 = 1024 * 1024;

pub(super) fn remember_database_folder(folder: PathBuf) {
    if let Ok(mut f) = DATABASE_FOLDER.lock() {
        *f = Some(folder);
    }
}

/// The database's folder, if the disk holding it is (nearly) full.
fn full_database_folder() -> Option<PathBuf> {
    let folder = DATABASE_FOLDER.lock().ok()?.clone()?;
    disk_is_full(&folder).then_some(folder)
}

/// Whether the file system holding `path` has less than [`FULL_BELOW`] bytes left for
/// unprivileged users.
pub(crate) fn disk_is_full(path: &Path) -> bool {
    rustix::fs::statvfs(path).is_ok_and(|s| s.f_bavail.saturating_mul(s.f_frsize) < FULL_BELOW)
}

/// Wraps an error from a run whose write was rolled back; the top-level message then
/// ends with "nothing was changed". Its source is the error itself, so hints and exit codes
/// found along the chain still apply.
#[derive(Debug)]
pub struct NothingChanged(pub anyhow::Error);

impl std::fmt::Display for NothingChanged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:#}; nothing was changed", self.0)
    }
}

impl std::error::Error for NothingChanged {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.0.as_ref())
    }
}

impl NothingChanged {
    /// Wraps `err` unless it already says nothing was changed.
    pub fn wrap(err: anyhow::Error) -> anyhow::Error {
        if err.chain().any(|e| e.is::<NothingChanged>()) {
            err
        } else {
            anyhow::Error::new(NothingChanged(err))
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
