//! The database file before SQLite touches it: created private when missing, else checked
//! cheaply. Opening a damaged or foreign file read-write could make SQLite write to it (a
//! journal-mode switch, a hot-journal rollback), so anything that does not look like a
//! whole SQLite file is refused here, having only been read.

use std::fs;
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::{Location, Result, StoreError};

const MAGIC: &[u8; 16] = b"SQLite format 3\0";
const HEADER_LEN: usize = 100;

pub(super) fn create_empty(loc: &Location) -> Result<()> {
    let path = &loc.path;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !parent.exists() {
            if !loc.create_folder {
                return Err(StoreError::MissingFolder(parent.to_owned()));
            }
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent)
                .map_err(|e| StoreError::Io {
                    context: format!("cannot create folder {}", parent.display()),
                    source: e,
                })?;
        }
    }
    create_private_file(path)
}

/// Creates `path` empty with mode 0600 unless it already exists.
pub(super) fn create_private_file(path: &Path) -> Result<()> {
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Io {
            context: format!("cannot create {}", path.display()),
            source: e,
        }),
    }
}

/// Refuses a file without write permission, even for root, who could write it anyway:
/// the owner made it read-only on purpose.
pub(super) fn check_writable(path: &Path) -> Result<()> {
    let meta = fs::metadata(path).map_err(|e| io(path, "cannot read", e))?;
    if meta.permissions().mode() & 0o222 == 0 {
        return Err(StoreError::ReadOnly {
            path: path.to_owned(),
        });
    }
    match fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Err(StoreError::ReadOnly {
            path: path.to_owned(),
        }),
        Err(e) => Err(io(path, "cannot open", e)),
    }
}

/// Checks the 100-byte header and the file size against it. An empty file is a database
/// not yet initialised and passes.
pub(super) fn check_header(path: &Path) -> Result<()> {
    let mut file = fs::File::open(path).map_err(|e| io(path, "cannot read", e))?;
    let size = file
        .metadata()
        .map_err(|e| io(path, "cannot read", e))?
        .len();
    if size == 0 {
        return Ok(());
    }
    let mut header = [0u8; HEADER_LEN];
    let mut got = 0;
    while got < HEADER_LEN {
        match file.read(&mut header[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(io(path, "cannot read", e)),
        }
    }
    let not_db = || StoreError::NotADatabase {
        path: path.to_owned(),
    };
    if got < MAGIC.len() || &header[..MAGIC.len()] != MAGIC {
        return Err(not_db());
    }
    if got < HEADER_LEN {
        return Err(damaged(
            path,
            format!("the file is truncated: {size} bytes, shorter than an SQLite header"),
        ));
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536u64,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        _ => return Err(not_db()),
    };
    // A crash may leave the file short of its header's size until SQLite replays the
    // journal or write-ahead log beside it: only judge the size when neither exists.
    if has_content(&sibling(path, "-wal")) || has_content(&sibling(path, "-journal")) {
        return Ok(());
    }
    if size % page_size != 0 {
        return Err(damaged(
            path,
            format!(
                "the file is truncated: {size} bytes is not a whole number of {page_size}-byte pages"
            ),
        ));
    }
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let (pages, change_counter, valid_for) = (be32(28), be32(24), be32(92));
    // The header's page count is only trustworthy when written by a recent SQLite, which
    // marks it with the change counter it was valid for.
    if pages > 0 && valid_for == change_counter && size < u64::from(pages) * page_size {
        return Err(damaged(
            path,
            format!(
                "the file is truncated: its header announces {pages} pages of {page_size} bytes but it holds {size} bytes"
            ),
        ));
    }
    Ok(())
}

/// `carnet.db` + `-wal` → `carnet.db-wal`.
pub(super) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

fn has_content(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.len() > 0)
}

fn damaged(path: &Path, detail: String) -> StoreError {
    StoreError::Damaged {
        path: path.to_owned(),
        detail,
    }
}

fn io(path: &Path, what: &str, source: std::io::Error) -> StoreError {
    StoreError::Io {
        context: format!("{what} {}", path.display()),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(page_size: u16, pages: u32, valid: bool) -> Vec<u8> {
        let mut h = vec![0u8; HEADER_LEN];
        h[..16].copy_from_slice(MAGIC);
        h[16..18].copy_from_slice(&page_size.to_be_bytes());
        h[24..28].copy_from_slice(&7u32.to_be_bytes());
        h[28..32].copy_from_slice(&pages.to_be_bytes());
        let vf: u32 = if valid { 7 } else { 6 };
        h[92..96].copy_from_slice(&vf.to_be_bytes());
        h
    }

    fn check(bytes: &[u8]) -> Result<()> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.db");
        fs::write(&p, bytes).unwrap();
        check_header(&p)
    }

    #[test]
    fn whole_files_pass_and_short_ones_do_not() {
        assert!(check(b"").is_ok());
        let mut two_pages = header(4096, 2, true);
        two_pages.resize(8192, 0);
        assert!(check(&two_pages).is_ok());
        let mut one_page = header(4096, 2, true);
        one_page.resize(4096, 0);
        assert!(matches!(check(&one_page), Err(StoreError::Damaged { .. })));
        // An untrusted page count is not held against the file.
        let mut old = header(4096, 2, false);
        old.resize(4096, 0);
        assert!(check(&old).is_ok());
        let mut ragged = header(4096, 1, true);
        ragged.resize(5000, 0);
        assert!(matches!(check(&ragged), Err(StoreError::Damaged { .. })));
        assert!(matches!(
            check(&header(4096, 1, true)[..60]),
            Err(StoreError::Damaged { .. })
        ));
    }

    #[test]
    fn foreign_files_are_not_databases() {
        assert!(matches!(
            check(b"name,email\nZo\xc3\xab,z@example.org\n"),
            Err(StoreError::NotADatabase { .. })
        ));
        let mut bad_page = header(1000, 1, true);
        bad_page.resize(1000, 0);
        assert!(matches!(
            check(&bad_page),
            Err(StoreError::NotADatabase { .. })
        ));
    }
}
