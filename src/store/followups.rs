//! Follow-ups: what to do about a contact or an event, by when, once or again and again.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::{day_of, Db, Result, StoreError};
use crate::model::dates::Period;
use crate::model::followup::{
    EventId, FollowUp, FollowUpId, FollowUpPatch, FollowUpWhen, NewFollowUp,
};
use crate::model::ContactId;

const FOLLOWUP_SELECT: &str = "SELECT f.id, f.what, f.due, f.every, f.done_on, f.contact_id, \
     c.name, c.company, f.event_id, e.name, e.date \
     FROM followups f LEFT JOIN contacts c ON c.id = f.contact_id \
     LEFT JOIN events e ON e.id = f.event_id";

/// Open follow-ups due in `(after, until]`, or up to `until` without `after` (?1 until,
/// ?2 after). Two forms rather than "(?2 IS NULL OR f.due > ?2)", which SQLite cannot use
/// as a bound of the index range: this week's follow-ups would read every overdue one.
fn due_range(after: bool, f: &str) -> String {
    if after {
        format!("{f}done_on IS NULL AND {f}due > ?2 AND {f}due <= ?1")
    } else {
        format!("{f}done_on IS NULL AND {f}due <= ?1 AND ?2 IS NULL")
    }
}

fn open_in_sql(after: bool) -> String {
    format!(
        "{FOLLOWUP_SELECT} WHERE {} AND (c.id IS NULL OR c.archived = 0)
         ORDER BY f.due, f.id LIMIT ?3",
        due_range(after, "f.")
    )
}

/// Counts open follow-ups in the range up to a limit (?3), in the index of open follow-ups
/// alone: reading stops there, so the cost does not grow with the number due.
fn count_open_in_capped_sql(after: bool) -> String {
    format!(
        "SELECT count(*) FROM (SELECT 1 FROM followups WHERE {} LIMIT ?3)",
        due_range(after, "")
    )
}

/// Counts the open follow-ups of archived contacts in the range, from the few archived
/// contacts (CROSS JOIN keeps SQLite from starting with the follow-ups instead).
fn count_archived_in_sql(after: bool) -> String {
    format!(
        "SELECT count(*) FROM contacts c CROSS JOIN followups f ON f.contact_id = c.id
          WHERE c.archived = 1 AND {}",
        due_range(after, "f.")
    )
}

/// Counts open follow-ups in the range, less those of archived contacts: the first count
/// reads the index of open follow-ups only, the second starts from the few archived
/// contacts.
fn count_open_in_sql(after: bool) -> String {
    format!(
        "SELECT (SELECT count(*) FROM followups WHERE {}) - ({})",
        due_range(after, ""),
        count_archived_in_sql(after)
    )
}

fn followup_row(r: &Row<'_>) -> rusqlite::Result<FollowUp> {
    Ok(FollowUp {
        id: r.get(0)?,
        what: r.get(1)?,
        due: r.get(2)?,
        every: r.get(3)?,
        done_on: r.get(4)?,
        contact_id: r.get(5)?,
        contact_name: r.get(6)?,
        company: r.get(7)?,
        event_id: r.get(8)?,
        event_name: r.get(9)?,
        event_date: day_of(r.get(10)?),
    })
}

fn check_constraint(e: rusqlite::Error) -> StoreError {
    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) {
        StoreError::Conflict(
            "a follow-up needs a contact, an event, or both, and a text".to_owned(),
        )
    } else {
        StoreError::from(e)
    }
}

/// The WHERE clause (over `followups f`, with ?1 today, ?2 the end of the window, ?3 the
/// contact) and the order of a follow-up listing.
fn followup_filter(when: FollowUpWhen, contact: Option<ContactId>) -> (String, &'static str) {
    let (cond, order) = match when {
        FollowUpWhen::Open => ("f.done_on IS NULL", "f.due, f.id"),
        FollowUpWhen::Overdue => ("f.done_on IS NULL AND f.due < ?1", "f.due, f.id"),
        FollowUpWhen::Today => ("f.done_on IS NULL AND f.due = ?1", "f.id"),
        FollowUpWhen::Upcoming(_) => (
            "f.done_on IS NULL AND f.due > ?1 AND f.due <= ?2",
            "f.due, f.id",
        ),
        FollowUpWhen::Done => ("f.done_on IS NOT NULL", "f.done_on DESC, f.id DESC"),
        FollowUpWhen::All => ("1", "f.done_on IS NOT NULL, f.due, f.id"),
    };
    // A contact's follow-ups through the followups_contact index: written as
    // "(?3 IS NULL OR f.contact_id = ?3)", the query scanned every open follow-up.
    let about = if contact.is_some() {
        "f.contact_id = ?3"
    } else {
        "?3 IS NULL"
    };
    (format!("{cond} AND {about}"), order)
}

