use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::tr;
use crate::view::database::check_name;
use crate::view::{self, database::CheckView};

const EXAMPLES: &str = "\
Examples:
  carnet check
  carnet check --repair
  carnet --db carnet-backup-20261122-090000-000000.db check --json";

/// Check the database for damage
///
/// Runs SQLite's integrity check, the foreign-key check and the search indexes' own checks,
/// and prints what each found. Exits 1 when anything is wrong. --repair rebuilds the search
/// indexes from the data first (in one transaction); damage to the data itself cannot be
/// repaired here: restore a backup made by `carnet backup`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CheckArgs {
    /// Rebuild the search indexes before checking
    #[arg(long)]
    pub repair: bool,
}

pub fn run(ctx: &mut Ctx, a: CheckArgs) -> Result<()> {
    let repaired = if a.repair {
        ctx.store.write(|db| db.rebuild_search_indexes())?
    } else {
        Vec::new()
    };
    let checks = ctx.store.db().check()?;
    let problems: usize = checks.iter().map(|c| c.problems.len()).sum();
    for name in &repaired {
        ctx.out
            .status(tr!(ctx.lang; "check-rebuilt", index = check_name(ctx.lang, name)));
    }
    view::show(
        &ctx.out,
        CheckView {
            ok: problems == 0,
            repaired,
            checks,
        },
    )?;
    if problems > 0 {
        return Err(CliError::new(tr!(
            "check-failed",
            count = problems,
            path = ctx.store.path().display().to_string()
        ))
        .hint(tr!("check-failed-hint"))
        .into());
    }
    Ok(())
}
