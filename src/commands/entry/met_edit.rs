use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::encounter::How;
use crate::model::ids::Kind;
use crate::ops::entry::{self, Patch};
use crate::store::EncounterPatch;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet met edit m7 --on 2026-11-19      # it was the day before
  carnet met edit m7 --how coffee --note \"Talked about the quote\"
  carnet met edit m7 --at ''              # not at an event after all";

/// Correct an encounter: its date, how, the event, the note
///
/// The encounter is named by the id `carnet show` prints next to it (m7). The contact's
/// "last seen" and keep-in-touch dates follow. `carnet undo` takes the change back.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EditArgs {
    /// The encounter: m7
    pub id: String,
    /// The new date
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// How you met
    #[arg(long, value_enum)]
    pub how: Option<How>,
    /// The event where you met (#ID or name; '' for none)
    #[arg(long = "at", value_name = "EVENT")]
    pub event: Option<String>,
    /// What you talked about ('' clears)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let id = args::entry_id(&a.id, Some(Kind::Encounter))?;
    entry::read(ctx.store.db(), id).map_err(CliError::from)?;
    let event_id = match a.event.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(e) => Some(Some(ctx.event(e)?.id)),
    };
    let patch = EncounterPatch {
        date: match &a.on {
            Some(_) => Some(args::date_or(
                &a.on,
                ctx.today(),
                ctx.today(),
                crate::model::dates::Lean::Past,
            )?),
            None => None,
        },
        how: a.how,
        event_id,
        note: args::clearable("note", &a.note)?,
    };
    if patch.date.is_none()
        && patch.how.is_none()
        && patch.event_id.is_none()
        && patch.note.is_none()
    {
        return Err(args::nothing_to_change(id));
    }
    let now = entry::edit(&mut ctx.store, id, &Patch::Encounter(patch)).map_err(CliError::from)?;
    ctx.out
        .status(tr!(ctx.lang; "entry-edited", what = now.describe(ctx.lang)));
    if ctx.out.json() {
        ctx.out.print_json(&now)?;
    }
    Ok(())
}
