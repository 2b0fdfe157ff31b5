//! Recording a person: the one write behind `add`, `met` and `log`. A person entry says who
//! (a new contact or a known one, with what to add to a known one), where and how they were
//! met (an encounter), their cards, a note, tags and a follow-up; `record` writes a list of
//! them in one transaction, and `unrecord` takes one back (`undo` in a `log` session).
//!
//! A follow-up given with a meeting becomes a follow-up due on the day its words mean,
//! about the contact and the event, and the encounter points to it: what `show` prints
//! under the meeting is that follow-up as it is now, not the words typed.

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::model::card::{same_email, same_link, same_phone, CardId, NewCard};
use crate::model::encounter::{How, NewEncounter};
use crate::model::event::EventId;
use crate::model::followup::{FollowUpId, NewFollowUp};
use crate::model::person_line::PersonLine;
use crate::model::{ContactId, ContactPatch, Labeled, NewContact};
use crate::store::{Channel, ContactMatch, Db, Store};

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

    /// The words as typed: `when: what`, or `when` alone.
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
    /// A known contact, with what to change or add to it.
    Existing(ContactMatch, Changes),
    New(NewContact),
}

impl Who {
    /// A known contact, unchanged.
    pub fn known(m: ContactMatch) -> Who {
        Who::Existing(m, Changes::default())
    }
}

/// What an entry changes on a known contact: fields set (when given), values added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub company: Option<String>,
    pub title: Option<String>,
    pub introduced_by: Option<ContactId>,
    pub emails: Vec<Labeled>,
    pub phones: Vec<Labeled>,
    pub links: Vec<Labeled>,
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
    /// Whether this meeting was the first: no encounter with them dated before it (for an
    /// entry without a meeting, whether the contact was created).
    pub new_contact: bool,
    /// Whether the contact was created by this entry.
    pub created: bool,
    pub encounter_id: Option<i64>,
    pub cards: usize,
    /// The follow-up created, `YYYY-MM-DD: what`.
    pub follow_up: Option<String>,
    pub follow_up_id: Option<FollowUpId>,
    pub follow_up_due: Option<NaiveDate>,
    pub follow_up_what: Option<String>,
    /// What was written, to take it back.
    #[serde(skip)]
    pub written: Written,
}

/// What saving one person wrote, so that it can be taken back.
#[derive(Debug, Clone, Default)]
pub struct Written {
    pub card_ids: Vec<CardId>,
    pub note_id: Option<i64>,
    pub tags_added: Vec<String>,
    pub values_added: Vec<(Channel, String)>,
    /// A known contact's fields as they were before the entry changed them.
    pub before: ContactPatch,
}

/// The card a one-line form describes, received on `received_on` (at `event`): its first
/// link is the card's website; the other links are returned. A further card keeps the
/// previous card's (`carry`) emails, phones and website when it gives none of its own.
pub fn card_from_line(
    line: &PersonLine,
    carry: Option<&NewCard>,
    received_on: NaiveDate,
    event_id: Option<EventId>,
) -> (NewCard, Vec<Labeled>) {
    let values = |l: &[Labeled]| -> Vec<String> { l.iter().map(|v| v.value.clone()).collect() };
    let mut links = line.links.clone().into_iter();
    let mut card = NewCard {
        company: line.company.clone(),
        title: line.title.clone(),
        emails: values(&line.emails),
        phones: values(&line.phones),
        website: links.next().map(|l| l.value),
        address: None,
        note: None,
        received_on,
        event_id,
    };
    if let Some(prev) = carry {
        if card.emails.is_empty() {
            card.emails = prev.emails.clone();
        }
        if card.phones.is_empty() {
            card.phones = prev.phones.clone();
        }
        if card.website.is_none() {
            card.website = prev.website.clone();
        }
    }
    (card, links.collect())
}

