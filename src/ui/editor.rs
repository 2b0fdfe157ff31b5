//! Editing a contact in `$VISUAL` or `$EDITOR`: the contact as a TOML document in a private
//! temporary file, the editor run on it (split into words the way git does, without a
//! shell), the result read back and checked — and the file re-opened with the error on top
//! until it is valid, emptied (cancelled), or left unchanged.

use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::i18n::{current, lookup};
use crate::model::dates::format_days;
use crate::model::{Contact, Labeled};
use crate::tr;

/// Why an edit in the editor ended without changes, said in the interface language
/// (`locales/*/editor.ftl`).
#[derive(Debug, Error)]
pub enum EditorError {
    #[error("{}", tr!("editor-invalid", editor = .0.as_str()))]
    InvalidEditor(String),
    #[error("{}", tr!("editor-cannot-start", program = program.as_str(), error = source.to_string()))]
    CannotStart {
        program: String,
        source: std::io::Error,
    },
    #[error("{}", tr!("editor-failed", program = program.as_str(), status = status.to_string()))]
    Failed {
        program: String,
        status: std::process::ExitStatus,
    },
    #[error("{}", tr!("editor-cancelled"))]
    Cancelled,
    /// `context` is the id of the message saying what was being done.
    #[error("{}: {source}", lookup(current(), context, None).unwrap_or_else(|| (*context).to_owned()))]
    Io {
        context: &'static str,
        source: std::io::Error,
    },
    #[error("{}", tr!("editor-render", error = .0.to_string()))]
    Render(#[from] toml::ser::Error),
}

impl EditorError {
    pub fn hint(&self) -> Option<String> {
        match self {
            EditorError::InvalidEditor(_) => Some(tr!("editor-invalid-hint")),
            EditorError::CannotStart { .. } => Some(tr!("editor-cannot-start-hint")),
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

/// The comment lines at the top of the document, in the interface language.
fn header() -> String {
    let mut h = tr!("editor-header");
    h.push('\n');
    h
}

/// Opens the contact in the editor until `check` accepts the edited document; `Ok(None)`
/// when it was saved unchanged. A problem found by `check` (or a document that is not
/// valid TOML) is shown at the top of the file, which opens again.
pub fn edit_contact<T>(
    c: &Contact,
    mut check: impl FnMut(&ContactDoc, &ContactDoc) -> Result<T, Problem>,
) -> Result<Option<T>, EditorError> {
    let before = ContactDoc::of(c);
    let body = toml::to_string(&before)?;
    let header = header();
    let mut text = format!("{header}{body}");
    loop {
        let content = strip_comments(&edit_text(&text)?);
        if content.trim().is_empty() {
            return Err(EditorError::Cancelled);
        }
        let checked = match toml::from_str::<ContactDoc>(&content) {
            Err(e) => Err(Problem {
                message: tr!("editor-not-valid", error = e.message()),
                hint: None,
            }),
            Ok(doc) if doc == before => return Ok(None),
            Ok(doc) => check(&before, &doc),
        };
        match checked {
            Ok(v) => return Ok(Some(v)),
            Err(p) => {
                let hint = p
                    .hint
                    .map(|h| format!("{}\n", tr!("editor-hint", hint = h)))
                    .unwrap_or_default();
                let message = p.message.replace('\n', "\n# ");
                let error = tr!("editor-error", message = message);
                text = format!("{error}\n{hint}{header}{content}\n");
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
fn edit_text(text: &str) -> Result<String, EditorError> {
    // tempfile creates the file readable and writable by its owner only (0600).
    let mut file = tempfile::Builder::new()
        .prefix("carnet-edit-")
        .suffix(".toml")
        .tempfile()
        .map_err(io("editor-cannot-create"))?;
    file.write_all(text.as_bytes())
        .and_then(|_| file.flush())
        .map_err(io("editor-cannot-write"))?;
    run_editor(file.path())?;
    std::fs::read_to_string(file.path()).map_err(io("editor-cannot-read"))
}

/// The editor command from $VISUAL or $EDITOR, split into a program and its arguments the
/// way git does, without a shell.
pub fn editor_command() -> Result<Vec<String>, EditorError> {
    let raw = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_owned()); // i18n-ignore: a program's name
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
