use anyhow::Result;
use clap::Args;

use crate::commands::args::clearable;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::parse_date;
use crate::model::event::{EventKind, EventPatch};
use crate::model::validate;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet event edit \"5 à 7\" --at \"Musée McCord\" --kind afterwork
  carnet event edit '#3' --on 2026-11-21 --name \"5 à 7 des vœux\"
  carnet event edit '#3' --note \"\"      # an empty value clears the field";

/// Change an event
///
/// Only the fields given change; an empty value clears an optional field.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EditArgs {
    /// The event: #ID, ID, or (part of) its name
    pub event: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New date
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// New venue
    #[arg(long = "at", value_name = "VENUE")]
    pub venue: Option<String>,
    /// New kind
    #[arg(long, value_enum)]
    pub kind: Option<EventKind>,
    /// New organizer
    #[arg(long, value_name = "TEXT")]
    pub organizer: Option<String>,
    /// New note
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let e = ctx.event(&a.event)?;
    let patch = EventPatch {
        name: a.name.as_deref().map(validate::name).transpose()?,
        date: a
            .on
            .as_deref()
            .map(|d| parse_date(d, ctx.today()))
            .transpose()?,
        venue: clearable("venue", &a.venue)?,
        kind: a.kind,
        organizer: clearable("organizer", &a.organizer)?,
        note: clearable("note", &a.note)?,
    };
    if patch.is_empty() {
        return Err(CliError::new(tr!("event-nothing-to-change"))
            .hint(tr!("event-nothing-to-change-hint"))
            .into());
    }
    let now = ctx.now();
    ctx.store.write(|db| db.update_event(e.id, &patch, &now))?;
    let updated = ctx.store.db().get_event(e.id)?;
    ctx.out.status(
        tr!(ctx.lang; "event-updated", e = format!("e{}", updated.id),
        event = updated.name.as_str()),
    );
    if ctx.out.json() {
        ctx.out.print_json(&updated)?;
    }
    Ok(())
}
