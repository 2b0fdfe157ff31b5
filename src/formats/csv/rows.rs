//! The rows of a CSV stream, read a line at a time, and what to do when a quote never
//! closes.
//!
//! Fields are split exactly as the `csv` crate does (RFC 4180: `,` between fields, a field
//! in double quotes may hold commas, line breaks and `""`; a quote inside an unquoted field
//! is a character; blank lines are not rows). What it cannot do is notice a quote opened by
//! mistake, after which every line to the next quote (or to the end of the file) becomes
//! one field. Here a quoted field that runs over line ends is checked:
//!
//! - it reaches the end of the file: the quote never closes;
//! - the lines it swallows are rows of the file (each of them, on its own, a tidy row with
//!   as many fields as the header): at least two of them and half the lines it spans, or one
//!   when the record it makes does not have the header's number of fields;
//! - it grows past `MAX_LINE` bytes.
//!
//! Then the row where it started is given up (and named), and reading goes on at the line
//! after the one where the quote opened, so that the rows after it are read as rows. The
//! lines of a record spanning lines are held until it ends (at most `MAX_LINE` bytes).

use std::io::{self, BufRead};

use crate::formats::lines::{Line, Lines, MAX_LINE};
use crate::model::interop::{QuoteTrouble, SkipReason};

/// Where the reader is in a record (the states of csv-core's reader).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    InField,
    InQuoted,
    /// A `"` inside a quoted field: the next byte says whether it closes it.
    QuoteInQuoted,
}

/// What the reader yields.
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    /// A record: the line it starts on and its fields, as bytes.
    Row { line: usize, fields: Vec<Vec<u8>> },
    /// A row given up: the line it starts on, and why.
    Damaged { line: usize, reason: SkipReason },
}

pub struct Rows<R> {
    lines: Lines<R>,
    /// How many fields the header has (0 before it is read): rows swallowed by a quote are
    /// recognised by it.
    pub width: usize,
    state: State,
    field: Vec<u8>,
    fields: Vec<Vec<u8>>,
    /// The line the record being read starts on.
    start: usize,
    /// The line where the last quote opened.
    quote_line: usize,
    /// The line where the quote opened that stayed open at the end of a line.
    crossing: Option<usize>,
    /// The lines of a record spanning several, held in case it is given up.
    held: Vec<Line>,
    held_bytes: usize,
    /// Lines after the first of a record, and how many of them look like rows.
    continued: usize,
    rowlike: usize,
    /// Whether, on a line after the first of the record, a quote closed a field with more
    /// of the field after it (`"r`): the quote opened a field of another row.
    stray_close: bool,
}

impl<R: BufRead> Rows<R> {
    pub fn new(lines: Lines<R>) -> Self {
        Rows {
            lines,
            width: 0,
            state: State::StartRecord,
            field: Vec::new(),
            fields: Vec::new(),
            start: 0,
            quote_line: 0,
            crossing: None,
            held: Vec::new(),
            held_bytes: 0,
            continued: 0,
            rowlike: 0,
            stray_close: false,
        }
    }

    /// The next row, or damaged row; `None` at the end.
    pub fn next_event(&mut self) -> io::Result<Option<Event>> {
        loop {
            let event = match self.lines.next_line()? {
                Some(line) => self.feed(line),
                // Giving up a record at the end may give lines back to read again.
                None => return Ok(self.end_of_file()),
            };
            if event.is_some() {
                return Ok(event);
            }
        }
    }

    fn reset(&mut self) {
        self.state = State::StartRecord;
        self.field.clear();
        self.fields.clear();
        self.crossing = None;
        self.held.clear();
        self.held_bytes = 0;
        self.continued = 0;
        self.rowlike = 0;
        self.stray_close = false;
    }

