//! Relationship strength in words: the score and its reasons, in the interface language.

use chrono::NaiveDate;

use crate::i18n::{self, fmt};
use crate::model::strength::{Reason, Strength};
use crate::tr;

/// One reason: "3 meetings in 6 months, last a coffee on Thu 12 Nov".
pub fn reason(r: &Reason, today: NaiveDate) -> String {
    let lang = i18n::current();
    match r {
        Reason::Meetings {
            count,
            months,
            last,
            last_how,
            last_event,
        } => {
            let how = tr!(lang; "strength-how",
                how = last_how.as_str(),
                event = last_event.as_deref().unwrap_or("none"));
            tr!(lang; "strength-meetings",
                count = *count as i64,
                months = *months,
                how = how,
                date = fmt::short_date(lang, *last, today))
        }
        Reason::FollowupsOnTime { count } => {
            tr!(lang; "strength-followups-on-time", count = *count as i64)
        }
        Reason::FollowupsLate { count } => {
            tr!(lang; "strength-followups-late", count = *count as i64)
        }
        Reason::FollowupsOverdue { count } => {
            tr!(lang; "strength-followups-overdue", count = *count as i64)
        }
        Reason::Introduced { names } => tr!(lang; "strength-introduced", names = names.join(", ")),
        Reason::IntroducedBy { name } => tr!(lang; "strength-introduced-by", name = name),
        Reason::Ties { names } => tr!(lang; "strength-ties", names = names.join(", ")),
        Reason::Cooling { from, to } => {
            tr!(lang; "strength-cooling", from = *from as i64, to = *to as i64)
        }
    }
}

/// The reasons joined: "…; introduced you to Paul".
pub fn reasons(s: &Strength, today: NaiveDate) -> String {
    s.reasons
        .iter()
        .map(|r| reason(r, today))
        .collect::<Vec<_>>()
        .join(&tr!("strength-separator"))
}

/// "Strength 75/100: 3 meetings in 6 months, …".
pub fn line(s: &Strength, today: NaiveDate) -> String {
    if s.reasons.is_empty() {
        return tr!("strength-none");
    }
    tr!(
        "strength-line",
        score = s.score as i64,
        reasons = reasons(s, today)
    )
}
