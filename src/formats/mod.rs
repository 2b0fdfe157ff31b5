//! File formats: pure readers and writers between bytes and model values. Nothing here
//! touches the store; the import and export commands do that.

pub mod csv;
pub mod ical;
pub mod json;
pub mod lines;
pub mod mecard;
pub mod vcard;

use std::borrow::Cow;
use std::io::{self, BufRead, Read};

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::model::interop::{ImportRecord, Rejected, SkipReason};
use crate::model::validate;

/// The formats `carnet import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    Vcard,
    Csv,
    Linkedin,
    Google,
    Json,
}

/// Guesses the format of a file from its first bytes.
pub fn detect(bytes: &[u8]) -> ImportFormat {
    let text = to_utf8(bytes);
    let head: String = text.chars().take(4096).collect();
    let trimmed = head.trim_start();
    let upper = trimmed.to_ascii_uppercase();
    if trimmed.starts_with('{') {
        ImportFormat::Json
    } else if upper.starts_with("BEGIN:VCARD")
        || upper.contains("\nBEGIN:VCARD")
        || upper.starts_with("VERSION:")
        || upper.contains("\nFN:")
    {
        ImportFormat::Vcard
    } else if upper.starts_with("NOTES:") || upper.contains("CONNECTED ON") {
        ImportFormat::Linkedin
    } else {
        ImportFormat::Csv
    }
}

/// Counts the records of a file without reading them: the `BEGIN:VCARD` of a vCard file,
/// the lines of a CSV (at least its rows) — in `format`, else the one its first bytes show.
/// Cheap (a scan of the bytes), to decide how to write an import.
pub fn count_records(source: impl Read, format: Option<ImportFormat>) -> io::Result<usize> {
    let opened = lines::open(source)?;
    let format = format.unwrap_or_else(|| detect(&opened.head));
    let mut reader = opened.reader;
    let mut count = 0;
    // The end of the bytes scanned so far, where a `BEGIN:VCARD` cut in two may start.
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let n = buf.len();
        match format {
            ImportFormat::Vcard => {
                let mut window = std::mem::take(&mut carry);
                window.extend_from_slice(buf);
                count += window
                    .iter()
                    .enumerate()
                    .filter(|&(i, b)| {
                        *b == b':'
                            && i >= 5
                            && window[i - 5..i].eq_ignore_ascii_case(b"BEGIN")
                            && window
                                .get(i + 1..i + 6)
                                .is_some_and(|v| v.eq_ignore_ascii_case(b"VCARD"))
                    })
                    .count();
                carry = window[window.len().saturating_sub(10)..].to_vec();
            }
            ImportFormat::Json => {}
            _ => count += buf.iter().filter(|b| **b == b'\n').count(),
        }
        reader.consume(n);
    }
    Ok(count)
}

/// Decodes a whole file to UTF-8: a BOM says which encoding; UTF-16 without a BOM is
/// recognised by its zero bytes; other bytes that are not UTF-8 are taken as Windows-1252
/// (a superset of Latin-1, what old exporters write).
pub fn to_utf8(bytes: &[u8]) -> Cow<'_, str> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest);
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_with_bom_removal(bytes);
        return Cow::Owned(text.into_owned());
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Cow::Owned(text.into_owned());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            Cow::Owned(text.into_owned())
        }
    }
}

/// Undoes a BOM or UTF-16 but leaves other bytes alone, for formats (vCard 2.1) that name
/// each value's charset themselves.
pub fn unicode_to_utf8(bytes: &[u8]) -> Cow<'_, [u8]> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Cow::Borrowed(rest);
    }
    let enc = match Encoding::for_bom(bytes) {
        Some((enc, _)) if enc != encoding_rs::UTF_8 => Some(enc),
        _ => utf16_without_bom(bytes),
    };
    match enc {
        Some(enc) => Cow::Owned(
            enc.decode_with_bom_removal(bytes)
                .0
                .into_owned()
                .into_bytes(),
        ),
        None => Cow::Borrowed(bytes),
    }
}

