//! Contacts complete with their UIDs, for the vCard and CSV exports.

use rusqlite::OptionalExtension;
use std::collections::HashMap;

use super::channels::Channel;
use super::contacts::{contact_row, CONTACT_COLUMNS};
use super::{Db, Result, StoreError};
use crate::model::card::CardDetails;
use crate::model::interop::{ExportContact, ExportTie};
use crate::model::project::ProjectId;
use crate::model::selection::Selection;
use crate::model::text::fold;
use crate::model::{Contact, ContactFilter, ContactId, Labeled, Note};

/// From this many contacts on, an export reads contacts in chunks, each table once per
/// chunk, rather than each contact's rows statement by statement.
const BULK_EXPORT: usize = 1_000;

/// How many contacts an export holds in memory at once.
const CHUNK: usize = 512;

impl Db<'_> {
    /// Every contact of a selection, complete, with its UID, handed to `each` one at a time
    /// in the order they were added (by id): a chunk of them is in memory at once, never
    /// all. Returns how many there were.
    pub fn export_each<E: From<StoreError>>(
        &self,
        select: &Selection,
        mut each: impl FnMut(ExportContact) -> std::result::Result<(), E>,
    ) -> std::result::Result<usize, E> {
        let filter = ContactFilter {
            select: select.clone(),
            ..Default::default()
        };
        // One read transaction for the whole export: statement by statement, each of the
        // ~8 reads per contact took and released the file lock (half of the time went to
        // those system calls on 100,000 contacts). A savepoint also nests in a transaction.
        self.conn
            .execute_batch("SAVEPOINT carnet_export")
            .map_err(StoreError::from)?;
        let mut read = || -> std::result::Result<usize, E> {
            // In the order they were added (by id), which is the order of their rows in
            // every table: each chunk then reads neighbouring pages. In the order of names,
            // each chunk read pages all over the file (300,000 contacts: 3.7 times slower
            // than reading every table whole, which held them all in memory).
            let mut ids = self.listed_ids(&filter)?;
            ids.sort_unstable();
            let uid = |id: ContactId, uid: Option<String>| {
                uid.unwrap_or_else(|| format!("carnet-contact-{id}"))
            };
            for chunk in ids.chunks(CHUNK) {
                let mut ties = self.export_ties(chunk)?;
                let mut related = |id: ContactId| ties.remove(&id).unwrap_or_default();
                if ids.len() < BULK_EXPORT {
                    for &id in chunk {
                        let mut contact = self.get_contact(id)?;
                        contact.add_card_details(&self.card_details(id)?);
                        each(ExportContact {
                            uid: uid(id, self.contact_uid(id)?),
                            contact,
                            related: related(id),
                        })?;
                    }
                    continue;
                }
                for (contact, u) in self.complete_contacts(chunk)? {
                    each(ExportContact {
                        uid: uid(contact.id, u),
                        related: related(contact.id),
                        contact,
                    })?;
                }
            }
            Ok(ids.len())
        };
        let out = read();
        self.conn
            .execute_batch("RELEASE carnet_export")
            .map_err(StoreError::from)?;
        out
    }

    /// Every contact (archived too) with the given tags and in the given project, complete,
    /// with its UID (all in memory: for a few; an export goes through `export_each`).
    pub fn export_contacts(
        &self,
        tags: &[String],
        project: Option<ProjectId>,
    ) -> Result<Vec<ExportContact>> {
        let select = Selection {
            tags: if tags.is_empty() {
                Vec::new()
            } else {
                vec![tags.iter().map(|t| fold(t)).collect()]
            },
            projects: project.into_iter().collect(),
            include_archived: true,
            ..Default::default()
        };
        let mut out = Vec::new();
        self.export_each(&select, |c| {
            out.push(c);
            Ok::<(), StoreError>(())
        })?;
        Ok(out)
    }

    /// When the contact was last seen, how many encounters they had, their newest note.
    pub fn contact_activity(&self, id: ContactId) -> Result<crate::model::interop::Activity> {
        let (last_seen, encounters) = self
            .conn
            .prepare_cached("SELECT max(date), count(*) FROM encounters WHERE contact_id = ?1")?
            .query_row([id], |r| {
                Ok((r.get::<_, Option<chrono::NaiveDate>>(0)?, r.get(1)?))
            })?;
        let latest_note = self
            .conn
            .prepare_cached(
                "SELECT body FROM notes WHERE contact_id = ?1 ORDER BY date DESC, id DESC LIMIT 1",
            )?
            .query_row([id], |r| r.get(0))
            .optional()?;
        Ok(crate::model::interop::Activity {
            last_seen,
            encounters,
            latest_note,
        })
    }

    /// One contact as an export holds it (its card details and ties too).
    pub fn export_contact(&self, id: ContactId) -> Result<ExportContact> {
        let mut contact = self.get_contact(id)?;
        contact.add_card_details(&self.card_details(id)?);
        let uid = self
            .contact_uid(id)?
            .unwrap_or_else(|| format!("carnet-contact-{id}"));
        let related = self.export_ties(&[id])?.remove(&id).unwrap_or_default();
        Ok(ExportContact {
            uid,
            contact,
            related,
        })
    }

    /// The ties each of `ids` holds (see `ExportContact::related`), in the order they were
    /// made: one statement for them all, through the relations' indexes on either side.
    fn export_ties(&self, ids: &[ContactId]) -> Result<HashMap<ContactId, Vec<ExportTie>>> {
        let wanted: std::collections::HashSet<ContactId> = ids.iter().copied().collect();
        let mut out: HashMap<ContactId, Vec<ExportTie>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.contact_id, r.other_id, r.kind, a.name, a.uid, b.name, b.uid
               FROM relations r JOIN contacts a ON a.id = r.contact_id
               JOIN contacts b ON b.id = r.other_id
              WHERE r.contact_id IN (SELECT value FROM json_each(?1))
                 OR r.other_id IN (SELECT value FROM json_each(?1))
              ORDER BY r.id",
        )?;
        let mut rows = stmt.query([super::listing::ids_json(ids)])?;
        let uid = |id: ContactId, uid: Option<String>| {
            uid.unwrap_or_else(|| format!("carnet-contact-{id}"))
        };
        while let Some(r) = rows.next()? {
            let (a, b, kind): (ContactId, ContactId, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            if wanted.contains(&a) {
                out.entry(a).or_default().push(ExportTie {
                    kind: kind.clone(),
                    name: r.get(5)?,
                    uid: uid(b, r.get(6)?),
                });
            }
            if crate::model::relation::symmetric(&kind) && wanted.contains(&b) {
                out.entry(b).or_default().push(ExportTie {
                    kind,
                    name: r.get(3)?,
                    uid: uid(a, r.get(4)?),
                });
            }
        }
        Ok(out)
    }

    /// Several contacts complete (as `get_contact` reads them) with their UID, in the order
    /// of `ids`: each table is read once for all of them (through its index on the contact),
    /// its rows handed to their contact and sorted there, instead of ~6 statements per
    /// contact.
    fn complete_contacts(&self, ids: &[ContactId]) -> Result<Vec<(Contact, Option<String>)>> {
        let index: HashMap<ContactId, usize> =
            ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let json = super::listing::ids_json(ids);
        let mut slots: Vec<Option<(Contact, Option<String>)>> = Vec::new();
        slots.resize_with(ids.len(), || None);
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CONTACT_COLUMNS}, uid FROM contacts WHERE id IN (SELECT value FROM json_each(?1))"
        ))?;
        let mut rows = stmt.query([&json])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                slots[i] = Some((contact_row(r)?, r.get(12)?));
            }
        }
        let mut list: Vec<(Contact, Option<String>)> = Vec::with_capacity(ids.len());
        for (slot, id) in slots.into_iter().zip(ids) {
            list.push(slot.ok_or(StoreError::NotFound {
                what: "contact",
                id: *id,
            })?);
        }

        for channel in [Channel::Email, Channel::Phone, Channel::Link] {
            let mut values: Vec<(usize, i64, i64, Labeled)> = Vec::new();
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT contact_id, position, id, value, label FROM {}
                 WHERE contact_id IN (SELECT value FROM json_each(?1))",
                channel.table()
            ))?;
            let mut rows = stmt.query([&json])?;
            while let Some(r) = rows.next()? {
                if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                    let v = Labeled::new(r.get::<_, String>(3)?, r.get(4)?);
                    values.push((i, r.get(1)?, r.get(2)?, v));
                }
            }
            values.sort_unstable_by_key(|(i, position, id, _)| (*i, *position, *id));
            for (i, _, _, v) in values {
                let c = &mut list[i].0;
                match channel {
                    Channel::Email => c.emails.push(v),
                    Channel::Phone => c.phones.push(v),
                    Channel::Link => c.links.push(v),
                }
            }
        }

        let mut addresses: Vec<(usize, i64, crate::model::Address)> = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT contact_id, label, po_box, extended, street, locality, region, postal_code,
                    country, id
               FROM contact_addresses WHERE contact_id IN (SELECT value FROM json_each(?1))",
        )?;
        let mut rows = stmt.query([&json])?;
        while let Some(r) = rows.next()? {
            let (contact, id, a) = super::contacts::address_row(r)?;
            if let Some(&i) = index.get(&contact) {
                addresses.push((i, id, a));
            }
        }
        addresses.sort_unstable_by_key(|(i, id, _)| (*i, *id));
        for (i, _, a) in addresses {
            list[i].0.postal_addresses.push(a);
        }

        // The details the cards bring, after the contact's own.
        let mut cards: Vec<Vec<CardDetails>> = vec![Vec::new(); list.len()];
        for (contact, details) in self.card_details_of(ids)? {
            if let Some(&i) = index.get(&contact) {
                cards[i].push(details);
            }
        }
        for ((c, _), details) in list.iter_mut().zip(&cards) {
            c.add_card_details(details);
        }

        let names = self.tag_names()?;
        let mut tags: Vec<(usize, &(String, String))> = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT contact_id, tag_id FROM contact_tags
             WHERE contact_id IN (SELECT value FROM json_each(?1))",
        )?;
        let mut rows = stmt.query([&json])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                if let Some(tag) = names.get(&r.get::<_, i64>(1)?) {
                    tags.push((i, tag));
                }
            }
        }
        tags.sort_unstable();
        for (i, (_, name)) in tags {
            list[i].0.tags.push(name.clone());
        }

        let mut notes: Vec<(usize, Note)> = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT contact_id, id, date, body FROM notes
             WHERE contact_id IN (SELECT value FROM json_each(?1))",
        )?;
        let mut rows = stmt.query([&json])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                let note = Note {
                    id: r.get(1)?,
                    date: r.get(2)?,
                    text: r.get(3)?,
                };
                notes.push((i, note));
            }
        }
        // Newest first within each contact, as `notes` gives them.
        notes.sort_unstable_by_key(|(i, n)| (*i, std::cmp::Reverse((n.date, n.id))));
        for (i, n) in notes {
            list[i].0.notes.push(n);
        }
        Ok(list)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::NewContact;
    use crate::store::test_store as store;

    /// The one-pass reading of an export gives each contact exactly as `get_contact` does:
    /// lists in position order, tags by folded name, notes newest first; contacts in the
    /// order asked, others left out.
    #[test]
    fn complete_contacts_read_as_get_contact_does() {
        let (_d, mut s) = store();
        let date = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let ids = s
            .write(|db| {
                let mut ids = Vec::new();
                for (n, name) in ["Zoë Tremblay", "Frédéric Duval", "安藤 Hiro", "Łukasz"]
                    .iter()
                    .enumerate()
                {
                    let id = db.insert_contact(
                        &NewContact {
                            name: (*name).into(),
                            emails: vec![
                                Labeled::new(format!("b{n}@ex.fr"), Some("work".into())),
                                Labeled::new(format!("a{n}@ex.fr"), None),
                            ],
                            phones: vec![Labeled::new("+1 418 555 0100", None)],
                            tags: vec!["Vœux".into(), "amis".into(), "Québec".into()],
                            ..Default::default()
                        },
                        "2026-11-22T00:00:00Z",
                    )?;
                    db.add_channel(id, Channel::Email, &Labeled::new("0@ex.fr", None))?;
                    db.replace_channel(
                        id,
                        Channel::Link,
                        &[
                            Labeled::new("https://z.example", None),
                            Labeled::new("https://a.example", Some("blog".into())),
                        ],
                    )?;
                    db.add_note(id, date(3), "plus tard", "2026-11-22T00:00:00Z")?;
                    db.add_note(id, date(1), "d'abord", "2026-11-22T00:00:00Z")?;
                    db.add_note(id, date(3), "le même jour", "2026-11-22T00:00:00Z")?;
                    // Cards, received out of order: their details after the contact's own.
                    for (day, company) in [(5, "Pinson"), (2, "Vœux inc.")] {
                        let card = crate::model::card::NewCard {
                            company: Some(format!("{company} {n}")),
                            title: None,
                            emails: vec![format!("card{day}.{n}@ex.fr")],
                            phones: vec![format!("+1 514 555 01{day}{n}")],
                            website: Some(format!("https://{n}.card{day}.example")),
                            address: None,
                            note: None,
                            received_on: date(day),
                            event_id: None,
                        };
                        db.insert_card(id, &card, "2026-11-22T00:00:00Z")?;
                    }
                    ids.push(id);
                }
                Ok::<_, StoreError>(ids)
            })
            .unwrap();
        let asked = [ids[2], ids[0], ids[3]];
        let db = s.db();
        let got = db.complete_contacts(&asked).unwrap();
        assert_eq!(got.len(), 3);
        for ((c, uid), id) in got.iter().zip(asked) {
            let mut want = db.get_contact(id).unwrap();
            want.add_card_details(&db.card_details(id).unwrap());
            assert!(want.emails.iter().any(|e| e.value.starts_with("card5.")));
            assert_eq!(
                serde_json::to_value(c).unwrap(),
                serde_json::to_value(&want).unwrap()
            );
            assert_eq!(*uid, db.contact_uid(id).unwrap());
        }
        assert_eq!(got[0].0.emails[2].value, "0@ex.fr");
        assert_eq!(got[0].0.tags, ["amis", "Québec", "Vœux"]);
        assert_eq!(got[0].0.notes[2].text, "d'abord");
    }
}
