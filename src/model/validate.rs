//! Validation of the values people type: emails, phone numbers, web links, labels, tags.
//! Each check returns the cleaned value or an error naming the offending input.
//!
//! Text comes in composed (NFC: "é", never "e" and a combining accent), so that what is
//! typed one way is found when typed the other. It never holds control characters (but
//! newlines and tabs in a note) nor bidirectional controls (U+202A–U+202E, U+2066–U+2069):
//! a terminal would obey them rather than show them. A name, a tag, a role has at least one
//! visible character: invisible ones (zero-width spaces, a byte-order mark) at its ends are
//! trimmed like spaces, and a name made only of them, or of combining marks with nothing to
//! combine with, is refused. Joiners inside a name stay (emoji sequences, Persian).

use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;

use crate::i18n::{current, lookup};
use crate::model::text::{escape_unsafe, is_bidi_control, nfc};
use crate::tr;

/// A value refused. Said in the interface language (`locales/*/validate.ftl`); `field` and
/// `reason` are English keys, each shown through its `validate-field-…` and
/// `validate-reason-…` message when there is one.
#[derive(Debug, PartialEq, Eq)]
pub enum InvalidValue {
    Email(String),
    Phone(String),
    Url(String),
    EmptyName(String),
    Field {
        field: &'static str,
        value: String,
        reason: &'static str,
    },
    /// `value` is shown with its unsafe characters escaped; `code` is the first one (U+202E).
    Bidi {
        field: &'static str,
        value: String,
        code: String,
    },
    /// Nothing visible: `codes` lists what there is (U+200B U+FEFF).
    Invisible {
        field: &'static str,
        codes: String,
    },
}

impl std::error::Error for InvalidValue {}

impl std::fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            InvalidValue::Email(v) => tr!("validate-email", value = v.as_str()),
            InvalidValue::Phone(v) => tr!("validate-phone", value = v.as_str()),
            InvalidValue::Url(v) => tr!("validate-url", value = v.as_str()),
            InvalidValue::EmptyName(v) => tr!("validate-empty-name", value = v.as_str()),
            InvalidValue::Field {
                field,
                value,
                reason,
            } => tr!(
                "validate-field",
                field = field_name(field),
                value = value.as_str(),
                reason = reason_text(reason)
            ),
            InvalidValue::Bidi { field, value, code } => tr!(
                "validate-bidi",
                field = field_name(field),
                value = value.as_str(),
                code = code.as_str()
            ),
            InvalidValue::Invisible { field, codes } => tr!(
                "validate-invisible",
                field = field_name(field),
                codes = codes.as_str()
            ),
        };
        f.write_str(&text)
    }
}

/// A field's name in the interface language: "how met" → `validate-field-how-met`.
fn field_name(field: &str) -> String {
    // i18n-ignore: a message id
    let id = format!("validate-field-{}", field.replace(' ', "-"));
    lookup(current(), &id, None).unwrap_or_else(|| field.to_owned())
}

/// Why a value was refused, in the interface language.
fn reason_text(reason: &str) -> String {
    match reason {
        REASON_TOO_LONG => tr!("validate-reason-too-long"),
        REASON_CONTROL => tr!("validate-reason-control"),
        REASON_NAME_TOO_LONG => tr!("validate-reason-name-too-long"),
        REASON_EMPTY_TAG => tr!("validate-reason-empty-tag"),
        REASON_EMPTY_ROLE => tr!("validate-reason-empty-role"),
        other => other.to_owned(),
    }
}

// The reasons, as keys (the text is in the catalogues).
const REASON_TOO_LONG: &str = "longer than 100 KiB";
const REASON_CONTROL: &str = "control characters are not allowed";
const REASON_NAME_TOO_LONG: &str = "longer than 500 characters";
const REASON_EMPTY_TAG: &str = "a tag cannot be empty";
pub const REASON_EMPTY_ROLE: &str = "a role cannot be empty";

impl InvalidValue {
    pub fn hint(&self) -> Option<String> {
        match self {
            InvalidValue::Email(_) => Some(tr!("validate-email-hint")),
            InvalidValue::Phone(_) => Some(tr!("validate-phone-hint")),
            InvalidValue::Url(_) => Some(tr!("validate-url-hint")),
            InvalidValue::EmptyName(_) => Some(tr!("validate-empty-name-hint")),
            InvalidValue::Field { .. } => None,
            InvalidValue::Bidi { .. } | InvalidValue::Invisible { .. } => None,
        }
    }
}

const MAX_FIELD: usize = 100 * 1024;

