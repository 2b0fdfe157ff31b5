use anyhow::Result;
use clap::Args;
use serde::{Serialize, Serializer};

use crate::ctx::Ctx;
use crate::model::project::{Project, ProjectMember, KEY_ROLES};

const EXAMPLES: &str = "\
Examples:
  carnet project show Concert
  carnet project show '#2' --json";

/// Show a project's members by role, and the key roles nobody fills yet
///
/// Each member comes with the last time you saw them. The key roles are ally, opponent and
/// mentor: an empty one reads \"no mentor yet\".
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ShowArgs {
    /// The project: #ID, or (part of) its name
    pub project: String,
}

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

pub fn view(ctx: &Ctx, p: Project) -> Result<ProjectView> {
    let roles = ctx.store.db().project_members(p.id)?;
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

pub fn run(ctx: &mut Ctx, a: ShowArgs) -> Result<()> {
    let p = super::project(ctx, &a.project)?;
    let v = view(ctx, p)?;
    if ctx.out.json() {
        return ctx.out.print_json(&v);
    }
    ctx.out.text(&render(&v))?;
    Ok(())
}

/// The project as text: header, note, then each role with its members.
pub fn render(v: &ProjectView) -> String {
    let mut out = format!("{}  #{}", v.name, v.id);
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
                    if n == 1 { "" } else { "s" }
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
