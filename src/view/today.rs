//! The morning view: what is overdue, due today, coming up, who to reconnect with, and
//! whose birthday is near.

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::count::{self, beyond};
use super::{values, with_company, Screen};
use crate::i18n::{fmt, Lang};
use crate::model::followup::{FollowUp, Reconnect, UpcomingBirthday};
use crate::store::{Db, Store};
use crate::tr;
use crate::ui::fit::{self, fit, fit_parts, pack, pad};
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
    /// The day the view is for.
    #[serde(skip)]
    pub on: NaiveDate,
    /// The columns each line must fit in; `None` writes lines whole (piped output).
    #[serde(skip)]
    pub width: Option<usize>,
    /// Whether `today --act` can be offered (stdin and stdout are a terminal).
    #[serde(skip)]
    pub can_act: bool,
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
            days,
            cap,
            on: today,
            width: None,
            can_act: false,
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
    pub fn brief(&self, lang: Lang, cap: Option<i64>) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        if self.overdue > 0 {
            parts.push(tr!(lang; "today-brief-overdue", count = count::text(self.overdue, cap)));
        }
        if self.today > 0 {
            parts.push(tr!(lang; "today-brief-today", count = count::text(self.today, cap)));
        }
        if self.reconnect > 0 {
            let n = count::text(self.reconnect, cap);
            parts.push(tr!(lang; "today-brief-reconnect", count = n));
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

impl Screen for TodayView {
    /// The sections, each line fitted to the width; the commands to act on the first items
    /// under them. Totals that reached the cap read "980+ more".
    fn text(self, lang: Lang) -> Text {
        let lines = render(&self, lang);
        if lines.is_empty() {
            Text::Status(tr!(lang; "today-all-clear"))
        } else {
            let mut out = lines.join("\n");
            out.push('\n');
            Text::Page(out)
        }
    }
}

/// A follow-up's id as shown: `f12`.
fn fu_id(id: i64) -> String {
    format!("f{id}")
}

/// "Send the deck — Zoë Łukasz (Studio Z)", the contact left out when there is none.
fn what_who(lang: Lang, f: &FollowUp) -> String {
    let what = fit::one_line(&f.what);
    match &f.contact_name {
        Some(name) => tr!(lang; "today-what-who", what = what,
            who = with_company(name, f.company.as_deref())),
        None => what,
    }
}

/// The lines of one section of follow-ups: those of an event under its name, said once,
/// in the order their first one comes; the others alone. `date` gives the date column
/// (none in the Today section), `late` the tail of a line.
fn followup_lines(
    v: &TodayView,
    lang: Lang,
    items: &[DueItem],
    date: impl Fn(&DueItem) -> Option<String>,
    late: impl Fn(&DueItem) -> Option<String>,
) -> Vec<String> {
    let dates: Vec<Option<String>> = items.iter().map(&date).collect();
    let date_w = dates
        .iter()
        .flatten()
        .map(|d| fit::width(d))
        .max()
        .unwrap_or(0);
    let id_w = items
        .iter()
        .map(|i| fu_id(i.followup.id).len())
        .max()
        .unwrap_or(0);
    let line = |i: usize, indent: &str| {
        let item = &items[i];
        let mut head = indent.to_owned();
        if let Some(d) = &dates[i] {
            head.push_str(&pad(d, date_w));
            head.push_str("  ");
        }
        head.push_str(&pad(&fu_id(item.followup.id), id_w));
        head.push_str("  ");
        let tail = late(item).map(|t| format!(" · {t}")).unwrap_or_default();
        fit_parts(&head, &what_who(lang, &item.followup), &tail, v.width)
    };
    // Groups: (event id, indices), in the order of their first item.
    let mut groups: Vec<(Option<i64>, Vec<usize>)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let event = item.followup.event_id;
        match groups
            .iter_mut()
            .find(|(e, _)| event.is_some() && *e == event)
        {
            Some((_, members)) => members.push(i),
            None => groups.push((event, vec![i])),
        }
    }
    let mut lines = Vec::new();
    for (event, members) in groups {
        if event.is_none() {
            lines.push(line(members[0], "  "));
            continue;
        }
        let f = &items[members[0]].followup;
        let name = fit::one_line(f.event_name.as_deref().unwrap_or_default());
        let heading = match f.event_date {
            Some(d) => {
                tr!(lang; "today-event", event = name, date = fmt::short_date(lang, d, v.on))
            }
            None => name,
        };
        lines.push(fit(&format!("  {heading}"), v.width));
        for i in members {
            lines.push(line(i, "    "));
        }
    }
    lines
}

