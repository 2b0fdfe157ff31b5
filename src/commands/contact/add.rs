use anyhow::Result;
use clap::Args;

use crate::commands::contact::{self as c, show};
use crate::commands::followup::{day, parse_follow_up_spec};
use crate::ctx::Ctx;
use crate::model::followup::NewFollowUp;
use crate::model::validate;
use crate::model::NewContact;

const EXAMPLES: &str = "\
Examples:
  carnet add \"Frédéric Duval\" --company \"Concours des vœux\" --email fred@example.org --tag voeux
  carnet add \"Marie Côté\" --phone mobile=+1-514-555-0199 --city Montréal --how-met \"5 à 7 at the Musée\"
  carnet add \"André Roy\" --introduced-by frederic --note \"Looking for a sound engineer\"";

/// Add a contact
///
/// Emails, phones and links take an optional label before '=': --email work=fred@example.org.
/// Nothing is written when any value is invalid.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct AddArgs {
    /// The person's name
    pub name: String,
    /// Company or organisation
    #[arg(long)]
    pub company: Option<String>,
    /// Job title or activity
    #[arg(long)]
    pub title: Option<String>,
    /// Email address, [LABEL=]ADDRESS (repeatable)
    #[arg(long = "email", value_name = "EMAIL")]
    pub emails: Vec<String>,
    /// Phone number, [LABEL=]NUMBER (repeatable)
    #[arg(long = "phone", value_name = "PHONE")]
    pub phones: Vec<String>,
    /// Web link, [LABEL=]URL (repeatable)
    #[arg(long = "link", value_name = "URL")]
    pub links: Vec<String>,
    /// City
    #[arg(long)]
    pub city: Option<String>,
    /// Tag (repeatable, or comma-separated)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// A first note, dated today
    #[arg(long)]
    pub note: Option<String>,
    /// Birthday: YYYY-MM-DD, DD/MM/YYYY, or DD/MM without the year
    #[arg(long, value_name = "DATE")]
    pub birthday: Option<String>,
    /// How you met
    #[arg(long)]
    pub how_met: Option<String>,
    /// Who introduced you (a contact)
    #[arg(long, value_name = "CONTACT")]
    pub introduced_by: Option<String>,
    /// Keep-in-touch cadence: 2w, 3m, 1y…
    #[arg(long, value_name = "PERIOD")]
    pub keep_in_touch: Option<String>,
    /// Create a follow-up due WHEN: "vendredi: send the deck", or just "2w" ("Follow up")
    #[arg(long, value_name = "WHEN[:WHAT]")]
    pub follow_up: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: AddArgs) -> Result<()> {
    let new = NewContact {
        name: validate::name(&a.name)?,
        company: c::text("company", &a.company)?,
        title: c::text("title", &a.title)?,
        city: c::text("city", &a.city)?,
        how_met: c::text("how met", &a.how_met)?,
        birthday: a.birthday.as_deref().map(c::birthday).transpose()?,
        keep_in_touch_days: a.keep_in_touch.as_deref().map(c::cadence).transpose()?,
        introduced_by: match &a.introduced_by {
            Some(who) => Some(ctx.contact(who)?.id),
            None => None,
        },
        emails: c::emails(&a.emails)?,
        phones: c::phones(&a.phones)?,
        links: c::links(&a.links)?,
        tags: c::tags(&a.tags)?,
    };
    let note = c::text("note", &a.note)?;
    let (now, today) = (ctx.now(), ctx.today());
    let follow_up = a
        .follow_up
        .as_deref()
        .map(|s| parse_follow_up_spec(s, today))
        .transpose()?;
    let same_name = ctx.store.db().contacts_named(&new.name)?;
    let (id, follow_up_id) = ctx.store.write(|db| -> Result<(i64, Option<i64>)> {
        let id = db.insert_contact(&new, &now)?;
        if let Some(n) = &note {
            db.add_note(id, today, n, &now)?;
        }
        let follow_up_id = match &follow_up {
            Some((due, what)) => Some(db.insert_followup(
                &NewFollowUp {
                    contact_id: Some(id),
                    event_id: None,
                    what: what.clone(),
                    due: *due,
                    every: None,
                },
                &now,
            )?),
            None => None,
        };
        Ok((id, follow_up_id))
    })?;
    ctx.out.status(format!("Added #{id} {}", new.name));
    if let (Some(f), Some((due, what))) = (follow_up_id, &follow_up) {
        ctx.out
            .status(format!("Added follow-up #{f}: {what}, due {}", day(*due)));
    }
    if let Some(other) = same_name.first() {
        ctx.out.status(format!(
            "note: #{} is also named {}; use the ids to tell them apart",
            other.id, other.name
        ));
    }
    if ctx.out.json() {
        let view = show::view(ctx, id)?;
        ctx.out.print_json(&view)?;
    }
    Ok(())
}
