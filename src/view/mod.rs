//! What is shown. Each screen is a data struct built from what the store read — its
//! `Serialize` is the `--json` contract — and a rendering for people, `Screen::text`, next
//! to it. The words a person reads are written here and nowhere else in the screens, so that
//! another language plugs in at one place per screen. Commands print a screen with `show`.
//!
//! A screen that needs several reads gathers them in one read transaction (`*::load`), so
//! that it shows one state of the database and locks the file once.

pub mod card;
pub mod contact;
pub mod count;
pub mod database;
pub mod event;
pub mod followup;
pub mod history;
pub mod interop;
pub mod me;
pub mod meeting;
pub mod names;
pub mod person_line;
pub mod project;
pub mod relation;
pub mod scan;
pub mod search;
pub mod start;
pub mod tag;
pub mod today;
pub mod values;

use serde::Serialize;

use crate::i18n::Lang;
use crate::ui::output::{Output, Text};

/// A screen: its JSON shape, and its text.
pub trait Screen: Serialize + Sized {
    /// What a person reads on stdout, in `lang`, or the message said on stderr when there
    /// is nothing. It takes the screen whole, so that long lists move their text into the
    /// table.
    fn text(self, lang: Lang) -> Text;
}

/// Prints a screen: as JSON with `--json`, else as text in the output's language.
pub fn show(out: &Output, screen: impl Screen) -> anyhow::Result<()> {
    if out.json() {
        return out.print_json(&screen);
    }
    out.print(screen.text(out.lang()))?;
    Ok(())
}

/// A table of `items`, one `row` each; `empty` is said instead when there are none.
pub fn table<T>(
    items: Vec<T>,
    empty: String,
    header: Vec<String>,
    row: impl FnMut(T) -> Vec<String>,
) -> Text {
    if items.is_empty() {
        return Text::Status(empty);
    }
    Text::Table {
        header,
        rows: items.into_iter().map(row).collect(),
    }
}

/// "Name (Company)", or the name alone.
pub fn with_company(name: &str, company: Option<&str>) -> String {
    match company {
        Some(c) => format!("{name} ({c})"),
        None => name.to_owned(),
    }
}

/// A name, with " [archived]" when it is.
pub fn marked(lang: Lang, mut name: String, archived: bool) -> String {
    if archived {
        name.push(' ');
        name.push_str(&crate::tr!(lang; "contact-archived"));
    }
    name
}
