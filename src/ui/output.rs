//! Data goes to stdout, messages to stderr. Write errors on stdout (a closed pipe) are
//! returned, never panicked on.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use super::render::{self, TableStyle};
use crate::i18n::Lang;

/// What a screen prints as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// Text for stdout, as is.
    Page(String),
    /// A table for stdout, fitted to the terminal.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Nothing for stdout: a message for the person, on stderr ("No contacts.", the
    /// report of an import).
    Status(String),
    /// Several pieces, one after the other.
    Parts(Vec<Text>),
}

pub struct Output {
    json: bool,
    style: TableStyle,
    lang: Lang,
}

impl Output {
    /// The output of this run, in English until [`Output::set_lang`] says otherwise.
    pub fn new(json: bool) -> Output {
        Output {
            json,
            style: TableStyle::detect(),
            lang: Lang::En,
        }
    }

    /// The language screens are shown in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Whether `--json` was asked for.
    pub fn json(&self) -> bool {
        self.json
    }

    pub fn style(&self) -> &TableStyle {
        &self.style
    }

    /// Prints a value as pretty JSON on stdout.
    pub fn print_json<T: Serialize + ?Sized>(&self, value: &T) -> anyhow::Result<()> {
        let mut out = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, value).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
        out.flush()?;
        Ok(())
    }

    /// Prints text on stdout, a newline added.
    pub fn line(&self, text: impl std::fmt::Display) -> io::Result<()> {
        let mut out = io::stdout().lock();
        writeln!(out, "{text}")?;
        out.flush()
    }

    /// Prints text on stdout as is.
    pub fn text(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// Prints a table on stdout.
    pub fn table(&self, header: &[String], rows: Vec<Vec<String>>) -> io::Result<()> {
        self.text(&render::render_table(&self.style, header, rows))
    }

    /// Prints what a screen shows as text.
    pub fn print(&self, text: Text) -> io::Result<()> {
        match text {
            Text::Page(t) => self.text(&t),
            Text::Table { header, rows } => self.table(&header, rows),
            Text::Status(message) => {
                self.status(message);
                Ok(())
            }
            Text::Parts(parts) => parts.into_iter().try_for_each(|p| self.print(p)),
        }
    }

    /// A message for the person at the terminal, on stderr. Never fails.
    pub fn status(&self, text: impl std::fmt::Display) {
        let _ = writeln!(io::stderr().lock(), "{text}");
    }

    /// Whether stdout is a terminal.
    pub fn is_terminal(&self) -> bool {
        io::stdout().is_terminal()
    }
}