/// Rejects control characters (other than tab and newline in long text), bidirectional
/// controls and oversized values.
pub fn check_text(field: &'static str, value: &str, multiline: bool) -> Result<(), InvalidValue> {
    if value.len() > MAX_FIELD {
        return Err(InvalidValue::Field {
            field,
            value: escape_unsafe(&value.chars().take(40).collect::<String>(), false).into_owned()
                + "…",
            reason: REASON_TOO_LONG,
        });
    }
    check_chars(field, value, multiline)
}

/// Rejects control characters (other than tab and newline in long text) and bidirectional
/// controls, whatever the length (a file's values are bounded by its reader).
pub fn check_chars(field: &'static str, value: &str, multiline: bool) -> Result<(), InvalidValue> {
    let control = |c: char| c.is_control() && !(multiline && (c == '\n' || c == '\t' || c == '\r'));
    if let Some(at) = value.find(control) {
        return Err(InvalidValue::Field {
            field,
            value: excerpt(value, at).escape_debug().to_string(),
            reason: REASON_CONTROL,
        });
    }
    if let Some((at, c)) = value.char_indices().find(|(_, c)| is_bidi_control(*c)) {
        return Err(InvalidValue::Bidi {
            field,
            value: escape_unsafe(&excerpt(value, at), false).into_owned(),
            code: code(c),
        });
    }
    Ok(())
}

/// What an error shows of `value` around byte `at`: all of it when short, else up to 40
/// characters before and 40 after, the cut ends marked `…` (a value from a file may be a
/// megabyte long).
fn excerpt(value: &str, at: usize) -> Cow<'_, str> {
    const AROUND: usize = 40;
    if value.chars().count() <= 3 * AROUND {
        return Cow::Borrowed(value);
    }
    let start = value[..at]
        .char_indices()
        .rev()
        .nth(AROUND - 1)
        .map_or(0, |(i, _)| i);
    let end = value[at..]
        .char_indices()
        .nth(AROUND + 1)
        .map_or(value.len(), |(i, _)| at + i);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&value[start..end]);
    if end < value.len() {
        out.push('…');
    }
    Cow::Owned(out)
}

/// A free-text value as typed: composed (NFC) and checked (`check_text`).
pub fn text(field: &'static str, value: &str, multiline: bool) -> Result<String, InvalidValue> {
    let value = nfc(value);
    check_text(field, &value, multiline)?;
    Ok(value.into_owned())
}

/// `U+202E`.
fn code(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Drawn as nothing, and fine to trim from the ends of a name: zero-width space, word
/// joiner, byte-order mark (zero-width no-break space), soft hyphen, Mongolian vowel
/// separator, and the marks of direction (LRM, RLM, ALM). Joiners (ZWJ, ZWNJ) and variation
/// selectors are kept: they belong to the character before them.
fn is_trimmable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'
                | '\u{2060}'
                | '\u{FEFF}'
                | '\u{00AD}'
                | '\u{180E}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
        )
}

/// Whether `c` is drawn as something on its own: not white space, not a combining mark,
/// not a default-ignorable code point (joiners, variation selectors, invisible operators,
/// tags, fillers).
fn is_visible(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || is_combining_mark(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        ))
}

/// A one-line label (a name, a tag, a role): composed, trimmed of spaces and invisible
/// characters at both ends, checked, and holding at least one visible character.
/// `Ok(None)` when nothing at all is left.
fn label(field: &'static str, value: &str) -> Result<Option<String>, InvalidValue> {
    let value = nfc(value);
    let t = value.trim_matches(is_trimmable);
    if t.is_empty() {
        return if value.is_empty() || value.chars().all(char::is_whitespace) {
            Ok(None)
        } else {
            Err(invisible(field, &value))
        };
    }
    check_text(field, t, false)?;
    if !t.chars().any(is_visible) {
        return Err(invisible(field, t));
    }
    Ok(Some(t.to_owned()))
}

fn invisible(field: &'static str, value: &str) -> InvalidValue {
    let mut codes: Vec<String> = Vec::new();
    for c in value.chars().filter(|c| !c.is_whitespace()) {
        let c = code(c);
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    InvalidValue::Invisible {
        field,
        codes: codes.join(" "),
    }
}

/// Splits an optional `label=` prefix off a value (`work=fred@example.org`).
/// A label is a short word; anything else is part of the value.
pub fn split_label(raw: &str) -> (Option<String>, String) {
    let raw = raw.trim();
    if let Some((label, value)) = raw.split_once('=') {
        let label = label.trim();
        let looks_like_label = !label.is_empty()
            && label.chars().count() <= 30
            && label
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '_');
        if looks_like_label && !value.trim().is_empty() {
            return (Some(label.to_owned()), value.trim().to_owned());
        }
    }
    (None, raw.to_owned())
}

