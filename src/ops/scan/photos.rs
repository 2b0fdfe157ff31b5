//! The photos a run of `card scan` reads, from the paths given.

use std::path::{Path, PathBuf};

use crate::scan::ScanError;

/// Whether the file's name says JPEG or PNG (`.jpg`, `.jpeg`, `.png`, any case).
pub fn is_photo(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "jpg" | "jpeg" | "png"))
}

/// The photos named: files as given, folders as the JPEG and PNG files in them (sorted),
/// each once, with absolute paths. A name that does not exist, or a folder with no photo,
/// is an error before anything is read.
pub fn photos(args: &[PathBuf]) -> Result<Vec<PathBuf>, ScanError> {
    let mut out: Vec<PathBuf> = Vec::new();
    for a in args {
        let abs = std::fs::canonicalize(a).map_err(|_| ScanError::NoSuchPhoto(a.clone()))?;
        if abs.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(&abs)
                .map_err(|e| ScanError::Unreadable {
                    path: a.clone(),
                    reason: e.to_string(),
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && is_photo(p))
                .collect();
            if inside.is_empty() {
                return Err(ScanError::EmptyFolder(a.clone()));
            }
            inside.sort();
            for p in inside {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        } else if !out.contains(&abs) {
            out.push(abs);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_are_known_by_their_extension_in_any_case() {
        for ok in ["a.jpg", "b.JPEG", "c.Png", "/x/y.jpeg"] {
            assert!(is_photo(Path::new(ok)), "{ok}");
        }
        for no in ["a.txt", "jpg", "a.jpg.bak", "a.gif", "a"] {
            assert!(!is_photo(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn folders_give_their_photos_sorted_each_once_and_files_stay_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for f in ["b.png", "a.JPG", "notes.txt", "c.jpeg"] {
            std::fs::write(d.join(f), "x").unwrap();
        }
        std::fs::create_dir(d.join("sub.jpg")).unwrap();
        let abs = |f: &str| std::fs::canonicalize(d.join(f)).unwrap();
        let got = photos(&[d.join("c.jpeg"), d.to_path_buf(), d.join("b.png")]).unwrap();
        assert_eq!(got, [abs("c.jpeg"), abs("a.JPG"), abs("b.png")]);
    }

    #[test]
    fn a_missing_path_or_a_folder_without_photos_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let missing = d.join("nowhere.jpg");
        assert_eq!(
            photos(std::slice::from_ref(&missing)),
            Err(ScanError::NoSuchPhoto(missing))
        );
        std::fs::write(d.join("notes.txt"), "x").unwrap();
        assert_eq!(
            photos(&[d.to_path_buf()]),
            Err(ScanError::EmptyFolder(d.to_path_buf()))
        );
    }
}
