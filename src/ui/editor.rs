//! Editing a contact in `$VISUAL` or `$EDITOR`: the contact as a TOML document in a private
//! temporary file, the editor run on it (split into words the way git does, without a
//! shell), the result read back and checked — and the file re-opened with the error on top
//! until it is valid, emptied (cancelled), or left unchanged.
//!
//! The editor may stay open for minutes while another carnet writes to the same record. So
//! what is saved is not the document as it was read back, but the person's changes to it —
//! `merge`, a three-way merge of the document as opened, as saved, and as the record is
//! now — and a field changed on both sides re-opens the file with both values shown
//! (`Problem::rebase`). Any document that serializes to TOML can be edited this way
//! (`edit_document`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use toml::Value;

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
    /// The operating system's reason follows in the error's chain.
    #[error("{}", tr!("editor-cannot-start", program = program.as_str()))]
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
    /// `context` is the id of the message saying what was being done; the operating
    /// system's reason follows in the error's chain.
    #[error("{}", lookup(current(), context, None).unwrap_or_else(|| (*context).to_owned()))]
    Io {
        context: &'static str,
        source: std::io::Error,
    },
    #[error("{}", tr!("editor-render"))]
    Render(#[from] toml::ser::Error),
    #[error("{}", crate::tr!("editor-cannot-merge"))]
    Merge(#[from] toml::de::Error),
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
pub struct Problem<D = ContactDoc> {
    pub message: String,
    pub hint: Option<String>,
    /// The record changed meanwhile: the file re-opens on another document.
    pub rebase: Option<Box<Rebase<D>>>,
}

impl<D> Problem<D> {
    /// A problem with the edited document itself: the file re-opens as saved.
    pub fn new(message: String, hint: Option<String>) -> Problem<D> {
        Problem {
            message,
            hint,
            rebase: None,
        }
    }
}

/// After a conflict: the file re-opens on `shown` (the person's version merged into the
/// record as it now is), and the next save is compared with `base` (the record as it now
/// is), so that saving it as shown keeps the person's values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebase<D> {
    pub base: D,
    pub shown: D,
}

/// The contact as the TOML document the editor shows.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
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

/// Opens the contact in the editor until `save` accepts the edited document; `Ok(None)`
/// when it was saved unchanged. See [`edit_document`].
pub fn edit_contact<T>(
    c: &Contact,
    save: impl FnMut(&ContactDoc, &ContactDoc) -> Result<T, Problem>,
) -> Result<Option<T>, EditorError> {
    edit_document(ContactDoc::of(c), &header(), save)
}

/// Opens `doc` in the editor, below `header` (comment lines), until `save` accepts what is
/// saved; `Ok(None)` when it was saved unchanged. `save` is given the document the editor
/// opened on and the one saved. A problem it finds (or a document that is not valid TOML)
/// is shown at the top of the file, which opens again — on another document when the
/// problem says so (`Problem::rebase`).
pub fn edit_document<D, T>(
    doc: D,
    header: &str,
    mut save: impl FnMut(&D, &D) -> Result<T, Problem<D>>,
) -> Result<Option<T>, EditorError>
where
    D: Serialize + DeserializeOwned + PartialEq,
{
    let mut before = doc;
    let mut text = format!("{header}{}", toml::to_string(&before)?);
    loop {
        let content = strip_comments(&edit_text(&text)?);
        if content.trim().is_empty() {
            return Err(EditorError::Cancelled);
        }
        let checked = match toml::from_str::<D>(&content) {
            Err(e) => Err(Problem::new(
                tr!("editor-not-valid", error = e.message()),
                None,
            )),
            Ok(doc) if doc == before => return Ok(None),
            Ok(doc) => save(&before, &doc),
        };
        match checked {
            Ok(v) => return Ok(Some(v)),
            Err(p) => {
                let hint = p
                    .hint
                    .map(|h| format!("{}\n", tr!("editor-hint", hint = h)))
                    .unwrap_or_default();
                let message = p.message.replace('\n', "\n# ");
                let body = match p.rebase.map(|r| *r) {
                    Some(r) => {
                        before = r.base;
                        toml::to_string(&r.shown)?
                    }
                    None => content,
                };
                let error = tr!("editor-error", message = message);
                text = format!("{error}\n{hint}{header}{body}\n");
            }
        }
    }
}

/// A field both sides changed, to different values, since the editor opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The field's name in the document (`company`, `emails`…).
    pub field: String,
    /// Each side's value as TOML (`"Vœux & Cie"`), `""` for none.
    pub base: String,
    pub ours: String,
    pub theirs: String,
}

