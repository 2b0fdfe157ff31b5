//! Keys of encrypted notebooks (SQLCipher). A passphrase is turned into a raw 256-bit key
//! once, exactly as SQLCipher 4 would (PBKDF2-HMAC-SHA512, 256,000 iterations, over the
//! 16-byte salt SQLCipher keeps at the start of the file), and that derived key is what
//! carnet hands SQLCipher (`PRAGMA key = "x'…'"`), stores in the keyring and caches: the
//! derivation costs a tenth of a second or more, every command after the first skips it.
//! The same file opens in the `sqlcipher` shell with `PRAGMA key = 'the passphrase'`.

pub mod keys;
pub mod sealed;

use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;

/// SQLCipher 4's default key derivation: PBKDF2-HMAC-SHA512 with this many iterations.
pub const KDF_ITERATIONS: u32 = 256_000;

/// A notebook's salt: the first 16 bytes of an encrypted file.
pub type Salt = [u8; 16];

/// A derived (raw) key and the salt it goes with.
#[derive(Clone, PartialEq, Eq)]
pub struct Key {
    raw: [u8; 32],
    salt: Salt,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

impl Key {
    /// The key SQLCipher derives from `passphrase` for a file with this salt.
    pub fn derive(passphrase: &str, salt: Salt) -> Key {
        let mut raw = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<sha2::Sha512>(passphrase.as_bytes(), &salt, KDF_ITERATIONS, &mut raw);
        Key { raw, salt }
    }

    /// A key for a new file: a fresh random salt, the key derived from `passphrase`.
    pub fn new_for(passphrase: &str) -> std::io::Result<Key> {
        Ok(Key::derive(passphrase, random_salt()?))
    }

    pub fn salt(&self) -> Salt {
        self.salt
    }

    /// The value of `PRAGMA key` (and of `ATTACH … KEY`): the raw key and the salt, so
    /// that a new file gets this salt and no derivation runs.
    pub fn pragma_value(&self) -> String {
        format!("x'{}{}'", hex(&self.raw), hex(&self.salt))
    }

    /// The form stored in the keyring and accepted from a key command: `x'<64 hex digits>'`.
    pub fn raw_form(&self) -> String {
        format!("x'{}'", hex(&self.raw))
    }

    /// Reads the raw form back (`x'…'` with 64 hex digits), for a file with this salt.
    pub fn parse_raw(text: &str, salt: Salt) -> Option<Key> {
        let inner = text.trim().strip_prefix("x'")?.strip_suffix('\'')?;
        let bytes = unhex(inner)?;
        let raw: [u8; 32] = bytes.try_into().ok()?;
        Some(Key { raw, salt })
    }
}

/// 16 random bytes from the operating system.
pub fn random_salt() -> std::io::Result<Salt> {
    let mut salt = [0u8; 16];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut salt)?;
    Ok(salt)
}

/// The salt at the start of an encrypted file.
pub fn salt_of(path: &Path) -> std::io::Result<Salt> {
    let mut salt = [0u8; 16];
    std::fs::File::open(path)?.read_exact(&mut salt)?;
    Ok(salt)
}

pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_keys_round_trip_and_carry_the_salt() {
        let salt = [7u8; 16];
        let key = Key::derive("correct horse", salt);
        assert_eq!(Key::parse_raw(&key.raw_form(), salt), Some(key.clone()));
        assert_eq!(
            Key::parse_raw(&format!(" {}\n", key.raw_form()), salt),
            Some(key.clone())
        );
        assert_eq!(key.pragma_value().len(), 2 + 64 + 32 + 1);
        assert!(key.pragma_value().ends_with(&format!("{}'", hex(&salt))));
        assert_ne!(Key::derive("correct horsf", salt), key);
        assert_ne!(Key::derive("correct horse", [8u8; 16]), key);
        for bad in [
            "x'12'",
            "12",
            "x'zz'",
            &format!("x'{}", "0".repeat(64)),
            &format!("x'{}'", "é".repeat(32)),
        ] {
            assert_eq!(Key::parse_raw(bad, salt), None, "{bad}");
        }
    }

    #[test]
    fn salts_are_random() {
        assert_ne!(random_salt().unwrap(), random_salt().unwrap());
    }
}
