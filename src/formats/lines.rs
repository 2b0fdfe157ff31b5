//! Reading a file a line at a time, whatever its size: the readers of `vcard` and `csv`
//! hold one record in memory, never the file.
//!
//! `open` undoes a byte-order mark and UTF-16 (with or without a BOM) on the fly; any other
//! bytes pass through untouched, for the readers to decode value by value (a vCard names
//! each value's charset; a CSV row that is not UTF-8 is read as Windows-1252). `Lines` then
//! cuts the stream into physical lines, each at most [`MAX_LINE`] bytes long: what goes
//! beyond is not kept, and the line says it was cut.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};

use encoding_rs::{Decoder, Encoding, UTF_8};

/// The longest value the readers keep: ten times what `carnet note` accepts, and far beyond
/// any real contact. Beyond it, a reader keeps this much and says what it left out.
pub const MAX_VALUE: usize = 1 << 20;

/// The longest physical line kept: a value of `MAX_VALUE` bytes with its property name and
/// parameters (vCard), or a CSV row.
pub const MAX_LINE: usize = MAX_VALUE + 4096;

/// How many bytes of the start of a file are looked at to tell its format and encoding.
pub const SNIFF: usize = 8 * 1024;

/// One physical line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based.
    pub number: usize,
    /// The line with its end (`\n`, `\r\n`, or a lone `\r` when those end lines), at most
    /// `MAX_LINE` bytes of content.
    pub bytes: Vec<u8>,
    /// Whether bytes were left out because the line was longer than `MAX_LINE`.
    pub cut: bool,
}

impl Line {
    /// The line without its end.
    pub fn content(&self) -> &[u8] {
        let b = self.bytes.strip_suffix(b"\n").unwrap_or(&self.bytes);
        b.strip_suffix(b"\r").unwrap_or(b)
    }

    /// Whether the line has an end (the last line of a file may not).
    pub fn ended(&self) -> bool {
        self.bytes.ends_with(b"\n") || self.bytes.ends_with(b"\r")
    }
}

/// A file's first bytes and the whole of it, the encoding undone: what `open` gives.
pub struct Opened<'a> {
    /// The first bytes (a few KiB) as decoded, to guess the format from.
    pub head: Vec<u8>,
    /// The whole text, from its first byte.
    pub reader: Box<dyn BufRead + 'a>,
}

/// Opens a byte stream for reading as text: a UTF-8 BOM is dropped, UTF-16 (a BOM, or the
/// zero bytes of mostly-ASCII text) is turned into UTF-8 as it is read.
pub fn open<'a, R: Read + 'a>(mut source: R) -> io::Result<Opened<'a>> {
    let mut head = Vec::with_capacity(SNIFF);
    (&mut source).take(SNIFF as u64).read_to_end(&mut head)?;
    let enc = utf16(&head);
    let bom = enc.is_none() && head.starts_with(b"\xEF\xBB\xBF");
    let mut rest = io::Cursor::new(head).chain(source);
    let decoded: Box<dyn Read + 'a> = match enc {
        Some(enc) => Box::new(Transcode::new(rest, enc)),
        None => {
            if bom {
                rest.read_exact(&mut [0u8; 3])?;
            }
            Box::new(rest)
        }
    };
    let mut reader = BufReader::with_capacity(64 * 1024, decoded);
    let head = reader.fill_buf()?.to_vec();
    Ok(Opened {
        head,
        reader: Box::new(reader),
    })
}

/// The UTF-16 encoding of text starting with these bytes, if it is UTF-16: by its BOM, or
/// by the zero bytes of mostly-ASCII text in every other position.
fn utf16(head: &[u8]) -> Option<&'static Encoding> {
    if let Some((enc, _)) = Encoding::for_bom(head) {
        return (enc != UTF_8).then_some(enc);
    }
    super::utf16_without_bom(head)
}

/// UTF-16 decoded into UTF-8 as it is read.
struct Transcode<R> {
    inner: R,
    decoder: Decoder,
    input: Vec<u8>,
    /// Decoded bytes not yet handed out: `out[at..]`.
    out: Vec<u8>,
    at: usize,
    done: bool,
}

