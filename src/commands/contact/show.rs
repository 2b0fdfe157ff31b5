use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::model::card::Card;
use crate::model::dates::format_days;
use crate::model::encounter::Encounter;
use crate::model::followup::{FollowUp, FollowUpWhen};
use crate::model::project::ContactProject;
use crate::model::{Contact, ContactId, Labeled};
use crate::store::{ContactMatch, Db};

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
    /// The date of the latest encounter.
    pub last_seen: Option<chrono::NaiveDate>,
    /// Encounters, newest first.
    pub encounters: Vec<Encounter>,
    /// Business cards, oldest first.
    pub cards: Vec<Card>,
    /// Open follow-ups, soonest first.
    pub followups: Vec<FollowUp>,
    /// The projects the contact has a role in.
    pub projects: Vec<ContactProject>,
}

pub fn view(ctx: &Ctx, id: ContactId) -> Result<ContactView> {
    ctx.store.read(|db| view_in(ctx, db, id))
}

fn view_in(ctx: &Ctx, db: Db<'_>, id: ContactId) -> Result<ContactView> {
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
    let encounters = db.contact_encounters(id)?;
    Ok(ContactView {
        contact,
        introduced_by_name,
        introduced,
        // Latest first: the first is the last time seen.
        last_seen: encounters.first().map(|e| e.date),
        encounters,
        cards: db.cards(Some(id), None)?,
        followups: db.followups(FollowUpWhen::Open, Some(id), ctx.today(), None)?,
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
    fields.push(("Last seen", v.last_seen.map(|d| d.to_string())));
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
    if !v.followups.is_empty() {
        out.push_str("\nFollow-ups\n");
        for f in &v.followups {
            let mut line = format!("  #{:<4} {}  {}", f.id, f.due, f.what);
            if let Some(e) = &f.event_name {
                line.push_str(&format!(" ({e})"));
            }
            if let Some(every) = &f.every {
                line.push_str(&format!(", every {every}"));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !v.cards.is_empty() {
        out.push_str("\nCards\n");
        for k in &v.cards {
            out.push_str(&format!("  #{:<4} {}\n", k.id, card_line(k)));
        }
    }
    let timeline = timeline(v);
    if !timeline.is_empty() {
        out.push_str("\nTimeline\n");
        for (date, text) in timeline {
            out.push_str(&format!("  {date}  {}\n", indent_rest(&text, 14)));
        }
    }
    out
}

/// One card on one line: company, title, emails, phones, website, address, where received.
pub fn card_line(k: &Card) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (&k.company, &k.title) {
        (Some(c), Some(t)) => parts.push(format!("{c} — {t}")),
        (Some(x), None) | (None, Some(x)) => parts.push(x.clone()),
        (None, None) => {}
    }
    parts.extend(k.emails.iter().cloned());
    parts.extend(k.phones.iter().cloned());
    parts.extend(k.website.iter().cloned());
    parts.extend(k.address.iter().cloned());
    let mut received = format!("received {}", k.received_on);
    if let Some(e) = &k.event_name {
        received.push_str(&format!(" at {e}"));
    }
    parts.push(received);
    if let Some(n) = &k.note {
        parts.push(n.clone());
    }
    parts.join(" · ")
}

/// Encounters and notes merged by date, newest first (encounters before notes on a day).
fn timeline(v: &ContactView) -> Vec<(chrono::NaiveDate, String)> {
    let mut items: Vec<(chrono::NaiveDate, u8, i64, String)> = Vec::new();
    for e in &v.encounters {
        let mut text = match &e.event_name {
            Some(name) => format!("Met at {name}"),
            None => format!("Met ({})", e.how.as_str()),
        };
        if let Some(n) = &e.note {
            text.push_str(&format!(": {n}"));
        }
        if let Some(f) = &e.follow_up {
            text.push_str(&format!("\nfollow up: {f}"));
        }
        items.push((e.date, 1, e.id, text));
    }
    for n in &v.contact.notes {
        items.push((n.date, 0, n.id, format!("Note: {}", n.text)));
    }
    items.sort_by_key(|i| std::cmp::Reverse((i.0, i.1, i.2)));
    items.into_iter().map(|(d, _, _, t)| (d, t)).collect()
}

/// Indents every line after the first by `n` spaces, so multi-line values stay aligned.
fn indent_rest(s: &str, n: usize) -> String {
    s.lines()
        .collect::<Vec<_>>()
        .join(&format!("\n{}", " ".repeat(n)))
}