/// UTF-16 text that is mostly ASCII has a zero byte in every other position.
pub(crate) fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(2048)];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if even * 10 >= pairs * 3 && odd * 10 < pairs {
        Some(UTF_16BE)
    } else if odd * 10 >= pairs * 3 && even * 10 < pairs {
        Some(UTF_16LE)
    } else {
        None
    }
}

/// Decodes bytes in a named charset (`SHIFT_JIS`, `ISO-8859-1`, `UTF-8`…); without one,
/// UTF-8 when the bytes are UTF-8, else Windows-1252.
pub fn decode_charset(bytes: &[u8], charset: Option<&str>) -> String {
    if let Some(enc) = charset.and_then(|c| Encoding::for_label(c.trim().as_bytes())) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// Cleans a one-line value from a file: line breaks, tabs and other white-space control
/// characters become spaces, ends trimmed, `None` when empty. Files are never trusted to be
/// tidy; nothing is cut (the readers bound what they keep, and say so). Other control
/// characters (an escape, a bell) are kept, for `finish` to refuse the record with a reason
/// rather than alter it unseen.
pub fn clean(s: &str) -> Option<String> {
    // Most values are tidy: no copy to make before trimming.
    if !s.chars().any(char::is_control) {
        return crate::model::text::non_empty(s);
    }
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_control() && c.is_whitespace() {
                ' '
            } else {
                c
            }
        })
        .collect();
    crate::model::text::non_empty(&s)
}

/// Like `clean` for multi-line text (notes): newlines and tabs are kept.
pub fn clean_multiline(s: &str) -> Option<String> {
    let s: String = s
        .replace("\r\n", "\n")
        .chars()
        .map(|c| {
            if c.is_control() && c.is_whitespace() && c != '\n' && c != '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    crate::model::text::non_empty(&s)
}

/// The longest value a reader keeps (a note, a UID…): ten times what `carnet note` takes.
/// A longer one is cut to this many bytes, and the report says so.
pub const MAX_VALUE: usize = lines::MAX_VALUE;

/// Cuts `s` to `MAX_VALUE` bytes (at a character boundary); whether it was longer.
pub fn bound(s: &mut String) -> bool {
    if s.len() <= MAX_VALUE {
        return false;
    }
    let mut at = MAX_VALUE;
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    s.truncate(at);
    true
}

/// An email as files write it: `"Name" <addr>` and `mailto:` are reduced to the address.
pub fn clean_email(s: &str) -> Option<String> {
    let s = clean(s)?;
    let s = match (s.rfind('<'), s.rfind('>')) {
        (Some(a), Some(b)) if a < b => s[a + 1..b].trim().to_owned(),
        _ => s,
    };
    let s = s.strip_prefix("mailto:").unwrap_or(&s).trim().to_owned();
    (!s.is_empty()).then_some(s)
}

/// A phone number as files write it: a `tel:` URI loses its scheme and `;ext=` becomes ` x`.
/// Kept even when it is not a number ("BusinessPhone"): losing data is worse.
pub fn clean_phone(s: &str) -> Option<String> {
    let s = clean(s)?;
    let s = s.strip_prefix("tel:").unwrap_or(&s);
    let s = s.replace(";ext=", " x");
    clean(&s)
}

/// A link, kept only when it is one.
pub fn clean_link(s: &str) -> Option<String> {
    validate::url(&clean(s)?).ok()
}

/// Tags from a list: each cleaned (`clean`, then `validate::tag`), empty ones removed,
/// duplicates (folded) removed.
pub fn clean_tags<'a>(raw: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in raw {
        let Some(t) = clean(t) else { continue };
        // An empty or invisible tag is left out; one with control characters is kept, for
        // `finish` to refuse the record.
        let t = match validate::tag(&t) {
            Ok(t) => t,
            Err(_) if t.chars().any(crate::model::text::is_unsafe_to_show) => t,
            Err(_) => continue,
        };
        let folded = crate::model::text::fold(&t);
        if !out.iter().any(|o| crate::model::text::fold(o) == folded) {
            out.push(t);
        }
    }
    out
}

