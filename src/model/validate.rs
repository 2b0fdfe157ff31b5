//! Validation of the values people type: emails, phone numbers, web links, labels, tags.
//! Each check returns the cleaned value or an error naming the offending input.

use crate::i18n::{current, lookup};
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
        }
    }
}

const MAX_FIELD: usize = 100 * 1024;

/// Rejects control characters (other than tab and newline in long text) and oversized values.
pub fn check_text(field: &'static str, value: &str, multiline: bool) -> Result<(), InvalidValue> {
    if value.len() > MAX_FIELD {
        return Err(InvalidValue::Field {
            field,
            value: value.chars().take(40).collect::<String>() + "…",
            reason: REASON_TOO_LONG,
        });
    }
    let bad = value
        .chars()
        .any(|c| c.is_control() && !(multiline && (c == '\n' || c == '\t' || c == '\r')));
    if bad {
        return Err(InvalidValue::Field {
            field,
            value: value.escape_debug().to_string(),
            reason: REASON_CONTROL,
        });
    }
    Ok(())
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
    let v = value.trim();
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
    let v = value.trim();
    if v.is_empty() {
        return Err(InvalidValue::EmptyName(value.to_owned()));
    }
    check_text("name", v, false)?;
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
    let t = value.trim();
    let t = t.strip_prefix('#').unwrap_or(t).trim();
    if t.is_empty() {
        return Err(InvalidValue::Field {
            field: "tag",
            value: String::new(),
            reason: REASON_EMPTY_TAG,
        });
    }
    check_text("tag", t, false)?;
    Ok(t.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

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
