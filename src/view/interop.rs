//! Imports and exports: the report of an import or a restore, of an export into a vdir, and
//! the lines said about files.

use std::path::Path;

use serde::Serialize;

use super::{plural, Screen};
use crate::model::interop::{Action, CutKind, ImportReport, MatchedBy, QuoteTrouble, SkipReason};
use crate::ops::import::RestoreReport;
use crate::ops::vdir::VdirReport;
use crate::ui::output::Text;

/// The report of an import, as printed.
pub struct ImportScreen(pub ImportReport);

/// Its `--json`: the counts, the files, every record imported, and each record skipped or
/// shortened with the reason (always in English) and a stable `kind`.
#[derive(Serialize)]
struct ImportJson<'a> {
    dry_run: bool,
    total: usize,
    added: usize,
    updated: usize,
    unchanged: usize,
    skipped: usize,
    shortened: usize,
    files: Vec<FileJson<'a>>,
    records: RecordsJson<'a>,
    skips: Vec<SkipJson<'a>>,
    shortenings: Vec<CutJson<'a>>,
}

#[derive(Serialize)]
struct FileJson<'a> {
    file: &'a str,
    format: &'a str,
    records: usize,
}

/// The records, written one by one (an import may hold a million).
struct RecordsJson<'a>(&'a ImportReport);

#[derive(Serialize)]
struct RecordJson<'a> {
    file: &'a str,
    line: usize,
    index: usize,
    action: Action,
    matched_by: Option<MatchedBy>,
    id: i64,
    name: &'a str,
}

impl Serialize for RecordsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        s.collect_seq(r.records.iter().map(|i| RecordJson {
            file: r.file(i.file as usize),
            line: i.line,
            index: i.index,
            action: i.action,
            matched_by: i.matched_by,
            id: i.id,
            name: &i.name,
        }))
    }
}

#[derive(Serialize)]
struct SkipJson<'a> {
    file: &'a str,
    line: usize,
    kind: &'static str,
    reason: String,
}

#[derive(Serialize)]
struct CutJson<'a> {
    file: &'a str,
    line: usize,
    field: Option<&'a str>,
    kind: &'static str,
    reason: String,
}

impl Serialize for ImportScreen {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = &self.0;
        ImportJson {
            dry_run: r.dry_run,
            total: r.total,
            added: r.added,
            updated: r.updated,
            unchanged: r.unchanged,
            skipped: r.skipped,
            shortened: r.shortened,
            files: r
                .files
                .iter()
                .map(|f| FileJson {
                    file: &f.name,
                    format: f.format,
                    records: f.records,
                })
                .collect(),
            records: RecordsJson(r),
            skips: r
                .skips
                .iter()
                .map(|k| SkipJson {
                    file: r.file(k.file),
                    line: k.line,
                    kind: k.reason.kind(),
                    reason: skip_reason(&k.reason),
                })
                .collect(),
            shortenings: r
                .shortenings
                .iter()
                .map(|c| CutJson {
                    file: r.file(c.file),
                    line: c.cut.line,
                    field: c.cut.what.field(),
                    kind: c.cut.what.kind(),
                    reason: cut_reason(&c.cut.what),
                })
                .collect(),
        }
        .serialize(s)
    }
}

/// Why a record was skipped.
pub fn skip_reason(r: &SkipReason) -> String {
    match r {
        SkipReason::NoName { card: true } => "no name: the card has no FN, N, ORG or EMAIL".into(),
        SkipReason::NoName { card: false } => {
            "no name: the row has no name, email or company".into()
        }
        SkipReason::InvalidName(why) => why.clone(),
        SkipReason::UnterminatedQuote { line, why } => {
            let how = match why {
                QuoteTrouble::EndOfFile => "it is still open at the end of the file".to_owned(),
                QuoteTrouble::SwallowsRows => "the lines after it are rows of their own".to_owned(),
                QuoteTrouble::TooLong(limit) => {
                    format!("its field would run on for more than {}", size(*limit))
                }
            };
            format!(
                "a quote opened on line {line} is never closed ({how}); the row is left out and reading goes on at line {}",
                line + 1
            )
        }
        SkipReason::LineTooLong { limit } => {
            format!(
                "the line is longer than {}: the row is left out",
                size(*limit)
            )
        }
        SkipReason::Refused(why) => format!("refused by the database: {why}"),
    }
}

