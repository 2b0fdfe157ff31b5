//! Business cards received from contacts.

use rusqlite::{params, OptionalExtension, Row};

use super::{Db, Result, StoreError};
use crate::model::card::{Card, CardId, NewCard};
use crate::model::event::EventId;
use crate::model::ContactId;

const CARD_SELECT: &str = "SELECT k.id, k.contact_id, c.name, k.company, k.title, k.emails, \
     k.phones, k.website, k.address, k.note, k.received_on, k.event_id, e.name, k.photo_path, \
     k.photo_hash
     FROM cards k JOIN contacts c ON c.id = k.contact_id
     LEFT JOIN events e ON e.id = k.event_id";

fn card_row(r: &Row<'_>) -> rusqlite::Result<Card> {
    let list = |i: usize| -> rusqlite::Result<Vec<String>> {
        let raw: String = r.get(i)?;
        Ok(serde_json::from_str(&raw).unwrap_or_default())
    };
    Ok(Card {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        contact_name: r.get(2)?,
        company: r.get(3)?,
        title: r.get(4)?,
        emails: list(5)?,
        phones: list(6)?,
        website: r.get(7)?,
        address: r.get(8)?,
        note: r.get(9)?,
        received_on: r.get(10)?,
        event_id: r.get(11)?,
        event_name: r.get(12)?,
        photo_path: r.get(13)?,
        photo_hash: r.get(14)?,
    })
}

fn json_list(values: &[String]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_owned())
}

impl Db<'_> {
    pub fn insert_card(&self, contact: ContactId, k: &NewCard, now: &str) -> Result<CardId> {
        self.exec(
            "INSERT INTO cards (contact_id, company, title, emails, phones, website, address,
                 note, received_on, event_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                contact,
                k.company,
                k.title,
                json_list(&k.emails),
                json_list(&k.phones),
                k.website,
                k.address,
                k.note,
                k.received_on,
                k.event_id,
                now
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Cards, optionally of one contact and/or received at one event, oldest first.
    pub fn cards(&self, contact: Option<ContactId>, event: Option<EventId>) -> Result<Vec<Card>> {
        // One statement per case: with "(?1 IS NULL OR k.contact_id = ?1)" SQLite cannot use
        // an index and scans every card for one contact's.
        let filter = match (contact, event) {
            (Some(_), Some(_)) => "WHERE k.contact_id = ?1 AND k.event_id = ?2",
            (Some(_), None) => "WHERE k.contact_id = ?1 AND ?2 IS NULL",
            (None, Some(_)) => "WHERE k.event_id = ?2 AND ?1 IS NULL",
            (None, None) => "WHERE ?1 IS NULL AND ?2 IS NULL",
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "{CARD_SELECT} {filter} ORDER BY k.received_on, k.id"
        ))?;
        let rows = stmt.query_map(params![contact, event], card_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn get_card(&self, id: CardId) -> Result<Card> {
        self.conn
            .query_row(&format!("{CARD_SELECT} WHERE k.id = ?1"), [id], card_row)
            .optional()?
            .ok_or(StoreError::NotFound { what: "card", id })
    }

    pub fn delete_card(&self, id: CardId) -> Result<()> {
        let n = self.conn.execute("DELETE FROM cards WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::NotFound { what: "card", id });
        }
        Ok(())
    }
}
