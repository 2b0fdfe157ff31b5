//! Listings of contacts (`carnet list`): the filtered SELECT, then the tags (and emails
//! and phones when asked) attached with one statement each; or, for the fast path, each
//! row borrowed from SQLite and handed on.

use std::collections::HashMap;

use super::channels::Channel;
use super::{Db, Result};
use crate::model::card::CardDetails;
use crate::model::{ContactFilter, ContactId, ContactSummary, Labeled, SortBy};
use rusqlite::types::Value;

pub(super) fn ids_json(ids: &[ContactId]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned())
}

impl Db<'_> {
    /// Contacts for a listing, with their emails, phones and tags.
    pub fn find_contacts(&self, f: &ContactFilter) -> Result<Vec<ContactSummary>> {
        let (sql, args) = listing_sql(f);
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(ContactSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                company: r.get(2)?,
                title: r.get(3)?,
                city: r.get(4)?,
                archived: r.get(5)?,
                emails: Vec::new(),
                phones: Vec::new(),
                tags: Vec::new(),
            })
        })?;
        let mut list: Vec<ContactSummary> = rows.collect::<rusqlite::Result<_>>()?;
        self.attach_lists(&mut list, f.with_channels)?;
        Ok(list)
    }

    /// The rows of a listing handed one by one to `each`, text borrowed from SQLite: the
    /// fast path of `carnet list | …`, with no allocation per contact. A listing of every
    /// contact reads the tags with one pass over contact_tags; a filtered one goes through
    /// `find_contacts`.
    pub fn each_listed_contact(
        &self,
        f: &ContactFilter,
        mut each: impl FnMut(&ListedContact<'_>),
    ) -> Result<()> {
        let unfiltered = f.select.is_everyone() && f.limit.is_none();
        if !unfiltered {
            for c in self.find_contacts(f)? {
                let tags: Vec<&str> = c.tags.iter().map(String::as_str).collect();
                each(&ListedContact {
                    id: c.id,
                    name: &c.name,
                    company: c.company.as_deref(),
                    title: c.title.as_deref(),
                    tags: &tags,
                });
            }
            return Ok(());
        }
        let names = self.tag_names()?;
        // Sorted by contact (the primary key's order, so no sort), found by binary search.
        let mut pairs: Vec<(ContactId, i64)> = Vec::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT contact_id, tag_id FROM contact_tags ORDER BY contact_id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            pairs.push((r.get(0)?, r.get(1)?));
        }
        // Only the columns shown.
        let (sql, args) = listing_sql_of(f, "c.id, c.name, c.company, c.title");
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
        let mut found: Vec<&(String, String)> = Vec::new();
        let mut tags: Vec<&str> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: ContactId = r.get(0)?;
            let text = |i: usize| -> rusqlite::Result<Option<&str>> {
                Ok(match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => None,
                    v => Some(v.as_str()?),
                })
            };
            found.clear();
            let start = pairs.partition_point(|(c, _)| *c < id);
            found.extend(
                pairs[start..]
                    .iter()
                    .take_while(|(c, _)| *c == id)
                    .filter_map(|(_, t)| names.get(t)),
            );
            found.sort_unstable();
            tags.clear();
            tags.extend(found.iter().map(|(_, name)| name.as_str()));
            each(&ListedContact {
                id,
                name: text(1)?.unwrap_or_default(),
                company: text(2)?,
                title: text(3)?,
                tags: &tags,
            });
        }
        Ok(())
    }

    /// The ids of a listing, in its order.
    pub(super) fn listed_ids(&self, f: &ContactFilter) -> Result<Vec<ContactId>> {
        let (sql, args) = listing_sql(f);
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Fills tags (and emails and phones if asked) of a listing with one query each.
    fn attach_lists(&self, list: &mut [ContactSummary], with_channels: bool) -> Result<()> {
        if list.is_empty() {
            return Ok(());
        }
        let ids: Vec<ContactId> = list.iter().map(|c| c.id).collect();
        let index: HashMap<ContactId, usize> =
            ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        let (channels, json): (&[Channel], String) = if with_channels {
            (&[Channel::Email, Channel::Phone], ids_json(&ids))
        } else {
            (&[], String::new())
        };
        for &channel in channels {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT contact_id, value, label FROM {} WHERE contact_id IN (SELECT value FROM json_each(?1))
                 ORDER BY contact_id, position, id",
                channel.table()
            ))?;
            let mut rows = stmt.query([&json])?;
            while let Some(r) = rows.next()? {
                let id: ContactId = r.get(0)?;
                if let Some(&i) = index.get(&id) {
                    let v = Labeled::new(r.get::<_, String>(1)?, r.get(2)?);
                    match channel {
                        Channel::Email => list[i].emails.push(v),
                        _ => list[i].phones.push(v),
                    }
                }
            }
        }
        if with_channels {
            self.attach_card_details(list, &index, &json)?;
        }
        self.attach_tags(list, &index)
    }

    /// Adds the emails and phones of the listed contacts' cards, after their own (as
    /// `Contact::add_card_details` does), with one statement.
    fn attach_card_details(
        &self,
        list: &mut [ContactSummary],
        index: &HashMap<ContactId, usize>,
        ids_json: &str,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT contact_id, id, company, title, emails, phones, received_on FROM cards
              WHERE contact_id IN (SELECT value FROM json_each(?1))",
        )?;
        let mut rows = stmt.query([ids_json])?;
        let mut cards: Vec<(usize, String, CardDetails)> = Vec::new();
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                let list = |k: usize| -> rusqlite::Result<Vec<String>> {
                    Ok(serde_json::from_str(&r.get::<_, String>(k)?).unwrap_or_default())
                };
                let details = CardDetails {
                    card_id: r.get(1)?,
                    company: r.get(2)?,
                    title: r.get(3)?,
                    emails: list(4)?,
                    phones: list(5)?,
                    ..Default::default()
                };
                cards.push((i, r.get(6)?, details));
            }
        }
        cards.sort_by(|a, b| (a.0, &a.1, a.2.card_id).cmp(&(b.0, &b.1, b.2.card_id)));
        for (i, _, details) in cards {
            list[i].add_card_details(std::slice::from_ref(&details));
        }
        Ok(())
    }

    /// Fills the tags of a listing. The tags table is small: it is read whole, and each
    /// contact's few tags are sorted here. The contacts' tag ids come from one pass over
    /// contact_tags for a long listing, through its primary key for a short one (`list --tag`
    /// among many contacts).
    fn attach_tags(
        &self,
        list: &mut [ContactSummary],
        index: &HashMap<ContactId, usize>,
    ) -> Result<()> {
        const LONG_LISTING: usize = 2_000;
        let names = self.tag_names()?;
        let mut tag_ids: Vec<Vec<i64>> = vec![Vec::new(); list.len()];
        if list.len() > LONG_LISTING {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT contact_id, tag_id FROM contact_tags")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                    tag_ids[i].push(r.get(1)?);
                }
            }
        } else {
            // One statement, not one per contact: each statement outside a transaction takes
            // and releases the file lock.
            let ids: Vec<ContactId> = list.iter().map(|c| c.id).collect();
            let mut stmt = self.conn.prepare_cached(
                "SELECT contact_id, tag_id FROM contact_tags
                 WHERE contact_id IN (SELECT value FROM json_each(?1))",
            )?;
            let mut rows = stmt.query([ids_json(&ids)])?;
            while let Some(r) = rows.next()? {
                if let Some(&i) = index.get(&r.get::<_, ContactId>(0)?) {
                    tag_ids[i].push(r.get(1)?);
                }
            }
        }
        for (c, ids) in list.iter_mut().zip(tag_ids) {
            let mut tags: Vec<&(String, String)> =
                ids.iter().filter_map(|id| names.get(id)).collect();
            tags.sort();
            c.tags = tags.into_iter().map(|(_, name)| name.clone()).collect();
        }
        Ok(())
    }
}

