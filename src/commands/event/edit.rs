use anyhow::Result;
use clap::Args;

use crate::commands::args::{self, clearable};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::{parse_when, Lean};
use crate::model::event::{time_text, EventKind, EventPatch};
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
    #[arg(add = crate::complete::events())]
    pub event: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New date, with a start time or a span to change them too: "jeudi 17h30"
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// New end time: 19:30, 19h30, 7pm
    #[arg(long, value_name = "TIME", conflicts_with = "length")]
    pub until: Option<String>,
    /// New length, from the start time: 2h, 1h30, 90min
    #[arg(long = "for", value_name = "DURATION")]
    pub length: Option<String>,
    /// Make it a day without a time (clears the start and end times)
    #[arg(long, conflicts_with_all = ["until", "length"])]
    pub all_day: bool,
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
    let current = ctx.store.db().get_event(e.id)?;
    let (start_time, end_time) = if a.all_day {
        (Some(None), Some(None))
    } else {
        // Times given anew; an end alone counts from the current start.
        let on = a.on.clone().or_else(|| {
            (a.until.is_some() || a.length.is_some()).then(|| {
                let start = current.start_time.map(time_text).unwrap_or_default();
                format!("{} {start}", current.date)
            })
        });
        let (_, start, end) =
            args::event_times(&on, &a.until, &a.length, ctx.today(), current.date)?;
        match (start, end) {
            // A new start alone keeps the end.
            (Some(s), None) if a.until.is_none() && a.length.is_none() => (Some(Some(s)), None),
            (Some(s), e) => (Some(Some(s)), Some(e)),
            (None, _) => (None, None),
        }
    };
    let patch = EventPatch {
        name: a.name.as_deref().map(validate::name).transpose()?,
        date: a
            .on
            .as_deref()
            .map(|d| parse_when(d, ctx.today(), Lean::Nearest).map(|w| w.date))
            .transpose()?,
        start_time,
        end_time,
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
