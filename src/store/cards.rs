//! Business cards received from contacts.

use rusqlite::{params, OptionalExtension, Row};

use super::channels::Channel;
use super::{Db, Result, StoreError};
use crate::model::card::{Card, CardDetails, CardId, NewCard};
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

/// The columns of `CardDetails`, after the contact's id.
const DETAILS_COLUMNS: &str = "id, company, title, emails, phones, website, address";

fn details_row(r: &Row<'_>, first: usize) -> rusqlite::Result<CardDetails> {
    let list = |i: usize| -> rusqlite::Result<Vec<String>> {
        let raw: String = r.get(first + i)?;
        Ok(serde_json::from_str(&raw).unwrap_or_default())
    };
    Ok(CardDetails {
        card_id: r.get(first)?,
        company: r.get(first + 1)?,
        title: r.get(first + 2)?,
        emails: list(3)?,
        phones: list(4)?,
        website: r.get(first + 5)?,
        address: r.get(first + 6)?,
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

    /// What a contact's cards bring to its details, oldest card first.
    pub fn card_details(&self, contact: ContactId) -> Result<Vec<CardDetails>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {DETAILS_COLUMNS}, received_on FROM cards WHERE contact_id = ?1"
        ))?;
        let rows = stmt.query_map([contact], |r| {
            Ok((r.get::<_, String>(7)?, details_row(r, 0)?))
        })?;
        let mut cards: Vec<(String, CardDetails)> = rows.collect::<rusqlite::Result<_>>()?;
        // Sorted here rather than by ORDER BY, as channels are (see all_channel_values).
        cards.sort_by(|a, b| (&a.0, a.1.card_id).cmp(&(&b.0, b.1.card_id)));
        Ok(cards.into_iter().map(|(_, d)| d).collect())
    }

    /// What the cards of the contacts `ids` bring to their details, oldest card first, as
    /// (contact id, details): one statement through the cards' index on the contact, for a
    /// chunk of an export.
    pub(super) fn card_details_of(
        &self,
        ids: &[ContactId],
    ) -> Result<Vec<(ContactId, CardDetails)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT contact_id, {DETAILS_COLUMNS}, received_on FROM cards
             WHERE contact_id IN (SELECT value FROM json_each(?1))"
        ))?;
        let mut rows = stmt.query([super::listing::ids_json(ids)])?;
        let mut out: Vec<(ContactId, String, CardDetails)> = Vec::new();
        while let Some(r) = rows.next()? {
            out.push((r.get(0)?, r.get(8)?, details_row(r, 1)?));
        }
        out.sort_by(|a, b| (a.0, &a.1, a.2.card_id).cmp(&(b.0, &b.1, b.2.card_id)));
        Ok(out.into_iter().map(|(c, _, d)| (c, d)).collect())
    }

    /// Whether one of the contact's cards carries `value` (compared as the contact's
    /// details compare them): an import updating the contact from a vCard that carried the
    /// card's details back does not make them the contact's own.
    pub fn card_carries(&self, contact: ContactId, channel: Channel, value: &str) -> Result<bool> {
        use crate::model::card::{same_email, same_link, same_phone};
        Ok(self.card_details(contact)?.iter().any(|k| match channel {
            Channel::Email => k.emails.iter().any(|v| same_email(v, value)),
            Channel::Phone => k.phones.iter().any(|v| same_phone(v, value)),
            Channel::Link => k.website.as_deref().is_some_and(|v| same_link(v, value)),
        }))
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
