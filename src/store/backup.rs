//! Timestamped backups next to the database, of which the newest few are kept.

use std::fs;
use std::path::{Path, PathBuf};

use super::{Result, Store, StoreError};

/// How many timestamped backups `carnet backup` keeps in the data folder.
pub const KEEP_BACKUPS: usize = 10;

const MARK: &str = "-backup-";

impl Store {
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
