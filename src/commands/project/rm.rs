use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;

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
    let go = ctx.confirm(
        a.yes,
        &format!("Delete project p{} {} and its roles?", p.id, p.name),
        format!(
            "refusing to delete project p{} {} without confirmation",
            p.id, p.name
        ),
        format!("pass --yes to delete: carnet project rm p{} --yes", p.id),
    )?;
    if !go {
        ctx.out.status("Nothing deleted.");
        return Ok(());
    }
    ctx.store.write(|db| db.delete_project(p.id))?;
    ctx.out
        .status(format!("Deleted project p{} {}", p.id, p.name));
    Ok(())
}
