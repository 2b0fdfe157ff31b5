//! Business cards: one card on one line, and `card list`.

use serde::Serialize;

use super::{table, Screen};
use crate::model::card::Card;
use crate::model::ids::Kind;
use crate::ui::output::Text;
use crate::ui::render::opt;

/// One card on one line: company, title, emails, phones, website, address, where received.
pub fn card_line(k: &Card) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (&k.company, &k.title) {
        (Some(c), Some(t)) => parts.push(format!("{c} — {t}")),
        (Some(x), None) | (None, Some(x)) => parts.push(x.clone()),
        (None, None) => {}
    }
    parts.extend(k.emails.iter().cloned());
    parts.extend(k.phones.iter().cloned());
    parts.extend(k.website.iter().cloned());
    parts.extend(k.address.iter().cloned());
    let mut received = format!("received {}", k.received_on);
    if let Some(e) = &k.event_name {
        received.push_str(&format!(" at {e}"));
    }
    parts.push(received);
    if let Some(n) = &k.note {
        parts.push(n.clone());
    }
    parts.join(" · ")
}

/// `card list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct CardList(pub Vec<Card>);

impl Screen for CardList {
    fn text(self) -> Text {
        let header = vec![
            "ID", "NAME", "COMPANY", "TITLE", "CONTACT", "RECEIVED", "EVENT",
        ];
        table(self.0, "No cards.", header, |k| {
            let mut reach = k.emails;
            reach.extend(k.phones);
            reach.extend(k.website);
            vec![
                Kind::Card.show(k.id),
                k.contact_name,
                opt(&k.company),
                opt(&k.title),
                reach.join(", "),
                k.received_on.to_string(),
                opt(&k.event_name),
            ]
        })
    }
}
