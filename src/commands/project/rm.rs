use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet project rm Concert
  carnet project remove '#2' --yes";

/// Delete a project and its roles (the contacts stay)
///
/// Asks for confirmation on a terminal; elsewhere --yes is required. To keep the project
/// but put it away, archive it instead.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RmArgs {
    /// The project: #ID, or (part of) its name
    #[arg(add = crate::complete::projects())]
    pub project: String,
    /// Delete without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub fn run(ctx: &mut Ctx, a: RmArgs) -> Result<()> {
    let p = ctx.project(&a.project)?;
    let (id, project) = (format!("p{}", p.id), p.name.as_str());
    let go = ctx.confirm(
        a.yes,
        &tr!(ctx.lang; "project-rm-ask", p = id.as_str(), project = project),
        tr!(ctx.lang; "project-rm-refused", p = id.as_str(), project = project),
        tr!(ctx.lang; "project-rm-hint", id = format!("p{}", p.id)),
    )?;
    if !go {
        ctx.out.status(tr!(ctx.lang; "nothing-deleted"));
        return Ok(());
    }
    ctx.store.write(|db| db.delete_project(p.id))?;
    ctx.out
        .status(tr!(ctx.lang; "project-deleted", p = id, project = project));
    Ok(())
}
