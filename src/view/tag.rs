//! `tags`: each tag with how many contacts carry it and its keep-in-touch cadence.

use serde::Serialize;

use super::{table, Screen};
use crate::model::dates::format_days;
use crate::model::TagCount;
use crate::ui::output::Text;

#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct TagList(pub Vec<TagCount>);

impl Screen for TagList {
    fn text(self) -> Text {
        table(
            self.0,
            "No tags.",
            vec!["TAG", "CONTACTS", "CADENCE"],
            |t| {
                vec![
                    t.name,
                    t.count.to_string(),
                    t.keep_in_touch_days.map(format_days).unwrap_or_default(),
                ]
            },
        )
    }
}

/// What `tags cadence` says it did.
pub fn cadence_set(tag: &str, days: Option<i64>) -> String {
    match days {
        Some(d) => format!(
            "Contacts tagged {tag}: keep in touch every {}",
            format_days(d)
        ),
        None => format!("Contacts tagged {tag}: no keep-in-touch cadence"),
    }
}
