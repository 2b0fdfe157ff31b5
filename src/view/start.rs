//! What `carnet` shows when run without a command: the brief agenda and the commands of the
//! three moments (after an event, each morning, a project); on an empty notebook, how to
//! start.

use serde::Serialize;

use super::today::Counts;
use super::Screen;
use crate::i18n::Lang;
use crate::tr;
use crate::ui::fit;
use crate::ui::output::Text;

/// What `carnet --json` prints without a command.
#[derive(Debug, Serialize)]
pub struct StartView {
    /// Whether the notebook holds nothing yet (or does not exist).
    pub empty: bool,
    /// The counts of `today --brief`.
    pub counts: Counts,
    /// Where the counts stopped (see `count::cap_for`).
    #[serde(skip)]
    pub cap: Option<i64>,
}

impl StartView {
    /// A notebook with nothing in it.
    pub fn empty() -> StartView {
        StartView {
            empty: true,
            counts: Counts::default(),
            cap: None,
        }
    }
}

/// Commands with what they are for, the commands padded to line up.
fn commands(out: &mut String, lines: &[(String, String)]) {
    let w = lines.iter().map(|(k, _)| fit::width(k)).max().unwrap_or(0);
    for (k, v) in lines {
        out.push_str(&format!("  {}  {v}\n", fit::pad(k, w)));
    }
}

impl Screen for StartView {
    fn text(self, lang: Lang) -> Text {
        let mut out = String::new();
        if self.empty {
            out.push_str(&tr!(lang; "start-empty"));
            out.push('\n');
            // Command lines, the same in every language.
            let add = "carnet add \"Marie Côté\" --company … --email …"; // i18n-ignore
            let import = "carnet import contacts.vcf"; // i18n-ignore: a command line
            commands(
                &mut out,
                &[
                    (add.to_owned(), tr!(lang; "start-empty-add")),
                    (import.to_owned(), tr!(lang; "start-empty-import")),
                ],
            );
        } else {
            out.push_str(&match self.counts.brief(lang, self.cap) {
                Some(brief) => tr!(lang; "start-agenda", brief = brief),
                None => tr!(lang; "start-all-clear"),
            });
            out.push('\n');
        }
        out.push('\n');
        out.push_str(&tr!(lang; "start-moments"));
        out.push('\n');
        let project = if self.empty {
            tr!(lang; "start-empty-project-do")
        } else {
            tr!(lang; "start-project-do")
        };
        commands(
            &mut out,
            &[
                (
                    tr!(lang; "start-after-event"),
                    tr!(lang; "start-after-event-do"),
                ),
                (tr!(lang; "start-morning"), tr!(lang; "start-morning-do")),
                (tr!(lang; "start-project"), project),
            ],
        );
        out.push('\n');
        out.push_str(&tr!(lang; "start-help"));
        out.push('\n');
        Text::Page(out)
    }
}
