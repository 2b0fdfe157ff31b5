use std::io::Write;

use anyhow::{Context, Result};
use clap::Args;
use serde::{Deserialize, Serialize};

use crate::commands::contact as c;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::format_days;
use crate::model::text::non_empty;
use crate::model::validate;
use crate::model::{Contact, ContactId, ContactPatch, Labeled};
use crate::store::{Channel, Db};

const EXAMPLES: &str = "\
Examples:
  carnet edit frederic --company \"Vœux & Cie\" --add-email fred@voeux.example
  carnet edit '#12' --remove-tag old --add-tag voeux --keep-in-touch 3m
  carnet edit marie            # on a terminal: opens $VISUAL or $EDITOR";

/// Change a contact
///
/// Give a flag for each change; an empty value clears a field (--company ''). With no flag
/// on a terminal, the contact opens in $VISUAL or $EDITOR as TOML, is checked when saved,
/// and re-opens with the error shown if something is wrong.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EditArgs {
    /// The contact: #ID, ID, or (part of) a name
    pub contact: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// Company ('' clears)
    #[arg(long)]
    pub company: Option<String>,
    /// Job title or activity ('' clears)
    #[arg(long)]
    pub title: Option<String>,
    /// City ('' clears)
    #[arg(long)]
    pub city: Option<String>,
    /// How you met ('' clears)
    #[arg(long)]
    pub how_met: Option<String>,
    /// Birthday: YYYY-MM-DD, DD/MM/YYYY or DD/MM ('' clears)
    #[arg(long, value_name = "DATE")]
    pub birthday: Option<String>,
    /// Keep-in-touch cadence: 2w, 3m, 1y ('' clears)
    #[arg(long, value_name = "PERIOD")]
    pub keep_in_touch: Option<String>,
    /// Who introduced you ('' clears)
    #[arg(long, value_name = "CONTACT")]
    pub introduced_by: Option<String>,
    /// Add an email, [LABEL=]ADDRESS (repeatable)
    #[arg(long, value_name = "EMAIL")]
    pub add_email: Vec<String>,
    /// Remove an email (repeatable)
    #[arg(long, value_name = "EMAIL")]
    pub remove_email: Vec<String>,
    /// Add a phone number, [LABEL=]NUMBER (repeatable)
    #[arg(long, value_name = "PHONE")]
    pub add_phone: Vec<String>,
    /// Remove a phone number (repeatable)
    #[arg(long, value_name = "PHONE")]
    pub remove_phone: Vec<String>,
    /// Add a link, [LABEL=]URL (repeatable)
    #[arg(long, value_name = "URL")]
    pub add_link: Vec<String>,
    /// Remove a link (repeatable)
    #[arg(long, value_name = "URL")]
    pub remove_link: Vec<String>,
    /// Add a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub add_tag: Vec<String>,
    /// Remove a tag (repeatable)
    #[arg(long, value_name = "TAG")]
    pub remove_tag: Vec<String>,
}

/// Everything an edit does, checked before anything is written.
#[derive(Debug, Default)]
struct Changes {
    patch: ContactPatch,
    add: Vec<(Channel, Labeled)>,
    remove: Vec<(Channel, String)>,
    replace: Option<[(Channel, Vec<Labeled>); 3]>,
    add_tags: Vec<String>,
    remove_tags: Vec<String>,
}

impl EditArgs {
    fn has_changes(&self) -> bool {
        self.name.is_some()
            || self.company.is_some()
            || self.title.is_some()
            || self.city.is_some()
            || self.how_met.is_some()
            || self.birthday.is_some()
            || self.keep_in_touch.is_some()
            || self.introduced_by.is_some()
            || !self.add_email.is_empty()
            || !self.remove_email.is_empty()
            || !self.add_phone.is_empty()
            || !self.remove_phone.is_empty()
            || !self.add_link.is_empty()
            || !self.remove_link.is_empty()
            || !self.add_tag.is_empty()
            || !self.remove_tag.is_empty()
    }
}

/// `Some(None)` for '' (clear), `Some(Some(v))` for a value, `None` when not given.
fn clearable(field: &'static str, v: &Option<String>) -> Result<Option<Option<String>>> {
    Ok(match v {
        None => None,
        Some(s) => Some(c::text(field, &Some(s.clone()))?),
    })
}

