//! Tables and small text helpers. On a terminal a table is compact (no box, no rule between
//! rows) and fits the width: columns are left out from the right, then shortened with "…".
//! Piped, it is plain aligned columns, whole, one line per row.

use std::io::IsTerminal;

#[derive(Debug, Clone)]
pub struct TableStyle {
    /// Box art and colours allowed (stdout is a terminal).
    pub fancy: bool,
    pub color: bool,
    pub width: Option<u16>,
    /// The width screens of lines (`today`) are fitted to: the terminal's, else `COLUMNS`
    /// when set (a width asked for explicitly); `None` writes them whole.
    pub lines: Option<usize>,
}

impl TableStyle {
    pub fn detect() -> TableStyle {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let env_columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|w| *w > 0);
        let columns = env_columns.filter(|w| *w >= 20);
        // Piped output is never wrapped: one line per row, for grep, awk and friends.
        let width = if tty {
            // A pseudo-terminal may report 0 columns: fall back to no fitting then.
            columns.or_else(|| comfy_table::Table::new().width().filter(|w| *w >= 20))
        } else {
            None
        };
        let lines = if tty {
            env_columns.or(width).map(usize::from)
        } else {
            env_columns.map(usize::from)
        };
        TableStyle {
            fancy: tty,
            color: tty && !no_color,
            width,
            lines,
        }
    }

    pub fn plain() -> TableStyle {
        TableStyle {
            fancy: false,
            color: false,
            width: None,
            lines: None,
        }
    }
}

/// Renders a table: on a terminal compact and fitted to its width (`fitted_table`), plain
/// aligned columns otherwise.
pub fn render_table(style: &TableStyle, header: &[String], rows: Vec<Vec<String>>) -> String {
    if style.fancy || style.width.is_some() {
        fitted_table(header, &rows, style.width.map(usize::from), style.color)
    } else {
        plain_table(header, &rows)
    }
}

/// A column keeps at least this many columns (or its whole width when narrower) before the
/// table gives it up.
const MIN_COLUMN: usize = 8;

/// The columns of a table on a terminal `width` columns wide: the natural width of each
/// (its widest cell or header), shrunk to fit, or `None` for a column left out. The first
/// two (an id and a name) are always kept and the id never shrunk; the others are left out
/// from the right while even at their minimum they would not fit; then the widest columns
/// give up room, one column at a time, until the table fits.
pub fn column_widths(natural: &[usize], width: Option<usize>) -> Vec<Option<usize>> {
    let Some(width) = width else {
        return natural.iter().map(|w| Some(*w)).collect();
    };
    let min = |i: usize, w: usize| if i == 0 { w } else { w.min(MIN_COLUMN) };
    let mut kept = natural.len();
    let needed = |kept: usize| -> usize {
        natural[..kept]
            .iter()
            .enumerate()
            .map(|(i, w)| min(i, *w))
            .sum::<usize>()
            + 2 * kept.saturating_sub(1)
    };
    while kept > 2 && needed(kept) > width {
        kept -= 1;
    }
    let mut widths: Vec<usize> = natural[..kept].to_vec();
    let gaps = 2 * kept.saturating_sub(1);
    let mut total: usize = widths.iter().sum::<usize>() + gaps;
    while total > width {
        // The widest column that can still give a column up.
        let widest = (1..kept)
            .filter(|&i| widths[i] > min(i, natural[i]))
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        let Some(i) = widest else { break };
        widths[i] -= 1;
        total -= 1;
    }
    (0..natural.len())
        .map(|i| (i < kept).then(|| widths[i]))
        .collect()
}

/// A table for a terminal: no box and no rule between rows, the header in bold when
/// colours are allowed, columns chosen and cells shortened with "…" to fit `width`.
pub fn fitted_table(
    header: &[String],
    rows: &[Vec<String>],
    width: Option<usize>,
    bold: bool,
) -> String {
    use super::fit;
    let one = |s: &str| fit::one_line(s);
    let mut natural: Vec<usize> = header.iter().map(|h| fit::width(h)).collect();
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| one(c)).collect())
        .collect();
    for row in &cells {
        for (max, cell) in natural.iter_mut().zip(row) {
            *max = (*max).max(fit::width(cell));
        }
    }
    let widths = column_widths(&natural, width);
    let mut out = String::new();
    let mut line = |cells: &[String], bold: bool| {
        let mut text = String::new();
        for (cell, w) in cells.iter().zip(&widths) {
            let Some(w) = w else { continue };
            if !text.is_empty() {
                text.push_str("  ");
            }
            text.push_str(&fit::pad(&fit::truncate(cell, *w), *w));
        }
        let text = text.trim_end();
        if bold && !text.is_empty() {
            out.push_str("\x1b[1m");
            out.push_str(text);
            out.push_str("\x1b[0m");
        } else {
            out.push_str(text);
        }
        out.push('\n');
    };
    line(header, bold);
    for row in &cells {
        line(row, false);
    }
    out
}