pub fn email(value: &str) -> Result<String, InvalidValue> {
    let composed = nfc(value);
    let v = composed.trim();
    let err = || InvalidValue::Email(value.to_owned());
    let (local, domain) = v.rsplit_once('@').ok_or_else(err)?;
    let ok = !local.is_empty()
        && local.len() <= 64
        && !domain.is_empty()
        && domain.len() <= 255
        && !v.chars().any(|c| c.is_whitespace() || c.is_control())
        && !local.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    if ok {
        Ok(v.to_owned())
    } else {
        Err(err())
    }
}

pub fn phone(value: &str) -> Result<String, InvalidValue> {
    let v = value.trim();
    let v = v.strip_prefix("tel:").unwrap_or(v);
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let allowed =
        |c: char| c.is_ascii_digit() || " +-.()/#*".contains(c) || c == 'x' || c == 'X' || c == ',';
    if (2..=32).contains(&digits) && v.chars().all(allowed) {
        Ok(v.to_owned())
    } else {
        Err(InvalidValue::Phone(value.to_owned()))
    }
}

/// Accepts `https://host/…`, `http://…`, `mailto:` and bare `host.tld/…` (made https).
pub fn url(value: &str) -> Result<String, InvalidValue> {
    let v = value.trim();
    let err = || InvalidValue::Url(value.to_owned());
    if v.is_empty() || v.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(err());
    }
    let (scheme, rest) = match v.split_once("://") {
        Some((s, r)) => (s.to_ascii_lowercase(), r),
        None => {
            if let Some(addr) = v.strip_prefix("mailto:") {
                email(addr).map_err(|_| err())?;
                return Ok(v.to_owned());
            }
            ("".to_owned(), v)
        }
    };
    if !scheme.is_empty() && !matches!(scheme.as_str(), "http" | "https") {
        return Err(err());
    }
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .rsplit('@')
        .next()
        .unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let host_ok = !host.is_empty()
        && (host.contains('.') || host == "localhost")
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    if !host_ok {
        return Err(err());
    }
    if scheme.is_empty() {
        Ok(format!("https://{v}"))
    } else {
        Ok(v.to_owned())
    }
}

pub fn name(value: &str) -> Result<String, InvalidValue> {
    let Some(v) = label("name", value)? else {
        return Err(InvalidValue::EmptyName(value.to_owned()));
    };
    if v.chars().count() > 500 {
        return Err(InvalidValue::Field {
            field: "name",
            value: v.chars().take(40).collect::<String>() + "…",
            reason: REASON_NAME_TOO_LONG,
        });
    }
    Ok(v.to_owned())
}

