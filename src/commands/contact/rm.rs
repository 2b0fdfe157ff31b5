use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::tr;
use crate::view::names;

const EXAMPLES: &str = "\
Examples:
  carnet rm '#12'
  carnet remove \"André Roy\" --yes";

/// Delete a contact and everything recorded about them
///
/// Asks for confirmation on a terminal; elsewhere --yes is required. To keep the history
/// but hide the person, archive them instead.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RmArgs {
    /// The contact: #ID, ID, or (part of) a name
    pub contact: String,
    /// Delete without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub fn run(ctx: &mut Ctx, a: RmArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let who = names::contact(&m);
    let go = ctx.confirm(
        a.yes,
        &tr!(ctx.lang; "contact-rm-ask", who = who.as_str()),
        tr!(ctx.lang; "contact-rm-refused", who = who.as_str()),
        tr!(ctx.lang; "contact-rm-hint", id = format!("#{}", m.id)),
    )?;
    if !go {
        ctx.out.status(tr!(ctx.lang; "nothing-deleted"));
        return Ok(());
    }
    ctx.store.write(|db| db.delete_contact(m.id))?;
    ctx.out
        .status(tr!(ctx.lang; "contact-deleted", id = format!("#{}", m.id),
        name = m.name.as_str()));
    Ok(())
}
