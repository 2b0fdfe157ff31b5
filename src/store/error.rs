use std::path::{Path, PathBuf};
use std::sync::Mutex;

use thiserror::Error;

use crate::tr;

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
    #[error("{}", tr!("store-foreign", path = .path.display().to_string(), detail = .detail))]
    Foreign { path: PathBuf, detail: String },
    /// A FIFO, a device, a socket: SQLite would hang on it or write beside it.
    #[error("{}", tr!("store-not-regular", path = .path.display().to_string(), kind = *.kind))]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error("database {path} is damaged: {detail}")]
    Damaged { path: PathBuf, detail: String },
    /// A backup refused because the database fails SQLite's quick check.
    #[error("{}", tr!("store-damaged-source", path = .path.display().to_string(), first = .first))]
    DamagedSource { path: PathBuf, first: String },
    #[error("database {path} is read-only")]
    ReadOnly { path: PathBuf },
    /// The file belongs to another user, who alone may write it.
    #[error("{}", tr!("store-not-yours", path = .path.display().to_string(), owner = .owner))]
    NotYours { path: PathBuf, owner: String },
    /// The folder does not let carnet create its write-ahead log beside the file.
    #[error("{}", tr!("store-read-only-folder", folder = .folder.display().to_string(), wal = .wal))]
    ReadOnlyFolder { folder: PathBuf, wal: String },
    #[error("{}", tr!("store-read-only-fs", path = .path.display().to_string()))]
    ReadOnlyFileSystem { path: PathBuf },
    /// SQLITE_FULL, or an I/O error with no room left where the database is.
    #[error("{}", tr!("store-disk-full", folder = .folder.display().to_string()))]
    DiskFull { folder: PathBuf },
    #[error("folder {0} does not exist")]
    MissingFolder(PathBuf),
    #[error("{0} is a folder, not a database file")]
    IsADirectory(PathBuf),
    #[error("the database is busy: another carnet process kept it locked for more than {} seconds; nothing was changed", super::BUSY_TIMEOUT.as_secs())]
    Busy,
    #[error("{}", tr!("store-missing-backup", path = .0.display().to_string()))]
    MissingBackup(PathBuf),
    #[error("{}", tr!("store-restore-itself", path = .0.display().to_string()))]
    RestoreItself(PathBuf),
    /// A backup with a write-ahead log beside it: open elsewhere, or not closed.
    #[error("{}", tr!("store-backup-in-use", path = .path.display().to_string(), wal = .wal.display().to_string()))]
    BackupInUse { path: PathBuf, wal: PathBuf },
    /// Another process has the database open.
    #[error("{}", tr!("store-in-use", path = .path.display().to_string()))]
    InUse { path: PathBuf },
    #[error("{what} {} does not exist", crate::model::ids::show_noun(what, *id))]
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
    /// An encrypted notebook (or a file that looks like one) and no key given.
    #[error("{}", tr!("crypto-locked", path = .path.display().to_string()))]
    Locked { path: PathBuf },
    /// Every key given failed to open it.
    #[error("{}", tr!("crypto-wrong-key", path = .path.display().to_string(), source_name = *.source_name))]
    WrongKey {
        path: PathBuf,
        source_name: &'static str,
    },
    /// `CARNET_KEY_COMMAND` failed.
    #[error("{0}")]
    KeyCommand(String),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl StoreError {
    pub fn hint(&self) -> Option<String> {
        let untouched = || {
            "point --db (or CARNET_DB) at a carnet database, or restore a backup made by `carnet backup`; the file was left untouched".to_owned()
        };
        match self {
            StoreError::NewerSchema { .. } => {
                Some("upgrade carnet to open this database; it was left untouched".to_owned())
            }
            StoreError::NotADatabase { .. } | StoreError::Foreign { .. } => Some(untouched()),
            StoreError::Damaged { path, .. } => Some(match super::newest_good_backup(path) {
                Some(b) => tr!("check-restore-hint", command = super::restore_command(&b)),
                None => untouched(),
            }),
            StoreError::DamagedSource { .. } => Some(tr!("store-damaged-source-hint")),
            StoreError::Locked { .. } | StoreError::WrongKey { .. } => Some(tr!("crypto-key-hint")),
            StoreError::MissingBackup(_) => Some(tr!("store-missing-backup-hint")),
            StoreError::RestoreItself(_) => Some(tr!("store-restore-itself-hint")),
            StoreError::BackupInUse { path, .. } => Some(tr!(
                "store-backup-in-use-hint",
                path = path.display().to_string()
            )),
            StoreError::InUse { .. } => Some(tr!("store-in-use-hint")),
            StoreError::NotRegular { .. } => Some(tr!("store-not-regular-hint")),
            StoreError::ReadOnly { .. } => {
                Some("make the file writable (chmod u+w) or copy it somewhere writable".to_owned())
            }
            StoreError::NotYours { owner, .. } => Some(tr!("store-not-yours-hint", owner = owner)),
            StoreError::ReadOnlyFolder { .. } => Some(tr!("store-read-only-folder-hint")),
            StoreError::ReadOnlyFileSystem { .. } => Some(tr!("store-read-only-fs-hint")),
            StoreError::DiskFull { .. } => Some(tr!("store-disk-full-hint")),
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
