//! Editing a contact in `$VISUAL` or `$EDITOR`: the contact as a TOML document in a private
//! temporary file, the editor run on it (split into words the way git does, without a
//! shell), the result read back and checked — and the file re-opened with the error on top
//! until it is valid, emptied (cancelled), or left unchanged.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::error::CliError;
use crate::model::dates::format_days;
use crate::model::{Contact, Labeled};

/// The contact as the TOML document the editor shows.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ContactDoc {
    pub name: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub how_met: String,
    #[serde(default)]
    pub birthday: String,
    #[serde(default)]
    pub keep_in_touch: String,
    #[serde(default)]
    pub introduced_by: String,
    #[serde(default)]
    pub emails: Vec<String>,
    #[serde(default)]
    pub phones: Vec<String>,
    #[serde(default)]
    pub links: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

fn labeled_strings(list: &[Labeled]) -> Vec<String> {
    list.iter()
        .map(|l| match &l.label {
            Some(label) => format!("{label}={}", l.value),
            None => l.value.clone(),
        })
        .collect()
}

impl ContactDoc {
    pub fn of(c: &Contact) -> ContactDoc {
        ContactDoc {
            name: c.name.clone(),
            company: c.company.clone().unwrap_or_default(),
            title: c.title.clone().unwrap_or_default(),
            city: c.city.clone().unwrap_or_default(),
            how_met: c.how_met.clone().unwrap_or_default(),
            birthday: c.birthday.map(|b| b.to_string()).unwrap_or_default(),
            keep_in_touch: c.keep_in_touch_days.map(format_days).unwrap_or_default(),
            introduced_by: c.introduced_by.map(|i| format!("#{i}")).unwrap_or_default(),
            emails: labeled_strings(&c.emails),
            phones: labeled_strings(&c.phones),
            links: labeled_strings(&c.links),
            tags: c.tags.clone(),
        }
    }
}

const HEADER: &str = "\
# Edit the contact below and save; lines starting with # are ignored.
# Empty a value (\"\") to clear it. Lists take \"label=value\" entries.
# birthday: YYYY-MM-DD or --MM-DD · keep_in_touch: 2w, 3m, 1y · introduced_by: #ID or a name
# Delete everything to cancel.
";

/// Opens the contact in the editor until `check` accepts the edited document; `Ok(None)`
/// when it was saved unchanged. An error of `check` is shown at the top of the file, which
/// opens again.
pub fn edit_contact<T>(
    c: &Contact,
    mut check: impl FnMut(&ContactDoc, &ContactDoc) -> Result<T>,
) -> Result<Option<T>> {
    let before = ContactDoc::of(c);
    let body = toml::to_string(&before).context("cannot render the contact as TOML")?;
    let mut text = format!("{HEADER}{body}");
    loop {
        let content = strip_comments(&edit_text(&text)?);
        if content.trim().is_empty() {
            return Err(
                CliError::new("edit cancelled: the file was emptied; nothing changed").into(),
            );
        }
        let checked = toml::from_str::<ContactDoc>(&content)
            .map_err(|e| CliError::new(format!("the file is not valid: {}", e.message())).into())
            .and_then(|doc| match doc == before {
                true => Ok(None),
                false => check(&before, &doc).map(Some),
            });
        match checked {
            Ok(v) => return Ok(v),
            Err(e) => {
                let hint = crate::error::hint_of(&e)
                    .map(|h| format!("# hint: {h}\n"))
                    .unwrap_or_default();
                let message = format!("{e:#}").replace('\n', "\n# ");
                text = format!("# Error: {message}\n{hint}{HEADER}{content}\n");
            }
        }
    }
}

fn strip_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Writes `text` to a private temporary file, runs the editor on it, and reads it back.
fn edit_text(text: &str) -> Result<String> {
    // tempfile creates the file readable and writable by its owner only (0600).
    let mut file = tempfile::Builder::new()
        .prefix("carnet-edit-")
        .suffix(".toml")
        .tempfile()
        .context("cannot create a temporary file to edit")?;
    file.write_all(text.as_bytes())?;
    file.flush()?;
    run_editor(file.path())?;
    std::fs::read_to_string(file.path()).context("cannot read the edited file")
}

/// The editor command from $VISUAL or $EDITOR, split into a program and its arguments the
/// way git does, without a shell.
pub fn editor_command() -> Result<Vec<String>> {
    let raw = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_owned());
    let words = shell_words::split(&raw).unwrap_or_else(|_| vec![raw.clone()]);
    if words.is_empty() {
        return Err(CliError::new(format!("invalid editor '{raw}'"))
            .hint("set EDITOR to a program, e.g. EDITOR=nano")
            .into());
    }
    Ok(words)
}

fn run_editor(path: &Path) -> Result<()> {
    let words = editor_command()?;
    let status = std::process::Command::new(&words[0])
        .args(&words[1..])
        .arg(path)
        .status()
        .map_err(|e| {
            CliError::new(format!("cannot start the editor '{}': {e}", words[0]))
                .hint("set VISUAL or EDITOR to an editor on your PATH, e.g. EDITOR=nano")
        })?;
    if !status.success() {
        return Err(CliError::new(format!(
            "the editor '{}' exited with {status}; nothing changed",
            words[0]
        ))
        .into());
    }
    Ok(())
}
