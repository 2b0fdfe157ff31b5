//! vCard 2.1, 3.0 and 4.0, read as real exporters write them, and written as 4.0 (or 3.0).
//!
//! A hand-written reader rather than a general vCard library: the hard part of real files is
//! below the syntax — lines must be unfolded as bytes (a fold may split a UTF-8 character),
//! quoted-printable soft breaks joined before comment lines are dropped, and each value
//! decoded with its own CHARSET (Shift_JIS, Latin-1) after quoted-printable. Working on
//! bytes from the start keeps all of that in one place; only the properties carnet maps
//! are interpreted. Files are read card by card (`vcard/read.rs`: where a card starts and
//! ends, damaged files included); the writer is in `vcard/write.rs`.

mod read;
mod write;

pub use read::Reader;
pub use write::{
    escape, file_stem, fold_line, write_all, write_card, write_card_to, write_me, Version,
};

use std::borrow::Cow;

use chrono::NaiveDate;

use super::{
    bound, clean, clean_email, clean_link, clean_multiline, clean_phone, clean_tags, finish,
    MAX_VALUE,
};
use crate::model::interop::{Cut, CutKind, ImportRecord, ImportTie, Parsed, Rejected, SkipReason};
use crate::model::text::fold;
use crate::model::{Address, Birthday, Labeled};
use read::RawCard;

/// One property line after unfolding, still as bytes.
#[derive(Debug, Clone)]
struct Property {
    group: Option<String>,
    name: String,
    params: Vec<(String, Vec<String>)>,
    raw: Vec<u8>,
    /// The line it starts on.
    line: usize,
    /// Whether its line was longer than the reader keeps (the value is cut).
    cut: bool,
}

impl Property {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.first())
            .map(String::as_str)
    }

    fn types(&self) -> impl Iterator<Item = String> + '_ {
        self.params
            .iter()
            .filter(|(n, _)| n == "TYPE")
            .flat_map(|(_, v)| v.iter())
            .map(|t| t.to_ascii_lowercase())
    }

    /// The value as text: quoted-printable undone, then decoded in its charset.
    /// Binary (base64) values come back empty. Borrowed in the common case (UTF-8, no
    /// encoding), which is most of the lines of a large file.
    fn text(&self) -> Cow<'_, str> {
        let encoding = self.param("ENCODING");
        let is = |e: &str| encoding.is_some_and(|v| v.eq_ignore_ascii_case(e));
        if is("QUOTED-PRINTABLE") {
            return Cow::Owned(super::decode_charset(
                &qp_decode(&self.raw),
                self.param("CHARSET"),
            ));
        }
        if is("B") || is("BASE64") {
            return Cow::Borrowed("");
        }
        let charset = self.param("CHARSET");
        if charset.is_none() {
            if let Ok(s) = std::str::from_utf8(&self.raw) {
                return Cow::Borrowed(s);
            }
        }
        Cow::Owned(super::decode_charset(&self.raw, charset))
    }
}

/// Reads every top-level card of a file held in memory (see `Reader` for a stream).
pub fn read(bytes: &[u8]) -> Vec<Parsed> {
    let opened = match super::lines::open(bytes) {
        Ok(o) => o,
        Err(_) => return Vec::new(),
    };
    Reader::new(opened.reader).map_while(Result::ok).collect()
}

fn is_quoted_printable(line: &[u8]) -> bool {
    let head = match split_at_colon(line) {
        Some((h, _)) => h,
        None => return false,
    };
    head.to_ascii_uppercase()
        .windows(16)
        .any(|w| w == b"QUOTED-PRINTABLE")
}

/// Splits a line at the first colon outside double quotes.
fn split_at_colon(line: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut quoted = false;
    for (i, b) in line.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some((&line[..i], &line[i + 1..])),
            _ => {}
        }
    }
    None
}

