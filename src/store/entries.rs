//! Correcting the entries of a contact's history: a note, an encounter, a card. (Follow-ups
//! have theirs in `followups.rs`.) Derived facts — last seen, reconnect dates, the search
//! index — follow through the triggers of `derived.sql`.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{Db, Result, StoreError};
use crate::model::card::CardId;
use crate::model::encounter::{Encounter, How};
use crate::model::event::EventId;
use crate::model::{ContactId, Note};

/// A change to a note: each field given is set.
#[derive(Debug, Default, Clone)]
pub struct NotePatch {
    pub date: Option<NaiveDate>,
    pub text: Option<String>,
}

/// A change to an encounter: each field given is set (`Some(None)` clears).
#[derive(Debug, Default, Clone)]
pub struct EncounterPatch {
    pub date: Option<NaiveDate>,
    pub how: Option<How>,
    pub event_id: Option<Option<EventId>>,
    pub note: Option<Option<String>>,
}

/// A change to a card: each field given is set (`Some(None)` clears).
#[derive(Debug, Default, Clone)]
pub struct CardPatch {
    pub company: Option<Option<String>>,
    pub title: Option<Option<String>>,
    pub emails: Option<Vec<String>>,
    pub phones: Option<Vec<String>>,
    pub website: Option<Option<String>>,
    pub address: Option<Option<String>>,
    pub note: Option<Option<String>>,
    pub received_on: Option<NaiveDate>,
    pub event_id: Option<Option<EventId>>,
}

impl Db<'_> {
    /// A note and the contact it is about.
    pub fn get_note(&self, id: i64) -> Result<(ContactId, Note)> {
        self.conn
            .query_row(
                "SELECT contact_id, id, date, body FROM notes WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get(0)?,
                        Note {
                            id: r.get(1)?,
                            date: r.get(2)?,
                            text: r.get(3)?,
                        },
                    ))
                },
            )
            .optional()?
            .ok_or(StoreError::NotFound { what: "note", id })
    }

    pub fn update_note(&self, id: i64, p: &NotePatch) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE notes SET date = coalesce(?2, date), body = coalesce(?3, body) WHERE id = ?1",
            params![id, p.date, p.text],
        )?;
        found(n, "note", id)
    }

    pub fn delete_note(&self, id: i64) -> Result<()> {
        let n = self.conn.execute("DELETE FROM notes WHERE id = ?1", [id])?;
        found(n, "note", id)
    }

    pub fn get_encounter(&self, id: i64) -> Result<Encounter> {
        self.conn
            .query_row(
                &format!("{} WHERE x.id = ?1", super::encounters::ENCOUNTER_SELECT),
                [id],
                super::encounters::encounter_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "encounter",
                id,
            })
    }

    pub fn update_encounter(&self, id: i64, p: &EncounterPatch) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE encounters SET date = coalesce(?2, date), how = coalesce(?3, how),
                    event_id = CASE WHEN ?4 THEN ?5 ELSE event_id END,
                    note = CASE WHEN ?6 THEN ?7 ELSE note END
              WHERE id = ?1",
            params![
                id,
                p.date,
                p.how.map(How::as_str),
                p.event_id.is_some(),
                p.event_id.flatten(),
                p.note.is_some(),
                p.note.clone().flatten()
            ],
        )?;
        found(n, "encounter", id)
    }

    pub fn delete_encounter(&self, id: i64) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM encounters WHERE id = ?1", [id])?;
        found(n, "encounter", id)
    }

    pub fn update_card(&self, id: CardId, p: &CardPatch) -> Result<()> {
        let list = |v: &Option<Vec<String>>| {
            v.as_ref()
                .map(|v| serde_json::to_string(v).unwrap_or_else(|_| "[]".to_owned()))
        };
        let n = self.conn.execute(
            "UPDATE cards SET
                    company = CASE WHEN ?2 THEN ?3 ELSE company END,
                    title = CASE WHEN ?4 THEN ?5 ELSE title END,
                    emails = coalesce(?6, emails),
                    phones = coalesce(?7, phones),
                    website = CASE WHEN ?8 THEN ?9 ELSE website END,
                    address = CASE WHEN ?10 THEN ?11 ELSE address END,
                    note = CASE WHEN ?12 THEN ?13 ELSE note END,
                    received_on = coalesce(?14, received_on),
                    event_id = CASE WHEN ?15 THEN ?16 ELSE event_id END
              WHERE id = ?1",
            params![
                id,
                p.company.is_some(),
                p.company.clone().flatten(),
                p.title.is_some(),
                p.title.clone().flatten(),
                list(&p.emails),
                list(&p.phones),
                p.website.is_some(),
                p.website.clone().flatten(),
                p.address.is_some(),
                p.address.clone().flatten(),
                p.note.is_some(),
                p.note.clone().flatten(),
                p.received_on,
                p.event_id.is_some(),
                p.event_id.flatten(),
            ],
        )?;
        found(n, "card", id)
    }
}

fn found(changed: usize, what: &'static str, id: i64) -> Result<()> {
    if changed == 0 {
        return Err(StoreError::NotFound { what, id });
    }
    Ok(())
}
