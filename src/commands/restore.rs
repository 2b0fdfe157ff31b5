use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::store::{self, Location};
use crate::ui::output::Output;
use crate::view;

const EXAMPLES: &str = "\
Examples:
  carnet restore ~/.local/share/carnet/carnet-backup-20261122-090000-000000.db
  carnet check            # which backup to restore, when the database is damaged";

/// Put a backup back in place of the database
///
/// The backup is checked first (SQLite's integrity check; a carnet database of a schema
/// this carnet reads) and copied beside the database. Then the database as it is now is
/// kept aside, as carnet.db.before-restore-TIMESTAMP, with its write-ahead log if it has
/// one (open it with --db to look inside), and the copy takes its place in one step. A
/// write-ahead log left beside the database by a carnet that did not close is kept aside
/// with it, never replayed onto the backup. Refused while another carnet has the database
/// open. The backup itself is left as it is.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RestoreArgs {
    /// The backup to restore (a file written by `carnet backup`)
    pub backup: PathBuf,
}

/// Runs without opening the database: it may be the damaged one being replaced.
pub fn run(out: &Output, location: &Location, a: &RestoreArgs) -> Result<()> {
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S-%6f").to_string();
    let restored = store::restore(&a.backup, location, &stamp)?;
    out.status(view::database::restored(&restored));
    if out.json() {
        out.print_json(&restored)?;
    }
    Ok(())
}
