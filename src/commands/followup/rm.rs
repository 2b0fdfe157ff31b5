use anyhow::Result;
use clap::Args;

use crate::commands::args::followup_id;
use crate::ctx::Ctx;
use crate::tr;
use crate::view::followup;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up rm 3
  carnet fu remove 3 '#7'";

/// Delete follow-ups
///
/// When any id is wrong, nothing is deleted. To keep a record, mark it done instead.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RmArgs {
    /// Follow-up ids
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
}

pub fn run(ctx: &mut Ctx, a: RmArgs) -> Result<()> {
    let ids = a
        .ids
        .iter()
        .map(|i| followup_id(i))
        .collect::<Result<Vec<_>>>()?;
    let gone = ctx.store.write(|db| -> Result<Vec<_>> {
        let mut gone = Vec::new();
        for id in &ids {
            gone.push(db.get_followup(*id)?);
            db.delete_followup(*id)?;
        }
        Ok(gone)
    })?;
    for f in gone {
        ctx.out
            .status(tr!(ctx.lang; "followup-deleted", id = followup::id(f.id),
            what = f.what.as_str()));
    }
    Ok(())
}
