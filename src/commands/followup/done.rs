use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::model::dates::Lean;
use crate::ops;
use crate::view::followup::done_line;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up done f3
  carnet fu done f3 f5 8
  carnet fu done frederic --on hier      # Frédéric's one open follow-up";

/// Mark follow-ups done
///
/// A recurring follow-up gets its next occurrence, due one period after the day it was done
/// (a monthly one done on 31 January comes back on 28 February). When any id is wrong,
/// nothing is marked.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct DoneArgs {
    /// Follow-up ids (f3), as `carnet follow-up list` shows them, or contacts with one open
    /// follow-up
    #[arg(value_name = "ID|CONTACT", required = true)]
    #[arg(add = crate::complete::contacts())]
    pub ids: Vec<String>,
    /// The day it was done [default: today]
    #[arg(long, value_name = "WHEN")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: DoneArgs) -> Result<()> {
    let ids = ctx.followups(&a.ids)?;
    let today = ctx.today();
    let on = args::date_or(&a.on, today, today, Lean::Past)?;
    let now = ctx.now();
    for d in ops::followup::done(&mut ctx.store, &ids, on, &now)? {
        ctx.out.status(done_line(ctx.lang, &d, today));
    }
    Ok(())
}
