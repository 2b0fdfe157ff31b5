use anyhow::Result;
use clap::Args;

use crate::commands::args::DATES_HELP;
use crate::ctx::Ctx;
use crate::model::dates::parse_due;
use crate::ops;
use crate::view::followup::snoozed_line;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up snooze f3 lundi
  carnet fu snooze f3 \"in 2 weeks\"
  carnet fu snooze zoe 1m             # Zoë's one open follow-up";

/// Put a follow-up off to a later day
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES, after_long_help = format!("{DATES_HELP}\n\n{EXAMPLES}"))]
pub struct SnoozeArgs {
    /// The follow-up id (f3), or a contact with one open follow-up
    #[arg(value_name = "ID|CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub id: String,
    /// The new due date: lundi, in 2 weeks, 3d…
    pub when: String,
}

pub fn run(ctx: &mut Ctx, a: SnoozeArgs) -> Result<()> {
    let id = ctx.followup(&a.id)?;
    let today = ctx.today();
    let due = parse_due(&a.when, today)?;
    let now = ctx.now();
    let f = ops::followup::snooze(&mut ctx.store, id, due, today, &now)?;
    ctx.out.status(snoozed_line(ctx.lang, &f, due, today));
    Ok(())
}