impl<R: Read> Transcode<R> {
    fn new(inner: R, enc: &'static Encoding) -> Self {
        Transcode {
            inner,
            // A BOM, if any, says the same as `enc` and is removed.
            decoder: enc.new_decoder_with_bom_removal(),
            input: vec![0; 16 * 1024],
            out: Vec::new(),
            at: 0,
            done: false,
        }
    }
}

impl<R: Read> Read for Transcode<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.out.len() && !self.done {
            let n = self.inner.read(&mut self.input)?;
            let last = n == 0;
            let mut s = String::with_capacity(
                self.decoder
                    .max_utf8_buffer_length(n)
                    .unwrap_or(n.saturating_mul(3) + 16),
            );
            let (_, read, _) = self
                .decoder
                .decode_to_string(&self.input[..n], &mut s, last);
            debug_assert_eq!(read, n);
            self.out = s.into_bytes();
            self.at = 0;
            self.done = last;
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// The physical lines of a stream, with their numbers; lines given back with `unread` come
/// out again first (a reader that finds a row damaged reads on from inside it).
pub struct Lines<R> {
    inner: R,
    number: usize,
    /// Whether a lone `\r` ends a line too (CSV; a vCard line ends with `\n`).
    cr_ends_lines: bool,
    again: VecDeque<Line>,
    /// Bytes read from `inner` so far.
    pub consumed: u64,
}

impl<R: BufRead> Lines<R> {
    pub fn new(inner: R, cr_ends_lines: bool) -> Self {
        Lines {
            inner,
            number: 0,
            cr_ends_lines,
            again: VecDeque::new(),
            consumed: 0,
        }
    }

    /// Gives lines back, to come out again (in their order) before any other.
    pub fn unread(&mut self, lines: impl DoubleEndedIterator<Item = Line>) {
        for l in lines.rev() {
            self.again.push_front(l);
        }
    }

