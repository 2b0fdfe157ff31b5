use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use crate::ctx::Ctx;
use crate::store::KEEP_BACKUPS;
use crate::tr;
use crate::view::{self, database::BackupView};

const EXAMPLES: &str = "\
Examples:
  carnet backup
  carnet backup ~/Sauvegardes/carnet-2026-11-22.db
  carnet --db ~/Sauvegardes/carnet-2026-11-22.db check";

/// Copy the database to a backup file
///
/// The copy is taken with SQLite's online backup API: it is one consistent snapshot, safe
/// while another carnet writes. Without PATH it goes next to the database as
/// carnet-backup-YYYYMMDD-HHMMSS-micros.db, and only the newest 10 of those are kept.
/// A folder as PATH receives such a timestamped file. An existing file is never replaced.
/// The backup is created 0600; its path is printed on stdout.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BackupArgs {
    /// Where to write the backup: a new file, or a folder [default: next to the database]
    pub path: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, a: BackupArgs) -> Result<()> {
    let (path, removed) = match &a.path {
        None => {
            let path = ctx.store.backup_timestamped(None)?;
            let removed = ctx
                .store
                .prune_backups(KEEP_BACKUPS)
                .with_context(|| tr!("backup-not-pruned"))?;
            (path, removed)
        }
        Some(dir) if dir.is_dir() => (ctx.store.backup_timestamped(Some(dir))?, Vec::new()),
        Some(file) => {
            ctx.store.backup_new(file)?;
            (file.clone(), Vec::new())
        }
    };
    for old in &removed {
        ctx.out
            .status(tr!(ctx.lang; "backup-removed", path = old.display().to_string()));
    }
    ctx.out
        .status(tr!(ctx.lang; "backup-done", path = path.display().to_string()));
    view::show(&ctx.out, BackupView { path, removed })
}