/// The last day of an `Upcoming` window (today otherwise).
fn until_of(when: FollowUpWhen, today: NaiveDate) -> NaiveDate {
    match when {
        FollowUpWhen::Upcoming(days) => crate::model::dates::add_days(today, days.into()),
        _ => today,
    }
}

impl Db<'_> {
    pub fn insert_followup(&self, f: &NewFollowUp, now: &str) -> Result<FollowUpId> {
        self.conn
            .prepare_cached(
                "INSERT INTO followups (contact_id, event_id, what, due, every, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(
                params![
                    f.contact_id,
                    f.event_id,
                    f.what,
                    f.due,
                    f.every.map(|p| p.to_string()),
                    now
                ],
            )
            .map_err(check_constraint)?;
        Ok(self.conn.last_insert_rowid())
    }

    pub fn get_followup(&self, id: FollowUpId) -> Result<FollowUp> {
        self.conn
            .query_row(
                &format!("{FOLLOWUP_SELECT} WHERE f.id = ?1"),
                [id],
                followup_row,
            )
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "follow-up",
                id,
            })
    }

    /// Follow-ups by when they are due, soonest first (done ones: latest done first).
    pub fn followups(
        &self,
        when: FollowUpWhen,
        contact: Option<ContactId>,
        today: NaiveDate,
        limit: Option<usize>,
    ) -> Result<Vec<FollowUp>> {
        let (filter, order) = followup_filter(when, contact);
        let sql = format!("{FOLLOWUP_SELECT} WHERE {filter} ORDER BY {order} LIMIT ?4");
        let mut stmt = self.conn.prepare(&sql)?;
        let limit = limit.map_or(-1, |l| l as i64);
        let rows = stmt.query_map(
            params![today, until_of(when, today), contact, limit],
            followup_row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many follow-ups `followups` would give without a limit, up to `cap`.
    pub fn count_followups(
        &self,
        when: FollowUpWhen,
        contact: Option<ContactId>,
        today: NaiveDate,
        cap: Option<i64>,
    ) -> Result<i64> {
        let (filter, _) = followup_filter(when, contact);
        let sql =
            format!("SELECT count(*) FROM (SELECT 1 FROM followups f WHERE {filter} LIMIT ?4)");
        let mut stmt = self.conn.prepare(&sql)?;
        Ok(stmt.query_row(
            params![today, until_of(when, today), contact, cap.unwrap_or(-1)],
            |r| r.get(0),
        )?)
    }

    /// Every follow-up attached to an event, open first, by due date.
    pub fn event_followups(&self, event: EventId) -> Result<Vec<FollowUp>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{FOLLOWUP_SELECT} WHERE f.event_id = ?1 ORDER BY f.done_on IS NOT NULL, f.due, f.id"
        ))?;
        let rows = stmt.query_map([event], followup_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Open follow-ups due after `after` (if given) and on or before `until`, oldest first,
    /// leaving out those about archived contacts; at most `limit`. Read in due order through
    /// the partial index on open follow-ups, so a limit stops the read early.
    pub fn open_followups_in(
        &self,
        after: Option<NaiveDate>,
        until: NaiveDate,
        limit: Option<usize>,
    ) -> Result<Vec<FollowUp>> {
        let mut stmt = self.conn.prepare_cached(&open_in_sql(after.is_some()))?;
        let limit = limit.map_or(-1, |l| l as i64);
        let rows = stmt.query_map(params![until, after, limit], followup_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many follow-ups `open_followups_in` would give without a limit: all of them, or
    /// up to `cap` (counting every one reads the whole range of the index: 16,810 overdue
    /// follow-ups on the 100,000 set).
    pub fn count_open_followups_in(
        &self,
        after: Option<NaiveDate>,
        until: NaiveDate,
        cap: Option<i64>,
    ) -> Result<i64> {
        Ok(match cap {
            None => self
                .conn
                .prepare_cached(&count_open_in_sql(after.is_some()))?
                .query_row(params![until, after], |r| r.get(0))?,
            Some(cap) => {
                // Up to `cap` follow-ups of unarchived contacts: those of archived ones are
                // counted first, to read that many more entries of the index.
                let archived: i64 = self
                    .conn
                    .prepare_cached(&count_archived_in_sql(after.is_some()))?
                    .query_row(params![until, after], |r| r.get(0))?;
                let all: i64 = self
                    .conn
                    .prepare_cached(&count_open_in_capped_sql(after.is_some()))?
                    .query_row(params![until, after, cap.saturating_add(archived)], |r| {
                        r.get(0)
                    })?;
                all - archived
            }
        })
    }

    /// Marks a follow-up done on `on`. A recurring one gets its next occurrence, due one
    /// period after `on`; its id is returned.
    pub fn complete_followup(
        &self,
        id: FollowUpId,
        on: NaiveDate,
        now: &str,
    ) -> Result<Option<FollowUpId>> {
        let f = self.get_followup(id)?;
        if let Some(done) = f.done_on {
            return Err(StoreError::Conflict(format!(
                "follow-up f{id} was already done on {done}"
            )));
        }
        self.conn.execute(
            "UPDATE followups SET done_on = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, on, now],
        )?;
        let Some(every) = f.every.as_deref() else {
            return Ok(None);
        };
        let period = Period::parse(every).map_err(|_| {
            StoreError::Conflict(format!(
                "follow-up f{id} repeats every '{every}', which is not a period"
            ))
        })?;
        let next = NewFollowUp {
            contact_id: f.contact_id,
            event_id: f.event_id,
            what: f.what,
            due: period.add_to(on),
            every: Some(period),
        };
        self.insert_followup(&next, now).map(Some)
    }

    pub fn update_followup(&self, id: FollowUpId, p: &FollowUpPatch, now: &str) -> Result<()> {
        self.get_followup(id)?;
        let set = |column: &str, value: &dyn rusqlite::ToSql| -> Result<()> {
            self.conn
                .execute(
                    &format!("UPDATE followups SET {column} = ?2 WHERE id = ?1"),
                    params![id, value],
                )
                .map_err(check_constraint)?;
            Ok(())
        };
        if let Some(w) = &p.what {
            set("what", w)?;
        }
        if let Some(d) = &p.due {
            set("due", d)?;
        }
        if let Some(e) = &p.every {
            set("every", &e.map(|p| p.to_string()))?;
        }
        if let Some(c) = &p.contact_id {
            set("contact_id", c)?;
        }
        if let Some(e) = &p.event_id {
            set("event_id", e)?;
        }
        set("updated_at", &now)
    }

    pub fn delete_followup(&self, id: FollowUpId) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM followups WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::NotFound {
                what: "follow-up",
                id,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::birthdays::{BIRTHDAYS_COUNT_SQL, BIRTHDAYS_SQL};
    use crate::store::reconnect::RECONNECT_SQL;
    use crate::store::test_store as store;
    use crate::store::testing::{contact, d, event, NOW};
    use crate::store::Store;

    #[test]
    fn recurring_follow_ups_come_back_from_the_completion_date() {
        let (_d, mut s) = store();
        let id = contact(&mut s, "Zoë", None, NOW);
        let f = s
            .write(|db| {
                db.insert_followup(
                    &NewFollowUp {
                        contact_id: Some(id),
                        event_id: None,
                        what: "Monthly call".into(),
                        due: d(2027, 1, 31),
                        every: Some(Period::Months(1)),
                    },
                    NOW,
                )
            })
            .unwrap();
        let next = s
            .write(|db| db.complete_followup(f, d(2027, 1, 31), NOW))
            .unwrap()
            .unwrap();
        let n = s.db().get_followup(next).unwrap();
        assert_eq!(n.due, d(2027, 2, 28));
        assert_eq!(n.every.as_deref(), Some("1m"));
        assert_eq!(n.what, "Monthly call");
        assert_eq!(
            s.db().get_followup(f).unwrap().done_on,
            Some(d(2027, 1, 31))
        );
        // Done twice is refused.
        assert!(s
            .write(|db| db.complete_followup(f, d(2027, 2, 1), NOW))
            .is_err());
    }

    #[test]
    fn a_follow_up_needs_a_contact_or_an_event_and_goes_with_its_event() {
        let (_d, mut s) = store();
        let id = contact(&mut s, "Zoë", None, NOW);
        let ev = event(&s, "Breakfast", "2026-12-03");
        let new = |contact_id, event_id| NewFollowUp {
            contact_id,
            event_id,
            what: "Send the invitations".into(),
            due: d(2026, 11, 25),
            every: None,
        };
        assert!(matches!(
            s.write(|db| db.insert_followup(&new(None, None), NOW)),
            Err(StoreError::Conflict(_))
        ));
        let only_event = s
            .write(|db| db.insert_followup(&new(None, Some(ev)), NOW))
            .unwrap();
        let both = s
            .write(|db| db.insert_followup(&new(Some(id), Some(ev)), NOW))
            .unwrap();
        assert_eq!(
            s.db()
                .get_followup(only_event)
                .unwrap()
                .event_name
                .as_deref(),
            Some("Breakfast")
        );
        s.conn
            .execute("DELETE FROM events WHERE id = ?1", [ev])
            .unwrap();
        assert!(s.db().get_followup(only_event).is_err());
        let kept = s.db().get_followup(both).unwrap();
        assert_eq!((kept.contact_id, kept.event_id), (Some(id), None));
    }

    /// The plan of a statement, one line per step.
    fn plan(s: &Store, sql: &str, params: impl rusqlite::Params) -> String {
        let mut stmt = s
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let rows = stmt
            .query_map(params, |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<Vec<_>>>()
            .unwrap();
        rows.join("\n")
    }

    #[test]
    fn today_reads_through_indexes_never_scanning_contacts() {
        let (_d, s) = store();
        let today = d(2026, 11, 22);
        let p = plan(
            &s,
            &open_in_sql(false),
            params![today, Option::<NaiveDate>::None, 20],
        );
        assert!(p.contains("followups_open_due (due<?)"), "{p}");
        assert!(!p.contains("SCAN f"), "{p}");
        // Read in the order shown, so that the limit stops the read: no sort.
        assert!(!p.contains("TEMP B-TREE"), "{p}");
        // A window after a day reads that window only.
        let p = plan(&s, &open_in_sql(true), params![today, today, 20]);
        assert!(p.contains("followups_open_due (due>? AND due<?)"), "{p}");
        assert!(!p.contains("TEMP B-TREE"), "{p}");
        // Counting up to a cap stops there, in the index of open follow-ups.
        for after in [false, true] {
            let p = plan(
                &s,
                &count_open_in_capped_sql(after),
                params![today, today, 1001],
            );
            assert!(p.contains("USING INDEX followups_open_due"), "{p}");
            assert!(!p.contains("TEMP B-TREE"), "{p}");
        }
        // Counting reads the index of open follow-ups, then the archived contacts' own.
        for after in [false, true] {
            let p = plan(&s, &count_open_in_sql(after), params![today, today]);
            assert!(
                p.contains("SEARCH followups USING INDEX followups_open_due"),
                "{p}"
            );
            assert!(
                p.contains("SCAN c USING COVERING INDEX contacts_archived"),
                "{p}"
            );
            assert!(p.contains("SEARCH f USING INDEX followups_contact"), "{p}");
        }

        let p = plan(&s, RECONNECT_SQL, params![today, 20]);
        assert!(p.contains("contacts_reconnect_on"), "{p}");
        assert!(p.contains("encounters_contact_date"), "{p}");
        assert!(!p.contains("SCAN"), "{p}");

        let p = plan(&s, BIRTHDAYS_SQL, params!["11-22", None::<String>, 20]);
        assert!(p.contains("COVERING INDEX contacts_birthday_day"), "{p}");
        let p = plan(&s, BIRTHDAYS_COUNT_SQL, ["[\"11-22\"]"]);
        assert!(p.contains("COVERING INDEX contacts_birthday_day"), "{p}");
        assert!(!p.contains("SCAN contacts"), "{p}");
    }
}
