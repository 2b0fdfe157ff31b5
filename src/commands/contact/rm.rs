use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::tr;
use crate::view::names;

const EXAMPLES: &str = "\
Examples:
  carnet rm '#12'
  carnet remove \"André Roy\" --yes
  carnet rm n7              # a note, by the id `carnet show` prints next to it";

/// Delete a contact and everything recorded about them, or one entry of their history
///
/// Asks for confirmation on a terminal; elsewhere --yes is required. To keep the history
/// but hide the person, archive them instead. Given the id of a note (n12), an encounter
/// (m12), a card (c12) or a follow-up (f12), deletes that entry only. `carnet undo` brings
/// back what was deleted.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RmArgs {
    /// The contact: #ID, ID, or (part of) a name; or an entry: n12, m12, c12, f12
    #[arg(add = crate::complete::contacts())]
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
