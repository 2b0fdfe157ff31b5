//! `carnet relate` and `carnet unrelate`: ties between people.

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::ids::{Id, Kind};
use crate::model::relation::{normalize_kind, Direction};
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet relate michel chana --as partner
  carnet relate \"André Roy\" zoe --as works-for     # André works for Zoë
  carnet relate melissa andre --as venue-avec       # French names work too
  carnet unrelate r3";

/// Tie two people: partner, family, friend, colleague, works-for, came-with…
///
/// The tie shows on both sides in `carnet show`, is kept when contacts merge, and leaves with
/// either contact. Kinds may be typed in English or French (conjoint, famille, ami,
/// collègue, travaille-pour, venu-avec) and are stored under the English name; any other
/// word is kept as typed. `works-for` and custom kinds read from CONTACT to OTHER.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RelateArgs {
    /// The contact: #ID, ID, or (part of) a name
    pub contact: String,
    /// The other contact
    pub other: String,
    /// How CONTACT is tied to OTHER
    #[arg(long = "as", value_name = "KIND")]
    pub kind: String,
    /// A note about the tie
    #[arg(long)]
    pub note: Option<String>,
}

const UNRELATE_EXAMPLES: &str = "\
Examples:
  carnet unrelate r3        # the id `carnet show` prints next to the tie";

/// Remove ties between people
///
/// By the ids `carnet show` prints next to them (r3). Asks first on a terminal; elsewhere
/// --yes is required. `carnet undo` brings them back.
#[derive(Debug, Args)]
#[command(after_help = UNRELATE_EXAMPLES)]
pub struct UnrelateArgs {
    /// The ties' ids: r3
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
    /// Remove without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// What `relate --json` prints.
#[derive(Serialize)]
struct Related {
    id: i64,
    contact_id: i64,
    other_id: i64,
    kind: String,
    /// false when the two were already tied so (nothing was written).
    added: bool,
}

pub fn run_relate(ctx: &mut Ctx, a: RelateArgs) -> Result<()> {
    let kind = normalize_kind(&a.kind)?;
    let note = args::text("note", &a.note)?;
    let one = ctx.contact(&a.contact)?;
    let other = ctx.contact(&a.other)?;
    if one.id == other.id {
        return Err(
            CliError::new(tr!("relation-self", contact = a.other.as_str()))
                .hint(tr!("relation-self-hint"))
                .into(),
        );
    }
    let now = ctx.now();
    let (id, added) = ctx
        .store
        .write(|db| db.relate(one.id, other.id, &kind, note.as_deref(), &now))?;
    let shown = Id::new(Kind::Relation, id).to_string();
    let label = crate::view::relation::label(ctx.lang, &kind, Direction::Out);
    let (c, o) = (Kind::Contact.show(one.id), Kind::Contact.show(other.id));
    ctx.out.status(if added {
        tr!(ctx.lang; "relation-added", contact = c, name = one.name.as_str(), other = o,
            other_name = other.name.as_str(), kind = label, id = shown)
    } else {
        tr!(ctx.lang; "relation-exists", contact = c, name = one.name.as_str(), other = o,
            other_name = other.name.as_str(), id = shown)
    });
    if ctx.out.json() {
        ctx.out.print_json(&Related {
            id,
            contact_id: one.id,
            other_id: other.id,
            kind,
            added,
        })?;
    }
    Ok(())
}
