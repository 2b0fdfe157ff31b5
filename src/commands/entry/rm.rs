use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::ids::Kind;
use crate::ops::entry;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet rm n12             # a note, by the id `carnet show` prints next to it
  carnet note rm n12 n13 --yes
  carnet met rm m7";

/// Delete entries of a contact's history
///
/// Notes (n12), encounters (m12), cards (c12) and follow-ups (f12), by the ids `carnet show`
/// prints next to them. Asks first on a terminal; elsewhere --yes is required. When an id is
/// wrong, nothing is deleted. `carnet undo` brings them back.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RmArgs {
    /// The entries' ids: n12, m12, c12, f12
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
    /// Delete without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Removes the entries named; `kind`: the one kind expected (`carnet note rm`).
pub fn run(ctx: &mut Ctx, a: RmArgs, kind: Option<Kind>) -> Result<()> {
    let ids = a
        .ids
        .iter()
        .map(|raw| args::entry_id(raw, kind))
        .collect::<Result<Vec<_>>>()?;
    // Every id is checked before anything is asked.
    let entries = ids
        .iter()
        .map(|id| entry::read(ctx.store.db(), *id).map_err(CliError::from))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let what = entries
        .iter()
        .map(|e| e.describe(ctx.lang))
        .collect::<Vec<_>>()
        .join(", ");
    let shown: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
    let go = ctx.confirm(
        a.yes,
        &tr!(ctx.lang; "entry-rm-ask", count = entries.len(), what = what.as_str()),
        tr!("entry-rm-refused", what = what.as_str()),
        tr!("entry-rm-refused-hint", ids = shown.join(" ")),
    )?;
    if !go {
        ctx.out.status(tr!(ctx.lang; "entry-rm-nothing"));
        return Ok(());
    }
    let gone = entry::remove(&mut ctx.store, &ids).map_err(CliError::from)?;
    for e in &gone {
        ctx.out
            .status(tr!(ctx.lang; "entry-removed", what = e.describe(ctx.lang)));
    }
    ctx.out
        .status(tr!(ctx.lang; "entry-removed-undo", count = gone.len()));
    if ctx.out.json() {
        ctx.out.print_json(&gone)?;
    }
    Ok(())
}