fn parse_property(line: &[u8]) -> Option<Property> {
    let (head, value) = split_at_colon(line)?;
    let head = String::from_utf8_lossy(head);
    let mut parts = split_unquoted(&head, ';').into_iter();
    let full = parts.next()?.trim().to_owned();
    let (group, name) = match full.rsplit_once('.') {
        Some((g, n)) => (Some(g.to_ascii_lowercase()), n),
        None => (None, full.as_str()),
    };
    let name = name.trim().to_ascii_uppercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return None;
    }
    let mut params = Vec::new();
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        match p.split_once('=') {
            Some((k, v)) => {
                let values = split_unquoted(v, ',')
                    .into_iter()
                    .map(|s| s.trim().trim_matches('"').to_owned())
                    .collect();
                params.push((k.trim().to_ascii_uppercase(), values));
            }
            None => {
                let up = p.to_ascii_uppercase();
                let key = match up.as_str() {
                    "QUOTED-PRINTABLE" | "BASE64" | "8BIT" | "7BIT" => "ENCODING",
                    _ => "TYPE",
                };
                params.push((key.to_owned(), vec![p.to_owned()]));
            }
        }
    }
    Some(Property {
        group,
        name,
        params,
        raw: value.to_vec(),
        line: 0,
        cut: false,
    })
}

/// Splits `s` on `sep` (never a double quote) outside double quotes; the quotes stay.
fn split_unquoted(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            out.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&s[start..]);
    out
}

