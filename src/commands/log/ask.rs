//! The questions of a `log` session that take a checked answer: asked again, with the
//! error, until the answer is acceptable or skipped.

use anyhow::Result;

use crate::commands::args;
use crate::i18n::Lang;
use crate::model::validate::InvalidValue;
use crate::tr;
use crate::ui::output::Output;
use crate::ui::prompt::{PromptError, Prompter};

/// The person's name; `None` when left empty (the end of the session).
pub fn name(p: &mut dyn Prompter, lang: Lang) -> Result<Option<String>, PromptError> {
    let raw = p.input(&tr!(lang; "log-name"), None)?;
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
    lang: Lang,
) -> Result<Option<String>> {
    loop {
        let raw = p.input(prompt, default)?;
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        match check(raw) {
            Ok(v) => return Ok(Some(v)),
            Err(e) => out.status(match e.hint() {
                Some(h) => tr!(lang; "log-try-again-or-skip-hint", error = e.to_string(), hint = h),
                None => tr!(lang; "log-try-again-or-skip", error = e.to_string()),
            }),
        }
    }
}

/// Tags, comma-separated, asked until valid; none when skipped.
pub fn tags(p: &mut dyn Prompter, out: &Output, lang: Lang) -> Result<Vec<String>> {
    loop {
        let raw = p.input(&tr!(lang; "log-tags"), None)?;
        if raw.trim().is_empty() {
            return Ok(Vec::new());
        }
        match args::tags(&[raw]) {
            Ok(t) => return Ok(t),
            Err(e) => out.status(tr!(lang; "log-try-again-or-skip", error = format!("{e:#}"))),
        }
    }
}
