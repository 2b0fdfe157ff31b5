//! People met: what `met` recorded, and the lines and summary of a `log` session.

use chrono::NaiveDate;
use serde::Serialize;

use super::{plural, Screen};
use crate::model::encounter::How;
use crate::model::event::EventId;
use crate::model::ContactId;
use crate::ops::meeting::SavedPerson;
use crate::ui::output::Text;

/// One encounter recorded by `met`, as `met --json` prints it.
#[derive(Debug, Serialize)]
pub struct Recorded {
    /// The encounter's id.
    pub id: i64,
    pub contact_id: ContactId,
    pub name: String,
    pub date: NaiveDate,
    pub how: How,
    pub event_id: Option<EventId>,
}

/// "✓ Saved #12 Zoë (new contact), 2 cards, follow up: demain: call her"
pub fn saved(p: &SavedPerson) -> String {
    let mut s = format!(
        "✓ Saved #{} {} ({})",
        p.contact_id,
        p.name,
        if p.new_contact {
            "new contact"
        } else {
            "already known"
        }
    );
    if p.cards > 0 {
        s.push_str(&format!(", {} card{}", p.cards, plural(p.cards)));
    }
    if let Some(f) = &p.follow_up {
        s.push_str(&format!(", follow up: {f}"));
    }
    s
}

/// Said when a session is interrupted: who was dropped, how many are kept.
pub fn interrupted(dropped: Option<&str>, kept: usize) -> String {
    let kept = match kept {
        0 => "nobody was saved before".to_owned(),
        1 => "the 1 person before is saved".to_owned(),
        n => format!("the {n} people before are saved"),
    };
    match dropped {
        Some(name) => format!("Interrupted: {name} was not saved; {kept}."),
        None => format!("Interrupted: {kept}."),
    }
}

/// The end of a `log` session: everyone saved, as `log --json` prints them.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Session(pub Vec<SavedPerson>);

impl Screen for Session {
    fn text(self) -> Text {
        let people = self.0;
        if people.is_empty() {
            return Text::Status("Nobody recorded in this session.".into());
        }
        let title = format!(
            "\nSession: {} {}",
            people.len(),
            if people.len() == 1 {
                "person"
            } else {
                "people"
            }
        );
        let rows = people
            .into_iter()
            .map(|p| {
                vec![
                    format!("#{}", p.contact_id),
                    p.name,
                    if p.new_contact { "new" } else { "known" }.to_owned(),
                    p.cards.to_string(),
                    p.follow_up.unwrap_or_default(),
                ]
            })
            .collect();
        Text::Parts(vec![
            Text::Page(format!("{title}\n")),
            Text::Table {
                header: vec!["ID", "NAME", "", "CARDS", "FOLLOW UP"],
                rows,
            },
        ])
    }
}
