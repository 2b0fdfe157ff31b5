//! Imports and exports: the report of an import or a restore, of an export into a vdir, and
//! the lines said about files.

use std::path::Path;

use super::Screen;
use crate::formats::ImportFormat;
use crate::i18n::Lang;
use crate::model::interop::{Action, ImportReport, MatchedBy};
use crate::ops::import::RestoreReport;
use crate::ops::vdir::VdirReport;
use crate::tr;
use crate::ui::output::Text;

impl Screen for ImportReport {
    /// Each contact updated, each record skipped with its reason, then the totals; on
    /// stderr, so that stdout stays free.
    fn text(self, lang: Lang) -> Text {
        let mut lines = Vec::new();
        for i in &self.records {
            if i.action == Action::Updated {
                let (id, name) = (format!("#{}", i.id), i.name.as_str());
                lines.push(match i.matched_by {
                    Some(MatchedBy::Uid) => tr!(lang; "interop-updated-uid", id = id, name = name),
                    _ => tr!(lang; "interop-updated-email", id = id, name = name),
                });
            }
        }
        for s in &self.skips {
            lines.push(tr!(lang; "interop-skipped", file = s.file.as_str(),
                line = s.line.to_string(), reason = s.reason.as_str()));
        }
        for s in &self.ties_not_found {
            lines.push(tr!(lang;
                "relation-import-line",
                file = s.file.as_str(),
                line = s.line,
                reason = s.reason.as_str()
            ));
        }
        let (added, updated, unchanged, skipped) =
            (self.added, self.updated, self.unchanged, self.skipped);
        lines.push(if self.dry_run {
            tr!(lang; "interop-would-import", added = added, updated = updated,
                unchanged = unchanged, skipped = skipped)
        } else {
            tr!(lang; "interop-imported", added = added, updated = updated,
                unchanged = unchanged, skipped = skipped)
        });
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
pub fn nothing_in(lang: Lang, file: &str, format: ImportFormat) -> String {
    tr!(lang; "interop-nothing-in", file = file, format = format!("{format:?}"))
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
