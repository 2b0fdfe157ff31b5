//! What `carnet brief` reads around an event: the next event, the last time each person
//! was seen, the people tagged `to-meet`, the people met lately who are not invited.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{day_of, Db, Result};
use crate::model::event::{EventId, EventMatch};
use crate::model::ContactId;

/// The last meeting with a contact: when, at which event or how, and what was said.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LastSeen {
    pub date: NaiveDate,
    pub event: Option<String>,
    pub how: String,
    pub note: Option<String>,
}

/// A person and the day they were last met.
#[derive(Debug, Clone, serde::Serialize)]
pub struct MetLately {
    pub contact_id: ContactId,
    pub name: String,
    pub last_seen: NaiveDate,
}

impl Db<'_> {
    /// The first event on or after `from` (on `from` exactly when `exact`).
    pub fn event_from(&self, from: NaiveDate, exact: bool) -> Result<Option<EventMatch>> {
        let sql = if exact {
            "SELECT id, name, date FROM events WHERE date = ?1 ORDER BY id LIMIT 1"
        } else {
            "SELECT id, name, date FROM events WHERE date >= ?1 ORDER BY date, id LIMIT 1"
        };
        Ok(self
            .conn
            .prepare_cached(sql)?
            .query_row([from], |r| {
                Ok(EventMatch {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    date: r.get(2)?,
                })
            })
            .optional()?)
    }

    /// The latest meeting with `contact` before `before`, with its note (or the latest note).
    pub fn last_seen_before(
        &self,
        contact: ContactId,
        before: NaiveDate,
    ) -> Result<Option<LastSeen>> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT x.date, e.name, x.how,
                        coalesce(x.note, (SELECT n.body FROM notes n WHERE n.contact_id = x.contact_id
                                            AND n.date <= x.date ORDER BY n.date DESC, n.id DESC LIMIT 1))
                   FROM encounters x LEFT JOIN events e ON e.id = x.event_id
                  WHERE x.contact_id = ?1 AND x.date < ?2
                  ORDER BY x.date DESC, x.id DESC LIMIT 1",
            )?
            .query_row(params![contact, before], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                ))
            })
            .optional()?;
        Ok(row.and_then(|(d, event, how, note)| {
            day_of(d).map(|date| LastSeen {
                date,
                event,
                how,
                note,
            })
        }))
    }

    /// Unarchived contacts carrying the tag folded as `folded`, by name.
    pub fn tagged(&self, folded: &str) -> Result<Vec<(ContactId, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
               JOIN contacts c ON c.id = ct.contact_id
              WHERE t.folded = ?1 AND c.archived = 0 ORDER BY c.name_folded, c.id",
        )?;
        let rows = stmt.query_map([folded], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Up to `limit` unarchived people met on or after `since` (most recent first) who are
    /// not invited to `event` and were not met there: read from the index on date.
    pub fn met_lately_not_invited(
        &self,
        event: EventId,
        since: NaiveDate,
        limit: usize,
    ) -> Result<Vec<MetLately>> {
        // Newest encounters first; each person's first row is their last meeting.
        let mut scan = self.conn.prepare_cached(
            "SELECT contact_id, substr(date, 1, 10) FROM encounters
              WHERE date >= ?1 ORDER BY date DESC, id DESC",
        )?;
        let mut keep = self.conn.prepare_cached(
            "SELECT c.name FROM contacts c
              WHERE c.id = ?2 AND c.archived = 0
                AND NOT EXISTS (SELECT 1 FROM invitations i
                                 WHERE i.event_id = ?1 AND i.contact_id = c.id)
                AND NOT EXISTS (SELECT 1 FROM encounters y
                                 WHERE y.event_id = ?1 AND y.contact_id = c.id)",
        )?;
        let mut rows = scan.query([since])?;
        let mut looked = std::collections::HashSet::new();
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            if out.len() >= limit {
                break;
            }
            let contact_id: ContactId = r.get(0)?;
            if !looked.insert(contact_id) {
                continue;
            }
            let Some(last_seen) = day_of(r.get(1)?) else {
                continue;
            };
            let name: Option<String> = keep
                .query_row(params![event, contact_id], |r| r.get(0))
                .optional()?;
            if let Some(name) = name {
                out.push(MetLately {
                    contact_id,
                    name,
                    last_seen,
                });
            }
        }
        Ok(out)
    }
}
