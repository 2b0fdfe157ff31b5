//! Editing a contact in `$VISUAL` or `$EDITOR`: the contact as a TOML document in a private
//! temporary file, the editor run on it (split into words the way git does, without a
//! shell), the result read back and checked — and the file re-opened with the error on top
//! until it is valid, emptied (cancelled), or left unchanged.

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::dates::format_days;
use crate::model::{Contact, Labeled};

/// Why an edit in the editor ended without changes.
#[derive(Debug, Error)]
pub enum EditorError {
    #[error("invalid editor '{0}'")]
    InvalidEditor(String),
    #[error("cannot start the editor '{program}': {source}")]
    CannotStart {
        program: String,
        source: std::io::Error,
    },
    #[error("the editor '{program}' exited with {status}; nothing changed")]
    Failed {
        program: String,
        status: std::process::ExitStatus,
    },
    #[error("edit cancelled: the file was emptied; nothing changed")]
    Cancelled,
    #[error("{context}: {source}")]
    Io {
        context: &'static str,
        source: std::io::Error,
    },
    #[error("cannot render the contact as TOML: {0}")]
    Render(#[from] toml::ser::Error),
}

impl EditorError {
    pub fn hint(&self) -> Option<String> {
        match self {
            EditorError::InvalidEditor(_) => {
                Some("set EDITOR to a program, e.g. EDITOR=nano".into())
            }
            EditorError::CannotStart { .. } => {
                Some("set VISUAL or EDITOR to an editor on your PATH, e.g. EDITOR=nano".into())
            }
            _ => None,
        }
    }
}

fn io(context: &'static str) -> impl FnOnce(std::io::Error) -> EditorError {
    move |source| EditorError::Io { context, source }
}

/// What is wrong with an edited document, shown at the top of the file when it opens again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub hint: Option<String>,
}

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
/// when it was saved unchanged. A problem found by `check` (or a document that is not
/// valid TOML) is shown at the top of the file, which opens again.
pub fn edit_contact<T>(
    c: &Contact,
    mut check: impl FnMut(&ContactDoc, &ContactDoc) -> Result<T, Problem>,
) -> Result<Option<T>, EditorError> {
    let before = ContactDoc::of(c);
    let body = toml::to_string(&before)?;
    let mut text = format!("{HEADER}{body}");
    loop {
        let content = strip_comments(&edit_text(&text)?);
        if content.trim().is_empty() {
            return Err(EditorError::Cancelled);
        }
        let checked = match toml::from_str::<ContactDoc>(&content) {
            Err(e) => Err(Problem {
                message: format!("the file is not valid: {}", e.message()),
                hint: None,
            }),
            Ok(doc) if doc == before => return Ok(None),
            Ok(doc) => check(&before, &doc),
        };
        match checked {
            Ok(v) => return Ok(Some(v)),
            Err(p) => {
                let hint = p.hint.map(|h| format!("# hint: {h}\n")).unwrap_or_default();
                let message = p.message.replace('\n', "\n# ");
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
pub fn edit_text(text: &str) -> Result<String, EditorError> {
    // tempfile creates the file readable and writable by its owner only (0600).
    let mut file = tempfile::Builder::new()
        .prefix("carnet-edit-")
        .suffix(".toml")
        .tempfile()
        .map_err(io("cannot create a temporary file to edit"))?;
    file.write_all(text.as_bytes())
        .and_then(|_| file.flush())
        .map_err(io("cannot write the file to edit"))?;
    run_editor(file.path())?;
    std::fs::read_to_string(file.path()).map_err(io("cannot read the edited file"))
}

/// The editor command from $VISUAL or $EDITOR, split into a program and its arguments the
/// way git does, without a shell.
pub fn editor_command() -> Result<Vec<String>, EditorError> {
    let raw = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_owned());
    let words = shell_words::split(&raw).unwrap_or_else(|_| vec![raw.clone()]);
    if words.is_empty() {
        return Err(EditorError::InvalidEditor(raw));
    }
    Ok(words)
}

fn run_editor(path: &Path) -> Result<(), EditorError> {
    let words = editor_command()?;
    let program = words[0].clone();
    let status = std::process::Command::new(&program)
        .args(&words[1..])
        .arg(path)
        .status()
        .map_err(|source| EditorError::CannotStart {
            program: program.clone(),
            source,
        })?;
    if !status.success() {
        return Err(EditorError::Failed { program, status });
    }
    Ok(())
}
