//! Dated notes about a contact.

use chrono::NaiveDate;
use rusqlite::params;

use super::{Db, Result};
use crate::model::{ContactId, Note};

impl Db<'_> {
    pub fn add_note(&self, id: ContactId, date: NaiveDate, text: &str, now: &str) -> Result<i64> {
        self.exec(
            "INSERT INTO notes (contact_id, date, body, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![id, date, text, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// A contact's notes, newest first.
    pub fn notes(&self, id: ContactId) -> Result<Vec<Note>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, date, body FROM notes WHERE contact_id = ?1")?;
        let rows = stmt.query_map([id], |r| {
            Ok(Note {
                id: r.get(0)?,
                date: r.get(1)?,
                text: r.get(2)?,
            })
        })?;
        let mut notes: Vec<Note> = rows.collect::<rusqlite::Result<_>>()?;
        notes.sort_by_key(|n| std::cmp::Reverse((n.date, n.id)));
        Ok(notes)
    }
}
