use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::store::ProjectPatch;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet project edit Concert --name \"Concert de printemps\"
  carnet project edit concert --note ''";

/// Rename a project or change its note
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EditArgs {
    /// The project: #ID, or (part of) its name
    #[arg(add = crate::complete::projects())]
    pub project: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New note ('' clears)
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let p = ctx.project(&a.project)?;
    if a.name.is_none() && a.note.is_none() {
        return Err(CliError::new(tr!(
            "project-nothing-to-change",
            p = format!("p{}", p.id),
            project = p.name.as_str()
        ))
        .hint(tr!("project-nothing-to-change-hint"))
        .into());
    }
    let patch = ProjectPatch {
        name: a.name.as_deref().map(args::project_name).transpose()?,
        note: args::clearable("note", &a.note)?,
        archived: None,
    };
    if let Some(name) = &patch.name {
        if let Some(other) = ctx.store.db().project_named(name)?.filter(|o| o.id != p.id) {
            return Err(CliError::new(tr!(
                "project-exists",
                project = other.name.as_str(),
                p = format!("p{}", other.id)
            ))
            .hint(tr!("project-exists-hint"))
            .into());
        }
    }
    let now = ctx.now();
    ctx.store
        .write(|db| db.update_project(p.id, &patch, &now))?;
    let name = patch.name.as_deref().unwrap_or(&p.name);
    ctx.out
        .status(tr!(ctx.lang; "project-updated", p = format!("p{}", p.id), project = name));
    if ctx.out.json() {
        let p = ctx.store.db().get_project(p.id)?;
        ctx.out.print_json(&p)?;
    }
    Ok(())
}
