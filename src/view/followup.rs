//! Follow-ups: how their dates and subjects read, and `follow-up list`.

use chrono::NaiveDate;
use serde::Serialize;

use super::{table, with_company, Screen};
use crate::model::dates;
use crate::model::followup::FollowUp;
use crate::model::ids::Kind;
use crate::ui::output::Text;
use crate::ui::render::opt;

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
        parts.push(with_company(name, f.company.as_deref()));
    }
    if let Some(ev) = &f.event_name {
        parts.push(match f.event_date {
            Some(d) => format!("{ev} ({d})"),
            None => ev.clone(),
        });
    }
    parts.join(" · ")
}

/// "Added follow-up f3: Send the deck — Frédéric Duval, due Fri 2026-11-27 (in 5 days)".
pub fn added(f: &FollowUp, today: NaiveDate) -> String {
    format!(
        "Added follow-up {}: {} — {}, due {} ({}){}",
        Kind::FollowUp.show(f.id),
        f.what,
        about(f),
        day(f.due),
        relative(f.due, today),
        f.every
            .as_deref()
            .map(|e| format!(", every {e}"))
            .unwrap_or_default()
    )
}

/// `follow-up list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct FollowUpList {
    pub list: Vec<FollowUp>,
    /// Whether done ones are listed (a DONE column then).
    #[serde(skip)]
    pub with_done: bool,
}

impl Screen for FollowUpList {
    fn text(self) -> Text {
        let with_done = self.with_done;
        let mut header = vec!["ID", "DUE", "WHAT", "CONTACT", "EVENT", "EVERY"];
        if with_done {
            header.push("DONE");
        }
        table(self.list, "No follow-ups.", header, |f| {
            let mut row = vec![
                Kind::FollowUp.show(f.id),
                day(f.due),
                f.what.clone(),
                match (&f.contact_name, &f.company) {
                    (Some(n), Some(c)) => format!("{n} ({c})"),
                    (n, _) => opt(n),
                },
                opt(&f.event_name),
                opt(&f.every),
            ];
            if with_done {
                row.push(f.done_on.map(|d| d.to_string()).unwrap_or_default());
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
        assert_eq!(relative(d(2026, 11, 19), today), "3 days late");
        assert_eq!(relative(d(2026, 11, 21), today), "yesterday, 1 day late");
        assert_eq!(relative(d(2026, 11, 24), today), "in 2 days");
        assert_eq!(relative(d(2026, 11, 23), today), "tomorrow");
        assert_eq!(relative(today, today), "today");
    }
}
