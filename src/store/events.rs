//! Events, invitations, encounters, business cards and the user's own card.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::{Db, Result, StoreError};
use crate::model::event::{
    Card, CardId, Encounter, Event, EventId, EventKind, EventMatch, EventPatch, EventSummary, How,
    Invitation, Me, NewCard, NewEncounter, NewEvent, Rsvp,
};
use crate::model::text::fold;
use crate::model::ContactId;

const EVENT_COLUMNS: &str =
    "e.id, e.name, e.date, e.venue, e.kind, e.organizer, e.note, e.created_at, e.updated_at";

fn event_row(r: &Row<'_>) -> rusqlite::Result<Event> {
    let kind: String = r.get(4)?;
    Ok(Event {
        id: r.get(0)?,
        name: r.get(1)?,
        date: r.get(2)?,
        venue: r.get(3)?,
        kind: EventKind::from_db(&kind),
        organizer: r.get(5)?,
        note: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
    })
}

fn event_match_row(r: &Row<'_>) -> rusqlite::Result<EventMatch> {
    Ok(EventMatch {
        id: r.get(0)?,
        name: r.get(1)?,
        date: r.get(2)?,
    })
}

const ENCOUNTER_SELECT: &str = "SELECT x.id, x.contact_id, c.name, x.date, x.how, x.event_id, \
     e.name, x.note, x.follow_up, x.new_contact
     FROM encounters x JOIN contacts c ON c.id = x.contact_id
     LEFT JOIN events e ON e.id = x.event_id";

