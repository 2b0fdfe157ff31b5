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
    /// What the reader left out of the record, or had to cut.
    pub cuts: Vec<Cut>,
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

/// A record a reader could not make a contact of: where it starts, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub line: usize,
    pub reason: SkipReason,
}

/// What a format reader yields for each record.
pub type Parsed = Result<ImportRecord, Rejected>;

/// Why a record was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// Nothing to name the contact by: no FN, N, ORG or EMAIL in a card, no name, email or
    /// company in a row.
    NoName { card: bool },
    /// A name that `carnet add` would refuse too (the message says why).
    InvalidName(String),
    /// Text with a control character (an escape, a bell) or a bidirectional control, which
    /// `carnet add` would refuse too (the message names the field and shows the value).
    UnsafeText(String),
    /// A CSV quote opened on `line` that does not close where a field could: the row is left
    /// out and reading goes on at the next line.
    UnterminatedQuote { line: usize, why: QuoteTrouble },
    /// A CSV line longer than the reader keeps.
    LineTooLong { limit: usize },
    /// The database refused the record (the message says why).
    Refused(String),
}

/// How an unterminated CSV quote was noticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteTrouble {
    /// The file ends inside the quoted field.
    EndOfFile,
    /// The lines the field would hold are rows of the file.
    SwallowsRows,
    /// The field would run on for more than this many bytes.
    TooLong(usize),
}

impl SkipReason {
    /// A stable name for scripts (`--json`'s `kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            SkipReason::NoName { .. } => "no_name",
            SkipReason::InvalidName(_) => "invalid_name",
            SkipReason::UnsafeText(_) => "unsafe_text",
            SkipReason::UnterminatedQuote { .. } => "unterminated_quote",
            SkipReason::LineTooLong { .. } => "line_too_long",
            SkipReason::Refused(_) => "refused",
        }
    }
}

/// Something a reader left out of a record it read, or had to cut: the record is imported
/// without it, and the report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    /// The line of the property or of the record the cut is about.
    pub line: usize,
    pub what: CutKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CutKind {
    /// A value longer than the reader keeps: its first `kept` bytes are imported.
    TooLong { field: String, kept: usize },
    /// A line inside a card that is not a property (no `NAME:value`): left out.
    NotAProperty,
    /// A card with no END:VCARD: it ends at the next card's BEGIN (on `next`), or at the end
    /// of the file; what it held may be incomplete.
    NoEnd { next: Option<usize> },
    /// A card nested in this one without an AGENT property to hold it: left out.
    Nested { line: usize },
    /// The card holds more than the reader keeps of one card: the rest is left out.
    CardTooLarge { limit: usize },
}

impl CutKind {
    /// A stable name for scripts (`--json`'s `kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            CutKind::TooLong { .. } => "too_long",
            CutKind::NotAProperty => "not_a_property",
            CutKind::NoEnd { .. } => "no_end",
            CutKind::Nested { .. } => "nested_card",
            CutKind::CardTooLarge { .. } => "card_too_large",
        }
    }

    /// The property the cut is about, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            CutKind::TooLong { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// A record that could not be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    /// Index into `ImportReport::files`.
    pub file: usize,
    pub line: usize,
    pub reason: SkipReason,
}

/// A record imported without something it held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortening {
    /// Index into `ImportReport::files`.
    pub file: usize,
    pub cut: Cut,
}

/// A tie a record carried to someone found neither in the files nor in the notebook: the
/// record is imported without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TieNotFound {
    /// Index into `ImportReport::files`.
    pub file: usize,
    /// Where the record starts.
    pub line: usize,
    /// The kind of tie (stored name).
    pub kind: String,
    /// Whom it names: their name, else their UID.
    pub whom: String,
}

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
    /// The same phone number, once both are in E.164.
    Phone,
    /// The same full name (folded) and one more fact: company, city or birthday.
    Name,
}

/// A record added as a new contact although it has the name of another (folded) and no other
/// fact to tell them apart or to make sure they are one: said to the user, never merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PossibleDuplicate {
    /// Index into `ImportReport::files`.
    pub file: usize,
    pub line: usize,
    /// The contact the record became.
    pub id: super::ContactId,
    /// The contact with the same name.
    pub of: super::ContactId,
    pub name: String,
}

