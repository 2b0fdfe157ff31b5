use anyhow::Result;
use clap::Args;

use crate::commands::args::{self, followup_id};
use crate::ctx::Ctx;
use crate::i18n::fmt;
use crate::tr;
use crate::view::followup;

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
    let on = args::date_or(&a.on, today, today)?;
    let now = ctx.now();
    let done = ctx.store.write(|db| -> Result<Vec<_>> {
        let mut done = Vec::new();
        for id in &ids {
            let f = db.get_followup(*id)?;
            let next = db.complete_followup(*id, on, &now)?;
            let next = next.map(|n| db.get_followup(n)).transpose()?;
            done.push((f, next));
        }
        Ok(done)
    })?;
    let lang = ctx.lang;
    for (f, next) in done {
        let (id, what) = (followup::id(f.id), f.what.as_str());
        ctx.out.status(match next {
            Some(n) => tr!(lang; "followup-done-next", id = id, what = what,
                next = followup::id(n.id), due = fmt::short_date(lang, n.due, today)),
            None => tr!(lang; "followup-done", id = id, what = what),
        });
    }
    Ok(())
}
