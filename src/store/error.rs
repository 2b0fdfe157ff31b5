use std::path::PathBuf;

use thiserror::Error;

use crate::tr;

/// What went wrong with the database, said in the interface language
/// (`locales/*/store.ftl`).
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
    #[error("{}", tr!("store-damaged", path = path.display().to_string(), detail = detail.as_str()))]
    Damaged { path: PathBuf, detail: String },
    #[error("{}", tr!("store-read-only", path = path.display().to_string()))]
    ReadOnly { path: PathBuf },
    #[error("{}", tr!("store-missing-folder", path = .0.display().to_string()))]
    MissingFolder(PathBuf),
    #[error("{}", tr!("store-is-a-directory", path = .0.display().to_string()))]
    IsADirectory(PathBuf),
    #[error("{}", tr!("store-busy", seconds = super::BUSY_TIMEOUT.as_secs()))]
    Busy,
    /// `what` names the kind of record: "contact", "follow-up", "event", "card"…
    #[error("{}", not_found(what, *id))]
    NotFound { what: &'static str, id: i64 },
    #[error("{0}")]
    Conflict(String),
    #[error("{context}: {source}")]
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
    let (record, prefix) = match what {
        "follow-up" => (tr!("store-record-follow-up"), "f"),
        "event" => (tr!("store-record-event"), "e"),
        "card" => (tr!("store-record-card"), "c"),
        "project" => (tr!("store-record-project"), "p"),
        "note" => (tr!("store-record-note"), "n"),
        "encounter" => (tr!("store-record-encounter"), "m"),
        "invitation" => (tr!("store-record-invitation"), "i"),
        "contact" => (tr!("store-record-contact"), "#"),
        other => (other.to_owned(), "#"),
    };
    tr!(
        "store-not-found",
        what = record,
        id = format!("{prefix}{id}")
    )
}

impl StoreError {
    pub fn hint(&self) -> Option<String> {
        match self {
            StoreError::NewerSchema { .. } => Some(tr!("store-newer-schema-hint")),
            StoreError::NotADatabase { .. } | StoreError::Damaged { .. } => {
                Some(tr!("store-not-a-database-hint"))
            }
            StoreError::ReadOnly { .. } => Some(tr!("store-read-only-hint")),
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