    /// Gives up the record being read (it starts on `self.start`): the lines after the one
    /// where its runaway quote opened are read again.
    fn give_up(&mut self, why: QuoteTrouble) -> Event {
        let quote = self.crossing.unwrap_or(self.quote_line);
        let event = Event::Damaged {
            line: self.start,
            reason: SkipReason::UnterminatedQuote { line: quote, why },
        };
        let again: Vec<Line> = std::mem::take(&mut self.held)
            .into_iter()
            .filter(|l| l.number > quote)
            .collect();
        self.reset();
        self.lines.unread(again.into_iter());
        event
    }

    fn feed(&mut self, line: Line) -> Option<Event> {
        let continuing = self.state != State::StartRecord;
        if continuing {
            self.continued += 1;
            if self.width >= 3 && row_shape(line.content()) == Some(self.width) {
                self.rowlike += 1;
            }
        } else if line.content().is_empty() {
            // A blank line is not a row.
            return None;
        } else {
            self.start = line.number;
        }
        if line.cut {
            let event = Event::Damaged {
                line: self.start,
                reason: SkipReason::LineTooLong { limit: MAX_LINE },
            };
            self.reset();
            return Some(event);
        }
        let mut ended = false;
        for &b in &line.bytes {
            if ended {
                // The `\n` of a `\r\n`: nothing more is on the line.
                continue;
            }
            ended = self.byte(b, line.number);
        }
        if ended {
            self.fields.push(std::mem::take(&mut self.field));
            let fields = std::mem::take(&mut self.fields);
            if self.crossing.is_none() {
                self.reset();
                return Some(Event::Row {
                    line: self.start,
                    fields,
                });
            }
            // A record over several lines: is it one, or rows swallowed by a quote?
            let swallowed = self.stray_close
                || (self.rowlike >= 1
                    && self.rowlike * 2 >= self.continued
                    && (self.rowlike >= 2 || fields.len() != self.width));
            if swallowed {
                self.held_bytes += line.bytes.len();
                self.held.push(line);
                return Some(self.give_up(QuoteTrouble::SwallowsRows));
            }
            self.reset();
            return Some(Event::Row {
                line: self.start,
                fields,
            });
        }
        // The record goes on: on the next line, inside a quoted field.
        if self.state == State::InQuoted && line.ended() {
            self.crossing.get_or_insert(self.quote_line);
        }
        self.held_bytes += line.bytes.len();
        self.held.push(line);
        if self.held_bytes > MAX_LINE {
            return Some(self.give_up(QuoteTrouble::TooLong(MAX_LINE)));
        }
        if self.width >= 3 && self.rowlike >= 2 && self.rowlike * 2 >= self.continued {
            return Some(self.give_up(QuoteTrouble::SwallowsRows));
        }
        None
    }

    /// One byte of a line; whether it ended the record.
    fn byte(&mut self, b: u8, line: usize) -> bool {
        let end = b == b'\n' || b == b'\r';
        match self.state {
            State::StartRecord if end => {}
            State::StartRecord | State::StartField => {
                if b == b'"' {
                    self.state = State::InQuoted;
                    self.quote_line = line;
                } else if b == b',' {
                    self.fields.push(std::mem::take(&mut self.field));
                    self.state = State::StartField;
                } else if end {
                    self.state = State::StartRecord;
                    return true;
                } else {
                    self.field.push(b);
                    self.state = State::InField;
                }
            }
            State::InField => {
                if b == b',' {
                    self.fields.push(std::mem::take(&mut self.field));
                    self.state = State::StartField;
                } else if end {
                    self.state = State::StartRecord;
                    return true;
                } else {
                    self.field.push(b);
                }
            }
            State::InQuoted => {
                if b == b'"' {
                    self.state = State::QuoteInQuoted;
                } else {
                    self.field.push(b);
                }
            }
            State::QuoteInQuoted => {
                if b == b'"' {
                    self.field.push(b);
                    self.state = State::InQuoted;
                } else if b == b',' {
                    self.fields.push(std::mem::take(&mut self.field));
                    self.state = State::StartField;
                } else if end {
                    self.state = State::StartRecord;
                    return true;
                } else {
                    self.stray_close |= self.crossing.is_some();
                    self.field.push(b);
                    self.state = State::InField;
                }
            }
        }
        false
    }

