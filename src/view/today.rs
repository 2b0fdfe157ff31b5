//! The morning view: what is overdue, due today, coming up, who to reconnect with, and
//! whose birthday is near.

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::count::{self, beyond};
use super::followup::{about, day};
use super::{with_company, Screen};
use crate::model::dates::{format_days, plural_days};
use crate::model::followup::{FollowUp, Reconnect, UpcomingBirthday};
use crate::model::ids::Kind;
use crate::store::{Db, Store};
use crate::ui::output::Text;

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
    /// How many days ahead the view looks (the title of the upcoming section).
    #[serde(skip)]
    pub days: u32,
    /// Where the counts stopped (see `count::cap_for`).
    #[serde(skip)]
    pub cap: Option<i64>,
}

/// The total behind a list read with `limit`: its length when the limit was not reached,
/// else what `count` says.
fn total<T>(list: &[T], limit: Option<usize>, count: impl FnOnce() -> Result<i64>) -> Result<i64> {
    match limit {
        Some(l) if list.len() >= l => count(),
        _ => Ok(list.len() as i64),
    }
}

impl TodayView {
    /// The morning view, each section cut at `limit` items (all of them with `None`);
    /// totals counted up to `cap` (see `count::cap_for`), or exactly with `None`. One
    /// snapshot for every section, the file locked once.
    pub fn load(
        store: &Store,
        today: NaiveDate,
        days: u32,
        limit: Option<usize>,
        cap: Option<i64>,
    ) -> Result<TodayView> {
        store.read(|db| Self::read(db, today, days, limit, cap))
    }

    fn read(
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
        let (birthdays, n_birthdays) = db.upcoming_birthdays(today, days, limit)?;
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
            days,
            cap,
        })
    }
}

impl Counts {
    /// The counts `--brief` needs, without reading any item, each up to `cap`.
    pub fn load_brief(store: &Store, today: NaiveDate, cap: i64) -> Result<Counts> {
        let yesterday = today - Duration::days(1);
        store.read(|db| {
            Ok(Counts {
                overdue: db.count_open_followups_in(None, yesterday, Some(cap))?,
                today: db.count_open_followups_in(Some(yesterday), today, Some(cap))?,
                reconnect: db.count_reconnect_due(today, Some(cap))?,
                ..Counts::default()
            })
        })
    }

    /// "2 overdue · 1 today · 3 to reconnect", zero counts left out; `None` when all is
    /// clear. Counts that reached `cap` read "1000+".
    pub fn brief(&self, cap: Option<i64>) -> Option<String> {
        let parts: Vec<String> = [
            (self.overdue, "overdue"),
            (self.today, "today"),
            (self.reconnect, "to reconnect"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{} {what}", count::text(n, cap)))
        .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

fn followup_line(item: &DueItem, tail: Option<String>) -> String {
    let f = &item.followup;
    let mut line = format!("  {:<5} {}", Kind::FollowUp.show(f.id), f.what);
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

impl Screen for TodayView {
    /// The sections as text. Totals that reached the cap read "980+ more".
    fn text(self) -> Text {
        let text = render(&self);
        if text.is_empty() {
            Text::Status("Nothing due, nobody to reconnect with: all clear.".into())
        } else {
            Text::Page(text)
        }
    }
}

/// The sections as text; empty when there is nothing to show.
fn render(v: &TodayView) -> String {
    let (days, cap) = (v.days, v.cap);
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
            let rest = beyond(total, shown, cap);
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
                let who = with_company(&r.name, r.company.as_deref());
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
                let who = with_company(&b.name, b.company.as_deref());
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
