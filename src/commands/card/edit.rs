use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::ids::{Id, Kind};
use crate::model::validate;
use crate::ops::entry::{self, Patch};
use crate::store::CardPatch;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet card edit c3 --company \"Atelier Zoë\" --title Céramiste
  carnet card edit c3 --email zoe@atelier.example --email contact@atelier.example
  carnet card edit c3 --phone ''      # the card has no phone number after all";

/// Correct a business card
///
/// The card is named by the id `carnet show` and `carnet card list` print next to it (c3).
/// --email and --phone replace the card's list with the values given ('' empties it); an
/// empty value clears the other fields. `carnet undo` takes the change back.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EditArgs {
    /// The card: c3
    pub id: String,
    /// Company or organisation ('' clears)
    #[arg(long)]
    pub company: Option<String>,
    /// Title or activity ('' clears)
    #[arg(long)]
    pub title: Option<String>,
    /// Email address (repeatable; replaces the card's)
    #[arg(long = "email", value_name = "EMAIL")]
    pub emails: Vec<String>,
    /// Phone number (repeatable; replaces the card's)
    #[arg(long = "phone", value_name = "PHONE")]
    pub phones: Vec<String>,
    /// Website ('' clears)
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Postal address ('' clears)
    #[arg(long)]
    pub address: Option<String>,
    /// The event where you received it (#ID or name; '' for none)
    #[arg(long = "at", value_name = "EVENT")]
    pub event: Option<String>,
    /// When you received it
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// A note about the card ('' clears)
    #[arg(long)]
    pub note: Option<String>,
}

/// The values of a repeatable list flag, each checked; `None` when not given, empty for a
/// lone ''.
fn list(
    values: &[String],
    check: impl Fn(&str) -> Result<String, validate::InvalidValue>,
) -> Result<Option<Vec<String>>> {
    if values.is_empty() {
        return Ok(None);
    }
    Ok(Some(
        values
            .iter()
            .filter(|v| !v.trim().is_empty())
            .map(|v| check(v))
            .collect::<Result<_, _>>()?,
    ))
}

pub fn run(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let id: Id = args::entry_id(&a.id, Some(Kind::Card))?;
    entry::read(ctx.store.db(), id).map_err(CliError::from)?;
    let event_id = match a.event.as_deref().map(str::trim) {
        None => None,
        Some("") => Some(None),
        Some(e) => Some(Some(ctx.event(e)?.id)),
    };
    let patch = CardPatch {
        company: args::clearable("company", &a.company)?,
        title: args::clearable("title", &a.title)?,
        emails: list(&a.emails, validate::email)?,
        phones: list(&a.phones, validate::phone)?,
        website: args::clearable_with(&a.url, validate::url)?,
        address: args::clearable("address", &a.address)?,
        note: args::clearable("note", &a.note)?,
        received_on: match &a.on {
            Some(_) => Some(args::date_or(
                &a.on,
                ctx.today(),
                ctx.today(),
                crate::model::dates::Lean::Past,
            )?),
            None => None,
        },
        event_id,
    };
    let nothing = patch.company.is_none()
        && patch.title.is_none()
        && patch.emails.is_none()
        && patch.phones.is_none()
        && patch.website.is_none()
        && patch.address.is_none()
        && patch.note.is_none()
        && patch.received_on.is_none()
        && patch.event_id.is_none();
    if nothing {
        return Err(args::nothing_to_change(id));
    }
    let now = entry::edit(&mut ctx.store, id, &Patch::Card(patch)).map_err(CliError::from)?;
    ctx.out
        .status(tr!(ctx.lang; "entry-edited", what = now.describe(ctx.lang)));
    if ctx.out.json() {
        ctx.out.print_json(&ctx.store.db().get_card(id.id)?)?;
    }
    Ok(())
}
