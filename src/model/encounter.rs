//! Encounters: one meeting with one contact, at an event or not.

use chrono::NaiveDate;
use serde::Serialize;

use super::event::EventId;
use super::ContactId;

/// How an encounter happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum How {
    #[value(aliases = ["evenement", "événement"])]
    Event,
    #[value(aliases = ["cafe", "café"])]
    Coffee,
    #[value(aliases = ["dejeuner", "déjeuner", "diner", "dîner"])]
    Lunch,
    #[value(aliases = ["appel", "phone", "telephone", "téléphone"])]
    Call,
    #[value(aliases = ["courriel", "mail"])]
    Email,
    #[value(aliases = ["visio", "visioconference", "visioconférence"])]
    Video,
    #[default]
    #[value(aliases = ["autre"])]
    Other,
}

impl How {
    pub const ALL: [How; 7] = [
        How::Event,
        How::Coffee,
        How::Lunch,
        How::Call,
        How::Email,
        How::Video,
        How::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            How::Event => "event",
            How::Coffee => "coffee",
            How::Lunch => "lunch",
            How::Call => "call",
            How::Email => "email",
            How::Video => "video",
            How::Other => "other",
        }
    }

    pub fn from_db(s: &str) -> How {
        How::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .unwrap_or_default()
    }
}

/// One meeting with one contact, to be recorded.
#[derive(Debug, Clone, Default)]
pub struct NewEncounter {
    pub contact_id: ContactId,
    pub event_id: Option<EventId>,
    pub date: NaiveDate,
    pub how: How,
    pub note: Option<String>,
    pub follow_up: Option<String>,
    pub new_contact: bool,
}

/// One meeting with one contact, as stored.
#[derive(Debug, Clone, Serialize)]
pub struct Encounter {
    pub id: i64,
    pub contact_id: ContactId,
    pub contact_name: String,
    pub date: NaiveDate,
    pub how: How,
    pub event_id: Option<EventId>,
    pub event_name: Option<String>,
    pub note: Option<String>,
    pub follow_up: Option<String>,
    pub new_contact: bool,
}
