//! The complete database as JSON (a `model::dump::Dump`), so that `carnet import` of the
//! file into an empty database restores it exactly.

use crate::model::dump::{Dump, FORMAT, FORMAT_VERSION};

#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("not a carnet JSON export: {0}")]
    Syntax(#[from] serde_json::Error),
    #[error("not a carnet JSON export (format '{0}')")]
    Format(String),
    #[error("JSON export format version {0} is newer than this carnet knows ({FORMAT_VERSION})")]
    Version(u32),
}

pub fn read(bytes: &[u8]) -> Result<Dump, DumpError> {
    let text = super::to_utf8(bytes);
    let dump: Dump = serde_json::from_str(&text)?;
    if dump.format != FORMAT {
        return Err(DumpError::Format(dump.format));
    }
    if dump.format_version > FORMAT_VERSION {
        return Err(DumpError::Version(dump.format_version));
    }
    Ok(dump)
}

/// Writes a dump (a `Dump`, or the store's `DumpStream`, which serialises the same) to `w`,
/// as `write` does.
pub fn write_to<W: std::io::Write>(mut w: W, dump: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut w, dump)?;
    w.write_all(b"\n")
}

pub fn write(dump: &Dump) -> serde_json::Result<String> {
    let mut s = serde_json::to_string_pretty(dump)?;
    s.push('\n');
    Ok(s)
}
