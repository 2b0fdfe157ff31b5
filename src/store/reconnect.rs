//! Keeping in touch: the contacts whose cadence (their own, else their tags' shortest) has
//! lapsed since they were last met, or added.

use chrono::NaiveDate;
use rusqlite::params;

use super::{day_of, Db, Result};
use crate::model::encounter::How;
use crate::model::followup::Reconnect;
use crate::model::ContactId;

/// Contacts due to reconnect on ?1, read through the partial index on `reconnect_on` (kept
/// up to date by triggers, see migration 0003); only the due ones are looked at further.
pub(super) const RECONNECT_SQL: &str = "SELECT c.id, c.name, c.company,
            coalesce(c.keep_in_touch_days,
                (SELECT min(t.keep_in_touch_days) FROM contact_tags ct
                   JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)) AS cadence,
            substr(e.date, 1, 10),
            coalesce(ev.name, nullif(e.how, 'other')),
            coalesce(substr(e.date, 1, 10), substr(c.created_at, 1, 10)),
            c.reconnect_on,
            ev.name IS NULL AND e.how IS NOT NULL AND e.how <> 'other'
       FROM contacts c
       LEFT JOIN encounters e ON e.id =
            (SELECT e2.id FROM encounters e2 WHERE e2.contact_id = c.id
              ORDER BY e2.date DESC, e2.id DESC LIMIT 1)
       LEFT JOIN events ev ON ev.id = e.event_id
      WHERE c.reconnect_on <= ?1 AND c.archived = 0
      ORDER BY c.reconnect_on, c.name_folded, c.id
      LIMIT ?2";

