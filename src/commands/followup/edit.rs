use anyhow::Result;
use clap::Args;

use crate::commands::args::{period, what, DATES_HELP};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::parse_due;
use crate::model::followup::FollowUpPatch;
use crate::tr;
use crate::view::followup::id as view_id;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up edit f3 --what \"Send the new deck\" --due lundi
  carnet fu edit 3 --every 2w
  carnet fu edit 3 --event \"Petit-déjeuner\" --no-contact";

/// Change a follow-up
///
/// A follow-up keeps a contact, an event, or both: removing the last of them is refused.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES, after_long_help = format!("{DATES_HELP}\n\n{EXAMPLES}"))]
pub struct EditArgs {
    /// The follow-up id (f3), or a contact with one open follow-up
    #[arg(value_name = "ID|CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub id: String,
    /// New text
    #[arg(long)]
    pub what: Option<String>,
    /// New due date: demain, vendredi, 01/12…
    #[arg(long, value_name = "WHEN")]
    pub due: Option<String>,
    /// Repeat every PERIOD: 2w, 3m, 1y
    #[arg(long, value_name = "PERIOD", conflicts_with = "once")]
    pub every: Option<String>,
    /// Stop repeating
    #[arg(long)]
    pub once: bool,
    /// About this contact instead
    #[arg(long, value_name = "CONTACT", conflicts_with = "no_contact")]
    #[arg(add = crate::complete::contacts())]
    pub contact: Option<String>,
    /// About no contact (an event must remain)
    #[arg(long)]
    pub no_contact: bool,
    /// About this event instead
    #[arg(long, value_name = "EVENT", conflicts_with = "no_event")]
    #[arg(add = crate::complete::events())]
    pub event: Option<String>,
    /// About no event (a contact must remain)
    #[arg(long)]
    pub no_event: bool,
}

pub fn run(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let id = ctx.followup(&a.id)?;
    let mut p = FollowUpPatch {
        what: a.what.as_deref().map(what).transpose()?,
        due: a
            .due
            .as_deref()
            .map(|d| parse_due(d, ctx.today()))
            .transpose()?,
        ..Default::default()
    };
    if let Some(e) = &a.every {
        p.every = Some(Some(period(e)?));
    } else if a.once {
        p.every = Some(None);
    }
    if let Some(c) = &a.contact {
        p.contact_id = Some(Some(ctx.contact(c)?.id));
    } else if a.no_contact {
        p.contact_id = Some(None);
    }
    if let Some(e) = &a.event {
        p.event_id = Some(Some(ctx.event(e)?.id));
    } else if a.no_event {
        p.event_id = Some(None);
    }
    if p.is_empty() {
        return Err(
            CliError::new(tr!("followup-nothing-to-change", id = view_id(id)))
                .hint(tr!("followup-nothing-to-change-hint"))
                .into(),
        );
    }
    let now = ctx.now();
    ctx.store.write(|db| db.update_followup(id, &p, &now))?;
    let f = ctx.store.db().get_followup(id)?;
    ctx.out
        .status(tr!(ctx.lang; "followup-updated", id = view_id(id), what = f.what.as_str()));
    if ctx.out.json() {
        ctx.out.print_json(&f)?;
    }
    Ok(())
}
