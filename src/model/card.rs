//! Business cards received from contacts.

use chrono::NaiveDate;
use serde::Serialize;

use super::event::EventId;
use super::ContactId;

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
