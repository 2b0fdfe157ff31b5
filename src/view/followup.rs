//! Follow-ups: how their dates and subjects read, and `follow-up list`.

use chrono::NaiveDate;
use serde::Serialize;

use super::{table, with_company, Screen};
use crate::i18n::{fmt, Lang};
use crate::model::followup::FollowUp;
use crate::ops::followup::Done;
use crate::tr;
use crate::ui::output::Text;
use crate::ui::render::opt;

/// A follow-up's id as shown: `f12`.
pub fn id(id: i64) -> String {
    format!("f{id}")
}

/// "today", "tomorrow", "in 5 days", "3 days late" (and "yesterday, 1 day late").
pub fn relative(lang: Lang, due: NaiveDate, today: NaiveDate) -> String {
    match (due - today).num_days() {
        -1 => tr!(lang; "followup-yesterday-late"),
        n if n < -1 => fmt::days_late(lang, -n),
        _ => fmt::relative_day(lang, due, today),
    }
}

/// Who and what a follow-up is about: "Frédéric Duval (Concours des vœux) · Petit-déjeuner
/// (Tue 13 Oct)".
pub fn about(lang: Lang, f: &FollowUp, today: NaiveDate) -> String {
    let mut parts = Vec::new();
    if let Some(name) = &f.contact_name {
        parts.push(with_company(name, f.company.as_deref()));
    }
    if let Some(ev) = &f.event_name {
        parts.push(match f.event_date {
            Some(d) => tr!(lang; "followup-event-on", event = ev.as_str(),
                date = fmt::short_date(lang, d, today)),
            None => ev.clone(),
        });
    }
    parts.join(" · ")
}

/// "Added follow-up f3: Send the deck — Frédéric Duval, due Fri 27 Nov (in 5 days)".
pub fn added(lang: Lang, f: &FollowUp, today: NaiveDate) -> String {
    let (id, what, about) = (id(f.id), f.what.as_str(), about(lang, f, today));
    let due = fmt::short_date(lang, f.due, today);
    let when = relative(lang, f.due, today);
    match &f.every {
        Some(e) => tr!(lang; "followup-added-every", id = id, what = what, about = about,
            due = due, when = when, every = fmt::every_stored(lang, e)),
        None => tr!(lang; "followup-added", id = id, what = what, about = about, due = due,
            when = when),
    }
}

/// What `follow-up done` says of one: "Done f3 Send the deck; next f4 due Fri 27 Dec".
pub fn done_line(lang: Lang, d: &Done, today: NaiveDate) -> String {
    let (id, what) = (id(d.done.id), d.done.what.as_str());
    match &d.next {
        Some(n) => tr!(lang; "followup-done-next", id = id, what = what, next = self::id(n.id),
            due = fmt::short_date(lang, n.due, today)),
        None => tr!(lang; "followup-done", id = id, what = what),
    }
}

/// What `follow-up snooze` says: "Snoozed f3 Send the deck to Fri 27 Nov".
pub fn snoozed_line(lang: Lang, f: &FollowUp, due: NaiveDate, today: NaiveDate) -> String {
    tr!(lang; "followup-snoozed", id = id(f.id), what = f.what.as_str(),
        due = fmt::short_date(lang, due, today))
}

/// `follow-up list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct FollowUpList {
    pub list: Vec<FollowUp>,
    /// Whether done ones are listed (a DONE column then).
    #[serde(skip)]
    pub with_done: bool,
    /// The day it is shown: dates of this year are said without their year.
    #[serde(skip)]
    pub today: NaiveDate,
}

impl Screen for FollowUpList {
    fn text(self, lang: Lang) -> Text {
        let (with_done, today) = (self.with_done, self.today);
        let mut header = vec![
            tr!(lang; "followup-list-id"),
            tr!(lang; "followup-list-due"),
            tr!(lang; "followup-list-what"),
            tr!(lang; "followup-list-contact"),
            tr!(lang; "followup-list-event"),
            tr!(lang; "followup-list-every"),
        ];
        if with_done {
            header.push(tr!(lang; "followup-list-done"));
        }
        let date = move |d: NaiveDate| fmt::short_date(lang, d, today);
        table(self.list, tr!(lang; "followup-list-none"), header, |f| {
            let mut row = vec![
                id(f.id),
                date(f.due),
                f.what.clone(),
                match &f.contact_name {
                    Some(n) => with_company(n, f.company.as_deref()),
                    None => String::new(),
                },
                opt(&f.event_name),
                f.every
                    .as_deref()
                    .map(|e| fmt::every_stored(lang, e))
                    .unwrap_or_default(),
            ];
            if with_done {
                row.push(f.done_on.map(date).unwrap_or_default());
            }
            row
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn relative_days() {
        let today = d(2026, 11, 22);
        let rel = |lang, due| relative(lang, due, today);
        assert_eq!(rel(Lang::En, d(2026, 11, 19)), "3 days late");
        assert_eq!(rel(Lang::Fr, d(2026, 11, 19)), "en retard de 3 jours");
        assert_eq!(rel(Lang::En, d(2026, 11, 20)), "2 days late");
        assert_eq!(rel(Lang::En, d(2026, 11, 21)), "yesterday, 1 day late");
        assert_eq!(rel(Lang::Fr, d(2026, 11, 21)), "hier, en retard d'un jour");
        assert_eq!(rel(Lang::En, d(2026, 11, 24)), "in 2 days");
        assert_eq!(rel(Lang::Fr, d(2026, 11, 24)), "dans 2 jours");
        assert_eq!(rel(Lang::En, d(2026, 11, 23)), "tomorrow");
        assert_eq!(rel(Lang::En, today), "today");
    }
}