impl Db<'_> {
    /// Unarchived contacts whose cadence has lapsed on `today`: their own cadence, else the
    /// shortest of their tags', counted from the last encounter (or the day they were added).
    pub fn reconnect_due(&self, today: NaiveDate, limit: Option<usize>) -> Result<Vec<Reconnect>> {
        let mut stmt = self.conn.prepare_cached(RECONNECT_SQL)?;
        let limit = limit.map_or(-1, |l| l as i64);
        let rows = stmt.query_map(params![today, limit], |r| {
            Ok((
                r.get::<_, ContactId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, Option<bool>>(8)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (contact_id, name, company, cadence_days, last_seen, seen_at, since, due, how) =
                row?;
            let (Some(since), Some(due)) = (day_of(since), day_of(due)) else {
                continue;
            };
            out.push(Reconnect {
                contact_id,
                name,
                company,
                cadence_days,
                last_seen: day_of(last_seen),
                last_seen_how: match (how, &seen_at) {
                    (Some(true), Some(h)) => Some(How::from_db(h)),
                    _ => None,
                },
                last_seen_at: seen_at,
                since,
                due,
                days_late: (today - due).num_days(),
            });
        }
        Ok(out)
    }

    /// How many unarchived contacts are due to reconnect on `today`: all, or up to `cap`.
    pub fn count_reconnect_due(&self, today: NaiveDate, cap: Option<i64>) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (
                    SELECT 1 FROM contacts WHERE reconnect_on <= ?1 AND archived = 0 LIMIT ?2)",
            )?
            .query_row(params![today, cap.unwrap_or(-1)], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store as store;
    use crate::store::testing::{contact, d, encounter, event, NOW};
    use crate::store::Store;

    fn reconnect_ids(s: &Store, today: NaiveDate) -> Vec<ContactId> {
        s.db()
            .reconnect_due(today, None)
            .unwrap()
            .iter()
            .map(|r| r.contact_id)
            .collect()
    }

    #[test]
    fn reconnect_counts_from_the_last_encounter_or_the_day_added() {
        let (_d, mut s) = store();
        let today = d(2026, 11, 22);
        let zoe = contact(&mut s, "Zoë", Some(30), "2026-01-01T10:00:00Z");
        let fresh = contact(&mut s, "Frédéric", Some(30), "2026-11-01T10:00:00Z");
        let _none = contact(&mut s, "Łukasz", None, "2020-01-01T10:00:00Z");
        let breakfast = event(&s, "Petit-déjeuner", "2026-10-13");
        s.write(|db| db.insert_encounter(&encounter(zoe, d(2026, 10, 13), Some(breakfast)), NOW))
            .unwrap();

        let due = s.db().reconnect_due(today, None).unwrap();
        assert_eq!(due.len(), 1);
        let r = &due[0];
        assert_eq!(r.contact_id, zoe);
        assert_eq!(r.last_seen, Some(d(2026, 10, 13)));
        assert_eq!(r.last_seen_at.as_deref(), Some("Petit-déjeuner"));
        assert_eq!(r.due, d(2026, 11, 12));
        assert_eq!(r.days_late, 10);

        // Meeting again resets the clock.
        s.write(|db| db.insert_encounter(&encounter(zoe, d(2026, 11, 20), None), NOW))
            .unwrap();
        assert!(reconnect_ids(&s, today).is_empty());
        // Never met: counted from the day added.
        assert_eq!(reconnect_ids(&s, d(2026, 12, 1)), [fresh]);
    }

    #[test]
    fn own_cadence_wins_else_the_shortest_tag_and_archived_never_show() {
        let (_d, mut s) = store();
        let today = d(2026, 11, 22);
        let created = "2026-09-01T10:00:00Z"; // 82 days before today
        let own = contact(&mut s, "Own", Some(120), created);
        let tagged = contact(&mut s, "Tagged", None, created);
        let archived = contact(&mut s, "Archived", Some(7), created);
        s.write(|db| -> Result<()> {
            db.add_tags(own, &["client".into()])?;
            db.add_tags(tagged, &["client".into(), "ami".into()])?;
            db.set_tag_cadence("client", Some(180))?;
            db.set_tag_cadence("Ami", Some(60))?;
            db.update_contact(
                archived,
                &crate::model::ContactPatch {
                    archived: Some(true),
                    ..Default::default()
                },
                NOW,
            )
        })
        .unwrap();
        let due = s.db().reconnect_due(today, None).unwrap();
        assert_eq!(due.len(), 1, "{due:?}");
        assert_eq!(due[0].contact_id, tagged);
        assert_eq!(due[0].cadence_days, 60);
        assert_eq!(due[0].last_seen, None);
        assert_eq!(due[0].since, d(2026, 9, 1));
        // The contact's own 120 days beat the tag's 180 and lapse on 30 December.
        assert_eq!(reconnect_ids(&s, d(2026, 12, 30)), [tagged, own]);
    }

    fn reconnect_on(s: &Store, id: ContactId) -> Option<NaiveDate> {
        s.conn
            .query_row(
                "SELECT reconnect_on FROM contacts WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    }

    #[test]
    fn reconnect_on_follows_every_change() {
        let (_d, mut s) = store();
        let id = contact(&mut s, "Zoë", None, "2026-11-01T10:00:00Z");
        assert_eq!(reconnect_on(&s, id), None);
        s.write(|db| db.add_tags(id, &["client".into()])).unwrap();
        assert_eq!(reconnect_on(&s, id), None);
        s.write(|db| db.set_tag_cadence("client", Some(60)))
            .unwrap();
        assert_eq!(reconnect_on(&s, id), Some(d(2026, 12, 31)));
        let patch = |k| crate::model::ContactPatch {
            keep_in_touch_days: Some(k),
            ..Default::default()
        };
        s.write(|db| db.update_contact(id, &patch(Some(10)), NOW))
            .unwrap();
        assert_eq!(reconnect_on(&s, id), Some(d(2026, 11, 11)));
        let e = s
            .write(|db| db.insert_encounter(&encounter(id, d(2026, 11, 20), None), NOW))
            .unwrap();
        assert_eq!(reconnect_on(&s, id), Some(d(2026, 11, 30)));
        s.write(|db| db.insert_encounter(&encounter(id, d(2026, 11, 5), None), NOW))
            .unwrap();
        assert_eq!(reconnect_on(&s, id), Some(d(2026, 11, 30)));
        s.conn
            .execute("DELETE FROM encounters WHERE id = ?1", [e])
            .unwrap();
        assert_eq!(reconnect_on(&s, id), Some(d(2026, 11, 15)));
        s.write(|db| db.update_contact(id, &patch(None), NOW))
            .unwrap();
        assert_eq!(reconnect_on(&s, id), Some(d(2027, 1, 4)));
        s.write(|db| db.remove_tags(id, &["client".into()]))
            .unwrap();
        assert_eq!(reconnect_on(&s, id), None);
    }
}
