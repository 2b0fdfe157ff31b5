use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::view::{self, contact::ContactView};

const EXAMPLES: &str = "\
Examples:
  carnet show frederic
  carnet show '#12' --json
  carnet show \"Marie Côté\"";

/// Show everything known about a contact
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ShowArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
}

pub fn run(ctx: &mut Ctx, a: ShowArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let v = ContactView::load(&ctx.store, m.id, ctx.today())?;
    ctx.out.paged();
    view::show(&ctx.out, v)
}
