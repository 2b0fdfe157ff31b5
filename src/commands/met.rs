use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::commands::contact as c;
use crate::commands::followup::parse_follow_up_spec;
use crate::ctx::Ctx;
use crate::model::dates::parse_date;
use crate::model::encounter::{How, NewEncounter};
use crate::model::followup::NewFollowUp;
use crate::store::ContactMatch;

const EXAMPLES: &str = "\
Examples:
  carnet met frederic \"Marie Côté\" --at \"5 à 7 Montréal\" --note \"Talked about the spring breakfast\"
  carnet met '#12' --how coffee --on hier
  carnet met zoe --how call --note \"Sends the quote on Monday\" --follow-up \"lundi: check the quote\"";

/// Record that you met one or more contacts
///
/// Records one encounter with each contact named, all sharing the date, the way and the
/// note. With --at the date defaults to the event's and the way to "event"; meeting a guest
/// at an event marks them as having attended. A contact's "last seen" is the date of their
/// latest encounter.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct MetArgs {
    /// The contacts: #ID, ID, or (part of) a name
    #[arg(required = true, num_args = 1..)]
    pub contacts: Vec<String>,
    /// The event where you met (#ID or name)
    #[arg(long = "at", value_name = "EVENT")]
    pub event: Option<String>,
    /// The date [default: the event's date, else today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// How you met [default: event with --at, else other]
    #[arg(long, value_enum)]
    pub how: Option<How>,
    /// What you talked about (one note shared by all the encounters)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Also plan a follow-up with each of them: WHEN[: WHAT] ("vendredi: send the deck")
    #[arg(long, value_name = "WHEN[: WHAT]")]
    pub follow_up: Option<String>,
}

#[derive(Serialize)]
struct Recorded {
    id: i64,
    contact_id: i64,
    name: String,
    date: chrono::NaiveDate,
    how: How,
    event_id: Option<i64>,
}

pub fn run(ctx: &mut Ctx, a: MetArgs) -> Result<()> {
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    let date = match (&a.on, &event) {
        (Some(d), _) => parse_date(d, ctx.today())?,
        (None, Some(e)) => e.date,
        (None, None) => ctx.today(),
    };
    let how = a.how.unwrap_or(if event.is_some() {
        How::Event
    } else {
        How::Other
    });
    let note = c::text("note", &a.note)?;
    let follow_up = a
        .follow_up
        .as_deref()
        .map(|spec| parse_follow_up_spec(spec, ctx.today()))
        .transpose()?;
    let mut people: Vec<ContactMatch> = Vec::new();
    for arg in &a.contacts {
        let m = ctx.contact(arg)?;
        if !people.iter().any(|p| p.id == m.id) {
            people.push(m);
        }
    }
    let now = ctx.now();
    let event_id = event.as_ref().map(|e| e.id);
    let ids = ctx.store.write(|db| -> Result<Vec<i64>> {
        let mut ids = Vec::new();
        for p in &people {
            ids.push(db.insert_encounter(
                &NewEncounter {
                    contact_id: p.id,
                    event_id,
                    date,
                    how,
                    note: note.clone(),
                    follow_up: None,
                    new_contact: false,
                },
                &now,
            )?);
            db.touch_contact(p.id, &now)?;
            if let Some((due, what)) = &follow_up {
                db.insert_followup(
                    &NewFollowUp {
                        contact_id: Some(p.id),
                        event_id,
                        what: what.clone(),
                        due: *due,
                        every: None,
                    },
                    &now,
                )?;
            }
        }
        Ok(ids)
    })?;
    let names: Vec<String> = people
        .iter()
        .map(|p| format!("#{} {}", p.id, p.name))
        .collect();
    let at = event
        .as_ref()
        .map(|e| format!(" at {}", e.name))
        .unwrap_or_default();
    ctx.out
        .status(format!("Met {}{at} on {date}", names.join(", ")));
    if let Some((due, what)) = &follow_up {
        ctx.out.status(format!("Follow-up on {due}: {what}"));
    }
    if ctx.out.json() {
        let out: Vec<Recorded> = people
            .into_iter()
            .zip(ids)
            .map(|(p, id)| Recorded {
                id,
                contact_id: p.id,
                name: p.name,
                date,
                how,
                event_id,
            })
            .collect();
        ctx.out.print_json(&out)?;
    }
    Ok(())
}
