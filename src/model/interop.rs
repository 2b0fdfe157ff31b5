//! What the importers and exporters exchange with the store: records read from a file
//! (with where they came from), the import report, and the items of a calendar export.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Contact, NewContact};

/// One contact read from a file, before it is matched against the database.
#[derive(Debug, Clone, Default)]
pub struct ImportRecord {
    /// 1-based line where the record starts.
    pub line: usize,
    /// 0-based position of the record among the file's top-level records.
    pub index: usize,
    pub uid: Option<String>,
    pub contact: NewContact,
    /// Notes, each with its date when the file gave one.
    pub notes: Vec<(Option<NaiveDate>, String)>,
    /// Ties to other people (vCard RELATED, X-ABRELATEDNAMES), tied once every record is in.
    pub related: Vec<ImportTie>,
}

/// A tie read from a file: its kind (stored name) and whom it names, by UID and/or name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportTie {
    pub kind: String,
    pub uid: Option<String>,
    pub name: Option<String>,
}

/// A record that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skip {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// What a format reader yields for each record.
pub type Parsed = Result<ImportRecord, (usize, String)>;

/// What happened to one imported record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Added,
    Updated,
    Unchanged,
}

/// How an existing contact was found for a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    Uid,
    Email,
}

#[derive(Debug, Clone, Serialize)]
pub struct Imported {
    pub file: String,
    pub line: usize,
    pub index: usize,
    pub action: Action,
    pub matched_by: Option<MatchedBy>,
    pub id: i64,
    pub name: String,
}

/// The report printed at the end of an import.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub dry_run: bool,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub records: Vec<Imported>,
    pub skips: Vec<Skip>,
    /// Ties between people the files carried, made (or already there).
    pub ties: usize,
    /// Ties naming someone found neither in the files nor in the notebook: the records
    /// themselves are imported.
    pub ties_not_found: Vec<Skip>,
}

impl ImportReport {
    pub fn push(&mut self, r: Imported) {
        match r.action {
            Action::Added => self.added += 1,
            Action::Updated => self.updated += 1,
            Action::Unchanged => self.unchanged += 1,
        }
        self.records.push(r);
    }

    pub fn skip(&mut self, s: Skip) {
        self.skipped += 1;
        self.skips.push(s);
    }
}

/// A contact as exported, with its stable UID.
#[derive(Debug, Clone)]
pub struct ExportContact {
    pub uid: String,
    pub contact: Contact,
    /// Ties to other people as their cards carry them: the ties this contact holds (a
    /// symmetric one, or `works-for` and custom kinds read from this contact).
    pub related: Vec<ExportTie>,
}

/// A tie to another person in an export: its kind, the other's name and UID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportTie {
    pub kind: String,
    pub name: String,
    pub uid: String,
}

/// An event for the calendar export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    pub id: i64,
    pub name: String,
    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]` when the event has a time.
    pub date: String,
    /// The start and end times, `HH:MM` local (an end before the start is the next day).
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub venue: Option<String>,
    pub kind: String,
    pub note: Option<String>,
    pub updated_at: String,
}

/// An open follow-up for the calendar export (VTODO). Follow-ups live in their own table
/// (another part of carnet); the store query that fills this is plugged in there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarTodo {
    pub id: i64,
    pub contact_name: String,
    pub due: NaiveDate,
    /// What to do ("send the quote"); the summary names the contact either way.
    pub what: Option<String>,
    /// The recurrence period as stored (`2w`, `3m`, `1y`), when recurring.
    pub every: Option<String>,
    /// True once done (STATUS:COMPLETED); open ones are NEEDS-ACTION.
    pub done: bool,
    pub updated_at: String,
}