/// What was left out of a record imported.
pub fn cut_reason(c: &CutKind) -> String {
    match c {
        CutKind::TooLong { field, kept } => {
            format!(
                "{field} is longer than {}: its first {kept} bytes were kept",
                size(*kept)
            )
        }
        CutKind::NotAProperty => "this line is not a vCard property (NAME:value): left out".into(),
        CutKind::NoEnd { next: Some(next) } => format!(
            "the card has no END:VCARD before the BEGIN:VCARD of line {next}: it may be incomplete"
        ),
        CutKind::NoEnd { next: None } => {
            "the file ends before the card's END:VCARD: it may be incomplete".into()
        }
        CutKind::Nested { line } => {
            format!("the card begun on line {line} inside this one, without AGENT, was left out")
        }
        CutKind::CardTooLarge { limit } => format!(
            "the card holds more than {} of values: the rest of it was left out",
            size(*limit)
        ),
    }
}

/// A size in bytes as people read it: "1 MiB", "512 KiB", "300 bytes".
fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes % (1 << 10) == 0 {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

impl Screen for ImportScreen {
    /// Each contact updated, each record skipped or shortened with its reason, then the
    /// totals; on stderr, so that stdout stays free.
    fn text(self) -> Text {
        let r = self.0;
        let mut lines = Vec::new();
        for i in &r.records {
            if i.action == Action::Updated {
                let by = match i.matched_by {
                    Some(MatchedBy::Uid) => "same UID",
                    _ => "same email",
                };
                lines.push(format!("updated #{} {} ({by})", i.id, i.name));
            }
        }
        for s in &r.skips {
            lines.push(format!(
                "skipped {}:{}: {}",
                r.file(s.file),
                s.line,
                skip_reason(&s.reason)
            ));
        }
        for c in &r.shortenings {
            lines.push(format!(
                "shortened {}:{}: {}",
                r.file(c.file),
                c.cut.line,
                cut_reason(&c.cut.what)
            ));
        }
        for f in r.files.iter().filter(|f| f.records == 0) {
            lines.push(nothing_in(&f.name, f.format));
        }
        let from = match r.files.as_slice() {
            [one] => one.name.clone(),
            files => format!("{} files", files.len()),
        };
        let mut summary = format!(
            "Read {} record{} from {from}: {} added, {} updated, {} unchanged, {} skipped",
            r.total,
            plural(r.total),
            r.added,
            r.updated,
            r.unchanged,
            r.skipped,
        );
        if r.shortened > 0 {
            summary.push_str(&format!(", {} shortened", r.shortened));
        }
        if r.dry_run {
            summary.push_str(" (dry run: nothing written)");
        }
        lines.push(summary);
        Text::Status(lines.join("\n"))
    }
}

impl Screen for RestoreReport {
    fn text(self) -> Text {
        let verb = if self.dry_run {
            "Would restore"
        } else {
            "Restored"
        };
        Text::Status(format!(
            "{verb} {} rows in {} tables from {}",
            self.rows,
            self.tables,
            self.file.display()
        ))
    }
}

impl Screen for VdirReport {
    fn text(self) -> Text {
        Text::Status(format!(
            "{}: {} written, {} unchanged, {} removed",
            self.folder, self.written, self.unchanged, self.removed
        ))
    }
}

/// Said of a file in which no contact was found.
pub fn nothing_in(file: &str, format: &str) -> String {
    format!("note: no contacts found in {file} (read as {format}; --format chooses another)")
}

/// Said once an export is written to a file.
pub fn exported(count: usize, calendar: bool, path: &Path) -> String {
    let what = match (calendar, count == 1) {
        (true, true) => "calendar item",
        (true, false) => "calendar items",
        (false, true) => "contact",
        (false, false) => "contacts",
    };
    format!("Exported {count} {what} to {}", path.display())
}
