use anyhow::Result;
use clap::Args;

use crate::crypto::keys;
use crate::store::Store;
use crate::tr;
use crate::ui::output::Output;
use crate::view::crypto::Encryption;

const EXAMPLES: &str = "\
Examples:
  carnet decrypt
  carnet encrypt";

/// Turn an encrypted database back into a plain one
///
/// The notebook is rewritten in clear into a new file beside it, checked, then renamed over
/// the encrypted one: a crash at any point leaves a working database. Its key is forgotten
/// from the system keyring.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct DecryptArgs {}

pub fn run(out: &Output, store: Store, _a: &DecryptArgs) -> Result<()> {
    let Some(old) = store.key().cloned() else {
        return Err(crate::error::CliError::new(tr!(
            "crypto-not-encrypted",
            path = store.path().display().to_string()
        ))
        .into());
    };
    let path = store.path().to_owned();
    store.reencrypt(None)?;
    if let Some(k) = keys::Keyring::for_salt(old.salt()) {
        k.forget();
    }
    Encryption {
        path: path.display().to_string(),
        encrypted: false,
        key_in_keyring: false,
    }
    .report(out)
}