/// One row of a listing, borrowed (see `Db::each_listed_contact`).
pub struct ListedContact<'a> {
    pub id: ContactId,
    pub name: &'a str,
    pub company: Option<&'a str>,
    pub title: Option<&'a str>,
    /// Sorted as `find_contacts` sorts them.
    pub tags: &'a [&'a str],
}

/// The SELECT of a listing and its arguments.
fn listing_sql(f: &ContactFilter) -> (String, Vec<Value>) {
    listing_sql_of(f, "c.id, c.name, c.company, c.title, c.city, c.archived")
}

/// `listing_sql` with the given columns: the selection's conditions
/// (`selection::conditions`), ordered and limited.
fn listing_sql_of(f: &ContactFilter, columns: &str) -> (String, Vec<Value>) {
    let mut args = Vec::new();
    let mut sql = format!(
        "SELECT {columns} FROM contacts c WHERE 1{}",
        super::selection::conditions(&f.select, &mut args)
    );
    sql.push_str(match f.sort {
        SortBy::Name => " ORDER BY c.name_folded, c.id",
        SortBy::Added => " ORDER BY c.created_at DESC, c.id DESC",
        SortBy::Updated => " ORDER BY c.updated_at DESC, c.id DESC",
    });
    if let Some(limit) = f.limit {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    (sql, args)
}
