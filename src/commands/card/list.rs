use anyhow::Result;
use clap::Args;

use std::collections::HashSet;

use crate::commands::args::select::{self, SelectArgs};
use crate::ctx::Ctx;
use crate::view::{self, card::CardList};

const EXAMPLES: &str = "\
Examples:
  carnet card list
  carnet card ls zoe
  carnet card list --at \"5 à 7 Montréal\" --json
  carnet card list --met-at \"Formation SEO\" --tag prospect";

/// List business cards
///
/// With a selection (--tag, --met-at, --project…), the cards of the people selected.
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
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run(ctx: &mut Ctx, a: ListArgs) -> Result<()> {
    let contact = a.contact.as_deref().map(|c| ctx.contact(c)).transpose()?;
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    let mut cards = ctx
        .store
        .db()
        .cards(contact.map(|c| c.id), event.map(|e| e.id))?;
    if a.select.given() {
        let s = select::resolve(ctx, &a.select)?;
        let people: HashSet<i64> = ctx.store.db().selected(&s)?.iter().map(|p| p.id).collect();
        cards.retain(|c| people.contains(&c.contact_id));
    }
    ctx.out.paged();
    view::show(
        &ctx.out,
        CardList {
            cards,
            today: ctx.today(),
        },
    )
}
