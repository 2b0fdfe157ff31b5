//! Reconnect suggestions, the pure half: who is worth reaching out to, and why, in words.
//! First the people whose keep-in-touch cadence has lapsed (most late first), then weak
//! ties — met more than once, holding a role in an active project, or having introduced
//! someone — not seen for a long time.

use chrono::NaiveDate;
use serde::Serialize;

use super::dates::format_days;
use super::ContactId;

/// A weak tie is worth a word after this many days without being seen.
pub const WEAK_TIE_DAYS: i64 = 90;

/// What the store knows about a contact that may be suggested.
#[derive(Debug, Clone, Default)]
pub struct Candidate {
    pub id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub archived: bool,
    pub keep_in_touch_days: Option<i64>,
    /// The day the contact was added, standing in for "last seen" when never met.
    pub added: Option<NaiveDate>,
    pub last_seen: Option<NaiveDate>,
    pub encounters: i64,
    /// (project, role) for each role held in an active project.
    pub roles: Vec<(String, String)>,
    /// Names of the people this contact introduced.
    pub introduced: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    Lapsed,
    WeakTie,
}

#[derive(Debug, Clone, Serialize)]
pub struct Suggestion {
    pub contact_id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub kind: SuggestionKind,
    pub reason: String,
    pub last_seen: Option<NaiveDate>,
    /// Days past the keep-in-touch cadence (lapsed only).
    pub days_late: Option<i64>,
    /// Days since last seen, or since added when never seen.
    pub days_since_seen: Option<i64>,
    pub archived: bool,
    /// What `reason` is made of, for the text screen to say it in the interface language
    /// (`reason` is the JSON's, in English).
    #[serde(skip)]
    pub why: Why,
}

/// The facts behind a suggestion.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Why {
    pub keep_in_touch_days: Option<i64>,
    pub added: Option<NaiveDate>,
    pub encounters: i64,
    /// (project, role) for each role held in an active project.
    pub roles: Vec<(String, String)>,
    pub introduced: Vec<String>,
}

