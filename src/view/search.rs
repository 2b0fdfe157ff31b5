//! Finding people: `search` hits and `suggest`ions, one line per contact with the reason.

use serde::Serialize;

use chrono::NaiveDate;

use super::{marked, table, values, Screen};
use crate::i18n::{fmt, Lang};
use crate::model::dates::Period;
use crate::model::ids::Kind;
use crate::model::search::{snippet, Found, SearchHit};
use crate::model::suggest::{Suggestion, SuggestionKind};
use crate::store::SNIPPET_WIDTH;
use crate::tr;
use crate::ui::output::Text;
use crate::view::names;

/// `search`: the hits, best first.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct SearchHits {
    pub hits: Vec<SearchHit>,
    /// What was searched for, as typed.
    #[serde(skip)]
    pub query: String,
    /// Names close to what was typed, when nobody matched ("did you mean …?").
    #[serde(skip)]
    pub near: Vec<String>,
}

impl Screen for SearchHits {
    fn text(self, lang: Lang) -> Text {
        let mut empty = tr!(lang; "search-nobody", query = &self.query);
        if !self.near.is_empty() {
            empty.push(' ');
            empty.push_str(&tr!(lang; "search-did-you-mean", names = names::or_list(&self.near)));
        }
        let close = self.hits.first().is_some_and(|h| !h.exact);
        let header = vec![
            tr!(lang; "search-col-id"),
            tr!(lang; "search-col-name"),
            tr!(lang; "search-col-found"),
        ];
        let rows = table(self.hits, empty, header, |h| {
            vec![
                Kind::Contact.show(h.contact_id),
                marked(lang, h.name, h.archived),
                where_found(lang, &h.found),
            ]
        });
        if close {
            Text::Parts(vec![Text::Status(tr!(lang; "search-close")), rows])
        } else {
            rows
        }
    }
}

/// Where the words were found, one field after the other: "name · title: [Astrologue]".
/// A word found in the name is not repeated (the name is on the line); a word found with a
/// one-letter mistake says which word it stood for.
fn where_found(lang: Lang, found: &[Found]) -> String {
    let mut fields: Vec<(&str, Vec<&Found>)> = Vec::new();
    for f in found {
        match fields.iter_mut().find(|(name, _)| *name == f.field) {
            Some((_, all)) => all.push(f),
            None => fields.push((&f.field, vec![f])),
        }
    }
    let parts: Vec<String> = fields
        .into_iter()
        .map(|(field, all)| {
            let first = all[0];
            let name = tr!(lang; "search-field", field = field);
            let mut part = if field == "name" {
                name
            } else {
                let marked = snippet(&first.text, &first.marked, SNIPPET_WIDTH, Some(("[", "]")));
                tr!(lang; "search-field-snippet", field = name, snippet = marked)
            };
            for f in all.iter() {
                if let Some(instead) = &f.instead {
                    part.push(' ');
                    part.push_str(&tr!(lang; "search-instead", instead = instead, word = &f.word));
                }
            }
            part
        })
        .collect();
    parts.join(" · ")
}

/// `suggest`: people worth reaching out to.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Suggestions {
    pub list: Vec<Suggestion>,
    /// The day it is shown: dates of this year are said without their year.
    #[serde(skip)]
    pub today: NaiveDate,
}

/// A span of days in the largest unit that reads well: "3 days", "5 weeks", "4 months",
/// "2 years" (as `model::suggest::span`, in `lang`).
fn span(lang: Lang, days: i64) -> String {
    let n = |d: i64| u32::try_from(days / d).unwrap_or(0);
    fmt::period(
        lang,
        if days < 14 {
            Period::Days(n(1))
        } else if days < 60 {
            Period::Weeks(n(7))
        } else if days < 730 {
            Period::Months(n(30))
        } else {
            Period::Years(n(365))
        },
    )
}

/// Why someone is suggested, in `lang`: what `reason` says in English in the JSON.
fn reason(lang: Lang, s: &Suggestion, today: NaiveDate) -> String {
    let date = |d: NaiveDate| fmt::short_date(lang, d, today);
    let seen = match (s.last_seen, s.why.added, s.days_since_seen) {
        (Some(d), _, Some(n)) => {
            tr!(lang; "suggest-last-seen", date = date(d), ago = span(lang, n))
        }
        (None, Some(a), Some(n)) => {
            tr!(lang; "suggest-never-seen-since", date = date(a), ago = span(lang, n))
        }
        _ => tr!(lang; "suggest-never-seen"),
    };
    match (s.kind, s.why.keep_in_touch_days) {
        (SuggestionKind::Lapsed, Some(k)) => tr!(lang; "suggest-lapsed",
            every = fmt::cadence(lang, k), seen = seen,
            late = fmt::days_late(lang, s.days_late.unwrap_or_default())),
        _ => {
            let mut why = Vec::new();
            if s.why.encounters > 1 {
                why.push(tr!(lang; "suggest-met-times", count = s.why.encounters));
            }
            for (project, role) in &s.why.roles {
                why.push(
                    tr!(lang; "suggest-role-in", role = values::role(lang, role),
                    project = project.as_str()),
                );
            }
            if !s.why.introduced.is_empty() {
                why.push(tr!(lang; "suggest-introduced", names = s.why.introduced.join(", ")));
            }
            tr!(lang; "suggest-weak", why = why.join(", "), seen = seen)
        }
    }
}

impl Screen for Suggestions {
    fn text(self, lang: Lang) -> Text {
        let header = vec![
            tr!(lang; "suggest-list-id"),
            tr!(lang; "suggest-list-name"),
            tr!(lang; "suggest-list-why"),
            tr!(lang; "suggest-list-reason"),
        ];
        let today = self.today;
        table(self.list, tr!(lang; "suggest-none"), header, |s| {
            let kind = match s.kind {
                SuggestionKind::Lapsed => tr!(lang; "suggest-late"),
                SuggestionKind::WeakTie => tr!(lang; "suggest-weak-tie"),
            };
            let why = reason(lang, &s, today);
            vec![
                format!("#{}", s.contact_id),
                marked(lang, s.name, s.archived),
                kind,
                why,
            ]
        })
    }
}
