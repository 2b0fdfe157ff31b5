//! The first step of a `log` session: a recent event, or a new one.

use anyhow::Result;

use super::ask;
use crate::ctx::Ctx;
use crate::model::dates::parse_date;
use crate::model::event::{EventKind, EventMatch, NewEvent};
use crate::model::validate;
use crate::tr;
use crate::view::{names, values};

/// A recent event picked from a list, or a new one asked for and recorded.
pub fn choose(ctx: &mut Ctx) -> Result<EventMatch> {
    let (today, lang) = (ctx.today(), ctx.lang);
    let recent = ctx.store.db().recent_events(today, 8)?;
    if !recent.is_empty() {
        let mut items: Vec<String> = recent.iter().map(names::event).collect();
        items.push(tr!(lang; "log-new-event"));
        let i = ctx
            .prompt
            .select(&tr!(lang; "log-which-event"), &items, 0)?;
        if let Some(e) = recent.get(i) {
            return Ok(e.clone());
        }
    }
    let p = ctx.prompt.as_mut();
    let name = loop {
        let raw = p.input(&tr!(lang; "log-event-name"), None)?;
        match validate::name(&raw) {
            Ok(n) => break n,
            Err(_) => ctx.out.status(tr!(lang; "log-event-needs-name")),
        }
    };
    let today_text = today.to_string();
    let date = loop {
        let raw = p.input(&tr!(lang; "log-event-date"), Some(&today_text))?;
        match parse_date(raw.trim(), today) {
            Ok(d) => break d,
            Err(e) => ctx
                .out
                .status(tr!(lang; "log-error-hint", error = e.to_string(),
                hint = e.hint())),
        }
    };
    let venue = ask::text(p, &ctx.out, &tr!(lang; "log-event-venue"), None, "venue")?;
    let kinds: Vec<String> = EventKind::ALL
        .iter()
        .map(|k| values::kind(lang, *k))
        .collect();
    let kind = EventKind::ALL[p.select(
        &tr!(lang; "log-event-kind"),
        &kinds,
        EventKind::ALL.len() - 1,
    )?];
    let new = NewEvent {
        name,
        date,
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
        .status(tr!(lang; "log-event-created", event = names::event(&e)));
    Ok(e)
}
