//! Tags: each named once and compared folded ("Vœux" is "voeux"), carried by contacts,
//! some with a keep-in-touch cadence. A tag nobody carries is dropped unless it has one.

use rusqlite::{params, OptionalExtension};

use super::listing::ids_json;
use super::{Db, Result};
use crate::model::text::fold;
use crate::model::{ContactId, TagCount};

impl Db<'_> {
    pub fn contact_tags(&self, id: ContactId) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT t.folded, t.name FROM tags t
             WHERE t.id IN (SELECT tag_id FROM contact_tags WHERE contact_id = ?1)",
        )?;
        let rows = stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
        let mut tags: Vec<(String, String)> = rows.collect::<rusqlite::Result<_>>()?;
        tags.sort();
        Ok(tags.into_iter().map(|(_, name)| name).collect())
    }

    /// The id of a tag, created on first use. Tags compare folded: "Vœux" is "voeux".
    pub fn tag_id(&self, name: &str) -> Result<i64> {
        let folded = fold(name);
        self.exec(
            "INSERT OR IGNORE INTO tags (name, folded) VALUES (?1, ?2)",
            params![name, folded],
        )?;
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM tags WHERE folded = ?1")?
            .query_row([folded], |r| r.get(0))?)
    }

    pub fn find_tag(&self, name: &str) -> Result<Option<(i64, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name FROM tags WHERE folded = ?1",
                [fold(name)],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Returns the tags that were newly added.
    pub fn add_tags(&self, id: ContactId, tags: &[String]) -> Result<Vec<String>> {
        let mut added = Vec::new();
        for t in tags {
            let tag = self.tag_id(t)?;
            let n = self.exec(
                "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?1, ?2)",
                params![id, tag],
            )?;
            if n > 0 {
                added.push(t.clone());
            }
        }
        Ok(added)
    }

    /// Returns the tags that were removed; tags nobody carries any more are dropped.
    pub fn remove_tags(&self, id: ContactId, tags: &[String]) -> Result<Vec<String>> {
        let mut removed = Vec::new();
        for t in tags {
            let n = self.conn.execute(
                "DELETE FROM contact_tags WHERE contact_id = ?1
                   AND tag_id = (SELECT id FROM tags WHERE folded = ?2)",
                params![id, fold(t)],
            )?;
            if n > 0 {
                removed.push(t.clone());
            }
        }
        self.drop_unused_tags()?;
        Ok(removed)
    }

    /// Adds `tags` to each of `people`, one statement per tag, and sets the `updated_at` of
    /// those who lacked one of them. Returns those, in the order of `people`, once each.
    pub fn add_tags_to_many(
        &self,
        people: &[ContactId],
        tags: &[String],
        now: &str,
    ) -> Result<Vec<ContactId>> {
        if people.is_empty() {
            return Ok(Vec::new());
        }
        let ids = ids_json(people);
        let tag_ids = tags
            .iter()
            .map(|t| self.tag_id(t))
            .collect::<Result<Vec<i64>>>()?;
        let changed = self.ids_in_order(
            "SELECT j.value FROM json_each(?1) j
              WHERE EXISTS (SELECT 1 FROM json_each(?2) t
                             WHERE NOT EXISTS (SELECT 1 FROM contact_tags
                                                WHERE contact_id = j.value AND tag_id = t.value))
              ORDER BY j.key",
            params![ids, serde_json::to_string(&tag_ids).unwrap_or_default()],
        )?;
        for tag in tag_ids {
            self.exec(
                "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id)
                 SELECT value, ?2 FROM json_each(?1) ORDER BY key",
                params![ids, tag],
            )?;
        }
        self.touch_contacts(&changed, now)?;
        Ok(changed)
    }

    /// Removes `tags` from each of `people` and sets the `updated_at` of those who held one
    /// of them; tags nobody carries any more are dropped. Returns those changed, in the order
    /// of `people`, once each.
    pub fn remove_tags_from_many(
        &self,
        people: &[ContactId],
        tags: &[String],
        now: &str,
    ) -> Result<Vec<ContactId>> {
        if people.is_empty() {
            return Ok(Vec::new());
        }
        let ids = ids_json(people);
        let folded: Vec<String> = tags.iter().map(|t| fold(t)).collect();
        let folded = serde_json::to_string(&folded).unwrap_or_default();
        let changed = self.ids_in_order(
            "SELECT j.value FROM json_each(?1) j
              WHERE EXISTS (SELECT 1 FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                             WHERE ct.contact_id = j.value
                               AND t.folded IN (SELECT value FROM json_each(?2)))
              ORDER BY j.key",
            params![ids, folded],
        )?;
        self.exec(
            "DELETE FROM contact_tags
              WHERE contact_id IN (SELECT value FROM json_each(?1))
                AND tag_id IN (SELECT id FROM tags WHERE folded IN (SELECT value FROM json_each(?2)))",
            params![ids, folded],
        )?;
        self.drop_unused_tags()?;
        self.touch_contacts(&changed, now)?;
        Ok(changed)
    }

    /// Drops the tags nobody carries, except those with a keep-in-touch cadence.
    pub(super) fn drop_unused_tags(&self) -> Result<()> {
        self.conn.execute(
            "DELETE FROM tags WHERE keep_in_touch_days IS NULL
               AND NOT EXISTS (SELECT 1 FROM contact_tags WHERE tag_id = tags.id)",
            [],
        )?;
        Ok(())
    }

    /// Sets (or with `None` clears) a tag's default cadence; the tag is created if needed.
    pub fn set_tag_cadence(&self, name: &str, days: Option<i64>) -> Result<String> {
        let id = self.tag_id(name)?;
        self.conn.execute(
            "UPDATE tags SET keep_in_touch_days = ?2 WHERE id = ?1",
            params![id, days],
        )?;
        let name: String =
            self.conn
                .query_row("SELECT name FROM tags WHERE id = ?1", [id], |r| r.get(0))?;
        self.drop_unused_tags()?;
        Ok(name)
    }

    /// Every tag carried by an unarchived contact or with a cadence, with the number of
    /// (unarchived) contacts carrying it.
    pub fn tag_counts(&self) -> Result<Vec<TagCount>> {
        let mut stmt = self.conn.prepare(
            "SELECT t.name, count(c.id), t.keep_in_touch_days FROM tags t
               LEFT JOIN contact_tags ct ON ct.tag_id = t.id
               LEFT JOIN contacts c ON c.id = ct.contact_id AND c.archived = 0
             GROUP BY t.id
             HAVING count(c.id) > 0 OR t.keep_in_touch_days IS NOT NULL
             ORDER BY t.folded",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TagCount {
                name: r.get(0)?,
                count: r.get(1)?,
                keep_in_touch_days: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every tag's folded form and name, by id.
    pub(super) fn tag_names(&self) -> Result<TagNames> {
        let mut names = Vec::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, folded, name FROM tags ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            names.push((r.get(0)?, (r.get(1)?, r.get(2)?)));
        }
        Ok(TagNames(names))
    }
}

/// Every tag's folded name and name, by id: a handful of tags looked up tens of thousands
/// of times in a listing, by binary search (hashing each id cost more).
pub(super) struct TagNames(Vec<(i64, (String, String))>);

impl TagNames {
    pub(super) fn get(&self, id: &i64) -> Option<&(String, String)> {
        let i = self.0.binary_search_by_key(id, |(tag, _)| *tag).ok()?;
        Some(&self.0[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store as store;
    use crate::store::testing::{add, contact, NOW};

    #[test]
    fn tags_are_folded_and_dropped_when_unused() {
        let (_d, mut s) = store();
        let id = add(&mut s, "Zoë");
        s.write(|db| db.add_tags(id, &["Vœux".into()])).unwrap();
        assert_eq!(s.db().find_tag("voeux").unwrap().unwrap().1, "Vœux");
        s.write(|db| db.remove_tags(id, &["VOEUX".into()])).unwrap();
        assert!(s.db().find_tag("voeux").unwrap().is_none());
    }

    #[test]
    fn tag_names_are_found_by_id() {
        let names = TagNames(vec![
            (2, ("client".into(), "Client".into())),
            (5, ("mecenat".into(), "Mécénat".into())),
            (9, ("voeux".into(), "Vœux".into())),
        ]);
        assert_eq!(names.get(&5).map(|(_, n)| n.as_str()), Some("Mécénat"));
        assert_eq!(names.get(&9).map(|(_, n)| n.as_str()), Some("Vœux"));
        assert!(names.get(&3).is_none());
        assert!(names.get(&10).is_none());
    }

    #[test]
    fn tags_with_a_cadence_are_kept_when_unused() {
        let (_d, mut s) = store();
        let id = contact(&mut s, "Zoë", None, NOW);
        s.write(|db| -> Result<()> {
            db.add_tags(id, &["Vœux".into(), "other".into()])?;
            db.set_tag_cadence("voeux", Some(90))?;
            db.remove_tags(id, &["voeux".into(), "other".into()])?;
            Ok(())
        })
        .unwrap();
        assert!(s.db().find_tag("voeux").unwrap().is_some());
        assert!(s.db().find_tag("other").unwrap().is_none());
        let counts = s.db().tag_counts().unwrap();
        assert_eq!(counts.len(), 1);
        assert_eq!(counts[0].keep_in_touch_days, Some(90));
        s.write(|db| db.set_tag_cadence("voeux", None)).unwrap();
        assert!(s.db().find_tag("voeux").unwrap().is_none());
    }
}
