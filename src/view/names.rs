//! A record named on one line, as prompts, pickers and messages show it.

use chrono::Datelike;

use crate::model::event::EventMatch;
use crate::model::project::Project;
use crate::store::ContactMatch;

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

/// `#3 5 à 7 Montréal (2026-11-20)`
pub fn event(e: &EventMatch) -> String {
    let date = crate::i18n::fmt::day_month(
        crate::i18n::current(),
        e.date.day(),
        e.date.month(),
        Some(e.date.year()),
    );
    format!("#{} {} ({date})", e.id, e.name)
}

/// `p2 Concert`
pub fn project(p: &Project) -> String {
    format!("p{} {}", p.id, p.name)
}