/// Undoes vCard escapes: `\n` newline, `\\ \; \, \:` the character; other backslashes stay.
pub fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('n') | Some('N') => {
                chars.next();
                out.push('\n');
            }
            Some(e @ ('\\' | ';' | ',' | ':')) => {
                chars.next();
                out.push(e);
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// Splits a structured value on unescaped `sep`, unescaping each component.
fn components(s: &str, sep: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            cur.push(c);
            if let Some(n) = chars.next() {
                cur.push(n);
            }
        } else if c == sep {
            out.push(unescape(&cur));
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    out.push(unescape(&cur));
    out
}

fn qp_decode(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b == b'=' && i + 1 == raw.len() {
            // A soft break with nothing after it (the next line began or ended a card).
            break;
        }
        if b == b'=' {
            let hex = raw.get(i + 1..i + 3).and_then(|h| {
                std::str::from_utf8(h)
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            });
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

const NOISE_TYPES: [&str; 9] = [
    "internet", "pref", "voice", "x400", "msg", "text", "uri", "encoding", "charset",
];

/// A label for an email or phone: the grouped `X-ABLabel`, else the first meaningful TYPE.
fn label_of(p: &Property, ab_labels: &[(String, String)]) -> Option<String> {
    if let Some(g) = &p.group {
        if let Some((_, l)) = ab_labels.iter().find(|(lg, _)| lg == g) {
            let l = l.trim_start_matches("_$!<").trim_end_matches(">!$_");
            if let Some(l) = clean(l) {
                return Some(l.to_lowercase());
            }
        }
    }
    p.types()
        .map(|t| t.trim().to_owned())
        .find(|t| !t.is_empty() && !NOISE_TYPES.contains(&t.as_str()) && !t.starts_with("x-"))
        .map(|t| if t == "cell" { "mobile".to_owned() } else { t })
}

/// A property's text for a value carnet keeps: cut to `MAX_VALUE` bytes when longer (or
/// when its line already was), which `cuts` records.
fn value<'p>(p: &'p Property, cuts: &mut Vec<Cut>) -> Cow<'p, str> {
    let text = p.text();
    if !p.cut && text.len() <= MAX_VALUE {
        return text;
    }
    let mut text = text.into_owned();
    bound(&mut text);
    cuts.push(Cut {
        line: p.line,
        what: CutKind::TooLong {
            field: p.name.clone(),
            kept: text.len(),
        },
    });
    Cow::Owned(text)
}

/// A card as a record: its values mapped, the first of each single value kept.
fn to_record(card: RawCard, index: usize) -> Parsed {
    let mut r = ImportRecord {
        line: card.line,
        index,
        ..Default::default()
    };
    let mut cuts = card.cuts;
    let ab_labels: Vec<(String, String)> = card
        .props
        .iter()
        .filter(|p| p.name == "X-ABLABEL")
        .filter_map(|p| Some((p.group.clone()?, unescape(&p.text()))))
        .collect();
    let (mut fn_name, mut n_name, mut org) = (None, None, None);
    for p in &card.props {
        match p.name.as_str() {
            "FN" if fn_name.is_none() => fn_name = clean(&unescape(&value(p, &mut cuts))),
            "N" if n_name.is_none() => {
                let c = components(&value(p, &mut cuts), ';');
                let get = |i: usize| c.get(i).map(String::as_str).unwrap_or("");
                // prefix given additional family suffix
                let parts = [get(3), get(1), get(2), get(0), get(4)];
                n_name = clean(
                    &parts
                        .iter()
                        .filter(|s| !s.trim().is_empty())
                        .map(|s| s.trim())
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
            "ORG" if org.is_none() => {
                let parts: Vec<String> = components(&value(p, &mut cuts), ';')
                    .into_iter()
                    .filter_map(|s| clean(&s))
                    .collect();
                org = clean(&parts.join(", "));
            }
            "TITLE" if r.contact.title.is_none() => {
                r.contact.title = clean(&unescape(&value(p, &mut cuts)))
            }
            "EMAIL" => {
                if let Some(e) = clean_email(&unescape(&value(p, &mut cuts))) {
                    r.contact
                        .emails
                        .push(Labeled::new(e, label_of(p, &ab_labels)));
                }
            }
            "TEL" => {
                if let Some(t) = clean_phone(&unescape(&value(p, &mut cuts))) {
                    r.contact
                        .phones
                        .push(Labeled::new(t, label_of(p, &ab_labels)));
                }
            }
            "URL" => {
                if let Some(u) = clean_link(&unescape(&value(p, &mut cuts))) {
                    r.contact
                        .links
                        .push(Labeled::new(u, label_of(p, &ab_labels)));
                }
            }
            "ADR" => {
                let c = components(&value(p, &mut cuts), ';');
                let get = |i: usize| {
                    c.get(i)
                        .and_then(|v| clean_multiline(v))
                        .unwrap_or_default()
                };
                let a = Address {
                    label: label_of(p, &ab_labels),
                    po_box: get(0),
                    extended: get(1),
                    street: get(2),
                    locality: get(3),
                    region: get(4),
                    postal_code: get(5),
                    country: get(6),
                };
                if r.contact.city.is_none() {
                    r.contact.city = clean(&a.locality);
                }
                // A locality alone that is the city (how carnet writes a city) is the city.
                let only_city = a.is_only_locality()
                    && r.contact.city.as_deref().map(fold) == Some(fold(&a.locality));
                let empty = a.components().iter().all(|c| c.is_empty());
                if !only_city && !empty && !r.contact.postal.contains(&a) {
                    r.contact.postal.push(a);
                }
            }
            "BDAY" if r.contact.birthday.is_none() => {
                r.contact.birthday = birthday(&p.text()).map(|mut b| {
                    // Apple's 3.0 form of a birthday without a year: the year it names.
                    let omitted = p.param("X-APPLE-OMIT-YEAR").and_then(|y| y.parse().ok());
                    if b.year.is_some() && b.year == omitted {
                        b.year = None;
                    }
                    b
                })
            }
            "NOTE" => {
                if let Some(n) = clean_multiline(&unescape(&value(p, &mut cuts))) {
                    r.notes.push(dated_note(&n));
                }
            }
            "CATEGORIES" => {
                let tags = components(&value(p, &mut cuts), ',');
                for t in clean_tags(tags.iter().map(String::as_str)) {
                    if !r.contact.tags.contains(&t) {
                        r.contact.tags.push(t);
                    }
                }
            }
            "UID" if r.uid.is_none() => r.uid = clean(&unescape(&value(p, &mut cuts))),
            "X-CARNET-HOW-MET" => r.contact.how_met = clean(&unescape(&value(p, &mut cuts))),
            "RELATED" | "X-ABRELATEDNAMES" => {
                if let Some(t) = tie(p, &unescape(&value(p, &mut cuts)), &ab_labels) {
                    r.related.push(t);
                }
            }
            _ => {}
        }
    }
    r.contact.company = org.clone();
    r.cuts = cuts;
    let first_email = r.contact.emails.first().map(|e| e.value.clone());
    r.contact.name = fn_name.or(n_name).or(org).or(first_email).ok_or(Rejected {
        line: card.line,
        reason: SkipReason::NoName { card: true },
    })?;
    finish(r)
}

/// A tie to another person: carnet's own kind and UID when it wrote the card; else the
/// kind from RELATED's TYPE or the X-ABLabel of X-ABRELATEDNAMES, whom from a
/// `urn:uuid:` value or the text (a name). Another URI (a web page) names no one here.
fn tie(p: &Property, value: &str, ab_labels: &[(String, String)]) -> Option<ImportTie> {
    let value = value.trim();
    let text = p.name == "X-ABRELATEDNAMES"
        || p.param("VALUE")
            .is_some_and(|v| v.eq_ignore_ascii_case("text"));
    let (uid, name) = if let Some(uuid) = value
        .strip_prefix("urn:uuid:")
        .or_else(|| value.strip_prefix("URN:UUID:"))
    {
        (clean(uuid), None)
    } else if text {
        (None, clean(value))
    } else {
        return None;
    };
    let uid = p
        .param("X-CARNET-UID")
        .map(caret_decoded)
        .as_deref()
        .and_then(clean)
        .or(uid);
    if uid.is_none() && name.is_none() {
        return None;
    }
    let kind = match p
        .param("X-CARNET-KIND")
        .map(caret_decoded)
        .as_deref()
        .and_then(clean)
    {
        Some(k) => k,
        None => {
            let label = if p.name == "RELATED" {
                p.types().next()
            } else {
                p.group.as_ref().and_then(|g| {
                    ab_labels.iter().find(|(lg, _)| lg == g).map(|(_, l)| {
                        l.trim_start_matches("_$!<")
                            .trim_end_matches(">!$_")
                            .to_lowercase()
                    })
                })
            };
            let known = match label.as_deref().unwrap_or("contact") {
                "spouse" | "sweetheart" | "partner" | "date" | "crush" => "partner",
                "kin" | "child" | "parent" | "sibling" | "mother" | "father" | "brother"
                | "sister" | "son" | "daughter" => "family",
                "friend" => "friend",
                "colleague" | "co-worker" => "colleague",
                "met" => "came-with",
                other => other,
            };
            crate::model::relation::normalize_kind(known).ok()?
        }
    };
    Some(ImportTie { kind, uid, name })
}

/// A parameter value with RFC 6868's `^^`, `^'` and `^n` undone.
fn caret_decoded(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '^' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('^') => out.push('^'),
            Some('\'') => out.push('"'),
            Some('n') => out.push('\n'),
            Some(other) => {
                out.push('^');
                out.push(other);
            }
            None => out.push('^'),
        }
    }
    out
}

/// BDAY as exporters write it: `1963-09-21`, `19630921`, `--12-24`, `--1224`, with or
/// without a time; free text ("circa 1800") is dropped.
fn birthday(raw: &str) -> Option<Birthday> {
    let s = raw.trim();
    let s = s.split('T').next().unwrap_or(s);
    if let Some(md) = s.strip_prefix("--") {
        if md.len() == 4 && md.chars().all(|c| c.is_ascii_digit()) {
            return Birthday::parse(&format!("--{}-{}", &md[..2], &md[2..]));
        }
    }
    Birthday::parse(s)
}

/// Notes exported by carnet start with their date: "2026-11-22: text".
fn dated_note(n: &str) -> (Option<NaiveDate>, String) {
    if let Some((d, rest)) = n.split_once(": ") {
        if let Ok(date) = NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            return (Some(date), rest.to_owned());
        }
    }
    (None, n.to_owned())
}

#[cfg(test)]
mod tests;
