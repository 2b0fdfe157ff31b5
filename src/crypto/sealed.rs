//! Exports of an encrypted notebook, sealed with age (<https://age-encryption.org>): to
//! recipients (`age1…` public keys) or to a passphrase (scrypt). Any `age` tool opens them;
//! `carnet import` reads them back.

use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;

use super::keys;
use crate::tr;

/// How an export is written.
pub enum Seal {
    Plain,
    To(Vec<age::x25519::Recipient>),
    Passphrase(String),
}

/// The first bytes of an age file (binary form).
pub const MAGIC: &[u8] = b"age-encryption.org/v1\n";

#[derive(Debug)]
pub enum SealError {
    BadRecipient(String),
    NoPassphrase,
    Key(keys::KeyError),
    Decrypt { file: String, detail: String },
    NeedsIdentity(String),
    BadIdentity { file: String, detail: String },
}

impl From<keys::KeyError> for SealError {
    fn from(e: keys::KeyError) -> Self {
        SealError::Key(e)
    }
}

impl std::fmt::Display for SealError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            SealError::BadRecipient(r) => tr!("sealed-bad-recipient", recipient = r.as_str()),
            SealError::NoPassphrase => tr!("sealed-no-passphrase"),
            SealError::Key(e) => return e.fmt(f),
            SealError::Decrypt { file, detail } => tr!(
                "sealed-cannot-decrypt",
                file = file.as_str(),
                detail = detail.as_str()
            ),
            SealError::NeedsIdentity(file) => tr!("sealed-needs-identity", file = file.as_str()),
            SealError::BadIdentity { file, detail } => tr!(
                "sealed-bad-identity",
                file = file.as_str(),
                detail = detail.as_str()
            ),
        })
    }
}

impl std::error::Error for SealError {}

impl Seal {
    /// The seal an export gets: `--plain` wins; else recipients; else, for an encrypted
    /// notebook (or when asked with `passphrase`), a passphrase from CARNET_NEW_KEY_COMMAND,
    /// CARNET_KEY_COMMAND or the terminal.
    pub fn choose(
        plain: bool,
        to: &[String],
        passphrase: bool,
        encrypted: bool,
    ) -> Result<Seal, SealError> {
        if plain {
            return Ok(Seal::Plain);
        }
        if !to.is_empty() {
            let recipients = to
                .iter()
                .map(|r| {
                    r.trim()
                        .parse::<age::x25519::Recipient>()
                        .map_err(|_| SealError::BadRecipient(r.clone()))
                })
                .collect::<Result<Vec<_>, _>>()?;
            return Ok(Seal::To(recipients));
        }
        if !(passphrase || encrypted) {
            return Ok(Seal::Plain);
        }
        for var in [keys::NEW_KEY_COMMAND, keys::KEY_COMMAND] {
            if let Some(command) = std::env::var(var).ok().filter(|c| !c.trim().is_empty()) {
                return Ok(Seal::Passphrase(keys::run_key_command(&command)?));
            }
        }
        keys::ask_new()
            .map(Seal::Passphrase)
            .ok_or(SealError::NoPassphrase)
    }

    pub fn is_plain(&self) -> bool {
        matches!(self, Seal::Plain)
    }

    /// Runs `fill` on a writer that seals what it is given into `out`.
    pub fn write<T>(
        &self,
        out: &mut dyn Write,
        fill: impl FnOnce(&mut dyn Write) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let encryptor = match self {
            Seal::Plain => return fill(out),
            Seal::To(recipients) => age::Encryptor::with_recipients(
                recipients.iter().map(|r| r as &dyn age::Recipient),
            )?,
            Seal::Passphrase(p) => {
                age::Encryptor::with_user_passphrase(SecretString::from(p.clone()))
            }
        };
        let mut sealed = encryptor.wrap_output(out)?;
        let value = fill(&mut sealed)?;
        sealed.finish()?;
        Ok(value)
    }
}

/// Whether the file at `path` is an age file.
pub fn is_sealed(path: &Path) -> bool {
    let mut head = [0u8; MAGIC.len()];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head == MAGIC)
}

/// The contents of an age file, decrypted in memory (never written anywhere): with the
/// identities of `identity` (an age identity file), or, for a passphrase-sealed file, the
/// passphrase from CARNET_KEY_COMMAND or the terminal.
pub fn open(path: &Path, identity: Option<&Path>) -> Result<Vec<u8>, SealError> {
    let file = path.display().to_string();
    let failed = |detail: String| SealError::Decrypt {
        file: file.clone(),
        detail,
    };
    let input = std::fs::File::open(path).map_err(|e| failed(e.to_string()))?;
    let decryptor =
        age::Decryptor::new(std::io::BufReader::new(input)).map_err(|e| failed(e.to_string()))?;
    let mut reader = if decryptor.is_scrypt() {
        let passphrase = match keys::command_output()? {
            Some(p) => p,
            None => keys::ask(&tr!("sealed-ask-passphrase", file = file.as_str()))
                .ok_or(SealError::NoPassphrase)?,
        };
        let id = age::scrypt::Identity::new(SecretString::from(passphrase));
        decryptor
            .decrypt(std::iter::once(&id as &dyn age::Identity))
            .map_err(|e| failed(e.to_string()))?
    } else {
        let Some(identity) = identity else {
            return Err(SealError::NeedsIdentity(file));
        };
        let bad = |detail: String| SealError::BadIdentity {
            file: identity.display().to_string(),
            detail,
        };
        let ids = age::IdentityFile::from_file(identity.to_string_lossy().into_owned())
            .map_err(|e| bad(e.to_string()))?
            .into_identities()
            .map_err(|e| bad(e.to_string()))?;
        decryptor
            .decrypt(ids.iter().map(|i| i.as_ref() as &dyn age::Identity))
            .map_err(|e| failed(e.to_string()))?
    };
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| failed(e.to_string()))?;
    Ok(bytes)
}
