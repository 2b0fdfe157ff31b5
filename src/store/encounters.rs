//! Encounters: each meeting with a contact, at an event or not.

use rusqlite::{params, Row};

use super::{Db, Result};
use crate::model::encounter::{Encounter, How, NewEncounter};
use crate::model::event::EventId;
use crate::model::ContactId;

pub(super) const ENCOUNTER_SELECT: &str =
    "SELECT x.id, x.contact_id, c.name, x.date, x.how, x.event_id, \
     e.name, x.note, x.follow_up, x.new_contact
     FROM encounters x JOIN contacts c ON c.id = x.contact_id
     LEFT JOIN events e ON e.id = x.event_id";

pub(super) fn encounter_row(r: &Row<'_>) -> rusqlite::Result<Encounter> {
    let how: String = r.get(4)?;
    Ok(Encounter {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        contact_name: r.get(2)?,
        date: r.get(3)?,
        how: How::from_db(&how),
        event_id: r.get(5)?,
        event_name: r.get(6)?,
        note: r.get(7)?,
        follow_up: r.get(8)?,
        new_contact: r.get(9)?,
    })
}

impl Db<'_> {
    pub fn insert_encounter(&self, e: &NewEncounter, now: &str) -> Result<i64> {
        self.exec(
            "INSERT INTO encounters (contact_id, event_id, date, how, note, follow_up, new_contact, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                e.contact_id,
                e.event_id,
                e.date,
                e.how.as_str(),
                e.note,
                e.follow_up,
                e.new_contact,
                now
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// A contact's encounters, newest first.
    pub fn contact_encounters(&self, contact: ContactId) -> Result<Vec<Encounter>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ENCOUNTER_SELECT} WHERE x.contact_id = ?1 ORDER BY x.date DESC, x.id DESC"
        ))?;
        let rows = stmt.query_map([contact], encounter_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The encounters at an event, in the order they were recorded.
    pub fn event_encounters(&self, event: EventId) -> Result<Vec<Encounter>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ENCOUNTER_SELECT} WHERE x.event_id = ?1 ORDER BY x.id"
        ))?;
        let rows = stmt.query_map([event], encounter_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
