//! Filing a card read from a photo (`card scan`): to a chosen contact or a new one, at an
//! event, with the photo's path and content hash kept on the card. One transaction.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::card::{CardId, NewCard};
use crate::model::event::EventId;
use crate::model::scan::CardReading;
use crate::model::{ContactId, Labeled, NewContact};
use crate::store::{Store, StoreError};

/// Whose card it is.
#[derive(Debug, Clone)]
pub enum Owner {
    Existing(ContactId),
    /// A contact to create, named as read.
    New(Box<NewContact>),
}

/// A card to file from a photo.
#[derive(Debug, Clone)]
pub struct Filing {
    pub owner: Owner,
    pub card: NewCard,
    pub photo_path: String,
    pub photo_hash: String,
}

/// What was filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Filed {
    pub card_id: CardId,
    pub contact_id: ContactId,
    pub new_contact: bool,
}

/// Text as a card field: control characters (a QR payload may hold any) become spaces,
/// except line breaks where `multiline`; empty text is no text.
fn clean(s: &str, multiline: bool) -> Option<String> {
    let t: String = s
        .chars()
        .map(|c| {
            if c.is_control() && !(multiline && c == '\n') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let t = if multiline {
        t.trim().to_owned()
    } else {
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    (!t.is_empty()).then_some(t)
}

/// The card a reading makes: what fits no field goes to the note, one item a line.
pub fn card_of(r: &CardReading, received_on: NaiveDate, event_id: Option<EventId>) -> NewCard {
    let note = r
        .other
        .iter()
        .filter_map(|o| clean(o, false))
        .collect::<Vec<_>>()
        .join("\n");
    NewCard {
        company: r.company.as_deref().and_then(|s| clean(s, false)),
        title: r.title.as_deref().and_then(|s| clean(s, false)),
        emails: r.emails.clone(),
        phones: r.phones.clone(),
        website: r.website.clone(),
        address: r.address.as_deref().and_then(|s| clean(s, false)),
        note: clean(&note, true),
        received_on,
        event_id,
    }
}

/// A new contact as the card names it, with the card's details (as `carnet log` does for a
/// new person). `None` without a name.
pub fn contact_of(r: &CardReading, how_met: Option<&str>) -> Option<NewContact> {
    let name = r.name.as_deref().and_then(|s| clean(s, false))?;
    Some(NewContact {
        name,
        company: r.company.as_deref().and_then(|s| clean(s, false)),
        title: r.title.as_deref().and_then(|s| clean(s, false)),
        how_met: how_met.map(str::to_owned),
        emails: r
            .emails
            .iter()
            .map(|e| Labeled::new(e.clone(), None))
            .collect(),
        phones: r
            .phones
            .iter()
            .map(|p| Labeled::new(p.clone(), None))
            .collect(),
        links: r
            .website
            .iter()
            .map(|w| Labeled::new(w.clone(), None))
            .collect(),
        ..NewContact::default()
    })
}

/// Files the card: creates the contact if it is new, adds the card with its photo. One
/// transaction: a failure leaves the database as it was.
pub fn file(store: &mut Store, f: &Filing, now: &str) -> Result<Filed, StoreError> {
    store.write(|db| {
        let (contact_id, new_contact) = match &f.owner {
            Owner::Existing(id) => (*id, false),
            Owner::New(c) => (db.insert_contact(c, now)?, true),
        };
        let card_id = db.insert_card(contact_id, &f.card, now)?;
        db.set_card_photo(card_id, &f.photo_path, &f.photo_hash)?;
        db.touch_contact(contact_id, now)?;
        Ok(Filed {
            card_id,
            contact_id,
            new_contact,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading() -> CardReading {
        CardReading {
            name: Some("Karine\u{7} Lavoie".into()),
            company: Some("Lavoie Stratégies".into()),
            title: Some("  ".into()),
            emails: vec!["karine@lavoie.example".into()],
            phones: vec!["514-555-0142".into()],
            website: Some("https://lavoie.example".into()),
            address: Some("12 rue X,\nMontréal".into()),
            other: vec!["Salon 2026".into(), " ".into(), "Fax\t514".into()],
        }
    }

    #[test]
    fn control_characters_become_spaces_but_line_breaks_in_a_note() {
        assert_eq!(clean("a\tb\nc\u{7}d", true).as_deref(), Some("a b\nc d"));
        assert_eq!(clean("a\tb\nc", false).as_deref(), Some("a b c"));
        assert_eq!(clean(" \n ", true), None);
    }

    #[test]
    fn a_reading_makes_a_card_and_a_contact() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let k = card_of(&reading(), day, Some(3));
        assert_eq!(k.company.as_deref(), Some("Lavoie Stratégies"));
        assert_eq!(k.title, None);
        assert_eq!(k.address.as_deref(), Some("12 rue X, Montréal"));
        assert_eq!(k.note.as_deref(), Some("Salon 2026\nFax 514"));
        assert_eq!((k.received_on, k.event_id), (day, Some(3)));
        assert_eq!(k.emails, ["karine@lavoie.example"]);
        let none = card_of(&CardReading::default(), day, None);
        assert_eq!(none.note, None);

        let c = contact_of(&reading(), Some("5 à 7")).unwrap();
        assert_eq!(c.name, "Karine Lavoie");
        assert_eq!(c.how_met.as_deref(), Some("5 à 7"));
        assert_eq!(c.emails[0].value, "karine@lavoie.example");
        assert_eq!(c.phones[0].value, "514-555-0142");
        assert_eq!(c.links[0].value, "https://lavoie.example");
        assert_eq!(c.title, None);
        assert!(contact_of(&CardReading::default(), None).is_none());
        let blank = CardReading {
            name: Some(" \u{1b} ".into()),
            ..CardReading::default()
        };
        assert!(contact_of(&blank, None).is_none());
    }
}
