//! vCard writing: contacts as 4.0 or 3.0 for exports and sync, the user's own card as 3.0
//! for a QR code. Values escaped, lines folded at 75 octets without splitting a character.

use std::fmt::Write as _;

use crate::model::interop::ExportContact;
use crate::model::me::Me;
use crate::model::Labeled;

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

/// Appends a parameter value, in double quotes when it holds `:`, `;`, `,` or a space
/// (RFC 6350 3.3), with `^`, `"` and line breaks written `^^`, `^'` and `^n` (RFC 6868).
fn push_param_value(out: &mut String, v: &str) {
    let quoted = v.contains([':', ';', ',', ' ']);
    if quoted {
        out.push('"');
    }
    for c in v.chars() {
        match c {
            '^' => out.push_str("^^"),
            '"' => out.push_str("^'"),
            '\n' => out.push_str("^n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    if quoted {
        out.push('"');
    }
}

/// The user's own card as a vCard 3.0, for a phone to read from a QR code: name, company,
/// title, phone, email and url only, lines unfolded (a QR code holds the fewest bytes). A
/// text value with other than ASCII says `CHARSET=UTF-8`, so that readers which guess an
/// encoding (Latin-1 or Shift_JIS by default in several) decode "Lévesque" right.
pub fn write_me(me: &Me) -> String {
    let name = me.name.as_deref().unwrap_or_default().trim();
    let (family, given) = n_components(name);
    let prop = |head: &str, value: &str| -> String {
        let charset = if value.is_ascii() {
            ""
        } else {
            ";CHARSET=UTF-8"
        };
        format!("{head}{charset}:{value}")
    };
    let mut lines = vec![
        "BEGIN:VCARD".to_owned(),
        "VERSION:3.0".to_owned(),
        prop("N", &format!("{};{};;;", escape(family), escape(given))),
        prop("FN", &escape(name)),
    ];
    if let Some(c) = &me.company {
        lines.push(prop("ORG", &escape(c)));
    }
    if let Some(t) = &me.title {
        lines.push(prop("TITLE", &escape(t)));
    }
    if let Some(p) = &me.phone {
        lines.push(format!("TEL;TYPE=CELL:{}", escape(p)));
    }
    if let Some(e) = &me.email {
        lines.push(prop("EMAIL", &escape(e)));
    }
    if let Some(u) = &me.url {
        lines.push(prop("URL", u));
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

/// The standard vCard TYPE a label stands for (RFC 6350 6.4.1/6.4.2, and Apple's MAIN and
/// IPHONE that phones read), `None` for a custom label. `cell`, carnet's `mobile`, a French
/// `portable` are all `CELL`: the type phones file a mobile number under.
pub fn standard_type(label: &str, tel: bool) -> Option<&'static str> {
    let l = label.trim().to_lowercase();
    let t = match l.as_str() {
        "home" | "maison" | "domicile" | "perso" | "personal" => "HOME",
        "work" | "travail" | "bureau" | "pro" => "WORK",
        "cell" | "mobile" | "portable" | "cellulaire" if tel => "CELL",
        "fax" | "télécopie" if tel => "FAX",
        "pager" if tel => "PAGER",
        "voice" if tel => "VOICE",
        "text" | "sms" if tel => "TEXT",
        "video" if tel => "VIDEO",
        "textphone" if tel => "TEXTPHONE",
        "main" if tel => "MAIN",
        "iphone" if tel => "IPHONE",
        _ => return None,
    };
    Some(t)
}

/// How a labelled value is written: `TYPE=` a standard type, or the way phones carry a custom
/// label — the property in a group `itemN` and an `itemN.X-ABLabel` line with the label.
enum Typed<'a> {
    Plain,
    Type(&'static str),
    Custom(&'a str),
}

fn typed(v: &Labeled, tel: bool) -> Typed<'_> {
    if v.card_id.is_some() {
        return Typed::Type("WORK");
    }
    match v.label.as_deref().map(str::trim) {
        None | Some("") => Typed::Plain,
        Some(l) => match standard_type(l, tel) {
            Some(t) => Typed::Type(t),
            None => Typed::Custom(l),
        },
    }
}

/// Appends one labelled value: `NAME;TYPE=…:value`, or `itemN.NAME:value` and
/// `itemN.X-ABLabel:label` for a custom label (`group` counts the groups of the card).
fn push_labeled(
    out: &mut String,
    line: &mut String,
    name: &str,
    v: &Labeled,
    tel: bool,
    group: &mut usize,
) {
    line.clear();
    let t = typed(v, tel);
    if let Typed::Custom(_) = t {
        *group += 1;
        let _ = write!(line, "item{group}."); // i18n-ignore: vCard syntax
    }
    line.push_str(name);
    if let Typed::Type(ty) = t {
        line.push_str(";TYPE=");
        line.push_str(ty);
    }
    line.push(':');
    if name == "URL" {
        line.push_str(&v.value);
    } else {
        escape_into(line, &v.value);
    }
    fold_line(out, line);
    if let Typed::Custom(l) = t {
        line.clear();
        let _ = write!(line, "item{group}.X-ABLabel:"); // i18n-ignore: vCard syntax
        escape_into(line, l);
        fold_line(out, line);
    }
}

/// A full name as vCard's N (family;given;additional;prefix;suffix): the last word is the
/// family name and the others the given names; a one-word name ("Marjorie") is a given name.
pub fn n_components(name: &str) -> (&str, &str) {
    match name.trim().rsplit_once(' ') {
        Some((g, f)) => (f.trim(), g.trim()),
        None => ("", name.trim()),
    }
}

/// One contact as a vCard.
pub fn write_card(c: &ExportContact, version: Version) -> String {
    let mut out = String::new();
    write_card_to(&mut out, c, version);
    out
}

/// Appends one contact as a vCard to `out`. Each line is built in one buffer, then folded
/// into `out`: an export of 100,000 contacts writes 1.5 million lines.
pub fn write_card_to(out: &mut String, c: &ExportContact, version: Version) {
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
    let (family, given) = n_components(&k.name);
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
    let mut group = 0;
    for (name, values) in [("EMAIL", &k.emails), ("TEL", &k.phones), ("URL", &k.links)] {
        for v in values {
            push_labeled(out, &mut line, name, v, name == "TEL", &mut group);
        }
    }
    for a in &k.postal_addresses {
        let v = Labeled::new(String::new(), a.label.clone());
        line.clear();
        let t = typed(&v, false);
        if let Typed::Custom(_) = t {
            group += 1;
            let _ = write!(line, "item{group}."); // i18n-ignore: vCard syntax
        }
        line.push_str("ADR");
        if let Typed::Type(ty) = t {
            line.push_str(";TYPE=");
            line.push_str(ty);
        }
        line.push(':');
        for (i, c) in a.components().iter().enumerate() {
            if i > 0 {
                line.push(';');
            }
            escape_into(&mut line, c);
        }
        fold_line(out, &line);
        if let Typed::Custom(l) = t {
            line.clear();
            let _ = write!(line, "item{group}.X-ABLabel:"); // i18n-ignore: vCard syntax
            escape_into(&mut line, l);
            fold_line(out, &line);
        }
    }
    // The city alone, unless an address already says it.
    if let Some(city) = &k.city {
        let folded = crate::model::text::fold(city);
        if !k
            .postal_addresses
            .iter()
            .any(|a| crate::model::text::fold(&a.locality) == folded)
        {
            start(&mut line, "ADR:;;;");
            escape_into(&mut line, city);
            line.push_str(";;;");
            fold_line(out, &line);
        }
    }
    // A card's address, as written on it: the street part of an ADR.
    for a in &k.addresses {
        start(&mut line, "ADR");
        if let Typed::Type(t) = typed(a, false) {
            line.push_str(";TYPE=");
            line.push_str(t);
        }
        line.push_str(":;;");
        escape_into(&mut line, &a.value);
        line.push_str(";;;;");
        fold_line(out, &line);
    }
    if let Some(b) = &k.birthday {
        start(&mut line, "BDAY:");
        let _ = match (version, b.year) {
            (Version::V4, Some(y)) => write!(line, "{y:04}{:02}{:02}", b.month, b.day),
            (Version::V4, None) => write!(line, "--{:02}{:02}", b.month, b.day),
            (Version::V3, Some(_)) => write!(line, "{b}"),
            // Apple's form for a birthday without a year, which phones read in 3.0.
            (Version::V3, None) => {
                line.clear();
                write!(
                    line,
                    // i18n-ignore: vCard syntax
                    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-{:02}-{:02}",
                    b.month, b.day
                )
            }
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
    // Ties to other people: vCard 4.0 RELATED (RFC 6350 6.6.6) with the other's name as
    // text; carnet's own kind and the other's UID as parameters, for carnet to read back.
    // In 3.0, the form phones read: a grouped X-ABRELATEDNAMES with its X-ABLabel.
    for (i, t) in c.related.iter().enumerate() {
        let (kind, label) = crate::model::relation::vcard_type(&t.kind);
        match version {
            Version::V4 => {
                start(&mut line, "RELATED;VALUE=text;TYPE=");
                line.push_str(kind);
                line.push_str(";X-CARNET-KIND=");
                push_param_value(&mut line, &t.kind);
                line.push_str(";X-CARNET-UID=");
                push_param_value(&mut line, &t.uid);
                line.push(':');
                escape_into(&mut line, &t.name);
                fold_line(out, &line);
            }
            Version::V3 => {
                let group = format!("carnet-related{}", i + 1);
                start(&mut line, &group);
                line.push_str(".X-ABRELATEDNAMES;X-CARNET-KIND=");
                push_param_value(&mut line, &t.kind);
                line.push_str(";X-CARNET-UID=");
                push_param_value(&mut line, &t.uid);
                line.push(':');
                escape_into(&mut line, &t.name);
                fold_line(out, &line);
                start(&mut line, &group);
                line.push_str(".X-ABLabel:");
                // A custom kind is its own label.
                let known = crate::model::relation::KINDS.contains(&t.kind.as_str());
                escape_into(&mut line, if known { label } else { &t.kind });
                fold_line(out, &line);
            }
        }
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
        write_card_to(&mut out, c, version);
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
