//! The database file before SQLite touches it: created private when missing, else checked
//! cheaply. Opening a damaged or foreign file read-write could make SQLite write to it (a
//! journal-mode switch, a hot-journal rollback), so anything that does not look like a
//! whole SQLite file is refused here, having only been read.

use std::fs;
use std::io::Read;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::{Location, Result, StoreError};
use crate::tr;

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

/// What is at `path`: `None` when nothing is, its metadata when a regular file is (or a
/// link to one). A folder, a FIFO, a device or a socket is refused before anything opens
/// it: SQLite would wait forever on a FIFO and create `-journal` files beside a device.
pub(super) fn existing(path: &Path) -> Result<Option<fs::Metadata>> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(StoreError::IsADirectory(path.to_owned())),
        Ok(meta) => match not_regular(&meta.file_type()) {
            Some(kind) => Err(StoreError::NotRegular {
                path: path.to_owned(),
                kind,
            }),
            None => Ok(Some(meta)),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io(path, Doing::Read, e)),
    }
}

/// What a file that is not a regular file is (`fifo`, `char`, `block`, `socket`, `dir`,
/// `other`: the kinds `store-not-regular` names); `None` for a regular file.
pub(crate) fn not_regular(t: &fs::FileType) -> Option<&'static str> {
    if t.is_file() {
        None
    } else if t.is_dir() {
        Some("dir")
    } else if t.is_fifo() {
        Some("fifo")
    } else if t.is_char_device() {
        Some("char")
    } else if t.is_block_device() {
        Some("block")
    } else if t.is_socket() {
        Some("socket")
    } else {
        Some("other")
    }
}

/// Refuses a file carnet cannot write, and says why: without write permission (refused
/// even for root, who could write it anyway: the owner made it read-only on purpose),
/// another user's, on a read-only file system, or in a folder where the write-ahead log
/// cannot be created.
pub(super) fn check_writable(path: &Path, meta: &fs::Metadata) -> Result<()> {
    let me = rustix::process::geteuid().as_raw();
    let theirs = meta.uid() != me && me != 0;
    if meta.permissions().mode() & 0o222 == 0 {
        return Err(if theirs {
            not_yours(path, meta.uid())
        } else {
            StoreError::ReadOnly {
                path: path.to_owned(),
            }
        });
    }
    match fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied && theirs => {
            return Err(not_yours(path, meta.uid()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return Err(StoreError::ReadOnly {
                path: path.to_owned(),
            })
        }
        Err(e) if e.raw_os_error() == Some(rustix::io::Errno::ROFS.raw_os_error()) => {
            return Err(StoreError::ReadOnlyFileSystem {
                path: path.to_owned(),
            })
        }
        Err(e) => return Err(io(path, Doing::Open, e)),
    }
    check_folder(path)
}

/// The folder of `path` must let carnet create and remove the `-wal` and `-shm` files
/// SQLite keeps beside a database in write-ahead-log mode.
pub(super) fn check_folder(path: &Path) -> Result<()> {
    let folder = folder_of(path);
    let access = rustix::fs::Access::WRITE_OK | rustix::fs::Access::EXEC_OK;
    match rustix::fs::accessat(
        rustix::fs::CWD,
        &folder,
        access,
        rustix::fs::AtFlags::EACCESS,
    ) {
        Ok(()) => Ok(()),
        Err(rustix::io::Errno::ROFS) => Err(StoreError::ReadOnlyFileSystem {
            path: path.to_owned(),
        }),
        Err(rustix::io::Errno::ACCESS) | Err(rustix::io::Errno::PERM) => {
            Err(StoreError::ReadOnlyFolder {
                wal: sibling(Path::new(path.file_name().unwrap_or_default()), "-wal")
                    .display()
                    .to_string(),
                folder,
            })
        }
        Err(e) => Err(StoreError::Io {
            context: tr!(
                "store-cannot-use-folder",
                folder = folder.display().to_string()
            ),
            source: e.into(),
        }),
    }
}

/// The folder a file is in (`.` for a bare file name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(p) => p.to_owned(),
        None => PathBuf::from("."),
    }
}

fn not_yours(path: &Path, uid: u32) -> StoreError {
    StoreError::NotYours {
        path: path.to_owned(),
        owner: user_name(uid),
    }
}

/// `root (uid 0)`, or `uid 1234` for a user without a name in /etc/passwd.
fn user_name(uid: u32) -> String {
    let name = fs::read_to_string("/etc/passwd").ok().and_then(|passwd| {
        passwd.lines().find_map(|line| {
            let mut fields = line.split(':');
            let name = fields.next()?;
            let id = fields.nth(1)?.parse::<u32>().ok()?;
            (id == uid && !name.is_empty()).then(|| name.to_owned())
        })
    });
    match name {
        Some(name) => tr!("store-owner-named", name = name, uid = uid),
        None => tr!("store-owner-uid", uid = uid),
    }
}