/// The result of [`merge`]: the merged document, and the fields both sides changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged<D> {
    pub doc: D,
    pub conflicts: Vec<Conflict>,
}

/// Three-way merge of a document: `base` as the editor opened it, `ours` as the person
/// saved it, `theirs` as the record is now. A field takes the side that changed it; a
/// field both changed to different values is a conflict, and takes ours. A list is a set:
/// the items ours removed go, the items ours added come, everything else is theirs (an
/// item is known by its value without its `label=`, so a label changed on one side
/// follows that side; changed on both, it is a conflict).
pub fn merge<D>(base: &D, ours: &D, theirs: &D) -> Result<Merged<D>, EditorError>
where
    D: Serialize + DeserializeOwned,
{
    let mut conflicts = Vec::new();
    let merged = merge_value(
        "",
        Some(&Value::try_from(base)?),
        Some(&Value::try_from(ours)?),
        Some(&Value::try_from(theirs)?),
        &mut conflicts,
    )
    .unwrap_or(Value::Table(toml::Table::new()));
    Ok(Merged {
        doc: merged.try_into()?,
        conflicts,
    })
}

fn merge_value(
    field: &str,
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    match (base, ours, theirs) {
        (Some(Value::Table(b)), Some(Value::Table(o)), Some(Value::Table(t))) => {
            let mut keys: Vec<&String> = t.keys().collect();
            keys.extend(o.keys().filter(|k| !t.contains_key(*k)));
            let mut out = toml::Table::new();
            for key in keys {
                let name = if field.is_empty() {
                    key.clone()
                } else {
                    format!("{field}.{key}")
                };
                if let Some(v) = merge_value(&name, b.get(key), o.get(key), t.get(key), conflicts) {
                    out.insert(key.clone(), v);
                }
            }
            Some(Value::Table(out))
        }
        (b, Some(Value::Array(o)), Some(Value::Array(t))) => {
            let empty = Vec::new();
            let b = match b {
                Some(Value::Array(b)) => b,
                _ => &empty,
            };
            Some(Value::Array(merge_list(field, b, o, t, conflicts)))
        }
        _ if ours == base => theirs.cloned(),
        _ if theirs == base || theirs == ours => ours.cloned(),
        _ => {
            conflicts.push(Conflict {
                field: field.to_owned(),
                base: shown(base),
                ours: shown(ours),
                theirs: shown(theirs),
            });
            ours.cloned()
        }
    }
}

/// A list merged as a set, in theirs' order, ours' additions last.
fn merge_list(
    field: &str,
    base: &[Value],
    ours: &[Value],
    theirs: &[Value],
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    let by_key = |list: &[Value]| {
        let mut map: BTreeMap<String, Value> = BTreeMap::new();
        for v in list {
            map.entry(item_key(v)).or_insert_with(|| v.clone());
        }
        map
    };
    let (b, o) = (by_key(base), by_key(ours));
    let mut out: Vec<Value> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for t in theirs {
        let key = item_key(t);
        if seen.contains(&key) {
            continue;
        }
        let item = match (b.get(&key), o.get(&key)) {
            // Ours removed it.
            (Some(_), None) => None,
            // Ours changed it (its label): unless theirs changed it otherwise.
            (Some(was), Some(mine)) if mine != was => {
                if t != was && t != mine {
                    conflicts.push(Conflict {
                        field: field.to_owned(),
                        base: was.to_string(),
                        ours: mine.to_string(),
                        theirs: t.to_string(),
                    });
                }
                Some(mine.clone())
            }
            _ => Some(t.clone()),
        };
        if let Some(item) = item {
            seen.push(key);
            out.push(item);
        }
    }
    for v in ours {
        let key = item_key(v);
        if !b.contains_key(&key) && !seen.contains(&key) {
            seen.push(key);
            out.push(v.clone());
        }
    }
    out
}

/// What identifies an item of a list: its value without a `label=` prefix, trimmed, in
/// lower case.
fn item_key(v: &Value) -> String {
    match v {
        Value::String(s) => crate::model::validate::split_label(s).1.to_lowercase(),
        other => other.to_string(),
    }
}

