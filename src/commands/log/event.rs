//! The first step of a `log` session: the event named (offered to be created when none has
//! that name), else a recent one or a new one.

use anyhow::Result;

use super::ask::{self, YesNo};
use crate::ctx::Ctx;
use crate::model::dates::{parse_when, Lean};
use crate::model::event::{EventKind, EventMatch, NewEvent};
use crate::model::validate;
use crate::resolve::resolve_event;
use crate::tr;
use crate::view::meeting as said;
use crate::view::values;

/// The event named on the command line; when none matches, offered to be created with
/// that name.
pub fn named(ctx: &mut Ctx, name: &str) -> Result<EventMatch> {
    match resolve_event(ctx.store.db(), name)? {
        Ok(Some(e)) => return Ok(e),
        // Another kind's id (`c3`): the usual error, naming it.
        Err(_) => return ctx.event(name),
        Ok(None) => {}
    }
    let lang = ctx.lang;
    ctx.out.status(tr!(lang; "log-no-event", name = name));
    let question = tr!(lang; "log-ask-create-event", name = name);
    match ask::yes_no(ctx.prompt.as_mut(), &ctx.out, lang, &question, true)? {
        YesNo::Yes => create(ctx, Some(name)),
        // The usual error, with its hint.
        YesNo::No | YesNo::Back => ctx.event(name),
    }
}

/// A recent event picked from a list, or a new one asked for and recorded.
pub fn choose(ctx: &mut Ctx) -> Result<EventMatch> {
    let (lang, today) = (ctx.lang, ctx.today());
    let recent = ctx.store.db().recent_events(today, 8)?;
    if !recent.is_empty() {
        let mut items: Vec<String> = recent
            .iter()
            .map(|e| said::event_match(lang, e, today))
            .collect();
        items.push(tr!(lang; "log-new-event"));
        let i = ctx
            .prompt
            .select(&tr!(lang; "log-which-event"), &items, 0)?;
        if let Some(e) = recent.get(i) {
            return Ok(e.clone());
        }
    }
    create(ctx, None)
}

/// Asks for a new event (its name unless given, its day and times, venue and kind) and
/// records it.
fn create(ctx: &mut Ctx, name: Option<&str>) -> Result<EventMatch> {
    let (lang, today) = (ctx.lang, ctx.today());
    let p = ctx.prompt.as_mut();
    let name = match name.map(validate::name) {
        Some(Ok(n)) => n,
        _ => loop {
            let raw = p.input(&tr!(lang; "log-ask-event-name"), None)?;
            match validate::name(&raw) {
                Ok(n) => break n,
                Err(_) => ctx.out.status(tr!(lang; "log-event-needs-a-name")),
            }
        },
    };
    let today_word = tr!(lang; "date-today");
    let when = loop {
        let raw = p.input(&tr!(lang; "log-ask-event-date"), Some(&today_word))?;
        match parse_when(raw.trim(), today, Lean::Past) {
            Ok(w) => break w,
            Err(e) => {
                ctx.out.status(e.to_string());
                ctx.out
                    .status(tr!(lang; "hint-line", hint = e.hint_in(lang)));
            }
        }
    };
    let venue = loop {
        let raw = p.input(&tr!(lang; "log-ask-venue"), None)?;
        match crate::commands::args::text("venue", &Some(raw)) {
            Ok(v) => break v,
            Err(e) => ctx.out.status(e.to_string()),
        }
    };
    let kinds: Vec<String> = EventKind::ALL
        .iter()
        .map(|k| values::kind(lang, *k))
        .collect();
    let kind =
        EventKind::ALL[p.select(&tr!(lang; "log-ask-kind"), &kinds, EventKind::ALL.len() - 1)?];
    let new = NewEvent {
        name,
        date: when.date,
        start_time: when.time,
        end_time: when.end,
        venue,
        kind,
        organizer: None,
        note: None,
    };
    let now = ctx.now();
    let id = ctx.store.write(|db| db.insert_event(&new, &now))?;
    let event = ctx.store.db().get_event(id)?;
    ctx.out
        .status(tr!(lang; "log-event-created", event = said::event(lang, &event, today)));
    Ok(EventMatch {
        id,
        name: event.name,
        date: event.date,
    })
}
