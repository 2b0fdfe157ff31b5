use anyhow::Result;
use clap::Args;

use crate::commands::args::{self, followup_id};
use crate::ctx::Ctx;
use crate::model::dates::Lean;
use crate::ops;
use crate::view::followup::done_line;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up done 3
  carnet fu done 3 '#5' 8
  carnet fu done 4 --on hier";

/// Mark follow-ups done
///
/// A recurring follow-up gets its next occurrence, due one period after the day it was done
/// (a monthly one done on 31 January comes back on 28 February). When any id is wrong,
/// nothing is marked.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct DoneArgs {
    /// Follow-up ids, as `carnet follow-up list` shows them
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
    /// The day it was done [default: today]
    #[arg(long, value_name = "WHEN")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: DoneArgs) -> Result<()> {
    let ids = a
        .ids
        .iter()
        .map(|i| followup_id(i))
        .collect::<Result<Vec<_>>>()?;
    let today = ctx.today();
    let on = args::date_or(&a.on, today, today, Lean::Past)?;
    let now = ctx.now();
    for d in ops::followup::done(&mut ctx.store, &ids, on, &now)? {
        ctx.out.status(done_line(ctx.lang, &d, today));
    }
    Ok(())
}
