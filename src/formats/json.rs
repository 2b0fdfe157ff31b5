//! The complete database as JSON (a `model::dump::Dump`), so that `carnet import` of the
//! file into an empty database restores it exactly.

use crate::model::dump::{Dump, FORMAT, FORMAT_VERSION};

#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("{}", crate::tr!("import-not-json-export", error = .0.to_string()))]
    Syntax(#[from] serde_json::Error),
    #[error("{}", crate::tr!("import-not-json-format", format = .0.as_str()))]
    Format(String),
    #[error("{}", crate::tr!("import-json-newer", found = *.0, known = FORMAT_VERSION))]
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

pub fn write(dump: &Dump) -> serde_json::Result<String> {
    let mut s = serde_json::to_string_pretty(dump)?;
    s.push('\n');
    Ok(s)
}
