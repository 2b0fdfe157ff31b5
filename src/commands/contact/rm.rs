use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
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
    if !a.yes {
        if !ctx.prompt.is_interactive() {
            return Err(CliError::new(format!(
                "refusing to delete {} without confirmation",
                names::contact(&m)
            ))
            .hint(format!("pass --yes to delete: carnet rm '#{}' --yes", m.id))
            .into());
        }
        let ok = ctx.prompt.confirm(
            &format!("Delete {} and all their notes?", names::contact(&m)),
            false,
        )?;
        if !ok {
            ctx.out.status("Nothing deleted.");
            return Ok(());
        }
    }
    ctx.store.write(|db| db.delete_contact(m.id))?;
    ctx.out.status(format!("Deleted #{} {}", m.id, m.name));
    Ok(())
}
