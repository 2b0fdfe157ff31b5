use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::ids::Kind;
use crate::store::StoreError;
use crate::tr;

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
    let id = args::id(&a.id, Kind::Card, &tr!("args-card-id-hint"))?;
    let card = match ctx.store.db().get_card(id) {
        Err(StoreError::NotFound { .. }) => {
            return Err(CliError::new(tr!("card-none", card = format!("c{id}")))
                .hint(tr!("card-none-hint"))
                .into())
        }
        other => other?,
    };
    ctx.store.write(|db| db.delete_card(id))?;
    ctx.out
        .status(tr!(ctx.lang; "card-deleted", card = format!("c{id}"),
        id = format!("#{}", card.contact_id), name = card.contact_name.as_str()));
    Ok(())
}
