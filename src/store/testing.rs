//! Fixtures shared by the store's unit tests.

use chrono::NaiveDate;
use rusqlite::params;

use super::Store;
use crate::model::encounter::NewEncounter;
use crate::model::event::EventId;
use crate::model::text::fold;
use crate::model::{ContactId, NewContact};

pub const NOW: &str = "2026-11-22T09:00:00Z";

/// Adds a contact with only a name.
pub fn add(store: &mut Store, name: &str) -> ContactId {
    contact(store, name, None, "2026-11-22T00:00:00Z")
}

/// A date.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Adds a contact with a cadence, as if on `created`.
pub fn contact(s: &mut Store, name: &str, cadence: Option<i64>, created: &str) -> ContactId {
    s.write(|db| {
        db.insert_contact(
            &NewContact {
                name: name.into(),
                keep_in_touch_days: cadence,
                ..Default::default()
            },
            created,
        )
    })
    .unwrap()
}

/// Adds an event straight into the table.
pub fn event(s: &Store, name: &str, date: &str) -> EventId {
    s.conn
        .execute(
            "INSERT INTO events (name, name_folded, date, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)",
            params![name, fold(name), date, NOW],
        )
        .unwrap();
    s.conn.last_insert_rowid()
}

/// A meeting with a contact, at an event or not.
pub fn encounter(contact: ContactId, date: NaiveDate, event: Option<EventId>) -> NewEncounter {
    NewEncounter {
        contact_id: contact,
        event_id: event,
        date,
        ..Default::default()
    }
}
