//! The questions of a `log` session that take a checked answer: asked again, with the
//! error, until the answer is acceptable or skipped.

use anyhow::Result;

use crate::commands::args;
use crate::model::validate::InvalidValue;
use crate::ui::output::Output;
use crate::ui::prompt::{PromptError, Prompter};

/// The person's name; `None` when left empty (the end of the session).
pub fn name(p: &mut dyn Prompter) -> Result<Option<String>, PromptError> {
    let raw = p.input("Name (Enter to finish)", None)?;
    Ok(crate::model::text::non_empty(&raw))
}

/// A free-text answer, asked until acceptable; `None` when skipped.
pub fn text(
    p: &mut dyn Prompter,
    out: &Output,
    prompt: &str,
    default: Option<&str>,
    field: &'static str,
) -> Result<Option<String>> {
    loop {
        let raw = p.input(prompt, default)?;
        match args::text(field, &Some(raw)) {
            Ok(v) => return Ok(v),
            Err(e) => out.status(e.to_string()),
        }
    }
}

/// A value checked by `check`, asked until valid or skipped.
pub fn checked(
    p: &mut dyn Prompter,
    out: &Output,
    prompt: &str,
    default: Option<&str>,
    check: fn(&str) -> Result<String, InvalidValue>,
) -> Result<Option<String>> {
    loop {
        let raw = p.input(prompt, default)?;
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        match check(raw) {
            Ok(v) => return Ok(Some(v)),
            Err(e) => {
                let hint = e.hint().map(|h| format!(" ({h})")).unwrap_or_default();
                out.status(format!("{e}{hint}; try again or press Enter to skip"));
            }
        }
    }
}

/// Tags, comma-separated, asked until valid; none when skipped.
pub fn tags(p: &mut dyn Prompter, out: &Output) -> Result<Vec<String>> {
    loop {
        let raw = p.input("Tags (comma-separated)", None)?;
        if raw.trim().is_empty() {
            return Ok(Vec::new());
        }
        match args::tags(&[raw]) {
            Ok(t) => return Ok(t),
            Err(e) => out.status(format!("{e}; try again or press Enter to skip")),
        }
    }
}
