use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::model::project::DEFAULT_ROLE;
use crate::tr;
use crate::view::project::ProjectView;
use crate::view::values;

const EXAMPLES: &str = "\
Examples:
  carnet project assign Concert frederic --role ally
  carnet project assign Concert \"Marie Côté\" '#12' --role mentore
  carnet project assign Album andre --role \"sound engineer\" --note \"Owns a studio\"";

/// Give contacts a role in a project
///
/// Standard roles: ally, opponent, mentor, client, partner, referrer, supplier, investor,
/// also in French (allié, adversaire, mentor, cliente, partenaire, prescripteur,
/// fournisseur, investisseur). Any other word is a custom role. A contact may hold several
/// roles in one project.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct AssignArgs {
    /// The project: #ID, or (part of) its name
    #[arg(add = crate::complete::projects())]
    pub project: String,
    /// The contacts: #ID, ID, or (part of) a name
    #[arg(required = true, num_args = 1..)]
    #[arg(add = crate::complete::contacts())]
    pub contacts: Vec<String>,
    /// The role they play [default: member]
    #[arg(long)]
    pub role: Option<String>,
    /// Why they matter to the project
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: AssignArgs) -> Result<()> {
    let p = ctx.project(&a.project)?;
    let role = match &a.role {
        Some(r) => args::role(r)?,
        None => DEFAULT_ROLE.to_owned(),
    };
    let note = args::text("note", &a.note)?;
    let contacts = ctx.contacts(&a.contacts)?;
    let now = ctx.now();
    let added = ctx.store.write(|db| -> Result<Vec<bool>> {
        contacts
            .iter()
            .map(|m| Ok(db.assign_role(p.id, m.id, &role, note.as_deref(), &now)?))
            .collect()
    })?;
    let lang = ctx.lang;
    let shown = values::role(lang, &role);
    for (m, new) in contacts.iter().zip(added) {
        let (id, name, project) = (format!("#{}", m.id), m.name.as_str(), p.name.as_str());
        ctx.out.status(if new {
            tr!(lang; "project-now-role", id = id, name = name, role = shown.as_str(),
                project = project)
        } else {
            tr!(lang; "project-already-role", id = id, name = name, role = shown.as_str(),
                project = project)
        });
    }
    if ctx.out.json() {
        let v = ProjectView::read(ctx.store.db(), p, ctx.today())?;
        ctx.out.print_json(&v)?;
    }
    Ok(())
}
