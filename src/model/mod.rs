//! Plain data: what carnet knows about people, without any I/O.

pub mod card;
pub mod dates;
pub mod dump;
pub mod encounter;
pub mod event;
pub mod followup;
pub mod history;
pub mod ids;
pub mod interop;
pub mod invitation;
pub mod me;
pub mod merge3;
pub mod person_line;
pub mod phone;
pub mod project;
pub mod relation;
pub mod scan;
pub mod search;
pub mod selection;
pub mod stats;
pub mod strength;
pub mod suggest;
pub mod text;
pub mod validate;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub type ContactId = i64;

/// A value with an optional label: an email, a phone number or a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labeled {
    pub value: String,
    pub label: Option<String>,
    /// The business card that carries it, when it is a card's and not the contact's own
    /// (its label is then the card's company); absent from the JSON otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<card::CardId>,
}

impl Labeled {
    pub fn new(value: impl Into<String>, label: Option<String>) -> Self {
        Labeled {
            value: value.into(),
            label,
            card_id: None,
        }
    }
}

impl std::fmt::Display for Labeled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.label {
            Some(l) => write!(f, "{} ({l})", self.value),
            None => f.write_str(&self.value),
        }
    }
}

/// A dated note about a contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: i64,
    pub date: NaiveDate,
    pub text: String,
}

/// A birthday, with or without the year (`--12-24` in vCard terms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Birthday {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Birthday {
    /// Parses `YYYY-MM-DD`, `--MM-DD`, `DD/MM/YYYY` or `DD/MM`.
    pub fn parse(s: &str) -> Option<Birthday> {
        let s = s.trim();
        if let Some(md) = s.strip_prefix("--") {
            let (m, d) = md.split_once('-')?;
            return Birthday::checked(None, m.parse().ok()?, d.parse().ok()?);
        }
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Some(Birthday::from(d));
        }
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y%m%d") {
            return Some(Birthday::from(d));
        }
        let parts: Vec<&str> = s.split(['/', '.']).collect();
        match parts.as_slice() {
            [d, m, y] if y.len() == 4 => {
                Birthday::checked(Some(y.parse().ok()?), m.parse().ok()?, d.parse().ok()?)
            }
            [d, m] => Birthday::checked(None, m.parse().ok()?, d.parse().ok()?),
            _ => None,
        }
    }

    fn checked(year: Option<i32>, month: u32, day: u32) -> Option<Birthday> {
        // 2000 is a leap year, so 29 February is accepted without a year.
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
        Some(Birthday { year, month, day })
    }

    /// The next occurrence on or after `from` (29 February falls on 1 March in other years).
    pub fn next_on_or_after(&self, from: NaiveDate) -> NaiveDate {
        let at = |y: i32| {
            NaiveDate::from_ymd_opt(y, self.month, self.day)
                .or_else(|| NaiveDate::from_ymd_opt(y, 3, 1))
                .unwrap_or(from)
        };
        let this_year = at(from.year());
        if this_year >= from {
            this_year
        } else {
            at(from.year() + 1)
        }
    }
}

impl From<NaiveDate> for Birthday {
    fn from(d: NaiveDate) -> Self {
        Birthday {
            year: Some(d.year()),
            month: d.month(),
            day: d.day(),
        }
    }
}

impl std::fmt::Display for Birthday {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

impl Serialize for Birthday {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Birthday {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Birthday::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid birthday '{s}'")))
    }
}

/// Everything known about a contact, as `show --json` prints it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub city: Option<String>,
    pub how_met: Option<String>,
    pub birthday: Option<Birthday>,
    pub keep_in_touch_days: Option<i64>,
    pub introduced_by: Option<ContactId>,
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
    pub emails: Vec<Labeled>,
    pub phones: Vec<Labeled>,
    pub links: Vec<Labeled>,
    /// Postal addresses, from the contact's cards.
    #[serde(default)]
    pub addresses: Vec<Labeled>,
    /// The contact's own postal addresses, structured.
    #[serde(default)]
    pub postal_addresses: Vec<Address>,
    pub tags: Vec<String>,
    pub notes: Vec<Note>,
}

/// A postal address as vCard's ADR holds it; an absent component is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub po_box: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub extended: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub street: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub locality: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub postal_code: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
}

