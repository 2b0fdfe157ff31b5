//! Follow-ups, keep-in-touch reminders and birthdays: what `carnet today` is made of.

use chrono::NaiveDate;
use serde::Serialize;

use super::dates::Period;
use super::{Birthday, ContactId};

pub type FollowUpId = i64;
pub use super::event::EventId;

/// A follow-up with the names of its contact and event, as listings print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub what: String,
    pub due: NaiveDate,
    /// The recurrence period (`2w`, `3m`, `1y`), if recurring.
    pub every: Option<String>,
    pub done_on: Option<NaiveDate>,
    pub contact_id: Option<ContactId>,
    pub contact_name: Option<String>,
    pub company: Option<String>,
    pub event_id: Option<EventId>,
    pub event_name: Option<String>,
    pub event_date: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct NewFollowUp {
    pub contact_id: Option<ContactId>,
    pub event_id: Option<EventId>,
    pub what: String,
    pub due: NaiveDate,
    pub every: Option<Period>,
}

/// A change to a follow-up: `None` leaves a field alone, `Some(None)` clears it.
#[derive(Debug, Clone, Default)]
pub struct FollowUpPatch {
    pub what: Option<String>,
    pub due: Option<NaiveDate>,
    pub every: Option<Option<Period>>,
    pub contact_id: Option<Option<ContactId>>,
    pub event_id: Option<Option<EventId>>,
}

impl FollowUpPatch {
    pub fn is_empty(&self) -> bool {
        self.what.is_none()
            && self.due.is_none()
            && self.every.is_none()
            && self.contact_id.is_none()
            && self.event_id.is_none()
    }
}

/// Which follow-ups a listing shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowUpWhen {
    /// Every open one.
    Open,
    /// Open and due before today.
    Overdue,
    /// Open and due today.
    Today,
    /// Open and due after today, within this many days.
    Upcoming(u32),
    Done,
    All,
}

/// A contact whose keep-in-touch cadence has lapsed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reconnect {
    pub contact_id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub cadence_days: i64,
    /// The latest encounter's date; `null` when never met.
    pub last_seen: Option<NaiveDate>,
    /// Where: the latest encounter's event, or how it happened (coffee, call…).
    pub last_seen_at: Option<String>,
    /// How it happened, when `last_seen_at` says that rather than an event's name.
    #[serde(skip)]
    pub last_seen_how: Option<super::encounter::How>,
    /// The last encounter, or the day the contact was added when never met.
    pub since: NaiveDate,
    /// `since` + cadence: the day reconnecting became due.
    pub due: NaiveDate,
    pub days_late: i64,
}

/// A birthday coming up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UpcomingBirthday {
    pub contact_id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub birthday: Birthday,
    /// The day it falls on.
    pub date: NaiveDate,
    /// The age reached that day, when the year of birth is known.
    pub turns: Option<i32>,
    pub in_days: i64,
}
