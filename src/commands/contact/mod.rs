//! Contacts: add, list, show, edit, rm, note, tag, archive.

pub mod add;
pub mod archive;
pub mod edit;
pub mod list;
pub mod note;
pub mod rm;
pub mod show;
pub mod tag;

use anyhow::Result;

use crate::error::CliError;
use crate::model::dates::Period;
use crate::model::validate::{self, check_text, split_label, InvalidValue};
use crate::model::{Birthday, Labeled};

/// Validates `label=value` entries with `check`, keeping the label.
pub fn labeled(
    raw: &[String],
    check: fn(&str) -> Result<String, InvalidValue>,
) -> Result<Vec<Labeled>, InvalidValue> {
    raw.iter()
        .map(|r| {
            let (label, value) = split_label(r);
            Ok(Labeled::new(check(&value)?, label))
        })
        .collect()
}

pub fn emails(raw: &[String]) -> Result<Vec<Labeled>, InvalidValue> {
    labeled(raw, validate::email)
}

pub fn phones(raw: &[String]) -> Result<Vec<Labeled>, InvalidValue> {
    labeled(raw, validate::phone)
}

pub fn links(raw: &[String]) -> Result<Vec<Labeled>, InvalidValue> {
    labeled(raw, validate::url)
}

/// Tag names from arguments, commas splitting one into several, each through `validate::tag`.
pub fn tags(raw: &[String]) -> Result<Vec<String>> {
    raw.iter()
        .flat_map(|t| t.split(','))
        .filter(|t| !t.trim().is_empty() || raw.len() == 1)
        .map(|t| Ok(validate::tag(t)?))
        .collect()
}

/// An optional free-text field: trimmed, `None` when empty.
pub fn text(field: &'static str, raw: &Option<String>) -> Result<Option<String>, InvalidValue> {
    match raw {
        None => Ok(None),
        Some(s) => {
            check_text(field, s, field == "note")?;
            Ok(crate::model::text::non_empty(s))
        }
    }
}

pub fn birthday(raw: &str) -> Result<Birthday> {
    Birthday::parse(raw).ok_or_else(|| {
        CliError::new(format!("invalid birthday '{raw}'"))
            .hint("write it YYYY-MM-DD, DD/MM/YYYY, or without the year DD/MM or --MM-DD")
            .into()
    })
}

/// A keep-in-touch cadence, in days.
pub fn cadence(raw: &str) -> Result<i64> {
    Ok(Period::parse(raw)?.approx_days())
}
