//! The database file itself: `backup` and `check`.

use std::path::PathBuf;

use serde::Serialize;

use super::Screen;
use crate::store::CheckFinding;
use crate::ui::output::Text;

/// What `backup` prints: the copy's path on stdout, or as JSON with the old copies pruned.
#[derive(Debug, Serialize)]
pub struct BackupView {
    pub path: PathBuf,
    pub removed: Vec<PathBuf>,
}

impl Screen for BackupView {
    fn text(self) -> Text {
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

impl Screen for CheckView {
    fn text(self) -> Text {
        let mut out = String::new();
        for c in &self.checks {
            if c.ok {
                out.push_str(&format!("{}: ok\n", c.check));
            } else {
                out.push_str(&format!("{}: {} problem(s)\n", c.check, c.problems.len()));
                for p in &c.problems {
                    out.push_str(&format!("  {p}\n"));
                }
            }
        }
        Text::Page(out)
    }
}
