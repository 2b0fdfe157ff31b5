//! The database file itself: `backup` and `check`.

use std::path::PathBuf;

use serde::Serialize;

use super::Screen;
use crate::i18n::Lang;
use crate::store::CheckFinding;
use crate::tr;
use crate::ui::output::Text;

/// What `backup` prints: the copy's path on stdout, or as JSON with the old copies pruned.
#[derive(Debug, Serialize)]
pub struct BackupView {
    pub path: PathBuf,
    pub removed: Vec<PathBuf>,
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
}

/// The name of a check or an index (as the store and the JSON name it) in `lang`.
pub fn check_name(lang: Lang, name: &str) -> String {
    match name {
        "integrity" => tr!(lang; "check-integrity"),
        "foreign keys" => tr!(lang; "check-foreign-keys"),
        "contact name index" => tr!(lang; "check-name-index"),
        "search index" => tr!(lang; "check-search-index"),
        "reconnect dates" => tr!(lang; "check-reconnect-dates"),
        other => match other.strip_prefix("full-text index ") {
            Some(table) => tr!(lang; "check-full-text", table = table),
            None => other.to_owned(),
        },
    }
}

impl Screen for CheckView {
    fn text(self, lang: Lang) -> Text {
        let mut out = String::new();
        for c in &self.checks {
            let check = check_name(lang, &c.check);
            if c.ok {
                out.push_str(&tr!(lang; "check-ok", check = check));
                out.push('\n');
            } else {
                out.push_str(&tr!(lang; "check-problems", check = check, count = c.problems.len()));
                out.push('\n');
                for p in &c.problems {
                    out.push_str(&format!("  {p}\n"));
                }
            }
        }
        Text::Page(out)
    }
}