fn encounter_row(r: &Row<'_>) -> rusqlite::Result<Encounter> {
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
    // ----- events -----

    pub fn insert_event(&self, e: &NewEvent, now: &str) -> Result<EventId> {
        self.exec(
            "INSERT INTO events (name, name_folded, date, venue, kind, organizer, note,
                 created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            params![
                e.name,
                fold(&e.name),
                e.date,
                e.venue,
                e.kind.as_str(),
                e.organizer,
                e.note,
                now
            ],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn get_event(&self, id: EventId) -> Result<Event> {
        self.conn
            .query_row(
                &format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?1"),
                [id],
                event_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound { what: "event", id })
    }

    pub fn event_match(&self, id: EventId) -> Result<Option<EventMatch>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, date FROM events WHERE id = ?1",
                [id],
                event_match_row,
            )
            .optional()?)
    }

    /// Events whose folded name equals `folded`, newest first.
    pub fn events_named(&self, folded: &str) -> Result<Vec<EventMatch>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, date FROM events WHERE name_folded = ?1 ORDER BY date DESC, id DESC",
        )?;
        let rows = stmt.query_map([folded], event_match_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Events whose folded name contains every word of `folded`, newest first.
    pub fn events_containing(&self, words: &[String]) -> Result<Vec<EventMatch>> {
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = String::from("SELECT id, name, date FROM events WHERE 1");
        let args: Vec<String> = words
            .iter()
            .map(|w| {
                format!(
                    "%{}%",
                    w.replace('\\', "\\\\")
                        .replace('%', "\\%")
                        .replace('_', "\\_")
                )
            })
            .collect();
        for i in 1..=args.len() {
            sql.push_str(&format!(" AND name_folded LIKE ?{i} ESCAPE '\\'"));
        }
        sql.push_str(" ORDER BY date DESC, id DESC");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), event_match_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The latest events on or before `until`, newest first, then upcoming ones.
    pub fn recent_events(&self, until: NaiveDate, limit: usize) -> Result<Vec<EventMatch>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT id, name, date FROM events
             ORDER BY date > ?1, CASE WHEN date > ?1 THEN date END, date DESC, id DESC
             LIMIT {limit}"
        ))?;
        let rows = stmt.query_map([until], event_match_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Events between two dates (inclusive), newest first, with how many people were met.
    pub fn list_events(
        &self,
        since: Option<NaiveDate>,
        until: Option<NaiveDate>,
    ) -> Result<Vec<EventSummary>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {EVENT_COLUMNS},
                 (SELECT count(DISTINCT contact_id) FROM encounters WHERE event_id = e.id),
                 (SELECT count(*) FROM cards WHERE event_id = e.id)
             FROM events e
             WHERE (?1 IS NULL OR e.date >= ?1) AND (?2 IS NULL OR e.date <= ?2)
             ORDER BY e.date DESC, e.id DESC"
        ))?;
        let rows = stmt.query_map(params![since, until], |r| {
            Ok(EventSummary {
                event: event_row(r)?,
                attendees: r.get(9)?,
                cards: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn update_event(&self, id: EventId, p: &EventPatch, now: &str) -> Result<()> {
        if self.event_match(id)?.is_none() {
            return Err(StoreError::NotFound { what: "event", id });
        }
        if let Some(name) = &p.name {
            self.conn.execute(
                "UPDATE events SET name = ?2, name_folded = ?3 WHERE id = ?1",
                params![id, name, fold(name)],
            )?;
        }
        if let Some(date) = p.date {
            self.conn.execute(
                "UPDATE events SET date = ?2 WHERE id = ?1",
                params![id, date],
            )?;
        }
        if let Some(kind) = p.kind {
            self.conn.execute(
                "UPDATE events SET kind = ?2 WHERE id = ?1",
                params![id, kind.as_str()],
            )?;
        }
        let text_fields: [(&str, &Option<Option<String>>); 3] = [
            ("venue", &p.venue),
            ("organizer", &p.organizer),
            ("note", &p.note),
        ];
        for (column, value) in text_fields {
            if let Some(v) = value {
                self.conn.execute(
                    &format!("UPDATE events SET {column} = ?2 WHERE id = ?1"),
                    params![id, v],
                )?;
            }
        }
        self.conn.execute(
            "UPDATE events SET updated_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        Ok(())
    }

    /// Deletes an event; its encounters and cards stay, without the event.
    pub fn delete_event(&self, id: EventId) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM events WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::NotFound { what: "event", id });
        }
        Ok(())
    }

    // ----- invitations -----

    /// Invites a contact; returns false when they already were.
    pub fn invite(&self, event: EventId, contact: ContactId, now: &str) -> Result<bool> {
        let n = self.conn.execute(
            "INSERT OR IGNORE INTO invitations (event_id, contact_id, invited_at) VALUES (?1, ?2, ?3)",
            params![event, contact, now],
        )?;
        Ok(n > 0)
    }

    /// Records a guest's answer, inviting them if they were not yet.
    pub fn set_rsvp(
        &self,
        event: EventId,
        contact: ContactId,
        rsvp: Rsvp,
        now: &str,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO invitations (event_id, contact_id, rsvp, invited_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (event_id, contact_id) DO UPDATE SET rsvp = excluded.rsvp",
            params![event, contact, rsvp.as_str(), now],
        )?;
        Ok(())
    }

    /// An event's invitations by name, each with whether the guest was met there.
    pub fn invitations(&self, event: EventId) -> Result<Vec<Invitation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.contact_id, c.name, i.rsvp,
                 EXISTS (SELECT 1 FROM encounters x WHERE x.event_id = i.event_id AND x.contact_id = i.contact_id)
             FROM invitations i JOIN contacts c ON c.id = i.contact_id
             WHERE i.event_id = ?1 ORDER BY c.name_folded, c.id",
        )?;
        let rows = stmt.query_map([event], |r| {
            let rsvp: Option<String> = r.get(2)?;
            Ok(Invitation {
                contact_id: r.get(0)?,
                name: r.get(1)?,
                rsvp: rsvp.as_deref().and_then(Rsvp::parse),
                attended: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ----- encounters -----

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

    // ----- cards -----

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

    // ----- the user's own card -----

    pub fn me(&self) -> Result<Me> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, company, title, email, phone, url FROM me WHERE id = 1",
                [],
                |r| {
                    Ok(Me {
                        name: r.get(0)?,
                        company: r.get(1)?,
                        title: r.get(2)?,
                        email: r.get(3)?,
                        phone: r.get(4)?,
                        url: r.get(5)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    pub fn set_me(&self, me: &Me, now: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO me (id, name, company, title, email, phone, url, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, company = excluded.company,
                 title = excluded.title, email = excluded.email, phone = excluded.phone,
                 url = excluded.url, updated_at = excluded.updated_at",
            params![me.name, me.company, me.title, me.email, me.phone, me.url, now],
        )?;
        Ok(())
    }
}
