//! Events: what came out of one (`event show`), `event list`, and invitations sent.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::card::card_line;
use super::contact::ContactRef;
use super::{plural, table, Screen};
use crate::model::card::Card;
use crate::model::event::{Event, EventId, EventSummary};
use crate::model::followup::FollowUp;
use crate::model::ids::Kind;
use crate::model::invitation::{Invitation, Rsvp};
use crate::model::ContactId;
use crate::store::{Db, Store};
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
        })
    }
}

/// `2026-11-21 17:30–19:30`, `2026-11-21 17:30`, or the date alone.
fn date_and_times(e: &Event) -> String {
    let hm = |t: chrono::NaiveTime| t.format("%H:%M").to_string();
    match (e.start_time, e.end_time) {
        (Some(s), Some(end)) => format!("{} {}–{}", e.date, hm(s), hm(end)),
        (Some(s), None) => format!("{} {}", e.date, hm(s)),
        _ => e.date.to_string(),
    }
}

fn names(list: &[ContactRef]) -> String {
    list.iter()
        .map(|c| format!("{} (#{})", c.name, c.id))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Screen for EventReport {
    fn text(self) -> Text {
        Text::Page(render(&self))
    }
}

fn render(rep: &EventReport) -> String {
    let e = &rep.event;
    let mut out = format!("{}  {}\n", e.name, Kind::Event.show(e.id));
    let fields = [
        ("Date", Some(date_and_times(e))),
        ("Venue", e.venue.clone()),
        ("Kind", Some(e.kind.as_str().to_owned())),
        ("Organizer", e.organizer.clone()),
        ("Note", e.note.clone()),
    ];
    for (k, v) in fields {
        if let Some(v) = v {
            out.push_str(&format!("  {k:<9}  {v}\n"));
        }
    }
    if rep.people.is_empty() {
        out.push_str("\nNobody recorded as met here yet.\n");
    } else {
        out.push_str(&format!(
            "\nPeople met: {} ({} new, {} already known)\n",
            rep.attendees, rep.new_contacts, rep.known_contacts
        ));
        let width = rep
            .people
            .iter()
            .map(|p| format!("#{} {}", p.contact_id, p.name).chars().count())
            .max()
            .unwrap_or(0);
        for p in &rep.people {
            let who = format!("#{} {}", p.contact_id, p.name);
            let pad = width.saturating_sub(who.chars().count());
            let mut line = format!(
                "  {who}{}  {:<5}",
                " ".repeat(pad),
                if p.new_contact { "new" } else { "known" }
            );
            if p.cards > 0 {
                line.push_str(&format!("  {} card{}", p.cards, plural(p.cards)));
            }
            if let Some(n) = &p.note {
                line.push_str(&format!("  {}", n.replace('\n', " ")));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    if !rep.cards.is_empty() {
        out.push_str(&format!("\nCards received: {}\n", rep.cards.len()));
        for k in &rep.cards {
            out.push_str(&format!(
                "  {:<5} {}: {}\n",
                Kind::Card.show(k.id),
                k.contact_name,
                card_line(k)
            ));
        }
    }
    if !rep.followups.is_empty() {
        let open = rep.followups.iter().filter(|f| f.state != "done").count();
        out.push_str(&format!(
            "\nFollow-ups: {} ({} open, {} done)\n",
            rep.followups.len(),
            open,
            rep.followups.len() - open
        ));
        for f in &rep.followups {
            let who = f.followup.contact_name.as_deref().unwrap_or("(the event)");
            out.push_str(&format!(
                "  {:<5} {:<7}  {}  {who}: {}\n",
                Kind::FollowUp.show(f.followup.id),
                f.state,
                f.followup.due,
                f.followup.what
            ));
        }
    }
    let inv = &rep.invitations;
    if !inv.invited.is_empty() {
        out.push_str(&format!(
            "\nInvitations: {} invited, {} confirmed, {} maybe, {} declined, {} no answer; {} attended\n",
            inv.invited.len(),
            inv.confirmed.len(),
            inv.maybe.len(),
            inv.declined.len(),
            inv.no_answer.len(),
            inv.attended.len()
        ));
        let lines = [
            ("Confirmed", &inv.confirmed),
            ("Maybe", &inv.maybe),
            ("Declined", &inv.declined),
            ("No answer", &inv.no_answer),
            ("Attended", &inv.attended),
            ("Came uninvited", &inv.came_uninvited),
            ("Invited, absent", &inv.invited_absent),
        ];
        for (k, list) in lines {
            if !list.is_empty() {
                out.push_str(&format!("  {k:<15}  {}\n", names(list)));
            }
        }
    }
    out
}

/// `event list`, newest first.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct EventList(pub Vec<EventSummary>);

impl Screen for EventList {
    fn text(self) -> Text {
        let header = vec!["ID", "DATE", "NAME", "VENUE", "KIND", "MET", "CARDS"];
        table(self.0, "No events.", header, |s| {
            vec![
                Kind::Event.show(s.event.id),
                s.event.date.to_string(),
                s.event.name,
                opt(&s.event.venue),
                s.event.kind.as_str().to_owned(),
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
