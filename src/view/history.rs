//! The operation log as people read it: `carnet undo --list`, and what `carnet undo` and
//! `carnet redo` say they did.

use chrono::{DateTime, Local};
use serde::Serialize;

use crate::i18n::{fmt, Lang};
use crate::model::history::{Operation, OperationKind, TableChanges};
use crate::tr;
use crate::ui::output::Text;
use crate::view::Screen;

/// `carnet undo --list`: the newest operations first. Its JSON is the list of operations.
#[derive(Serialize)]
#[serde(transparent)]
pub struct OperationLog {
    pub operations: Vec<Operation>,
}

impl Screen for OperationLog {
    fn text(self, lang: Lang) -> Text {
        if self.operations.is_empty() {
            return Text::Status(tr!(lang; "history-log-empty"));
        }
        let mut page = String::new();
        for op in &self.operations {
            page.push_str(&line(lang, op));
            page.push('\n');
        }
        Text::Page(page)
    }
}

/// One entry of the log, on two lines: what and when, then what it changed.
pub fn line(lang: Lang, op: &Operation) -> String {
    let state = match op.kind {
        OperationKind::Do if op.undone => "undone",
        OperationKind::Do => "do",
        OperationKind::Undo => "undo",
        OperationKind::Redo => "redo",
    };
    let head = tr!(lang; "history-line",
        id = crate::model::ids::Kind::Operation.show(op.id),
        when = when(lang, &op.at),
        command = op.command.as_str(),
        state = state,
        target = op.target.unwrap_or_default());
    if op.kind != OperationKind::Do {
        // What an undo or a redo changed is what its target did.
        return head;
    }
    format!("{head}\n    {}", changes(lang, &op.changes, false)) // i18n-ignore: layout
}

/// "Tue 1 Dec 18:20" in local time; the stored text when it cannot be read.
fn when(lang: Lang, at: &str) -> String {
    match DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let t = t.with_timezone(&Local);
            let day = t.date_naive();
            let today = Local::now().date_naive();
            format!(
                // i18n-ignore: a date and a time, each formatted
                "{} {}",
                fmt::short_date(lang, day, today),
                fmt::time(lang, t.time())
            )
        }
        Err(_) => at.to_owned(),
    }
}

/// "+1 contact (Zoë) · +2 emails · ~1 note", or "no change"; `undone`: what undoing
/// them did (what was added is removed, and the other way round).
pub fn changes(lang: Lang, tables: &[TableChanges], undone: bool) -> String {
    let mut parts = Vec::new();
    for t in tables {
        let (added, removed) = if undone {
            (t.removed, t.added)
        } else {
            (t.added, t.removed)
        };
        for (sign, count) in [("+", added), ("~", t.changed), ("−", removed)] {
            if count == 0 {
                continue;
            }
            let rows = tr!(lang; "history-table", table = t.table.as_str(), count = count);
            let count = fmt::number(lang, count);
            parts.push(if t.names.is_empty() {
                tr!(lang; "history-change", sign = sign, count = count, rows = rows)
            } else {
                tr!(lang; "history-change-named", sign = sign, count = count, rows = rows,
                    names = t.names.join(", "))
            });
        }
    }
    if parts.is_empty() {
        return tr!(lang; "history-no-change");
    }
    parts.join(" · ")
}

/// What `carnet undo` or `carnet redo` did. Its JSON: `action` (`undo`, `redo`), `entry`
/// (the log's new entry) and `operation` (the operation undone or redone, as the log now
/// says it).
#[derive(Serialize)]
pub struct Applied {
    pub action: &'static str,
    pub entry: i64,
    pub operation: Operation,
}

impl Screen for Applied {
    fn text(self, lang: Lang) -> Text {
        let op = &self.operation;
        let what = changes(lang, &op.changes, self.action == "undo");
        Text::Status(if self.action == "undo" {
            let said = tr!(lang; "history-undone", id = op.id, command = op.command.as_str(),
                changes = what);
            format!("{said}\n{}", tr!(lang; "history-redo-hint")) // i18n-ignore: two messages
        } else {
            tr!(lang; "history-redone", id = op.id, command = op.command.as_str(), changes = what)
        })
    }
}
