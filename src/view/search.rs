//! Finding people: `search` hits and `suggest`ions, one line per contact with the reason.

use serde::Serialize;

use super::{marked, table, Screen};
use crate::model::search::SearchHit;
use crate::model::suggest::{Suggestion, SuggestionKind};
use crate::ui::output::Text;

/// `search`: the hits, best first.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct SearchHits {
    pub hits: Vec<SearchHit>,
    /// What was searched for, as typed.
    #[serde(skip)]
    pub query: String,
}

impl Screen for SearchHits {
    fn text(self) -> Text {
        let empty = format!("Nobody matches '{}'.", self.query);
        let header = vec!["ID", "NAME", "MATCHED", "SNIPPET"];
        table(self.hits, &empty, header, |h| {
            vec![
                h.contact_id.to_string(),
                marked(h.name, h.archived),
                h.matched,
                h.snippet,
            ]
        })
    }
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
                s.contact_id.to_string(),
                marked(s.name, s.archived),
                kind.to_owned(),
                s.reason,
            ]
        })
    }
}
