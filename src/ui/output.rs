//! Data goes to stdout, messages to stderr. Write errors on stdout (a closed pipe) are
//! returned, never panicked on.
//!
//! Text from the database or a file may hold what a terminal obeys instead of showing — an
//! escape sequence that sets the window title, writes the clipboard or clears the screen,
//! a bell, a bidirectional override that makes a name show as another. Carnet refuses them
//! on the way in, but older data or another program's writes may still carry them: every
//! page, table cell, line and message printed here is passed through
//! `model::text::escape_unsafe`, which writes them as visible `\u{1b}` escapes. Only
//! `text` (carnet's own output: completion scripts, the QR drawing) and `stream` into a file or
//! a pipe (an export: the bytes as they are) go out untouched.

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use super::render::{self, TableStyle};
use crate::i18n::Lang;
use crate::model::text::escape_unsafe;

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
    /// Whether a pager may be used at all (`--no-pager` says no).
    pager_allowed: bool,
    /// Whether this command's screens go through the pager (see `paged`).
    paged: bool,
}

impl Output {
    /// The output of this run, in English until [`Output::set_lang`] says otherwise.
    pub fn new(json: bool) -> Output {
        Output {
            json,
            style: TableStyle::detect(),
            lang: Lang::En,
            pager_allowed: true,
            paged: false,
        }
    }

    /// `--no-pager`: never page.
    pub fn forbid_pager(&mut self) {
        self.pager_allowed = false;
    }

    /// The screens of this command may be long: on a terminal they go through the pager
    /// (`ui::pager`), never with `--json`, `--no-pager` or when stdout is not a terminal.
    pub fn paged(&mut self) {
        self.paged = true;
    }

    /// The pager to use for this command's screens, if any.
    fn pager(&self) -> Option<Vec<String>> {
        if !self.paged || !self.pager_allowed || self.json || !self.is_terminal() {
            return None;
        }
        let var = |name| std::env::var(name).ok();
        super::pager::command_from(var("CARNET_PAGER").as_deref(), var("PAGER").as_deref())
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

    /// Prints text on stdout, a newline added, its unsafe characters made visible.
    pub fn line(&self, text: impl std::fmt::Display) -> io::Result<()> {
        let text = text.to_string();
        let mut out = io::stdout().lock();
        writeln!(out, "{}", escape_unsafe(&text, true))?;
        out.flush()
    }

    /// Standard output for data written as it is produced (an export of any size): as it
    /// is into a file or a pipe, with its unsafe characters made visible on a terminal.
    pub fn stream(&self) -> Box<dyn Write> {
        let out = io::stdout().lock();
        if self.is_terminal() {
            Box::new(Visible::new(out))
        } else {
            Box::new(out)
        }
    }

    /// Prints carnet's own text on stdout as is (a completion script, a QR drawing): never
    /// text from the database.
    pub fn text(&self, text: &str) -> io::Result<()> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// Prints a page on stdout, its unsafe characters made visible.
    pub fn page(&self, text: &str) -> io::Result<()> {
        self.text(&escape_unsafe(text, true))
    }

    /// Prints a table on stdout, its cells' unsafe characters made visible.
    pub fn table(&self, header: &[String], rows: Vec<Vec<String>>) -> io::Result<()> {
        let rows = escape_rows(rows);
        self.text(&render::render_table(&self.style, header, rows))
    }

    /// Prints what a screen shows as text, through the pager when this command is paged.
    pub fn print(&self, text: Text) -> io::Result<()> {
        if let Some(pager) = self.pager() {
            let mut all = String::new();
            self.collect(text, &mut all);
            if !super::pager::page(&pager, &all)? {
                self.text(&all)?;
            }
            return Ok(());
        }
        self.print_now(text)
    }

    /// The stdout part of `text` gathered in `all`; its messages said on stderr now.
    fn collect(&self, text: Text, all: &mut String) {
        match text {
            Text::Page(t) => all.push_str(&escape_unsafe(&t, true)),
            Text::Table { header, rows } => {
                all.push_str(&render::render_table(
                    &self.style,
                    &header,
                    escape_rows(rows),
                ));
            }
            Text::Status(message) => self.status(message),
            Text::Parts(parts) => parts.into_iter().for_each(|p| self.collect(p, all)),
        }
    }

    fn print_now(&self, text: Text) -> io::Result<()> {
        match text {
            Text::Page(t) => self.page(&t),
            Text::Table { header, rows } => self.table(&header, rows),
            Text::Status(message) => {
                self.status(message);
                Ok(())
            }
            Text::Parts(parts) => parts.into_iter().try_for_each(|p| self.print_now(p)),
        }
    }

    /// A message for the person at the terminal, on stderr, its unsafe characters made
    /// visible. Never fails.
    pub fn status(&self, text: impl std::fmt::Display) {
        let text = text.to_string();
        let _ = writeln!(io::stderr().lock(), "{}", escape_unsafe(&text, true));
    }

    /// Whether stdout is a terminal.
    pub fn is_terminal(&self) -> bool {
        io::stdout().is_terminal()
    }
}

/// The cells of a table with their unsafe characters made visible.
fn escape_rows(rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    rows.into_iter()
        .map(|row| {
            row.into_iter()
                .map(|cell| match escape_unsafe(&cell, true) {
                    std::borrow::Cow::Borrowed(_) => cell,
                    std::borrow::Cow::Owned(escaped) => escaped,
                })
                .collect()
        })
        .collect()
}

/// A writer onto a terminal: each line goes out once it is whole, its unsafe characters
/// made visible (`escape_unsafe`), so that a character is never cut between two writes.
struct Visible<W: Write> {
    inner: W,
    /// What was written after the last line break.
    pending: Vec<u8>,
}

impl<W: Write> Visible<W> {
    fn new(inner: W) -> Self {
        Visible {
            inner,
            pending: Vec::new(),
        }
    }

