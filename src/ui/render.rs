//! Tables and small text helpers. Tables fit the terminal width, and are plain (no colour,
//! no box art) when stdout is not a terminal or `NO_COLOR` is set.

use std::io::IsTerminal;

use comfy_table::{presets, Cell, ContentArrangement, Table};

#[derive(Debug, Clone)]
pub struct TableStyle {
    /// Box art and colours allowed (stdout is a terminal).
    pub fancy: bool,
    pub color: bool,
    pub width: Option<u16>,
}

impl TableStyle {
    pub fn detect() -> TableStyle {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|w| *w >= 20);
        // Piped output is never wrapped: one line per row, for grep, awk and friends.
        let width = if tty {
            // A pseudo-terminal may report 0 columns: fall back to no fitting then.
            columns.or_else(|| comfy_table::Table::new().width().filter(|w| *w >= 20))
        } else {
            None
        };
        TableStyle {
            fancy: tty,
            color: tty && !no_color,
            width,
        }
    }

    pub fn plain() -> TableStyle {
        TableStyle {
            fancy: false,
            color: false,
            width: None,
        }
    }
}

/// Renders a table: comfy-table on a terminal, plain aligned columns otherwise.
pub fn render_table(style: &TableStyle, header: &[&str], rows: Vec<Vec<String>>) -> String {
    if style.fancy || style.width.is_some() {
        let mut text = table(style, header, rows).trim_fmt();
        text.push('\n');
        text
    } else {
        plain_table(header, &rows)
    }
}

/// Columns separated by two spaces, padded to the widest cell, trailing blanks trimmed.
/// Hand-written because it is the hot path of `carnet list | …` on large address books.
pub fn plain_table(header: &[&str], rows: &[Vec<String>]) -> String {
    use std::borrow::Cow;
    use unicode_width::UnicodeWidthStr;
    fn width(s: &str) -> usize {
        if s.is_ascii() {
            s.len()
        } else {
            s.width()
        }
    }
    fn clean(c: &str) -> (Cow<'_, str>, usize) {
        let text = if c.contains(['\n', '\r', '\t']) {
            Cow::Owned(c.replace(['\n', '\r', '\t'], " "))
        } else {
            Cow::Borrowed(c)
        };
        let w = width(&text);
        (text, w)
    }
    let header: Vec<(Cow<'_, str>, usize)> = header.iter().map(|h| clean(h)).collect();
    let cells: Vec<Vec<(Cow<'_, str>, usize)>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|(_, w)| *w).collect();
    for row in &cells {
        for (i, (_, w)) in row.iter().enumerate() {
            if let Some(max) = widths.get_mut(i) {
                *max = (*max).max(*w);
            }
        }
    }
    let mut out = String::with_capacity(rows.len() * 64);
    for row in std::iter::once(&header).chain(cells.iter()) {
        let line_start = out.len();
        for (i, (text, w)) in row.iter().enumerate() {
            out.push_str(text);
            let mut pad = widths.get(i).map_or(0, |max| max + 2 - w);
            const SPACES: &str = "                                ";
            while pad > 0 {
                let n = pad.min(SPACES.len());
                out.push_str(&SPACES[..n]);
                pad -= n;
            }
        }
        let trimmed = out[line_start..].trim_end().len();
        out.truncate(line_start + trimmed);
        out.push('\n');
    }
    out
}

pub fn table(style: &TableStyle, header: &[&str], rows: Vec<Vec<String>>) -> Table {
    let mut t = Table::new();
    if style.fancy {
        t.load_preset(presets::UTF8_HORIZONTAL_ONLY);
    } else {
        t.load_preset(presets::NOTHING);
    }
    if !style.color {
        t.force_no_tty();
    }
    match style.width {
        Some(w) => {
            t.set_width(w);
            t.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(header.iter().map(Cell::new));
    for row in rows {
        t.add_row(row);
    }
    // comfy-table pads the first and last columns; plain output should start at column 0.
    if !style.fancy {
        for col in t.column_iter_mut() {
            col.set_padding((0, 2));
        }
    }
    t
}

/// Shortens `s` to at most `max` characters, with an ellipsis when cut.
pub fn ellipsize(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Shows an optional value, or nothing.
pub fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tables_align_wide_characters_and_trim() {
        let t = plain_table(
            &["ID", "NAME", "TAGS"],
            &[
                vec!["1".into(), "安藤".into(), "".into()],
                vec!["12".into(), "Zoë\nLine".into(), "a, b".into()],
            ],
        );
        assert_eq!(t, "ID  NAME      TAGS\n1   安藤\n12  Zoë Line  a, b\n");
    }
}
