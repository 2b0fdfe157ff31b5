use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::ids::Kind;
use crate::store::StoreError;

const EXAMPLES: &str = "\
Examples:
  carnet card rm 7
  carnet card remove '#7'";

/// Delete a business card
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RmArgs {
    /// The card's id, as `card list` shows it
    pub id: String,
}

pub fn run(ctx: &mut Ctx, a: RmArgs) -> Result<()> {
    let id = args::id(
        &a.id,
        Kind::Card,
        "give the id `carnet card list` shows, e.g. carnet card rm c7",
    )?;
    let card = match ctx.store.db().get_card(id) {
        Err(StoreError::NotFound { .. }) => {
            return Err(CliError::new(format!("no card c{id}"))
                .hint("`carnet card list` shows every card")
                .into())
        }
        other => other?,
    };
    ctx.store.write(|db| db.delete_card(id))?;
    ctx.out.status(format!(
        "Deleted card c{id} of #{} {}",
        card.contact_id, card.contact_name
    ));
    Ok(())
}
