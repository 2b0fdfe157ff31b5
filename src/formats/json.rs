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
    /// A text value a terminal would obey rather than show (`value` escaped).
    #[error("{}", crate::tr!("json-unsafe-text", table = .table, row = *.row, column = .column, value = .value))]
    Unsafe {
        table: String,
        row: usize,
        column: String,
        value: String,
    },
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
    check_text(&dump)?;
    Ok(dump)
}

/// Writes a dump (a `Dump`, or the store's `DumpStream`, which serialises the same) to `w`,
/// as `write` does.
pub fn write_to<W: std::io::Write>(mut w: W, dump: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut w, dump)?;
    w.write_all(b"\n")
}

/// Refuses control characters (but newlines and tabs) and bidirectional controls in any
/// text of the export, as they are refused when typed: a restore must not bring in what
/// `carnet add` would refuse.
fn check_text(dump: &Dump) -> Result<(), DumpError> {
    use crate::model::text::{escape_unsafe, is_bidi_control};
    for (table, rows) in &dump.tables {
        for (i, row) in rows.iter().enumerate() {
            for (column, value) in row {
                let serde_json::Value::String(text) = value else {
                    continue;
                };
                let bad = |c: char| {
                    (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || is_bidi_control(c)
                };
                if text.chars().any(bad) {
                    return Err(DumpError::Unsafe {
                        table: table.clone(),
                        row: i + 1,
                        column: column.clone(),
                        value: escape_unsafe(text, true).into_owned(),
                    });
                }
            }
        }
    }
    Ok(())
}

pub fn write(dump: &Dump) -> serde_json::Result<String> {
    let mut s = serde_json::to_string_pretty(dump)?;
    s.push('\n');
    Ok(s)
}
