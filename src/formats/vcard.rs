//! vCard 2.1, 3.0 and 4.0, read as real exporters write them, and written as 4.0 (or 3.0).
//!
//! A hand-written reader rather than a general vCard library: the hard part of real files is
//! below the syntax — lines must be unfolded as bytes (a fold may split a UTF-8 character),
//! quoted-printable soft breaks joined before comment lines are dropped, and each value
//! decoded with its own CHARSET (Shift_JIS, Latin-1) after quoted-printable. Working on
//! bytes from the start keeps all of that in one place; only the properties carnet maps
//! are interpreted.

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{clean, clean_email, clean_link, clean_multiline, clean_phone, clean_tags, finish};
use crate::model::interop::{ExportContact, ImportRecord, Parsed};
use crate::model::me::Me;
use crate::model::{Birthday, Labeled};

/// One property line after unfolding, still as bytes.
#[derive(Debug, Clone)]
struct Property {
    group: Option<String>,
    name: String,
    params: Vec<(String, Vec<String>)>,
    raw: Vec<u8>,
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

/// A top-level card: where it starts and its properties (nested cards left out).
#[derive(Debug, Default)]
struct RawCard {
    line: usize,
    props: Vec<Property>,
    explicit_begin: bool,
}

/// Reads every top-level card of a file.
pub fn read(bytes: &[u8]) -> Vec<Parsed> {
    let bytes = super::unicode_to_utf8(bytes);
    let cards = split_cards(&logical_lines(&bytes));
    cards
        .into_iter()
        .enumerate()
        .map(|(index, card)| {
            let line = card.line;
            to_record(card, index)
                .and_then(finish)
                .map_err(|reason| (line, reason))
        })
        .collect()
}

/// Physical lines joined into logical ones, with the 1-based line each starts on. A line
/// that is not folded stays borrowed from the file.
fn logical_lines(bytes: &[u8]) -> Vec<(usize, Cow<'_, [u8]>)> {
    let mut out: Vec<(usize, Cow<'_, [u8]>)> = Vec::new();
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if let Some((_, last)) = out.last_mut() {
            if last.ends_with(b"=") && is_quoted_printable(last) {
                let last = last.to_mut();
                last.pop();
                last.extend_from_slice(line);
                continue;
            }
            if let Some(rest) = line.strip_prefix(b" ").or_else(|| line.strip_prefix(b"\t")) {
                last.to_mut().extend_from_slice(rest);
                continue;
            }
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        out.push((i + 1, Cow::Borrowed(line)));
    }
    out
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

/// Groups properties into top-level cards. A card without BEGIN starts at its first
/// property; one without END ends at the next BEGIN or the end of the file; cards nested
/// inside a card (2.1 AGENT) are left out.
fn split_cards(lines: &[(usize, Cow<'_, [u8]>)]) -> Vec<RawCard> {
    let mut cards = Vec::new();
    let mut current: Option<RawCard> = None;
    let mut depth = 0usize;
    for (line, bytes) in lines {
        let Some(p) = parse_property(bytes) else {
            continue;
        };
        let is_vcard = matches!(p.name.as_str(), "BEGIN" | "END")
            && String::from_utf8_lossy(&p.raw)
                .trim()
                .eq_ignore_ascii_case("VCARD");
        if p.name == "BEGIN" && is_vcard {
            if depth == 0 {
                if let Some(c) = current.take() {
                    cards.push(c);
                }
                current = Some(RawCard {
                    line: *line,
                    props: Vec::new(),
                    explicit_begin: true,
                });
            }
            depth += 1;
            continue;
        }
        if p.name == "END" && is_vcard {
            if depth <= 1 {
                if let Some(c) = current.take() {
                    cards.push(c);
                }
            }
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth > 1 {
            continue;
        }
        let card = current.get_or_insert_with(|| {
            depth = 1;
            RawCard {
                line: *line,
                props: Vec::new(),
                explicit_begin: false,
            }
        });
        card.props.push(p);
    }
    if let Some(c) = current.take() {
        cards.push(c);
    }
    // Stray lines outside any card that say nothing about a person are not a card.
    cards.retain(|c| {
        c.explicit_begin
            || c.props
                .iter()
                .any(|p| matches!(p.name.as_str(), "FN" | "N" | "EMAIL" | "TEL" | "ORG"))
    });
    cards
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

fn to_record(card: RawCard, index: usize) -> Result<ImportRecord, String> {
    let mut r = ImportRecord {
        line: card.line,
        index,
        ..Default::default()
    };
    let ab_labels: Vec<(String, String)> = card
        .props
        .iter()
        .filter(|p| p.name == "X-ABLABEL")
        .filter_map(|p| Some((p.group.clone()?, unescape(&p.text()))))
        .collect();
    let (mut fn_name, mut n_name, mut org) = (None, None, None);
    for p in &card.props {
        let text = p.text();
        match p.name.as_str() {
            "FN" if fn_name.is_none() => fn_name = clean(&unescape(&text)),
            "N" if n_name.is_none() => {
                let c = components(&text, ';');
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
                let parts: Vec<String> = components(&text, ';')
                    .into_iter()
                    .filter_map(|s| clean(&s))
                    .collect();
                org = clean(&parts.join(", "));
            }
            "TITLE" if r.contact.title.is_none() => r.contact.title = clean(&unescape(&text)),
            "EMAIL" => {
                if let Some(e) = clean_email(&unescape(&text)) {
                    r.contact
                        .emails
                        .push(Labeled::new(e, label_of(p, &ab_labels)));
                }
            }
            "TEL" => {
                if let Some(t) = clean_phone(&unescape(&text)) {
                    r.contact
                        .phones
                        .push(Labeled::new(t, label_of(p, &ab_labels)));
                }
            }
            "URL" => {
                if let Some(u) = clean_link(&unescape(&text)) {
                    r.contact
                        .links
                        .push(Labeled::new(u, label_of(p, &ab_labels)));
                }
            }
            "ADR" if r.contact.city.is_none() => {
                r.contact.city = components(&text, ';').get(3).and_then(|c| clean(c));
            }
            "BDAY" if r.contact.birthday.is_none() => r.contact.birthday = birthday(&text),
            "NOTE" => {
                if let Some(n) = clean_multiline(&unescape(&text)) {
                    r.notes.push(dated_note(&n));
                }
            }
            "CATEGORIES" => {
                let tags = components(&text, ',');
                for t in clean_tags(tags.iter().map(String::as_str)) {
                    if !r.contact.tags.contains(&t) {
                        r.contact.tags.push(t);
                    }
                }
            }
            "UID" if r.uid.is_none() => r.uid = clean(&unescape(&text)),
            "X-CARNET-HOW-MET" => r.contact.how_met = clean(&unescape(&text)),
            _ => {}
        }
    }
    r.contact.company = org.clone();
    let first_email = r.contact.emails.first().map(|e| e.value.clone());
    r.contact.name = fn_name
        .or(n_name)
        .or(org)
        .or(first_email)
        .ok_or_else(|| "no name: the card has no FN, N, ORG or EMAIL".to_owned())?;
    Ok(r)
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

/// The vCard version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V3,
    V4,
}

/// Escapes a text value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// Appends `s` escaped to `out`.
fn escape_into(out: &mut String, s: &str) {
    if !s.contains(['\\', ';', ',', '\n', '\r']) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
}

/// The user's own card as a vCard 3.0, for a phone to read from a QR code: name, company,
/// phone, email and url only, lines unfolded (a QR code holds the fewest bytes).
pub fn write_me(me: &Me) -> String {
    let name = me.name.as_deref().unwrap_or_default().trim();
    let (given, family) = match name.rsplit_once(' ') {
        Some((g, f)) => (g.trim(), f.trim()),
        None => (name, ""),
    };
    let mut lines = vec![
        "BEGIN:VCARD".to_owned(),
        "VERSION:3.0".to_owned(),
        format!("N:{};{};;;", escape(family), escape(given)),
        format!("FN:{}", escape(name)),
    ];
    if let Some(c) = &me.company {
        lines.push(format!("ORG:{}", escape(c)));
    }
    if let Some(p) = &me.phone {
        lines.push(format!("TEL:{}", escape(p)));
    }
    if let Some(e) = &me.email {
        lines.push(format!("EMAIL:{}", escape(e)));
    }
    if let Some(u) = &me.url {
        lines.push(format!("URL:{}", escape(u)));
    }
    lines.push("END:VCARD".to_owned());
    lines.join("\r\n") + "\r\n"
}

/// Folds a content line at 75 octets without splitting a character, ending with CRLF.
pub fn fold_line(out: &mut String, line: &str) {
    if line.len() <= 75 {
        out.push_str(line);
        out.push_str("\r\n");
        return;
    }
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// Appends `;TYPE=label` (letters, digits and dashes of the label) when there is one.
fn push_type_param(out: &mut String, label: &Option<String>) {
    let Some(l) = label else { return };
    let mut chars = l
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .peekable();
    if chars.peek().is_some() {
        out.push_str(";TYPE=");
        out.extend(chars);
    }
}

/// One contact as a vCard.
pub fn write_card(c: &ExportContact, version: Version) -> String {
    let mut out = String::new();
    write_card_into(&mut out, c, version);
    out
}

/// Appends one contact as a vCard to `out`. Each line is built in one buffer, then folded
/// into `out`: an export of 100,000 contacts writes 1.5 million lines.
fn write_card_into(out: &mut String, c: &ExportContact, version: Version) {
    let mut line = String::new();
    // Starts the next line with `head`.
    let start = |line: &mut String, head: &str| {
        line.clear();
        line.push_str(head);
    };
    let k = &c.contact;
    fold_line(out, "BEGIN:VCARD");
    fold_line(
        out,
        match version {
            Version::V4 => "VERSION:4.0",
            Version::V3 => "VERSION:3.0",
        },
    );
    fold_line(out, "PRODID:-//carnet//carnet//EN");
    start(&mut line, "UID:");
    escape_into(&mut line, &c.uid);
    fold_line(out, &line);
    start(&mut line, "FN:");
    escape_into(&mut line, &k.name);
    fold_line(out, &line);
    let (given, family) = match k.name.trim().rsplit_once(' ') {
        Some((g, f)) => (g, f),
        None => ("", k.name.trim()),
    };
    start(&mut line, "N:");
    escape_into(&mut line, family);
    line.push(';');
    escape_into(&mut line, given);
    line.push_str(";;;");
    fold_line(out, &line);
    if let Some(org) = &k.company {
        start(&mut line, "ORG:");
        escape_into(&mut line, org);
        fold_line(out, &line);
    }
    if let Some(t) = &k.title {
        start(&mut line, "TITLE:");
        escape_into(&mut line, t);
        fold_line(out, &line);
    }
    for (name, values) in [("EMAIL", &k.emails), ("TEL", &k.phones)] {
        for v in values {
            start(&mut line, name);
            push_type_param(&mut line, &v.label);
            line.push(':');
            escape_into(&mut line, &v.value);
            fold_line(out, &line);
        }
    }
    for u in &k.links {
        start(&mut line, "URL");
        push_type_param(&mut line, &u.label);
        line.push(':');
        line.push_str(&u.value);
        fold_line(out, &line);
    }
    if let Some(city) = &k.city {
        start(&mut line, "ADR:;;;");
        escape_into(&mut line, city);
        line.push_str(";;;");
        fold_line(out, &line);
    }
    if let Some(b) = &k.birthday {
        start(&mut line, "BDAY:");
        let _ = match (version, b.year) {
            (Version::V4, Some(y)) => write!(line, "{y:04}{:02}{:02}", b.month, b.day),
            (Version::V4, None) => write!(line, "--{:02}{:02}", b.month, b.day),
            (Version::V3, _) => write!(line, "{b}"),
        };
        fold_line(out, &line);
    }
    if let Some(h) = &k.how_met {
        start(&mut line, "X-CARNET-HOW-MET:");
        escape_into(&mut line, h);
        fold_line(out, &line);
    }
    // Oldest first, so that a reader taking the first NOTE gets the first one written.
    for n in k.notes.iter().rev() {
        start(&mut line, "NOTE:");
        let _ = write!(line, "{}: ", n.date);
        escape_into(&mut line, &n.text);
        fold_line(out, &line);
    }
    if !k.tags.is_empty() {
        start(&mut line, "CATEGORIES:");
        for (i, t) in k.tags.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            escape_into(&mut line, t);
        }
        fold_line(out, &line);
    }
    start(&mut line, "REV:");
    line.extend(k.updated_at.chars().filter(|c| !matches!(c, '-' | ':')));
    fold_line(out, &line);
    fold_line(out, "END:VCARD");
}

/// Several contacts in one file.
pub fn write_all(cs: &[ExportContact], version: Version) -> String {
    let mut out = String::new();
    for c in cs {
        write_card_into(&mut out, c, version);
    }
    out
}

/// A file name for a UID inside a vdir: never a path, never hidden, never too long.
/// Safe characters are kept; anything else is percent-encoded, so distinct UIDs keep
/// distinct names and `../../evil` becomes `%2E.%2F..%2Fevil`: no separator, no leading dot.
pub fn file_stem(uid: &str) -> String {
    let mut out = String::new();
    for (i, b) in uid.bytes().enumerate() {
        let safe = b.is_ascii_alphanumeric()
            || b == b'-'
            || b == b'_'
            || b == b'@'
            || (b == b'.' && i > 0);
        if safe {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    if out.is_empty() {
        out.push_str("%00");
    }
    if out.len() > 150 {
        // FNV-1a keeps long UIDs distinct after cutting.
        let mut h: u64 = 0xcbf29ce484222325;
        for b in uid.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
        out.truncate(120);
        let _ = write!(out, "-{h:016x}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &[u8]) -> ImportRecord {
        let mut all = read(s);
        assert_eq!(all.len(), 1, "{all:?}");
        all.remove(0).unwrap()
    }

    #[test]
    fn splits_outside_quotes_keeping_them() {
        assert_eq!(
            split_unquoted(r#"TEL;TYPE="work;voice";PREF=1"#, ';'),
            ["TEL", r#"TYPE="work;voice""#, "PREF=1"]
        );
        assert_eq!(split_unquoted("a,,b,", ','), ["a", "", "b", ""]);
        assert_eq!(split_unquoted("Zoë;Québec", ';'), ["Zoë", "Québec"]);
    }

    #[test]
    fn property_text_in_its_encoding_borrowed_when_plain() {
        let text = |line: &[u8]| parse_property(line).unwrap().text().into_owned();
        assert_eq!(text(b"NOTE;CHARSET=ISO-8859-1:Qu\xe9bec"), "Québec");
        assert_eq!(text(b"FN;ENCODING=quoted-printable:Zo=C3=AB"), "Zoë");
        assert_eq!(text(b"PHOTO;ENCODING=b:AAAA"), "");
        assert_eq!(text(b"NOTE:Qu\xe9bec"), "Québec");
        let p = parse_property("FN:Frédéric".as_bytes()).unwrap();
        assert!(matches!(p.text(), Cow::Borrowed("Frédéric")));
        assert_eq!(unescape(r"a\,b\nc"), "a,b\nc");
        assert_eq!(
            unescape("'; DROP TABLE contacts; --"),
            "'; DROP TABLE contacts; --"
        );
    }

    #[test]
    fn unfolds_bytes_before_decoding() {
        // "é" is C3 A9; the fold falls between the two bytes.
        let r =
            one(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fr\xC3\r\n \xA9d\xC3\xA9ric\r\nEND:VCARD\r\n");
        assert_eq!(r.contact.name, "Frédéric");
    }

    #[test]
    fn quoted_printable_with_charset_and_soft_breaks() {
        let r = one(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:C=F4t=\r\n=E9;Marie\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a =\r\n#b\r\nEND:VCARD\r\n");
        assert_eq!(r.contact.name, "Marie Côté");
        assert_eq!(r.notes[0].1, "a #b");
        let r =
            one(b"BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=SHIFT_JIS:\x88\xc0\x93\xa1\nEND:VCARD\n");
        assert_eq!(r.contact.name, "安藤");
    }

    #[test]
    fn groups_labels_uris_and_categories() {
        let r = one(b"BEGIN:VCARD\nVERSION:3.0\nFN:Zo\xC3\xAB\nitem1.EMAIL;type=INTERNET:zoe@example.org\nitem1.X-ABLabel:_$!<Other>!$_\nTEL;VALUE=uri:tel:+33-1-23\nCATEGORIES:amis,Qu\xC3\xA9bec\\, QC\nORG:Acme\\, Inc.;R&D\nEND:VCARD\n");
        assert_eq!(r.contact.emails[0].label.as_deref(), Some("other"));
        assert_eq!(r.contact.phones[0].value, "+33-1-23");
        assert_eq!(r.contact.tags, ["amis", "Québec, QC"]);
        assert_eq!(r.contact.company.as_deref(), Some("Acme, Inc., R&D"));
    }

    #[test]
    fn broken_files_never_panic() {
        for s in [
            &b""[..],
            b"BEGIN:VCARD",
            b"END:VCARD\nEND:VCARD",
            b"BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:=\nEND:VCARD",
            b"BEGIN:VCARD\nFN:=E\n\xff\xfe\x00",
            b"\xff\xfe",
            b"BEGIN:VCARD\nN:;;;;\nEND:VCARD",
            b"::::;;;;\"\"\"",
        ] {
            let _ = read(s);
        }
        let r = read(b"BEGIN:VCARD\nN:;;;;\nEND:VCARD\nBEGIN:VCARD\nFN:Ok\nEND:VCARD\n");
        assert!(r[0].is_err());
        assert_eq!(r[1].as_ref().unwrap().contact.name, "Ok");
    }

    #[test]
    fn file_stems_stay_in_the_folder() {
        assert_eq!(file_stem("abc-123@host"), "abc-123@host");
        let evil = file_stem("../../evil");
        assert!(!evil.contains('/') && !evil.starts_with('.'), "{evil}");
        assert_ne!(file_stem("a/b"), file_stem("a%2Fb"));
        assert!(file_stem(&"x".repeat(500)).len() < 160);
        assert_eq!(file_stem(""), "%00");
    }

    #[test]
    fn written_cards_read_back() {
        use crate::model::{Contact, Note};
        let c = ExportContact {
            uid: "u-1".into(),
            contact: Contact {
                id: 1,
                name: "Frédéric Duval".into(),
                company: Some("Concours; des vœux".into()),
                title: None,
                city: Some("Québec".into()),
                how_met: Some("LinkedIn".into()),
                birthday: Birthday::parse("--02-29"),
                keep_in_touch_days: None,
                introduced_by: None,
                archived: false,
                created_at: "2026-11-22T09:00:00Z".into(),
                updated_at: "2026-11-22T09:00:00Z".into(),
                emails: vec![Labeled::new("fred@example.org", Some("work".into()))],
                phones: vec![Labeled::new("+33 6 12 34 56 78", None)],
                links: vec![],
                tags: vec!["vœux".into(), "a,b".into()],
                notes: vec![Note {
                    id: 1,
                    date: NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
                    text: "x".repeat(200) + "\nsecond line é",
                }],
            },
        };
        for v in [Version::V3, Version::V4] {
            let text = write_card(&c, v);
            assert!(text.lines().all(|l| l.len() <= 76), "{text}");
            for line in [
                "\r\nN:Duval;Frédéric;;;\r\n",
                "\r\nORG:Concours\\; des vœux\r\n",
                "\r\nEMAIL;TYPE=work:fred@example.org\r\nTEL:+33 6 12 34 56 78\r\n",
                "\r\nADR:;;;Québec;;;\r\n",
                "\r\nNOTE:2026-01-02: xxxx",
                "\r\nCATEGORIES:vœux,a\\,b\r\nREV:20261122T090000Z\r\nEND:VCARD\r\n",
                if v == Version::V4 {
                    "\r\nBDAY:--0229\r\n"
                } else {
                    "\r\nBDAY:--02-29\r\n"
                },
            ] {
                assert!(text.contains(line), "{line:?} in {text}");
            }
            let r = one(text.as_bytes());
            assert_eq!(r.uid.as_deref(), Some("u-1"));
            assert_eq!(r.contact.name, "Frédéric Duval");
            assert_eq!(r.contact.company.as_deref(), Some("Concours; des vœux"));
            assert_eq!(r.contact.emails, c.contact.emails);
            assert_eq!(r.contact.tags, ["vœux", "a,b"]);
            assert_eq!(r.contact.birthday, c.contact.birthday);
            assert_eq!(r.contact.how_met.as_deref(), Some("LinkedIn"));
            assert_eq!(r.notes[0].0, NaiveDate::from_ymd_opt(2026, 1, 2));
            assert_eq!(r.notes[0].1, c.contact.notes[0].text);
        }
    }
}
