//! The morning view: what is overdue, due today, coming up, who to reconnect with, and
//! whose birthday is near.

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use clap::Args;
use serde::Serialize;

use crate::commands::followup::{about, day};
use crate::ctx::Ctx;
use crate::model::dates::{format_days, plural_days};
use crate::model::followup::{FollowUp, Reconnect, UpcomingBirthday};
use crate::store::Db;

const EXAMPLES: &str = "\
Examples:
  carnet today
  carnet today --days 14 --json
  carnet today --brief          # in a shell start-up file
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
}

/// How many items each section holds in all, shown or not.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub overdue: i64,
    pub today: i64,
    pub upcoming: i64,
    pub reconnect: i64,
    pub birthdays: i64,
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
    /// The totals of each section, which may exceed what is listed (see --limit).
    pub counts: Counts,
}

/// Beyond this many items a section's total is shown as "1000+" in the text: counting every
/// item reads the whole range of an index (16,810 overdue follow-ups and 19,500 contacts to
/// reconnect with on the 100,000 set), so the text counts stop there and cost the same
/// whatever the size of the address book. The JSON has exact totals.
pub const COUNT_CAP: i64 = 1000;

/// The total behind a list read with `limit`: its length when the limit was not reached,
/// else what `count` says.
fn total<T>(list: &[T], limit: Option<usize>, count: impl FnOnce() -> Result<i64>) -> Result<i64> {
    match limit {
        Some(l) if list.len() >= l => count(),
        _ => Ok(list.len() as i64),
    }
}

/// The morning view, each section cut at `limit` items (all of them with `None`); totals
/// counted up to `cap` (see `counting_cap`), or exactly with `None`.
pub fn view(
    ctx: &Ctx,
    today: NaiveDate,
    days: u32,
    limit: Option<usize>,
    cap: Option<i64>,
) -> Result<TodayView> {
    // One snapshot for every section, the file locked once.
    ctx.store.read(|db| view_in(db, today, days, limit, cap))
}

fn view_in(
    db: Db<'_>,
    today: NaiveDate,
    days: u32,
    limit: Option<usize>,
    cap: Option<i64>,
) -> Result<TodayView> {
    let yesterday = today - Duration::days(1);
    let until = today + Duration::days(days as i64);
    let items = |after: Option<NaiveDate>, until: NaiveDate| -> Result<(Vec<DueItem>, i64)> {
        let list = db.open_followups_in(after, until, limit)?;
        let n = total(&list, limit, || {
            Ok(db.count_open_followups_in(after, until, cap)?)
        })?;
        let items = list
            .into_iter()
            .map(|f| {
                let n = (f.due - today).num_days();
                DueItem {
                    followup: f,
                    days_late: (-n).max(0),
                    in_days: n.max(0),
                }
            })
            .collect();
        Ok((items, n))
    };
    let (overdue, n_overdue) = items(None, yesterday)?;
    let (due_today, n_today) = items(Some(yesterday), today)?;
    let (upcoming, n_upcoming) = items(Some(today), until)?;
    let reconnect = db.reconnect_due(today, limit)?;
    let n_reconnect = total(
        &reconnect,
        limit,
        || Ok(db.count_reconnect_due(today, cap)?),
    )?;
    let mut birthdays = db.upcoming_birthdays(today, days)?;
    let n_birthdays = birthdays.len() as i64;
    if let Some(l) = limit {
        birthdays.truncate(l);
    }
    Ok(TodayView {
        overdue,
        today: due_today,
        upcoming,
        reconnect,
        birthdays,
        counts: Counts {
            overdue: n_overdue,
            today: n_today,
            upcoming: n_upcoming,
            reconnect: n_reconnect,
            birthdays: n_birthdays,
        },
    })
}

pub fn run(ctx: &mut Ctx, a: TodayArgs) -> Result<()> {
    let today = ctx.today();
    if a.brief && !ctx.out.json() {
        let cap = COUNT_CAP + 1;
        if let Some(line) = brief(&counts(ctx, today, cap)?, Some(cap)) {
            ctx.out.line(line)?;
        }
        return Ok(());
    }
    let limit = (!a.all).then_some(a.limit);
    if ctx.out.json() {
        return ctx.out.print_json(&view(ctx, today, a.days, limit, None)?);
    }
    let cap = counting_cap(limit);
    let v = view(ctx, today, a.days, limit, cap)?;
    let text = render(&v, a.days, cap);
    if text.is_empty() {
        ctx.out
            .status("Nothing due, nobody to reconnect with: all clear.");
        return Ok(());
    }
    ctx.out.text(&text)?;
    Ok(())
}

/// What the text counts up to: one past `COUNT_CAP`, so that a count reaching it is known
/// to be "more than"; `None` (every item) when more than that many are listed anyway.
pub fn counting_cap(limit: Option<usize>) -> Option<i64> {
    match limit {
        Some(l) if (l as u64) < COUNT_CAP as u64 => Some(COUNT_CAP + 1),
        _ => None,
    }
}

/// A total as the text shows it: "1000+" once counting stopped at `cap`.
pub fn count_text(n: i64, cap: Option<i64>) -> String {
    count_beyond(n, 0, cap)
}

/// How many of `n` are left after the `shown` first: "980+" once counting stopped at `cap`.
fn count_beyond(n: i64, shown: i64, cap: Option<i64>) -> String {
    match cap {
        Some(cap) if n >= cap => format!("{}+", cap - 1 - shown),
        _ => (n - shown).to_string(),
    }
}

/// The counts `--brief` needs, without reading any item.
fn counts(ctx: &Ctx, today: NaiveDate, cap: i64) -> Result<Counts> {
    let yesterday = today - Duration::days(1);
    ctx.store.read(|db| {
        Ok(Counts {
            overdue: db.count_open_followups_in(None, yesterday, Some(cap))?,
            today: db.count_open_followups_in(Some(yesterday), today, Some(cap))?,
            reconnect: db.count_reconnect_due(today, Some(cap))?,
            ..Counts::default()
        })
    })
}

/// "2 overdue · 1 today · 3 to reconnect", zero counts left out; `None` when all is clear.
/// Counts that reached `cap` read "1000+".
pub fn brief(c: &Counts, cap: Option<i64>) -> Option<String> {
    let parts: Vec<String> = [
        (c.overdue, "overdue"),
        (c.today, "today"),
        (c.reconnect, "to reconnect"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{} {what}", count_text(n, cap)))
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

/// The sections as text; empty when there is nothing to show. Totals that reached `cap`
/// read "980+ more".
pub fn render(v: &TodayView, days: u32, cap: Option<i64>) -> String {
    let mut out = String::new();
    let mut section = |title: &str, lines: Vec<String>, total: i64, more: &str| {
        if lines.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(title);
        out.push('\n');
        let shown = lines.len() as i64;
        for l in lines {
            out.push_str(&l);
        }
        if total > shown {
            let rest = count_beyond(total, shown, cap);
            out.push_str(&format!("  … and {rest} more: {more}\n"));
        }
    };
    let c = &v.counts;
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
        c.overdue,
        "carnet follow-up list --overdue",
    );
    section(
        "Today",
        v.today.iter().map(|i| followup_line(i, None)).collect(),
        c.today,
        "carnet follow-up list --today",
    );
    section(
        &format!("Next {}", plural_days(days as i64)),
        v.upcoming
            .iter()
            .map(|i| followup_line(i, Some(day(i.followup.due))))
            .collect(),
        c.upcoming,
        &format!("carnet follow-up list --upcoming {days}"),
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
        c.reconnect,
        "carnet today --all",
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
        c.birthdays,
        "carnet today --all",
    );
    out
}
