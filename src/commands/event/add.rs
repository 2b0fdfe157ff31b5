use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::i18n::fmt;
use crate::model::event::{EventKind, NewEvent};
use crate::model::validate;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet event add \"5 à 7 Montréal\" --at \"Musée McCord\" --on \"jeudi 17h\" --until 19h
  carnet event add \"Conférence\" --on \"2026-12-03 17:30\" --for 2h
  carnet event add \"Petit-déjeuner des vœux\" --on 2027-01-08 --kind breakfast --organizer me
  carnet event add \"RustConf\" --on 01/09/2027 --kind conference --json";

/// Add an event
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct AddArgs {
    /// The event's name
    pub name: String,
    /// Its date, with a start time or a span if it has one: "jeudi 17h30",
    /// "2026-12-03 17:30-19:30" [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// When it ends: 19:30, 19h30, 7pm (the next day when before the start)
    #[arg(long, value_name = "TIME", conflicts_with = "length")]
    pub until: Option<String>,
    /// How long it lasts: 2h, 1h30, 90min
    #[arg(long = "for", value_name = "DURATION")]
    pub length: Option<String>,
    /// Where it takes place
    #[arg(long = "at", value_name = "VENUE")]
    pub venue: Option<String>,
    /// What kind of event
    #[arg(long, value_enum, default_value_t = EventKind::Other)]
    pub kind: EventKind,
    /// Who organises it ("me" for your own events)
    #[arg(long, value_name = "TEXT")]
    pub organizer: Option<String>,
    /// A note about the event
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: AddArgs) -> Result<()> {
    let (date, start_time, end_time) =
        args::event_times(&a.on, &a.until, &a.length, ctx.today(), ctx.today())?;
    let new = NewEvent {
        name: validate::name(&a.name)?,
        date,
        start_time,
        end_time,
        venue: args::text("venue", &a.venue)?,
        kind: a.kind,
        organizer: args::text("organizer", &a.organizer)?,
        note: args::text("note", &a.note)?,
    };
    let now = ctx.now();
    let id = ctx.store.write(|db| db.insert_event(&new, &now))?;
    ctx.out.status(
        tr!(ctx.lang; "event-added", e = format!("e{id}"), event = new.name.as_str(),
        date = fmt::short_date(ctx.lang, new.date, ctx.today())),
    );
    if ctx.out.json() {
        let e = ctx.store.db().get_event(id)?;
        ctx.out.print_json(&e)?;
    }
    Ok(())
}
