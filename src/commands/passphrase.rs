use anyhow::Result;
use clap::Args;

use crate::crypto::keys;
use crate::store::Store;
use crate::tr;
use crate::ui::output::Output;
use crate::view::crypto::Encryption;

const EXAMPLES: &str = "\
Examples:
  carnet passphrase
  CARNET_NEW_KEY_COMMAND='pass show carnet-new' carnet passphrase";

/// Change the passphrase of an encrypted database
///
/// The current key is found as for any command (keyring, CARNET_KEY_COMMAND, terminal);
/// the new passphrase comes from CARNET_NEW_KEY_COMMAND, else it is asked twice on the
/// terminal. The notebook is rewritten under the new key (with a new salt) into a new file,
/// checked, then renamed over the old one: a crash at any point leaves a working database
/// that opens with the old passphrase or the new one. The old key is forgotten from the
/// keyring and the new one kept. Backups made before keep the old passphrase.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct PassphraseArgs {}

pub fn run(out: &Output, store: Store, _a: &PassphraseArgs) -> Result<()> {
    let Some(old) = store.key().cloned() else {
        return Err(crate::error::CliError::new(tr!(
            "crypto-not-encrypted",
            path = store.path().display().to_string()
        ))
        .hint(tr!("crypto-not-encrypted-hint"))
        .into());
    };
    let key = keys::new_key(false)?;
    let path = store.path().to_owned();
    store.reencrypt(Some(&key))?;
    if let Some(k) = keys::Keyring::for_salt(old.salt()) {
        k.forget();
    }
    let kept = keys::Keyring::for_salt(key.salt()).is_some_and(|k| k.set(&key));
    Encryption {
        path: path.display().to_string(),
        encrypted: true,
        key_in_keyring: kept,
    }
    .report(out)
}
