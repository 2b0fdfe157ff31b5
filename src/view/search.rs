//! Finding people: `search` hits and `suggest`ions, one line per contact with the reason.

use serde::Serialize;

use super::{marked, table, Screen};
use crate::i18n::Lang;
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
    #[serde(skip)]
    pub lang: Lang,
}

impl Screen for SearchHits {
    fn text(self) -> Text {
        let lang = self.lang;
        let mut empty = tr!(lang; "search-nobody", query = &self.query);
        if !self.near.is_empty() {
            empty.push(' ');
            empty.push_str(&tr!(lang; "search-did-you-mean", names = names::or_list(&self.near)));
        }
        let close = self.hits.first().is_some_and(|h| !h.exact);
        // `Text::Table` takes `'static` headers; the process shows one screen and exits.
        let header = ["search-col-id", "search-col-name", "search-col-found"]
            .map(|id| &*crate::i18n::message(lang, id, None).leak())
            .to_vec();
        let rows = table(self.hits, &empty, header, |h| {
            vec![
                Kind::Contact.show(h.contact_id),
                marked(h.name, h.archived),
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
    /// The day the suggestions were made (for the dates of the strength's reasons).
    #[serde(skip)]
    pub today: chrono::NaiveDate,
}

impl Screen for Suggestions {
    fn text(self) -> Text {
        let empty = "Nobody to suggest: everyone is up to date.";
        let today = self.today;
        table(self.list, empty, vec!["ID", "NAME", "WHY", "REASON"], |s| {
            let kind = match s.kind {
                SuggestionKind::Lapsed => "late",
                SuggestionKind::WeakTie => "weak tie",
            };
            vec![
                format!("#{}", s.contact_id),
                marked(s.name, s.archived),
                kind.to_owned(),
                match &s.strength {
                    Some(st) => [s.reason.as_str(), &super::strength::line(st, today)].join("\n"),
                    None => s.reason,
                },
            ]
        })
    }
}
