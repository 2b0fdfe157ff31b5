//! Where the key of an encrypted notebook comes from, cheapest first:
//!
//! 1. the system keyring (the kernel's key store on Linux, the Keychain on macOS), where
//!    carnet keeps the derived key after it has been given once (`CARNET_KEYRING=off`
//!    turns this off);
//! 2. `CARNET_KEY_COMMAND`, a command whose output is the passphrase (`pass show carnet`)
//!    or a raw key (`x'…'`, as `carnet key` prints it: no derivation at all);
//! 3. a question on the terminal (three tries).
//!
//! A key found by 2 or 3 that opens the file is then kept in the keyring, so that the
//! next commands skip both the command and the derivation.

use std::io::IsTerminal;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};

use super::{hex, Key, Salt};
use crate::tr;

/// Where a key came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Keyring,
    Command,
    Prompt,
}

/// Whether this run may ask on the terminal (`--no-input` says no).
static MAY_PROMPT: AtomicBool = AtomicBool::new(true);

pub fn set_may_prompt(yes: bool) {
    MAY_PROMPT.store(yes, Ordering::Relaxed);
}

fn may_prompt() -> bool {
    MAY_PROMPT.load(Ordering::Relaxed)
        && std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal()
}

/// Why no key was found.
#[derive(Debug)]
pub enum KeyError {
    /// No source gave a key.
    Missing,
    /// Every key given was wrong; the source of the last one.
    Wrong(Source),
    /// The key command failed.
    Command { command: String, detail: String },
}

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            KeyError::Missing => tr!("crypto-no-key"),
            KeyError::Wrong(_) => tr!("crypto-no-key-opens"),
            KeyError::Command { command, detail } => tr!(
                "crypto-command-failed",
                command = command.as_str(),
                detail = detail.as_str()
            ),
        })
    }
}

impl std::error::Error for KeyError {}

/// The environment variable naming the key command.
pub const KEY_COMMAND: &str = "CARNET_KEY_COMMAND";

/// Finds the key of the file with this salt: `opens` tries a key and returns what it opened
/// (`None` when the key is wrong).
pub fn unlock<T, E>(
    salt: Salt,
    mut opens: impl FnMut(&Key) -> Result<Option<T>, E>,
) -> Result<Result<(T, Key, Source), KeyError>, E> {
    let keyring = Keyring::for_salt(salt);
    if let Some(key) = keyring.as_ref().and_then(|k| k.get()) {
        if let Some(t) = opens(&key)? {
            return Ok(Ok((t, key, Source::Keyring)));
        }
        // A stale entry (the passphrase was changed elsewhere): forget it.
        if let Some(k) = &keyring {
            k.forget();
        }
    }
    let mut wrong = None;
    match from_command(salt) {
        Ok(Some(key)) => {
            if let Some(t) = opens(&key)? {
                if let Some(k) = &keyring {
                    k.set(&key);
                }
                return Ok(Ok((t, key, Source::Command)));
            }
            wrong = Some(Source::Command);
        }
        Ok(None) => {}
        Err(e) => return Ok(Err(e)),
    }
    if may_prompt() {
        for attempt in 0..3 {
            if attempt > 0 {
                eprintln!("{}", tr!("crypto-wrong-try-again"));
            }
            let Some(passphrase) = ask(&tr!("crypto-ask-passphrase")) else {
                break;
            };
            let key = Key::derive(&passphrase, salt);
            if let Some(t) = opens(&key)? {
                if let Some(k) = &keyring {
                    k.set(&key);
                }
                return Ok(Ok((t, key, Source::Prompt)));
            }
            wrong = Some(Source::Prompt);
        }
    }
    Ok(Err(match wrong {
        Some(source) => KeyError::Wrong(source),
        None => KeyError::Missing,
    }))
}

/// The key the key command gives for this salt, `None` when no command is set.
fn from_command(salt: Salt) -> Result<Option<Key>, KeyError> {
    let Some(passphrase) = command_output()? else {
        return Ok(None);
    };
    Ok(Some(
        Key::parse_raw(&passphrase, salt).unwrap_or_else(|| Key::derive(&passphrase, salt)),
    ))
}

/// What `CARNET_KEY_COMMAND` prints (its last line break removed), `None` when unset.
pub fn command_output() -> Result<Option<String>, KeyError> {
    let Some(command) = std::env::var(KEY_COMMAND)
        .ok()
        .filter(|c| !c.trim().is_empty())
    else {
        return Ok(None);
    };
    run_key_command(&command).map(Some)
}

/// Runs a key command through the shell; its output, without the final line break.
pub fn run_key_command(command: &str) -> Result<String, KeyError> {
    let failed = |detail: String| KeyError::Command {
        command: command.to_owned(),
        detail,
    };
    let out = Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::inherit())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| failed(e.to_string()))?;
    if !out.status.success() {
        return Err(failed(out.status.to_string()));
    }
    let text = String::from_utf8(out.stdout).map_err(|_| failed(tr!("crypto-command-not-utf8")))?;
    let text = text
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(&text);
    if text.is_empty() {
        return Err(failed(tr!("crypto-command-empty")));
    }
    Ok(text.to_owned())
}

