//! A contact: `show` (the JSON contract that `add`, `edit`, `archive` and `merge --json`
//! print too), `list`, and the records of a note added and a merge.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::card::card_line;
use super::{table, values, Screen};
use crate::i18n::{fmt, Lang};
use crate::model::card::{Card, CardDetails};
use crate::model::encounter::Encounter;
use crate::model::followup::{FollowUp, FollowUpWhen};
use crate::model::ids::{Id, Kind};
use crate::model::project::ContactProject;
use crate::model::{Contact, ContactId, ContactSummary, Labeled};
use crate::store::{ContactMatch, Db, ListedContact, Store};
use crate::tr;
use crate::ui::fit;
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
    /// The day it was read: dates of this year are shown without their year.
    #[serde(skip)]
    pub today: NaiveDate,
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
            today,
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

impl Screen for ContactView {
    /// The human-readable card: a header line, the fields known, then the follow-ups, the
    /// cards and the timeline, newest first.
    fn text(self, lang: Lang) -> Text {
        Text::Page(render(&self, lang))
    }
}

fn render(v: &ContactView, lang: Lang) -> String {
    let c = &v.contact;
    let today = v.today;
    let mut out = format!("{}  #{}", c.name, c.id);
    if c.archived {
        out.push_str("  ");
        out.push_str(&tr!(lang; "contact-archived"));
    }
    out.push('\n');
    let mut fields: Vec<(String, Option<String>)> = vec![
        (tr!(lang; "contact-field-company"), c.company.clone()),
        (tr!(lang; "contact-field-title"), c.title.clone()),
        (tr!(lang; "contact-field-emails"), labeled(&c.emails)),
        (tr!(lang; "contact-field-phones"), labeled(&c.phones)),
        (tr!(lang; "contact-field-links"), labeled(&c.links)),
        (tr!(lang; "contact-field-addresses"), labeled(&c.addresses)),
        (tr!(lang; "contact-field-city"), c.city.clone()),
        (
            tr!(lang; "contact-field-tags"),
            (!c.tags.is_empty()).then(|| c.tags.join(", ")),
        ),
        (
            tr!(lang; "contact-field-birthday"),
            c.birthday
                .map(|b| fmt::day_month(lang, b.day, b.month, b.year)),
        ),
        (tr!(lang; "contact-field-how-met"), c.how_met.clone()),
        (
            tr!(lang; "contact-field-keep-in-touch"),
            c.keep_in_touch_days.map(|d| fmt::cadence(lang, d)),
        ),
    ];
    if let (Some(by), Some(name)) = (c.introduced_by, &v.introduced_by_name) {
        fields.push((
            tr!(lang; "contact-field-introduced-by"),
            Some(format!("{name} (#{by})")),
        ));
    }
    if !v.introduced.is_empty() {
        let names: Vec<String> = v
            .introduced
            .iter()
            .map(|r| format!("{} (#{})", r.name, r.id))
            .collect();
        fields.push((
            tr!(lang; "contact-field-introduced"),
            Some(names.join(", ")),
        ));
    }
    fields.push((
        tr!(lang; "contact-field-last-seen"),
        v.last_seen.map(|d| fmt::short_date(lang, d, today)),
    ));
    if !v.projects.is_empty() {
        let list: Vec<String> = v
            .projects
            .iter()
            .map(|p| {
                let roles: Vec<String> = p.roles.iter().map(|r| values::role(lang, r)).collect();
                let roles = roles.join(", ");
                if p.archived {
                    tr!(lang; "contact-project-archived", project = p.name.as_str(), roles = roles)
                } else {
                    tr!(lang; "contact-project", project = p.name.as_str(), roles = roles)
                }
            })
            .collect();
        fields.push((tr!(lang; "contact-field-projects"), Some(list.join("; "))));
    }
    let added = NaiveDate::parse_from_str(c.created_at.get(..10).unwrap_or_default(), "%Y-%m-%d")
        .map(|d| fmt::short_date(lang, d, today))
        .unwrap_or_else(|_| c.created_at.clone());
    fields.push((tr!(lang; "contact-field-added"), Some(added)));
    let width = fields
        .iter()
        .filter(|(_, v)| v.is_some())
        .map(|(k, _)| fit::width(k))
        .max()
        .unwrap_or(0);
    for (k, val) in fields {
        if let Some(val) = val {
            out.push_str(&format!(
                "  {}  {}\n",
                fit::pad(&k, width),
                indent_rest(&val, width + 4)
            ));
        }
    }
    if !v.followups.is_empty() {
        out.push('\n');
        out.push_str(&tr!(lang; "contact-section-followups"));
        out.push('\n');
        let dates: Vec<String> = v
            .followups
            .iter()
            .map(|f| fmt::short_date(lang, f.due, today))
            .collect();
        let date_w = dates.iter().map(|d| fit::width(d)).max().unwrap_or(0);
        let id_w = v
            .followups
            .iter()
            .map(|f| f.id.to_string().len() + 1)
            .max()
            .unwrap_or(0);
        for (f, date) in v.followups.iter().zip(&dates) {
            let mut what = f.what.clone();
            if let Some(e) = &f.event_name {
                what.push_str(&format!(" ({e})"));
            }
            if let Some(every) = &f.every {
                what = tr!(lang; "contact-followup-every", what = what,
                    every = fmt::every_stored(lang, every));
            }
            out.push_str(&format!(
                "  {}  {}  {}\n",
                fit::pad(date, date_w),
                fit::pad(&format!("f{}", f.id), id_w),
                what
            ));
        }
    }
    if !v.cards.is_empty() {
        out.push('\n');
        out.push_str(&tr!(lang; "contact-section-cards"));
        out.push('\n');
        let id_w = v
            .cards
            .iter()
            .map(|k| k.id.to_string().len() + 1)
            .max()
            .unwrap_or(0);
        for k in &v.cards {
            out.push_str(&format!(
                "  {}  {}\n",
                fit::pad(&format!("c{}", k.id), id_w),
                card_line(lang, k, today)
            ));
        }
    }
    out.push_str(&super::relation::section(lang, &v.relations));
    let timeline = timeline(v, lang);
    if !timeline.is_empty() {
        out.push('\n');
        out.push_str(&tr!(lang; "contact-section-timeline"));
        out.push('\n');
        let dates: Vec<String> = timeline
            .iter()
            .map(|(d, _)| fmt::short_date(lang, *d, today))
            .collect();
        let date_w = dates.iter().map(|d| fit::width(d)).max().unwrap_or(0);
        for ((_, text), date) in timeline.iter().zip(&dates) {
            // Lines after the first go under the text, past the date and the entry's id.
            out.push_str(&format!(
                "  {}  {}\n",
                fit::pad(date, date_w),
                indent_rest(text, date_w + 4 + ID_WIDTH)
            ));
        }
    }
    out
}

