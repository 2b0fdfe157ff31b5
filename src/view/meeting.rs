//! People met: what `met` recorded, and what a `log` session says — the event, each person
//! understood and saved, and the summary at the end — in the person's language.

use chrono::NaiveDate;
use serde::Serialize;

use super::Screen;
use crate::i18n::{fmt, Lang};
use crate::model::encounter::How;
use crate::model::event::{Event, EventId, EventMatch};
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
    /// Whether the contact was created (`met --new`).
    pub created: bool,
    pub name: String,
    pub date: NaiveDate,
    pub how: How,
    pub event_id: Option<EventId>,
}

/// An event's day with its times: "sam. 21 nov. 17 h 30 – 19 h 30".
pub fn when(lang: Lang, e: &Event, today: NaiveDate) -> String {
    let day = fmt::short_date(lang, e.date, today);
    match (e.start_time, e.end_time) {
        (Some(start), Some(end)) => tr!(lang; "log-event-span", day = day,
            start = fmt::time(lang, start), end = fmt::time(lang, end)),
        (Some(start), None) => tr!(lang; "log-event-at", day = day, start = fmt::time(lang, start)),
        _ => day,
    }
}

/// `#3 5 à 7 Montréal (sam. 21 nov. 17 h 30)`.
pub fn event(lang: Lang, e: &Event, today: NaiveDate) -> String {
    tr!(lang; "log-event", id = e.id, name = e.name.as_str(), when = when(lang, e, today))
}

/// `e3 5 à 7 Montréal (sam. 21 nov.)`, for the list of recent events.
pub fn event_match(lang: Lang, e: &EventMatch, today: NaiveDate) -> String {
    tr!(lang; "log-event", id = e.id, name = e.name.as_str(),
        when = fmt::short_date(lang, e.date, today))
}

/// "new contact", "first meeting" or "already known".
fn status(lang: Lang, p: &SavedPerson) -> String {
    if p.created {
        tr!(lang; "log-status-created")
    } else if p.new_contact {
        tr!(lang; "log-status-first")
    } else {
        tr!(lang; "log-status-known")
    }
}

/// `#12 Zoë`
fn who(p: &SavedPerson) -> String {
    format!("#{} {}", p.contact_id, p.name)
}

/// A follow-up as the session shows it: "ven. 27 nov. : lui écrire".
pub fn follow_up(lang: Lang, due: NaiveDate, what: &str, today: NaiveDate) -> String {
    tr!(lang; "log-follow-up", date = fmt::short_date(lang, due, today), what = what)
}

/// "✓ Saved #12 Zoë (new contact), 2 cards, follow-up Fri 27 Nov: call her".
pub fn saved(lang: Lang, p: &SavedPerson, today: NaiveDate) -> String {
    let mut details = String::new();
    if p.cards > 0 {
        details.push_str(", ");
        details.push_str(&tr!(lang; "log-saved-cards", count = p.cards));
    }
    if let (Some(due), Some(what)) = (p.follow_up_due, &p.follow_up_what) {
        details.push_str(", ");
        details.push_str(&tr!(lang; "log-saved-follow-up",
            follow_up = follow_up(lang, due, what, today)));
    }
    tr!(lang; "log-saved", who = who(p), status = status(lang, p), details = details)
}

/// The question before taking a person back.
pub fn ask_undo(lang: Lang, p: &SavedPerson) -> String {
    tr!(lang; "log-ask-undo", who = who(p), status = status(lang, p))
}

/// Said once a person is taken back.
pub fn undone(lang: Lang, p: &SavedPerson) -> String {
    tr!(lang; "log-undone", who = who(p))
}

/// Said when taking a person back was declined.
pub fn kept(lang: Lang, p: &SavedPerson) -> String {
    tr!(lang; "log-undo-kept", who = who(p))
}

/// The end of a `log` session: everyone saved, as `log --json` prints them.
#[derive(Debug)]
pub struct Session {
    pub people: Vec<SavedPerson>,
    pub lang: Lang,
    pub today: NaiveDate,
}

impl Serialize for Session {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.people.serialize(s)
    }
}

