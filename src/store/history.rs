//! The operation log: `carnet undo`, `carnet redo` and `carnet undo --list`.
//!
//! One mechanism for every command, written nowhere in the commands: the trigger-written
//! undo log of "Automatic Undo/Redo Using SQLite" (sqlite.org/undoredo.html). Before its
//! first write, carnet creates on its connection TEMP triggers generated from the schema
//! (`PRAGMA table_xinfo` over every data table), so a table added by a later migration is
//! covered without code. For each row inserted, updated or deleted they write into
//! `operation_changes` the statement that reverses the change. Each `Store::write` that
//! changed something is one operation (a row of `operations` naming its range of changes).
//!
//! Undoing runs an operation's statements newest first, inside one write; the triggers,
//! still on, record meanwhile the statements that would redo it, which replace the old ones
//! (and the other way round for redo). Derived data (the search index, reconnect dates) is
//! not recorded: its own triggers rebuild it as the statements run.
//!
//! Safety: an undo touches exactly the rows its operation changed. It is refused, and
//! nothing is written, when an operation in effect that took effect later changed one of
//! them (checked before), or when running it would change any other row (a cascade onto a
//! note added since to a contact being taken away, checked after); a constraint that fails
//! (the foreign keys are checked at commit) refuses it likewise.
//!
//! Why not SQLite's session extension: rusqlite's `session` feature runs bindgen, which
//! needs libclang when carnet is built, so `cargo install carnet` would fail on a machine
//! without it; the triggers need nothing but SQLite, and show their statements plainly.
//!
//! Not recorded: a row deleted by `REPLACE` conflict resolution (SQLite fires no delete
//! trigger for it unless recursive triggers are on); carnet never writes `OR REPLACE`.

use rusqlite::{params, OptionalExtension};

use super::{quote, Db, Result, Store, StoreError};
use crate::i18n::Lang;
use crate::model::history::{HistoryBound, Operation, OperationId, OperationKind, TableChanges};
use crate::tr;

/// carnet's own tables for the log: never recorded, never exported.
pub const HISTORY_TABLES: [&str; 2] = ["operations", "operation_changes"];

/// Columns kept by triggers from other data (derived.sql): not recorded, as their triggers
/// set them again when an undo changes what they are derived from.
const DERIVED_COLUMNS: &[(&str, &str)] = &[("contacts", "reconnect_on")];

/// Tables derived by carnet's code from other data: not recorded; an undo or a redo works
/// them out again for the rows it touched (`Db::rederive`). `contact_words`: the folded
/// words of each contact's name.
const DERIVED_TABLES: &[&str] = &["contact_words"];

/// The TEMP table of the rows an undo or redo may touch (see `Db::apply`).
const ROWS_TABLE: &str = "CREATE TEMP TABLE IF NOT EXISTS history_rows (
    tbl TEXT NOT NULL, lo NOT NULL, hi INTEGER);
CREATE INDEX IF NOT EXISTS temp.history_rows_key ON history_rows (tbl, lo);";

/// Whether the change `c` (an alias of operation_changes) concerns a row of `history_rows`:
/// the same row, or a row inside a range, either way.
const OVERLAPS: &str = "(EXISTS (SELECT 1 FROM history_rows r
        WHERE r.tbl = c.tbl AND r.lo = c.key)
    OR (c.key_hi IS NOT NULL AND EXISTS (SELECT 1 FROM history_rows r
        WHERE r.tbl = c.tbl AND r.lo BETWEEN c.key AND c.key_hi))
    OR EXISTS (SELECT 1 FROM history_rows r
        WHERE r.tbl = c.tbl AND r.hi IS NOT NULL AND c.key <= r.hi
          AND coalesce(c.key_hi, c.key) >= r.lo))";

/// What is said about the operations a run records: its command line and the time, and how
/// many operations the log keeps.
#[derive(Debug, Clone)]
pub struct OperationMeta {
    pub command: String,
    pub at: String,
    pub bound: HistoryBound,
}

impl Default for OperationMeta {
    fn default() -> Self {
        OperationMeta {
            command: String::new(),
            at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            bound: HistoryBound::default(),
        }
    }
}

/// Why an undo or redo did not happen; nothing was written.
#[derive(Debug)]
pub enum HistoryError {
    NothingToUndo,
    NothingToRedo,
    NoSuchOperation(OperationId),
    AlreadyUndone(OperationId),
    /// An undo or a redo is not itself undone: redo (or undo) its target.
    NotACommand {
        id: OperationId,
        kind: OperationKind,
        target: Option<OperationId>,
    },
    /// A later operation in effect changed rows this one changed.
    ChangedSince {
        id: OperationId,
        undo: bool,
        later: OperationId,
        table: String,
        key: String,
    },
    /// The statements would change a row the operation did not (`later`: the operation
    /// that made it, when the log still has it).
    WouldTouchOthers {
        id: OperationId,
        undo: bool,
        later: Option<OperationId>,
        table: String,
        key: String,
    },
    /// A constraint refused the statements.
    CannotApply {
        id: OperationId,
        undo: bool,
        detail: String,
    },
    Store(StoreError),
}

