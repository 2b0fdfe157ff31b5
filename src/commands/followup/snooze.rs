use anyhow::Result;
use clap::Args;

use crate::commands::args::{followup_id, DATES_HELP};
use crate::ctx::Ctx;
use crate::model::dates::parse_due;
use crate::ops;
use crate::view::followup::snoozed_line;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up snooze 3 lundi
  carnet fu snooze 3 \"in 2 weeks\"
  carnet fu snooze '#3' 1m";

/// Put a follow-up off to a later day
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES, after_long_help = format!("{DATES_HELP}\n\n{EXAMPLES}"))]
pub struct SnoozeArgs {
    /// The follow-up id
    pub id: String,
    /// The new due date: lundi, in 2 weeks, 3d…
    pub when: String,
}

pub fn run(ctx: &mut Ctx, a: SnoozeArgs) -> Result<()> {
    let id = followup_id(&a.id)?;
    let today = ctx.today();
    let due = parse_due(&a.when, today)?;
    let now = ctx.now();
    let f = ops::followup::snooze(&mut ctx.store, id, due, today, &now)?;
    ctx.out.status(snoozed_line(ctx.lang, &f, due, today));
    Ok(())
}
