//! Projects: one project's members by role (`project show`), and `project list`.

use serde::{Serialize, Serializer};

use super::{marked, plural, table, Screen};
use crate::model::ids::Kind;
use crate::model::project::{Project, ProjectMember, ProjectSummary, KEY_ROLES};
use crate::store::Db;
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
}

impl ProjectView {
    /// The project's members by role, and the key roles nobody holds.
    pub fn read(db: Db<'_>, p: Project) -> crate::store::Result<ProjectView> {
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
        })
    }
}

impl Screen for ProjectView {
    /// The project as text: header, note, then each role with its members.
    fn text(self) -> Text {
        Text::Page(render(&self))
    }
}

fn render(v: &ProjectView) -> String {
    let mut out = format!("{}  {}", v.name, Kind::Project.show(v.id));
    if v.archived {
        out.push_str("  [archived]");
    }
    out.push('\n');
    if let Some(n) = &v.note {
        out.push_str(&format!("  {n}\n"));
    }
    if v.roles.0.is_empty() {
        out.push_str("\nNobody yet: add people with `carnet project assign`.\n");
    }
    for (role, members) in &v.roles.0 {
        out.push_str(&format!("\n{role}\n"));
        let width = members
            .iter()
            .map(|m| m.name.chars().count() + m.contact_id.to_string().len() + 2)
            .max()
            .unwrap_or(0);
        for m in members {
            let who = format!("{} #{}", m.name, m.contact_id);
            let pad = width.saturating_sub(who.chars().count());
            let seen = match m.last_seen {
                Some(d) => format!("last seen {d}"),
                None => "never seen".to_owned(),
            };
            let mut line = format!("  {who}{}  {seen}", " ".repeat(pad));
            if let Some(due) = m.next_due {
                let n = m.open_followups;
                line.push_str(&format!(
                    "  {n} follow-up{} open, next {due}",
                    plural(n as usize)
                ));
            }
            if m.archived {
                line.push_str("  [archived]");
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
            out.push_str(&format!("no {r} yet\n"));
        }
    }
    out
}

/// `project list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct ProjectList(pub Vec<ProjectSummary>);

impl Screen for ProjectList {
    fn text(self) -> Text {
        let header = vec!["ID", "PROJECT", "MEMBERS", "ROLES"];
        table(self.0, "No projects.", header, |p| {
            vec![
                Kind::Project.show(p.id),
                marked(p.name, p.archived),
                p.members.to_string(),
                p.roles.join(", "),
            ]
        })
    }
}
