//! Recording a person: the one write behind `add`, `met` and `log`. A person entry says who
//! (a new contact or a known one), where and how they were met (an encounter), their cards,
//! a note, tags and a follow-up; `record` writes a list of them in one transaction.
//!
//! The rule for a follow-up given with a meeting: it becomes a follow-up due on the day
//! its words mean, about the contact and the event, and the encounter keeps the words as
//! typed, `WHEN: WHAT` ("vendredi: send the deck"), as `log` always did.

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::model::card::NewCard;
use crate::model::encounter::{How, NewEncounter};
use crate::model::event::EventId;
use crate::model::followup::NewFollowUp;
use crate::model::{ContactId, NewContact};
use crate::store::{ContactMatch, Db, Store};

/// What a follow-up says when only its date was given.
pub const DEFAULT_WHAT: &str = "Follow up";

/// A follow-up as typed, `WHEN[: WHAT]`, with the day WHEN means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpSpec {
    /// The date as typed ("vendredi"), trimmed.
    pub when: String,
    pub due: NaiveDate,
    pub what: Option<String>,
}

impl FollowUpSpec {
    /// The text of the follow-up: what to do, else "Follow up".
    pub fn what(&self) -> &str {
        self.what.as_deref().unwrap_or(DEFAULT_WHAT)
    }

    /// The words as typed, which the encounter keeps: `when: what`, or `when` alone.
    pub fn as_text(&self) -> String {
        match &self.what {
            Some(what) => format!("{}: {what}", self.when),
            None => self.when.clone(),
        }
    }
}

/// Who a person entry is about.
#[derive(Debug, Clone)]
pub enum Who {
    Existing(ContactMatch),
    New(NewContact),
}

/// Where, when and how the person was met: recorded as an encounter.
#[derive(Debug, Clone)]
pub struct Met {
    pub event_id: Option<EventId>,
    pub date: NaiveDate,
    pub how: How,
    /// What was talked about.
    pub note: Option<String>,
}

/// Everything known about one person at once.
#[derive(Debug, Clone)]
pub struct PersonEntry {
    pub who: Who,
    pub met: Option<Met>,
    /// A note on the contact, dated the day it is recorded.
    pub note: Option<String>,
    pub cards: Vec<NewCard>,
    pub follow_up: Option<FollowUpSpec>,
    pub tags: Vec<String>,
    /// The people they came with: a `came-with` tie to each.
    pub came_with: Vec<ContactId>,
}

impl PersonEntry {
    /// An entry about `who` and nothing else yet.
    pub fn about(who: Who) -> PersonEntry {
        PersonEntry {
            who,
            met: None,
            note: None,
            cards: Vec::new(),
            follow_up: None,
            tags: Vec::new(),
            came_with: Vec::new(),
        }
    }
}

/// One person written, for the confirmation line and the summary (`log --json`).
#[derive(Debug, Clone, Serialize)]
pub struct SavedPerson {
    pub contact_id: ContactId,
    pub name: String,
    pub new_contact: bool,
    pub encounter_id: Option<i64>,
    pub cards: usize,
    /// The follow-up's words as typed.
    pub follow_up: Option<String>,
    /// The follow-up created.
    pub follow_up_id: Option<i64>,
}

/// Writes every entry in one transaction: all of them land, or none. `today` dates the
/// notes; `now` stamps the rows.
pub fn record(
    store: &mut Store,
    people: &[PersonEntry],
    today: NaiveDate,
    now: &str,
) -> Result<Vec<SavedPerson>> {
    Ok(store.write(|db| {
        people
            .iter()
            .map(|p| save(db, p, today, now))
            .collect::<crate::store::Result<Vec<_>>>()
    })?)
}

