//! Tables and small text helpers. Tables fit the terminal width, and are plain (no colour,
//! no box art) when stdout is not a terminal or `NO_COLOR` is set.

use std::io::IsTerminal;

use comfy_table::{presets, Cell, ContentArrangement, Table};

#[derive(Debug, Clone)]
pub struct TableStyle {
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
        let width = if tty {
            // A pseudo-terminal may report 0 columns: fall back to no fitting then.
            columns.or_else(|| comfy_table::Table::new().width().filter(|w| *w >= 20))
        } else {
            columns
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
