//! Ties between people as `carnet show` and `carnet relate` say them.

use crate::i18n::Lang;
use crate::model::ids::{Id, Kind};
use crate::model::relation::{Direction, Tie};
use crate::tr;

/// A tie's kind as seen from one side: "partner", "works for", "employs".
pub fn label(lang: Lang, kind: &str, direction: Direction) -> String {
    let direction = match direction {
        Direction::Out => "out",
        Direction::In => "in",
    };
    tr!(lang; "relation-kind", kind = kind, direction = direction, custom = kind)
}

/// The "Ties" section of a contact's page, or nothing when they have none.
pub fn section(lang: Lang, ties: &[Tie]) -> String {
    if ties.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", tr!(lang; "relation-section")); // i18n-ignore: layout
    for t in ties {
        out.push_str("  ");
        out.push_str(&tr!(lang; "relation-line",
            id = format!("{:<4}", Id::new(Kind::Relation, t.id)), // i18n-ignore: an id
            kind = label(lang, &t.kind, t.direction),
            contact = Kind::Contact.show(t.contact_id),
            name = t.name.as_str(),
            // i18n-ignore: a selector's value
            archived = if t.archived { "yes" } else { "no" }));
        out.push('\n');
    }
    out
}