/// Checks a record is complete enough to import, with nothing a terminal would obey in its
/// text, and composes its text (NFC); why not when it is refused.
pub fn finish(mut r: ImportRecord) -> Result<ImportRecord, Rejected> {
    if let Some(e) = unsafe_text(&r) {
        return Err(Rejected {
            line: r.line,
            reason: SkipReason::UnsafeText(e.to_string()),
        });
    }
    let name = clean(&r.contact.name).unwrap_or_default();
    r.contact.name = validate::name(&name).map_err(|e| Rejected {
        line: r.line,
        reason: SkipReason::InvalidName(e.to_string()),
    })?;
    compose(&mut r);
    r.uid = r.uid.and_then(|u| clean(&u));
    for (_, note) in &mut r.notes {
        *note = note.trim().to_owned();
    }
    r.notes.retain(|(_, n)| !n.is_empty());
    for list in [
        &mut r.contact.emails,
        &mut r.contact.phones,
        &mut r.contact.links,
    ] {
        let mut seen: Vec<String> = Vec::new();
        list.retain(|v| {
            let key = v.value.to_lowercase();
            let fresh = !seen.contains(&key);
            seen.push(key);
            fresh
        });
    }
    Ok(r)
}

/// The first text of the record with a control character (but a newline or a tab in a
/// note) or a bidirectional control, as the error `add` would give. (Not its length: a
/// value longer than `add` takes is kept, up to what the reader keeps.)
fn unsafe_text(r: &ImportRecord) -> Option<validate::InvalidValue> {
    let c = &r.contact;
    let one_line = [
        ("name", Some(&c.name)),
        ("company", c.company.as_ref()),
        ("title", c.title.as_ref()),
        ("city", c.city.as_ref()),
        ("how met", c.how_met.as_ref()),
        ("uid", r.uid.as_ref()),
    ];
    let lists = [
        ("email", &c.emails),
        ("phone", &c.phones),
        ("link", &c.links),
    ];
    one_line
        .into_iter()
        .filter_map(|(f, v)| Some((f, v?.as_str(), false)))
        .chain(lists.into_iter().flat_map(|(f, list)| {
            list.iter().flat_map(move |l| {
                std::iter::once((f, l.value.as_str(), false))
                    .chain(l.label.as_deref().map(|v| (f, v, false)))
            })
        }))
        .chain(c.tags.iter().map(|t| ("tag", t.as_str(), false)))
        .chain(r.notes.iter().map(|(_, n)| ("note", n.as_str(), true)))
        .chain(r.related.iter().flat_map(|t| {
            let whom = [t.name.as_deref(), t.uid.as_deref()].into_iter().flatten();
            std::iter::once(t.kind.as_str())
                .chain(whom)
                .map(|v| ("relation", v, false))
        }))
        .find_map(|(field, value, multiline)| validate::check_chars(field, value, multiline).err())
}

