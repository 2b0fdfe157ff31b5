//! Exporting: contacts as vCard or CSV, the whole database as JSON, events and follow-ups
//! as iCalendar — written to a file or stdout item by item as they are read, so that an
//! export of any size holds a few hundred contacts in memory at once (one file per item
//! into a vdir: see `vdir`). A file is written to a temporary file beside it, then renamed.

use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::error::CliError;
use crate::formats::{csv, ical, json, vcard};
use crate::i18n::Lang;
use crate::model::selection::Selection;
use crate::store::{Db, SCHEMA_VERSION};
use crate::tr;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Vcard(vcard::Version),
    /// With `activity`, each row also says when the contact was last seen, how many
    /// encounters they had and their latest note.
    Csv {
        activity: bool,
    },
    Json,
    Ics,
}

/// Which contacts a vCard or CSV export holds: a selection (`Selection::include_archived`
/// with no selector for every contact).
#[derive(Debug, Default)]
pub struct Filter {
    pub select: Selection,
}

/// Writes the export to `w`, item by item as they are read (never the whole export in
/// memory); how many contacts or calendar items it holds. The texts it makes up (a
/// calendar's summaries) are in `lang`.
pub fn write(
    db: Db<'_>,
    kind: Kind,
    filter: &Filter,
    lang: Lang,
    w: &mut dyn Write,
) -> Result<usize> {
    let mut w = io::BufWriter::with_capacity(64 * 1024, w);
    let count = match kind {
        Kind::Vcard(version) => {
            let mut card = String::new();
            db.export_each(&filter.select, |c| {
                card.clear();
                vcard::write_card_to(&mut card, &c, version);
                w.write_all(card.as_bytes())?;
                Ok::<(), anyhow::Error>(())
            })?
        }
        Kind::Csv { activity } => {
            let mut out = csv::Writer::new(&mut w, activity)
                .with_context(|| tr!("export-cannot-write-csv"))?;
            let n = db.export_each(&filter.select, |c| {
                let a = if activity {
                    Some(db.contact_activity(c.contact.id)?)
                } else {
                    None
                };
                out.write(&c, a.as_ref())?;
                Ok::<(), anyhow::Error>(())
            })?;
            out.finish()?;
            n
        }
        Kind::Json => {
            let dump = db.dump_stream(SCHEMA_VERSION)?;
            let n = dump.contacts()?;
            json::write_to(&mut w, &dump)?;
            n
        }
        Kind::Ics => {
            let mut out = String::new();
            ical::begin(&mut out);
            let mut n = 0;
            db.calendar_events_each(|e| {
                ical::event(&mut out, &e);
                n += 1;
                w.write_all(out.as_bytes())?;
                out.clear();
                Ok::<(), anyhow::Error>(())
            })?;
            db.calendar_todos_each(|t| {
                ical::todo(&mut out, &t, lang);
                n += 1;
                w.write_all(out.as_bytes())?;
                out.clear();
                Ok::<(), anyhow::Error>(())
            })?;
            ical::end(&mut out);
            w.write_all(out.as_bytes())?;
            n
        }
    };
    w.flush()?;
    Ok(count)
}

/// Where `export -o` wrote.
#[derive(Debug, PartialEq, Eq)]
pub struct Written {
    /// The file that holds the export: `path` itself, or the end of its symbolic links.
    pub target: PathBuf,
    /// `path` was a symbolic link (followed: the link stays, its target gets the export).
    pub through_link: bool,
}

/// How many symbolic links are followed before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// Writes an export to what `-o PATH` names, never replacing what is not a plain file:
/// a named pipe or a character device (`/dev/null`, a terminal, `/dev/stdout`) is written
/// through; a symbolic link is followed deliberately — the link stays and the file it
/// points to (created if missing) is replaced through a temporary file, as a plain file
/// is; a folder, a block device or a socket is refused.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<Written> {
    write_output_with(path, |w| Ok(w.write_all(bytes)?)).map(|(written, ())| written)
}

