//! A record named on one line, as prompts, pickers and messages show it.

use chrono::Datelike;

use crate::model::event::EventMatch;
use crate::model::ids::Kind;
use crate::model::project::Project;
use crate::store::ContactMatch;
use crate::tr;

/// `#12 Frédéric Duval (Concours des vœux) [archived]`
pub fn contact(m: &ContactMatch) -> String {
    let mut s = format!("#{} {}", m.id, m.name);
    if let Some(c) = &m.company {
        s.push_str(&format!(" ({c})"));
    }
    if m.archived {
        s.push(' ');
        s.push_str(&crate::tr!("contact-archived"));
    }
    s
}

/// `e3 5 à 7 Montréal (2026-11-20)`
pub fn event(e: &EventMatch) -> String {
    let date = crate::i18n::fmt::day_month(
        crate::i18n::current(),
        e.date.day(),
        e.date.month(),
        Some(e.date.year()),
    );
    format!("{} {} ({date})", Kind::Event.show(e.id), e.name)
}

/// `p2 Concert`
pub fn project(p: &Project) -> String {
    format!("{} {}", Kind::Project.show(p.id), p.name)
}

/// Names in a sentence: "A", "A or B", "A, B or C".
pub fn or_list(items: &[String]) -> String {
    joined(items, |first, last| {
        tr!("resolve-or", first = first, last = last)
    })
}

/// Names in a sentence: "A", "A and B", "A, B and C".
pub fn and_list(items: &[String]) -> String {
    joined(items, |first, last| {
        tr!("resolve-and", first = first, last = last)
    })
}

fn joined(items: &[String], pair: impl Fn(String, &str) -> String) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => pair(rest.join(", "), last),
    }
}