impl Address {
    /// The components in ADR's order: PO box, extended, street, locality, region, postal
    /// code, country.
    pub fn components(&self) -> [&str; 7] {
        [
            &self.po_box,
            &self.extended,
            &self.street,
            &self.locality,
            &self.region,
            &self.postal_code,
            &self.country,
        ]
    }

    /// Whether it holds nothing but, at most, a locality.
    pub fn is_only_locality(&self) -> bool {
        self.components()
            .iter()
            .enumerate()
            .all(|(i, c)| i == 3 || c.is_empty())
    }

    /// On one line, as people write it: "12 rue Oberkampf, 75011 Paris, France".
    pub fn one_line(&self) -> String {
        let town = [self.postal_code.as_str(), self.locality.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        [
            self.po_box.as_str(),
            self.extended.as_str(),
            self.street.as_str(),
            town.as_str(),
            self.region.as_str(),
            self.country.as_str(),
        ]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// The fields of a contact as one row, before its lists are attached.
#[derive(Debug, Clone, Default)]
pub struct NewContact {
    pub name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub city: Option<String>,
    pub how_met: Option<String>,
    pub birthday: Option<Birthday>,
    pub keep_in_touch_days: Option<i64>,
    pub introduced_by: Option<ContactId>,
    pub emails: Vec<Labeled>,
    pub phones: Vec<Labeled>,
    pub links: Vec<Labeled>,
    pub tags: Vec<String>,
    /// Postal addresses, structured.
    pub postal: Vec<Address>,
}

/// A change to a contact's own fields: `None` leaves a field alone, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct ContactPatch {
    pub name: Option<String>,
    pub company: Option<Option<String>>,
    pub title: Option<Option<String>>,
    pub city: Option<Option<String>>,
    pub how_met: Option<Option<String>>,
    pub birthday: Option<Option<Birthday>>,
    pub keep_in_touch_days: Option<Option<i64>>,
    pub introduced_by: Option<Option<ContactId>>,
    pub archived: Option<bool>,
}

impl ContactPatch {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.company.is_none()
            && self.title.is_none()
            && self.city.is_none()
            && self.how_met.is_none()
            && self.birthday.is_none()
            && self.keep_in_touch_days.is_none()
            && self.introduced_by.is_none()
            && self.archived.is_none()
    }
}

/// Sort orders for `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum SortBy {
    #[default]
    Name,
    Added,
    Updated,
    // Strongest relationship first (`model::strength`).
    Strength,
}

/// What `list` shows: a selection of people, in an order.
#[derive(Debug, Clone, Default)]
pub struct ContactFilter {
    pub select: selection::Selection,
    pub sort: SortBy,
    pub limit: Option<usize>,
    /// Also load emails and phones (for JSON); tags are always loaded.
    pub with_channels: bool,
}

/// A contact as one line of a listing.
#[derive(Debug, Clone, Serialize)]
pub struct ContactSummary {
    pub id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub title: Option<String>,
    pub city: Option<String>,
    pub archived: bool,
    pub emails: Vec<Labeled>,
    pub phones: Vec<Labeled>,
    pub tags: Vec<String>,
    /// Relationship strength, 0–100 (`list --sort strength` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strength: Option<u32>,
}

/// A tag and how many contacts carry it.
#[derive(Debug, Clone, Serialize)]
pub struct TagCount {
    pub name: String,
    pub count: i64,
    /// The tag's default keep-in-touch cadence, in days.
    pub keep_in_touch_days: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn birthdays_parse_with_and_without_year() {
        assert_eq!(
            Birthday::parse("1980-02-29").unwrap().to_string(),
            "1980-02-29"
        );
        assert_eq!(Birthday::parse("--12-24").unwrap().to_string(), "--12-24");
        assert_eq!(Birthday::parse("24/12").unwrap().to_string(), "--12-24");
        assert_eq!(
            Birthday::parse("05/03/1975").unwrap().to_string(),
            "1975-03-05"
        );
        assert!(Birthday::parse("1981-02-29").is_none());
        assert!(Birthday::parse("31/02").is_none());
        assert!(Birthday::parse("yesterday").is_none());
    }

    #[test]
    fn next_birthday_wraps_the_year_and_handles_29_february() {
        let b = Birthday::parse("--02-29").unwrap();
        let from = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(
            b.next_on_or_after(from),
            NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
        );
        let b = Birthday::parse("1990-11-22").unwrap();
        assert_eq!(b.next_on_or_after(from), from);
    }
}
