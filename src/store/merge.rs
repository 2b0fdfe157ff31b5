//! Merging two contacts: every row of any table that points at one is moved to the other.

use rusqlite::params;

use super::{quote, Db, Result, StoreError};
use crate::model::ContactId;

/// Tables derived from others, rebuilt rather than moved when contacts merge.
const DERIVED: [&str; 1] = ["contact_words"];

impl Db<'_> {
    /// Merges OTHER into KEEP: every row of any table that points at OTHER is moved to KEEP
    /// (a row KEEP already has, such as the same email, is dropped), KEEP's empty fields are
    /// filled from OTHER, and OTHER is deleted. Tables added later are covered as long as
    /// they reference `contacts(id)` with a foreign key. Returns the rows moved per table.
    pub fn merge_contacts(
        &self,
        keep: ContactId,
        other: ContactId,
        now: &str,
    ) -> Result<Vec<(String, usize)>> {
        if keep == other {
            return Err(StoreError::Conflict(
                "cannot merge a contact with itself".to_owned(),
            ));
        }
        for id in [keep, other] {
            if !self.contact_exists(id)? {
                return Err(StoreError::NotFound {
                    what: "contact",
                    id,
                });
            }
        }
        self.conn.execute(
            "UPDATE contacts SET
                company = coalesce(contacts.company, o.company),
                title = coalesce(contacts.title, o.title),
                city = coalesce(contacts.city, o.city),
                how_met = coalesce(contacts.how_met, o.how_met),
                birthday = coalesce(contacts.birthday, o.birthday),
                keep_in_touch_days = coalesce(contacts.keep_in_touch_days, o.keep_in_touch_days),
                introduced_by = coalesce(contacts.introduced_by, nullif(o.introduced_by, ?1))
             FROM (SELECT * FROM contacts WHERE id = ?2) AS o
             WHERE contacts.id = ?1",
            params![keep, other],
        )?;
        let mut refs: Vec<(String, String)> = Vec::new();
        {
            let mut stmt = self.conn.prepare(
                "SELECT m.name, p.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) p
                 WHERE m.type = 'table' AND p.\"table\" = 'contacts' ORDER BY m.name, p.\"from\"",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            for r in rows {
                refs.push(r?);
            }
        }
        let mut moved = Vec::new();
        for (table, column) in refs {
            if DERIVED.contains(&table.as_str()) {
                continue;
            }
            let n = if table == "contacts" {
                self.conn.execute(
                    &format!(
                        "UPDATE contacts SET {c} = CASE WHEN id = ?1 THEN NULL ELSE ?1 END WHERE {c} = ?2",
                        c = quote(&column)
                    ),
                    params![keep, other],
                )?
            } else {
                self.conn.execute(
                    &format!(
                        "UPDATE OR IGNORE {t} SET {c} = ?1 WHERE {c} = ?2",
                        t = quote(&table),
                        c = quote(&column)
                    ),
                    params![keep, other],
                )?
            };
            if n > 0 {
                moved.push((table, n));
            }
        }
        self.delete_contact(other)?;
        self.touch_contact(keep, now)?;
        Ok(moved)
    }
}
