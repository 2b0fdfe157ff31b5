use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;

const EXAMPLES: &str = "\
Examples:
  carnet project list
  carnet project ls --archived --json";

/// List projects with their members count and the roles filled
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ListArgs {
    /// Include archived projects
    #[arg(long)]
    pub archived: bool,
}

pub fn run(ctx: &mut Ctx, a: ListArgs) -> Result<()> {
    let projects = ctx.store.db().list_projects(a.archived)?;
    if ctx.out.json() {
        return ctx.out.print_json(&projects);
    }
    if projects.is_empty() {
        ctx.out.status("No projects.");
        return Ok(());
    }
    let rows = projects
        .into_iter()
        .map(|p| {
            let mut name = p.name;
            if p.archived {
                name.push_str(" [archived]");
            }
            vec![
                p.id.to_string(),
                name,
                p.members.to_string(),
                p.roles.join(", "),
            ]
        })
        .collect();
    ctx.out
        .table(&["ID", "PROJECT", "MEMBERS", "ROLES"], rows)?;
    Ok(())
}