/// The sections as lines, each within the width; empty when there is nothing to show.
fn render(v: &TodayView, lang: Lang) -> Vec<String> {
    let (days, cap, today) = (v.days, v.cap, v.on);
    let mut out: Vec<String> = Vec::new();
    // A section: its title, its lines, how many items they show of how many.
    let mut section = |title: String, lines: Vec<String>, shown: usize, total: i64, more: &str| {
        if lines.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push(String::new());
        }
        out.push(fit(&title, v.width));
        let shown = shown as i64;
        out.extend(lines);
        if total > shown {
            let rest = beyond(total, shown, cap);
            out.push(fit(
                &format!(
                    "  {}",
                    tr!(lang; "today-more", count = rest, command = more)
                ),
                v.width,
            ));
        }
    };
    let c = &v.counts;
    let short = |d: NaiveDate| fmt::short_date(lang, d, today);
    section(
        tr!(lang; "today-overdue"),
        followup_lines(
            v,
            lang,
            &v.overdue,
            |i| Some(short(i.followup.due)),
            |i| Some(fmt::days_late(lang, i.days_late)),
        ),
        v.overdue.len(),
        c.overdue,
        "carnet follow-up list --overdue",
    );
    section(
        tr!(lang; "today-today"),
        followup_lines(v, lang, &v.today, |_| None, |_| None),
        v.today.len(),
        c.today,
        "carnet follow-up list --today",
    );
    section(
        tr!(lang; "today-upcoming", days = days),
        followup_lines(
            v,
            lang,
            &v.upcoming,
            |i| Some(short(i.followup.due)),
            |_| None,
        ),
        v.upcoming.len(),
        c.upcoming,
        &format!("carnet follow-up list --upcoming {days}"), // i18n-ignore: a command
    );
    section(
        tr!(lang; "today-reconnect"),
        reconnect_lines(v, lang),
        v.reconnect.len(),
        c.reconnect,
        "carnet today --all",
    );
    section(
        tr!(lang; "today-birthdays"),
        birthday_lines(v, lang),
        v.birthdays.len(),
        c.birthdays,
        "carnet today --all",
    );
    if !out.is_empty() {
        let act = act_lines(v, lang);
        if !act.is_empty() {
            out.push(String::new());
            out.extend(act);
        }
    }
    out
}

fn reconnect_lines(v: &TodayView, lang: Lang) -> Vec<String> {
    let today = v.on;
    let id_w = v
        .reconnect
        .iter()
        .map(|r| r.contact_id.to_string().len() + 1)
        .max()
        .unwrap_or(0);
    v.reconnect
        .iter()
        .map(|r| {
            let who = with_company(&fit::one_line(&r.name), r.company.as_deref());
            let seen = match (r.last_seen, &r.last_seen_at, r.last_seen_how) {
                (Some(d), _, Some(how)) => tr!(lang; "today-last-seen-how",
                    date = fmt::short_date(lang, d, today), how = values::how(lang, how)),
                (Some(d), Some(at), None) => tr!(lang; "today-last-seen-at",
                    date = fmt::short_date(lang, d, today), place = fit::one_line(at)),
                (Some(d), None, None) => {
                    tr!(lang; "today-last-seen", date = fmt::short_date(lang, d, today))
                }
                (None, _, _) => {
                    tr!(lang; "today-never-met", date = fmt::short_date(lang, r.since, today))
                }
            };
            let late = if r.days_late == 0 {
                tr!(lang; "today-reconnect-due")
            } else {
                fmt::days_late(lang, r.days_late)
            };
            let head = format!("  {}  ", pad(&format!("#{}", r.contact_id), id_w));
            let text = format!("{who} — {seen} · {}", fmt::cadence(lang, r.cadence_days));
            fit_parts(&head, &text, &format!(" · {late}"), v.width)
        })
        .collect()
}