/// `write_output` of what `fill` writes, as it writes it (an export is never whole in
/// memory); with what `fill` returned. What `PATH` is, is checked before `fill` runs.
pub fn write_output_with<T>(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<(Written, T)> {
    let shown = path.display().to_string();
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            return Err(CliError::new(tr!("export-is-folder", path = &shown))
                .hint(tr!("export-is-folder-hint"))
                .into())
        }
        Ok(meta) if !meta.is_file() => {
            let t = meta.file_type();
            let kind = if t.is_block_device() {
                Some("block")
            } else if t.is_socket() {
                Some("socket")
            } else if t.is_fifo() || t.is_char_device() {
                None
            } else {
                Some("other")
            };
            if let Some(kind) = kind {
                return Err(
                    CliError::new(tr!("export-special", path = &shown, kind = kind))
                        .hint(tr!("export-special-hint"))
                        .into(),
                );
            }
            let value = write_through(path, fill)?;
            let written = Written {
                target: path.to_owned(),
                through_link: false,
            };
            return Ok((written, value));
        }
        _ => {}
    }
    let followed = follow_links(path)?;
    if followed.descriptor {
        // `/dev/stdout` onto a file the shell opened: the bytes go to that open file
        // (replacing it would leave them unseen, and undo a `>>`).
        let value = write_through(path, fill)?;
        let written = Written {
            target: path.to_owned(),
            through_link: false,
        };
        return Ok((written, value));
    }
    let value = write_file_with(&followed.target, fill)?;
    let written = Written {
        target: followed.target,
        through_link: followed.hops > 0,
    };
    Ok((written, value))
}

/// The end of a chain of symbolic links.
#[derive(Debug, PartialEq, Eq)]
struct Followed {
    /// Where the chain ends (which may not exist yet).
    target: PathBuf,
    /// How many links were followed.
    hops: usize,
    /// One of them was a file descriptor's magic link (`/proc/self/fd/1`, `/dev/fd/1`).
    descriptor: bool,
}

/// Follows `path`'s symbolic links to their end. A relative link is read from the folder
/// holding it.
fn follow_links(path: &Path) -> Result<Followed> {
    let mut current = path.to_owned();
    let mut descriptor = false;
    for hops in 0..=MAX_LINKS {
        let is_link = fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(Followed {
                target: current,
                hops,
                descriptor,
            });
        }
        descriptor |= current.starts_with("/proc") || current.starts_with("/dev/fd");
        let next = fs::read_link(&current).with_context(|| {
            tr!(
                "export-cannot-read-link",
                path = current.display().to_string()
            )
        })?;
        // (Joined to an absolute path, `next` replaces it.)
        current = match current.parent() {
            Some(dir) => dir.join(next),
            None => next,
        };
    }
    Err(CliError::new(tr!(
        "export-link-loop",
        path = path.display().to_string(),
        count = MAX_LINKS
    ))
    .into())
}

/// Writes what `fill` writes into what is already there (a pipe, a device, a descriptor's
/// file), appending so that `>>` behind `/dev/stdout` keeps what was before.
fn write_through<T>(path: &Path, fill: impl FnOnce(&mut dyn Write) -> Result<T>) -> Result<T> {
    let shown = || tr!("export-cannot-write", path = path.display().to_string());
    let mut file = fs::OpenOptions::new()
        .append(true)
        .open(path)
        .with_context(shown)?;
    let value = fill(&mut file)
        .and_then(|v| {
            file.flush()?;
            Ok(v)
        })
        .with_context(shown)?;
    Ok(value)
}

/// Writes `bytes` to `path` through a temporary file in the same folder (0600), renamed.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file_with(path, |w| Ok(w.write_all(bytes)?))
}