fn from_flags(ctx: &mut Ctx, id: ContactId, a: &EditArgs) -> Result<Changes> {
    let mut ch = Changes::default();
    let p = &mut ch.patch;
    p.name = a.name.as_deref().map(validate::name).transpose()?;
    p.company = clearable("company", &a.company)?;
    p.title = clearable("title", &a.title)?;
    p.city = clearable("city", &a.city)?;
    p.how_met = clearable("how met", &a.how_met)?;
    p.birthday = match a.birthday.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(b) => Some(Some(c::birthday(b)?)),
    };
    p.keep_in_touch_days = match a.keep_in_touch.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(k) => Some(Some(c::cadence(k)?)),
    };
    p.introduced_by = match a.introduced_by.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(who) => Some(Some(introducer(ctx, id, who)?)),
    };
    for e in c::emails(&a.add_email)? {
        ch.add.push((Channel::Email, e));
    }
    for e in c::phones(&a.add_phone)? {
        ch.add.push((Channel::Phone, e));
    }
    for e in c::links(&a.add_link)? {
        ch.add.push((Channel::Link, e));
    }
    for (channel, list) in [
        (Channel::Email, &a.remove_email),
        (Channel::Phone, &a.remove_phone),
        (Channel::Link, &a.remove_link),
    ] {
        ch.remove
            .extend(list.iter().map(|v| (channel, v.trim().to_owned())));
    }
    ch.add_tags = c::tags(&a.add_tag)?;
    ch.remove_tags = c::tags(&a.remove_tag)?;
    Ok(ch)
}

fn introducer(ctx: &mut Ctx, id: ContactId, who: &str) -> Result<ContactId> {
    let by = ctx.contact(who)?;
    if by.id == id {
        return Err(
            CliError::new(format!("'{who}' is the contact being edited"))
                .hint("a contact cannot be introduced by themselves")
                .into(),
        );
    }
    Ok(by.id)
}

fn apply(db: Db<'_>, id: ContactId, ch: &Changes, now: &str) -> Result<Vec<String>> {
    let mut missing = Vec::new();
    db.update_contact(id, &ch.patch, now)?;
    if let Some(replace) = &ch.replace {
        for (channel, values) in replace {
            db.replace_channel(id, *channel, values)?;
        }
    }
    for (channel, v) in &ch.add {
        db.add_channel(id, *channel, v)?;
    }
    for (channel, v) in &ch.remove {
        if !db.remove_channel(id, *channel, v)? {
            missing.push(v.clone());
        }
    }
    db.add_tags(id, &ch.add_tags)?;
    let removed = db.remove_tags(id, &ch.remove_tags)?;
    missing.extend(
        ch.remove_tags
            .iter()
            .filter(|t| !removed.contains(t))
            .cloned(),
    );
    Ok(missing)
}

pub fn run(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let changes = if a.has_changes() {
        from_flags(ctx, m.id, &a)?
    } else if ctx.prompt.is_interactive() {
        match edit_in_editor(ctx, m.id)? {
            Some(ch) => ch,
            None => {
                ctx.out.status("No changes.");
                return Ok(());
            }
        }
    } else {
        return Err(CliError::new(format!("nothing to change on #{} {}", m.id, m.name))
            .hint("pass a flag such as --company, --add-email or --add-tag (see `carnet edit --help`), or run on a terminal to open $EDITOR")
            .into());
    };
    let now = ctx.now();
    let missing = ctx.store.write(|db| apply(db, m.id, &changes, &now))?;
    for v in missing {
        ctx.out
            .status(format!("note: #{} had no '{v}' to remove", m.id));
    }
    let name = changes.patch.name.as_deref().unwrap_or(&m.name);
    ctx.out.status(format!("Updated #{} {name}", m.id));
    if ctx.out.json() {
        let v = super::show::view(ctx, m.id)?;
        ctx.out.print_json(&v)?;
    }
    Ok(())
}

/// The contact as the TOML document the editor shows.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct EditDoc {
    name: String,
    #[serde(default)]
    company: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    how_met: String,
    #[serde(default)]
    birthday: String,
    #[serde(default)]
    keep_in_touch: String,
    #[serde(default)]
    introduced_by: String,
    #[serde(default)]
    emails: Vec<String>,
    #[serde(default)]
    phones: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
}

