//! The figures of `carnet event stats`, one row per event of a period, each counted through
//! the indexes on encounters (event; contact and date), cards (event) and follow-ups.

use chrono::NaiveDate;
use rusqlite::params;

use super::{Db, Result};
use crate::model::stats::{series_key, EventFigures, Figures};

/// Per event: the people met there, new there, seen again, introduced, holding roles; its
/// cards; the follow-ups tied to the event itself or planned at a meeting there.
const STATS_SQL: &str = "
SELECT e.id, e.name, e.date, e.kind,
  (SELECT count(DISTINCT x.contact_id) FROM encounters x WHERE x.event_id = e.id),
  (SELECT count(DISTINCT x.contact_id) FROM encounters x WHERE x.event_id = e.id
      AND NOT EXISTS (SELECT 1 FROM encounters y
                       WHERE y.contact_id = x.contact_id AND y.date < x.date)),
  (SELECT count(*) FROM cards k WHERE k.event_id = e.id),
  (SELECT count(*) FROM followups fu WHERE (fu.event_id = e.id OR fu.id IN (SELECT x.followup_id FROM encounters x
                      WHERE x.event_id = e.id AND x.followup_id IS NOT NULL))),
  (SELECT count(*) FROM followups fu WHERE done_on <= due AND (fu.event_id = e.id OR fu.id IN (SELECT x.followup_id FROM encounters x
                      WHERE x.event_id = e.id AND x.followup_id IS NOT NULL))),
  (SELECT count(*) FROM followups fu WHERE done_on > due AND (fu.event_id = e.id OR fu.id IN (SELECT x.followup_id FROM encounters x
                      WHERE x.event_id = e.id AND x.followup_id IS NOT NULL))),
  (SELECT count(*) FROM followups fu WHERE done_on IS NULL AND (fu.event_id = e.id OR fu.id IN (SELECT x.followup_id FROM encounters x
                      WHERE x.event_id = e.id AND x.followup_id IS NOT NULL))),
  (SELECT count(DISTINCT x.contact_id) FROM encounters x WHERE x.event_id = e.id
      AND EXISTS (SELECT 1 FROM encounters y WHERE y.contact_id = x.contact_id
                     AND y.date > x.date AND y.date <= date(x.date, '+90 days'))),
  (SELECT count(DISTINCT x.contact_id) FROM encounters x JOIN contacts c ON c.id = x.contact_id
    WHERE x.event_id = e.id AND c.introduced_by IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM encounters y
                       WHERE y.contact_id = x.contact_id AND y.date < x.date)),
  (SELECT count(*) FROM project_roles pr WHERE pr.contact_id IN
      (SELECT x.contact_id FROM encounters x WHERE x.event_id = e.id
          AND NOT EXISTS (SELECT 1 FROM encounters y
                           WHERE y.contact_id = x.contact_id AND y.date < x.date)))
FROM events e
WHERE e.date >= ?1 AND e.date <= ?2 AND (?3 IS NULL OR e.kind = ?3)
ORDER BY e.date, e.id";

impl Db<'_> {
    /// The figures of every event from `since` to `until` (of `kind` when given).
    pub fn event_figures(
        &self,
        since: NaiveDate,
        until: NaiveDate,
        kind: Option<&str>,
    ) -> Result<Vec<EventFigures>> {
        let mut stmt = self.conn.prepare_cached(STATS_SQL)?;
        let rows = stmt.query_map(params![since, until, kind], |r| {
            let name: String = r.get(1)?;
            Ok(EventFigures {
                event_id: r.get(0)?,
                series: series_key(&name),
                name,
                date: r.get(2)?,
                kind: r.get(3)?,
                figures: Figures {
                    met: r.get(4)?,
                    first_time: r.get(5)?,
                    cards: r.get(6)?,
                    followups: r.get(7)?,
                    followups_on_time: r.get(8)?,
                    followups_late: r.get(9)?,
                    followups_open: r.get(10)?,
                    seen_again: r.get(11)?,
                    introductions: r.get(12)?,
                    roles: r.get(13)?,
                },
                score: 0,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