    fn end_of_file(&mut self) -> Option<Event> {
        match self.state {
            State::StartRecord => None,
            State::InQuoted => Some(self.give_up(QuoteTrouble::EndOfFile)),
            _ => {
                // The last line has no end: its record ends with the file.
                self.fields.push(std::mem::take(&mut self.field));
                let fields = std::mem::take(&mut self.fields);
                let multi = self.crossing.is_some();
                let swallowed = multi
                    && (self.stray_close
                        || (self.rowlike >= 1
                            && self.rowlike * 2 >= self.continued
                            && (self.rowlike >= 2 || fields.len() != self.width)));
                if swallowed {
                    return Some(self.give_up(QuoteTrouble::SwallowsRows));
                }
                self.reset();
                Some(Event::Row {
                    line: self.start,
                    fields,
                })
            }
        }
    }
}

/// The number of fields of a line that is a tidy CSV row on its own: every field either
/// without quotes, or quoted whole (quotes inside doubled). `None` for anything else (a
/// quote inside a field, or one left open), which rows written by a program never are.
pub fn row_shape(line: &[u8]) -> Option<usize> {
    let mut fields = 1;
    let mut i = 0;
    loop {
        if line.get(i) == Some(&b'"') {
            i += 1;
            loop {
                let q = i + line[i..].iter().position(|b| *b == b'"')?;
                if line.get(q + 1) == Some(&b'"') {
                    i = q + 2;
                } else {
                    i = q + 1;
                    break;
                }
            }
            match line.get(i) {
                None => return Some(fields),
                Some(b',') => {}
                Some(_) => return None,
            }
        } else {
            let rest = &line[i..];
            let stop = rest.iter().position(|b| *b == b',' || *b == b'"');
            match stop.map(|s| rest[s]) {
                None => return Some(fields),
                Some(b'"') => return None,
                _ => i += stop.unwrap_or(0),
            }
        }
        // At a comma.
        fields += 1;
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(text: &str, width: usize) -> Vec<Event> {
        let mut rows = Rows::new(Lines::new(text.as_bytes(), true));
        rows.width = width;
        std::iter::from_fn(|| rows.next_event().unwrap()).collect()
    }

    fn row(line: usize, fields: &[&str]) -> Event {
        Event::Row {
            line,
            fields: fields.iter().map(|f| f.as_bytes().to_vec()).collect(),
        }
    }

    fn damaged(line: usize, quote: usize, why: QuoteTrouble) -> Event {
        Event::Damaged {
            line,
            reason: SkipReason::UnterminatedQuote { line: quote, why },
        }
    }

    #[test]
    fn fields_are_split_as_the_csv_crate_splits_them() {
        let text =
            "a,\"b,c\",\"d\"\"e\"\r\n\r\n\"multi\r\nline\",x\rlast,\"q\"z,\"\"\n,\n\"x\"y\"z,w";
        let got = events(text, 0);
        assert_eq!(
            got,
            [
                row(1, &["a", "b,c", "d\"e"]),
                row(3, &["multi\r\nline", "x"]),
                row(5, &["last", "qz", ""]),
                row(6, &["", ""]),
                row(7, &["xy\"z", "w"]),
            ]
        );
        // The same as the csv crate reads, record by record.
        let mut r = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let want: Vec<Vec<Vec<u8>>> = r
            .byte_records()
            .map(|x| x.unwrap().iter().map(<[u8]>::to_vec).collect())
            .collect();
        let fields: Vec<Vec<Vec<u8>>> = got
            .into_iter()
            .map(|e| match e {
                Event::Row { fields, .. } => fields,
                Event::Damaged { .. } => unreachable!(),
            })
            .collect();
        assert_eq!(fields, want);
    }

    #[test]
    fn a_quote_open_at_the_end_of_the_file_gives_up_its_row_only() {
        let text = "n,e,x\nZoë,z@e.org,\"oops\nAna,a@e.org,ok\nLuc,l@e.org,ok";
        // Two rows swallowed, as many as the lines: given up as soon as they are seen.
        assert_eq!(
            events(text, 3),
            [
                row(1, &["n", "e", "x"]),
                damaged(2, 2, QuoteTrouble::SwallowsRows),
                row(3, &["Ana", "a@e.org", "ok"]),
                row(4, &["Luc", "l@e.org", "ok"]),
            ]
        );
        // Narrow files are not guessed about: the end of the file tells.
        assert_eq!(
            events("n,e\nZoë,\"oops\nAna,ok\n", 2),
            [
                row(1, &["n", "e"]),
                damaged(2, 2, QuoteTrouble::EndOfFile),
                row(3, &["Ana", "ok"]),
            ]
        );
        assert_eq!(
            events("n,e\nZoë,\"oops", 2),
            [row(1, &["n", "e"]), damaged(2, 2, QuoteTrouble::EndOfFile)]
        );
    }

    #[test]
    fn a_quote_closed_by_a_later_rows_quote_gives_up_its_row_only() {
        // The runaway quote closes at the quote of the next row: one record of five fields.
        let text = "n,e,x\nZoë,z@e.org,\"oops\n\"Ana\",a@e.org,ok\nLuc,l@e.org,ok\n";
        assert_eq!(
            events(text, 3),
            [
                row(1, &["n", "e", "x"]),
                damaged(2, 2, QuoteTrouble::SwallowsRows),
                row(3, &["Ana", "a@e.org", "ok"]),
                row(4, &["Luc", "l@e.org", "ok"]),
            ]
        );
    }

    #[test]
    fn a_record_over_lines_that_are_rows_is_given_up_by_its_shape() {
        // A quote closed where a field may end, but the record has five fields, not three,
        // and half the lines it took are rows: rows 3 and 4 run into row 2.
        let text = "n,e,x\nZoë,z@e.org,\"oops\nAna,a@e.org,ok\nLuc,l@e.org\",x,y\n";
        let expected = [
            row(1, &["n", "e", "x"]),
            damaged(2, 2, QuoteTrouble::SwallowsRows),
            row(3, &["Ana", "a@e.org", "ok"]),
            row(4, &["Luc", "l@e.org\"", "x", "y"]),
        ];
        assert_eq!(events(text, 3), expected);
        // The same at the end of the file, without a line end.
        assert_eq!(events(text.trim_end(), 3), expected);
        // One line of a note in three shaped like a row, and the header's width: one row.
        let text = "n,e,note\nZoë,z@e.org,\"a\nParis, Lyon, Marseille\nfin\"\n";
        let expected = [
            row(1, &["n", "e", "note"]),
            row(2, &["Zoë", "z@e.org", "a\nParis, Lyon, Marseille\nfin"]),
        ];
        assert_eq!(events(text, 3), expected);
        assert_eq!(events(text.trim_end(), 3), expected);
        // One line in four shaped like a row: not enough to give the record up, whatever
        // its width.
        let text = "n,e,note\nZoë,z@e.org,\"a\nb\nParis, Lyon, Marseille\nfin\",x\n";
        let expected = [
            row(1, &["n", "e", "note"]),
            row(
                2,
                &["Zoë", "z@e.org", "a\nb\nParis, Lyon, Marseille\nfin", "x"],
            ),
        ];
        assert_eq!(events(text, 3), expected);
        assert_eq!(events(text.trim_end(), 3), expected);
    }

    #[test]
    fn a_quote_closed_inside_a_later_rows_field_gives_up_its_row_only() {
        // Row 2's quote runs to row 4's, which closes it in the middle of a field: one
        // record of the header's width, which is rows 2 to 4 run together.
        let text = "n,e,note\nZoë,z@e.org,\"oops\nAna,a@e.org,ok\nLuc,l@e.org,\"rappeler\n";
        assert_eq!(
            events(text, 3),
            [
                row(1, &["n", "e", "note"]),
                damaged(2, 2, QuoteTrouble::SwallowsRows),
                row(3, &["Ana", "a@e.org", "ok"]),
                damaged(4, 4, QuoteTrouble::EndOfFile),
            ]
        );
        // Without an end to its last line, the same.
        let text = text.trim_end();
        assert_eq!(
            events(text, 3)[1],
            damaged(2, 2, QuoteTrouble::SwallowsRows)
        );
        // A quote closed mid-field on the record's first line is the csv crate's reading.
        assert_eq!(
            events("n,e,note\nZoë,z@e.org,\"a\"b\n", 3)[1],
            row(2, &["Zoë", "z@e.org", "ab"])
        );
    }

    #[test]
    fn quoted_fields_over_several_lines_stay_one_row() {
        // One line of the note looks like a row; the record still has the header's width.
        let text =
            "n,e,note\nZoë,z@e.org,\"Paris, Lyon, Marseille\nsuite\"\nAna,a@e.org,\"a\n\nb\"\n";
        assert_eq!(
            events(text, 3),
            [
                row(1, &["n", "e", "note"]),
                row(2, &["Zoë", "z@e.org", "Paris, Lyon, Marseille\nsuite"]),
                row(4, &["Ana", "a@e.org", "a\n\nb"]),
            ]
        );
        // The closing line is not tidy ("…end\"" then fields): not a row either.
        let text = "note,n,e\n\"start\nend\",Zoë,z@e.org\n";
        assert_eq!(
            events(text, 3),
            [
                row(1, &["note", "n", "e"]),
                row(2, &["start\nend", "Zoë", "z@e.org"]),
            ]
        );
    }

    #[test]
    fn a_field_running_past_the_limit_is_given_up() {
        let mut text = String::from("n,note\nZoë,\"");
        let filler = "mot ".repeat(1000) + "\n";
        while text.len() < MAX_LINE + 10_000 {
            text.push_str(&filler);
        }
        text.push_str("\"\nAna,ok\n");
        let got = events(&text, 2);
        assert_eq!(got[0], row(1, &["n", "note"]));
        assert_eq!(got[1], damaged(2, 2, QuoteTrouble::TooLong(MAX_LINE)));
        // The lines after are read again as rows (here, the filler: one field each).
        assert!(got.len() > 100);
        match got.last() {
            Some(Event::Row { fields, .. }) => {
                assert_eq!(fields, &[b"Ana".to_vec(), b"ok".to_vec()])
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_line_too_long_is_a_row_given_up() {
        let text = format!("n,e\n{},x\nAna,ok\n", "z".repeat(MAX_LINE + 1));
        assert_eq!(
            events(&text, 2),
            [
                row(1, &["n", "e"]),
                Event::Damaged {
                    line: 2,
                    reason: SkipReason::LineTooLong { limit: MAX_LINE }
                },
                row(3, &["Ana", "ok"]),
            ]
        );
    }

    #[test]
    fn tidy_rows_are_recognised() {
        assert_eq!(row_shape(b"a,b,c"), Some(3));
        assert_eq!(row_shape(b"\"a,b\",\"c\"\"d\",e"), Some(3));
        assert_eq!(row_shape(b""), Some(1));
        assert_eq!(row_shape(b",,"), Some(3));
        assert_eq!(row_shape(b"\"\","), Some(2));
        assert_eq!(row_shape(b"ab\"c,d"), None);
        assert_eq!(row_shape(b"\"abc"), None);
        assert_eq!(row_shape(b"\"a\"b,c"), None);
        assert_eq!(row_shape(b"end\",Zo\xc3\xab,z@e.org"), None);
    }
}
