use anyhow::Result;
use clap::{Args, Subcommand};

use crate::commands::args;
use crate::commands::args::select::{self, SelectArgs, YesArg, SELECTORS};
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::i18n::fmt;
use crate::model::dates::Lean;
use crate::model::encounter::How;
use crate::model::event::EventMatch;
use crate::model::person_line::PersonLine;
use crate::ops::meeting::{self, Met, PersonEntry, Who};
use crate::tr;
use crate::view::meeting::Recorded;
use crate::view::person_line;

const EXAMPLES: &str = "\
Examples:
  carnet met frederic \"Marie Côté\" --at \"5 à 7 Montréal\" --note \"Talked about the spring breakfast\"
  carnet met '#12' --how coffee --on hier
  carnet met zoe --how call --note \"Sends the quote on Monday\" --follow-up \"lundi: check the quote\"
  carnet met --new \"Karine Lavoie, Lavoie Stratégies, karine@lavoie.example #seo\" --card \\
             --at \"5 à 7\" --note \"Her new site\" --follow-up \"vendredi: write to her\"
  carnet met melissa --at \"5 à 7\" --came-with andre
  carnet met edit m7 --on 2026-11-19
  carnet met rm m7";

/// Record that you met one or more contacts
///
/// Records one encounter with each contact named, all sharing the date, the way and the
/// note. With --at the date defaults to the event's and the way to "event"; meeting a guest
/// at an event marks them as having attended. A contact's "last seen" is the date of their
/// latest encounter.
///
/// Someone not yet in carnet is given with --new, in the one-line form of `carnet log`:
/// "Name, company, title, email, phone, website #tag, via WHO". Only --new creates a
/// contact, so a name mistyped as CONTACT is an error, never a new person.
#[derive(Debug, Args)]
#[command(
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct MetArgs {
    #[command(subcommand)]
    pub command: Option<MetCommand>,
    /// The contacts: #ID, ID, or (part of) a name
    #[arg(required_unless_present_any = MET_WITHOUT_CONTACT, num_args = 1..)]
    #[arg(add = crate::complete::contacts())]
    pub contacts: Vec<String>,
    /// A person not yet known, in one line: "Name, company, title, email, phone, website
    /// #tag, via WHO" (repeatable)
    #[arg(long, value_name = "LINE")]
    pub new: Vec<String>,
    /// The details of the --new lines were on their business cards: recorded as cards
    /// received there (their emails and phones reach the contacts from the cards)
    #[arg(long, requires = "new")]
    pub card: bool,
    /// The event where you met (#ID or name)
    #[arg(long = "at", value_name = "EVENT")]
    #[arg(add = crate::complete::events())]
    pub event: Option<String>,
    /// The date [default: the event's date, else today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// How you met [default: event with --at, else other]
    #[arg(long, value_enum)]
    pub how: Option<How>,
    /// What you talked about (one note shared by all the encounters)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Also plan a follow-up with each of them: WHEN[: WHAT] ("vendredi: send the deck")
    #[arg(long, value_name = "WHEN[: WHAT]")]
    pub follow_up: Option<String>,
    /// Who they came with (#ID or name; repeatable): a came-with tie, seen in `show`
    #[arg(long = "came-with", value_name = "CONTACT")]
    pub came_with: Vec<String>,
    #[command(flatten)]
    pub yes: YesArg,
    #[command(flatten)]
    pub select: SelectArgs,
}

/// What may stand for the CONTACT arguments: --new, or a selection.
const MET_WITHOUT_CONTACT: [&str; 13] = [
    "new",
    SELECTORS[0],
    SELECTORS[1],
    SELECTORS[2],
    SELECTORS[3],
    SELECTORS[4],
    SELECTORS[5],
    SELECTORS[6],
    SELECTORS[7],
    SELECTORS[8],
    SELECTORS[9],
    SELECTORS[10],
    SELECTORS[11],
];

