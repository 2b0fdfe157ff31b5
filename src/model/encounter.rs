//! Encounters: one meeting with one contact, at an event or not.

use chrono::NaiveDate;
use serde::Serialize;

use super::event::EventId;
use super::followup::FollowUpId;
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
    /// The follow-up planned at this meeting.
    pub followup_id: Option<FollowUpId>,
    /// Whether the contact was created with this encounter (kept for the record; whether
    /// they were new is worked out from the history, see `Encounter::new_contact`).
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
    /// The follow-up planned at this meeting as it is now, in one line: `YYYY-MM-DD: what`
    /// (its due date and text; `done YYYY-MM-DD` added once done).
    pub follow_up: Option<String>,
    pub followup_id: Option<FollowUpId>,
    /// That follow-up as it is now.
    pub followup: Option<EncounterFollowUp>,
    /// Whether this was the first time: no encounter with the contact is dated before it.
    pub new_contact: bool,
}

/// The follow-up planned at a meeting, as it is now (rescheduled, edited, done).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EncounterFollowUp {
    pub id: FollowUpId,
    pub what: String,
    pub due: NaiveDate,
    pub done_on: Option<NaiveDate>,
    pub every: Option<String>,
}

impl EncounterFollowUp {
    /// `2026-11-27: send the deck`, `…; done 2026-11-26`: the `follow_up` of the JSON.
    pub fn as_line(&self) -> String {
        match self.done_on {
            Some(done) => format!("{}: {}; done {done}", self.due, self.what),
            None => format!("{}: {}", self.due, self.what),
        }
    }
}
