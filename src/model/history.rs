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

/// Why a bound of the log given in the environment is refused: the variable and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadBound {
    pub var: &'static str,
    pub value: String,
}

impl HistoryBound {
    /// The bound set by `CARNET_UNDO_KEEP` (how many operations; at least 1) and
    /// `CARNET_UNDO_DAYS` (how many days; 0 keeps them whatever their age), each defaulting
    /// when unset or empty.
    pub fn from_values(keep: Option<&str>, days: Option<&str>) -> Result<HistoryBound, BadBound> {
        let read = |var: &'static str, v: Option<&str>| -> Result<Option<u32>, BadBound> {
            match v.map(str::trim).filter(|v| !v.is_empty()) {
                None => Ok(None),
                Some(v) => v.parse::<u32>().map(Some).map_err(|_| BadBound {
                    var,
                    value: v.to_owned(),
                }),
            }
        };
        let keep = match read("CARNET_UNDO_KEEP", keep)? {
            Some(0) => {
                return Err(BadBound {
                    var: "CARNET_UNDO_KEEP",
                    value: "0".to_owned(),
                })
            }
            Some(n) => n,
            None => HistoryBound::DEFAULT_KEEP,
        };
        let keep_days = match read("CARNET_UNDO_DAYS", days)? {
            Some(0) => None,
            Some(n) => Some(n),
            None => Some(HistoryBound::DEFAULT_KEEP_DAYS),
        };
        Ok(HistoryBound { keep, keep_days })
    }
}

/// A command line as the log shows it: `carnet` and its arguments, each quoted for a POSIX
/// shell when it has to be, so that it can be read (and typed) again.
pub fn command_line(args: &[String]) -> String {
    let mut line = String::from("carnet");
    for a in args {
        line.push(' ');
        line.push_str(&shell_quoted(a));
    }
    line
}

fn shell_quoted(arg: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "-_./:=@,+%#".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) && !arg.starts_with('#') {
        return arg.to_owned();
    }
    if !arg.contains(['"', '\\', '$', '`', '!']) && arg.contains('\'') {
        return format!("\"{arg}\"");
    }
    format!("'{}'", arg.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_line_reads_as_typed() {
        let args = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(command_line(&[]), "carnet");
        assert_eq!(
            command_line(&args(&["add", "Zoë Tremblay", "--email", "zoe@ex.fr"])),
            "carnet add 'Zoë Tremblay' --email zoe@ex.fr"
        );
        assert_eq!(
            command_line(&args(&["note", "#12", "l'été", ""])),
            r#"carnet note '#12' "l'été" ''"#
        );
        assert_eq!(
            command_line(&args(&["note", "1", "l'été \"chaud\""])),
            r#"carnet note 1 'l'\''été "chaud"'"#
        );
        assert_eq!(command_line(&args(&["show", "c#12"])), "carnet show c#12");
        assert_eq!(command_line(&args(&["a;b"])), "carnet 'a;b'");
    }

    #[test]
    fn the_bound_comes_from_the_environment_or_defaults() {
        assert_eq!(
            HistoryBound::from_values(None, None),
            Ok(HistoryBound::default())
        );
        assert_eq!(
            HistoryBound::from_values(Some(" 5 "), Some("0")),
            Ok(HistoryBound {
                keep: 5,
                keep_days: None
            })
        );
        assert_eq!(
            HistoryBound::from_values(Some(""), Some("7")),
            Ok(HistoryBound {
                keep: HistoryBound::DEFAULT_KEEP,
                keep_days: Some(7)
            })
        );
        for (keep, days, var, value) in [
            (Some("0"), None, "CARNET_UNDO_KEEP", "0"),
            (Some("-1"), None, "CARNET_UNDO_KEEP", "-1"),
            (None, Some("ten"), "CARNET_UNDO_DAYS", "ten"),
        ] {
            assert_eq!(
                HistoryBound::from_values(keep, days),
                Err(BadBound {
                    var,
                    value: value.to_owned()
                })
            );
        }
    }
}
