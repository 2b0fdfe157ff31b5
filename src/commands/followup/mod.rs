//! Follow-ups: things to do by a date, about a contact, an event, or both.

pub mod add;
pub mod done;
pub mod edit;
pub mod list;
pub mod rm;
pub mod snooze;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::{self, parse_date, Period};
use crate::model::event::EventMatch;
use crate::model::followup::{FollowUp, FollowUpId};
use crate::model::validate::check_text;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up add frederic \"Send the sponsorship deck\" --due vendredi
  carnet fu add \"Send the invitations\" --event \"Petit-déjeuner\" --due \"dans 2 semaines\"
  carnet fu list --overdue";

/// Follow-ups: what to do next, and by when
///
/// A follow-up belongs to a contact, an event, or both. Dates are typed as people say them,
/// in English or French: see `carnet follow-up add --help`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct FollowUpArgs {
    #[command(subcommand)]
    pub command: FollowUpCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum FollowUpCommand {
    Add(add::AddArgs),
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    Done(done::DoneArgs),
    Snooze(snooze::SnoozeArgs),
    Edit(edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(rm::RmArgs),
}

pub fn run(ctx: &mut Ctx, a: FollowUpArgs) -> Result<()> {
    match a.command {
        FollowUpCommand::Add(a) => add::run(ctx, a),
        FollowUpCommand::List(a) => list::run(ctx, a),
        FollowUpCommand::Done(a) => done::run(ctx, a),
        FollowUpCommand::Snooze(a) => snooze::run(ctx, a),
        FollowUpCommand::Edit(a) => edit::run(ctx, a),
        FollowUpCommand::Rm(a) => rm::run(ctx, a),
    }
}

/// The help paragraph on dates, shared by the commands that take one.
pub const DATES_HELP: &str = "\
WHEN is a date as people type it, in English or French: 2026-12-01, 01/12/2026, 01/12 \
(day first; without a year, the nearest such day), 1 déc, Dec 1, today/aujourd'hui, \
tomorrow/demain, friday/vendredi, in 3 days/dans 3 jours, in 2 weeks/dans 2 semaines, dans un mois, \
next week/la semaine prochaine, next month/le mois prochain, or 3d, 2w, 1m, 1y from today. \
A weekday — friday, next friday, vendredi prochain — is the next such day after today: on a \
Sunday, all three mean the coming Friday, and 'sunday' means a week later.";

/// A follow-up id as typed: `3` or `#3`.
pub fn followup_id(raw: &str) -> Result<FollowUpId> {
    let t = raw.trim();
    let digits = t.strip_prefix('#').unwrap_or(t);
    digits
        .parse::<FollowUpId>()
        .ok()
        .filter(|id| *id > 0 && digits.chars().all(|c| c.is_ascii_digit()))
        .ok_or_else(|| {
            CliError::new(format!("invalid follow-up id '{raw}'"))
                .hint(
                    "follow-up ids are numbers such as 3 or #3; `carnet follow-up list` shows them",
                )
                .into()
        })
}

/// The text of a follow-up: one line, not empty.
pub fn what(raw: &str) -> Result<String> {
    check_text("follow-up", raw, false)?;
    crate::model::text::non_empty(raw).ok_or_else(|| {
        CliError::new("a follow-up needs a text: what is there to do?")
            .hint("e.g. carnet follow-up add frederic \"Send the deck\" --due friday")
            .into()
    })
}

pub fn period(raw: &str) -> Result<Period> {
    Ok(Period::parse(raw)?)
}

/// What a follow-up says when only its date was given.
pub const DEFAULT_WHAT: &str = "Follow up";

/// Reads `WHEN[: WHAT]`, as `--follow-up` takes it ("vendredi: send the deck", "2w"). The text
/// defaults to "Follow up". Shared by `add --follow-up`, `met --follow-up` and the log
/// session's "follow up when?" answer.
pub fn parse_follow_up_spec(spec: &str, today: NaiveDate) -> Result<(NaiveDate, String)> {
    let (when, text) = match spec.split_once(':') {
        Some((w, t)) => (w, t),
        None => (spec, ""),
    };
    let due = parse_date(when, today)?;
    let text = if text.trim().is_empty() {
        DEFAULT_WHAT.to_owned()
    } else {
        what(text)?
    };
    Ok((due, text))
}

/// Resolves an EVENT argument: `#3` or `3`, else an exact name, else a name prefix, without
/// regard to case or accents; among several, the newest.
pub fn resolve_event(ctx: &Ctx, arg: &str) -> Result<EventMatch> {
    ctx.event(arg)
}

/// "Fri 2026-11-27".
pub fn day(d: NaiveDate) -> String {
    d.format("%a %Y-%m-%d").to_string()
}

/// "today", "tomorrow", "in 5 days", "3 days late".
pub fn relative(due: NaiveDate, today: NaiveDate) -> String {
    let n = (due - today).num_days();
    match n {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        -1 => "yesterday, 1 day late".to_owned(),
        n if n > 1 => format!("in {}", dates::plural_days(n)),
        n => format!("{} late", dates::plural_days(-n)),
    }
}

/// Who and what a follow-up is about: "Frédéric Duval (Concours des vœux) · Petit-déjeuner".
pub fn about(f: &FollowUp) -> String {
    let mut parts = Vec::new();
    if let Some(name) = &f.contact_name {
        parts.push(match &f.company {
            Some(c) => format!("{name} ({c})"),
            None => name.clone(),
        });
    }
    if let Some(ev) = &f.event_name {
        parts.push(match f.event_date {
            Some(d) => format!("{ev} ({d})"),
            None => ev.clone(),
        });
    }
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn follow_up_specs() {
        let today = d(2026, 11, 22);
        assert_eq!(
            parse_follow_up_spec("vendredi: send the deck", today).unwrap(),
            (d(2026, 11, 27), "send the deck".to_owned())
        );
        assert_eq!(
            parse_follow_up_spec("dans 2 semaines", today).unwrap(),
            (d(2026, 12, 6), "Follow up".to_owned())
        );
        assert_eq!(
            parse_follow_up_spec("2w:  ", today).unwrap(),
            (d(2026, 12, 6), "Follow up".to_owned())
        );
        let e = parse_follow_up_spec("someday: call", today).unwrap_err();
        assert!(e.to_string().contains("'someday'"), "{e}");
    }

    #[test]
    fn ids() {
        assert_eq!(followup_id("#3").unwrap(), 3);
        assert_eq!(followup_id(" 12 ").unwrap(), 12);
        assert!(followup_id("x").is_err());
        assert!(followup_id("0").is_err());
        assert!(followup_id("+3").is_err());
    }

    #[test]
    fn relative_days() {
        let today = d(2026, 11, 22);
        assert_eq!(relative(d(2026, 11, 19), today), "3 days late");
        assert_eq!(relative(d(2026, 11, 24), today), "in 2 days");
        assert_eq!(relative(today, today), "today");
    }
}