/// Writes to `path` through a temporary file in the same folder (0600) filled by `fill`,
/// then renamed: the file is whole or not there.
pub fn write_file_with<T>(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(CliError::new(tr!(
            "export-no-folder",
            path = path.display().to_string(),
            folder = dir.display().to_string()
        ))
        .hint(tr!("export-no-folder-hint"))
        .into());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".carnet-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| {
            CliError::new(tr!(
                "export-cannot-write-why",
                path = path.display().to_string(),
                why = e.kind().to_string()
            ))
        })?;
    let value = fill(tmp.as_file_mut())
        .and_then(|v| {
            tmp.as_file().sync_all()?;
            Ok(v)
        })
        .with_context(|| tr!("export-cannot-write", path = path.display().to_string()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| tr!("export-cannot-write", path = path.display().to_string()))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::symlink;

    use super::*;

    #[test]
    fn links_are_followed_to_their_end_relative_to_their_folder() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).unwrap();
        let file = sub.join("file.vcf");
        fs::write(&file, "old").unwrap();
        // a → sub/b (relative) → file.vcf (relative to sub/)
        symlink("file.vcf", sub.join("b")).unwrap();
        symlink("sub/b", dir.path().join("a")).unwrap();
        let f = follow_links(&dir.path().join("a")).unwrap();
        assert_eq!((f.target, f.hops, f.descriptor), (file.clone(), 2, false));
        let f = follow_links(&file).unwrap();
        assert_eq!((f.target, f.hops), (file.clone(), 0));
        // An absolute link, and one to nowhere yet.
        symlink(&file, dir.path().join("abs")).unwrap();
        assert_eq!(follow_links(&dir.path().join("abs")).unwrap().target, file);
        symlink("nothing-yet", dir.path().join("dangling")).unwrap();
        let f = follow_links(&dir.path().join("dangling")).unwrap();
        assert_eq!((f.target, f.hops), (dir.path().join("nothing-yet"), 1));
    }

    #[test]
    fn a_chain_of_links_ends_at_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        // MAX_LINKS links in a row are followed; one more is refused, as is a loop.
        for i in 0..MAX_LINKS {
            symlink(format!("l{}", i + 1), dir.path().join(format!("l{i}"))).unwrap();
        }
        let f = follow_links(&dir.path().join("l0")).unwrap();
        assert_eq!(f.hops, MAX_LINKS);
        symlink("l0", dir.path().join("one-more")).unwrap();
        let e = follow_links(&dir.path().join("one-more")).unwrap_err();
        assert!(e.to_string().contains("one-more"), "{e}");
        symlink("loop", dir.path().join("loop")).unwrap();
        assert!(follow_links(&dir.path().join("loop")).is_err());
    }

    #[test]
    fn a_descriptor_link_is_written_through() {
        let f = follow_links(Path::new("/dev/stdout")).unwrap();
        assert!(f.descriptor && f.hops >= 1);
        // Appended to the file a descriptor has open, not replacing it.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        fs::write(&path, "before\n").unwrap();
        let open = fs::OpenOptions::new().append(true).open(&path).unwrap();
        use std::os::fd::AsRawFd;
        let magic = PathBuf::from(format!("/proc/self/fd/{}", open.as_raw_fd()));
        let w = write_output(&magic, b"after\n").unwrap();
        assert_eq!(
            w,
            Written {
                target: magic,
                through_link: false
            }
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "before\nafter\n");
    }

    #[test]
    fn a_plain_file_and_a_link_are_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f.vcf");
        fs::write(&file, "a much longer old content").unwrap();
        let w = write_output(&file, b"new").unwrap();
        assert_eq!(
            w,
            Written {
                target: file.clone(),
                through_link: false
            }
        );
        assert_eq!(fs::read_to_string(&file).unwrap(), "new");
        let link = dir.path().join("link");
        symlink("f.vcf", &link).unwrap();
        let w = write_output(&link, b"newer").unwrap();
        assert_eq!(
            w,
            Written {
                target: file.clone(),
                through_link: true
            }
        );
        assert_eq!(fs::read_to_string(&file).unwrap(), "newer");
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
    }

    #[test]
    fn a_device_is_written_into_not_replaced() {
        let null = Path::new("/dev/null");
        let w = write_output(null, b"x").unwrap();
        assert_eq!(
            w,
            Written {
                target: null.to_owned(),
                through_link: false
            }
        );
        assert!(fs::metadata(null).unwrap().file_type().is_char_device());
    }

    #[test]
    fn sockets_and_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let sock = dir.path().join("s");
        let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        let e = write_output(&sock, b"x").unwrap_err();
        assert!(e.to_string().contains("socket"), "{e}");
        assert!(fs::symlink_metadata(&sock).unwrap().file_type().is_socket());
        let e = write_output(dir.path(), b"x").unwrap_err();
        assert!(e.to_string().contains("folder"), "{e}");
    }
}
