//! Encounters: each meeting with a contact, at an event or not.

use rusqlite::{params, Row};

use super::{Db, Result};
use crate::model::encounter::{Encounter, EncounterFollowUp, How, NewEncounter};
use crate::model::event::EventId;
use crate::model::followup::FollowUpId;
use crate::model::ContactId;

/// An encounter with its contact's and event's names, the follow-up planned there as it is
/// now, and whether it was the first: no encounter with the contact dated before it
/// (through the index on contact and date).
pub(super) const ENCOUNTER_SELECT: &str =
    "SELECT x.id, x.contact_id, c.name, x.date, x.how, x.event_id, \
     e.name, x.note, x.followup_id, f.what, f.due, f.done_on, f.every,
     NOT EXISTS (SELECT 1 FROM encounters y WHERE y.contact_id = x.contact_id AND y.date < x.date)
     FROM encounters x JOIN contacts c ON c.id = x.contact_id
     LEFT JOIN events e ON e.id = x.event_id
     LEFT JOIN followups f ON f.id = x.followup_id";

pub(super) fn encounter_row(r: &Row<'_>) -> rusqlite::Result<Encounter> {
    let how: String = r.get(4)?;
    let followup_id: Option<FollowUpId> = r.get(8)?;
    let followup = match (followup_id, r.get::<_, Option<String>>(9)?) {
        (Some(id), Some(what)) => Some(EncounterFollowUp {
            id,
            what,
            due: r.get(10)?,
            done_on: r.get(11)?,
            every: r.get(12)?,
        }),
        _ => None,
    };
    Ok(Encounter {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        contact_name: r.get(2)?,
        date: r.get(3)?,
        how: How::from_db(&how),
        event_id: r.get(5)?,
        event_name: r.get(6)?,
        note: r.get(7)?,
        follow_up: followup.as_ref().map(EncounterFollowUp::as_line),
        followup_id: followup.as_ref().map(|f| f.id),
        followup,
        new_contact: r.get(13)?,
    })
}

impl Db<'_> {
    pub fn insert_encounter(&self, e: &NewEncounter, now: &str) -> Result<i64> {
        self.exec(
            "INSERT INTO encounters (contact_id, event_id, date, how, note, followup_id, new_contact, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                e.contact_id,
                e.event_id,
                e.date,
                e.how.as_str(),
                e.note,
                e.followup_id,
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

    /// Whether the contact was met before `date` (an encounter dated earlier): a person is
    /// new at an event when they were not.
    pub fn met_before(&self, contact: ContactId, date: chrono::NaiveDate) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM encounters WHERE contact_id = ?1 AND date < ?2")?
            .exists(params![contact, date])?)
    }

    /// Deletes an encounter and a note written with it (what a `log` session's `undo`
    /// takes back with the rest of the person).
    pub fn forget_meeting(&self, encounter: Option<i64>, note: Option<i64>) -> Result<()> {
        if let Some(id) = encounter {
            self.conn
                .execute("DELETE FROM encounters WHERE id = ?1", [id])?;
        }
        if let Some(id) = note {
            self.conn.execute("DELETE FROM notes WHERE id = ?1", [id])?;
        }
        Ok(())
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
