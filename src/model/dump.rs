//! The complete database as rows: every table, with the format and schema versions they
//! fit, so that a dump restored into an empty database gives it back exactly. The store
//! makes and restores it; `formats::json` reads and writes it as a file.

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
