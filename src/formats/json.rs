//! The complete database as JSON: every table's rows, with a format version, so that
//! `carnet import` of the file into an empty database restores it exactly.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub const FORMAT: &str = "carnet";
pub const FORMAT_VERSION: u32 = 1;

/// One row: column name → value (integer, real, text or null; blobs as `{"hex": "…"}`).
pub type Row = Map<String, Value>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dump {
    pub format: String,
    pub format_version: u32,
    /// The database schema version (`PRAGMA user_version`) the rows fit.
    pub schema_version: i64,
    pub tables: BTreeMap<String, Vec<Row>>,
}

#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("not a carnet JSON export: {0}")]
    Syntax(#[from] serde_json::Error),
    #[error("not a carnet JSON export (format '{0}')")]
    Format(String),
    #[error("JSON export format version {0} is newer than this carnet knows ({FORMAT_VERSION})")]
    Version(u32),
}

pub fn read(bytes: &[u8]) -> Result<Dump, DumpError> {
    let text = super::to_utf8(bytes);
    let dump: Dump = serde_json::from_str(&text)?;
    if dump.format != FORMAT {
        return Err(DumpError::Format(dump.format));
    }
    if dump.format_version > FORMAT_VERSION {
        return Err(DumpError::Version(dump.format_version));
    }
    Ok(dump)
}

pub fn write(dump: &Dump) -> serde_json::Result<String> {
    let mut s = serde_json::to_string_pretty(dump)?;
    s.push('\n');
    Ok(s)
}
