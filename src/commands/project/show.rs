use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::view::{self, project::ProjectView};

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
    #[arg(add = crate::complete::projects())]
    pub project: String,
}

pub fn run(ctx: &mut Ctx, a: ShowArgs) -> Result<()> {
    let p = ctx.project(&a.project)?;
    let v = ProjectView::read(ctx.store.db(), p, ctx.today())?;
    ctx.out.paged();
    view::show(&ctx.out, v)
}
