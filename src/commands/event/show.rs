use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::view::{self, event::EventReport};

const EXAMPLES: &str = "\
Examples:
  carnet event show \"5 à 7\"
  carnet event show '#3' --json";

/// Show what came out of an event
///
/// The people met (new contacts and people already known), the cards received, what was
/// noted to follow up, and for events you organise who was invited, confirmed, declined,
/// came, came uninvited, or was invited but did not come.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ShowArgs {
    /// The event: #ID, ID, or (part of) its name
    #[arg(add = crate::complete::events())]
    pub event: String,
}

pub fn run(ctx: &mut Ctx, a: ShowArgs) -> Result<()> {
    let e = ctx.event(&a.event)?;
    let report = EventReport::load(&ctx.store, e.id, ctx.today())?;
    ctx.out.paged();
    view::show(&ctx.out, report)
}
