use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet project add Concert
  carnet project add \"Album « Vœux »\" --note \"Recording in spring\"";

/// Add a project
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct AddArgs {
    /// The project's name
    pub name: String,
    /// What the project is about
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: AddArgs) -> Result<()> {
    let name = args::project_name(&a.name)?;
    let note = args::text("note", &a.note)?;
    if let Some(p) = ctx.store.db().project_named(&name)? {
        return Err(CliError::new(tr!(
            "project-exists",
            project = p.name.as_str(),
            p = format!("p{}", p.id)
        ))
        .hint(tr!("project-exists-add-hint"))
        .into());
    }
    let now = ctx.now();
    let id = ctx
        .store
        .write(|db| db.insert_project(&name, note.as_deref(), &now))?;
    ctx.out
        .status(tr!(ctx.lang; "project-added", p = format!("p{id}"), project = name.as_str()));
    if ctx.out.json() {
        let p = ctx.store.db().get_project(id)?;
        ctx.out.print_json(&p)?;
    }
    Ok(())
}