fn shown(v: Option<&Value>) -> String {
    v.map_or_else(|| "\"\"".to_owned(), Value::to_string)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(company: &str, emails: &[&str], tags: &[&str]) -> ContactDoc {
        ContactDoc {
            name: "Frédéric Duval".into(),
            company: company.into(),
            title: String::new(),
            city: String::new(),
            how_met: String::new(),
            birthday: String::new(),
            keep_in_touch: String::new(),
            introduced_by: String::new(),
            emails: emails.iter().map(|e| e.to_string()).collect(),
            phones: vec![],
            links: vec![],
            tags: tags.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn a_field_takes_the_side_that_changed_it() {
        let base = doc("A", &[], &[]);
        let m = merge(&base, &doc("B", &[], &[]), &base).unwrap();
        assert_eq!((m.doc.company.as_str(), m.conflicts.len()), ("B", 0));
        let m = merge(&base, &base, &doc("C", &[], &[])).unwrap();
        assert_eq!((m.doc.company.as_str(), m.conflicts.len()), ("C", 0));
        let m = merge(&base, &doc("B", &[], &[]), &doc("B", &[], &[])).unwrap();
        assert_eq!((m.doc.company.as_str(), m.conflicts.len()), ("B", 0));
        let m = merge(&base, &doc("B", &[], &[]), &doc("C", &[], &[])).unwrap();
        assert_eq!(m.doc.company, "B", "ours is shown");
        assert_eq!(
            m.conflicts,
            [Conflict {
                field: "company".into(),
                base: "\"A\"".into(),
                ours: "\"B\"".into(),
                theirs: "\"C\"".into(),
            }]
        );
    }

    #[test]
    fn a_list_keeps_both_sides_additions_and_ours_removals() {
        let base = doc("", &["a@x.org", "b@x.org", "c@x.org"], &["vœux"]);
        let ours = doc("", &["a@x.org", "c@x.org", "d@x.org"], &["vœux", "client"]);
        let theirs = doc("", &["a@x.org", "b@x.org", "c@x.org", "e@x.org"], &[]);
        let m = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(m.doc.emails, ["a@x.org", "c@x.org", "e@x.org", "d@x.org"]);
        // Theirs removed "vœux"; ours added "client".
        assert_eq!(m.doc.tags, ["client"]);
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn a_label_changed_on_one_side_follows_it_and_on_both_is_a_conflict() {
        let base = doc("", &["a@x.org", "b@x.org"], &[]);
        let ours = doc("", &["work=a@x.org", "b@x.org"], &[]);
        let theirs = doc("", &["a@x.org", "home=B@x.org"], &[]);
        let m = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(m.doc.emails, ["work=a@x.org", "home=B@x.org"]);
        assert!(m.conflicts.is_empty());

        let theirs = doc("", &["perso=a@x.org", "b@x.org"], &[]);
        let m = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(m.doc.emails, ["work=a@x.org", "b@x.org"]);
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].field, "emails");
        assert_eq!(m.conflicts[0].theirs, "\"perso=a@x.org\"");
        // The same change on both sides is none.
        let m = merge(&base, &ours, &ours).unwrap();
        assert_eq!(m.doc.emails, ["work=a@x.org", "b@x.org"]);
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn duplicates_are_kept_once_and_tables_merge_field_by_field() {
        let base = doc("", &["a@x.org"], &[]);
        let ours = doc("", &["a@x.org", "d@x.org", "D@x.org"], &[]);
        let theirs = doc("", &["a@x.org", "A@X.org", "d@x.org"], &[]);
        let m = merge(&base, &ours, &theirs).unwrap();
        assert_eq!(m.doc.emails, ["a@x.org", "d@x.org"]);

        #[derive(Debug, Serialize, Deserialize, PartialEq)]
        struct Outer {
            inner: Inner,
            #[serde(default)]
            extra: Option<String>,
        }
        #[derive(Debug, Serialize, Deserialize, PartialEq)]
        struct Inner {
            a: String,
            b: String,
        }
        let o = |a: &str, b: &str, extra: Option<&str>| Outer {
            inner: Inner {
                a: a.into(),
                b: b.into(),
            },
            extra: extra.map(Into::into),
        };
        let m = merge(
            &o("1", "1", None),
            &o("2", "1", Some("x")),
            &o("1", "3", None),
        )
        .unwrap();
        assert_eq!(m.doc, o("2", "3", Some("x")));
        let m = merge(&o("1", "1", None), &o("2", "1", None), &o("3", "1", None)).unwrap();
        assert_eq!(m.conflicts[0].field, "inner.a");
        let m = merge(
            &o("1", "1", Some("x")),
            &o("1", "1", None),
            &o("1", "1", Some("x")),
        )
        .unwrap();
        assert_eq!(m.doc.extra, None, "ours removed it");
        let m = merge(
            &o("1", "1", None),
            &o("1", "1", None),
            &o("1", "1", Some("y")),
        )
        .unwrap();
        assert_eq!(m.doc.extra.as_deref(), Some("y"));
        let m = merge(
            &o("1", "1", None),
            &o("1", "1", Some("x")),
            &o("1", "1", Some("y")),
        )
        .unwrap();
        assert_eq!(m.conflicts[0].base, "\"\"");
    }
}