/// "3 days", "5 weeks", "4 months", "2 years".
pub fn span(days: i64) -> String {
    let (n, unit) = if days < 14 {
        (days, "day")
    } else if days < 60 {
        (days / 7, "week")
    } else if days < 730 {
        (days / 30, "month")
    } else {
        (days / 365, "year")
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

fn seen_words(c: &Candidate, days: Option<i64>) -> String {
    match (c.last_seen, c.added, days) {
        (Some(d), _, Some(n)) => format!("last seen {d} ({} ago)", span(n)),
        (None, Some(a), Some(n)) => format!("never seen since added on {a} ({} ago)", span(n)),
        _ => "never seen".to_owned(),
    }
}

/// Ranks candidates seen from `today`: lapsed cadences first, most late first; then weak
/// ties, longest unseen first. Contacts with a cadence that is not yet due are left out.
pub fn rank(candidates: Vec<Candidate>, today: NaiveDate) -> Vec<Suggestion> {
    let mut lapsed = Vec::new();
    let mut weak = Vec::new();
    for c in candidates {
        let since = c.last_seen.or(c.added);
        let days = since.map(|d| (today - d).num_days());
        if let Some(k) = c.keep_in_touch_days {
            let late = days.map_or(k, |d| d - k);
            if late > 0 {
                let reason = format!(
                    "keep in touch every {}: {}, {late} day{} late",
                    format_days(k),
                    seen_words(&c, days),
                    if late == 1 { "" } else { "s" }
                );
                lapsed.push((
                    late,
                    suggestion(c, SuggestionKind::Lapsed, reason, Some(late), days),
                ));
            }
            continue;
        }
        if days.is_some_and(|d| d < WEAK_TIE_DAYS) {
            continue;
        }
        let mut why = Vec::new();
        if c.encounters > 1 {
            why.push(format!("met {} times", c.encounters));
        }
        for (project, role) in &c.roles {
            why.push(format!("{role} in {project}"));
        }
        if !c.introduced.is_empty() {
            why.push(format!("introduced you to {}", c.introduced.join(", ")));
        }
        if why.is_empty() {
            continue;
        }
        let reason = format!("{}; {}", why.join(", "), seen_words(&c, days));
        weak.push((
            days.unwrap_or(i64::MAX),
            suggestion(c, SuggestionKind::WeakTie, reason, None, days),
        ));
    }
    let by = |a: &(i64, Suggestion), b: &(i64, Suggestion)| {
        b.0.cmp(&a.0)
            .then_with(|| a.1.name.cmp(&b.1.name))
            .then(a.1.contact_id.cmp(&b.1.contact_id))
    };
    lapsed.sort_by(by);
    weak.sort_by(by);
    lapsed.into_iter().chain(weak).map(|(_, s)| s).collect()
}

fn suggestion(
    c: Candidate,
    kind: SuggestionKind,
    reason: String,
    days_late: Option<i64>,
    days_since_seen: Option<i64>,
) -> Suggestion {
    let why = Why {
        keep_in_touch_days: c.keep_in_touch_days,
        added: c.added,
        encounters: c.encounters,
        roles: c.roles.clone(),
        introduced: c.introduced.clone(),
    };
    Suggestion {
        why,
        contact_id: c.id,
        name: c.name,
        company: c.company,
        kind,
        reason,
        last_seen: c.last_seen,
        days_late,
        days_since_seen,
        archived: c.archived,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn cand(id: i64, name: &str) -> Candidate {
        Candidate {
            id,
            name: name.into(),
            added: Some(d("2025-01-01")),
            ..Default::default()
        }
    }

    #[test]
    fn lapsed_cadences_come_first_most_late_first() {
        let today = d("2026-11-22");
        let mut a = cand(1, "Anne");
        a.keep_in_touch_days = Some(30);
        a.last_seen = Some(d("2026-10-01")); // 52 days: 22 late
        let mut b = cand(2, "Bruno");
        b.keep_in_touch_days = Some(14);
        b.last_seen = Some(d("2026-09-01")); // 82 days: 68 late
        let mut c = cand(3, "Chloé");
        c.encounters = 3;
        c.last_seen = Some(d("2025-11-01"));
        let mut on_time = cand(4, "Denis");
        on_time.keep_in_touch_days = Some(365);
        on_time.last_seen = Some(d("2026-06-01"));
        on_time.encounters = 5;
        let s = rank(vec![a, c, b, on_time], today);
        let ids: Vec<i64> = s.iter().map(|s| s.contact_id).collect();
        assert_eq!(ids, [2, 1, 3]);
        assert_eq!(s[0].kind, SuggestionKind::Lapsed);
        assert_eq!(s[0].days_late, Some(68));
        assert_eq!(
            s[0].reason,
            "keep in touch every 2w: last seen 2026-09-01 (2 months ago), 68 days late"
        );
        assert_eq!(s[2].kind, SuggestionKind::WeakTie);
        assert_eq!(
            s[2].reason,
            "met 3 times; last seen 2025-11-01 (12 months ago)"
        );
    }

    #[test]
    fn weak_ties_need_a_tie_and_a_long_silence() {
        let today = d("2026-11-22");
        let mut recent = cand(1, "Recent");
        recent.encounters = 4;
        recent.last_seen = Some(d("2026-11-01"));
        let mut once = cand(2, "Once");
        once.encounters = 1;
        once.last_seen = Some(d("2025-01-01"));
        let mut ally = cand(3, "Ally");
        ally.roles = vec![("Concert".into(), "ally".into())];
        ally.last_seen = Some(d("2026-01-01"));
        let mut intro = cand(4, "Intro");
        intro.introduced = vec!["André Roy".into(), "Mélissa".into()];
        let s = rank(vec![recent, once, ally, intro], today);
        let ids: Vec<i64> = s.iter().map(|s| s.contact_id).collect();
        assert_eq!(ids, [4, 3]);
        assert!(s[0]
            .reason
            .starts_with("introduced you to André Roy, Mélissa; never seen since added"));
        assert!(s[1]
            .reason
            .starts_with("ally in Concert; last seen 2026-01-01"));
    }

    #[test]
    fn spans_read_naturally() {
        assert_eq!(span(1), "1 day");
        assert_eq!(span(20), "2 weeks");
        assert_eq!(span(95), "3 months");
        assert_eq!(span(800), "2 years");
    }
}
