//! Imports and exports: the report of an import or a restore, of an export into a vdir, and
//! the lines said about files.

use std::path::Path;

use super::Screen;
use crate::formats::ImportFormat;
use crate::model::interop::{Action, ImportReport, MatchedBy};
use crate::ops::import::RestoreReport;
use crate::ops::vdir::VdirReport;
use crate::ui::output::Text;

impl Screen for ImportReport {
    /// Each contact updated, each record skipped with its reason, then the totals; on
    /// stderr, so that stdout stays free.
    fn text(self) -> Text {
        let mut lines = Vec::new();
        for i in &self.records {
            if i.action == Action::Updated {
                let by = match i.matched_by {
                    Some(MatchedBy::Uid) => "same UID",
                    _ => "same email",
                };
                lines.push(format!("updated #{} {} ({by})", i.id, i.name));
            }
        }
        for s in &self.skips {
            lines.push(format!("skipped {}:{}: {}", s.file, s.line, s.reason));
        }
        for s in &self.ties_not_found {
            lines.push(crate::tr!(
                "relation-import-line",
                file = s.file.as_str(),
                line = s.line,
                reason = s.reason.as_str()
            ));
        }
        let verb = if self.dry_run {
            "Would import"
        } else {
            "Imported"
        };
        lines.push(format!(
            "{verb}: {} added, {} updated, {} unchanged, {} skipped{}",
            self.added,
            self.updated,
            self.unchanged,
            self.skipped,
            if self.dry_run {
                " (dry run: nothing written)"
            } else {
                ""
            }
        ));
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
pub fn nothing_in(file: &str, format: ImportFormat) -> String {
    format!("note: no contacts found in {file} (read as {format:?}; --format chooses another)")
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
