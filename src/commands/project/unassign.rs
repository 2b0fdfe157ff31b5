use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::tr;
use crate::view::project::ProjectView;
use crate::view::values;

const EXAMPLES: &str = "\
Examples:
  carnet project unassign Concert frederic
  carnet project unassign Concert marie --role mentor";

/// Take contacts out of a project, or out of one role in it
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct UnassignArgs {
    /// The project: #ID, or (part of) its name
    #[arg(add = crate::complete::projects())]
    pub project: String,
    /// The contacts: #ID, ID, or (part of) a name
    #[arg(required = true, num_args = 1..)]
    #[arg(add = crate::complete::contacts())]
    pub contacts: Vec<String>,
    /// Only this role [default: every role they hold]
    #[arg(long)]
    pub role: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: UnassignArgs) -> Result<()> {
    let p = ctx.project(&a.project)?;
    let role = a.role.as_deref().map(args::role).transpose()?;
    let contacts = ctx.contacts(&a.contacts)?;
    let now = ctx.now();
    let removed = ctx.store.write(|db| -> Result<Vec<usize>> {
        contacts
            .iter()
            .map(|m| Ok(db.unassign_role(p.id, m.id, role.as_deref(), &now)?))
            .collect()
    })?;
    for (m, n) in contacts.iter().zip(removed) {
        let (id, name, project) = (format!("#{}", m.id), m.name.as_str(), p.name.as_str());
        let lang = ctx.lang;
        ctx.out.status(match (n, &role) {
            (0, Some(r)) => tr!(lang; "project-was-not", id = id, name = name,
                role = values::role(lang, r), project = project),
            (0, None) => tr!(lang; "project-had-no-role", id = id, name = name, project = project),
            (_, Some(r)) => tr!(lang; "project-no-longer", id = id, name = name,
                role = values::role(lang, r), project = project),
            (_, None) => tr!(lang; "project-took-out", id = id, name = name, project = project),
        });
    }
    if ctx.out.json() {
        let v = ProjectView::read(ctx.store.db(), p, ctx.today())?;
        ctx.out.print_json(&v)?;
    }
    Ok(())
}