impl HistoryError {
    /// The error in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let row = |table: &str, key: &str| tr!(lang; "history-row", table = table, key = key);
        let undo = |undo: bool| if undo { "yes" } else { "no" };
        match self {
            HistoryError::NothingToUndo => tr!(lang; "history-nothing-to-undo"),
            HistoryError::NothingToRedo => tr!(lang; "history-nothing-to-redo"),
            HistoryError::NoSuchOperation(id) => tr!(lang; "history-no-such-operation", id = id),
            HistoryError::AlreadyUndone(id) => tr!(lang; "history-already-undone", id = id),
            HistoryError::NotACommand {
                id,
                kind: OperationKind::Redo,
                target,
            } => tr!(lang; "history-redo-of", id = id, target = target.unwrap_or_default()),
            HistoryError::NotACommand { id, target, .. } => {
                tr!(lang; "history-undo-of", id = id, target = target.unwrap_or_default())
            }
            HistoryError::ChangedSince {
                id,
                undo: u,
                later,
                table,
                key,
            } => tr!(lang; "history-changed-since", undo = undo(*u), id = id, later = later,
                row = row(table, key)),
            HistoryError::WouldTouchOthers {
                id,
                undo: u,
                later: Some(later),
                table,
                key,
            } => tr!(lang; "history-would-touch-later", undo = undo(*u), id = id, later = later,
                row = row(table, key)),
            HistoryError::WouldTouchOthers {
                id,
                undo: u,
                later: None,
                table,
                key,
            } => tr!(lang; "history-would-touch", undo = undo(*u), id = id, row = row(table, key)),
            HistoryError::CannotApply {
                id,
                undo: u,
                detail,
            } => {
                tr!(lang; "history-cannot-apply", undo = undo(*u), id = id, detail = detail)
            }
            HistoryError::Store(e) => e.to_string(),
        }
    }

    /// What to do about it, in the process's language.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            HistoryError::NothingToUndo | HistoryError::NoSuchOperation(_) => {
                tr!("history-nothing-to-undo-hint")
            }
            HistoryError::NothingToRedo => tr!("history-nothing-to-redo-hint"),
            HistoryError::AlreadyUndone(_) => tr!("history-already-undone-hint"),
            HistoryError::NotACommand {
                kind: OperationKind::Redo,
                target,
                ..
            } => tr!("history-redo-of-hint", target = target.unwrap_or_default()),
            HistoryError::NotACommand { target, .. } => {
                tr!("history-undo-of-hint", target = target.unwrap_or_default())
            }
            HistoryError::ChangedSince { id, later, .. }
            | HistoryError::WouldTouchOthers {
                id,
                later: Some(later),
                ..
            } => tr!("history-later-first-hint", id = id, later = later),
            HistoryError::Store(e) => return e.hint(),
            _ => return None,
        })
    }
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::current()))
    }
}

impl From<StoreError> for HistoryError {
    fn from(e: StoreError) -> Self {
        HistoryError::Store(e)
    }
}

impl From<rusqlite::Error> for HistoryError {
    fn from(e: rusqlite::Error) -> Self {
        HistoryError::Store(e.into())
    }
}

impl std::error::Error for HistoryError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            HistoryError::Store(e) => Some(e),
            _ => None,
        }
    }
}

/// What an undo or a redo did: the operation it applied, as the log now says it.
#[derive(Debug, Clone)]
pub struct Applied {
    /// The undo or redo entry written to the log.
    pub entry: OperationId,
    pub operation: Operation,
}

/// The shape of a table, as the triggers need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Shape {
    table: String,
    /// The columns recorded, in table order.
    columns: Vec<String>,
    /// The primary key's columns of a WITHOUT ROWID table; empty for a rowid table.
    key: Vec<String>,
    /// The column that is the rowid (INTEGER PRIMARY KEY), if any.
    rowid_alias: Option<String>,
    /// Whether the table has a `name` column, shown in the log.
    named: bool,
    /// Single-column foreign keys to a parent's rowid that delete the row with its parent:
    /// (column, parent table).
    cascades: Vec<(String, String)>,
}

/// During a bulk write, the highest rowid of each rowid table before it began: rows above
/// it are new, recorded as one range per table at the end rather than row by row.
pub(super) type Marks = std::collections::HashMap<String, i64>;

/// A bulk write being recorded: the marks, each rowid table's row count when it began, and
/// the last change recorded before it.
pub(super) struct Bulk {
    marks: Marks,
    counts: std::collections::HashMap<String, i64>,
    start: i64,
}

/// A string as an SQL literal.
fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// An SQL text expression built of literals and expressions joined by `||`, adjacent
/// literals merged: the triggers are parsed at every run that writes, by the byte.
#[derive(Default)]
struct Concat {
    parts: Vec<String>,
    pending: String,
}

impl Concat {
    fn lit(&mut self, s: &str) {
        self.pending.push_str(s);
    }

    fn expr(&mut self, e: &str) {
        if !self.pending.is_empty() {
            self.parts.push(lit(&std::mem::take(&mut self.pending)));
        }
        self.parts.push(e.to_owned());
    }

    fn sql(mut self) -> String {
        if !self.pending.is_empty() || self.parts.is_empty() {
            self.parts.push(lit(&self.pending));
        }
        self.parts.join(" || ")
    }
}

