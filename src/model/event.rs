//! Events, encounters, business cards, invitations and the user's own card, as plain data.

use chrono::NaiveDate;
use serde::Serialize;

use super::ContactId;

pub type EventId = i64;
pub type CardId = i64;

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

/// A guest's answer to an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rsvp {
    Yes,
    No,
    Maybe,
}

impl Rsvp {
    pub fn as_str(self) -> &'static str {
        match self {
            Rsvp::Yes => "yes",
            Rsvp::No => "no",
            Rsvp::Maybe => "maybe",
        }
    }

    /// Reads an answer as people type it, in English or French.
    pub fn parse(s: &str) -> Option<Rsvp> {
        match super::text::fold(s).as_str() {
            "yes" | "y" | "oui" | "o" => Some(Rsvp::Yes),
            "no" | "n" | "non" => Some(Rsvp::No),
            "maybe" | "m" | "peut-etre" | "peut etre" | "peutetre" | "p" => Some(Rsvp::Maybe),
            _ => None,
        }
    }
}

/// An event as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub id: EventId,
    pub name: String,
    pub date: NaiveDate,
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
    pub venue: Option<Option<String>>,
    pub kind: Option<EventKind>,
    pub organizer: Option<Option<String>>,
    pub note: Option<Option<String>>,
}

impl EventPatch {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.date.is_none()
            && self.venue.is_none()
            && self.kind.is_none()
            && self.organizer.is_none()
            && self.note.is_none()
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

impl NewCard {
    /// Whether nothing but the date and event was filled in.
    pub fn is_blank(&self) -> bool {
        self.company.is_none()
            && self.title.is_none()
            && self.emails.is_empty()
            && self.phones.is_empty()
            && self.website.is_none()
            && self.address.is_none()
            && self.note.is_none()
    }
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

/// An invitation to an event the user organises.
#[derive(Debug, Clone, Serialize)]
pub struct Invitation {
    pub contact_id: ContactId,
    pub name: String,
    pub rsvp: Option<Rsvp>,
    pub attended: bool,
}

/// The user's own card.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Me {
    pub name: Option<String>,
    pub company: Option<String>,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

impl Me {
    pub fn is_empty(&self) -> bool {
        *self == Me::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rsvp_in_english_and_french() {
        assert_eq!(Rsvp::parse("Oui"), Some(Rsvp::Yes));
        assert_eq!(Rsvp::parse("NON"), Some(Rsvp::No));
        assert_eq!(Rsvp::parse("peut-être"), Some(Rsvp::Maybe));
        assert_eq!(Rsvp::parse("maybe"), Some(Rsvp::Maybe));
        assert_eq!(Rsvp::parse("perhaps"), None);
    }

    #[test]
    fn kinds_round_trip_through_the_database_text() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::from_db(k.as_str()), k);
        }
        assert_eq!(How::from_db("lunch"), How::Lunch);
        assert_eq!(How::from_db("??"), How::Other);
    }
}
