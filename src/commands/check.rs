use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::store::CheckFinding;

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

#[derive(Serialize)]
struct CheckView {
    ok: bool,
    repaired: Vec<String>,
    checks: Vec<CheckFinding>,
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
        ctx.out.status(format!("Rebuilt the {name}"));
    }
    if ctx.out.json() {
        ctx.out.print_json(&CheckView {
            ok: problems == 0,
            repaired,
            checks,
        })?;
    } else {
        for c in &checks {
            if c.ok {
                ctx.out.line(format!("{}: ok", c.check))?;
            } else {
                ctx.out
                    .line(format!("{}: {} problem(s)", c.check, c.problems.len()))?;
                for p in &c.problems {
                    ctx.out.line(format!("  {p}"))?;
                }
            }
        }
    }
    if problems > 0 {
        return Err(CliError::new(format!(
            "the database check found {problems} problem(s) in {}",
            ctx.store.path().display()
        ))
        .hint("`carnet check --repair` rebuilds the search indexes; for anything else, restore a backup made by `carnet backup`")
        .into());
    }
    Ok(())
}
