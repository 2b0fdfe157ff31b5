//! Events: what came out of one (`event show`), `event list`, and invitations sent.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::card::card_line;
use super::contact::ContactRef;
use super::{table, values, Screen};
use crate::i18n::{fmt, Lang};
use crate::model::card::Card;
use crate::model::event::{Event, EventId, EventSummary};
use crate::model::followup::FollowUp;
use crate::model::invitation::{Invitation, Rsvp};
use crate::model::ContactId;
use crate::store::{Db, Store};
use crate::tr;
use crate::ui::fit;
use crate::ui::output::Text;
use crate::ui::render::opt;

/// One person met at the event.
#[derive(Debug, Serialize)]
pub struct PersonMet {
    pub contact_id: ContactId,
    pub name: String,
    /// Whether the contact was first recorded at this event.
    pub new_contact: bool,
    /// What was talked about (the encounter's notes, joined).
    pub note: Option<String>,
    /// The "follow up when / what" answer recorded on the encounter, as typed.
    pub follow_up: Option<String>,
    pub cards: usize,
}

/// Invitations to an event the user organises.
#[derive(Debug, Serialize, Default)]
pub struct InvitationReport {
    /// Everyone invited, with their answer and whether they came.
    pub invited: Vec<Invitation>,
    pub confirmed: Vec<ContactRef>,
    pub maybe: Vec<ContactRef>,
    pub declined: Vec<ContactRef>,
    pub no_answer: Vec<ContactRef>,
    pub attended: Vec<ContactRef>,
    pub came_uninvited: Vec<ContactRef>,
    /// Invited but not met there (only once the event's date has come).
    pub invited_absent: Vec<ContactRef>,
}

/// What `event show --json` prints.
#[derive(Debug, Serialize)]
pub struct EventReport {
    #[serde(flatten)]
    pub event: Event,
    /// How many people were met there.
    pub attendees: usize,
    pub new_contacts: usize,
    pub known_contacts: usize,
    pub people: Vec<PersonMet>,
    pub cards: Vec<Card>,
    /// Follow-ups attached to the event, with their state.
    pub followups: Vec<EventFollowUp>,
    pub invitations: InvitationReport,
    /// The day it was read: dates of this year are said without their year.
    #[serde(skip)]
    pub today: NaiveDate,
}

/// A follow-up of the event and where it stands: `open`, `overdue` or `done`.
#[derive(Debug, Serialize)]
pub struct EventFollowUp {
    #[serde(flatten)]
    pub followup: FollowUp,
    pub state: &'static str,
}

fn r(id: ContactId, name: &str) -> ContactRef {
    ContactRef {
        id,
        name: name.to_owned(),
    }
}

fn join(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(format!("{a}; {b}")),
        (a, b) => a.or(b),
    }
}

impl EventReport {
    /// Reads the event and what came out of it in one snapshot; `today` tells overdue
    /// follow-ups and absent guests.
    pub fn load(store: &Store, id: EventId, today: NaiveDate) -> crate::store::Result<Self> {
        store.read(|db| Self::read(db, id, today))
    }

    fn read(db: Db<'_>, id: EventId, today: NaiveDate) -> crate::store::Result<Self> {
        let event = db.get_event(id)?;
        let encounters = db.event_encounters(id)?;
        let cards = db.cards(None, Some(id))?;
        let mut people: Vec<PersonMet> = Vec::new();
        let mut index: BTreeMap<ContactId, usize> = BTreeMap::new();
        for e in encounters {
            match index.get(&e.contact_id) {
                Some(&i) => {
                    let p = &mut people[i];
                    p.new_contact |= e.new_contact;
                    p.note = join(p.note.take(), e.note);
                    p.follow_up = join(p.follow_up.take(), e.follow_up);
                }
                None => {
                    index.insert(e.contact_id, people.len());
                    people.push(PersonMet {
                        contact_id: e.contact_id,
                        name: e.contact_name,
                        new_contact: e.new_contact,
                        note: e.note,
                        follow_up: e.follow_up,
                        cards: 0,
                    });
                }
            }
        }
        for k in &cards {
            if let Some(&i) = index.get(&k.contact_id) {
                people[i].cards += 1;
            }
        }
        let invited = db.invitations(id)?;
        let mut inv = InvitationReport::default();
        let past = event.date <= today;
        for i in &invited {
            let who = r(i.contact_id, &i.name);
            match i.rsvp {
                Some(Rsvp::Yes) => inv.confirmed.push(who),
                Some(Rsvp::Maybe) => inv.maybe.push(who),
                Some(Rsvp::No) => inv.declined.push(who),
                None => inv.no_answer.push(who),
            }
            if i.attended {
                inv.attended.push(r(i.contact_id, &i.name));
            } else if past {
                inv.invited_absent.push(r(i.contact_id, &i.name));
            }
        }
        if !invited.is_empty() {
            inv.came_uninvited = people
                .iter()
                .filter(|p| !invited.iter().any(|i| i.contact_id == p.contact_id))
                .map(|p| r(p.contact_id, &p.name))
                .collect();
        }
        inv.invited = invited;
        let followups = db
            .event_followups(id)?
            .into_iter()
            .map(|f| EventFollowUp {
                state: match f.done_on {
                    Some(_) => "done",
                    None if f.due < today => "overdue",
                    None => "open",
                },
                followup: f,
            })
            .collect();
        let new_contacts = people.iter().filter(|p| p.new_contact).count();
        Ok(EventReport {
            event,
            attendees: people.len(),
            new_contacts,
            known_contacts: people.len() - new_contacts,
            people,
            cards,
            followups,
            invitations: inv,
            today,
        })
    }
}