/// Correcting an encounter: by the id `carnet show` prints next to it.
#[derive(Debug, Subcommand)]
pub enum MetCommand {
    Edit(crate::commands::entry::met_edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(crate::commands::entry::rm::RmArgs),
}

pub fn run(ctx: &mut Ctx, a: MetArgs) -> Result<()> {
    use crate::commands::entry;
    match a.command {
        Some(MetCommand::Edit(e)) => return entry::met_edit::run(ctx, e),
        Some(MetCommand::Rm(r)) => {
            return entry::rm::run(ctx, r, Some(crate::model::ids::Kind::Encounter))
        }
        None => {}
    }
    let today = ctx.today();
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    let date = args::date_or(
        &a.on,
        today,
        event.as_ref().map_or(today, |e| e.date),
        Lean::Past,
    )?;
    let how = a.how.unwrap_or(if event.is_some() {
        How::Event
    } else {
        How::Other
    });
    let met = Met {
        event_id: event.as_ref().map(|e| e.id),
        date,
        how,
        note: args::text("note", &a.note)?,
    };
    let follow_up = a
        .follow_up
        .as_deref()
        .map(|spec| args::follow_up(spec, today))
        .transpose()?;
    let came_with: Vec<i64> = ctx
        .contacts(&a.came_with)?
        .into_iter()
        .map(|m| m.id)
        .collect();
    let known = if a.select.given() {
        let selected = select::people(ctx, &a.contacts, &a.select)?;
        let question = tr!(ctx.lang; "select-ask-met", count = selected.len());
        if !select::confirm(ctx, &selected, a.yes.yes, question)? {
            return Ok(());
        }
        selected
    } else {
        ctx.contacts(&a.contacts)?
    };
    let mut people: Vec<PersonEntry> = known
        .into_iter()
        .map(|m| PersonEntry {
            met: Some(met.clone()),
            follow_up: follow_up.clone(),
            came_with: came_with.clone(),
            ..PersonEntry::about(Who::known(m))
        })
        .collect();
    for line in &a.new {
        let who = new_person(ctx, line, a.card, &met, event.as_ref())?;
        people.push(PersonEntry {
            met: Some(met.clone()),
            follow_up: follow_up.clone(),
            came_with: came_with.clone(),
            ..who
        });
    }
    let now = ctx.now();
    let saved = meeting::record(&mut ctx.store, &people, today, &now)?;
    let names: Vec<String> = saved
        .iter()
        .map(|p| format!("#{} {}", p.contact_id, p.name))
        .collect();
    let lang = ctx.lang;
    let (names, day) = (names.join(", "), fmt::short_date(lang, date, today));
    ctx.out.status(match &event {
        Some(e) => tr!(lang; "meeting-met-at", names = names, event = e.name.as_str(), date = day),
        None => tr!(lang; "meeting-met", names = names, date = day),
    });
    if let Some(f) = &follow_up {
        ctx.out.status(tr!(lang; "meeting-follow-up-on",
            due = fmt::short_date(lang, f.due, today), what = f.what()));
    }
    if ctx.out.json() {
        let out: Vec<Recorded> = saved
            .into_iter()
            .map(|p| Recorded {
                id: p.encounter_id.unwrap_or_default(),
                contact_id: p.contact_id,
                created: p.created,
                name: p.name,
                date,
                how,
                event_id: met.event_id,
            })
            .collect();
        ctx.out.print_json(&out)?;
    }
    Ok(())
}

/// A person given with --new: read from the one-line form (refused whole when it cannot
/// be), who introduced them resolved, and not a name already in carnet (a duplicate is
/// said, never created).
fn new_person(
    ctx: &mut Ctx,
    line: &str,
    on_card: bool,
    met: &Met,
    event: Option<&EventMatch>,
) -> Result<PersonEntry> {
    let lang = ctx.lang;
    let line = PersonLine::parse(line).map_err(|e| {
        CliError::new(
            tr!(lang; "met-new-unreadable", line = line, problem = person_line::problem(lang, &e)),
        )
        .hint(tr!(lang; "met-new-hint", form = person_line::form(lang)))
    })?;
    if let Some(m) = ctx.store.db().contacts_named(&line.name)?.first() {
        return Err(
            CliError::new(tr!(lang; "met-new-exists", who = person_line::contact(m)))
                .hint(tr!(lang; "met-new-exists-hint", id = m.id))
                .into(),
        );
    }
    let introducer = line
        .introduced_by
        .as_deref()
        .map(|who| ctx.contact(who))
        .transpose()?;
    let (cards, extra_links) = if on_card {
        let (card, links) = meeting::card_from_line(&line, None, met.date, met.event_id);
        (vec![card], links)
    } else {
        (Vec::new(), Vec::new())
    };
    let how_met = event.map(|e| e.name.clone());
    let who = meeting::who_from_line(
        &line,
        None,
        introducer.map(|m| m.id),
        on_card,
        extra_links,
        how_met,
    );
    Ok(PersonEntry {
        cards,
        tags: line.tags.clone(),
        ..PersonEntry::about(who)
    })
}
