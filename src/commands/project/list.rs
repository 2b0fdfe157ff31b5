use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::view::{self, project::ProjectList};

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
    ctx.out.paged();
    view::show(&ctx.out, ProjectList(projects))
}
