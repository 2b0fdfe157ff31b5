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

/// The second column (a name) keeps at least this many before others are given up.
const MIN_NAME: usize = 20;

/// The columns of a table on a terminal `width` columns wide: the natural width of each
/// (its widest cell or header), shrunk to fit, or `None` for a column left out.
///
/// The first column (an id) is never shrunk and the second (a name) keeps up to
/// `MIN_NAME` columns; the others keep `MIN_COLUMN`. Columns are left out from the right
/// (never the first two) while even at those minimums the table would not fit; then the
/// widest of the others give up room one column at a time, then the name, down to its
/// minimum, and below it only when nothing else is left.
pub fn column_widths(natural: &[usize], width: Option<usize>) -> Vec<Option<usize>> {
    let Some(width) = width else {
        return natural.iter().map(|w| Some(*w)).collect();
    };
    let min = |i: usize| match i {
        0 => natural[0],
        1 => natural[1].min(MIN_NAME),
        _ => natural[i].min(MIN_COLUMN),
    };
    let gaps = |kept: usize| 2 * kept.saturating_sub(1);
    let mut kept = natural.len();
    while kept > 2 && (0..kept).map(min).sum::<usize>() + gaps(kept) > width {
        kept -= 1;
    }
    let mut widths: Vec<usize> = natural[..kept].to_vec();
    let mut total: usize = widths.iter().sum::<usize>() + gaps(kept);
    while total > width {
        // The widest of the other columns above its minimum, else the name as long as
        // something of it is left (the others being at their minimums, the name gives up
        // its room above its own minimum first, then below it).
        let other = (2..kept)
            .filter(|&i| widths[i] > min(i))
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        let name = (kept > 1).then_some(1).filter(|&i| widths[i] > 1);
        let shrink = other.or(name);
        let Some(i) = shrink else { break };
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

    fn widths(natural: &[usize], width: usize) -> Vec<Option<usize>> {
        column_widths(natural, Some(width))
    }

    #[test]
    fn a_table_that_fits_keeps_its_natural_widths() {
        let natural = [3, 22, 9, 37, 4];
        let total = 3 + 22 + 9 + 37 + 4 + 8;
        let all: Vec<Option<usize>> = natural.iter().map(|w| Some(*w)).collect();
        assert_eq!(widths(&natural, total), all);
        assert_eq!(widths(&natural, 200), all);
        assert_eq!(column_widths(&natural, None), all);
    }

    #[test]
    fn the_widest_other_column_gives_up_room_first() {
        let natural = [3, 22, 9, 37, 4];
        let total = 3 + 22 + 9 + 37 + 4 + 8;
        // One column short: the title (37) gives it.
        assert_eq!(
            widths(&natural, total - 1),
            [Some(3), Some(22), Some(9), Some(36), Some(4)]
        );
        // Down to the company's width, then both in turn (the leftmost first on a tie).
        assert_eq!(
            widths(&natural, total - 28),
            [Some(3), Some(22), Some(9), Some(9), Some(4)]
        );
        assert_eq!(
            widths(&natural, total - 29),
            [Some(3), Some(22), Some(8), Some(9), Some(4)]
        );
        assert_eq!(
            widths(&natural, total - 30),
            [Some(3), Some(22), Some(8), Some(8), Some(4)]
        );
    }

    #[test]
    fn columns_are_left_out_from_the_right_before_the_name_is_cut() {
        let natural = [3, 22, 9, 37, 4];
        // With all five at their minimums: 3 + 20 + 8 + 8 + 4 + 8 gaps = 51.
        assert_eq!(
            widths(&natural, 51),
            [Some(3), Some(20), Some(8), Some(8), Some(4)]
        );
        // One less: the tags go, and the title gives up what the others need.
        assert_eq!(
            widths(&natural, 50),
            [Some(3), Some(22), Some(9), Some(10), None]
        );
        // Minimums of four: 3 + 20 + 8 + 8 + 6 = 45; at 44 the title goes too.
        assert_eq!(
            widths(&natural, 45),
            [Some(3), Some(20), Some(8), Some(8), None]
        );
        assert_eq!(
            widths(&natural, 44),
            [Some(3), Some(22), Some(9), None, None]
        );
        // 3 + 20 + 8 + 4 = 35: the company is the last to go.
        assert_eq!(
            widths(&natural, 35),
            [Some(3), Some(20), Some(8), None, None]
        );
        assert_eq!(widths(&natural, 34), [Some(3), Some(22), None, None, None]);
        // The name is cut only when nothing else is left, and never to nothing.
        assert_eq!(widths(&natural, 20), [Some(3), Some(15), None, None, None]);
        assert_eq!(widths(&natural, 3), [Some(3), Some(1), None, None, None]);
        // The id is never cut.
        assert_eq!(widths(&[5, 4], 3), [Some(5), Some(1)]);
    }

    #[test]
    fn an_id_column_wider_than_the_others_minimum_counts_whole() {
        // 10 + 20 + 8 + 4 gaps = 42: all three at their minimums.
        assert_eq!(widths(&[10, 22, 9], 42), [Some(10), Some(20), Some(8)]);
        // One less: the id cannot give a column, so the third goes.
        assert_eq!(widths(&[10, 22, 9], 41), [Some(10), Some(22), None]);
    }

    #[test]
    fn narrow_columns_keep_their_whole_width() {
        // A tags column of 4 counts 4, not 8, towards what must fit.
        assert_eq!(widths(&[2, 6, 4], 16), [Some(2), Some(6), Some(4)]);
        assert_eq!(widths(&[2, 6, 4], 15), [Some(2), Some(6), None]);
        assert_eq!(widths(&[2], 1), [Some(2)]);
        assert!(widths(&[], 10).is_empty());
    }

    #[test]
    fn a_fitted_table_has_no_rule_and_cuts_cells_with_an_ellipsis() {
        let header = ["ID".to_owned(), "NAME".to_owned(), "TITLE".to_owned()];
        let rows = vec![
            vec![
                "#1".into(),
                "Zoë Łukasz".into(),
                "Céramiste et formatrice".into(),
            ],
            vec!["#12".into(), "安藤".into(), String::new()],
        ];
        assert_eq!(
            fitted_table(&header, &rows, Some(30), false),
            "ID   NAME        TITLE\n#1   Zoë Łukasz  Céramiste et…\n#12  安藤\n"
        );
        assert_eq!(
            fitted_table(&header, &rows, None, false),
            "ID   NAME        TITLE\n#1   Zoë Łukasz  Céramiste et formatrice\n#12  安藤\n"
        );
        assert_eq!(
            fitted_table(&header, &rows, Some(20), true),
            "\x1b[1mID   NAME\x1b[0m\n#1   Zoë Łukasz\n#12  安藤\n"
        );
        // A line break inside a cell never breaks the table.
        let rows = vec![vec!["#1".into(), "Zoë\nŁukasz".into(), "a\tb".into()]];
        assert_eq!(
            fitted_table(&header, &rows, Some(80), false),
            "ID  NAME        TITLE\n#1  Zoë Łukasz  a b\n"
        );
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
