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
        if out_of_table_order(f) {
            self.scanning(|| self.find_contacts_scanning(f))
        } else {
            self.find_contacts_scanning(f)
        }
    }

    fn find_contacts_scanning(&self, f: &ContactFilter) -> Result<Vec<ContactSummary>> {
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
                strength: None,
            })
        })?;
        let mut list: Vec<ContactSummary> = rows.collect::<rusqlite::Result<_>>()?;
        self.attach_lists(&mut list, f.with_channels)?;
        Ok(list)
    }

    /// The rows of a listing handed one by one to `each`, text borrowed from SQLite: the
    /// fast path of `carnet list | …`, with no allocation per contact. A listing of every
    /// contact reads the tags with one pass over contact_tags; a filtered one each row's
    /// through the key.
    pub fn each_listed_contact(
        &self,
        f: &ContactFilter,
        each: impl FnMut(&ListedContact<'_>),
    ) -> Result<()> {
        if out_of_table_order(f) {
            self.scanning(|| self.each_listed_contact_scanning(f, each))
        } else {
            self.each_listed_contact_scanning(f, each)
        }
    }

    fn each_listed_contact_scanning(
        &self,
        f: &ContactFilter,
        mut each: impl FnMut(&ListedContact<'_>),
    ) -> Result<()> {
        let unfiltered = f.select.is_everyone() && f.limit.is_none();
        let names = self.tag_names()?;
        // Every contact: their tags from one pass over contact_tags, sorted by contact (the
        // primary key's order, so no sort), found by binary search. A filtered listing reads
        // each listed contact's tags through the key, in its own row: one pass over every
        // tag of the notebook would cost a common tag's listing more than its rows.
        let mut pairs: Vec<(ContactId, i64)> = Vec::new();
        let columns = if unfiltered {
            let mut stmt = self.conn.prepare_cached(
                "SELECT contact_id, tag_id FROM contact_tags ORDER BY contact_id",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                pairs.push((r.get(0)?, r.get(1)?));
            }
            // Only the columns shown.
            "c.id, c.name, c.company, c.title"
        } else {
            "c.id, c.name, c.company, c.title,
             (SELECT group_concat(tag_id) FROM contact_tags WHERE contact_id = c.id)"
        };
        let (sql, args) = listing_sql_of(f, columns);
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
            if unfiltered {
                let start = pairs.partition_point(|(c, _)| *c < id);
                found.extend(
                    pairs[start..]
                        .iter()
                        .take_while(|(c, _)| *c == id)
                        .filter_map(|(_, t)| names.get(t)),
                );
            } else if let rusqlite::types::ValueRef::Text(ids) = r.get_ref(4)? {
                found.extend(
                    ids.split(|b| *b == b',')
                        .filter_map(|t| std::str::from_utf8(t).ok()?.parse::<i64>().ok())
                        .filter_map(|t| names.get(&t)),
                );
            }
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
    /// contact_tags for a listing of a third of the contacts or more, through its primary
    /// key for a shorter one (`list --tag` among many contacts).
    fn attach_tags(
        &self,
        list: &mut [ContactSummary],
        index: &HashMap<ContactId, usize>,
    ) -> Result<()> {
        const LONG_LISTING: usize = 2_000;
        let names = self.tag_names()?;
        let mut tag_ids: Vec<Vec<i64>> = vec![Vec::new(); list.len()];
        // One pass over every tag of the notebook pays when the listing holds a good share
        // of it; a tag held by a tenth of the contacts reads theirs through the key.
        let contacts: i64 =
            self.conn
                .query_row("SELECT ifnull(max(id), 0) FROM contacts", [], |r| r.get(0))?;
        if list.len() > LONG_LISTING && list.len() as i64 * 3 > contacts {
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

/// Whether a listing reads the contacts' rows in an order unrelated to where they lie in
/// the table (by date of change): then it needs the page cache of a scan (`Db::scanning`). A
/// listing by name reads the covering index `contacts_listing` from start to end, and a
/// filtered one looks its rows up in id order: both read each page once with the default
/// cache, and a larger one only costs them the page faults of fresh memory.
fn out_of_table_order(f: &ContactFilter) -> bool {
    f.sort == SortBy::Updated
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
        // Strength is worked out in code (ops::strength), from the list in name order.
        SortBy::Name | SortBy::Strength => " ORDER BY c.name_folded, c.id",
        SortBy::Added => " ORDER BY c.created_at DESC, c.id DESC",
        SortBy::Updated => " ORDER BY c.updated_at DESC, c.id DESC",
    });
    if let Some(limit) = f.limit.filter(|_| f.sort != SortBy::Strength) {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    (sql, args)
}
