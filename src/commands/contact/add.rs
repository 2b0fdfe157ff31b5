use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::i18n::fmt;
use crate::model::validate;
use crate::model::NewContact;
use crate::ops::meeting::{self, PersonEntry, Who};
use crate::tr;
use crate::view::contact::ContactView;

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
    #[arg(add = crate::complete::tags())]
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
    #[arg(add = crate::complete::contacts())]
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
        company: args::text("company", &a.company)?,
        title: args::text("title", &a.title)?,
        city: args::text("city", &a.city)?,
        how_met: args::text("how met", &a.how_met)?,
        birthday: a.birthday.as_deref().map(args::birthday).transpose()?,
        keep_in_touch_days: a.keep_in_touch.as_deref().map(args::cadence).transpose()?,
        introduced_by: match &a.introduced_by {
            Some(who) => Some(ctx.contact(who)?.id),
            None => None,
        },
        emails: args::emails(&a.emails)?,
        phones: args::phones(&a.phones)?,
        links: args::links(&a.links)?,
        tags: args::tags(&a.tags)?,
    };
    let (now, today) = (ctx.now(), ctx.today());
    let same_name = ctx.store.db().contacts_named(&new.name)?;
    let entry = PersonEntry {
        note: args::text("note", &a.note)?,
        follow_up: a
            .follow_up
            .as_deref()
            .map(|s| args::follow_up(s, today))
            .transpose()?,
        ..PersonEntry::about(Who::New(new))
    };
    let saved = meeting::record(&mut ctx.store, std::slice::from_ref(&entry), today, &now)?;
    let (id, name) = (saved[0].contact_id, &saved[0].name);
    let lang = ctx.lang;
    ctx.out
        .status(tr!(lang; "contact-added", id = format!("#{id}"), name = name.as_str()));
    if let (Some(f), Some(spec)) = (saved[0].follow_up_id, &entry.follow_up) {
        ctx.out
            .status(tr!(lang; "followup-added-short", id = format!("f{f}"),
            what = spec.what(), due = fmt::short_date(lang, spec.due, today)));
    }
    if let Some(other) = same_name.first() {
        ctx.out.status(
            tr!(lang; "contact-same-name", id = format!("#{}", other.id),
            name = other.name.as_str()),
        );
    }
    if ctx.out.json() {
        ctx.out
            .print_json(&ContactView::load(&ctx.store, id, today)?)?;
    }
    Ok(())
}
