//! The morning view: what is overdue, due today, coming up, who to reconnect with, and
//! whose birthday is near.

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use clap::Args;
use serde::Serialize;

use crate::commands::followup::{about, day};
use crate::ctx::Ctx;
use crate::dates::{format_days, plural_days};
use crate::model::followup::{FollowUp, Reconnect, UpcomingBirthday};

const EXAMPLES: &str = "\
Examples:
  carnet today
  carnet today --days 14 --json
  carnet today --brief          # in a shell start-up file";

/// Show what to do today: follow-ups, people to reconnect with, birthdays
///
/// Sections, each left out when empty: Overdue (oldest first), Today, Next 7 days, Reconnect
/// (a keep-in-touch cadence has lapsed since you last met, or since the contact was added)
/// and Birthdays. Archived contacts never appear. The exit status is 0 whatever is due.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TodayArgs {
    /// How many days ahead to look for follow-ups and birthdays
    #[arg(long, value_name = "N", default_value_t = 7, value_parser = clap::value_parser!(u32).range(0..=366))]
    pub days: u32,
    /// One line of counts ("2 overdue · 1 today · 3 to reconnect"), or nothing when all is clear
    #[arg(long)]
    pub brief: bool,
}

/// A follow-up as `today` shows it.
#[derive(Debug, Serialize)]
pub struct DueItem {
    #[serde(flatten)]
    pub followup: FollowUp,
    /// Days past the due date (0 unless overdue).
    pub days_late: i64,
    /// Days until the due date (0 unless upcoming).
    pub in_days: i64,
}

/// What `today --json` prints.
#[derive(Debug, Serialize)]
pub struct TodayView {
    pub overdue: Vec<DueItem>,
    pub today: Vec<DueItem>,
    pub upcoming: Vec<DueItem>,
    pub reconnect: Vec<Reconnect>,
    pub birthdays: Vec<UpcomingBirthday>,
}

pub fn view(ctx: &Ctx, today: NaiveDate, days: u32) -> Result<TodayView> {
    let db = ctx.store.db();
    let until = today + Duration::days(days as i64);
    let mut v = TodayView {
        overdue: Vec::new(),
        today: Vec::new(),
        upcoming: Vec::new(),
        reconnect: db.reconnect_due(today)?,
        birthdays: db.upcoming_birthdays(today, days)?,
    };
    for f in db.open_followups_until(until)? {
        let n = (f.due - today).num_days();
        let item = DueItem {
            followup: f,
            days_late: (-n).max(0),
            in_days: n.max(0),
        };
        match n {
            n if n < 0 => v.overdue.push(item),
            0 => v.today.push(item),
            _ => v.upcoming.push(item),
        }
    }
    Ok(v)
}

pub fn run(ctx: &mut Ctx, a: TodayArgs) -> Result<()> {
    let today = ctx.today();
    let v = view(ctx, today, a.days)?;
    if ctx.out.json() {
        return ctx.out.print_json(&v);
    }
    if a.brief {
        if let Some(line) = brief(&v) {
            ctx.out.line(line)?;
        }
        return Ok(());
    }
    let text = render(&v, a.days);
    if text.is_empty() {
        ctx.out
            .status("Nothing due, nobody to reconnect with: all clear.");
        return Ok(());
    }
    ctx.out.text(&text)?;
    Ok(())
}

/// "2 overdue · 1 today · 3 to reconnect", zero counts left out; `None` when all is clear.
pub fn brief(v: &TodayView) -> Option<String> {
    let parts: Vec<String> = [
        (v.overdue.len(), "overdue"),
        (v.today.len(), "today"),
        (v.reconnect.len(), "to reconnect"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{n} {what}"))
    .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

fn followup_line(item: &DueItem, tail: Option<String>) -> String {
    let f = &item.followup;
    let mut line = format!("  #{:<4} {}", f.id, f.what);
    let about = about(f);
    if !about.is_empty() {
        line.push_str(&format!(" — {about}"));
    }
    if let Some(t) = tail {
        line.push_str(&format!(" · {t}"));
    }
    line.push('\n');
    line
}

/// The sections as text; empty when there is nothing to show.
pub fn render(v: &TodayView, days: u32) -> String {
    let mut out = String::new();
    let mut section = |title: &str, lines: Vec<String>| {
        if lines.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(title);
        out.push('\n');
        for l in lines {
            out.push_str(&l);
        }
    };
    section(
        "Overdue",
        v.overdue
            .iter()
            .map(|i| {
                followup_line(
                    i,
                    Some(format!(
                        "due {}, {} late",
                        day(i.followup.due),
                        plural_days(i.days_late)
                    )),
                )
            })
            .collect(),
    );
    section(
        "Today",
        v.today.iter().map(|i| followup_line(i, None)).collect(),
    );
    section(
        &format!("Next {}", plural_days(days as i64)),
        v.upcoming
            .iter()
            .map(|i| followup_line(i, Some(day(i.followup.due))))
            .collect(),
    );
    section(
        "Reconnect",
        v.reconnect
            .iter()
            .map(|r| {
                let who = match &r.company {
                    Some(c) => format!("{} ({c})", r.name),
                    None => r.name.clone(),
                };
                let seen = match (r.last_seen, &r.last_seen_at) {
                    (Some(d), Some(at)) => format!("last seen {d} at {at}"),
                    (Some(d), None) => format!("last seen {d}"),
                    (None, _) => format!("never met; added {}", r.since),
                };
                let late = if r.days_late == 0 {
                    "due today".to_owned()
                } else {
                    format!("{} late", plural_days(r.days_late))
                };
                format!(
                    "  {who} — {seen} · every {} · {late}\n",
                    format_days(r.cadence_days)
                )
            })
            .collect(),
    );
    section(
        "Birthdays",
        v.birthdays
            .iter()
            .map(|b| {
                let who = match &b.company {
                    Some(c) => format!("{} ({c})", b.name),
                    None => b.name.clone(),
                };
                let when = match b.in_days {
                    0 => "today".to_owned(),
                    1 => format!("tomorrow, {}", day(b.date)),
                    _ => day(b.date),
                };
                match b.turns {
                    Some(age) => format!("  {who} — {when} · turns {age}\n"),
                    None => format!("  {who} — {when}\n"),
                }
            })
            .collect(),
    );
    out
}
