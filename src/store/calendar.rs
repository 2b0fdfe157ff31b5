//! Events and open follow-ups, as the calendar export reads them.

use chrono::NaiveDate;

use super::{Db, Result, StoreError};
use crate::model::interop::{CalendarEvent, CalendarTodo};

impl Db<'_> {
    /// Every event, oldest first.
    pub fn calendar_events(&self) -> Result<Vec<CalendarEvent>> {
        let mut out = Vec::new();
        self.calendar_events_each(|e| {
            out.push(e);
            Ok::<(), StoreError>(())
        })?;
        Ok(out)
    }

    /// Every event, oldest first, handed to `each` as it is read.
    pub fn calendar_events_each<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(CalendarEvent) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, name, date, venue, kind, note, updated_at, start_time, end_time
                   FROM events ORDER BY date, id",
            )
            .map_err(StoreError::from)?;
        let mut rows = stmt.query([]).map_err(StoreError::from)?;
        while let Some(r) = rows.next().map_err(StoreError::from)? {
            let event = (|| {
                Ok::<_, rusqlite::Error>(CalendarEvent {
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
            })()
            .map_err(StoreError::from)?;
            each(event)?;
        }
        Ok(())
    }

    /// Open follow-ups for the calendar, soonest first. The `followups` table comes with
    /// the follow-ups part of carnet (schema 3); without it there are none.
    pub fn calendar_todos(&self) -> Result<Vec<CalendarTodo>> {
        let mut out = Vec::new();
        self.calendar_todos_each(|t| {
            out.push(t);
            Ok::<(), StoreError>(())
        })?;
        Ok(out)
    }

    /// Open follow-ups for the calendar, soonest first, handed to `each` as they are read.
    pub fn calendar_todos_each<E: From<StoreError>>(
        &self,
        mut each: impl FnMut(CalendarTodo) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let exists = self
            .conn
            .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'followups'")
            .and_then(|mut s| s.exists([]))
            .map_err(StoreError::from)?;
        if !exists {
            return Ok(());
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT f.id, coalesce(c.name, e.name, ''), f.due, f.what, f.every, f.updated_at
             FROM followups f
             LEFT JOIN contacts c ON c.id = f.contact_id
             LEFT JOIN events e ON e.id = f.event_id
             WHERE f.done_on IS NULL ORDER BY f.due, f.id",
            )
            .map_err(StoreError::from)?;
        let rows = stmt
            .query_map([], |r| {
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
            })
            .map_err(StoreError::from)?;
        for row in rows {
            let (id, about, due, what, every, updated_at) = row.map_err(StoreError::from)?;
            let Some(due) = due
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            else {
                continue;
            };
            each(CalendarTodo {
                id,
                contact_name: about,
                due,
                what,
                every,
                done: false,
                updated_at,
            })?;
        }
        Ok(())
    }
}