/// The event's day, with its times when it has them: `Saturday 21 November 2026 17:30–19:30`.
fn date_and_times(lang: Lang, e: &Event) -> String {
    let day = fmt::long_date(lang, e.date);
    // i18n-ignore: layout of values already in the interface language
    match (e.start_time, e.end_time) {
        (Some(s), Some(end)) => format!("{day} {}–{}", fmt::time(lang, s), fmt::time(lang, end)),
        (Some(s), None) => format!("{day} {}", fmt::time(lang, s)),
        _ => day,
    }
}

fn names(list: &[ContactRef]) -> String {
    list.iter()
        .map(|c| format!("{} (#{})", c.name, c.id))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Screen for EventReport {
    fn text(self, lang: Lang) -> Text {
        Text::Page(render(&self, lang))
    }
}

/// A follow-up's state as the report says it.
fn state(lang: Lang, s: &str) -> String {
    match s {
        "done" => tr!(lang; "event-followup-done"),
        "overdue" => tr!(lang; "event-followup-overdue"),
        _ => tr!(lang; "event-followup-open"),
    }
}

/// Label and value lines, the labels padded to the widest.
fn labelled(out: &mut String, lines: &[(String, String)]) {
    let w = lines.iter().map(|(k, _)| fit::width(k)).max().unwrap_or(0);
    for (k, v) in lines {
        out.push_str(&format!("  {}  {v}\n", fit::pad(k, w)));
    }
}

fn render(rep: &EventReport, lang: Lang) -> String {
    let e = &rep.event;
    let today = rep.today;
    let mut out = format!("{}  e{}\n", e.name, e.id);
    let fields = [
        (tr!(lang; "event-field-date"), Some(date_and_times(lang, e))),
        (tr!(lang; "event-field-venue"), e.venue.clone()),
        (
            tr!(lang; "event-field-kind"),
            Some(values::kind(lang, e.kind)),
        ),
        (tr!(lang; "event-field-organizer"), e.organizer.clone()),
        (tr!(lang; "event-field-note"), e.note.clone()),
    ];
    let fields: Vec<(String, String)> = fields
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect();
    labelled(&mut out, &fields);
    out.push('\n');
    if rep.people.is_empty() {
        out.push_str(&tr!(lang; "event-nobody-met"));
        out.push('\n');
    } else {
        out.push_str(&tr!(lang; "event-people-met", count = rep.attendees,
            new = rep.new_contacts, known = rep.known_contacts));
        out.push('\n');
        let who: Vec<String> = rep
            .people
            .iter()
            .map(|p| format!("#{} {}", p.contact_id, p.name))
            .collect();
        let state: Vec<String> = rep
            .people
            .iter()
            .map(|p| {
                if p.new_contact {
                    tr!(lang; "event-person-new")
                } else {
                    tr!(lang; "event-person-known")
                }
            })
            .collect();
        let who_w = who.iter().map(|w| fit::width(w)).max().unwrap_or(0);
        let state_w = state.iter().map(|w| fit::width(w)).max().unwrap_or(0);
        for ((p, who), state) in rep.people.iter().zip(&who).zip(&state) {
            let mut line = format!("  {}  {}", fit::pad(who, who_w), fit::pad(state, state_w));
            if p.cards > 0 {
                line.push_str("  ");
                line.push_str(&tr!(lang; "event-cards", count = p.cards));
            }
            if let Some(n) = &p.note {
                line.push_str("  ");
                line.push_str(&fit::one_line(n));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    if !rep.cards.is_empty() {
        out.push('\n');
        out.push_str(&tr!(lang; "event-cards-received", count = rep.cards.len()));
        out.push('\n');
        let id_w = rep
            .cards
            .iter()
            .map(|k| k.id.to_string().len() + 1)
            .max()
            .unwrap_or(0);
        for k in &rep.cards {
            let card = tr!(lang; "event-card-of", name = k.contact_name.as_str(),
                card = card_line(lang, k, today));
            out.push_str(&format!(
                "  {}  {card}\n",
                fit::pad(&format!("c{}", k.id), id_w)
            ));
        }
    }
    if !rep.followups.is_empty() {
        let open = rep.followups.iter().filter(|f| f.state != "done").count();
        out.push('\n');
        out.push_str(
            &tr!(lang; "event-followups", count = rep.followups.len(), open = open,
            done = rep.followups.len() - open),
        );
        out.push('\n');
        let states: Vec<String> = rep.followups.iter().map(|f| state(lang, f.state)).collect();
        let dates: Vec<String> = rep
            .followups
            .iter()
            .map(|f| fmt::short_date(lang, f.followup.due, today))
            .collect();
        let state_w = states.iter().map(|s| fit::width(s)).max().unwrap_or(0);
        let date_w = dates.iter().map(|s| fit::width(s)).max().unwrap_or(0);
        let id_w = rep
            .followups
            .iter()
            .map(|f| f.followup.id.to_string().len() + 1)
            .max()
            .unwrap_or(0);
        let nobody = tr!(lang; "event-the-event");
        for ((f, st), date) in rep.followups.iter().zip(&states).zip(&dates) {
            let who = f.followup.contact_name.as_deref().unwrap_or(&nobody);
            let what = tr!(lang; "event-followup-for", who = who, what = f.followup.what.as_str());
            out.push_str(&format!(
                "  {}  {}  {}  {what}\n",
                fit::pad(&format!("f{}", f.followup.id), id_w),
                fit::pad(st, state_w),
                fit::pad(date, date_w),
            ));
        }
    }
    let inv = &rep.invitations;
    if !inv.invited.is_empty() {
        out.push('\n');
        out.push_str(&tr!(lang; "event-invitations",
            invited = inv.invited.len(),
            confirmed = inv.confirmed.len(),
            maybe = inv.maybe.len(),
            declined = inv.declined.len(),
            no_answer = inv.no_answer.len(),
            attended = inv.attended.len()));
        out.push('\n');
        let lines = [
            (tr!(lang; "event-confirmed"), &inv.confirmed),
            (tr!(lang; "event-maybe"), &inv.maybe),
            (tr!(lang; "event-declined"), &inv.declined),
            (tr!(lang; "event-no-answer"), &inv.no_answer),
            (tr!(lang; "event-attended"), &inv.attended),
            (tr!(lang; "event-came-uninvited"), &inv.came_uninvited),
            (tr!(lang; "event-invited-absent"), &inv.invited_absent),
        ];
        let lines: Vec<(String, String)> = lines
            .into_iter()
            .filter(|(_, list)| !list.is_empty())
            .map(|(k, list)| (k, names(list)))
            .collect();
        labelled(&mut out, &lines);
    }
    out
}

/// `event list`, newest first.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct EventList {
    pub events: Vec<EventSummary>,
    /// The day it is shown: dates of this year are said without their year.
    #[serde(skip)]
    pub today: NaiveDate,
}

impl Screen for EventList {
    fn text(self, lang: Lang) -> Text {
        let header = vec![
            tr!(lang; "event-list-id"),
            tr!(lang; "event-list-date"),
            tr!(lang; "event-list-name"),
            tr!(lang; "event-list-venue"),
            tr!(lang; "event-list-kind"),
            tr!(lang; "event-list-met"),
            tr!(lang; "event-list-cards"),
        ];
        let today = self.today;
        table(self.events, tr!(lang; "event-list-none"), header, |s| {
            vec![
                format!("e{}", s.event.id),
                fmt::short_date(lang, s.event.date, today),
                s.event.name,
                opt(&s.event.venue),
                values::kind(lang, s.event.kind),
                s.attendees.to_string(),
                s.cards.to_string(),
            ]
        })
    }
}

/// One guest of `event invite --json`.
#[derive(Debug, Serialize)]
pub struct Invited {
    pub contact_id: ContactId,
    pub name: String,
    pub already_invited: bool,
}
