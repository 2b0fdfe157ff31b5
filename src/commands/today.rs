//! The morning view: what is overdue, due today, coming up, who to reconnect with, and
//! whose birthday is near.

use anyhow::Result;
use chrono::Duration;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::parse_date;
use crate::model::encounter::How;
use crate::ops;
use crate::ops::meeting::{self, Met, PersonEntry, Who};
use crate::tr;
use crate::view::followup::{done_line, snoozed_line};
use crate::view::today::{act_items, Act, Counts, TodayView};
use crate::view::{self, count};

const EXAMPLES: &str = "\
Examples:
  carnet today
  carnet today --days 14 --json
  carnet today --brief          # in a shell start-up file
  carnet today --act            # pick an item, mark it done or put it off
  carnet today --all --json     # every item, not only the first of each section";

/// Show what to do today: follow-ups, people to reconnect with, birthdays
///
/// Sections, each left out when empty: Overdue (oldest first), Today, Next 7 days, Reconnect
/// (a keep-in-touch cadence has lapsed since you last met, or since the contact was added)
/// and Birthdays. Archived contacts never appear. The exit status is 0 whatever is due.
///
/// To keep to one screen, each section shows its first 20 items (--limit) and says how many
/// more there are, counted up to 1,000 ("980+ more"); --all shows everything. The JSON has
/// the same items and the exact totals.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TodayArgs {
    /// How many days ahead to look for follow-ups and birthdays
    #[arg(long, value_name = "N", default_value_t = 7, value_parser = clap::value_parser!(u32).range(0..=366))]
    pub days: u32,
    /// One line of counts ("2 overdue · 1 today · 3 to reconnect"), or nothing when all is clear
    #[arg(long)]
    pub brief: bool,
    /// Show at most N items in each section
    #[arg(long, value_name = "N", default_value_t = 20, conflicts_with = "all")]
    pub limit: usize,
    /// Show every item of every section
    #[arg(long)]
    pub all: bool,
    /// On a terminal: pick an item of the agenda, mark it done or put it off, until Quit
    #[arg(long, conflicts_with = "brief")]
    pub act: bool,
}

/// How many follow-ups and people `--act` offers at once.
const ACT_LIMIT: usize = 50;

pub fn run(ctx: &mut Ctx, a: TodayArgs) -> Result<()> {
    if a.act {
        return act(ctx, a.days);
    }
    let today = ctx.today();
    if a.brief && !ctx.out.json() {
        let cap = count::CAP + 1;
        let counts = Counts::load_brief(&ctx.store, today, cap)?;
        if let Some(line) = counts.brief(ctx.lang, Some(cap)) {
            ctx.out.line(line)?;
        }
        return Ok(());
    }
    let limit = (!a.all).then_some(a.limit);
    // The JSON has exact totals; the text counts up to a cap.
    let cap = if ctx.out.json() {
        None
    } else {
        count::cap_for(limit)
    };
    let mut v = TodayView::load(&ctx.store, today, a.days, limit, cap)?;
    v.width = ctx.out.style().lines;
    v.can_act = ctx.prompt.is_interactive() && ctx.out.is_terminal();
    view::show(&ctx.out, v)
}

/// `today --act`: the agenda as a picker; each item chosen is marked done, put off, or
/// (someone to reconnect with) met today, until Quit or nothing is left.
fn act(ctx: &mut Ctx, days: u32) -> Result<()> {
    let lang = ctx.lang;
    if !ctx.prompt.is_interactive() || ctx.out.json() {
        return Err(CliError::new(tr!("today-act-needs-terminal"))
            .hint(tr!("today-act-needs-terminal-hint"))
            .into());
    }
    loop {
        let (today, now) = (ctx.today(), ctx.now());
        let mut v = TodayView::load(&ctx.store, today, days, Some(ACT_LIMIT), None)?;
        v.width = ctx.out.style().lines;
        let items = act_items(&v, lang);
        if items.is_empty() {
            ctx.out.status(tr!(lang; "today-act-nothing"));
            return Ok(());
        }
        let mut labels: Vec<String> = items.iter().map(|(_, l)| l.clone()).collect();
        labels.push(tr!(lang; "today-act-quit"));
        let i = ctx
            .prompt
            .select(&tr!(lang; "today-act-which"), &labels, 0)?;
        let Some((item, label)) = items.get(i) else {
            return Ok(());
        };
        let question = label.as_str();
        match *item {
            Act::FollowUp(id) => {
                let choices = [
                    tr!(lang; "today-act-mark-done"),
                    tr!(lang; "today-act-tomorrow"),
                    tr!(lang; "today-act-next-week"),
                    tr!(lang; "today-act-later"),
                    tr!(lang; "today-act-back"),
                ];
                let due = match ctx.prompt.select(question, &choices, 0)? {
                    0 => {
                        for d in ops::followup::done(&mut ctx.store, &[id], today, &now)? {
                            ctx.out.status(done_line(lang, &d, today));
                        }
                        continue;
                    }
                    1 => today + Duration::days(1),
                    2 => today + Duration::days(7),
                    3 => match ask_date(ctx, today)? {
                        Some(d) => d,
                        None => continue,
                    },
                    _ => continue,
                };
                let f = ops::followup::snooze(&mut ctx.store, id, due, today, &now)?;
                ctx.out.status(snoozed_line(lang, &f, due, today));
            }
            Act::Reconnect(contact) => {
                let choices = [tr!(lang; "today-act-seen"), tr!(lang; "today-act-back")];
                if ctx.prompt.select(question, &choices, 0)? != 0 {
                    continue;
                }
                let Some(m) = ctx.store.db().contact_match(contact)? else {
                    continue;
                };
                let entry = PersonEntry {
                    met: Some(Met {
                        event_id: None,
                        date: today,
                        how: How::Other,
                        note: None,
                    }),
                    ..PersonEntry::about(Who::known(m))
                };
                for p in meeting::record(&mut ctx.store, &[entry], today, &now)? {
                    ctx.out.status(tr!(lang; "today-act-met-saved",
                        id = format!("#{}", p.contact_id), name = p.name.as_str()));
                }
            }
        }
    }
}

/// A date asked until it reads as one; `None` when left empty.
fn ask_date(ctx: &mut Ctx, today: chrono::NaiveDate) -> Result<Option<chrono::NaiveDate>> {
    loop {
        let raw = ctx.prompt.input(&tr!(ctx.lang; "today-act-when"), None)?;
        if raw.trim().is_empty() {
            return Ok(None);
        }
        match parse_date(&raw, today) {
            Ok(d) => return Ok(Some(d)),
            Err(e) => ctx
                .out
                .status(tr!(ctx.lang; "log-error-hint", error = e.to_string(),
                hint = e.hint())),
        }
    }
}
