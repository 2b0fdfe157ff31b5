use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::view::{self, card::CardList};

const EXAMPLES: &str = "\
Examples:
  carnet card list
  carnet card ls zoe
  carnet card list --at \"5 à 7 Montréal\" --json";

/// List business cards
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ListArgs {
    /// Only this contact's cards: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: Option<String>,
    /// Only cards received at this event (#ID or name)
    #[arg(long = "at", value_name = "EVENT")]
    #[arg(add = crate::complete::events())]
    pub event: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: ListArgs) -> Result<()> {
    let contact = a.contact.as_deref().map(|c| ctx.contact(c)).transpose()?;
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    let cards = ctx
        .store
        .db()
        .cards(contact.map(|c| c.id), event.map(|e| e.id))?;
    ctx.out.paged();
    view::show(
        &ctx.out,
        CardList {
            cards,
            today: ctx.today(),
        },
    )
}
