//! `tags`: each tag with how many contacts carry it and its keep-in-touch cadence.

use serde::Serialize;

use super::{table, Screen};
use crate::i18n::{fmt, Lang};
use crate::model::TagCount;
use crate::tr;
use crate::ui::output::Text;

#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct TagList(pub Vec<TagCount>);

impl Screen for TagList {
    fn text(self, lang: Lang) -> Text {
        let header = vec![
            tr!(lang; "tags-list-tag"),
            tr!(lang; "tags-list-contacts"),
            tr!(lang; "tags-list-cadence"),
        ];
        table(self.0, tr!(lang; "tags-list-none"), header, |t| {
            vec![
                t.name,
                t.count.to_string(),
                t.keep_in_touch_days
                    .map(|d| fmt::cadence(lang, d))
                    .unwrap_or_default(),
            ]
        })
    }
}

/// What `tags cadence` says it did.
pub fn cadence_set(lang: Lang, tag: &str, days: Option<i64>) -> String {
    match days {
        Some(d) => tr!(lang; "tags-cadence-set", tag = tag, every = fmt::cadence(lang, d)),
        None => tr!(lang; "tags-cadence-cleared", tag = tag),
    }
}
