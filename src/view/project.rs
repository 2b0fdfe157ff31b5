//! Projects: one project's members by role (`project show`), and `project list`.

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::{marked, table, values, Screen};
use crate::i18n::{fmt, Lang};
use crate::model::project::{Project, ProjectMember, ProjectSummary, KEY_ROLES};
use crate::store::Db;
use crate::tr;
use crate::ui::fit;
use crate::ui::output::Text;

/// Roles in display order, serialised as a JSON object `{"ally": [...], ...}`.
#[derive(Debug)]
pub struct Roles(pub Vec<(String, Vec<ProjectMember>)>);

impl Serialize for Roles {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(role, members)| (role, members)))
    }
}

/// What `project show --json` prints.
#[derive(Debug, Serialize)]
pub struct ProjectView {
    pub id: i64,
    pub name: String,
    pub note: Option<String>,
    pub archived: bool,
    pub roles: Roles,
    pub empty_roles: Vec<String>,
    /// The day it was read: dates of this year are said without their year.
    #[serde(skip)]
    pub today: NaiveDate,
}

impl ProjectView {
    /// The project's members by role, and the key roles nobody holds.
    pub fn read(db: Db<'_>, p: Project, today: NaiveDate) -> crate::store::Result<ProjectView> {
        let roles = db.project_members(p.id)?;
        let empty_roles = KEY_ROLES
            .iter()
            .filter(|k| !roles.iter().any(|(r, _)| r == *k))
            .map(|k| (*k).to_owned())
            .collect();
        Ok(ProjectView {
            id: p.id,
            name: p.name,
            note: p.note,
            archived: p.archived,
            roles: Roles(roles),
            empty_roles,
            today,
        })
    }
}

impl Screen for ProjectView {
    /// The project as text: header, note, then each role with its members.
    fn text(self, lang: Lang) -> Text {
        Text::Page(render(&self, lang))
    }
}

fn render(v: &ProjectView, lang: Lang) -> String {
    let today = v.today;
    let mut out = format!("{}  p{}", v.name, v.id);
    if v.archived {
        out.push_str("  ");
        out.push_str(&tr!(lang; "project-archived"));
    }
    out.push('\n');
    if let Some(n) = &v.note {
        out.push_str(&format!("  {n}\n"));
    }
    if v.roles.0.is_empty() {
        out.push('\n');
        out.push_str(&tr!(lang; "project-nobody"));
        out.push('\n');
    }
    for (role, members) in &v.roles.0 {
        out.push_str(&format!("\n{}\n", values::role(lang, role)));
        let who: Vec<String> = members
            .iter()
            .map(|m| format!("{} #{}", m.name, m.contact_id))
            .collect();
        let width = who.iter().map(|w| fit::width(w)).max().unwrap_or(0);
        for (m, who) in members.iter().zip(&who) {
            let seen = match m.last_seen {
                Some(d) => tr!(lang; "project-last-seen", date = fmt::short_date(lang, d, today)),
                None => tr!(lang; "project-never-seen"),
            };
            let mut line = format!("  {}  {seen}", fit::pad(who, width));
            if let Some(due) = m.next_due {
                line.push_str("  ");
                line.push_str(
                    &tr!(lang; "project-open-followups", count = m.open_followups,
                    due = fmt::short_date(lang, due, today)),
                );
            }
            if m.archived {
                line.push_str("  ");
                line.push_str(&tr!(lang; "project-archived"));
            }
            if let Some(n) = &m.note {
                line.push_str(&format!("  — {n}"));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    if !v.empty_roles.is_empty() {
        out.push('\n');
        for r in &v.empty_roles {
            out.push_str(&tr!(lang; "project-no-role", role = values::role(lang, r)));
            out.push('\n');
        }
    }
    out
}

/// `project list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ProjectList(pub Vec<ProjectSummary>);

impl Screen for ProjectList {
    fn text(self, lang: Lang) -> Text {
        let header = vec![
            tr!(lang; "project-list-id"),
            tr!(lang; "project-list-project"),
            tr!(lang; "project-list-members"),
            tr!(lang; "project-list-roles"),
        ];
        table(self.0, tr!(lang; "project-list-none"), header, |p| {
            let roles: Vec<String> = p.roles.iter().map(|r| values::role(lang, r)).collect();
            vec![
                format!("p{}", p.id),
                marked(lang, p.name, p.archived),
                p.members.to_string(),
                roles.join(", "),
            ]
        })
    }
}
