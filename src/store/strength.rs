//! What relationship strength is worked out from (`model::strength`), read for one contact
//! through the indexes on contact: its encounters (with the number of people met at each
//! event), follow-ups, introductions both ways and ties.

use super::{day_of, Db, Result};
use crate::model::encounter::How;
use crate::model::strength::{Inputs, Kept, Meeting};
use crate::model::ContactId;

impl Db<'_> {
    /// Everything the strength of `contact` is made of; `None` for no such contact.
    pub fn strength_inputs(&self, contact: ContactId) -> Result<Option<Inputs>> {
        let head = self
            .conn
            .prepare_cached(
                "SELECT coalesce(c.keep_in_touch_days,
                                 (SELECT min(t.keep_in_touch_days) FROM contact_tags ct
                                    JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)),
                        (SELECT i.name FROM contacts i WHERE i.id = c.introduced_by)
                   FROM contacts c WHERE c.id = ?1",
            )?
            .query_row([contact], |r| {
                Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, Option<String>>(1)?))
            });
        let (cadence_days, introduced_by) = match head {
            Ok(h) => h,
            Err(rusqlite::Error::QueryReturnedNoRows) => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let mut meetings = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT x.date, x.how, e.name,
                    CASE WHEN x.event_id IS NULL THEN 1 ELSE
                        (SELECT count(DISTINCT y.contact_id) FROM encounters y
                          WHERE y.event_id = x.event_id) END
               FROM encounters x LEFT JOIN events e ON e.id = x.event_id
              WHERE x.contact_id = ?1",
        )?;
        let mut rows = stmt.query([contact])?;
        while let Some(r) = rows.next()? {
            let Some(date) = day_of(r.get(0)?) else {
                continue;
            };
            meetings.push(Meeting {
                date,
                how: How::from_db(&r.get::<_, String>(1)?),
                event: r.get(2)?,
                headcount: r.get(3)?,
            });
        }
        let mut followups = Vec::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT due, done_on FROM followups WHERE contact_id = ?1")?;
        let mut rows = stmt.query([contact])?;
        while let Some(r) = rows.next()? {
            let Some(due) = day_of(r.get(0)?) else {
                continue;
            };
            followups.push(Kept {
                due,
                done_on: day_of(r.get(1)?),
            });
        }
        let introduced = self.names(
            "SELECT name FROM contacts WHERE introduced_by = ?1 ORDER BY name_folded, id",
            contact,
        )?;
        let ties = self.names(
            "SELECT c.name FROM relations r JOIN contacts c
                 ON c.id = CASE WHEN r.contact_id = ?1 THEN r.other_id ELSE r.contact_id END
              WHERE r.contact_id = ?1 OR r.other_id = ?1
              ORDER BY c.name_folded, r.id",
            contact,
        )?;
        Ok(Some(Inputs {
            cadence_days,
            meetings,
            followups,
            introduced_by,
            introduced,
            ties,
        }))
    }

    fn names(&self, sql: &str, contact: ContactId) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([contact], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