/// Every text of the record in composed form (NFC).
fn compose(r: &mut ImportRecord) {
    let nfc = |s: &mut String| {
        if let std::borrow::Cow::Owned(n) = crate::model::text::nfc(s) {
            *s = n;
        }
    };
    let c = &mut r.contact;
    for v in [&mut c.company, &mut c.title, &mut c.city, &mut c.how_met]
        .into_iter()
        .flatten()
    {
        nfc(v);
    }
    for l in c.emails.iter_mut().chain(&mut c.phones).chain(&mut c.links) {
        nfc(&mut l.value);
        if let Some(label) = &mut l.label {
            nfc(label);
        }
    }
    c.tags.iter_mut().for_each(nfc);
    r.notes.iter_mut().for_each(|(_, n)| nfc(n));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_utf16_and_latin1() {
        assert_eq!(to_utf8(b"\xEF\xBB\xBFabc"), "abc");
        assert_eq!(to_utf8(b"Zo\xEB"), "Zoë");
        let be: Vec<u8> = "Zoë Québec"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(to_utf8(&be), "Zoë Québec");
        let le: Vec<u8> = "Łukasz, Montréal"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(to_utf8(&le), "Łukasz, Montréal");
    }

    #[test]
    fn cleans_emails_and_phones() {
        assert_eq!(
            clean_email("\"Omega\" <omega@example.com>").as_deref(),
            Some("omega@example.com")
        );
        assert_eq!(
            clean_phone("tel:+1-418-656-9254;ext=102").as_deref(),
            Some("+1-418-656-9254 x102")
        );
        assert_eq!(clean("a\u{0}b ").as_deref(), Some("a\u{0}b"));
        assert_eq!(clean("a\r\nb\u{b}c\u{85}").as_deref(), Some("a  b c"));
        assert_eq!(clean("  Zoë\t ").as_deref(), Some("Zoë"));
        // Long values are kept whole.
        assert_eq!(
            clean("x".repeat(200_001).as_str()).map(|s| s.len()),
            Some(200_001)
        );
        assert_eq!(
            clean(&format!("{}\u{b}", "é".repeat(60_000))).map(|s| s.len()),
            Some(120_000)
        );
        assert_eq!(
            clean_multiline(&"ab\r\n".repeat(60_000)).map(|s| s.len()),
            Some(179_999)
        );
        assert_eq!(clean(" \u{7f} ").as_deref(), Some("\u{7f}"));
        assert_eq!(
            clean_tags(["Vœux", "voeux", " #amis ", ""]),
            ["Vœux", "amis"]
        );
    }

    /// Random and mangled inputs never panic any reader.
    #[test]
    fn readers_survive_random_bytes() {
        let seeds: [&[u8]; 4] = [
            b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=88=C0=\r\n=93\r\nitem1.EMAIL:a@b.c\r\nEND:VCARD\r\n",
            "\u{feff}Notes:\r\n\"x\"\r\n\r\nFirst Name,Last Name,Email Address,Connected On\r\nZoë,Ł,z@e.org,12 Mar 2024\r\n".as_bytes(),
            b"Name,E-mail 1 - Value,Labels\n\"a\"\"b\",x@y.z ::: q@r.s,* a ::: b\n",
            b"{\"format\":\"carnet\",\"format_version\":1,\"schema_version\":1,\"tables\":{}}",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..3000 {
            let seed = seeds[round % seeds.len()];
            let mut bytes = seed.to_vec();
            let edits = (next() % 8) as usize;
            for _ in 0..edits {
                let len = bytes.len().max(1);
                let at = (next() as usize) % len;
                match next() % 4 {
                    0 if at < bytes.len() => bytes[at] = next() as u8,
                    1 if at < bytes.len() => {
                        bytes.remove(at);
                    }
                    2 => bytes.insert(at.min(bytes.len()), next() as u8),
                    _ => bytes.truncate(at),
                }
            }
            let _ = vcard::read(&bytes);
            let _ = csv::read(&bytes, round % 2 == 0);
            let _ = json::read(&bytes);
            let _ = detect(&bytes);
        }
    }

    #[test]
    fn detects_formats() {
        assert_eq!(detect(b"BEGIN:VCARD\r\n"), ImportFormat::Vcard);
        assert_eq!(detect(b"begin:vcard\n"), ImportFormat::Vcard);
        assert_eq!(detect(b"{\"format\":1}"), ImportFormat::Json);
        assert_eq!(
            detect(b"\xEF\xBB\xBFNotes:\r\n\"x\"\r\n\r\nFirst Name,Last Name,Connected On\r\n"),
            ImportFormat::Linkedin
        );
        assert_eq!(detect(b"Name,Email\n"), ImportFormat::Csv);
    }
}
