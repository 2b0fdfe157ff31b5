//! Relationship strength, explained: one score from 0 to 100 per contact, worked out from
//! what is recorded about them, with the reasons that weigh most.
//!
//! The score (pure arithmetic, so that `show`, `list --sort strength` and `suggest` agree):
//!
//! - each **meeting** counts by how it happened — a coffee or a lunch 3, a call or a video
//!   2, an event 2 when at most [`SMALL_EVENT`] people were met there and 1 in a crowd, an
//!   email ½, anything else 1 — and **decays** with its age: it halves every *half-life*,
//!   the contact's keep-in-touch cadence (at least [`MIN_HALF_LIFE`] days), or
//!   [`DEFAULT_HALF_LIFE`] days without one;
//! - each **follow-up** done on time counts 1 (decaying from the day it was done), done late
//!   ¼, and each still open past its due date takes ½ off;
//! - each person the contact **introduced** to you counts 1½ (up to three), having been
//!   introduced by someone ½;
//! - each **tie** to another person (`carnet relate`) counts ½ (up to two).
//!
//! The sum `raw` becomes `100 × (1 − e^(−raw/6))`, rounded: a coffee this week alone is 39,
//! a monthly coffee kept up for a year is about 80. A contact is **cooling down** when the
//! score 90 days ago was at least [`COOLING_FROM`] and it has lost at least 40 % of it since.

use chrono::NaiveDate;
use serde::Serialize;

use super::encounter::How;

/// At most this many people met at an event: a small table, not a crowd.
pub const SMALL_EVENT: i64 = 6;
/// Half-life of a meeting for a contact without a keep-in-touch cadence.
pub const DEFAULT_HALF_LIFE: i64 = 180;
/// The shortest half-life, whatever the cadence.
pub const MIN_HALF_LIFE: i64 = 14;
/// How far back `cooling` compares.
pub const COOLING_DAYS: i64 = 90;
/// A score this high 90 days ago can be said to cool down.
pub const COOLING_FROM: u32 = 30;
/// How many reasons are shown.
pub const TOP_REASONS: usize = 3;

/// One meeting with the contact.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub date: NaiveDate,
    pub how: How,
    /// The event's name, when it was at one.
    pub event: Option<String>,
    /// How many people were met at that event (1 when not at one).
    pub headcount: i64,
}

/// One follow-up with the contact.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub due: NaiveDate,
    pub done_on: Option<NaiveDate>,
}

/// What the score is worked out from: everything about one contact.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inputs {
    /// The contact's keep-in-touch cadence (their own, else their tags' shortest).
    pub cadence_days: Option<i64>,
    pub meetings: Vec<Meeting>,
    pub followups: Vec<Kept>,
    /// Who introduced the contact to you.
    pub introduced_by: Option<String>,
    /// The people the contact introduced to you.
    pub introduced: Vec<String>,
    /// The people the contact is tied to.
    pub ties: Vec<String>,
}

/// Why a score is what it is; rendered in the interface language by `view::strength`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// `count` meetings in the last `months` months (all of them when `months` is 0), the
    /// last one on `last` (a coffee, at an event…).
    Meetings {
        count: usize,
        months: i64,
        last: NaiveDate,
        last_how: How,
        last_event: Option<String>,
    },
    FollowupsOnTime {
        count: usize,
    },
    FollowupsLate {
        count: usize,
    },
    FollowupsOverdue {
        count: usize,
    },
    Introduced {
        names: Vec<String>,
    },
    IntroducedBy {
        name: String,
    },
    Ties {
        names: Vec<String>,
    },
    /// The score fell from `from` to `to` in the last 90 days.
    Cooling {
        from: u32,
        to: u32,
    },
}

/// A contact's strength: the score, what it was 90 days ago, and its top reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Strength {
    pub score: u32,
    /// The score 90 days ago, from what was recorded by then.
    pub score_90_days_ago: u32,
    /// Strength falling fast (see the module documentation).
    pub cooling: bool,
    /// The reasons that weigh most, heaviest first.
    pub reasons: Vec<Reason>,
}

/// The half-life of a meeting, in days.
pub fn half_life(cadence_days: Option<i64>) -> i64 {
    cadence_days.map_or(DEFAULT_HALF_LIFE, |c| c.max(MIN_HALF_LIFE))
}

