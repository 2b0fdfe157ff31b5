//! Imports and exports: the report of an import or a restore, of an export into a vdir, and
//! the lines said about files.

use std::path::Path;

use serde::Serialize;

use super::Screen;
use crate::i18n::{fmt, Lang};
use crate::model::interop::{
    Action, CutKind, ImportReport, MatchedBy, QuoteTrouble, SkipReason, TieNotFound,
};
use crate::ops::import::RestoreReport;
use crate::ops::vdir::VdirReport;
use crate::tr;
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
    /// Ties between people the records carried, made (or already there).
    ties: usize,
    ties_not_found: Vec<TieJson<'a>>,
}

/// A tie a record carried to someone not found.
#[derive(Serialize)]
struct TieJson<'a> {
    file: &'a str,
    line: usize,
    /// The kind of tie.
    kind: &'a str,
    /// Whom it names (a name, else a UID).
    whom: &'a str,
    reason: String,
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
                    reason: skip_reason(Lang::En, &k.reason),
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
                    reason: cut_reason(Lang::En, &c.cut.what),
                })
                .collect(),
            ties: r.ties,
            ties_not_found: r
                .ties_not_found
                .iter()
                .map(|t| TieJson {
                    file: r.file(t.file),
                    line: t.line,
                    kind: &t.kind,
                    whom: &t.whom,
                    reason: tie_not_found(Lang::En, t),
                })
                .collect(),
        }
        .serialize(s)
    }
}

/// Why a record was skipped, in `lang`.
pub fn skip_reason(lang: Lang, r: &SkipReason) -> String {
    match r {
        SkipReason::NoName { card: true } => tr!(lang; "import-skip-no-name-card"),
        SkipReason::NoName { card: false } => tr!(lang; "import-skip-no-name-row"),
        SkipReason::InvalidName(why) | SkipReason::UnsafeText(why) => why.clone(),
        SkipReason::UnterminatedQuote { line, why } => {
            let how = match why {
                QuoteTrouble::EndOfFile => tr!(lang; "import-quote-end-of-file"),
                QuoteTrouble::SwallowsRows => tr!(lang; "import-quote-swallows-rows"),
                QuoteTrouble::TooLong(limit) => {
                    tr!(lang; "import-quote-too-long", size = size(lang, *limit))
                }
            };
            tr!(lang; "import-skip-quote", line = *line, how = how, next = line + 1)
        }
        SkipReason::LineTooLong { limit } => {
            tr!(lang; "import-skip-line-too-long", size = size(lang, *limit))
        }
        SkipReason::Refused(why) => tr!(lang; "import-skip-refused", why = why),
    }
}

/// What was left out of a record imported, in `lang`.
pub fn cut_reason(lang: Lang, c: &CutKind) -> String {
    match c {
        CutKind::TooLong { field, kept } => tr!(lang; "import-cut-too-long",
            field = field,
            size = size(lang, *kept),
            kept = *kept
        ),
        CutKind::NotAProperty => tr!(lang; "import-cut-not-a-property"),
        CutKind::NoEnd { next: Some(next) } => tr!(lang; "import-cut-no-end-before", next = *next),
        CutKind::NoEnd { next: None } => tr!(lang; "import-cut-no-end"),
        CutKind::Nested { line } => tr!(lang; "import-cut-nested", line = *line),
        CutKind::CardTooLarge { limit } => {
            tr!(lang; "import-cut-card-too-large", size = size(lang, *limit))
        }
    }
}

/// Why a tie a record carried was not made, in `lang`.
fn tie_not_found(lang: Lang, t: &TieNotFound) -> String {
    tr!(lang; "relation-import-not-found", kind = t.kind.as_str(), whom = t.whom.as_str())
}

/// A size in bytes as people read it: "1 MiB", "512 KiB", "300 bytes".
fn size(lang: Lang, bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 {
        tr!(lang; "import-size-mib", n = bytes >> 20)
    } else if bytes >= 1 << 10 && bytes % (1 << 10) == 0 {
        tr!(lang; "import-size-kib", n = bytes >> 10)
    } else {
        tr!(lang; "import-size-bytes", n = bytes)
    }
}

impl Screen for ImportScreen {
    /// Each contact updated, each record skipped or shortened with its reason, then the
    /// totals; on stderr, so that stdout stays free.
    fn text(self, lang: Lang) -> Text {
        let r = self.0;
        let mut lines = Vec::new();
        for i in &r.records {
            if i.action == Action::Updated {
                let by = match i.matched_by {
                    Some(MatchedBy::Uid) => tr!(lang; "import-matched-uid"),
                    _ => tr!(lang; "import-matched-email"),
                };
                lines.push(tr!(lang; "import-updated", id = i.id, name = &*i.name, by = by));
            }
        }
        for s in &r.skips {
            lines.push(tr!(
                lang; "import-skipped",
                file = r.file(s.file),
                line = s.line,
                reason = skip_reason(lang, &s.reason)
            ));
        }
        for c in &r.shortenings {
            lines.push(tr!(
                lang; "import-shortened",
                file = r.file(c.file),
                line = c.cut.line,
                reason = cut_reason(lang, &c.cut.what)
            ));
        }
        for t in &r.ties_not_found {
            lines.push(tr!(
                lang; "relation-import-line",
                file = r.file(t.file),
                line = t.line,
                reason = tie_not_found(lang, t)
            ));
        }
        for f in r.files.iter().filter(|f| f.records == 0) {
            lines.push(nothing_in(lang, &f.name, f.format));
        }
        let from = match r.files.as_slice() {
            [one] => one.name.clone(),
            files => tr!(lang; "import-files", count = files.len()),
        };
        let n = |v: usize| fmt::number(lang, v as i64);
        let mut summary = tr!(
            lang; "import-summary",
            total = r.total,
            total_text = n(r.total),
            from = from,
            added = r.added,
            added_text = n(r.added),
            updated = r.updated,
            updated_text = n(r.updated),
            unchanged = r.unchanged,
            unchanged_text = n(r.unchanged),
            skipped = r.skipped,
            skipped_text = n(r.skipped)
        );
        if r.shortened > 0 {
            summary = tr!(
                lang; "import-summary-shortened",
                summary = summary,
                shortened = r.shortened,
                shortened_text = n(r.shortened)
            );
        }
        if r.dry_run {
            summary = tr!(lang; "import-summary-dry-run", summary = summary);
        }
        lines.push(summary);
        Text::Status(lines.join("\n"))
    }
}

impl Screen for RestoreReport {
    fn text(self, lang: Lang) -> Text {
        let file = self.file.display().to_string();
        let (rows, tables) = (self.rows, self.tables);
        Text::Status(if self.dry_run {
            tr!(lang; "interop-would-restore", rows = rows, tables = tables, file = file)
        } else {
            tr!(lang; "interop-restored", rows = rows, tables = tables, file = file)
        })
    }
}

impl Screen for VdirReport {
    fn text(self, lang: Lang) -> Text {
        Text::Status(tr!(lang; "interop-vdir", folder = self.folder.as_str(),
            written = self.written, unchanged = self.unchanged, removed = self.removed))
    }
}

/// Said of a file in which no contact was found.
pub fn nothing_in(lang: Lang, file: &str, format: &str) -> String {
    tr!(lang; "import-nothing-in", file = file, format = format)
}

/// Said once an export is written to a file.
pub fn exported(lang: Lang, count: usize, calendar: bool, path: &Path) -> String {
    let path = path.display().to_string();
    if calendar {
        tr!(lang; "interop-exported-calendar", count = count, path = path)
    } else {
        tr!(lang; "interop-exported-contacts", count = count, path = path)
    }
}
