//! People met: what `met` recorded, and the lines and summary of a `log` session.

use chrono::NaiveDate;
use serde::Serialize;

use super::Screen;
use crate::i18n::Lang;
use crate::model::encounter::How;
use crate::model::event::EventId;
use crate::model::ContactId;
use crate::ops::meeting::SavedPerson;
use crate::tr;
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
pub fn saved(lang: Lang, p: &SavedPerson) -> String {
    let (id, name) = (format!("#{}", p.contact_id), p.name.as_str());
    let mut s = if p.new_contact {
        tr!(lang; "meeting-saved-new", id = id, name = name)
    } else {
        tr!(lang; "meeting-saved-known", id = id, name = name)
    };
    if p.cards > 0 {
        s.push_str(", ");
        s.push_str(&tr!(lang; "meeting-cards", count = p.cards));
    }
    if let Some(f) = &p.follow_up {
        s.push_str(", ");
        s.push_str(&tr!(lang; "meeting-follow-up", what = f.as_str()));
    }
    s
}

/// Said when a session is interrupted: who was dropped, how many are kept.
pub fn interrupted(lang: Lang, dropped: Option<&str>, kept: usize) -> String {
    let kept = tr!(lang; "meeting-kept", count = kept);
    match dropped {
        Some(name) => tr!(lang; "meeting-interrupted-dropped", name = name, kept = kept),
        None => tr!(lang; "meeting-interrupted", kept = kept),
    }
}

/// The end of a `log` session: everyone saved, as `log --json` prints them.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Session(pub Vec<SavedPerson>);

impl Screen for Session {
    fn text(self, lang: Lang) -> Text {
        let people = self.0;
        if people.is_empty() {
            return Text::Status(tr!(lang; "meeting-session-none"));
        }
        let title = tr!(lang; "meeting-session", count = people.len());
        let rows = people
            .into_iter()
            .map(|p| {
                vec![
                    format!("#{}", p.contact_id),
                    p.name,
                    if p.new_contact {
                        tr!(lang; "meeting-list-new")
                    } else {
                        tr!(lang; "meeting-list-known")
                    },
                    p.cards.to_string(),
                    p.follow_up.unwrap_or_default(),
                ]
            })
            .collect();
        Text::Parts(vec![
            Text::Page(format!("\n{title}\n")),
            Text::Table {
                header: vec![
                    tr!(lang; "meeting-list-id"),
                    tr!(lang; "meeting-list-name"),
                    String::new(),
                    tr!(lang; "meeting-list-cards"),
                    tr!(lang; "meeting-list-follow-up"),
                ],
                rows,
            },
        ])
    }
}
