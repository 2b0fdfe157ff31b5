//! Business cards received from contacts.

use chrono::NaiveDate;
use serde::Serialize;

use super::event::EventId;
use super::{Contact, ContactId, ContactSummary, Labeled};

pub type CardId = i64;

/// A business card, to be recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewCard {
    pub company: Option<String>,
    pub title: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub website: Option<String>,
    pub address: Option<String>,
    pub note: Option<String>,
    pub received_on: NaiveDate,
    pub event_id: Option<EventId>,
}

/// A business card as stored.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    pub id: CardId,
    pub contact_id: ContactId,
    pub contact_name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub website: Option<String>,
    pub address: Option<String>,
    pub note: Option<String>,
    pub received_on: NaiveDate,
    pub event_id: Option<EventId>,
    pub event_name: Option<String>,
    /// The photo the card was read from (`card scan`), and the SHA-256 of its content.
    pub photo_path: Option<String>,
    pub photo_hash: Option<String>,
}

impl From<&Card> for CardDetails {
    fn from(k: &Card) -> Self {
        CardDetails {
            card_id: k.id,
            company: k.company.clone(),
            title: k.title.clone(),
            emails: k.emails.clone(),
            phones: k.phones.clone(),
            website: k.website.clone(),
            address: k.address.clone(),
        }
    }
}

/// What one card brings to its contact's details.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardDetails {
    pub card_id: CardId,
    pub company: Option<String>,
    pub title: Option<String>,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub website: Option<String>,
    pub address: Option<String>,
}

impl CardDetails {
    /// The label of what the card carries: its company, else its title.
    fn label(&self) -> Option<String> {
        self.company.clone().or_else(|| self.title.clone())
    }
}

impl Contact {
    /// Adds what `cards` carry (oldest first) to the contact's emails, phones, links and
    /// addresses, after its own and without duplicates: a value the contact or an earlier
    /// card has already is left out. Each value added is labelled with its card's company
    /// and names the card.
    pub fn add_card_details(&mut self, cards: &[CardDetails]) {
        for card in cards {
            card.add_to(&mut self.emails, &mut self.phones);
            let from = |value: &str| card.value(value);
            if let Some(w) = &card.website {
                add_new(&mut self.links, from(w), same_link);
            }
            if let Some(a) = &card.address {
                add_new(&mut self.addresses, from(a), same_address);
            }
        }
    }
}

impl ContactSummary {
    /// The same as `Contact::add_card_details` for a listing's emails and phones.
    pub fn add_card_details(&mut self, cards: &[CardDetails]) {
        for card in cards {
            card.add_to(&mut self.emails, &mut self.phones);
        }
    }
}

impl CardDetails {
    /// `value` as carried by this card.
    fn value(&self, value: &str) -> Labeled {
        Labeled {
            value: value.to_owned(),
            label: self.label(),
            card_id: Some(self.card_id),
        }
    }

    /// Adds the card's emails and phones to those lists, leaving out what they have.
    fn add_to(&self, emails: &mut Vec<Labeled>, phones: &mut Vec<Labeled>) {
        for e in &self.emails {
            add_new(emails, self.value(e), same_email);
        }
        for p in &self.phones {
            add_new(phones, self.value(p), same_phone);
        }
    }
}

fn add_new(list: &mut Vec<Labeled>, v: Labeled, same: fn(&str, &str) -> bool) {
    if !v.value.trim().is_empty() && !list.iter().any(|x| same(&x.value, &v.value)) {
        list.push(v);
    }
}

/// Emails compare without regard to case.
pub fn same_email(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Phone numbers compare by their digits, so that `514-555-0142` and `(514) 555 0142` are
/// one; a national number and the same with its country code (`06 12 34 56 78`,
/// `+33 6 12 34 56 78`; `514-555-0142`, `+1 514 555 0142`) are one when their last nine
/// digits or more agree. (Until phone numbers are kept in E.164.)
pub fn same_phone(a: &str, b: &str) -> bool {
    let digits = |s: &str| -> String {
        let d: String = s
            .split(['x', 'X'])
            .next()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        d.trim_start_matches('0').to_owned()
    };
    // Without figures, only another phone without figures is the same (empty ends every
    // string, but is shorter than nine).
    let (a, b) = (digits(a), digits(b));
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    short == long || (short.len() >= 9 && long.ends_with(short.as_str()))
}

/// Links compare without their scheme, `www.`, a trailing `/` or case.
pub fn same_link(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        let s = s.trim().to_lowercase();
        let s = s.split_once("://").map_or(s.as_str(), |(_, rest)| rest);
        let s = s.strip_prefix("www.").unwrap_or(s);
        s.trim_end_matches('/').to_owned()
    };
    key(a) == key(b)
}

