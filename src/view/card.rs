//! Business cards: one card on one line, and `card list`.

use chrono::NaiveDate;
use serde::Serialize;

use super::{table, Screen};
use crate::i18n::{fmt, Lang};
use crate::model::card::Card;
use crate::model::ids::Kind;
use crate::tr;
use crate::ui::output::Text;
use crate::ui::render::opt;

/// One card on one line: company, title, emails, phones, website, address, where received.
pub fn card_line(lang: Lang, k: &Card, today: NaiveDate) -> String {
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
    let date = fmt::short_date(lang, k.received_on, today);
    parts.push(match &k.event_name {
        Some(e) => tr!(lang; "card-received-at", date = date, event = e.as_str()),
        None => tr!(lang; "card-received", date = date),
    });
    if let Some(n) = &k.note {
        parts.push(n.clone());
    }
    parts.join(" · ")
}

/// `card list`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct CardList {
    pub cards: Vec<Card>,
    /// The day it is shown: dates of this year are said without their year.
    #[serde(skip)]
    pub today: NaiveDate,
}

impl Screen for CardList {
    fn text(self, lang: Lang) -> Text {
        let header = vec![
            tr!(lang; "card-list-id"),
            tr!(lang; "card-list-name"),
            tr!(lang; "card-list-company"),
            tr!(lang; "card-list-title"),
            tr!(lang; "card-list-contact"),
            tr!(lang; "card-list-received"),
            tr!(lang; "card-list-event"),
        ];
        let today = self.today;
        table(self.cards, tr!(lang; "card-list-none"), header, |k| {
            let mut reach = k.emails;
            reach.extend(k.phones);
            reach.extend(k.website);
            vec![
                Kind::Card.show(k.id),
                k.contact_name,
                opt(&k.company),
                opt(&k.title),
                reach.join(", "),
                fmt::short_date(lang, k.received_on, today),
                opt(&k.event_name),
            ]
        })
    }
}
