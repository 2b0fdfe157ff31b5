//! Events and open follow-ups, as the calendar export reads them.

use chrono::NaiveDate;

use super::{Db, Result};
use crate::model::interop::{CalendarEvent, CalendarTodo};

impl Db<'_> {
    /// Every event, oldest first.
    pub fn calendar_events(&self) -> Result<Vec<CalendarEvent>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, name, date, venue, kind, note, updated_at, start_time, end_time
               FROM events ORDER BY date, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(CalendarEvent {
                id: r.get(0)?,
                name: r.get(1)?,
                date: r.get(2)?,
                venue: r.get(3)?,
                kind: r.get(4)?,
                note: r.get(5)?,
                updated_at: r.get(6)?,
                start_time: r.get(7)?,
                end_time: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Open follow-ups for the calendar, soonest first. The `followups` table comes with
    /// the follow-ups part of carnet (schema 3); without it there are none.
    pub fn calendar_todos(&self) -> Result<Vec<CalendarTodo>> {
        let exists = self
            .conn
            .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'followups'")?
            .exists([])?;
        if !exists {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT f.id, coalesce(c.name, e.name, ''), f.due, f.what, f.every, f.updated_at
             FROM followups f
             LEFT JOIN contacts c ON c.id = f.contact_id
             LEFT JOIN events e ON e.id = f.event_id
             WHERE f.done_on IS NULL ORDER BY f.due, f.id",
        )?;
        let rows = stmt.query_map([], |r| {
            let due: String = r.get(2)?;
            let every: Option<String> = r.get(4)?;
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                due,
                r.get::<_, Option<String>>(3)?,
                every,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, about, due, what, every, updated_at) = row?;
            let Some(due) = due
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            else {
                continue;
            };
            out.push(CalendarTodo {
                id,
                contact_name: about,
                due,
                what,
                every,
                done: false,
                updated_at,
            });
        }
        Ok(out)
    }
}
