use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use crate::ctx::Ctx;
use crate::store::{Pruned, KEEP_BACKUPS};
use crate::tr;
use crate::view::{self, database::BackupView};

const EXAMPLES: &str = "\
Examples:
  carnet backup
  carnet backup ~/Sauvegardes/carnet-2026-11-22.db
  carnet --db ~/Sauvegardes/carnet-2026-11-22.db check
  carnet restore ~/Sauvegardes/carnet-2026-11-22.db";

/// Copy the database to a backup file
///
/// The copy is taken with SQLite's online backup API: it is one consistent snapshot, safe
/// while another carnet writes. A damaged database is not copied (SQLite's quick check
/// runs first), and the copy is checked in full before it gets its name. Without PATH it
/// goes next to the database as carnet-backup-YYYYMMDD-HHMMSS-micros.db, and the backup
/// just made and the newest good ones are kept, 10 in all; a damaged backup found among
/// them is reported and not counted. A folder as PATH receives such a timestamped file. An
/// existing file is never replaced. The backup is created 0600; its path is printed on
/// stdout. `carnet restore BACKUP` puts one back.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BackupArgs {
    /// Where to write the backup: a new file, or a folder [default: next to the database]
    pub path: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, a: BackupArgs) -> Result<()> {
    let (path, pruned) = match &a.path {
        None => {
            let path = ctx.store.backup_timestamped(None)?;
            let pruned = ctx
                .store
                .prune_backups(KEEP_BACKUPS, &path)
                .with_context(|| tr!(ctx.lang; "backup-not-pruned"))?;
            (path, pruned)
        }
        Some(dir) if dir.is_dir() => (ctx.store.backup_timestamped(Some(dir))?, Pruned::default()),
        Some(file) => {
            ctx.store.backup_new(file)?;
            (file.clone(), Pruned::default())
        }
    };
    for old in &pruned.removed {
        ctx.out
            .status(tr!(ctx.lang; "backup-removed", path = old.display().to_string()));
    }
    for bad in &pruned.damaged {
        let message = tr!(ctx.lang;
            "backup-damaged-kept",
            path = bad.display().to_string(),
            keep = KEEP_BACKUPS
        );
        ctx.out
            .status(tr!(ctx.lang; "warning-line", message = message));
    }
    ctx.out
        .status(tr!(ctx.lang; "backup-done", path = path.display().to_string()));
    view::show(
        &ctx.out,
        BackupView {
            path,
            removed: pruned.removed,
            damaged: pruned.damaged,
        },
    )
}
