use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::dates::format_days;
use crate::model::project::ContactProject;
use crate::model::{Contact, ContactId, Labeled};
use crate::store::ContactMatch;

const EXAMPLES: &str = "\
Examples:
  carnet show frederic
  carnet show '#12' --json
  carnet show \"Marie Côté\"";

/// Show everything known about a contact
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ShowArgs {
    /// The contact: #ID, ID, or (part of) a name
    pub contact: String,
}

/// A short reference to another contact.
#[derive(Debug, Serialize)]
pub struct ContactRef {
    pub id: ContactId,
    pub name: String,
}

impl From<ContactMatch> for ContactRef {
    fn from(m: ContactMatch) -> Self {
        ContactRef {
            id: m.id,
            name: m.name,
        }
    }
}

/// What `show --json` prints: the contact with what is known around it.
#[derive(Debug, Serialize)]
pub struct ContactView {
    #[serde(flatten)]
    pub contact: Contact,
    pub introduced_by_name: Option<String>,
    pub introduced: Vec<ContactRef>,
    /// The projects the contact has a role in.
    pub projects: Vec<ContactProject>,
}

pub fn view(ctx: &Ctx, id: ContactId) -> Result<ContactView> {
    let db = ctx.store.db();
    let contact = db.get_contact(id)?;
    let introduced_by_name = match contact.introduced_by {
        Some(by) => db.contact_match(by)?.map(|m| m.name),
        None => None,
    };
    let introduced = db
        .introduced(id)?
        .into_iter()
        .map(ContactRef::from)
        .collect();
    let projects = db.contact_projects(id)?;
    Ok(ContactView {
        contact,
        introduced_by_name,
        introduced,
        projects,
    })
}

pub fn run(ctx: &mut Ctx, a: ShowArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let v = view(ctx, m.id)?;
    if ctx.out.json() {
        return ctx.out.print_json(&v);
    }
    ctx.out.text(&render(&v))?;
    Ok(())
}

fn labeled(list: &[Labeled]) -> Option<String> {
    (!list.is_empty()).then(|| {
        list.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// The human-readable card: a header line, the fields known, then the notes, newest first.
pub fn render(v: &ContactView) -> String {
    let c = &v.contact;
    let mut out = format!("{}  #{}", c.name, c.id);
    if c.archived {
        out.push_str("  [archived]");
    }
    out.push('\n');
    let mut fields: Vec<(&str, Option<String>)> = vec![
        ("Company", c.company.clone()),
        ("Title", c.title.clone()),
        ("Emails", labeled(&c.emails)),
        ("Phones", labeled(&c.phones)),
        ("Links", labeled(&c.links)),
        ("City", c.city.clone()),
        ("Tags", (!c.tags.is_empty()).then(|| c.tags.join(", "))),
        ("Birthday", c.birthday.map(|b| b.to_string())),
        ("How met", c.how_met.clone()),
        (
            "Keep in touch",
            c.keep_in_touch_days
                .map(|d| format!("every {}", format_days(d))),
        ),
    ];
    if let (Some(by), Some(name)) = (c.introduced_by, &v.introduced_by_name) {
        fields.push(("Introduced by", Some(format!("{name} (#{by})"))));
    }
    if !v.introduced.is_empty() {
        let names: Vec<String> = v
            .introduced
            .iter()
            .map(|r| format!("{} (#{})", r.name, r.id))
            .collect();
        fields.push(("Introduced you to", Some(names.join(", "))));
    }
    if !v.projects.is_empty() {
        let list: Vec<String> = v
            .projects
            .iter()
            .map(|p| {
                let archived = if p.archived { ", archived" } else { "" };
                format!("{} ({}{archived})", p.name, p.roles.join(", "))
            })
            .collect();
        fields.push(("Projects", Some(list.join("; "))));
    }
    fields.push((
        "Added",
        Some(c.created_at.get(..10).unwrap_or(&c.created_at).to_owned()),
    ));
    let width = fields
        .iter()
        .filter(|(_, v)| v.is_some())
        .map(|(k, _)| k.len())
        .max()
        .unwrap_or(0);
    for (k, val) in fields {
        if let Some(val) = val {
            out.push_str(&format!(
                "  {k:<width$}  {}\n",
                indent_rest(&val, width + 4)
            ));
        }
    }
    if !c.notes.is_empty() {
        out.push_str("\nNotes\n");
        for n in &c.notes {
            out.push_str(&format!("  {}  {}\n", n.date, indent_rest(&n.text, 14)));
        }
    }
    out
}

/// Indents every line after the first by `n` spaces, so multi-line values stay aligned.
fn indent_rest(s: &str, n: usize) -> String {
    s.lines()
        .collect::<Vec<_>>()
        .join(&format!("\n{}", " ".repeat(n)))
}
