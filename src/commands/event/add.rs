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
  carnet event add \"5 à 7 Montréal\" --at \"Musée McCord\" --kind afterwork
  carnet event add \"Petit-déjeuner des vœux\" --on 2027-01-08 --kind breakfast --organizer me
  carnet event add \"RustConf\" --on 01/09/2027 --kind conference --json";

/// Add an event
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct AddArgs {
    /// The event's name
    pub name: String,
    /// Its date [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
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
    let new = NewEvent {
        name: validate::name(&a.name)?,
        date: args::date_or(&a.on, ctx.today(), ctx.today())?,
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
