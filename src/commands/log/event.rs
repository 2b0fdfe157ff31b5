//! The first step of a `log` session: a recent event, or a new one.

use anyhow::Result;

use super::ask;
use crate::ctx::Ctx;
use crate::model::dates::parse_date;
use crate::model::event::{EventKind, EventMatch, NewEvent};
use crate::model::validate;
use crate::view::names;

/// A recent event picked from a list, or a new one asked for and recorded.
pub fn choose(ctx: &mut Ctx) -> Result<EventMatch> {
    let today = ctx.today();
    let recent = ctx.store.db().recent_events(today, 8)?;
    if !recent.is_empty() {
        let mut items: Vec<String> = recent.iter().map(names::event).collect();
        items.push("New event…".to_owned());
        let i = ctx.prompt.select("Which event?", &items, 0)?;
        if let Some(e) = recent.get(i) {
            return Ok(e.clone());
        }
    }
    let p = ctx.prompt.as_mut();
    let name = loop {
        let raw = p.input("Event name", None)?;
        match validate::name(&raw) {
            Ok(n) => break n,
            Err(_) => ctx.out.status("An event needs a name."),
        }
    };
    let today_text = today.to_string();
    let date = loop {
        let raw = p.input("Date", Some(&today_text))?;
        match parse_date(raw.trim(), today) {
            Ok(d) => break d,
            Err(e) => ctx.out.status(format!("{e}; {}", e.hint())),
        }
    };
    let venue = ask::text(p, &ctx.out, "Venue", None, "venue")?;
    let kinds: Vec<String> = EventKind::ALL
        .iter()
        .map(|k| k.as_str().to_owned())
        .collect();
    let kind = EventKind::ALL[p.select("Kind", &kinds, EventKind::ALL.len() - 1)?];
    let new = NewEvent {
        name,
        date,
        start_time: None,
        end_time: None,
        venue,
        kind,
        organizer: None,
        note: None,
    };
    let now = ctx.now();
    let id = ctx.store.write(|db| db.insert_event(&new, &now))?;
    let e = EventMatch {
        id,
        name: new.name,
        date: new.date,
    };
    ctx.out
        .status(format!("Created event {}", names::event(&e)));
    Ok(e)
}
