//! A contact: `show` (the JSON contract that `add`, `edit`, `archive` and `merge --json`
//! print too), `list`, and the records of a note added and a merge.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::card::card_line;
use super::{table, Screen};
use crate::model::card::{Card, CardDetails};
use crate::model::dates::format_days;
use crate::model::encounter::Encounter;
use crate::model::followup::{FollowUp, FollowUpWhen};
use crate::model::ids::{Id, Kind};
use crate::model::project::ContactProject;
use crate::model::{Contact, ContactId, ContactSummary, Labeled};
use crate::store::{ContactMatch, Db, ListedContact, Store};
use crate::ui::output::Text;
use crate::ui::render::PlainTable;

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
    pub last_seen: Option<NaiveDate>,
    /// Encounters, newest first.
    pub encounters: Vec<Encounter>,
    /// Business cards, oldest first.
    pub cards: Vec<Card>,
    /// Open follow-ups, soonest first.
    pub followups: Vec<FollowUp>,
    /// The projects the contact has a role in.
    pub projects: Vec<ContactProject>,
    /// Ties to other people (`carnet relate`), seen from this contact.
    pub relations: Vec<crate::model::relation::Tie>,
}

impl ContactView {
    /// Reads the contact and what is around it in one snapshot; `today` decides which
    /// follow-ups are open.
    pub fn load(store: &Store, id: ContactId, today: NaiveDate) -> crate::store::Result<Self> {
        store.read(|db| Self::read(db, id, today))
    }

    fn read(db: Db<'_>, id: ContactId, today: NaiveDate) -> crate::store::Result<Self> {
        let mut contact = db.get_contact(id)?;
        let cards = db.cards(Some(id), None)?;
        let details: Vec<CardDetails> = cards.iter().map(CardDetails::from).collect();
        contact.add_card_details(&details);
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
            cards,
            followups: db.followups(FollowUpWhen::Open, Some(id), today, None)?,
            projects,
            relations: db.ties(id)?,
        })
    }
}

fn labeled(list: &[Labeled]) -> Option<String> {
    (!list.is_empty()).then(|| {
        list.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// The contact's own postal addresses on one line each, then those its cards carry.
fn all_addresses(c: &crate::model::Contact) -> Vec<Labeled> {
    let mut all: Vec<Labeled> = c
        .postal_addresses
        .iter()
        .map(|a| Labeled::new(a.one_line(), a.label.clone()))
        .collect();
    all.extend(c.addresses.iter().cloned());
    all
}

impl Screen for ContactView {
    /// The human-readable card: a header line, the fields known, then the follow-ups, the
    /// cards and the timeline, newest first.
    fn text(self) -> Text {
        Text::Page(render(&self))
    }
}

fn render(v: &ContactView) -> String {
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
        ("Addresses", labeled(&all_addresses(c))),
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
            let mut line = format!("  {:<5} {}  {}", Kind::FollowUp.show(f.id), f.due, f.what);
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
            out.push_str(&format!(
                "  {:<5} {}\n",
                Kind::Card.show(k.id),
                card_line(k)
            ));
        }
    }
    out.push_str(&super::relation::section(
        crate::i18n::current(),
        &v.relations,
    ));
    let timeline = timeline(v);
    if !timeline.is_empty() {
        out.push_str("\nTimeline\n");
        for (date, text) in timeline {
            out.push_str(&format!("  {date}  {}\n", indent_rest(&text, 20)));
        }
    }
    out
}

/// Encounters and notes merged by date, newest first (encounters before notes on a day).
fn timeline(v: &ContactView) -> Vec<(NaiveDate, String)> {
    let mut items: Vec<(NaiveDate, u8, i64, String)> = Vec::new();
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
        // Each entry with the id that `carnet met edit` / `carnet rm` take.
        let id = Id::new(Kind::Encounter, e.id);
        items.push((e.date, 1, e.id, format!("{id:<5} {text}"))); // i18n-ignore: layout
    }
    for n in &v.contact.notes {
        let id = Id::new(Kind::Note, n.id);
        items.push((n.date, 0, n.id, format!("{id:<5} Note: {}", n.text)));
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

const LIST_HEADER: [&str; 5] = ["ID", "NAME", "COMPANY", "TITLE", "TAGS"];
const NO_CONTACTS: &str = "No contacts.";

/// `list`, read whole (JSON, or a table fitted to the terminal).
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ContactList(pub Vec<ContactSummary>);

impl Screen for ContactList {
    fn text(self) -> Text {
        table(self.0, NO_CONTACTS, LIST_HEADER.to_vec(), |c| {
            vec![
                format!("#{}", c.id),
                c.name,
                c.company.unwrap_or_default(),
                c.title.unwrap_or_default(),
                c.tags.join(", "),
            ]
        })
    }
}

/// `list` into a pipe: the same columns as `ContactList`, filled row by row as SQLite
/// yields them, into one text buffer (`carnet list | …` on a large address book is the hot
/// path).
pub struct PlainContactList {
    table: PlainTable,
    rows: usize,
    id: String,
}

impl Default for PlainContactList {
    fn default() -> Self {
        PlainContactList {
            table: PlainTable::new(&LIST_HEADER),
            rows: 0,
            id: String::new(),
        }
    }
}

impl PlainContactList {
    pub fn push(&mut self, c: &ListedContact<'_>) {
        use std::fmt::Write;
        self.rows += 1;
        self.id.clear();
        let _ = write!(self.id, "#{}", c.id);
        self.table.cell(&self.id);
        self.table.cell(c.name);
        self.table.cell(c.company.unwrap_or_default());
        self.table.cell(c.title.unwrap_or_default());
        self.table.cell_joined(c.tags, ", ");
    }

    pub fn text(self) -> Text {
        if self.rows == 0 {
            Text::Status(NO_CONTACTS.into())
        } else {
            Text::Page(self.table.render())
        }
    }
}

/// What `note --json` prints.
#[derive(Debug, Serialize)]
pub struct NoteAdded {
    pub id: i64,
    pub contact_id: ContactId,
    pub date: NaiveDate,
    pub text: String,
}

/// What `merge --json` prints: who stayed, who went, what moved, and the contact now.
#[derive(Debug, Serialize)]
pub struct MergeReport {
    pub kept: ContactId,
    pub removed: ContactId,
    pub moved: BTreeMap<String, usize>,
    pub contact: ContactView,
}