/// Asks for a passphrase on the terminal without echoing it; `None` when it cannot ask.
pub fn ask(prompt: &str) -> Option<String> {
    if !may_prompt() {
        return None;
    }
    dialoguer::Password::new()
        .with_prompt(prompt)
        .allow_empty_password(false)
        .interact()
        .ok()
}

/// A new passphrase, asked twice on the terminal; `None` when it cannot ask or the two differ.
pub fn ask_new() -> Option<String> {
    if !may_prompt() {
        return None;
    }
    dialoguer::Password::new()
        .with_prompt(tr!("crypto-ask-new-passphrase"))
        .with_confirmation(tr!("crypto-ask-confirm"), tr!("crypto-mismatch"))
        .allow_empty_password(false)
        .interact()
        .ok()
}

/// The keyring entry of one notebook, named by its salt (so it follows the file when it is
/// moved, and a new passphrase — a new salt — gets a new entry).
pub struct Keyring {
    entry: keyring::Entry,
    salt: Salt,
}

impl Keyring {
    /// `None` when the keyring is turned off (`CARNET_KEYRING=off`) or unavailable.
    pub fn for_salt(salt: Salt) -> Option<Keyring> {
        if keyring_off() {
            return None;
        }
        let entry = keyring::Entry::new("carnet", &format!("notebook-{}", hex(&salt))).ok()?;
        Some(Keyring { entry, salt })
    }

    pub fn get(&self) -> Option<Key> {
        let text = self.entry.get_password().ok()?;
        Key::parse_raw(&text, self.salt)
    }

    /// Keeps the key; whether it could.
    pub fn set(&self, key: &Key) -> bool {
        self.entry.set_password(&key.raw_form()).is_ok()
    }

    /// Forgets the key; whether one was there.
    pub fn forget(&self) -> bool {
        self.entry.delete_credential().is_ok()
    }
}

pub fn keyring_off() -> bool {
    std::env::var("CARNET_KEYRING").is_ok_and(|v| matches!(v.as_str(), "off" | "0" | "no"))
}

/// The keys that opened a file in this run, so that the copies it makes and reads (backups,
/// a restore) open without asking again.
static KNOWN: std::sync::Mutex<Vec<Key>> = std::sync::Mutex::new(Vec::new());

pub fn remember(key: &Key) {
    if let Ok(mut known) = KNOWN.lock() {
        if !known.contains(key) {
            known.push(key.clone());
        }
    }
}

/// A key of this run for a file with this salt.
pub fn known(salt: Salt) -> Option<Key> {
    KNOWN
        .lock()
        .ok()?
        .iter()
        .rev()
        .find(|k| k.salt() == salt)
        .cloned()
}

/// The environment variable naming the command that gives a NEW passphrase (`encrypt`,
/// `passphrase`).
pub const NEW_KEY_COMMAND: &str = "CARNET_NEW_KEY_COMMAND";

/// Why no new key could be made.
#[derive(Debug)]
pub enum NewKeyError {
    NoPassphrase,
    Command(KeyError),
    Random(std::io::Error),
}

impl From<KeyError> for NewKeyError {
    fn from(e: KeyError) -> Self {
        NewKeyError::Command(e)
    }
}

impl std::fmt::Display for NewKeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NewKeyError::NoPassphrase => f.write_str(&tr!("crypto-no-new-passphrase")),
            NewKeyError::Command(e) => e.fmt(f),
            NewKeyError::Random(_) => f.write_str(&tr!("crypto-no-random")),
        }
    }
}

impl std::error::Error for NewKeyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            NewKeyError::Random(e) => Some(e),
            _ => None,
        }
    }
}

/// A key for a new file: from `CARNET_NEW_KEY_COMMAND`, else (when `or_key_command`)
/// `CARNET_KEY_COMMAND`, else asked twice on the terminal. A raw key (`x'…'`) is used as it
/// is; a passphrase is derived with a fresh salt.
pub fn new_key(or_key_command: bool) -> Result<Key, NewKeyError> {
    let from_env = |var: &str| -> Result<Option<String>, KeyError> {
        match std::env::var(var).ok().filter(|c| !c.trim().is_empty()) {
            Some(command) => run_key_command(&command).map(Some),
            None => Ok(None),
        }
    };
    let mut given = from_env(NEW_KEY_COMMAND)?;
    if given.is_none() && or_key_command {
        given = from_env(KEY_COMMAND)?;
    }
    let passphrase = match given {
        Some(p) => p,
        None => ask_new().ok_or(NewKeyError::NoPassphrase)?,
    };
    let salt = super::random_salt().map_err(NewKeyError::Random)?;
    Ok(Key::parse_raw(&passphrase, salt).unwrap_or_else(|| Key::derive(&passphrase, salt)))
}
