use anyhow::Result;
use clap::Args;

use crate::crypto::keys;
use crate::store::Store;
use crate::tr;
use crate::ui::output::Output;
use crate::view::crypto::Encryption;

const EXAMPLES: &str = "\
Examples:
  carnet encrypt                                   # asks for a passphrase, twice
  CARNET_KEY_COMMAND='pass show carnet' carnet encrypt
  carnet decrypt";

/// Encrypt the database with a passphrase
///
/// The notebook is rewritten encrypted (SQLCipher: AES-256, every page authenticated) into a
/// new file beside it, checked, then renamed over the old one: a crash at any point leaves
/// a working database. The passphrase comes from CARNET_NEW_KEY_COMMAND, else from
/// CARNET_KEY_COMMAND, else it is asked twice on the terminal. The key derived from it is
/// kept in the system keyring (unless CARNET_KEYRING=off), so that later commands open the
/// notebook without asking. There is no way back in without the passphrase: keep it safe.
/// Backups made before stay in clear.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EncryptArgs {}

/// Runs on the store opened for it, which it consumes (the file is replaced).
pub fn run(out: &Output, store: Store, _a: &EncryptArgs) -> Result<()> {
    if store.key().is_some() {
        return Err(crate::error::CliError::new(tr!(
            "crypto-already-encrypted",
            path = store.path().display().to_string()
        ))
        .hint(tr!("crypto-already-encrypted-hint"))
        .into());
    }
    let key = keys::new_key(true)?;
    let path = store.path().to_owned();
    store.reencrypt(Some(&key))?;
    let kept = keys::Keyring::for_salt(key.salt()).is_some_and(|k| k.set(&key));
    let view = Encryption {
        path: path.display().to_string(),
        encrypted: true,
        key_in_keyring: kept,
    };
    view.report(out)
}
