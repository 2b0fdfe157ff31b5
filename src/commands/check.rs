use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::store::{newest_good_backup, restore_command, StoreError};
use crate::tr;
use crate::view::{self, database::CheckView};

const EXAMPLES: &str = "\
Examples:
  carnet check
  carnet check --repair
  carnet --db carnet-backup-20261122-090000-000000.db check --json";

/// Check the database for damage
///
/// Runs SQLite's integrity check, the foreign-key check and the search indexes' own checks,
/// and prints what each found, counted in full. Exits 1 when anything is wrong. When the
/// data itself is damaged, the error names the newest good backup beside the database and
/// the command that restores it. --repair rebuilds the search indexes from the data first
/// (in one transaction); it refuses to write into a damaged file.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CheckArgs {
    /// Rebuild the search indexes before checking
    #[arg(long)]
    pub repair: bool,
}

pub fn run(ctx: &mut Ctx, a: CheckArgs) -> Result<()> {
    let repaired = if a.repair {
        refuse_if_damaged(ctx)?;
        ctx.store.write(|db| db.rebuild_search_indexes())?
    } else {
        Vec::new()
    };
    let checks = ctx.store.db().check()?;
    for name in &repaired {
        ctx.out.status(
            tr!(ctx.lang; "check-rebuilt", index = view::database::check_label(ctx.lang, name)),
        );
    }
    // Damage to the data itself (not to what carnet derives from it) calls for a backup.
    let damage: Vec<_> = checks
        .iter()
        .filter(|c| !c.ok && matches!(c.check.as_str(), "integrity" | "foreign keys"))
        .collect();
    let damaged = !damage.is_empty();
    let damage_count: usize = damage.iter().map(|c| c.count).sum();
    let at_least = damage.iter().any(|c| c.at_least);
    let problems: usize = checks.iter().map(|c| c.count).sum();
    let restore_from = if damaged {
        newest_good_backup(ctx.store.path())
    } else {
        None
    };
    let restore_command = restore_from.as_deref().map(restore_command);
    view::show(
        &ctx.out,
        CheckView {
            ok: problems == 0,
            repaired,
            checks,
            restore_from,
            restore_command: restore_command.clone(),
        },
    )?;
    let path = ctx.store.path().display().to_string();
    if damaged {
        let message = if at_least {
            tr!(ctx.lang; "check-damaged-at-least", path = path, count = damage_count)
        } else {
            tr!(ctx.lang; "check-damaged", path = path, count = damage_count)
        };
        return Err(CliError::new(message)
            .hint(restore_hint(ctx, restore_command))
            .into());
    }
    if problems > 0 {
        return Err(
            CliError::new(tr!(ctx.lang; "check-found", count = problems, path = path))
                .hint(tr!(ctx.lang; "check-found-hint"))
                .into(),
        );
    }
    Ok(())
}

/// `check --repair` writes: never into a damaged file. SQLite's quick check decides.
fn refuse_if_damaged(ctx: &Ctx) -> Result<()> {
    let first = match ctx.store.quick_check() {
        Ok(found) => found.into_iter().next(),
        Err(StoreError::Sqlite(e)) => Some(e.to_string()),
        Err(e) => return Err(e.into()),
    };
    let Some(first) = first else { return Ok(()) };
    let command = newest_good_backup(ctx.store.path()).map(|p| restore_command(&p));
    let path = ctx.store.path().display().to_string();
    Err(
        CliError::new(tr!(ctx.lang; "check-repair-refused", path = path, first = first))
            .hint(restore_hint(ctx, command))
            .into(),
    )
}

fn restore_hint(ctx: &Ctx, command: Option<String>) -> String {
    match command {
        Some(command) => tr!(ctx.lang; "check-restore-hint", command = command),
        None => tr!(ctx.lang; "check-no-backup-hint"),
    }
}