impl Shape {
    /// The row's key as stored in `operation_changes.key`.
    fn key_of(&self, row: &str) -> String {
        match self.key.as_slice() {
            [] => format!("{row}.rowid"),
            [one] => format!("{row}.{}", quote(one)),
            many => many
                .iter()
                .map(|c| format!("quote({row}.{})", quote(c)))
                .collect::<Vec<_>>()
                .join(" || ',' || "),
        }
    }

    /// Appends ` WHERE …`, which finds the row image `row` again.
    fn where_of(&self, text: &mut Concat, row: &str) {
        if self.key.is_empty() {
            text.lit(" WHERE rowid = ");
            text.expr(&format!("{row}.rowid"));
            return;
        }
        text.lit(" WHERE ");
        for (i, c) in self.key.iter().enumerate() {
            if i > 0 {
                text.lit(" AND ");
            }
            text.lit(&format!("{} = ", quote(c)));
            text.expr(&format!("quote({row}.{})", quote(c)));
        }
    }

    /// An SQL expression giving the statement that deletes the row image `row`.
    fn delete_of(&self, row: &str) -> String {
        let mut text = Concat::default();
        text.lit(&format!("DELETE FROM {}", quote(&self.table)));
        self.where_of(&mut text, row);
        text.sql()
    }

    /// An SQL expression giving the statement that inserts the row image `row` back.
    fn insert_of(&self, row: &str) -> String {
        let mut names: Vec<String> = Vec::new();
        let mut values: Vec<String> = Vec::new();
        if self.key.is_empty() && self.rowid_alias.is_none() {
            names.push("rowid".to_owned());
            values.push(format!("{row}.rowid"));
        }
        for c in &self.columns {
            names.push(quote(c));
            values.push(format!("quote({row}.{})", quote(c)));
        }
        let mut text = Concat::default();
        text.lit(&format!(
            "INSERT INTO {} ({}) VALUES (",
            quote(&self.table),
            names.join(", ")
        ));
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                text.lit(", ");
            }
            text.expr(v);
        }
        text.lit(")");
        text.sql()
    }

    /// An SQL expression giving the statement that sets the row's `columns` back to their
    /// values in `old`.
    fn update_of(&self, columns: &[&String]) -> String {
        let mut text = Concat::default();
        text.lit(&format!("UPDATE {} SET ", quote(&self.table)));
        for (i, c) in columns.iter().enumerate() {
            if i > 0 {
                text.lit(", ");
            }
            text.lit(&format!("{} = ", quote(c)));
            text.expr(&format!("quote(old.{})", quote(c)));
        }
        self.where_of(&mut text, "old");
        text.sql()
    }

    /// The columns an update may change without moving the row.
    fn value_columns(&self) -> Vec<&String> {
        self.columns
            .iter()
            .filter(|c| !self.key.contains(c) && self.rowid_alias.as_ref() != Some(c))
            .collect()
    }

    /// The columns that identify the row (empty: the rowid alone, which no column names).
    fn key_columns(&self) -> Vec<&String> {
        if self.key.is_empty() {
            self.rowid_alias.iter().collect()
        } else {
            self.key.iter().collect()
        }
    }

    fn key_changed(&self) -> String {
        if self.key.is_empty() {
            return "old.rowid IS NOT new.rowid".to_owned();
        }
        self.key
            .iter()
            .map(|c| format!("old.{q} IS NOT new.{q}", q = quote(c)))
            .collect::<Vec<_>>()
            .join(" OR ")
    }

    fn label_of(&self, row: &str) -> String {
        if self.named {
            format!("{row}.\"name\"")
        } else {
            "NULL".to_owned()
        }
    }

    /// The statement that records a change of the row image `row` (`new`, `old`). In a
    /// bulk write, nothing is recorded about a row image that is new (see `is_new`).
    fn record(
        &self,
        kind: char,
        row: &str,
        label_row: &str,
        sql: &str,
        marks: Option<&Marks>,
    ) -> String {
        let only = marks
            .and_then(|m| self.is_new(row, m))
            .map(|new| format!(" WHERE NOT ({new})"))
            .unwrap_or_default();
        format!(
            "INSERT INTO operation_changes (tbl, key, kind, label, sql) SELECT {}, {}, '{kind}', {}, {sql}{only};",
            lit(&self.table),
            self.key_of(row),
            self.label_of(label_row),
        )
    }

    /// Whether a row image is new in the bulk write: its rowid is above the mark, or a
    /// parent it goes with (ON DELETE CASCADE) is. Undoing the bulk write deletes the new
    /// rows of each table by range, and those go with them. None: never.
    fn is_new(&self, row: &str, marks: &Marks) -> Option<String> {
        let mut terms = Vec::new();
        if self.key.is_empty() {
            if let Some(m) = marks.get(&self.table) {
                terms.push(format!("({row}.rowid > {m}) IS 1"));
            }
        }
        for (column, parent) in &self.cascades {
            if let Some(m) = marks.get(parent) {
                terms.push(format!("({row}.{} > {m}) IS 1", quote(column)));
            }
        }
        (!terms.is_empty()).then(|| terms.join(" OR "))
    }

    fn trigger_name(&self, what: &str) -> String {
        quote(&format!("history_{}_{what}", self.table))
    }

    /// The TEMP triggers that record this table's changes (`marks`: in a bulk write).
    pub(super) fn triggers(&self, marks: Option<&Marks>) -> String {
        let t = quote(&self.table);
        let deleted = self.delete_of("new");
        let mut sql = String::new();
        // In a bulk write, a rowid table's new rows are found by their rowids at the end
        // (`history_bulk_end`): no trigger on its inserts, which costs as much as the insert.
        if marks.is_none() || !self.key.is_empty() {
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS {} AFTER INSERT ON main.{t} BEGIN\n  {}\nEND;\n",
                self.trigger_name("i"),
                self.record('I', "new", "new", &deleted, marks),
            ));
        }
        sql.push_str(&format!(
            "CREATE TEMP TRIGGER IF NOT EXISTS {} AFTER DELETE ON main.{t} BEGIN\n  {}\nEND;\n",
            self.trigger_name("d"),
            self.record('D', "old", "old", &self.insert_of("old"), marks),
        ));
        let values = self.value_columns();
        if !values.is_empty() {
            let of: Vec<String> = values.iter().map(|c| quote(c)).collect();
            let changed: Vec<String> = values
                .iter()
                .map(|c| format!("old.{q} IS NOT new.{q}", q = quote(c)))
                .collect();
            let update = self.update_of(&values);
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS {} AFTER UPDATE OF {} ON main.{t}\n  WHEN NOT ({}) AND ({})\nBEGIN\n  {}\nEND;\n",
                self.trigger_name("u"),
                of.join(", "),
                self.key_changed(),
                changed.join(" OR "),
                self.record('U', "old", "new", &update, marks),
            ));
        }
        // A row whose key changes (merge moving a tag to the kept contact) is, for the log,
        // one row gone and another come.
        let keys = self.key_columns();
        let of = if keys.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = keys.iter().map(|c| quote(c)).collect();
            format!(" OF {}", names.join(", "))
        };
        sql.push_str(&format!(
            "CREATE TEMP TRIGGER IF NOT EXISTS {} AFTER UPDATE{of} ON main.{t}\n  WHEN {}\nBEGIN\n  {}\n  {}\nEND;\n",
            self.trigger_name("k"),
            self.key_changed(),
            self.record('D', "old", "old", &self.insert_of("old"), marks),
            self.record('I', "new", "new", &deleted, marks),
        ));
        sql
    }
}

