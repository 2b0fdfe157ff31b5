//! Finding people: `search` hits and `suggest`ions, one line per contact with the reason.

use serde::Serialize;

use super::Screen;
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
        if self.hits.is_empty() {
            return Text::Status(format!("Nobody matches '{}'.", self.query));
        }
        let rows = self
            .hits
            .into_iter()
            .map(|h| {
                let mut name = h.name;
                if h.archived {
                    name.push_str(" [archived]");
                }
                vec![h.contact_id.to_string(), name, h.matched, h.snippet]
            })
            .collect();
        Text::Table {
            header: vec!["ID", "NAME", "MATCHED", "SNIPPET"],
            rows,
        }
    }
}

/// `suggest`: people worth reaching out to.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct Suggestions(pub Vec<Suggestion>);

impl Screen for Suggestions {
    fn text(self) -> Text {
        if self.0.is_empty() {
            return Text::Status("Nobody to suggest: everyone is up to date.".into());
        }
        let rows = self
            .0
            .into_iter()
            .map(|s| {
                let mut name = s.name;
                if s.archived {
                    name.push_str(" [archived]");
                }
                let kind = match s.kind {
                    SuggestionKind::Lapsed => "late",
                    SuggestionKind::WeakTie => "weak tie",
                };
                vec![s.contact_id.to_string(), name, kind.to_owned(), s.reason]
            })
            .collect();
        Text::Table {
            header: vec!["ID", "NAME", "WHY", "REASON"],
            rows,
        }
    }
}
