//! Backups: one consistent copy through SQLite's online backup API, never replacing a file;
//! one before each migration; timestamped ones next to the database, of which the newest
//! few are kept.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::Connection;

use super::file::create_private_file;
use super::{Result, Store, StoreError, BUSY_TIMEOUT};

/// How many timestamped backups `carnet backup` keeps in the data folder.
pub const KEEP_BACKUPS: usize = 10;

const MARK: &str = "-backup-";

impl Store {
    /// Copies the database with SQLite's online backup API into `dest` (created 0600).
    ///
    /// Safe while other processes write: the copy is one consistent snapshot, taken in a
    /// single step under a read transaction, which in WAL mode does not block writers.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        create_private_file(dest)?;
        let mut dst = Connection::open(dest)?;
        {
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            let start = Instant::now();
            loop {
                match backup.step(-1)? {
                    rusqlite::backup::StepResult::Done => break,
                    rusqlite::backup::StepResult::More => {}
                    _ if start.elapsed() < BUSY_TIMEOUT => {
                        std::thread::sleep(Duration::from_millis(20))
                    }
                    _ => return Err(StoreError::Busy),
                }
            }
        }
        dst.close().map_err(|(_, e)| StoreError::from(e))?;
        fs::set_permissions(dest, fs::Permissions::from_mode(0o600)).map_err(|e| {
            StoreError::Io {
                context: format!("cannot set permissions on {}", dest.display()),
                source: e,
            }
        })?;
        Ok(())
    }

    /// A backup into `dest`, which must not exist yet: written to a private temporary file
    /// in the same folder and renamed into place, so a half-written copy never carries the
    /// name, and an existing file is never replaced.
    pub fn backup_new(&self, dest: &Path) -> Result<()> {
        let folder = match dest.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(p) => p,
            None => Path::new("."),
        };
        if !folder.is_dir() {
            return Err(StoreError::MissingFolder(folder.to_owned()));
        }
        if dest.exists() {
            return Err(StoreError::Conflict(format!(
                "{} already exists; a backup never replaces a file",
                dest.display()
            )));
        }
        // tempfile creates its files 0600.
        let tmp = tempfile::Builder::new()
            .prefix(".carnet-backup-")
            .suffix(".tmp")
            .tempfile_in(folder)
            .map_err(|e| StoreError::Io {
                context: format!("cannot create a file in {}", folder.display()),
                source: e,
            })?;
        self.backup_to(tmp.path())?;
        tmp.persist_noclobber(dest).map_err(|e| StoreError::Io {
            context: format!("cannot write {}", dest.display()),
            source: e.error,
        })?;
        Ok(())
    }

    pub(super) fn backup_for_migration(&self, from_version: i64) -> Result<PathBuf> {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let name = format!(
            "{}.v{from_version}-{stamp}.bak",
            self.path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("carnet.db")
        );
        let dest = self.path.with_file_name(name);
        self.backup_to(&dest)?;
        Ok(dest)
    }

    /// The database's folder and the stem backup names start with (`carnet` for `carnet.db`).
    fn backup_stem(&self) -> (PathBuf, String) {
        let folder = match self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(p) => p.to_owned(),
            None => PathBuf::from("."),
        };
        let stem = self
            .path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("carnet")
            .to_owned();
        (folder, stem)
    }

    /// A new timestamped backup in `folder` (default: next to the database), named
    /// `carnet-backup-YYYYMMDD-HHMMSS-micros.db` after the wall clock, so names sort by age.
    pub fn backup_timestamped(&self, folder: Option<&Path>) -> Result<PathBuf> {
        let (db_folder, stem) = self.backup_stem();
        let folder = folder.map_or(db_folder, Path::to_owned);
        let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S-%6f");
        let dest = folder.join(format!("{stem}{MARK}{stamp}.db"));
        self.backup_new(&dest)?;
        Ok(dest)
    }

    /// Deletes the oldest timestamped backups beside the database beyond the newest `keep`;
    /// returns the deleted paths. Files carnet did not name this way are never touched.
    pub fn prune_backups(&self, keep: usize) -> Result<Vec<PathBuf>> {
        let (folder, stem) = self.backup_stem();
        let prefix = format!("{stem}{MARK}");
        let entries = fs::read_dir(&folder).map_err(|e| StoreError::Io {
            context: format!("cannot list {}", folder.display()),
            source: e,
        })?;
        let mut ours: Vec<(String, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let stamp = name.strip_prefix(&prefix)?.strip_suffix(".db")?;
                is_stamp(stamp).then(|| (name.clone(), e.path()))
            })
            .collect();
        ours.sort();
        let excess = ours.len().saturating_sub(keep);
        let mut removed = Vec::new();
        for (_, path) in ours.into_iter().take(excess) {
            fs::remove_file(&path).map_err(|e| StoreError::Io {
                context: format!("cannot remove the old backup {}", path.display()),
                source: e,
            })?;
            removed.push(path);
        }
        Ok(removed)
    }
}

/// `YYYYMMDD-HHMMSS-micros`.
fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 22
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 15 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_stamps_count() {
        assert!(is_stamp("20261122-090000-123456"));
        assert!(!is_stamp("20261122-090000"));
        assert!(!is_stamp("2026112a-090000-123456"));
        assert!(!is_stamp("../../../etc/passwd123"));
    }
}
