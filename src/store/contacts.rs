//! Contacts: one person's own row, added, read complete, changed and deleted. Their lists
//! have their own files: `channels` (emails, phones, links), `tags`, `notes`; finding one
//! by name is `names`, listing many is `listing`.

use rusqlite::{params, OptionalExtension, Row};

use super::channels::Channel;
use super::names::{match_row, ContactMatch};
use super::{Db, Result, StoreError};
use crate::model::text::fold;
use crate::model::{Birthday, Contact, ContactId, ContactPatch, NewContact};

pub(super) const CONTACT_COLUMNS: &str = "id, name, company, title, city, how_met, birthday, \
     keep_in_touch_days, introduced_by, archived, created_at, updated_at";

pub(super) fn contact_row(r: &Row<'_>) -> rusqlite::Result<Contact> {
    let birthday: Option<String> = r.get(6)?;
    Ok(Contact {
        id: r.get(0)?,
        name: r.get(1)?,
        company: r.get(2)?,
        title: r.get(3)?,
        city: r.get(4)?,
        how_met: r.get(5)?,
        birthday: birthday.as_deref().and_then(Birthday::parse),
        keep_in_touch_days: r.get(7)?,
        introduced_by: r.get(8)?,
        archived: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        emails: Vec::new(),
        phones: Vec::new(),
        links: Vec::new(),
        addresses: Vec::new(),
        postal_addresses: Vec::new(),
        tags: Vec::new(),
        notes: Vec::new(),
    })
}

/// A row of `contact_addresses` (from `contact_id`, with `id` last when selected): its
/// contact, its id (0 when not selected) and the address.
pub(super) fn address_row(
    r: &Row<'_>,
) -> rusqlite::Result<(ContactId, i64, crate::model::Address)> {
    Ok((
        r.get(0)?,
        r.get::<_, Option<i64>>(9).ok().flatten().unwrap_or(0),
        crate::model::Address {
            label: r.get(1)?,
            po_box: r.get(2)?,
            extended: r.get(3)?,
            street: r.get(4)?,
            locality: r.get(5)?,
            region: r.get(6)?,
            postal_code: r.get(7)?,
            country: r.get(8)?,
        },
    ))
}