/// Writes one person: the contact when new (else marks it changed), the note, tags, cards,
/// the follow-up, then the encounter.
fn save(
    db: Db<'_>,
    p: &PersonEntry,
    today: NaiveDate,
    now: &str,
) -> crate::store::Result<SavedPerson> {
    let (contact_id, name, new_contact) = match &p.who {
        Who::Existing(m) => {
            db.touch_contact(m.id, now)?;
            (m.id, m.name.clone(), false)
        }
        Who::New(n) => (db.insert_contact(n, now)?, n.name.clone(), true),
    };
    if let Some(note) = &p.note {
        db.add_note(contact_id, today, note, now)?;
    }
    db.add_tags(contact_id, &p.tags)?;
    for other in &p.came_with {
        if *other != contact_id {
            db.relate(contact_id, *other, "came-with", None, now)?;
        }
    }
    for card in &p.cards {
        db.insert_card(contact_id, card, now)?;
    }
    let event_id = p.met.as_ref().and_then(|m| m.event_id);
    let follow_up_id = match &p.follow_up {
        Some(f) => Some(db.insert_followup(
            &NewFollowUp {
                contact_id: Some(contact_id),
                event_id,
                what: f.what().to_owned(),
                due: f.due,
                every: None,
            },
            now,
        )?),
        None => None,
    };
    let follow_up = p.follow_up.as_ref().map(FollowUpSpec::as_text);
    let encounter_id = match &p.met {
        Some(m) => Some(db.insert_encounter(
            &NewEncounter {
                contact_id,
                event_id,
                date: m.date,
                how: m.how,
                note: m.note.clone(),
                follow_up: follow_up.clone(),
                new_contact,
            },
            now,
        )?),
        None => None,
    };
    Ok(SavedPerson {
        contact_id,
        name,
        new_contact,
        encounter_id,
        cards: p.cards.len(),
        follow_up,
        follow_up_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::event::NewEvent;
    use crate::model::followup::FollowUpWhen;
    use crate::store::test_store;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const NOW: &str = "2026-11-22T09:00:00Z";

    #[test]
    fn follow_up_words_as_typed() {
        let mut f = FollowUpSpec {
            when: "next week".into(),
            due: d(2026, 11, 29),
            what: Some("send the deck".into()),
        };
        assert_eq!(f.as_text(), "next week: send the deck");
        assert_eq!(f.what(), "send the deck");
        f.what = None;
        assert_eq!(f.as_text(), "next week");
        assert_eq!(f.what(), DEFAULT_WHAT);
    }

    #[test]
    fn a_new_person_met_at_an_event_with_cards_tags_and_a_follow_up() {
        let (_d, mut s) = test_store();
        let event = s
            .write(|db| {
                db.insert_event(
                    &NewEvent {
                        name: "5 à 7".into(),
                        date: d(2026, 11, 21),
                        ..Default::default()
                    },
                    NOW,
                )
            })
            .unwrap();
        let card = NewCard {
            company: Some("Acme".into()),
            received_on: d(2026, 11, 21),
            event_id: Some(event),
            ..Default::default()
        };
        let entry = PersonEntry {
            met: Some(Met {
                event_id: Some(event),
                date: d(2026, 11, 21),
                how: How::Event,
                note: Some("Talked".into()),
            }),
            cards: vec![card.clone(), card],
            follow_up: Some(FollowUpSpec {
                when: "demain".into(),
                due: d(2026, 11, 23),
                what: Some("Call her".into()),
            }),
            tags: vec!["x".into()],
            ..PersonEntry::about(Who::New(NewContact {
                name: "Zoë".into(),
                ..Default::default()
            }))
        };
        let saved = record(&mut s, &[entry], d(2026, 11, 22), NOW).unwrap();
        let p = &saved[0];
        assert!(p.new_contact);
        assert_eq!(p.cards, 2);
        assert_eq!(p.follow_up.as_deref(), Some("demain: Call her"));
        let db = s.db();
        assert_eq!(db.cards(Some(p.contact_id), Some(event)).unwrap().len(), 2);
        assert_eq!(db.contact_tags(p.contact_id).unwrap(), ["x"]);
        let enc = db.contact_encounters(p.contact_id).unwrap();
        assert_eq!(Some(enc[0].id), p.encounter_id);
        assert_eq!(enc[0].follow_up.as_deref(), Some("demain: Call her"));
        assert_eq!(enc[0].note.as_deref(), Some("Talked"));
        assert!(enc[0].new_contact);
        let fu = db
            .followups(
                FollowUpWhen::Open,
                Some(p.contact_id),
                d(2026, 11, 22),
                None,
            )
            .unwrap();
        assert_eq!(Some(fu[0].id), p.follow_up_id);
        assert_eq!(
            (fu[0].what.as_str(), fu[0].due),
            ("Call her", d(2026, 11, 23))
        );
        assert_eq!(fu[0].event_id, Some(event));
    }

    #[test]
    fn a_person_added_without_a_meeting_gets_a_dated_note_and_no_encounter() {
        let (_d, mut s) = test_store();
        let entry = PersonEntry {
            note: Some("Wants a quote".into()),
            follow_up: Some(FollowUpSpec {
                when: "2w".into(),
                due: d(2026, 12, 6),
                what: None,
            }),
            ..PersonEntry::about(Who::New(NewContact {
                name: "André".into(),
                ..Default::default()
            }))
        };
        let p = &record(&mut s, &[entry], d(2026, 11, 22), NOW).unwrap()[0];
        assert_eq!(p.encounter_id, None);
        let db = s.db();
        assert!(db.contact_encounters(p.contact_id).unwrap().is_empty());
        let c = db.get_contact(p.contact_id).unwrap();
        assert_eq!(c.notes[0].text, "Wants a quote");
        assert_eq!(c.notes[0].date, d(2026, 11, 22));
        let fu = db.get_followup(p.follow_up_id.unwrap()).unwrap();
        assert_eq!((fu.what.as_str(), fu.event_id), (DEFAULT_WHAT, None));
    }

    #[test]
    fn a_failing_entry_writes_nobody() {
        let (_d, mut s) = test_store();
        let known = s
            .write(|db| {
                db.insert_contact(
                    &NewContact {
                        name: "Marie".into(),
                        ..Default::default()
                    },
                    NOW,
                )
            })
            .unwrap();
        let marie = s.db().contact_match(known).unwrap().unwrap();
        let met = Some(Met {
            event_id: Some(999),
            date: d(2026, 11, 21),
            how: How::Event,
            note: None,
        });
        let people = [
            PersonEntry {
                met: met.clone(),
                ..PersonEntry::about(Who::New(NewContact {
                    name: "Zoë".into(),
                    ..Default::default()
                }))
            },
            PersonEntry {
                met,
                ..PersonEntry::about(Who::Existing(marie))
            },
        ];
        assert!(record(&mut s, &people, d(2026, 11, 22), NOW).is_err());
        assert_eq!(s.db().all_contact_names().unwrap().len(), 1);
    }
}