    /// Writes `bytes` out, made visible.
    fn emit(&mut self, bytes: &[u8]) -> io::Result<()> {
        let text = String::from_utf8_lossy(bytes);
        self.inner.write_all(escape_unsafe(&text, true).as_bytes())
    }
}

impl<W: Write> Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(end) = self.pending.iter().rposition(|&b| b == b'\n') {
            let rest = self.pending.split_off(end + 1);
            let lines = std::mem::replace(&mut self.pending, rest);
            self.emit(&lines)?;
        }
        Ok(buf.len())
    }

    /// Writes what is pending too, but the start of a character still to come.
    fn flush(&mut self) -> io::Result<()> {
        let whole = match std::str::from_utf8(&self.pending) {
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            _ => self.pending.len(),
        };
        let rest = self.pending.split_off(whole);
        let done = std::mem::replace(&mut self.pending, rest);
        self.emit(&done)?;
        self.inner.flush()
    }
}

impl<W: Write> Drop for Visible<W> {
    fn drop(&mut self) {
        let rest = std::mem::take(&mut self.pending);
        let _ = self.emit(&rest).and_then(|()| self.inner.flush());
    }
}

#[cfg(test)]
mod visible_tests {
    use super::*;

    /// What `Visible` writes of `chunks`, written one after the other and flushed.
    fn shown(chunks: &[&[u8]]) -> String {
        let mut out = Vec::new();
        {
            let mut v = Visible::new(&mut out);
            for c in chunks {
                v.write_all(c).unwrap();
            }
            v.flush().unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn lines_are_made_visible_whole_whatever_the_writes() {
        let text = "FN:Zoë\u{1b}]0;x\u{7}\r\nORG:Vœux\u{202E}\r\nNOTE:a\tb\r\n";
        let expected = escape_unsafe(text, true).into_owned();
        assert!(!expected.contains('\u{1b}'), "{expected}");
        let bytes = text.as_bytes();
        assert_eq!(shown(&[bytes]), expected);
        // Cut anywhere, even inside a character: the same.
        for cut in 1..bytes.len() {
            assert_eq!(
                shown(&[&bytes[..cut], &bytes[cut..]]),
                expected,
                "cut at {cut}"
            );
        }
        // Bytes one at a time.
        let ones: Vec<&[u8]> = bytes.chunks(1).collect();
        assert_eq!(shown(&ones), expected);
    }

    #[test]
    fn a_flush_keeps_a_character_still_incomplete_and_a_drop_writes_what_is_left() {
        let mut out = Vec::new();
        {
            let mut v = Visible::new(&mut out);
            v.write_all(b"Zo\xc3").unwrap();
            v.flush().unwrap();
            assert_eq!(v.inner.as_slice(), b"Zo");
            v.write_all(b"\xab\x07").unwrap();
            v.flush().unwrap();
            assert_eq!(v.inner.as_slice(), "Zoë\\u{7}".as_bytes());
            v.write_all(b"\xc3").unwrap();
        }
        assert_eq!(String::from_utf8(out).unwrap(), "Zoë\\u{7}\u{FFFD}");
    }
}
