//! Encounters: one meeting with one contact. Only what recall search and suggestions need
//! to be tested here; the `met` and `log` commands bring the rest.

use chrono::NaiveDate;
use rusqlite::params;

use super::{Db, Result};
use crate::model::ContactId;

/// A meeting to record.
#[derive(Debug, Clone)]
pub struct NewEncounter {
    pub contact_id: ContactId,
    pub event_id: Option<i64>,
    pub date: NaiveDate,
    /// event, coffee, lunch, call, email, video or other.
    pub how: String,
    pub note: Option<String>,
}

impl Db<'_> {
    pub fn insert_encounter(&self, e: &NewEncounter, now: &str) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO encounters (contact_id, event_id, date, how, note, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![e.contact_id, e.event_id, e.date, e.how, e.note, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }
}