impl Db<'_> {
    /// The shapes of the tables the log records: every ordinary table of the main schema
    /// but SQLite's own, full-text indexes and their shadow tables, and the log itself.
    pub(super) fn recorded_shapes(&self) -> Result<Vec<Shape>> {
        let mut stmt = self.conn.prepare(
            "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
               AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let tables: Vec<(String, bool)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut columns = self.conn.prepare(
            "SELECT name, upper(type), pk FROM pragma_table_xinfo(?1) WHERE hidden = 0 ORDER BY cid",
        )?;
        let mut shapes = Vec::new();
        for (table, without_rowid) in tables {
            if HISTORY_TABLES.contains(&table.as_str()) || DERIVED_TABLES.contains(&table.as_str())
            {
                continue;
            }
            let cols: Vec<(String, String, i64)> = columns
                .query_map([&table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut pk: Vec<(i64, String)> = cols
                .iter()
                .filter(|(_, _, pk)| *pk > 0)
                .map(|(n, _, pk)| (*pk, n.clone()))
                .collect();
            pk.sort();
            let pk: Vec<String> = pk.into_iter().map(|(_, n)| n).collect();
            let rowid_alias = match (without_rowid, pk.as_slice()) {
                (false, [one]) => cols
                    .iter()
                    .find(|(n, ty, _)| n == one && ty == "INTEGER")
                    .map(|(n, _, _)| n.clone()),
                _ => None,
            };
            let recorded: Vec<String> = cols
                .iter()
                .map(|(n, _, _)| n.clone())
                .filter(|n| !DERIVED_COLUMNS.contains(&(table.as_str(), n.as_str())))
                .collect();
            shapes.push(Shape {
                cascades: Vec::new(),
                named: recorded.iter().any(|c| c == "name"),
                key: if without_rowid { pk } else { Vec::new() },
                columns: recorded,
                rowid_alias,
                table,
            });
        }
        // Foreign keys are read once every table's rowid is known.
        let mut keys = self.conn.prepare(
            "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1)
              WHERE on_delete = 'CASCADE'
                AND id IN (SELECT id FROM pragma_foreign_key_list(?1) GROUP BY id HAVING count(*) = 1)",
        )?;
        let aliases: Vec<(String, Option<String>)> = shapes
            .iter()
            .map(|s| (s.table.clone(), s.rowid_alias.clone()))
            .collect();
        for shape in &mut shapes {
            let fks: Vec<(String, String, Option<String>)> = keys
                .query_map([&shape.table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (parent, from, to) in fks {
                let to_rowid = aliases.iter().any(|(t, alias)| {
                    *t == parent && alias.is_some() && (to.is_none() || to == *alias)
                });
                if to_rowid {
                    shape.cascades.push((from, parent));
                }
            }
        }
        Ok(shapes)
    }

    /// Creates the recording triggers on this connection (inside the first write).
    pub(super) fn create_history_triggers(&self) -> Result<()> {
        let mut sql = String::new();
        for shape in self.recorded_shapes()? {
            sql.push_str(&shape.triggers(None));
        }
        self.conn.execute_batch(&sql)?;
        Ok(())
    }

    fn drop_history_triggers(&self) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT name FROM sqlite_temp_schema WHERE type = 'trigger'
               AND substr(name, 1, 8) = 'history_'",
        )?;
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for name in &names {
            self.conn
                .execute_batch(&format!("DROP TRIGGER temp.{}", quote(name)))?;
        }
        Ok(())
    }

    /// Starts recording a bulk write (inside its transaction): the new rows of each rowid
    /// table will be recorded as one range at the end (`history_bulk_end`), and nothing
    /// about the rows that go with them.
    pub(super) fn history_bulk_start(&self) -> Result<Bulk> {
        let shapes = self.recorded_shapes()?;
        let mut bulk = Bulk {
            marks: Marks::new(),
            counts: std::collections::HashMap::new(),
            start: self.history_mark()?,
        };
        for shape in shapes.iter().filter(|s| s.key.is_empty()) {
            let (max, n): (i64, i64) = self.conn.query_row(
                &format!(
                    "SELECT coalesce(max(rowid), 0), count(*) FROM {}",
                    quote(&shape.table)
                ),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            bulk.marks.insert(shape.table.clone(), max);
            bulk.counts.insert(shape.table.clone(), n);
        }
        self.drop_history_triggers()?;
        let mut sql = String::new();
        for shape in &shapes {
            sql.push_str(&shape.triggers(Some(&bulk.marks)));
        }
        self.conn.execute_batch(&sql)?;
        Ok(bulk)
    }

    /// Records the ranges of rows a bulk write added, and puts the usual triggers back.
    ///
    /// A row inserted below a table's mark (an explicit rowid, or one freed by a delete in
    /// the same write) would not be in the range: the rows below the mark are counted, and
    /// the write fails rather than be recorded wrong.
    pub(super) fn history_bulk_end(&self, bulk: &Bulk) -> Result<()> {
        let mut tables: Vec<(&String, &i64)> = bulk.marks.iter().collect();
        tables.sort();
        for (table, mark) in tables {
            let (low, n, hi): (i64, i64, Option<i64>) = self.conn.query_row(
                &format!(
                    "SELECT count(*) FILTER (WHERE rowid <= ?1), count(*) FILTER (WHERE rowid > ?1),
                            max(rowid) FROM {}",
                    quote(table)
                ),
                [mark],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let gone: i64 = self.conn.query_row(
                "SELECT count(*) FROM operation_changes
                  WHERE seq > ?1 AND tbl = ?2 AND kind = 'D' AND key <= ?3",
                params![bulk.start, table, mark],
                |r| r.get(0),
            )?;
            let before = bulk.counts.get(table).copied().unwrap_or_default();
            if low > before - gone {
                return Err(StoreError::Conflict(tr!(
                    "history-bulk-unrecorded",
                    table = table
                )));
            }
            if let (true, Some(hi)) = (n > 0, hi) {
                self.exec(
                    "INSERT INTO operation_changes (tbl, key, key_hi, kind, n)
                     VALUES (?1, ?2, ?3, 'R', ?4)",
                    params![table, mark + 1, hi, n],
                )?;
            }
        }
        self.drop_history_triggers()?;
        self.create_history_triggers()
    }

    /// Works out the derived tables again for the contacts an undo or a redo touched (the
    /// rows of `history_rows`): the words of their names.
    fn rederive(&self) -> Result<()> {
        let mut stmt = self.conn.prepare(
            // From the rows touched to the contacts, by rowid ranges: the other way round
            // read every contact (160 million instructions at 100,000 contacts).
            "SELECT DISTINCT c.id, c.name FROM history_rows r CROSS JOIN contacts c
              WHERE r.tbl = 'contacts' AND c.id BETWEEN r.lo AND coalesce(r.hi, r.lo)",
        )?;
        let touched: Vec<(i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, name) in touched {
            self.index_name(id, &name)?;
        }
        Ok(())
    }

    /// The last change recorded so far; what a write records comes after it.
    pub(super) fn history_mark(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT coalesce(max(seq), 0) FROM operation_changes",
            [],
            |r| r.get(0),
        )?)
    }

    /// Ends a write that recorded changes after `start`: one operation in the log (none
    /// when nothing changed); undone operations can no longer be redone; the log is pruned.
    pub(super) fn history_finish(&self, start: i64, meta: &OperationMeta) -> Result<()> {
        let last = self.history_mark()?;
        if last == start {
            return Ok(());
        }
        let summary = self.summarise(start + 1, last)?;
        let summary = serde_json::to_string(&summary).unwrap_or_else(|_| "[]".to_owned());
        self.exec(
            "INSERT INTO operations (at, command, kind, summary, first_change, last_change)
             VALUES (?1, ?2, 'do', ?3, ?4, ?5)",
            params![meta.at, meta.command, summary, start + 1, last],
        )?;
        let id = self.conn.last_insert_rowid();
        self.exec("UPDATE operations SET applied_by = id WHERE id = ?1", [id])?;
        self.forget_redo()?;
        self.prune(&meta.bound, &meta.at)
    }

    /// What the changes first..=last did, per table, in the order the tables were first
    /// changed.
    fn summarise(&self, first: i64, last: i64) -> Result<Vec<TableChanges>> {
        let mut stmt = self.conn.prepare_cached(
            // Each row once, by what the operation did to it in the end: a row it added
            // and then changed was added; one it added and removed is not counted. The
            // rows of a bulk write's ranges are added.
            "SELECT tbl, k, count(*), min(s) FROM (
                 SELECT tbl, CASE WHEN kind = 'I' THEN (CASE WHEN del THEN NULL ELSE 'I' END)
                                  WHEN del THEN 'D' ELSE 'U' END AS k, s
                   FROM (SELECT tbl, kind, min(seq) AS s, max(kind = 'D') AS del
                           FROM operation_changes
                          WHERE seq BETWEEN ?1 AND ?2 AND kind <> 'R' GROUP BY tbl, key))
              WHERE k IS NOT NULL GROUP BY tbl, k
             UNION ALL
             SELECT tbl, 'I', sum(n), min(seq) FROM operation_changes
              WHERE seq BETWEEN ?1 AND ?2 AND kind = 'R' GROUP BY tbl
             ORDER BY 4",
        )?;
        let rows = stmt.query_map([first, last], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        let mut out: Vec<TableChanges> = Vec::new();
        for row in rows {
            let (table, kind, n) = row?;
            let i = match out.iter().position(|t| t.table == table) {
                Some(i) => i,
                None => {
                    out.push(TableChanges {
                        table,
                        ..Default::default()
                    });
                    out.len() - 1
                }
            };
            match kind.as_str() {
                "U" => out[i].changed += n,
                "D" => out[i].removed += n,
                _ => out[i].added += n,
            }
        }
        let mut names = self.conn.prepare_cached(
            "SELECT label FROM operation_changes
              WHERE seq BETWEEN ?1 AND ?2 AND tbl = ?3 AND label IS NOT NULL
              GROUP BY label ORDER BY min(seq) LIMIT ?4",
        )?;
        for t in &mut out {
            t.names = names
                .query_map(params![first, last, t.table, NAMES_SHOWN], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
        }
        // The rows of a bulk write's ranges were not recorded one by one: their names are
        // read from the table.
        let mut ranges = self.conn.prepare_cached(
            "SELECT tbl, key, key_hi FROM operation_changes
              WHERE seq BETWEEN ?1 AND ?2 AND kind = 'R'
                AND EXISTS (SELECT 1 FROM pragma_table_info(tbl) WHERE name = 'name')",
        )?;
        let named: Vec<(String, i64, i64)> = ranges
            .query_map([first, last], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (table, lo, hi) in named {
            let Some(t) = out.iter_mut().find(|t| t.table == table) else {
                continue;
            };
            let room = NAMES_SHOWN - t.names.len() as i64;
            let mut stmt = self.conn.prepare(&format!(
                "SELECT \"name\" FROM {} WHERE rowid BETWEEN ?1 AND ?2 ORDER BY rowid LIMIT ?3",
                quote(&table)
            ))?;
            let more: Vec<String> = stmt
                .query_map(params![lo, hi, room.max(0)], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            t.names.extend(more);
        }
        Ok(out)
    }

    /// Whether the changes first..=last hold ranges of a bulk write.
    fn has_ranges(&self, first: Option<i64>, last: Option<i64>) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM operation_changes
                             WHERE seq BETWEEN ?1 AND ?2 AND kind = 'R')",
            params![first, last],
            |r| r.get(0),
        )?)
    }

    /// Undone operations can no longer be redone once another operation is done: their
    /// redo statements are dropped.
    fn forget_redo(&self) -> Result<()> {
        let ranges = self.ranges("undone = 1 AND redoable = 1")?;
        for (_, first, last) in &ranges {
            self.drop_changes(*first, *last)?;
        }
        if !ranges.is_empty() {
            self.exec(
                "UPDATE operations SET redoable = 0, first_change = NULL, last_change = NULL
                  WHERE undone = 1 AND redoable = 1",
                [],
            )?;
        }
        Ok(())
    }

    /// Operations matching `filter` with their ranges of changes.
    fn ranges(&self, filter: &str) -> Result<Vec<Span>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, first_change, last_change FROM operations WHERE {filter}"
        ))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn drop_changes(&self, first: Option<i64>, last: Option<i64>) -> Result<()> {
        if let (Some(first), Some(last)) = (first, last) {
            self.exec(
                "DELETE FROM operation_changes WHERE seq BETWEEN ?1 AND ?2",
                [first, last],
            )?;
        }
        Ok(())
    }

    /// Forgets the operations beyond the bound: all but the last `keep`, and those older
    /// than `keep_days` before `now`.
    fn prune(&self, bound: &HistoryBound, now: &str) -> Result<()> {
        let newest: i64 =
            self.conn
                .query_row("SELECT coalesce(max(id), 0) FROM operations", [], |r| {
                    r.get(0)
                })?;
        let cutoff = bound.keep_days.and_then(|days| cutoff(now, days));
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, first_change, last_change FROM operations
              WHERE id <= ?1 OR at < ?2",
        )?;
        let old: Vec<Span> = stmt
            .query_map(
                params![newest - i64::from(bound.keep), cutoff.unwrap_or_default()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?
            .collect::<rusqlite::Result<_>>()?;
        for (id, first, last) in old {
            self.drop_changes(first, last)?;
            self.exec("DELETE FROM operations WHERE id = ?1", [id])?;
        }
        Ok(())
    }

    /// The log, newest first, at most `limit` entries.
    pub fn operations(&self, limit: usize) -> Result<Vec<Operation>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {OPERATION_COLUMNS} FROM operations ORDER BY id DESC LIMIT ?1"
        ))?;
        let rows = stmt.query_map([limit as i64], operation_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn operation(&self, id: OperationId) -> Result<Option<Operation>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {OPERATION_COLUMNS} FROM operations WHERE id = ?1"
            ))?
            .query_row([id], operation_row)
            .optional()?)
    }

    /// The operation `carnet undo` takes: the one in effect that took effect last.
    fn last_in_effect(&self) -> Result<Option<OperationId>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM operations WHERE undone = 0 AND kind = 'do'
                  ORDER BY applied_by DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The operation `carnet redo` takes: the one undone last, if it can still be redone.
    fn last_undone(&self) -> Result<Option<OperationId>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM operations WHERE undone = 1 AND redoable = 1
                  ORDER BY undone_by DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Undoes (`undo`) or redoes operation `id` by running its statements newest first,
    /// after and before the checks of the module documentation; writes its log entry.
    fn apply(
        &self,
        id: OperationId,
        undo: bool,
        meta: &OperationMeta,
    ) -> std::result::Result<OperationId, HistoryError> {
        let (first, last, since): (Option<i64>, Option<i64>, Option<i64>) = self.conn.query_row(
            "SELECT first_change, last_change, CASE WHEN ?2 THEN applied_by ELSE undone_by END
               FROM operations WHERE id = ?1",
            params![id, undo],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        self.conn.pragma_update(None, "defer_foreign_keys", true)?;
        self.conn.execute_batch(ROWS_TABLE)?;
        self.exec("DELETE FROM history_rows", [])?;
        self.exec(
            "INSERT INTO history_rows (tbl, lo, hi)
             SELECT tbl, key, key_hi FROM operation_changes WHERE seq BETWEEN ?1 AND ?2",
            params![first, last],
        )?;
        // Before: no operation that took effect since changed these rows.
        let later: Option<(OperationId, String, String)> = self
            .conn
            .query_row(
                &format!(
                    "SELECT o.id, c.tbl, CAST(c.key AS TEXT) FROM operations o
                       JOIN operation_changes c ON c.seq BETWEEN o.first_change AND o.last_change
                      WHERE o.undone = 0 AND o.kind = 'do' AND o.applied_by > ?1 AND {OVERLAPS}
                      ORDER BY o.applied_by LIMIT 1"
                ),
                [since.unwrap_or(0)],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((later, table, key)) = later {
            return Err(HistoryError::ChangedSince {
                id,
                undo,
                later,
                table,
                key,
            });
        }
        let start = self.history_mark()?;
        let mut stmt = self.conn.prepare(
            "SELECT tbl, key, key_hi, sql FROM operation_changes
              WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq DESC",
        )?;
        let changes: Vec<(String, rusqlite::types::Value, Option<i64>, Option<String>)> = stmt
            .query_map(params![first, last], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let cannot = |e: rusqlite::Error| HistoryError::CannotApply {
            id,
            undo,
            detail: e.to_string(),
        };
        for (table, key, key_hi, sql) in changes {
            match (sql, key_hi) {
                (Some(sql), _) => self.conn.execute_batch(&sql).map_err(cannot)?,
                (None, Some(hi)) => {
                    self.conn
                        .execute(
                            &format!(
                                "DELETE FROM {} WHERE rowid BETWEEN ?1 AND ?2",
                                quote(&table)
                            ),
                            params![key, hi],
                        )
                        .map_err(cannot)?;
                }
                (None, None) => {}
            }
        }
        // After: nothing else was touched (a cascade, a trigger). Undoing a bulk write
        // deletes its new rows by range, and with them the rows that went with them, which
        // were not recorded: a row deleted so is fine unless another operation in effect
        // recorded it.
        let bulk = undo && self.has_ranges(first, last)?;
        let other: Option<(String, rusqlite::types::Value)> = self
            .conn
            .query_row(
                &format!(
                    "SELECT c.tbl, c.key FROM operation_changes c
                      WHERE c.seq > ?1 AND NOT {OVERLAPS}
                        AND NOT (?2 AND c.kind = 'D' AND NOT EXISTS (
                            SELECT 1 FROM operation_changes x JOIN operations o
                                ON x.seq BETWEEN o.first_change AND o.last_change
                             WHERE x.tbl = c.tbl AND x.key = c.key AND x.seq <= ?1
                               AND o.undone = 0 AND o.kind = 'do' AND o.id <> ?3))
                      ORDER BY c.seq LIMIT 1"
                ),
                params![start, bulk, id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((table, key)) = other {
            let later = self
                .conn
                .query_row(
                    "SELECT o.id FROM operation_changes x JOIN operations o
                         ON x.seq BETWEEN o.first_change AND o.last_change
                      WHERE x.tbl = ?1 AND x.key = ?2 AND x.seq <= ?3 AND o.undone = 0
                      ORDER BY o.applied_by DESC LIMIT 1",
                    params![table, key, start],
                    |r| r.get(0),
                )
                .optional()?;
            return Err(HistoryError::WouldTouchOthers {
                id,
                undo,
                later,
                table,
                key: text_of(&key),
            });
        }
        self.rederive()?;
        let end = self.history_mark()?;
        self.drop_changes(first, last)?;
        let kind = if undo { "undo" } else { "redo" };
        self.exec(
            "INSERT INTO operations (at, command, kind, target) VALUES (?1, ?2, ?3, ?4)",
            params![meta.at, meta.command, kind, id],
        )?;
        let entry = self.conn.last_insert_rowid();
        let range = (end > start).then_some((start + 1, end));
        if undo {
            self.exec(
                "UPDATE operations SET undone = 1, redoable = 1, undone_by = ?2,
                        first_change = ?3, last_change = ?4 WHERE id = ?1",
                params![id, entry, range.map(|r| r.0), range.map(|r| r.1)],
            )?;
        } else {
            self.exec(
                "UPDATE operations SET undone = 0, redoable = 0, undone_by = NULL,
                        applied_by = ?2, first_change = ?3, last_change = ?4 WHERE id = ?1",
                params![id, entry, range.map(|r| r.0), range.map(|r| r.1)],
            )?;
        }
        self.prune(&meta.bound, &meta.at)?;
        Ok(entry)
    }
}

/// An operation and the range of its statements (none for an undo or a redo).
type Span = (OperationId, Option<i64>, Option<i64>);

/// The names of the first rows changed kept per table in an operation's summary.
const NAMES_SHOWN: i64 = 3;

const OPERATION_COLUMNS: &str = "id, at, command, kind, target, undone, redoable, summary";

fn operation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Operation> {
    let kind: String = r.get(3)?;
    let summary: String = r.get(7)?;
    Ok(Operation {
        id: r.get(0)?,
        at: r.get(1)?,
        command: r.get(2)?,
        kind: OperationKind::from_db(&kind),
        target: r.get(4)?,
        undone: r.get(5)?,
        redoable: r.get(6)?,
        changes: serde_json::from_str(&summary).unwrap_or_default(),
    })
}

/// A key as shown in a message.
fn text_of(v: &rusqlite::types::Value) -> String {
    use rusqlite::types::Value;
    match v {
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => t.clone(),
        Value::Null | Value::Blob(_) => String::new(),
    }
}

/// `now` minus `days`, as a stored timestamp; None when `now` cannot be read.
fn cutoff(now: &str, days: u32) -> Option<String> {
    let now = chrono::DateTime::parse_from_rfc3339(now).ok()?;
    let then = now.checked_sub_signed(chrono::Duration::days(i64::from(days)))?;
    Some(
        then.with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}

impl Store {
    /// Says what the operations of this run are: its command line, its time, the bound.
    pub fn describe_operations(&mut self, meta: OperationMeta) {
        self.meta = meta;
    }

    /// Undoes operation `id`, or the last one in effect; nothing is written when it cannot
    /// be undone cleanly.
    pub fn undo(&mut self, id: Option<OperationId>) -> std::result::Result<Applied, HistoryError> {
        self.history_step(id, true)
    }

    /// Redoes the operation undone last.
    pub fn redo(&mut self) -> std::result::Result<Applied, HistoryError> {
        self.history_step(None, false)
    }

    fn history_step(
        &mut self,
        id: Option<OperationId>,
        undo: bool,
    ) -> std::result::Result<Applied, HistoryError> {
        let meta = self.meta.clone();
        let mut resolved = id;
        let done = self.write_unrecorded(|db| -> std::result::Result<_, HistoryError> {
            let id = match (id, undo) {
                (Some(id), _) => {
                    let op = db.operation(id)?.ok_or(HistoryError::NoSuchOperation(id))?;
                    if op.kind != OperationKind::Do {
                        return Err(HistoryError::NotACommand {
                            id,
                            kind: op.kind,
                            target: op.target,
                        });
                    }
                    if op.undone {
                        return Err(HistoryError::AlreadyUndone(id));
                    }
                    id
                }
                (None, true) => db.last_in_effect()?.ok_or(HistoryError::NothingToUndo)?,
                (None, false) => db.last_undone()?.ok_or(HistoryError::NothingToRedo)?,
            };
            resolved = Some(id);
            let entry = db.apply(id, undo, &meta)?;
            let operation = db.operation(id)?.ok_or(HistoryError::NoSuchOperation(id))?;
            Ok(Applied { entry, operation })
        });
        done.map_err(|e| match e {
            // The foreign keys, deferred during the undo, are checked at commit.
            HistoryError::Store(StoreError::Sqlite(e))
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                HistoryError::CannotApply {
                    id: resolved.unwrap_or_default(),
                    undo,
                    detail: e.to_string(),
                }
            }
            other => other,
        })
    }
}

#[cfg(test)]
mod tests;