fn labeled_strings(list: &[Labeled]) -> Vec<String> {
    list.iter()
        .map(|l| match &l.label {
            Some(label) => format!("{label}={}", l.value),
            None => l.value.clone(),
        })
        .collect()
}

fn doc_of(c: &Contact) -> EditDoc {
    EditDoc {
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

const HEADER: &str = "\
# Edit the contact below and save; lines starting with # are ignored.
# Empty a value (\"\") to clear it. Lists take \"label=value\" entries.
# birthday: YYYY-MM-DD or --MM-DD · keep_in_touch: 2w, 3m, 1y · introduced_by: #ID or a name
# Delete everything to cancel.
";

/// Checks an edited document and turns it into changes; `Ok(None)` when nothing changed.
fn changes_from_doc(ctx: &mut Ctx, c: &Contact, text: &str) -> Result<Option<Changes>> {
    let doc: EditDoc = toml::from_str(text)
        .map_err(|e| CliError::new(format!("the file is not valid: {}", e.message())))?;
    let before = doc_of(c);
    if doc == before {
        return Ok(None);
    }
    let mut ch = Changes::default();
    let p = &mut ch.patch;
    if doc.name != before.name {
        p.name = Some(validate::name(&doc.name)?);
    }
    let text_field =
        |field: &'static str, new: &str, old: &str| -> Result<Option<Option<String>>> {
            if new == old {
                return Ok(None);
            }
            validate::check_text(field, new, false)?;
            Ok(Some(non_empty(new)))
        };
    p.company = text_field("company", &doc.company, &before.company)?;
    p.title = text_field("title", &doc.title, &before.title)?;
    p.city = text_field("city", &doc.city, &before.city)?;
    p.how_met = text_field("how_met", &doc.how_met, &before.how_met)?;
    if doc.birthday != before.birthday {
        p.birthday = Some(match non_empty(&doc.birthday) {
            None => None,
            Some(b) => Some(c::birthday(&b)?),
        });
    }
    if doc.keep_in_touch != before.keep_in_touch {
        p.keep_in_touch_days = Some(match non_empty(&doc.keep_in_touch) {
            None => None,
            Some(k) => Some(c::cadence(&k)?),
        });
    }
    if doc.introduced_by != before.introduced_by {
        p.introduced_by = Some(match non_empty(&doc.introduced_by) {
            None => None,
            Some(who) => Some(introducer(ctx, c.id, &who)?),
        });
    }
    ch.replace = Some([
        (Channel::Email, c::emails(&doc.emails)?),
        (Channel::Phone, c::phones(&doc.phones)?),
        (Channel::Link, c::links(&doc.links)?),
    ]);
    let tags = c::tags(&doc.tags)?;
    let fold = crate::model::text::fold;
    ch.add_tags = tags.clone();
    ch.remove_tags = c
        .tags
        .iter()
        .filter(|old| !tags.iter().any(|t| fold(t) == fold(old)))
        .cloned()
        .collect();
    Ok(Some(ch))
}

fn strip_comments(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Opens the editor until the document is valid, the user cancels, or nothing changed.
fn edit_in_editor(ctx: &mut Ctx, id: ContactId) -> Result<Option<Changes>> {
    let contact = ctx.store.db().get_contact(id)?;
    let body = toml::to_string(&doc_of(&contact)).context("cannot render the contact as TOML")?;
    let mut text = format!("{HEADER}{body}");
    loop {
        // tempfile creates the file readable and writable by its owner only (0600).
        let mut file = tempfile::Builder::new()
            .prefix("carnet-edit-")
            .suffix(".toml")
            .tempfile()
            .context("cannot create a temporary file to edit")?;
        file.write_all(text.as_bytes())?;
        file.flush()?;
        run_editor(file.path())?;
        let edited = std::fs::read_to_string(file.path()).context("cannot read the edited file")?;
        let content = strip_comments(&edited);
        if content.trim().is_empty() {
            return Err(
                CliError::new("edit cancelled: the file was emptied; nothing changed").into(),
            );
        }
        match changes_from_doc(ctx, &contact, &content) {
            Ok(ch) => return Ok(ch),
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

fn run_editor(path: &std::path::Path) -> Result<()> {
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
