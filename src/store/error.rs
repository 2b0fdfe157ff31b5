use std::path::{Path, PathBuf};
use std::sync::Mutex;

use thiserror::Error;

use crate::tr;

/// What went wrong with the database, said in the interface language
/// (`locales/*/store.ftl`, `locales/*/safety.ftl`).
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{}", tr!("store-newer-schema", path = path.display().to_string(),
        found = *found, known = *known))]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{}", tr!("store-not-a-database", path = path.display().to_string()))]
    NotADatabase { path: PathBuf },
    /// A whole SQLite file, but not carnet's: `detail` says how it was told apart.
    #[error("{}", tr!("store-foreign", path = .path.display().to_string(), detail = .detail))]
    Foreign { path: PathBuf, detail: String },
    /// A FIFO, a device, a socket: SQLite would hang on it or write beside it.
    #[error("{}", tr!("store-not-regular", path = .path.display().to_string(), kind = *.kind))]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error("{}", tr!("store-damaged", path = path.display().to_string(), detail = detail.as_str()))]
    Damaged { path: PathBuf, detail: String },
    /// A backup refused because the database fails SQLite's quick check.
    #[error("{}", tr!("store-damaged-source", path = .path.display().to_string(), first = .first))]
    DamagedSource { path: PathBuf, first: String },
    #[error("{}", tr!("store-read-only", path = path.display().to_string()))]
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
    #[error("{}", tr!("store-missing-folder", path = .0.display().to_string()))]
    MissingFolder(PathBuf),
    #[error("{}", tr!("store-is-a-directory", path = .0.display().to_string()))]
    IsADirectory(PathBuf),
    #[error("{}", tr!("store-busy", seconds = super::BUSY_TIMEOUT.as_secs()))]
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
    /// `what` names the kind of record: "contact", "follow-up", "event", "card"…
    #[error("{}", not_found(what, *id))]
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
    #[error("{}", tr!("store-database-error", error = .0.to_string()))]
    Sqlite(rusqlite::Error),
}

/// "follow-up f12 does not exist": the kind in the interface language, the id as shown.
fn not_found(what: &str, id: i64) -> String {
    let record = match what {
        "follow-up" => tr!("store-record-follow-up"),
        "event" => tr!("store-record-event"),
        "card" => tr!("store-record-card"),
        "project" => tr!("store-record-project"),
        "note" => tr!("store-record-note"),
        "encounter" => tr!("store-record-encounter"),
        "invitation" => tr!("store-record-invitation"),
        "relation" => tr!("store-record-relation"),
        "contact" => tr!("store-record-contact"),
        other => other.to_owned(),
    };
    tr!(
        "store-not-found",
        what = record,
        id = crate::model::ids::show_noun(what, id)
    )
}

impl StoreError {
    pub fn hint(&self) -> Option<String> {
        let untouched = || tr!("store-not-a-database-hint");
        match self {
            StoreError::NewerSchema { .. } => Some(tr!("store-newer-schema-hint")),
            StoreError::NotADatabase { .. } | StoreError::Foreign { .. } => Some(untouched()),
            StoreError::Damaged { path, .. } => Some(match super::newest_good_backup(path) {
                Some(b) => tr!("check-restore-hint", command = super::restore_command(&b)),
                None => untouched(),
            }),
            StoreError::DamagedSource { .. } => Some(tr!("store-damaged-source-hint")),
            StoreError::MissingBackup(_) => Some(tr!("store-missing-backup-hint")),
            StoreError::RestoreItself(_) => Some(tr!("store-restore-itself-hint")),
            StoreError::BackupInUse { path, .. } => Some(tr!(
                "store-backup-in-use-hint",
                path = path.display().to_string()
            )),
            StoreError::InUse { .. } => Some(tr!("store-in-use-hint")),
            StoreError::NotRegular { .. } => Some(tr!("store-not-regular-hint")),
            StoreError::ReadOnly { .. } => Some(tr!("store-read-only-hint")),
            StoreError::NotYours { owner, .. } => Some(tr!("store-not-yours-hint", owner = owner)),
            StoreError::ReadOnlyFolder { .. } => Some(tr!("store-read-only-folder-hint")),
            StoreError::ReadOnlyFileSystem { .. } => Some(tr!("store-read-only-fs-hint")),
            StoreError::DiskFull { .. } => Some(tr!("store-disk-full-hint")),
            StoreError::MissingFolder(_) => Some(tr!("store-missing-folder-hint")),
            StoreError::Busy => Some(tr!("store-busy-hint")),
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
        let message = format!("{:#}", self.0);
        f.write_str(&tr!("error-nothing-changed", message = message))
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