/// Columns separated by two spaces, padded to the widest cell, trailing blanks trimmed.
/// Hand-written because it is the hot path of `carnet list | …` on large address books: one
/// pass for the widths, one to write, no allocation per cell (line breaks and tabs inside a
/// cell, which would break the columns, are rare and copied as spaces).
pub fn plain_table<S: AsRef<str>>(header: &[S], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| cell_width(h.as_ref())).collect();
    let mut bytes = 0;
    for row in rows {
        for (max, cell) in widths.iter_mut().zip(row) {
            *max = (*max).max(cell_width(cell));
            bytes += cell.len();
        }
    }
    let mut out = String::with_capacity(bytes + rows.len() * 2 * widths.len() + 256);
    write_plain_row(&mut out, header.iter().map(AsRef::as_ref), &widths);
    for row in rows {
        write_plain_row(&mut out, row.iter().map(String::as_str), &widths);
    }
    out
}

/// A plain table filled cell by cell into one buffer, for long listings: the same output
/// as `plain_table`, without a `String` per cell.
pub struct PlainTable {
    columns: usize,
    text: String,
    /// Each cell's end in `text`, and its width.
    cells: Vec<(usize, usize)>,
    widths: Vec<usize>,
}

impl PlainTable {
    pub fn new(header: &[&str]) -> PlainTable {
        let mut t = PlainTable {
            columns: header.len(),
            text: String::new(),
            cells: Vec::new(),
            widths: vec![0; header.len()],
        };
        for h in header {
            t.cell(h);
        }
        t
    }

    /// Adds the next cell (rows wrap after as many cells as the header has).
    pub fn cell(&mut self, s: &str) {
        self.text.push_str(s);
        self.end_cell();
    }

    /// Adds the next cell made of `parts` joined by `sep`.
    pub fn cell_joined(&mut self, parts: &[&str], sep: &str) {
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                self.text.push_str(sep);
            }
            self.text.push_str(p);
        }
        self.end_cell();
    }

    fn end_cell(&mut self) {
        let start = self.cells.last().map_or(0, |(end, _)| *end);
        let w = cell_width(&self.text[start..]);
        let column = self.cells.len() % self.columns.max(1);
        if let Some(max) = self.widths.get_mut(column) {
            *max = (*max).max(w);
        }
        self.cells.push((self.text.len(), w));
    }

    pub fn render(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + self.cells.len() * 2 + 64);
        let mut start = 0;
        for row in self.cells.chunks(self.columns.max(1)) {
            let cells = row.iter().map(|(end, w)| {
                let cell = (&self.text[start..*end], *w);
                start = *end;
                cell
            });
            write_plain_cells(&mut out, cells, &self.widths);
        }
        out
    }
}

fn has_breaks(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\t'))
}

/// The display width of a cell as written (line breaks and tabs become spaces).
fn cell_width(s: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    if s.is_ascii() {
        return s.len();
    }
    // Accented Latin letters (U+00A0–U+024F, but the soft hyphen) are one column each: most
    // names need no look-up in the width tables.
    let mut latin = 0;
    if s.chars().all(|c| {
        latin += 1;
        matches!(c, ' '..='~' | '\n' | '\r' | '\t' | '\u{A0}'..='\u{24F}') && c != '\u{AD}'
    }) {
        return latin;
    }
    if has_breaks(s) {
        s.replace(['\n', '\r', '\t'], " ").width()
    } else {
        s.width()
    }
}

/// Writes one line; padding is written only before a non-empty cell, so that no trailing
/// blanks are written only to be trimmed again.
fn write_plain_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>, widths: &[usize]) {
    write_plain_cells(out, cells.map(|c| (c, cell_width(c))), widths);
}

/// `write_plain_row` with each cell's width already known.
fn write_plain_cells<'a>(
    out: &mut String,
    cells: impl Iterator<Item = (&'a str, usize)>,
    widths: &[usize],
) {
    const SPACES: &str = "                                ";
    let line_start = out.len();
    let mut pad = 0;
    for (i, (cell, width)) in cells.enumerate() {
        if !cell.is_empty() {
            while pad > 0 {
                let n = pad.min(SPACES.len());
                out.push_str(&SPACES[..n]);
                pad -= n;
            }
            if has_breaks(cell) {
                out.extend(cell.chars().map(|c| match c {
                    '\n' | '\r' | '\t' => ' ',
                    c => c,
                }));
            } else {
                out.push_str(cell);
            }
        }
        pad += widths.get(i).map_or(0, |max| max + 2 - width);
    }
    // A cell's own trailing blanks are trimmed too.
    let trimmed = out[line_start..].trim_end().len();
    out.truncate(line_start + trimmed);
    out.push('\n');
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

    #[test]
    fn a_table_filled_cell_by_cell_prints_as_plain_table() {
        let header = ["ID", "NAME", "TAGS"];
        let rows = [
            ["1", "安藤", ""],
            ["12", "Zoë\nLine", "a, b"],
            ["7", "", "x "],
        ];
        let mut t = PlainTable::new(&header);
        for r in &rows {
            t.cell(r[0]);
            t.cell(r[1]);
            t.cell_joined(&r[2].split(", ").collect::<Vec<_>>(), ", ");
        }
        let owned: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        assert_eq!(t.render(), plain_table(&header, &owned));
    }

    #[test]
    fn the_latin_shortcut_agrees_with_the_width_tables() {
        use unicode_width::UnicodeWidthStr;
        for c in ('\u{A0}'..='\u{24F}').filter(|c| *c != '\u{AD}') {
            let s = format!("Zo{c}ë");
            assert_eq!(cell_width(&s), s.width(), "{c:?}");
        }
        assert_eq!(cell_width("Zoë 安藤"), 8);
        assert_eq!(cell_width("Zoë\tx"), 5);
    }
}