/// How a whole SQLite file's header and schema say whose it is.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Identity {
    /// Empty: a new database, to create.
    Fresh,
    /// carnet's, of this schema version.
    Carnet(i64),
    /// Unmarked, with the version of a carnet schema from before the mark: carnet's only if
    /// it has that schema's tables.
    Unmarked(i64),
    /// carnet's, from a newer carnet.
    Newer(i64),
    /// Another program's, for this reason.
    Foreign(String),
}

/// Whose a file is, from its `user_version`, `application_id` and number of schema
/// entries; `marked_since` is the first schema whose files carry carnet's mark, `known`
/// the newest schema this carnet knows.
pub(super) fn identify(
    version: i64,
    application_id: i64,
    entries: i64,
    marked_since: i64,
    known: i64,
) -> Identity {
    let ours = application_id == super::migrate::APPLICATION_ID;
    if application_id != 0 && !ours {
        return Identity::Foreign(tr!(
            "store-foreign-marked",
            id = format!("{application_id:#010x}")
        ));
    }
    if version == 0 {
        return if entries == 0 {
            Identity::Fresh
        } else {
            Identity::Foreign(tr!("store-foreign-unmarked"))
        };
    }
    if ours && version > known {
        return Identity::Newer(version);
    }
    if ours {
        return Identity::Carnet(version);
    }
    if version >= marked_since || version < 0 {
        return Identity::Foreign(tr!("store-foreign-version", version = version));
    }
    Identity::Unmarked(version)
}

/// Checks the 100-byte header and the file size against it. An empty file is a database
/// not yet initialised and passes.
pub(super) fn check_header(path: &Path) -> Result<()> {
    let mut file = fs::File::open(path).map_err(|e| io(path, Doing::Read, e))?;
    let size = file.metadata().map_err(|e| io(path, Doing::Read, e))?.len();
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
            Err(e) => return Err(io(path, Doing::Read, e)),
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

/// What was being done to a file when the operating system refused.
#[derive(Clone, Copy)]
enum Doing {
    Read,
    Open,
}

fn io(path: &Path, doing: Doing, source: std::io::Error) -> StoreError {
    let path = path.display().to_string();
    StoreError::Io {
        context: match doing {
            Doing::Read => tr!("store-cannot-read", path = path),
            Doing::Open => tr!("store-cannot-open", path = path),
        },
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
    fn a_file_is_carnets_by_its_mark_or_else_by_an_old_version_to_check() {
        use Identity::*;
        let id = super::super::migrate::APPLICATION_ID;
        let who = |version, app, entries| identify(version, app, entries, 9, 12);
        assert_eq!(who(0, 0, 0), Fresh);
        assert_eq!(who(0, id, 0), Fresh);
        assert!(matches!(who(0, 0, 3), Foreign(_)));
        assert!(matches!(who(0, id, 3), Foreign(_)));
        assert_eq!(who(12, id, 40), Carnet(12));
        assert_eq!(who(9, id, 40), Carnet(9));
        assert_eq!(who(1, id, 40), Carnet(1));
        assert_eq!(who(13, id, 40), Newer(13));
        assert_eq!(who(8, 0, 40), Unmarked(8));
        assert_eq!(who(1, 0, 40), Unmarked(1));
        for (version, app) in [(9, 0), (13, 0), (-1, 0), (3, 0x0F05_5112), (0, 7)] {
            assert!(
                matches!(who(version, app, 40), Foreign(_)),
                "{version} {app:#x}"
            );
        }
        let Foreign(why) = who(3, 0x0F05_5112, 4) else {
            panic!()
        };
        assert!(why.contains("0x0f055112"), "{why}");
    }

    #[test]
    fn a_user_is_named_from_the_password_file() {
        assert_eq!(user_name(0), "the user root (uid 0)");
        assert_eq!(user_name(4_000_000_000), "the user with uid 4000000000");
    }

    #[test]
    fn special_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let t = |p: &Path| not_regular(&fs::metadata(p).unwrap().file_type());
        let f = dir.path().join("f");
        fs::write(&f, "x").unwrap();
        assert_eq!(t(&f), None);
        assert_eq!(t(dir.path()), Some("dir"));
        assert_eq!(t(Path::new("/dev/null")), Some("char"));
        assert!(matches!(
            existing(Path::new("/dev/null")),
            Err(StoreError::NotRegular { .. })
        ));
        assert!(matches!(
            existing(dir.path()),
            Err(StoreError::IsADirectory(_))
        ));
        assert!(existing(&dir.path().join("none")).unwrap().is_none());
        assert!(existing(&f).unwrap().is_some());
        assert_eq!(folder_of(Path::new("carnet.db")), Path::new("."));
        assert_eq!(folder_of(Path::new("/a/carnet.db")), Path::new("/a"));
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
