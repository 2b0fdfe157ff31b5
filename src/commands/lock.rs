use anyhow::Result;
use clap::Args;

use crate::crypto::{self, keys};
use crate::store::Location;
use crate::tr;
use crate::ui::output::Output;

const EXAMPLES: &str = "\
Examples:
  carnet lock             # before lending the laptop: the next command asks again";

/// Forget the key of the encrypted database kept in the system keyring
///
/// The next command needs the passphrase again (from CARNET_KEY_COMMAND or the terminal),
/// and keeps the key again once it has opened the notebook. The file itself is unchanged.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct LockArgs {}

/// Runs without opening the database: no key is needed to forget one.
pub fn run(out: &Output, location: &Location, _a: &LockArgs) -> Result<()> {
    let path = location.path.display().to_string();
    let salt = crypto::salt_of(&location.path).map_err(|e| {
        anyhow::Error::new(e).context(tr!("crypto-cannot-read", path = path.as_str()))
    })?;
    let forgot = keys::Keyring::for_salt(salt).is_some_and(|k| k.forget());
    out.status(if forgot {
        tr!("crypto-locked-now", path = path.as_str())
    } else {
        tr!("crypto-nothing-kept", path = path.as_str())
    });
    Ok(())
}
