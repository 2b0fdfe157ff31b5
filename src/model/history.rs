//! The operation log as `carnet undo --list` shows it: each command that changed the
//! database, when, its command line and what it changed.

use serde::{Deserialize, Serialize};

pub type OperationId = i64;

/// What an entry of the log is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationKind {
    /// A command's changes.
    Do,
    /// The undoing of an earlier operation (`target`).
    Undo,
    /// The redoing of an operation that was undone (`target`).
    Redo,
}

impl OperationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OperationKind::Do => "do",
            OperationKind::Undo => "undo",
            OperationKind::Redo => "redo",
        }
    }

    pub fn from_db(s: &str) -> OperationKind {
        match s {
            "undo" => OperationKind::Undo,
            "redo" => OperationKind::Redo,
            _ => OperationKind::Do,
        }
    }
}

/// The rows one operation changed in one table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableChanges {
    pub table: String,
    pub added: i64,
    pub changed: i64,
    pub removed: i64,
    /// The names of the first rows changed, when the table has a `name` column (contacts,
    /// events, projects, tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
}

/// One entry of the operation log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Operation {
    pub id: OperationId,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// The command line that did it.
    pub command: String,
    pub kind: OperationKind,
    /// For an undo or a redo: the operation undone or redone.
    pub target: Option<OperationId>,
    /// Whether this operation (kind `do`) has been undone.
    pub undone: bool,
    /// Whether `carnet redo` can bring it back.
    pub redoable: bool,
    /// What it changed, per table (for an undo or redo: empty; see its target).
    pub changes: Vec<TableChanges>,
}

/// How many operations the log keeps: the last `keep`, none older than `keep_days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryBound {
    pub keep: u32,
    pub keep_days: Option<u32>,
}

impl HistoryBound {
    pub const DEFAULT_KEEP: u32 = 1000;
    pub const DEFAULT_KEEP_DAYS: u32 = 90;
}

impl Default for HistoryBound {
    fn default() -> Self {
        HistoryBound {
            keep: HistoryBound::DEFAULT_KEEP,
            keep_days: Some(HistoryBound::DEFAULT_KEEP_DAYS),
        }
    }
}