fn birthday_lines(v: &TodayView, lang: Lang) -> Vec<String> {
    let today = v.on;
    let when: Vec<String> = v
        .birthdays
        .iter()
        .map(|b| match b.in_days {
            0 | 1 => fmt::relative_day(lang, b.date, today),
            _ => fmt::short_date(lang, b.date, today),
        })
        .collect();
    let when_w = when.iter().map(|w| fit::width(w)).max().unwrap_or(0);
    let id_w = v
        .birthdays
        .iter()
        .map(|b| b.contact_id.to_string().len() + 1)
        .max()
        .unwrap_or(0);
    v.birthdays
        .iter()
        .zip(&when)
        .map(|(b, when)| {
            let head = format!(
                "  {}  {}  ",
                pad(when, when_w),
                pad(&format!("#{}", b.contact_id), id_w)
            );
            let who = with_company(&fit::one_line(&b.name), b.company.as_deref());
            let tail = b
                .turns
                .map(|age| format!(" · {}", tr!(lang; "today-turns", age = age)))
                .unwrap_or_default();
            fit_parts(&head, &who, &tail, v.width)
        })
        .collect()
}

/// The commands to act on the first follow-up and the first person to reconnect with,
/// on as few lines as fit.
fn act_lines(v: &TodayView, lang: Lang) -> Vec<String> {
    let mut parts = Vec::new();
    let first = v.overdue.iter().chain(&v.today).chain(&v.upcoming).next();
    if let Some(item) = first {
        let id = fu_id(item.followup.id);
        parts.push(tr!(lang; "today-act-done", id = id.as_str()));
        parts.push(tr!(lang; "today-act-snooze", id = id.as_str()));
    }
    if let Some(r) = v.reconnect.first() {
        parts.push(tr!(lang; "today-act-met", id = r.contact_id));
    }
    if v.can_act && first.is_some() {
        parts.push(tr!(lang; "today-act-pick"));
    }
    // A command cut short is no command: one too wide for a line of its own is left out.
    parts.retain(|p| v.width.map_or(true, |w| fit::width(p) <= w));
    pack(&parts, " · ", "", v.width)
}

/// What `today --act` can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    FollowUp(i64),
    Reconnect(i64),
}

/// The items of the agenda `today --act` offers, each with its line in the picker (fitted
/// to the width, less the picker's marker): the follow-ups, overdue first, then the
/// people to reconnect with.
pub fn act_items(v: &TodayView, lang: Lang) -> Vec<(Act, String)> {
    let width = v.width.map(|w| w.saturating_sub(2));
    let mut items = Vec::new();
    for item in v.overdue.iter().chain(&v.today).chain(&v.upcoming) {
        let f = &item.followup;
        let head = format!("{}  {}  ", fu_id(f.id), fmt::short_date(lang, f.due, v.on));
        let tail = match item.days_late {
            0 => String::new(),
            n => format!(" · {}", fmt::days_late(lang, n)),
        };
        items.push((
            Act::FollowUp(f.id),
            fit_parts(&head, &what_who(lang, f), &tail, width),
        ));
    }
    for r in &v.reconnect {
        let late = if r.days_late == 0 {
            tr!(lang; "today-reconnect-due")
        } else {
            fmt::days_late(lang, r.days_late)
        };
        let who = with_company(&fit::one_line(&r.name), r.company.as_deref());
        let line = tr!(lang; "today-act-reconnect", who = who, late = late);
        items.push((
            Act::Reconnect(r.contact_id),
            fit(&format!("#{}  {line}", r.contact_id), width),
        ));
    }
    items
}