/// Who a one-line form is about, with what it says: a new contact (met as `how_met` says)
/// or what changes on a known one. When the details were on a card (`on_card`), its emails
/// and phones stay on the card, from where they reach the contact, and only the links the
/// card had no room for (`extra_links`) are the contact's own.
pub fn who_from_line(
    line: &PersonLine,
    known: Option<ContactMatch>,
    introducer: Option<ContactId>,
    on_card: bool,
    extra_links: Vec<Labeled>,
    how_met: Option<String>,
) -> Who {
    let own = |values: &[Labeled]| if on_card { Vec::new() } else { values.to_vec() };
    let links = if on_card {
        extra_links
    } else {
        line.links.clone()
    };
    match known {
        None => Who::New(NewContact {
            name: line.name.clone(),
            company: line.company.clone(),
            title: line.title.clone(),
            how_met,
            introduced_by: introducer,
            emails: own(&line.emails),
            phones: own(&line.phones),
            links,
            ..Default::default()
        }),
        Some(m) => Who::Existing(
            m,
            Changes {
                company: line.company.clone(),
                title: line.title.clone(),
                introduced_by: introducer,
                emails: own(&line.emails),
                phones: own(&line.phones),
                links,
            },
        ),
    }
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

/// Writes one entry in one transaction.
pub fn record_one(
    store: &mut Store,
    person: &PersonEntry,
    today: NaiveDate,
    now: &str,
) -> Result<SavedPerson> {
    Ok(store.write(|db| save(db, person, today, now))?)
}

/// Takes back what `record` wrote for one person, in one transaction: a contact it created
/// goes with everything of theirs; for a known contact, the encounter, cards, note and
/// follow-up it wrote go, the tags and values it added are removed and the fields it
/// changed are put back.
pub fn unrecord(store: &mut Store, p: &SavedPerson, now: &str) -> Result<()> {
    Ok(store.write(|db| -> crate::store::Result<()> {
        let id = p.contact_id;
        if p.created {
            return db.delete_contact(id);
        }
        let w = &p.written;
        db.forget_meeting(p.encounter_id, w.note_id)?;
        for card in &w.card_ids {
            db.delete_card(*card)?;
        }
        if let Some(f) = p.follow_up_id {
            db.delete_followup(f)?;
        }
        db.remove_tags(id, &w.tags_added)?;
        for (channel, value) in &w.values_added {
            db.remove_channel(id, *channel, value)?;
        }
        if !w.before.is_empty() {
            db.update_contact(id, &w.before, now)?;
        }
        Ok(())
    })?)
}

/// Writes one person: the contact when new (else applies the changes and marks it
/// changed), the note, tags, cards, the follow-up, then the encounter pointing to it.
fn save(
    db: Db<'_>,
    p: &PersonEntry,
    today: NaiveDate,
    now: &str,
) -> crate::store::Result<SavedPerson> {
    let mut written = Written::default();
    let (contact_id, name, created) = match &p.who {
        Who::Existing(m, changes) => {
            change(db, m.id, changes, &mut written, now)?;
            (m.id, m.name.clone(), false)
        }
        Who::New(n) => (db.insert_contact(n, now)?, n.name.clone(), true),
    };
    if let Some(note) = &p.note {
        written.note_id = Some(db.add_note(contact_id, today, note, now)?);
    }
    written.tags_added = db.add_tags(contact_id, &p.tags)?;
    for other in &p.came_with {
        if *other != contact_id {
            db.relate(contact_id, *other, "came-with", None, now)?;
        }
    }
    for card in &p.cards {
        written
            .card_ids
            .push(db.insert_card(contact_id, card, now)?);
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
    let (encounter_id, new_contact) = match &p.met {
        Some(m) => (
            Some(db.insert_encounter(
                &NewEncounter {
                    contact_id,
                    event_id,
                    date: m.date,
                    how: m.how,
                    note: m.note.clone(),
                    followup_id: follow_up_id,
                    new_contact: created,
                },
                now,
            )?),
            !db.met_before(contact_id, m.date)?,
        ),
        None => (None, created),
    };
    Ok(SavedPerson {
        contact_id,
        name,
        new_contact,
        created,
        encounter_id,
        cards: p.cards.len(),
        follow_up: p
            .follow_up
            .as_ref()
            .map(|f| format!("{}: {}", f.due, f.what())),
        follow_up_id,
        follow_up_due: p.follow_up.as_ref().map(|f| f.due),
        follow_up_what: p.follow_up.as_ref().map(|f| f.what().to_owned()),
        written,
    })
}

/// Applies an entry's changes to a known contact, noting what they replaced or added.
fn change(
    db: Db<'_>,
    id: ContactId,
    c: &Changes,
    written: &mut Written,
    now: &str,
) -> crate::store::Result<()> {
    let before = db.get_contact(id)?;
    let mut patch = ContactPatch::default();
    let differs = |new: &Option<String>, old: &Option<String>| new.is_some() && new != old;
    if differs(&c.company, &before.company) {
        patch.company = Some(c.company.clone());
        written.before.company = Some(before.company.clone());
    }
    if differs(&c.title, &before.title) {
        patch.title = Some(c.title.clone());
        written.before.title = Some(before.title.clone());
    }
    if c.introduced_by.is_some() && c.introduced_by != before.introduced_by {
        patch.introduced_by = Some(c.introduced_by);
        written.before.introduced_by = Some(before.introduced_by);
    }
    if !patch.is_empty() {
        db.update_contact(id, &patch, now)?;
    }
    // A value the contact has, or one of its cards, in any spelling, is not added again.
    let mut known = before;
    known.add_card_details(&db.card_details(id)?);
    for (channel, values, has, same) in [
        (
            Channel::Email,
            &c.emails,
            &known.emails,
            same_email as fn(&str, &str) -> bool,
        ),
        (Channel::Phone, &c.phones, &known.phones, same_phone),
        (Channel::Link, &c.links, &known.links, same_link),
    ] {
        for v in values {
            if has.iter().any(|h| same(&h.value, &v.value)) {
                continue;
            }
            if db.add_channel(id, channel, v)? {
                written.values_added.push((channel, v.value.clone()));
            }
        }
    }
    db.touch_contact(id, now)
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
        assert!(p.new_contact && p.created);
        assert_eq!(p.cards, 2);
        assert_eq!(p.follow_up.as_deref(), Some("2026-11-23: Call her"));
        assert_eq!(p.follow_up_due, Some(d(2026, 11, 23)));
        assert_eq!(p.follow_up_what.as_deref(), Some("Call her"));
        let db = s.db();
        assert_eq!(db.cards(Some(p.contact_id), Some(event)).unwrap().len(), 2);
        assert_eq!(db.contact_tags(p.contact_id).unwrap(), ["x"]);
        let enc = db.contact_encounters(p.contact_id).unwrap();
        assert_eq!(Some(enc[0].id), p.encounter_id);
        // The encounter points to the follow-up, shown as it is now.
        assert_eq!(enc[0].followup_id, p.follow_up_id);
        assert_eq!(enc[0].follow_up.as_deref(), Some("2026-11-23: Call her"));
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
                ..PersonEntry::about(Who::known(marie))
            },
        ];
        assert!(record(&mut s, &people, d(2026, 11, 22), NOW).is_err());
        assert_eq!(s.db().all_contact_names().unwrap().len(), 1);
    }

    fn marie(s: &mut Store) -> ContactMatch {
        let id = s
            .write(|db| {
                db.insert_contact(
                    &NewContact {
                        name: "Marie Côté".into(),
                        company: Some("Musée".into()),
                        emails: vec![Labeled::new("marie@musee.example", None)],
                        tags: vec!["art".into()],
                        ..Default::default()
                    },
                    NOW,
                )
            })
            .unwrap();
        s.db().contact_match(id).unwrap().unwrap()
    }

    fn met_on(date: NaiveDate, note: &str) -> Option<Met> {
        Some(Met {
            event_id: None,
            date,
            how: How::Coffee,
            note: Some(note.into()),
        })
    }

    #[test]
    fn a_known_contact_is_new_only_at_the_first_meeting_and_gets_the_changes() {
        let (_d, mut s) = test_store();
        let m = marie(&mut s);
        // Added just before: still new at the first meeting, known at the next.
        let first = PersonEntry {
            met: met_on(d(2026, 11, 21), "Premier café"),
            ..PersonEntry::about(Who::known(m.clone()))
        };
        let p = &record(&mut s, &[first], d(2026, 11, 22), NOW).unwrap()[0];
        assert!(p.new_contact && !p.created);
        let changes = Changes {
            company: Some("Galerie".into()),
            title: Some("Curatrice".into()),
            emails: vec![
                Labeled::new("MARIE@musee.example", None),
                Labeled::new("marie@galerie.example", None),
            ],
            phones: vec![Labeled::new("514-555-0100", None)],
            links: vec![Labeled::new("https://galerie.example", None)],
            introduced_by: None,
        };
        let second = PersonEntry {
            met: met_on(d(2026, 11, 22), "Deuxième"),
            tags: vec!["art".into(), "galerie".into()],
            note: Some("Nouvelle galerie".into()),
            ..PersonEntry::about(Who::Existing(m.clone(), changes))
        };
        let p = record(&mut s, &[second], d(2026, 11, 22), NOW)
            .unwrap()
            .remove(0);
        assert!(!p.new_contact && !p.created);
        let c = s.db().get_contact(m.id).unwrap();
        assert_eq!(c.company.as_deref(), Some("Galerie"));
        assert_eq!(c.title.as_deref(), Some("Curatrice"));
        assert_eq!(
            c.emails.len(),
            2,
            "the same email in another case is not added"
        );
        assert_eq!(c.tags, ["art", "galerie"]);
        assert_eq!(p.written.tags_added, ["galerie"]);
        assert_eq!(
            p.written.values_added,
            [
                (Channel::Email, "marie@galerie.example".to_owned()),
                (Channel::Phone, "514-555-0100".to_owned()),
                (Channel::Link, "https://galerie.example".to_owned()),
            ]
        );
        // Undone: the second meeting and all it changed are gone, the first stays.
        unrecord(&mut s, &p, NOW).unwrap();
        let c = s.db().get_contact(m.id).unwrap();
        assert_eq!(c.company.as_deref(), Some("Musée"));
        assert_eq!(c.title, None);
        assert_eq!(c.emails.len(), 1);
        assert!(c.phones.is_empty() && c.links.is_empty());
        assert_eq!(c.tags, ["art"]);
        assert!(c.notes.is_empty());
        let enc = s.db().contact_encounters(m.id).unwrap();
        assert_eq!(enc.len(), 1);
        assert_eq!(enc[0].note.as_deref(), Some("Premier café"));
        assert!(enc[0].new_contact);
    }

    #[test]
    fn undoing_a_known_contact_takes_back_cards_follow_up_and_introducer() {
        let (_d, mut s) = test_store();
        let m = marie(&mut s);
        let by = s
            .write(|db| {
                db.insert_contact(
                    &NewContact {
                        name: "Michel".into(),
                        ..Default::default()
                    },
                    NOW,
                )
            })
            .unwrap();
        let entry = PersonEntry {
            met: met_on(d(2026, 11, 21), "Café"),
            cards: vec![NewCard {
                company: Some("Galerie".into()),
                received_on: d(2026, 11, 21),
                ..Default::default()
            }],
            follow_up: Some(FollowUpSpec {
                when: "2w".into(),
                due: d(2026, 12, 6),
                what: None,
            }),
            ..PersonEntry::about(Who::Existing(
                m.clone(),
                Changes {
                    company: Some("Musée".into()),
                    introduced_by: Some(by),
                    ..Default::default()
                },
            ))
        };
        let p = record(&mut s, &[entry], d(2026, 11, 22), NOW)
            .unwrap()
            .remove(0);
        assert_eq!(p.follow_up.as_deref(), Some("2026-12-06: Follow up"));
        assert_eq!(
            s.db().get_contact(m.id).unwrap().introduced_by,
            Some(by),
            "the same company is no change"
        );
        assert_eq!(p.written.before.company, None);
        unrecord(&mut s, &p, NOW).unwrap();
        let db = s.db();
        let c = db.get_contact(m.id).unwrap();
        assert_eq!(
            (c.introduced_by, c.company.as_deref()),
            (None, Some("Musée"))
        );
        assert!(db.cards(Some(m.id), None).unwrap().is_empty());
        assert!(db
            .followups(FollowUpWhen::All, Some(m.id), d(2026, 11, 22), None)
            .unwrap()
            .is_empty());
        assert!(db.contact_encounters(m.id).unwrap().is_empty());
    }

    #[test]
    fn undoing_a_created_contact_removes_it_whole() {
        let (_d, mut s) = test_store();
        let entry = PersonEntry {
            met: met_on(d(2026, 11, 21), "Café"),
            tags: vec!["nouveau".into()],
            ..PersonEntry::about(Who::New(NewContact {
                name: "Zoë".into(),
                ..Default::default()
            }))
        };
        let p = record(&mut s, &[entry], d(2026, 11, 22), NOW)
            .unwrap()
            .remove(0);
        assert!(p.created && p.new_contact);
        unrecord(&mut s, &p, NOW).unwrap();
        assert!(s.db().all_contact_names().unwrap().is_empty());
        assert!(s.db().tag_counts().unwrap().is_empty());
    }
}
