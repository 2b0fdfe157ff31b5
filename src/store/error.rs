use std::path::PathBuf;

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
    #[error("database {path} is damaged: {detail}")]
    Damaged { path: PathBuf, detail: String },
    #[error("database {path} is read-only")]
    ReadOnly { path: PathBuf },
    #[error("folder {0} does not exist")]
    MissingFolder(PathBuf),
    #[error("{0} is a folder, not a database file")]
    IsADirectory(PathBuf),
    #[error("the database is busy: another carnet process kept it locked for more than {} seconds; nothing was changed", super::BUSY_TIMEOUT.as_secs())]
    Busy,
    #[error("{what} {} does not exist", crate::model::ids::show_noun(what, *id))]
    NotFound { what: &'static str, id: i64 },
    #[error("{0}")]
    Conflict(String),
    #[error("{context}: {source}")]
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
            StoreError::NotADatabase { .. } | StoreError::Damaged { .. } => Some(
                "point --db (or CARNET_DB) at a carnet database, or restore a backup made by `carnet backup`; the file was left untouched".to_owned(),
            ),
            StoreError::ReadOnly { .. } => {
                Some("make the file writable (chmod u+w) or copy it somewhere writable".to_owned())
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
            _ => StoreError::Sqlite(e),
        }
    }
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
