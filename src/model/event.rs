//! Events: the gatherings where people are met (breakfasts, afterworks, trainings…).

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

pub type EventId = i64;

/// What kind of gathering an event was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    #[value(aliases = ["petit-dejeuner", "petit-déjeuner", "petit-dej", "petit-déj"])]
    Breakfast,
    #[value(aliases = ["5a7", "5-a-7", "5-à-7", "cocktail"])]
    Afterwork,
    #[value(aliases = ["rencontre"])]
    Meetup,
    #[value(aliases = ["formation", "atelier", "workshop"])]
    Training,
    #[value(aliases = ["conférence", "salon", "colloque"])]
    Conference,
    #[default]
    #[value(aliases = ["autre"])]
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Breakfast,
        EventKind::Afterwork,
        EventKind::Meetup,
        EventKind::Training,
        EventKind::Conference,
        EventKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Breakfast => "breakfast",
            EventKind::Afterwork => "afterwork",
            EventKind::Meetup => "meetup",
            EventKind::Training => "training",
            EventKind::Conference => "conference",
            EventKind::Other => "other",
        }
    }

    /// Reads the stored text; anything unknown is `Other`.
    pub fn from_db(s: &str) -> EventKind {
        EventKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .unwrap_or_default()
    }
}

/// An event as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub id: EventId,
    pub name: String,
    pub date: NaiveDate,
    /// When it starts, `HH:MM` local time; `null` for a day without a time.
    #[serde(serialize_with = "hhmm")]
    pub start_time: Option<NaiveTime>,
    /// When it ends, `HH:MM`; before the start, on the next day.
    #[serde(serialize_with = "hhmm")]
    pub end_time: Option<NaiveTime>,
    pub venue: Option<String>,
    pub kind: EventKind,
    pub organizer: Option<String>,
    pub note: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default)]
pub struct NewEvent {
    pub name: String,
    pub date: NaiveDate,
    pub start_time: Option<NaiveTime>,
    pub end_time: Option<NaiveTime>,
    pub venue: Option<String>,
    pub kind: EventKind,
    pub organizer: Option<String>,
    pub note: Option<String>,
}

/// A change to an event: `None` leaves a field alone, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct EventPatch {
    pub name: Option<String>,
    pub date: Option<NaiveDate>,
    pub start_time: Option<Option<NaiveTime>>,
    pub end_time: Option<Option<NaiveTime>>,
    pub venue: Option<Option<String>>,
    pub kind: Option<EventKind>,
    pub organizer: Option<Option<String>>,
    pub note: Option<Option<String>>,
}

impl EventPatch {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.date.is_none()
            && self.start_time.is_none()
            && self.end_time.is_none()
            && self.venue.is_none()
            && self.kind.is_none()
            && self.organizer.is_none()
            && self.note.is_none()
    }
}

/// A time of day as the database and the JSON write it: `17:30`.
pub fn time_text(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

fn hhmm<S: serde::Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&time_text(*t)),
        None => s.serialize_none(),
    }
}

/// An event found by name or id, for resolving what the user typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventMatch {
    pub id: EventId,
    pub name: String,
    pub date: NaiveDate,
}

/// An event as one line of a listing.
#[derive(Debug, Clone, Serialize)]
pub struct EventSummary {
    #[serde(flatten)]
    pub event: Event,
    /// How many people were met there.
    pub attendees: i64,
    pub cards: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::encounter::How;

    #[test]
    fn kinds_round_trip_through_the_database_text() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::from_db(k.as_str()), k);
        }
        assert_eq!(How::from_db("lunch"), How::Lunch);
        assert_eq!(How::from_db("??"), How::Other);
    }
}