    /// The next line, or `None` at the end of the stream.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        if let Some(l) = self.again.pop_front() {
            return Ok(Some(l));
        }
        let mut content = Vec::new();
        let mut end: &'static [u8] = b"";
        let mut cut = false;
        let mut any = false;
        loop {
            let buf = loop {
                match self.inner.fill_buf() {
                    Ok(b) => break b,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                }
            };
            if buf.is_empty() {
                break;
            }
            any = true;
            if end == b"\r" {
                // A `\r` ended the last buffer: a `\n` first in this one is the same end.
                if buf[0] == b'\n' {
                    end = b"\r\n";
                    self.inner.consume(1);
                    self.consumed += 1;
                }
                break;
            }
            let stop = buf
                .iter()
                .position(|b| *b == b'\n' || (self.cr_ends_lines && *b == b'\r'));
            let n = stop.unwrap_or(buf.len());
            let room = MAX_LINE.saturating_sub(content.len());
            if n <= room {
                content.extend_from_slice(&buf[..n]);
            } else {
                content.extend_from_slice(&buf[..room]);
                cut = true;
            }
            let stopped_at = stop.map(|i| buf[i]);
            let mut taken = n + usize::from(stop.is_some());
            if stopped_at == Some(b'\r') && buf.get(n + 1) == Some(&b'\n') {
                taken += 1;
                end = b"\r\n";
            } else if stopped_at == Some(b'\r') && n + 1 == buf.len() {
                end = b"\r";
                self.inner.consume(taken);
                self.consumed += taken as u64;
                continue;
            } else if stopped_at == Some(b'\r') {
                end = b"\r";
            } else if stopped_at == Some(b'\n') {
                end = if content.ends_with(b"\r") && !cut {
                    content.pop();
                    b"\r\n"
                } else if cut && n > 0 && buf[n - 1] == b'\r' {
                    b"\r\n"
                } else {
                    b"\n"
                };
            }
            self.inner.consume(taken);
            self.consumed += taken as u64;
            if stop.is_some() {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        if cut {
            trim_partial_char(&mut content);
        }
        content.extend_from_slice(end);
        self.number += 1;
        Ok(Some(Line {
            number: self.number,
            bytes: content,
            cut,
        }))
    }
}

/// Drops a UTF-8 character cut in two at the end of `bytes`.
fn trim_partial_char(bytes: &mut Vec<u8>) {
    let len = bytes.len();
    for back in 1..=len.min(4) {
        let b = bytes[len - back];
        if b & 0xC0 == 0x80 {
            continue;
        }
        let need = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        if need > back {
            bytes.truncate(len - back);
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8], cr: bool) -> Vec<Line> {
        let mut l = Lines::new(BufReader::with_capacity(4, bytes), cr);
        let mut out = Vec::new();
        while let Some(x) = l.next_line().unwrap() {
            out.push(x);
        }
        out
    }

    fn texts(bytes: &[u8], cr: bool) -> Vec<String> {
        lines(bytes, cr)
            .iter()
            .map(|l| String::from_utf8_lossy(&l.bytes).into_owned())
            .collect()
    }

    #[test]
    fn lines_keep_their_ends_across_small_buffers() {
        assert_eq!(
            texts(b"Zo\xC3\xAB\r\nb\nlast", false),
            ["Zoë\r\n", "b\n", "last"]
        );
        assert_eq!(texts(b"a\rb\r\nc\r", false), ["a\rb\r\n", "c\r"]);
        assert_eq!(
            texts(b"a\rb\r\nc\r\rd\n\n", true),
            ["a\r", "b\r\n", "c\r", "\r", "d\n", "\n"]
        );
        // A `\r` last in one buffer and `\n` first in the next make one end.
        assert_eq!(texts(b"abc\r\nd", true), ["abc\r\n", "d"]);
        assert_eq!(texts(b"", true), Vec::<String>::new());
        let l = lines(b"a\r\nb", true);
        assert_eq!((l[0].number, l[1].number), (1, 2));
        assert_eq!((l[0].content(), l[1].content()), (&b"a"[..], &b"b"[..]));
        assert!(l[0].ended() && !l[1].ended());
    }

    #[test]
    fn a_line_longer_than_the_limit_is_cut_and_says_so() {
        let mut long = "é".repeat(MAX_LINE / 2 + 10).into_bytes();
        long.extend_from_slice(b"\r\nnext\n");
        let l = lines(&long, false);
        assert!(l[0].cut);
        assert!(l[0].bytes.ends_with(b"\r\n"));
        assert!(std::str::from_utf8(l[0].content()).is_ok());
        assert!(l[0].content().len() <= MAX_LINE);
        assert!(l[0].content().len() > MAX_LINE - 4);
        assert_eq!(
            (l[1].bytes.as_slice(), l[1].cut, l[1].number),
            (&b"next\n"[..], false, 2)
        );
        let exact = vec![b'x'; MAX_LINE];
        let l = lines(&exact, false);
        assert!(!l[0].cut);
        assert_eq!(l[0].bytes.len(), MAX_LINE);
    }

    #[test]
    fn lines_given_back_come_out_first() {
        let mut l = Lines::new(&b"1\n2\n3\n"[..], false);
        let a = l.next_line().unwrap().unwrap();
        let b = l.next_line().unwrap().unwrap();
        l.unread(vec![a, b].into_iter());
        let again: Vec<usize> = std::iter::from_fn(|| l.next_line().unwrap())
            .map(|x| x.number)
            .collect();
        assert_eq!(again, [1, 2, 3]);
        assert_eq!(l.consumed, 6);
    }

    fn decoded(bytes: Vec<u8>) -> (Vec<u8>, Vec<u8>) {
        let mut o = open(io::Cursor::new(bytes)).unwrap();
        let mut all = Vec::new();
        o.reader.read_to_end(&mut all).unwrap();
        (o.head, all)
    }

    #[test]
    fn opening_undoes_boms_and_utf16() {
        let text = "Zoë Québec, Łukasz 安藤\n".repeat(2000);
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [le, be] {
            let (head, all) = decoded(bytes);
            assert_eq!(String::from_utf8(all).unwrap(), text);
            assert!(text.as_bytes().starts_with(&head));
            assert!(head.len() >= 1000, "{}", head.len());
        }
        let (head, all) = decoded(b"\xEF\xBB\xBFFN:Zo\xC3\xAB".to_vec());
        assert_eq!(
            (head.as_slice(), all.as_slice()),
            (&b"FN:Zo\xC3\xAB"[..], &b"FN:Zo\xC3\xAB"[..])
        );
        // Latin-1 passes through untouched, for the readers to decode.
        let (_, all) = decoded(b"Zo\xEB".to_vec());
        assert_eq!(all, b"Zo\xEB");
        let (head, all) = decoded(Vec::new());
        assert!(head.is_empty() && all.is_empty());
    }
}
