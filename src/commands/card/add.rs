use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::model::card::NewCard;
use crate::model::dates::Lean;
use crate::model::validate;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet card add zoe --company \"Atelier Zoë\" --title Céramiste --email zoe@atelier.example
  carnet card add zoe --company \"Fablab Québec\" --title Bénévole --at \"5 à 7 Montréal\"
  carnet card add '#12' --phone \"+1 514 555 0199\" --url zoe.example --address \"12 rue Saint-Paul\"";

/// Record a business card a contact gave you
///
/// A contact may have several cards, one per activity. The card is dated today, or the
/// event's date with --at.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct AddArgs {
    /// The contact: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
    /// Company or organisation on the card
    #[arg(long)]
    pub company: Option<String>,
    /// Title or activity on the card
    #[arg(long)]
    pub title: Option<String>,
    /// Email address (repeatable)
    #[arg(long = "email", value_name = "EMAIL")]
    pub emails: Vec<String>,
    /// Phone number (repeatable)
    #[arg(long = "phone", value_name = "PHONE")]
    pub phones: Vec<String>,
    /// Website
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Postal address
    #[arg(long)]
    pub address: Option<String>,
    /// The event where you received it (#ID or name)
    #[arg(long = "at", value_name = "EVENT")]
    #[arg(add = crate::complete::events())]
    pub event: Option<String>,
    /// When you received it [default: the event's date, else today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// A note about the card
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: AddArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    let card = NewCard {
        company: args::text("company", &a.company)?,
        title: args::text("title", &a.title)?,
        emails: a
            .emails
            .iter()
            .map(|e| validate::email(e))
            .collect::<Result<_, _>>()?,
        phones: a
            .phones
            .iter()
            .map(|p| validate::phone(p))
            .collect::<Result<_, _>>()?,
        website: a.url.as_deref().map(validate::url).transpose()?,
        address: args::text("address", &a.address)?,
        note: args::text("note", &a.note)?,
        received_on: args::date_or(
            &a.on,
            ctx.today(),
            event.as_ref().map_or(ctx.today(), |e| e.date),
            Lean::Past,
        )?,
        event_id: event.as_ref().map(|e| e.id),
    };
    let now = ctx.now();
    let id = ctx.store.write(|db| -> Result<i64> {
        let id = db.insert_card(m.id, &card, &now)?;
        db.touch_contact(m.id, &now)?;
        Ok(id)
    })?;
    ctx.out
        .status(tr!(ctx.lang; "card-added", card = format!("c{id}"),
        id = format!("#{}", m.id), name = m.name.as_str()));
    if ctx.out.json() {
        let k = ctx.store.db().get_card(id)?;
        ctx.out.print_json(&k)?;
    }
    Ok(())
}
