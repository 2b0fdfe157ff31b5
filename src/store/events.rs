//! Events: the gatherings where people are met.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::{params, OptionalExtension, Row};

use super::{Db, Result, StoreError};
use crate::model::event::{
    time_text, Event, EventId, EventKind, EventMatch, EventPatch, EventSummary, NewEvent,
};
use crate::model::text::fold;

const EVENT_COLUMNS: &str = "e.id, e.name, e.date, e.venue, e.kind, e.organizer, e.note, \
     e.created_at, e.updated_at, e.start_time, e.end_time";

/// A time as stored, `HH:MM`; anything else (written by another program) is no time.
fn time_of(raw: Option<String>) -> Option<NaiveTime> {
    raw.and_then(|t| NaiveTime::parse_from_str(&t, "%H:%M").ok())
}

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
        start_time: time_of(r.get(9)?),
        end_time: time_of(r.get(10)?),
    })
}

fn event_match_row(r: &Row<'_>) -> rusqlite::Result<EventMatch> {
    Ok(EventMatch {
        id: r.get(0)?,
        name: r.get(1)?,
        date: r.get(2)?,
    })
}

impl Db<'_> {
    pub fn insert_event(&self, e: &NewEvent, now: &str) -> Result<EventId> {
        self.exec(
            "INSERT INTO events (name, name_folded, date, venue, kind, organizer, note,
                 created_at, updated_at, start_time, end_time)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)",
            params![
                e.name,
                fold(&e.name),
                e.date,
                e.venue,
                e.kind.as_str(),
                e.organizer,
                e.note,
                now,
                e.start_time.map(time_text),
                e.end_time.map(time_text)
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
                attendees: r.get(11)?,
                cards: r.get(12)?,
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
        for (column, value) in [("start_time", p.start_time), ("end_time", p.end_time)] {
            if let Some(v) = value {
                self.conn.execute(
                    &format!("UPDATE events SET {column} = ?2 WHERE id = ?1"),
                    params![id, v.map(time_text)],
                )?;
            }
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
}