/// One record imported. Kept small: a report holds one per record of the input.
#[derive(Debug, Clone)]
pub struct Imported {
    /// Index into `ImportReport::files`.
    pub file: u32,
    pub action: Action,
    pub matched_by: Option<MatchedBy>,
    pub line: usize,
    pub index: usize,
    pub id: i64,
    pub name: Box<str>,
}

/// One file read by an import.
#[derive(Debug, Clone, Default)]
pub struct FileRead {
    /// As shown in the report.
    pub name: String,
    /// What it was read as (`vCard`, `CSV`…), once opened.
    pub format: &'static str,
    /// Records read from it.
    pub records: usize,
}

/// The report of an import: every record read is added, updated, unchanged or skipped, so
/// the four counts add up to `total`; `shortened` of the imported ones lost something.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    pub dry_run: bool,
    pub files: Vec<FileRead>,
    pub total: usize,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub shortened: usize,
    /// The records imported: all of them, or with `only_updated` those that updated a
    /// contact (all a text report names: an import may hold a million records).
    pub records: Vec<Imported>,
    pub skips: Vec<Skip>,
    pub shortenings: Vec<Shortening>,
    pub only_updated: bool,
    /// Ties between people the files carried, made (or already there).
    pub ties: usize,
    /// Ties naming someone found neither in the files nor in the notebook: the records
    /// themselves are imported.
    pub ties_not_found: Vec<TieNotFound>,
    /// Records added as new contacts that may be someone already there (same name only).
    pub possible_duplicates: Vec<PossibleDuplicate>,
    /// What importing a synced folder merged (`ops::sync`), when it was one.
    pub sync: Option<SyncSummary>,
}

/// What importing a synced vdir did with the cards carnet had written there.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncSummary {
    /// Cards unchanged on the other side since carnet wrote them.
    pub unchanged: usize,
    /// Contacts that took edits made on the other side: id and name.
    pub merged: Vec<(super::ContactId, String)>,
    /// Fields both sides changed differently: carnet's value kept, the other in a note.
    pub conflicts: Vec<SyncConflict>,
    /// Contacts deleted because the other side deleted their cards.
    pub deleted: Vec<(super::ContactId, String)>,
    /// Contacts whose cards the other side deleted, kept until `--yes` (or `--force`).
    pub deletions_held: Vec<(super::ContactId, String)>,
    /// Whether the deletions held are more than a safe share of the synced contacts.
    pub too_many_deletions: bool,
}

/// What a CSV export with `--activity` says of a contact.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Activity {
    /// The date of the latest encounter.
    pub last_seen: Option<NaiveDate>,
    pub encounters: i64,
    /// The text of the newest note.
    pub latest_note: Option<String>,
}

/// A field both sides changed to different values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncConflict {
    pub id: super::ContactId,
    pub name: String,
    pub field: &'static str,
    pub ours: String,
    pub theirs: String,
}

impl ImportReport {
    /// A record imported, with what its reader had to leave out of it.
    pub fn push(&mut self, r: Imported, cuts: Vec<Cut>) {
        self.total += 1;
        match r.action {
            Action::Added => self.added += 1,
            Action::Updated => self.updated += 1,
            Action::Unchanged => self.unchanged += 1,
        }
        if !cuts.is_empty() {
            self.shortened += 1;
            let file = r.file as usize;
            self.shortenings
                .extend(cuts.into_iter().map(|cut| Shortening { file, cut }));
        }
        if let Some(f) = self.files.get_mut(r.file as usize) {
            f.records += 1;
        }
        if !self.only_updated || r.action == Action::Updated {
            self.records.push(r);
        }
    }

    /// A record not imported.
    pub fn skip(&mut self, s: Skip) {
        self.total += 1;
        self.skipped += 1;
        if let Some(f) = self.files.get_mut(s.file) {
            f.records += 1;
        }
        self.skips.push(s);
    }

    /// Whether something of the input was left out: a record skipped or shortened.
    pub fn incomplete(&self) -> bool {
        self.skipped > 0 || self.shortened > 0
    }

    /// The name of file `i`, as shown.
    pub fn file(&self, i: usize) -> &str {
        self.files.get(i).map_or("", |f| f.name.as_str())
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