impl Db<'_> {
    pub fn insert_contact(&self, c: &NewContact, now: &str) -> Result<ContactId> {
        let id = self.insert_contact_untagged(c, None, now)?;
        self.add_tags(id, &c.tags)?;
        Ok(id)
    }

    /// A new contact with its name words, emails, phones and links, but not its tags; with
    /// the given UID, else the default trigger draws one.
    pub(super) fn insert_contact_untagged(
        &self,
        c: &NewContact,
        uid: Option<&str>,
        now: &str,
    ) -> Result<ContactId> {
        self.exec(
            "INSERT INTO contacts (name, name_folded, company, title, city, how_met, birthday,
                 keep_in_touch_days, introduced_by, created_at, updated_at, uid)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)",
            params![
                c.name,
                fold(&c.name),
                c.company,
                c.title,
                c.city,
                c.how_met,
                c.birthday.map(|b| b.to_string()),
                c.keep_in_touch_days,
                c.introduced_by,
                now,
                uid
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        // A new id has no words yet: a reused one lost them with its contact (cascade).
        self.insert_name_words(id, &c.name)?;
        for (channel, values) in [
            (Channel::Email, &c.emails),
            (Channel::Phone, &c.phones),
            (Channel::Link, &c.links),
        ] {
            for (position, v) in values.iter().enumerate() {
                self.insert_channel(id, channel, v, position as i64)?;
            }
        }
        for a in &c.postal {
            self.add_address(id, a)?;
        }
        Ok(id)
    }

    /// Adds a postal address to a contact; `false` when it already had it.
    pub fn add_address(&self, id: ContactId, a: &crate::model::Address) -> Result<bool> {
        let [po_box, extended, street, locality, region, postal_code, country] = a.components();
        Ok(self
            .conn
            .prepare_cached(
                "INSERT OR IGNORE INTO contact_addresses
                   (contact_id, label, po_box, extended, street, locality, region, postal_code, country)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                id,
                a.label,
                po_box,
                extended,
                street,
                locality,
                region,
                postal_code,
                country
            ])?
            > 0)
    }

    /// Removes a postal address from a contact; `false` when it did not have it.
    pub fn remove_address(&self, id: ContactId, a: &crate::model::Address) -> Result<bool> {
        let [po_box, extended, street, locality, region, postal_code, country] = a.components();
        Ok(self.conn.execute(
            "DELETE FROM contact_addresses WHERE contact_id = ?1 AND po_box = ?2 AND extended = ?3
               AND street = ?4 AND locality = ?5 AND region = ?6 AND postal_code = ?7 AND country = ?8",
            params![id, po_box, extended, street, locality, region, postal_code, country],
        )? > 0)
    }

    /// A contact's postal addresses, in the order they were added.
    pub fn addresses(&self, id: ContactId) -> Result<Vec<crate::model::Address>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT contact_id, label, po_box, extended, street, locality, region, postal_code, country
               FROM contact_addresses WHERE contact_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| address_row(r).map(|(_, _, a)| a))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn contact_exists(&self, id: ContactId) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM contacts WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// The contact with all its lists; notes newest first.
    pub fn get_contact(&self, id: ContactId) -> Result<Contact> {
        let mut c = self
            .conn
            .prepare_cached(&format!(
                "SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = ?1"
            ))?
            .query_row([id], contact_row)
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "contact",
                id,
            })?;
        (c.emails, c.phones, c.links) = self.all_channel_values(id)?;
        c.tags = self.contact_tags(id)?;
        c.notes = self.notes(id)?;
        c.postal_addresses = self.addresses(id)?;
        Ok(c)
    }

    /// Applies a patch to the contact's own fields; returns whether anything changed.
    pub fn update_contact(&self, id: ContactId, p: &ContactPatch, now: &str) -> Result<()> {
        if !self.contact_exists(id)? {
            return Err(StoreError::NotFound {
                what: "contact",
                id,
            });
        }
        if let Some(name) = &p.name {
            self.conn.execute(
                "UPDATE contacts SET name = ?2, name_folded = ?3 WHERE id = ?1",
                params![id, name, fold(name)],
            )?;
            self.index_name(id, name)?;
        }
        let text_fields: [(&str, &Option<Option<String>>); 4] = [
            ("company", &p.company),
            ("title", &p.title),
            ("city", &p.city),
            ("how_met", &p.how_met),
        ];
        for (column, value) in text_fields {
            if let Some(v) = value {
                self.conn.execute(
                    &format!("UPDATE contacts SET {column} = ?2 WHERE id = ?1"),
                    params![id, v],
                )?;
            }
        }
        if let Some(b) = &p.birthday {
            self.conn.execute(
                "UPDATE contacts SET birthday = ?2 WHERE id = ?1",
                params![id, b.map(|b| b.to_string())],
            )?;
        }
        if let Some(k) = &p.keep_in_touch_days {
            self.conn.execute(
                "UPDATE contacts SET keep_in_touch_days = ?2 WHERE id = ?1",
                params![id, k],
            )?;
        }
        if let Some(by) = &p.introduced_by {
            if *by == Some(id) {
                return Err(StoreError::Conflict(
                    "a contact cannot be introduced by themselves".to_owned(),
                ));
            }
            self.conn.execute(
                "UPDATE contacts SET introduced_by = ?2 WHERE id = ?1",
                params![id, by],
            )?;
        }
        if let Some(a) = p.archived {
            self.conn.execute(
                "UPDATE contacts SET archived = ?2 WHERE id = ?1",
                params![id, a],
            )?;
        }
        self.touch_contact(id, now)
    }

    pub fn touch_contact(&self, id: ContactId, now: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE contacts SET updated_at = ?2 WHERE id = ?1",
            params![id, now],
        )?;
        Ok(())
    }

    /// Sets the `updated_at` of each of `ids` in one statement.
    pub fn touch_contacts(&self, ids: &[ContactId], now: &str) -> Result<()> {
        if !ids.is_empty() {
            self.conn.execute(
                "UPDATE contacts SET updated_at = ?2 WHERE id IN (SELECT value FROM json_each(?1))",
                params![super::listing::ids_json(ids), now],
            )?;
        }
        Ok(())
    }

    /// The ids a query returns (its first column), each once, in the order returned.
    pub(super) fn ids_in_order(
        &self,
        sql: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<ContactId>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(args, |r| r.get::<_, ContactId>(0))?;
        let mut seen = std::collections::HashSet::new();
        let mut ids = Vec::new();
        for id in rows {
            let id = id?;
            if seen.insert(id) {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    pub fn delete_contact(&self, id: ContactId) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM contacts WHERE id = ?1", [id])?;
        if n == 0 {
            return Err(StoreError::NotFound {
                what: "contact",
                id,
            });
        }
        self.drop_unused_tags()
    }

    /// The contacts introduced by `id`.
    pub fn introduced(&self, id: ContactId) -> Result<Vec<ContactMatch>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, company, archived FROM contacts WHERE introduced_by = ?1 ORDER BY name_folded",
        )?;
        let rows = stmt.query_map([id], match_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The highest contact id now: records of one import only match contacts up to it by
    /// email, so two people sharing an address in one file stay two contacts.
    pub fn max_contact_id(&self) -> Result<ContactId> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM contacts", [], |r| {
                r.get(0)
            })?)
    }

    pub fn contact_by_uid(&self, uid: &str) -> Result<Option<ContactId>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM contacts WHERE uid = ?1")?
            .query_row([uid], |r| r.get(0))
            .optional()?)
    }

    pub fn contact_uid(&self, id: ContactId) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT uid FROM contacts WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
            .flatten())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store as store;

    #[test]
    fn a_failed_write_leaves_nothing() {
        let (_d, mut s) = store();
        let r: Result<()> = s.write(|db| {
            add_in(db, "Temp")?;
            Err(StoreError::Conflict("stop".into()))
        });
        assert!(r.is_err());
        assert!(s.db().all_contact_names().unwrap().is_empty());
    }

    fn add_in(db: Db<'_>, name: &str) -> Result<ContactId> {
        db.insert_contact(
            &NewContact {
                name: name.into(),
                ..Default::default()
            },
            "2026-11-22T00:00:00Z",
        )
    }
}
