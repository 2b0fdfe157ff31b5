//! The database file itself: `backup` and `check`.

use std::path::PathBuf;

use serde::Serialize;

use super::Screen;
use crate::i18n::Lang;
use crate::store::{CheckFinding, Restored};
use crate::tr;
use crate::ui::output::Text;

/// What `backup` prints: the copy's path on stdout, or as JSON with the old copies pruned.
#[derive(Debug, Serialize)]
pub struct BackupView {
    pub path: PathBuf,
    pub removed: Vec<PathBuf>,
    /// Damaged backups found while rotating, left in place and not counted.
    pub damaged: Vec<PathBuf>,
}

impl Screen for BackupView {
    fn text(self, _lang: Lang) -> Text {
        Text::Page(format!("{}\n", self.path.display()))
    }
}

/// What `check` prints: each check, ok or with its problems.
#[derive(Debug, Serialize)]
pub struct CheckView {
    pub ok: bool,
    pub repaired: Vec<String>,
    pub checks: Vec<CheckFinding>,
    /// When the data is damaged: the newest good backup beside the database, if any.
    pub restore_from: Option<PathBuf>,
    /// The command that restores it.
    pub restore_command: Option<String>,
}

/// A check's name as `check` prints it (its JSON name stays English).
pub fn check_label(lang: Lang, name: &str) -> String {
    match name {
        "integrity" => tr!(lang; "check-name-integrity"),
        "foreign keys" => tr!(lang; "check-name-foreign-keys"),
        "contact name index" => tr!(lang; "check-name-name-index"),
        "search index" => tr!(lang; "check-name-search-index"),
        "reconnect dates" => tr!(lang; "check-name-reconnect-dates"),
        "full-text indexes" => tr!(lang; "check-name-fts-all"),
        other => match other.strip_prefix("full-text index ") {
            Some(table) => tr!(lang; "check-name-fts", table = table),
            None => other.to_owned(),
        },
    }
}

impl Screen for CheckView {
    fn text(self, lang: Lang) -> Text {
        let mut out = String::new();
        for c in &self.checks {
            let check = check_label(lang, &c.check);
            let head = if c.ok {
                tr!(lang; "check-ok", check = check)
            } else if c.at_least {
                tr!(lang; "check-problems-at-least", check = check, count = c.count)
            } else {
                tr!(lang; "check-problems", check = check, count = c.count)
            };
            out.push_str(&head);
            out.push('\n');
            for p in &c.problems {
                out.push_str("  ");
                out.push_str(p);
                out.push('\n');
            }
            let more = c.count.saturating_sub(c.problems.len());
            if more > 0 {
                let line = if c.at_least {
                    tr!(lang; "check-more-at-least", count = more)
                } else {
                    tr!(lang; "check-more", count = more)
                };
                out.push_str("  ");
                out.push_str(&line);
                out.push('\n');
            }
        }
        Text::Page(out)
    }
}

/// What `restore` says on stderr: which backup, and where the database as it was is kept.
/// (With --json, the `Restored` report is printed on stdout as well.)
pub fn restored(r: &Restored) -> String {
    let mut lines = vec![tr!(
        "restore-done",
        backup = r.restored_from.display().to_string(),
        database = r.database.display().to_string()
    )];
    match (&r.kept_aside, &r.kept_aside_wal) {
        (Some(aside), Some(wal)) => lines.push(tr!(
            "restore-kept-aside-wal",
            aside = aside.display().to_string(),
            wal = wal.display().to_string()
        )),
        (Some(aside), None) => lines.push(tr!(
            "restore-kept-aside",
            aside = aside.display().to_string()
        )),
        _ => {}
    }
    lines.join("\n")
}