/// A tag as typed or read from a file: trimmed, a leading `#` dropped; refused when nothing
/// is left or it holds control characters.
pub fn tag(value: &str) -> Result<String, InvalidValue> {
    let t = value.trim_matches(is_trimmable);
    let t = t.strip_prefix('#').unwrap_or(t);
    label("tag", t)?.ok_or(InvalidValue::Field {
        field: "tag",
        value: String::new(),
        reason: REASON_EMPTY_TAG,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hints_of_invalid_values_show_the_expected_shape() {
        let hint = |e: InvalidValue| e.hint().unwrap_or_default();
        assert!(hint(InvalidValue::Email("x".into())).contains("name@example.org"));
        assert!(hint(InvalidValue::Phone("x".into())).contains("+33 6 12 34 56 78"));
        assert!(hint(InvalidValue::Url("x".into())).contains("https://example.org/page"));
        assert!(hint(InvalidValue::EmptyName(String::new())).contains("carnet add"));
        let bidi = check_text("name", "abc\u{202E}def", false).unwrap_err();
        assert_eq!(bidi.hint(), None);
    }

    #[test]
    fn a_bidirectional_control_is_named_by_its_code_point() {
        let e = check_text("name", "Zoë\u{2067}x", false).unwrap_err();
        assert!(
            matches!(&e, InvalidValue::Bidi { code, .. } if code == "U+2067"),
            "{e:?}"
        );
        assert_eq!(code('\u{202A}'), "U+202A");
    }

    #[test]
    fn what_counts_as_visible() {
        for c in ['a', 'é', '安', '😀', '-', '.'] {
            assert!(is_visible(c), "{c:?}");
        }
        for c in [
            ' ', '\u{3000}', '\t', '\u{7}', '\u{301}', '\u{200D}', '\u{FE0F}', '\u{2063}',
        ] {
            assert!(!is_visible(c), "{:?}", c);
        }
    }

    #[test]
    fn a_label_of_spaces_is_nothing_and_one_of_invisible_characters_is_refused() {
        assert_eq!(label("name", ""), Ok(None));
        assert_eq!(label("name", "   "), Ok(None));
        assert_eq!(
            label("name", " \u{200B}Zoë\u{FEFF} "),
            Ok(Some("Zoë".into()))
        );
        // Invisible inside, with nothing visible: refused, each code said once, spaces not.
        let e = label("name", "\u{200B} \u{200D} \u{200D}").unwrap_err();
        assert_eq!(
            e,
            InvalidValue::Invisible {
                field: "name",
                codes: "U+200D".into()
            }
        );
        let e = label("name", "\u{200B} \u{FEFF}\u{200B}").unwrap_err();
        assert_eq!(
            e,
            InvalidValue::Invisible {
                field: "name",
                codes: "U+200B U+FEFF".into()
            }
        );
        // A combining mark alone, once composed, is still nothing to see.
        assert!(matches!(
            label("name", "\u{301}"),
            Err(InvalidValue::Invisible { .. })
        ));
        // A joiner between two emoji stays.
        assert_eq!(
            label("name", "👩\u{200D}🔬").unwrap(),
            Some("👩\u{200D}🔬".into())
        );
    }

    #[test]
    fn emails() {
        assert_eq!(email(" fred@example.org ").unwrap(), "fred@example.org");
        assert!(email("élodie@exemple.fr").is_ok());
        for bad in [
            "not-an-email",
            "a@b",
            "@x.org",
            "a b@x.org",
            "a@x..org",
            "a@.x.org",
            "",
        ] {
            assert_eq!(email(bad), Err(InvalidValue::Email(bad.into())), "{bad}");
        }
    }

    #[test]
    fn phones() {
        assert!(phone("+33 6 12 34 56 78").is_ok());
        assert!(phone("(514) 555-0199 x12").is_ok());
        assert_eq!(phone("tel:+1-555-0100").unwrap(), "+1-555-0100");
        assert!(phone("call me").is_err());
        assert!(phone("1").is_err());
    }

    #[test]
    fn urls() {
        assert_eq!(url("example.org").unwrap(), "https://example.org");
        assert_eq!(url("http://x.org/a?b=c").unwrap(), "http://x.org/a?b=c");
        assert!(url("mailto:a@b.org").is_ok());
        for bad in [
            "not a url",
            "ftp://x.org",
            "https://",
            "javascript:alert(1)",
            "x",
        ] {
            assert!(url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn labels() {
        assert_eq!(
            split_label("work=a@b.org"),
            (Some("work".into()), "a@b.org".into())
        );
        assert_eq!(
            split_label("https://x.org/?a=b"),
            (None, "https://x.org/?a=b".into())
        );
        assert_eq!(split_label("a@b.org"), (None, "a@b.org".into()));
    }

    #[test]
    fn text_limits() {
        assert!(check_text("note", "line\nline", true).is_ok());
        assert!(check_text("name", "a\u{0}b", false).is_err());
        assert!(check_text("note", &"x".repeat(MAX_FIELD + 1), true).is_err());
        assert!(name("   ").is_err());
        // Past `add`'s limit, only the characters are checked (files: their readers bound).
        assert!(check_chars("note", &"x".repeat(MAX_FIELD + 1), true).is_ok());
        assert!(check_chars("note", "line\nline\tx", true).is_ok());
        assert!(check_chars("name", "line\nline", false).is_err());
    }

    #[test]
    fn a_long_value_is_shown_around_its_bad_character() {
        let long = format!("{}\u{1b}[2J{}", "a".repeat(100_000), "b".repeat(100_000));
        let e = check_chars("note", &long, true).unwrap_err().to_string();
        let shown = format!("…{}\\u{{1b}}[2J{}…", "a".repeat(40), "b".repeat(37));
        assert!(e.contains(&shown), "{e}");
        assert!(e.len() < 300, "{e}");
        // At the start or the end, nothing is cut on that side.
        let e = check_chars("note", &format!("\u{7}{}", "b".repeat(500)), true).unwrap_err();
        let shown = format!("'\\u{{7}}{}…'", "b".repeat(40));
        assert!(e.to_string().contains(&shown), "{e}");
        let bidi = format!("{}\u{202E}", "a".repeat(500));
        let e = check_chars("name", &bidi, false).unwrap_err().to_string();
        assert!(
            e.contains(&format!("…{}\\u{{202e}}", "a".repeat(40))),
            "{e}"
        );
        // Short values are shown whole.
        assert_eq!(excerpt("abc", 1), "abc");
        let edge = "é".repeat(120);
        assert_eq!(excerpt(&edge, 2), edge.as_str());
        assert_eq!(excerpt(&"é".repeat(121), 0), format!("{}…", "é".repeat(41)));
    }

    #[test]
    fn tags() {
        assert_eq!(tag("  #Vœux ").unwrap(), "Vœux");
        assert_eq!(tag("# Québec").unwrap(), "Québec");
        assert_eq!(tag("C#").unwrap(), "C#");
        for bad in ["", " # ", "a\u{7}b"] {
            assert!(tag(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            tag("#").unwrap_err().to_string(),
            "invalid tag '': a tag cannot be empty"
        );
    }
}
