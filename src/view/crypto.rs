//! What `carnet encrypt`, `decrypt` and `passphrase` report.

use serde::Serialize;

use crate::tr;
use crate::ui::output::Output;

/// The `--json` of the three commands.
#[derive(Debug, Serialize)]
pub struct Encryption {
    pub path: String,
    pub encrypted: bool,
    /// Whether the derived key is kept in the system keyring.
    pub key_in_keyring: bool,
}

impl Encryption {
    pub fn report(&self, out: &Output) -> anyhow::Result<()> {
        let message = match (self.encrypted, self.key_in_keyring) {
            (true, true) => tr!("crypto-encrypted-kept", path = self.path.as_str()),
            (true, false) => tr!("crypto-encrypted", path = self.path.as_str()),
            (false, _) => tr!("crypto-decrypted", path = self.path.as_str()),
        };
        out.status(message);
        if out.json() {
            out.print_json(self)?;
        }
        Ok(())
    }
}
