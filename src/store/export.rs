//! Contacts complete with their UIDs, for the vCard and CSV exports.

use std::collections::HashMap;

use super::channels::Channel;
use super::contacts::{contact_row, CONTACT_COLUMNS};
use super::{Db, Result, StoreError};
use crate::model::card::CardDetails;
use crate::model::interop::{ExportContact, ExportTie};
use crate::model::project::ProjectId;
use crate::model::{Contact, ContactFilter, ContactId, Labeled, Note};

/// From this many contacts on, an export reads each table in one pass rather than each
/// contact's rows through the indexes.
const BULK_EXPORT: usize = 1_000;

impl Db<'_> {
    /// Every contact (archived too) with the given tags and in the given project, complete,
    /// with its UID.
    pub fn export_contacts(
        &self,
        tags: &[String],
        project: Option<ProjectId>,
    ) -> Result<Vec<ExportContact>> {
        let filter = ContactFilter {
            tags: tags.to_vec(),
            project,
            include_archived: true,
            ..Default::default()
        };
        // One read transaction for the whole export: statement by statement, each of the
        // ~8 reads per contact took and released the file lock (half of the time went to
        // those system calls on 100,000 contacts). A savepoint also nests in a transaction.
        // And the file is read through a memory map meanwhile: the whole database is read
        // in no particular order, which through the 2 MB page cache meant 700,000 reads.
        self.conn
            .execute_batch("PRAGMA mmap_size = 1073741824; SAVEPOINT carnet_export")?;
        let read = || -> Result<Vec<ExportContact>> {
            let ids = self.listed_ids(&filter)?;
            let uid = |id: ContactId, uid: Option<String>| {
                uid.unwrap_or_else(|| format!("carnet-contact-{id}"))
            };
            if ids.len() >= BULK_EXPORT {
                return Ok(self
                    .complete_contacts(&ids)?
                    .into_iter()
                    .map(|(contact, u)| ExportContact {
                        uid: uid(contact.id, u),
                        contact,
                        related: Vec::new(),
                    })
                    .collect());
            }
            let mut out = Vec::new();
            for id in ids {
                let mut contact = self.get_contact(id)?;
                contact.add_card_details(&self.card_details(id)?);
                out.push(ExportContact {
                    uid: uid(id, self.contact_uid(id)?),
                    contact,
                    related: Vec::new(),
                });
            }
            Ok(out)
        };
        let out = read().and_then(|mut out| {
            self.export_ties(&mut out)?;
            Ok(out)
        });
        self.conn
            .execute_batch("RELEASE carnet_export; PRAGMA mmap_size = 0")?;
        out
    }

    /// Gives each exported contact the ties it holds (see `ExportContact::related`), read
    /// in one pass over the relations.
    fn export_ties(&self, out: &mut [ExportContact]) -> Result<()> {
        let index: HashMap<ContactId, usize> = out
            .iter()
            .enumerate()
            .map(|(i, c)| (c.contact.id, i))
            .collect();
        let mut stmt = self.conn.prepare(
            "SELECT r.contact_id, r.other_id, r.kind, a.name, a.uid, b.name, b.uid
               FROM relations r JOIN contacts a ON a.id = r.contact_id
               JOIN contacts b ON b.id = r.other_id ORDER BY r.id",
        )?;
        let mut rows = stmt.query([])?;
        let uid = |id: ContactId, uid: Option<String>| {
            uid.unwrap_or_else(|| format!("carnet-contact-{id}"))
        };
        while let Some(r) = rows.next()? {
            let (a, b, kind): (ContactId, ContactId, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            if let Some(&i) = index.get(&a) {
                out[i].related.push(ExportTie {
                    kind: kind.clone(),
                    name: r.get(5)?,
                    uid: uid(b, r.get(6)?),
                });
            }
            if crate::model::relation::symmetric(&kind) {
                if let Some(&i) = index.get(&b) {
                    out[i].related.push(ExportTie {
                        kind,
                        name: r.get(3)?,
                        uid: uid(a, r.get(4)?),
                    });
                }
            }
        }
        Ok(())
    }

    /// Many contacts complete (as `get_contact` reads them) with their UID, in the order of
    /// `ids`: each table is read in one pass, its rows handed to their contact and sorted
    /// there, instead of ~6 statements per contact. For a large share of the contacts.
    fn complete_contacts(&self, ids: &[ContactId]) -> Result<Vec<(Contact, Option<String>)>> {
        let index: HashMap<ContactId, usize> =
            ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let mut slots: Vec<Option<(Contact, Option<String>)>> = Vec::new();
        slots.resize_with(ids.len(), || None);
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {CONTACT_COLUMNS}, uid FROM contacts"))?;
        let mut rows = stmt.query([])?;
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
            let mut stmt = self.conn.prepare(&format!(
                "SELECT contact_id, position, id, value, label FROM {}",
                channel.table()
            ))?;
            let mut rows = stmt.query([])?;
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

        // The details the cards bring, after the contact's own.
        let mut cards: Vec<Vec<CardDetails>> = vec![Vec::new(); list.len()];
        for (contact, details) in self.all_card_details(|c| index.contains_key(&c))? {
            if let Some(&i) = index.get(&contact) {
                cards[i].push(details);
            }
        }
        for ((c, _), details) in list.iter_mut().zip(&cards) {
            c.add_card_details(details);
        }

        let names = self.tag_names()?;
        let mut tags: Vec<(usize, &(String, String))> = Vec::new();
        let mut stmt = self
            .conn
            .prepare("SELECT contact_id, tag_id FROM contact_tags")?;
        let mut rows = stmt.query([])?;
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
        let mut stmt = self
            .conn
            .prepare("SELECT contact_id, id, date, body FROM notes")?;
        let mut rows = stmt.query([])?;
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
            let want = db.get_contact(id).unwrap();
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