/// The width of an entry's id and the space after it in the timeline (`m12   `).
const ID_WIDTH: usize = 6;

/// Encounters and notes merged by date, newest first (encounters before notes on a day).
fn timeline(v: &ContactView, lang: Lang) -> Vec<(NaiveDate, String)> {
    let mut items: Vec<(NaiveDate, u8, i64, String)> = Vec::new();
    for e in &v.encounters {
        let mut text = match &e.event_name {
            Some(name) => tr!(lang; "contact-met-at", event = name.as_str()),
            None => tr!(lang; "contact-met-how", how = values::how(lang, e.how)),
        };
        if let Some(n) = &e.note {
            text = tr!(lang; "contact-met-note", met = text, note = n.as_str());
        }
        if let Some(f) = &e.followup {
            let due = fmt::short_date(lang, f.due, v.today);
            text.push('\n');
            text.push_str(&match f.done_on {
                Some(done) => tr!(lang; "contact-follow-up-done", due = due,
                    what = f.what.as_str(), done = fmt::short_date(lang, done, v.today)),
                None => tr!(lang; "contact-follow-up", due = due, what = f.what.as_str()),
            });
        }
        // Each entry with the id that `carnet met edit` / `carnet rm` take.
        let id = Id::new(Kind::Encounter, e.id);
        items.push((e.date, 1, e.id, format!("{id:<5} {text}"))); // i18n-ignore: layout
    }
    for n in &v.contact.notes {
        let id = Id::new(Kind::Note, n.id);
        let text = tr!(lang; "contact-note", text = n.text.as_str());
        items.push((n.date, 0, n.id, format!("{id:<5} {text}"))); // i18n-ignore: layout
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

/// The columns of `list`.
fn list_header(lang: Lang) -> Vec<String> {
    vec![
        tr!(lang; "contact-list-id"),
        tr!(lang; "contact-list-name"),
        tr!(lang; "contact-list-company"),
        tr!(lang; "contact-list-title"),
        tr!(lang; "contact-list-tags"),
    ]
}

/// `list`, read whole (JSON, or a table fitted to the terminal).
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ContactList(pub Vec<ContactSummary>);

impl Screen for ContactList {
    fn text(self, lang: Lang) -> Text {
        table(
            self.0,
            tr!(lang; "contact-list-none"),
            list_header(lang),
            |c| {
                vec![
                    format!("#{}", c.id),
                    c.name,
                    c.company.unwrap_or_default(),
                    c.title.unwrap_or_default(),
                    c.tags.join(", "),
                ]
            },
        )
    }
}

/// `list` into a pipe: the same columns as `ContactList`, filled row by row as SQLite
/// yields them, into one text buffer (`carnet list | …` on a large address book is the hot
/// path).
pub struct PlainContactList {
    table: PlainTable,
    rows: usize,
    id: String,
    lang: Lang,
}

impl PlainContactList {
    pub fn new(lang: Lang) -> PlainContactList {
        let header = list_header(lang);
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        PlainContactList {
            table: PlainTable::new(&header),
            rows: 0,
            id: String::new(),
            lang,
        }
    }

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
            Text::Status(tr!(self.lang; "contact-list-none"))
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
