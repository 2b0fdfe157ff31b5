use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::commands::args::select::{self, PeopleArgs, SelectArgs, YesArg, PEOPLE_SELECTORS};
use crate::ctx::Ctx;
use crate::model::project::DEFAULT_ROLE;
use crate::tr;
use crate::view::project::ProjectView;
use crate::view::values;

const EXAMPLES: &str = "\
Examples:
  carnet project assign Concert frederic --role ally
  carnet project assign Concert \"Marie Côté\" '#12' --role mentore
  carnet project assign Album andre --role \"sound engineer\" --note \"Owns a studio\"
  carnet project assign Concert --met-at \"Salon\" --tag musique --role ally --yes";

/// Give contacts a role in a project
///
/// Standard roles: ally, opponent, mentor, client, partner, referrer, supplier, investor,
/// also in French (allié, adversaire, mentor, cliente, partenaire, prescripteur,
/// fournisseur, investisseur). Any other word is a custom role. A contact may hold several
/// roles in one project.
///
/// With a selection (--met-at, --tag, --company…), everyone selected gets the role: asked
/// first on a terminal, --yes elsewhere. (Here --role is the role given, so the selection
/// has no --project nor --role.)
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct AssignArgs {
    /// The project: #ID, or (part of) its name
    #[arg(add = crate::complete::projects())]
    pub project: String,
    /// The contacts: #ID, ID, or (part of) a name
    #[arg(required_unless_present_any = PEOPLE_SELECTORS, num_args = 1..)]
    #[arg(add = crate::complete::contacts())]
    pub contacts: Vec<String>,
    /// The role they play [default: member]
    #[arg(long)]
    pub role: Option<String>,
    /// Why they matter to the project
    #[arg(long)]
    pub note: Option<String>,
    #[command(flatten)]
    pub yes: YesArg,
    #[command(flatten)]
    pub select: PeopleArgs,
}

pub fn run(ctx: &mut Ctx, a: AssignArgs) -> Result<()> {
    let p = ctx.project(&a.project)?;
    let role = match &a.role {
        Some(r) => args::role(r)?,
        None => DEFAULT_ROLE.to_owned(),
    };
    let note = args::text("note", &a.note)?;
    let sel = SelectArgs::from(a.select);
    let many = sel.given();
    let contacts = if many {
        let people = select::people(ctx, &a.contacts, &sel)?;
        let shown = values::role(ctx.lang, &role);
        let question = tr!(ctx.lang; "select-ask-assign",
            count = people.len(), role = shown.as_str(), project = &p.name);
        if !select::confirm(ctx, &people, a.yes.yes, question)? {
            return Ok(());
        }
        people
    } else {
        ctx.contacts(&a.contacts)?
    };
    let now = ctx.now();
    let added = ctx.store.write(|db| -> Result<Vec<bool>> {
        contacts
            .iter()
            .map(|m| Ok(db.assign_role(p.id, m.id, &role, note.as_deref(), &now)?))
            .collect()
    })?;
    let lang = ctx.lang;
    let shown = values::role(lang, &role);
    if many {
        let assigned = added.iter().filter(|new| **new).count();
        ctx.out.status(tr!(
            lang; "select-assigned",
            count = assigned,
            role = shown.as_str(),
            project = &p.name,
            already = added.len() - assigned
        ));
    }
    for (m, new) in contacts.iter().zip(added) {
        if many {
            continue;
        }
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