/// What one meeting weighs before decay.
pub fn weight(m: &Meeting) -> f64 {
    match m.how {
        How::Coffee | How::Lunch => 3.0,
        How::Call | How::Video => 2.0,
        How::Event if m.headcount <= SMALL_EVENT => 2.0,
        How::Event => 1.0,
        How::Email => 0.5,
        How::Other => 1.0,
    }
}

/// `0.5^(age / half_life)`; nothing for a day after `at`.
fn decay(day: NaiveDate, at: NaiveDate, half_life: i64) -> f64 {
    let age = (at - day).num_days();
    if age < 0 {
        return 0.0;
    }
    0.5f64.powf(age as f64 / half_life as f64)
}

/// `raw` on the 0–100 scale.
pub fn scale(raw: f64) -> u32 {
    if raw <= 0.0 {
        return 0;
    }
    (100.0 * (1.0 - (-raw / 6.0).exp())).round() as u32
}

/// The parts of the score on day `at`, each with the reason that tells it, from what was
/// recorded by then.
fn parts(i: &Inputs, at: NaiveDate) -> Vec<(f64, Reason)> {
    let h = half_life(i.cadence_days);
    let mut out = Vec::new();

    let mut met: Vec<&Meeting> = i.meetings.iter().filter(|m| m.date <= at).collect();
    met.sort_by_key(|m| m.date);
    if let Some(last) = met.last() {
        let value: f64 = met.iter().map(|m| weight(m) * decay(m.date, at, h)).sum();
        let recent = met
            .iter()
            .filter(|m| (at - m.date).num_days() <= 183)
            .count();
        let (count, months) = if recent > 0 {
            (recent, 6)
        } else {
            (met.len(), 0)
        };
        out.push((
            value,
            Reason::Meetings {
                count,
                months,
                last: last.date,
                last_how: last.how,
                last_event: last.event.clone(),
            },
        ));
    }

    let (mut on_time, mut late, mut overdue) = (0.0, 0.0, 0.0);
    let (mut n_on_time, mut n_late, mut n_overdue) = (0, 0, 0);
    for f in &i.followups {
        match f.done_on {
            Some(done) if done <= at => {
                if done <= f.due {
                    on_time += decay(done, at, h);
                    n_on_time += 1;
                } else {
                    late += 0.25 * decay(done, at, h);
                    n_late += 1;
                }
            }
            _ if f.due < at => {
                overdue += 0.5;
                n_overdue += 1;
            }
            _ => {}
        }
    }
    if n_on_time > 0 {
        out.push((on_time, Reason::FollowupsOnTime { count: n_on_time }));
    }
    if n_late > 0 {
        out.push((late, Reason::FollowupsLate { count: n_late }));
    }
    if n_overdue > 0 {
        out.push((-overdue, Reason::FollowupsOverdue { count: n_overdue }));
    }
    if !i.introduced.is_empty() {
        let value = 1.5 * i.introduced.len().min(3) as f64;
        out.push((
            value,
            Reason::Introduced {
                names: i.introduced.clone(),
            },
        ));
    }
    if let Some(name) = &i.introduced_by {
        out.push((0.5, Reason::IntroducedBy { name: name.clone() }));
    }
    if !i.ties.is_empty() {
        let value = 0.5 * i.ties.len().min(2) as f64;
        out.push((
            value,
            Reason::Ties {
                names: i.ties.clone(),
            },
        ));
    }
    out
}

/// The score on day `at` alone.
pub fn score(i: &Inputs, at: NaiveDate) -> u32 {
    scale(parts(i, at).iter().map(|(v, _)| v).sum())
}

/// The strength on `today`, with its top reasons (heaviest effect first; when cooling down,
/// that comes first), and whether it is cooling down.
pub fn strength(i: &Inputs, today: NaiveDate) -> Strength {
    let mut parts = parts(i, today);
    let now = scale(parts.iter().map(|(v, _)| v).sum());
    let before = score(i, today - chrono::Duration::days(COOLING_DAYS));
    let cooling = before >= COOLING_FROM && now * 10 <= before * 6;
    // Heaviest first, by the size of their effect; ties keep the order of `parts`.
    parts.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
    let mut reasons: Vec<Reason> = parts
        .into_iter()
        .map(|(_, r)| r)
        .take(TOP_REASONS)
        .collect();
    if cooling {
        reasons.insert(
            0,
            Reason::Cooling {
                from: before,
                to: now,
            },
        );
    }
    Strength {
        score: now,
        score_90_days_ago: before,
        cooling,
        reasons,
    }
}

#[cfg(test)]
mod tests;
