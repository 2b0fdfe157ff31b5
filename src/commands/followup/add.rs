use anyhow::Result;
use clap::Args;

use crate::commands::args::select::{self, SelectArgs, YesArg};
use crate::commands::args::{self, what, DATES_HELP};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::i18n::fmt;
use crate::model::dates::parse_due;
use crate::model::followup::NewFollowUp;
use crate::ops::bulk;
use crate::tr;
use crate::view::followup::added;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up add frederic \"Send the sponsorship deck\" --due vendredi
  carnet fu add marie \"Coffee\" --due \"dans 2 semaines\" --every 3m
  carnet fu add \"Send the invitations\" --event \"Petit-déjeuner\" --due 01/12
  carnet fu add --met-at \"Formation SEO\" \"Send the slides\" --due lundi --yes";

/// Add a follow-up about a contact, an event, or both
///
/// With two arguments the first is the contact; with one, it is the text and --event is
/// required. --every makes it recurring: marking it done schedules the next one, one period
/// after the day it was done.
///
/// With a selection (--met-at, --tag, --project…), one follow-up is added for each person
/// selected (and the CONTACT named, if any): asked first on a terminal, --yes elsewhere;
/// `carnet undo` removes them all in one step.
#[derive(Debug, Args)]
#[command(
    after_help = EXAMPLES,
    after_long_help = format!("{DATES_HELP}\n\n{EXAMPLES}"),
    override_usage = "carnet follow-up add [OPTIONS] --due <WHEN> [CONTACT] <WHAT>"
)]
pub struct AddArgs {
    /// The contact: #ID, ID, or part of a name (alone, it is WHAT, and --event is needed)
    #[arg(value_name = "CONTACT")]
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
    /// What to do
    #[arg(value_name = "WHAT")]
    pub what: Option<String>,
    /// When it is due: demain, vendredi, in 2 weeks, 01/12…
    #[arg(long, value_name = "WHEN")]
    pub due: String,
    /// Repeat: 2w, 3m, 1y… (the next is due one period after it is done)
    #[arg(long, value_name = "PERIOD")]
    pub every: Option<String>,
    /// The event it is about: #ID, or (the start of) its name
    #[arg(long, value_name = "EVENT")]
    #[arg(add = crate::complete::events())]
    pub event: Option<String>,
    #[command(flatten)]
    pub yes: YesArg,
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run(ctx: &mut Ctx, a: AddArgs) -> Result<()> {
    let today = ctx.today();
    let (contact_arg, text) = match &a.what {
        Some(w) => (Some(a.contact.as_str()), w.as_str()),
        None => (None, a.contact.as_str()),
    };
    let text = what(text)?;
    let due = parse_due(&a.due, today)?;
    let every = a.every.as_deref().map(args::period).transpose()?;
    if a.select.given() {
        let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
        let named: Vec<String> = contact_arg.map(str::to_owned).into_iter().collect();
        let template = NewFollowUp {
            contact_id: None,
            event_id: event.as_ref().map(|e| e.id),
            what: text,
            due,
            every,
        };
        return add_many(ctx, &named, &a.select, a.yes.yes, &template);
    }
    if contact_arg.is_none() && a.event.is_none() {
        return Err(CliError::new(tr!("followup-needs-subject", what = text))
            .hint(tr!("followup-needs-subject-hint"))
            .into());
    }
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    let contact = contact_arg
        .map(|c| ctx.contact_before(c, std::slice::from_ref(&text)))
        .transpose()?;
    let new = NewFollowUp {
        contact_id: contact.as_ref().map(|c| c.id),
        event_id: event.as_ref().map(|e| e.id),
        what: text,
        due,
        every,
    };
    let now = ctx.now();
    let id = ctx.store.write(|db| db.insert_followup(&new, &now))?;
    let f = ctx.store.db().get_followup(id)?;
    ctx.out.status(added(ctx.lang, &f, today));
    if ctx.out.json() {
        ctx.out.print_json(&f)?;
    }
    Ok(())
}

/// One follow-up for each person of a selection (and the contact named).
fn add_many(
    ctx: &mut Ctx,
    named: &[String],
    sel: &SelectArgs,
    yes: bool,
    template: &NewFollowUp,
) -> Result<()> {
    let people = select::people(ctx, named, sel)?;
    let lang = ctx.lang;
    let question = tr!(lang; "select-ask-follow-up", count = people.len());
    if !select::confirm(ctx, &people, yes, question)? {
        return Ok(());
    }
    let ids: Vec<i64> = people.iter().map(|p| p.id).collect();
    let now = ctx.now();
    let report = bulk::follow_up(&mut ctx.store, &ids, template, &now)?;
    let due = fmt::short_date(lang, template.due, ctx.today());
    ctx.out.status(tr!(
        lang; "select-followups-added",
        count = report.followups.len(),
        due = &due,
        what = &template.what
    ));
    if ctx.out.json() {
        ctx.out.print_json(&report)?;
    }
    Ok(())
}
