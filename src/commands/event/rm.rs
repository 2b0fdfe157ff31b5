use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::tr;
use crate::view::names;

const EXAMPLES: &str = "\
Examples:
  carnet event rm '#3'
  carnet event remove \"5 à 7 Montréal\" --yes";

/// Delete an event
///
/// The encounters and cards recorded there are kept, without the event; its invitations
/// are deleted. Asks for confirmation on a terminal; elsewhere --yes is required.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RmArgs {
    /// The event: #ID, ID, or (part of) its name
    #[arg(add = crate::complete::events())]
    pub event: String,
    /// Delete without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub fn run(ctx: &mut Ctx, a: RmArgs) -> Result<()> {
    let e = ctx.event(&a.event)?;
    let event = names::event(&e);
    let go = ctx.confirm(
        a.yes,
        &tr!(ctx.lang; "event-rm-ask", event = event.as_str()),
        tr!(ctx.lang; "event-rm-refused", event = event.as_str()),
        tr!(ctx.lang; "event-rm-hint", id = format!("e{}", e.id)),
    )?;
    if !go {
        ctx.out.status(tr!(ctx.lang; "nothing-deleted"));
        return Ok(());
    }
    ctx.store.write(|db| db.delete_event(e.id))?;
    ctx.out
        .status(tr!(ctx.lang; "event-deleted", e = format!("e{}", e.id),
        event = e.name.as_str()));
    Ok(())
}
