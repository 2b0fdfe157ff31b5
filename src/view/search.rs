//! Finding people: `search` hits and `suggest`ions, one line per contact with the reason.

use serde::Serialize;

use super::{marked, table, Screen};
use crate::model::search::{snippet, Found, SearchHit};
use crate::model::suggest::{Suggestion, SuggestionKind};
use crate::store::SNIPPET_WIDTH;
use crate::ui::output::Text;

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
    fn text(self) -> Text {
        let mut empty = format!("Nobody matches '{}'.", self.query);
        if !self.near.is_empty() {
            empty.push_str(&format!(" Did you mean {}?", self.near.join(" or ")));
        }
        let close = self.hits.first().is_some_and(|h| !h.exact);
        let header = vec!["ID", "NAME", "FOUND"];
        let rows = table(self.hits, &empty, header, |h| {
            vec![
                format!("#{}", h.contact_id),
                marked(h.name, h.archived),
                where_found(&h.found),
            ]
        });
        if close {
            Text::Parts(vec![
                Text::Status("No exact match; close matches:".to_owned()),
                rows,
            ])
        } else {
            rows
        }
    }
}

/// Where the words were found, one field after the other: "name · title: [Astrologue]".
/// A word found in the name is not repeated (the name is on the line); a word found with a
/// one-letter mistake says which word it stood for.
fn where_found(found: &[Found]) -> String {
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
            let mut part = if field == "name" {
                field.replace('_', " ")
            } else {
                format!(
                    "{}: {}",
                    field.replace('_', " "),
                    snippet(&first.text, &first.marked, SNIPPET_WIDTH, Some(("[", "]")))
                )
            };
            for f in all.iter().filter(|f| f.instead.is_some()) {
                if let Some(instead) = &f.instead {
                    part.push_str(&format!(" ({instead} for {})", f.word));
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
pub struct Suggestions(pub Vec<Suggestion>);

impl Screen for Suggestions {
    fn text(self) -> Text {
        let empty = "Nobody to suggest: everyone is up to date.";
        table(self.0, empty, vec!["ID", "NAME", "WHY", "REASON"], |s| {
            let kind = match s.kind {
                SuggestionKind::Lapsed => "late",
                SuggestionKind::WeakTie => "weak tie",
            };
            vec![
                format!("#{}", s.contact_id),
                marked(s.name, s.archived),
                kind.to_owned(),
                s.reason,
            ]
        })
    }
}