/// Addresses compare by their words, without regard to case or accents.
pub fn same_address(a: &str, b: &str) -> bool {
    super::text::folded_words(a) == super::text::folded_words(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact() -> Contact {
        Contact {
            id: 1,
            name: "Geneviève".into(),
            company: None,
            title: None,
            city: None,
            how_met: None,
            birthday: None,
            keep_in_touch_days: None,
            introduced_by: None,
            archived: false,
            created_at: String::new(),
            updated_at: String::new(),
            emails: vec![Labeled::new("gen@atelier.example", Some("work".into()))],
            phones: vec![Labeled::new("+1 514 555 0142", None)],
            links: vec![],
            addresses: vec![],
            postal_addresses: Vec::new(),
            tags: vec![],
            notes: vec![],
        }
    }

    fn card(id: CardId, company: Option<&str>, title: Option<&str>) -> CardDetails {
        CardDetails {
            card_id: id,
            company: company.map(Into::into),
            title: title.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn cards_add_what_the_contact_lacks_labelled_with_their_company() {
        let mut c = contact();
        let first = CardDetails {
            emails: vec!["GEN@atelier.example".into(), "cours@ecole.example".into()],
            phones: vec!["514-555-0142".into(), "514-555-0199".into()],
            website: Some("https://atelier.example".into()),
            address: Some("12 rue Saint-Paul, Montréal".into()),
            ..card(7, Some("École des métiers d'art"), Some("Formatrice"))
        };
        let second = CardDetails {
            emails: vec!["cours@ecole.example".into(), " ".into()],
            phones: vec!["(514) 555-0199".into(), "514 555 0177".into()],
            website: Some("http://www.atelier.example/".into()),
            address: Some("12, rue saint-paul, MONTREAL".into()),
            ..card(8, None, Some("Présidente"))
        };
        c.add_card_details(&[first, second, card(9, None, None)]);
        let values = |l: &[Labeled]| -> Vec<(String, Option<String>, Option<CardId>)> {
            l.iter()
                .map(|v| (v.value.clone(), v.label.clone(), v.card_id))
                .collect()
        };
        let ecole = Some("École des métiers d'art".to_owned());
        assert_eq!(
            values(&c.emails),
            [
                ("gen@atelier.example".into(), Some("work".into()), None),
                ("cours@ecole.example".into(), ecole.clone(), Some(7)),
            ]
        );
        assert_eq!(
            values(&c.phones),
            [
                ("+1 514 555 0142".into(), None, None),
                ("514-555-0199".into(), ecole.clone(), Some(7)),
                ("514 555 0177".into(), Some("Présidente".into()), Some(8)),
            ]
        );
        assert_eq!(
            values(&c.links),
            [("https://atelier.example".into(), ecole.clone(), Some(7))]
        );
        assert_eq!(
            values(&c.addresses),
            [("12 rue Saint-Paul, Montréal".into(), ecole, Some(7))]
        );
    }

    #[test]
    fn phones_compare_by_digits_and_country_codes() {
        for (a, b) in [
            ("514-555-0142", "(514) 555 0142"),
            ("514-555-0142", "+1 514 555 0142"),
            ("06 12 34 56 78", "+33 6 12 34 56 78"),
            ("+33 6 12 34 56 78", "0033 6 12 34 56 78"),
            ("514-555-0142 x12", "514 555 0142"),
            ("", " "),
        ] {
            assert!(same_phone(a, b), "{a} = {b}");
            assert!(same_phone(b, a), "{b} = {a}");
        }
        for (a, b) in [
            ("514-555-0142", "514-555-0143"),
            ("555-0142", "1 555-0142"),
            ("12345678", "912345678"),
            ("", "514"),
            ("x", "514"),
        ] {
            assert!(!same_phone(a, b), "{a} ≠ {b}");
            assert!(!same_phone(b, a), "{b} ≠ {a}");
        }
    }

    #[test]
    fn emails_links_and_addresses_compare_loosely() {
        assert!(same_email(" Zoe@Acme.example", "zoe@acme.EXAMPLE "));
        assert!(!same_email("zoe@acme.example", "zoé@acme.example"));
        assert!(same_link(
            "https://www.Acme.example/",
            "http://acme.example"
        ));
        assert!(same_link("acme.example", "https://acme.example"));
        assert!(!same_link(
            "https://acme.example/a",
            "https://acme.example/b"
        ));
        assert!(same_address("3, Côte-des-Neiges", "3 cote des neiges"));
        assert!(!same_address("3 Côte-des-Neiges", "4 Côte-des-Neiges"));
    }
}