impl Screen for Session {
    fn text(self, lang: Lang) -> Text {
        if self.people.is_empty() {
            return Text::Status(tr!(lang; "log-summary-nobody"));
        }
        let title = tr!(lang; "log-summary-title", count = self.people.len());
        let header = vec![
            tr!(lang; "log-col-id"),
            tr!(lang; "log-col-name"),
            tr!(lang; "log-col-new"),
            tr!(lang; "log-col-cards"),
            tr!(lang; "log-col-follow-up"),
        ];
        let rows = self
            .people
            .iter()
            .map(|p| {
                vec![
                    format!("#{}", p.contact_id),
                    p.name.clone(),
                    if p.new_contact {
                        tr!(lang; "log-new-yes")
                    } else {
                        tr!(lang; "log-new-no")
                    },
                    p.cards.to_string(),
                    match (p.follow_up_due, &p.follow_up_what) {
                        (Some(due), Some(what)) => follow_up(lang, due, what, self.today),
                        _ => String::new(),
                    },
                ]
            })
            .collect();
        Text::Parts(vec![
            Text::Page(format!("\n{title}\n")),
            Text::Table { header, rows },
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::meeting::Written;
    use chrono::NaiveTime;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn person(id: i64, created: bool, new_contact: bool, cards: usize) -> SavedPerson {
        SavedPerson {
            contact_id: id,
            name: "Zoë".into(),
            new_contact,
            created,
            encounter_id: Some(1),
            cards,
            follow_up: None,
            follow_up_id: None,
            follow_up_due: None,
            follow_up_what: None,
            written: Written::default(),
        }
    }

    #[test]
    fn a_saved_person_is_said_with_status_cards_and_the_resolved_follow_up() {
        let mut p = person(12, true, true, 2);
        p.follow_up_due = Some(d(27));
        p.follow_up_what = Some("lui écrire".into());
        assert_eq!(
            saved(Lang::En, &p, d(22)),
            "✓ Saved #12 Zoë (new contact), 2 cards, follow-up Fri 27 Nov: lui écrire"
        );
        assert_eq!(
            saved(Lang::Fr, &p, d(22)),
            "✓ Enregistré : #12 Zoë (nouveau contact), 2 cartes, relance ven. 27 nov. : lui écrire"
        );
        assert_eq!(
            saved(Lang::En, &person(3, false, true, 1), d(22)),
            "✓ Saved #3 Zoë (first meeting), 1 card"
        );
        assert_eq!(
            saved(Lang::En, &person(3, false, false, 0), d(22)),
            "✓ Saved #3 Zoë (already known)"
        );
        assert!(ask_undo(Lang::En, &p).contains("#12 Zoë"));
        assert!(undone(Lang::Fr, &p).contains("#12 Zoë"));
        assert!(kept(Lang::En, &p).contains("#12 Zoë"));
    }

    #[test]
    fn the_summary_has_a_header_for_every_column_and_resolved_dates() {
        let mut p = person(12, true, true, 2);
        p.follow_up_due = Some(d(27));
        p.follow_up_what = Some("lui écrire".into());
        let s = Session {
            people: vec![p, person(3, false, false, 0)],
            lang: Lang::Fr,
            today: d(22),
        };
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json[0]["follow_up_due"], "2026-11-27");
        assert_eq!(json[1]["new_contact"], false);
        let Text::Parts(parts) = s.text(Lang::Fr) else {
            panic!("not parts")
        };
        let Text::Table { header, rows } = &parts[1] else {
            panic!("not a table")
        };
        assert!(header.iter().all(|h| !h.is_empty()), "{header:?}");
        assert_eq!(rows[0][2], "nouveau");
        assert_eq!(rows[0][4], "ven. 27 nov. : lui écrire");
        assert_eq!(rows[1][2], "déjà connu");
        let empty = Session {
            people: vec![],
            lang: Lang::En,
            today: d(22),
        };
        assert!(matches!(empty.text(Lang::En), Text::Status(s) if s.contains("Nobody")));
    }

    #[test]
    fn events_show_their_day_and_times() {
        let mut e = Event {
            id: 3,
            name: "5 à 7".into(),
            date: d(21),
            start_time: None,
            end_time: None,
            venue: None,
            kind: Default::default(),
            organizer: None,
            note: None,
            created_at: String::new(),
            updated_at: String::new(),
        };
        assert_eq!(event(Lang::En, &e, d(22)), "e3 5 à 7 (Sat 21 Nov)");
        e.start_time = NaiveTime::from_hms_opt(17, 30, 0);
        assert_eq!(
            event(Lang::Fr, &e, d(22)),
            "e3 5 à 7 (sam. 21 nov. 17 h 30)"
        );
        e.end_time = NaiveTime::from_hms_opt(19, 0, 0);
        assert_eq!(
            event(Lang::En, &e, d(22)),
            "e3 5 à 7 (Sat 21 Nov 17:30–19:00)"
        );
        let m = EventMatch {
            id: 3,
            name: "5 à 7".into(),
            date: d(21),
        };
        assert_eq!(event_match(Lang::Fr, &m, d(22)), "e3 5 à 7 (sam. 21 nov.)");
    }
}
