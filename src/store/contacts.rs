//! Contacts, their emails, phones, links, tags and notes.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::{Db, Result, StoreError};
use crate::model::text::{fold, folded_words};
use crate::model::{
    Birthday, Contact, ContactFilter, ContactId, ContactPatch, ContactSummary, Labeled, NewContact,
    Note, SortBy, TagCount,
};

/// The three kinds of labelled values a contact has several of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Phone,
    Link,
}

impl Channel {
    fn table(self) -> &'static str {
        match self {
            Channel::Email => "contact_emails",
            Channel::Phone => "contact_phones",
            Channel::Link => "contact_links",
        }
    }
}

/// A contact found by name, for resolving what the user typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactMatch {
    pub id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub archived: bool,
}

const CONTACT_COLUMNS: &str = "id, name, company, title, city, how_met, birthday, \
     keep_in_touch_days, introduced_by, archived, created_at, updated_at";

fn contact_row(r: &Row<'_>) -> rusqlite::Result<Contact> {
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
        tags: Vec::new(),
        notes: Vec::new(),
    })
}

fn match_row(r: &Row<'_>) -> rusqlite::Result<ContactMatch> {
    Ok(ContactMatch {
        id: r.get(0)?,
        name: r.get(1)?,
        company: r.get(2)?,
        archived: r.get(3)?,
    })
}

/// Upper bound for a prefix range scan on a folded (lower-case) text column.
fn prefix_end(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

fn ids_json(ids: &[ContactId]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned())
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
        Ok(id)
    }

    fn index_name(&self, id: ContactId, name: &str) -> Result<()> {
        self.exec("DELETE FROM contact_words WHERE contact_id = ?1", [id])?;
        self.insert_name_words(id, name)
    }

    fn insert_name_words(&self, id: ContactId, name: &str) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT OR IGNORE INTO contact_words (word, contact_id) VALUES (?1, ?2)",
        )?;
        for w in folded_words(name) {
            stmt.execute(params![w, id])?;
        }
        Ok(())
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
        Ok(c)
    }

    pub fn contact_match(&self, id: ContactId) -> Result<Option<ContactMatch>> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, company, archived FROM contacts WHERE id = ?1",
                [id],
                match_row,
            )
            .optional()?)
    }

    /// A contact's emails, phones and links with one statement (an export reads them for
    /// every contact).
    fn all_channel_values(
        &self,
        id: ContactId,
    ) -> Result<(Vec<Labeled>, Vec<Labeled>, Vec<Labeled>)> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT 0, position, id, value, label FROM contact_emails WHERE contact_id = ?1
             UNION ALL SELECT 1, position, id, value, label FROM contact_phones WHERE contact_id = ?1
             UNION ALL SELECT 2, position, id, value, label FROM contact_links WHERE contact_id = ?1",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                Labeled::new(r.get::<_, String>(3)?, r.get(4)?),
            ))
        })?;
        let mut values: Vec<(i64, i64, i64, Labeled)> = rows.collect::<rusqlite::Result<_>>()?;
        values.sort_by_key(|(kind, position, id, _)| (*kind, *position, *id));
        let mut lists = (Vec::new(), Vec::new(), Vec::new());
        for (kind, _, _, v) in values {
            match kind {
                0 => lists.0.push(v),
                1 => lists.1.push(v),
                _ => lists.2.push(v),
            }
        }
        Ok(lists)
    }

    pub fn channel_values(&self, id: ContactId, channel: Channel) -> Result<Vec<Labeled>> {
        // Sorted here: with ORDER BY, SQLite re-prepared the cached statement at nearly every
        // run (seen as sqlite3Reprepare in profiles), which made `export` spend most of its
        // time parsing SQL. The same holds for tags and notes below.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT position, id, value, label FROM {} WHERE contact_id = ?1",
            channel.table()
        ))?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                Labeled::new(r.get::<_, String>(2)?, r.get(3)?),
            ))
        })?;
        let mut values: Vec<(i64, i64, Labeled)> = rows.collect::<rusqlite::Result<_>>()?;
        values.sort_by_key(|(position, id, _)| (*position, *id));
        Ok(values.into_iter().map(|(_, _, v)| v).collect())
    }

    /// Adds a value unless the contact already has it; returns whether it was added.
    pub fn add_channel(&self, id: ContactId, channel: Channel, v: &Labeled) -> Result<bool> {
        let position: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT coalesce(max(position) + 1, 0) FROM {} WHERE contact_id = ?1",
                channel.table()
            ))?
            .query_row([id], |r| r.get(0))?;
        self.insert_channel(id, channel, v, position)
    }

    /// Adds a value at a known position (a new contact's or a replaced list's), without the
    /// max(position) lookup: SQLite re-prepares that query as the table grows, which made
    /// it the largest cost of bulk inserts.
    fn insert_channel(
        &self,
        id: ContactId,
        channel: Channel,
        v: &Labeled,
        position: i64,
    ) -> Result<bool> {
        let n = self.exec(
            &format!(
                "INSERT OR IGNORE INTO {} (contact_id, value, label, position) VALUES (?1, ?2, ?3, ?4)",
                channel.table()
            ),
            params![id, v.value, v.label, position],
        )?;
        Ok(n > 0)
    }

    /// Replaces all of a contact's values of one kind, keeping the given order.
    pub fn replace_channel(
        &self,
        id: ContactId,
        channel: Channel,
        values: &[Labeled],
    ) -> Result<()> {
        self.conn.execute(
            &format!("DELETE FROM {} WHERE contact_id = ?1", channel.table()),
            [id],
        )?;
        for (position, v) in values.iter().enumerate() {
            self.insert_channel(id, channel, v, position as i64)?;
        }
        Ok(())
    }

    /// Removes a value (compared without regard to case for emails); returns whether it existed.
    pub fn remove_channel(&self, id: ContactId, channel: Channel, value: &str) -> Result<bool> {
        let sql = match channel {
            Channel::Email => {
                "DELETE FROM contact_emails WHERE contact_id = ?1 AND value = ?2 COLLATE NOCASE"
            }
            Channel::Phone => "DELETE FROM contact_phones WHERE contact_id = ?1 AND value = ?2",
            Channel::Link => "DELETE FROM contact_links WHERE contact_id = ?1 AND value = ?2",
        };
        Ok(self.conn.execute(sql, params![id, value])? > 0)
    }

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

    /// Drops the tags nobody carries, except those with a keep-in-touch cadence.
    pub(super) fn drop_unused_tags(&self) -> Result<()> {
        self.conn.execute(
            "DELETE FROM tags WHERE keep_in_touch_days IS NULL
               AND NOT EXISTS (SELECT 1 FROM contact_tags WHERE tag_id = tags.id)",
            [],
        )?;
        Ok(())
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

    pub fn add_note(&self, id: ContactId, date: NaiveDate, text: &str, now: &str) -> Result<i64> {
        self.exec(
            "INSERT INTO notes (contact_id, date, body, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![id, date, text, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// A contact's notes, newest first.
    pub fn notes(&self, id: ContactId) -> Result<Vec<Note>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, date, body FROM notes WHERE contact_id = ?1")?;
        let rows = stmt.query_map([id], |r| {
            Ok(Note {
                id: r.get(0)?,
                date: r.get(1)?,
                text: r.get(2)?,
            })
        })?;
        let mut notes: Vec<Note> = rows.collect::<rusqlite::Result<_>>()?;
        notes.sort_by_key(|n| std::cmp::Reverse((n.date, n.id)));
        Ok(notes)
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
        let unfiltered = f.tags.is_empty()
            && f.company.is_none()
            && f.city.is_none()
            && f.met_at.is_none()
            && f.project.is_none()
            && f.role.is_none()
            && f.introduced_by.is_none()
            && f.limit.is_none();
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
}

/// Every tag's folded name and name, by id: a handful of tags looked up tens of thousands
/// of times in a listing, by binary search (hashing each id cost more).
struct TagNames(Vec<(i64, (String, String))>);

impl TagNames {
    fn get(&self, id: &i64) -> Option<&(String, String)> {
        let i = self.0.binary_search_by_key(id, |(tag, _)| *tag).ok()?;
        Some(&self.0[i].1)
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
pub(super) fn listing_sql(f: &ContactFilter) -> (String, Vec<Box<dyn rusqlite::ToSql>>) {
    listing_sql_of(f, "c.id, c.name, c.company, c.title, c.city, c.archived")
}

/// `listing_sql` with the given columns.
fn listing_sql_of(f: &ContactFilter, columns: &str) -> (String, Vec<Box<dyn rusqlite::ToSql>>) {
    let mut sql = format!("SELECT {columns} FROM contacts c WHERE 1");
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
    if !f.include_archived {
        sql.push_str(" AND c.archived = 0");
    }
    for tag in &f.tags {
        args.push(Box::new(fold(tag)));
        sql.push_str(&format!(
                " AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.folded = ?{})",
                args.len()
            ));
    }
    if let Some(company) = &f.company {
        args.push(Box::new(format!("%{}%", fold(company))));
        sql.push_str(&format!(" AND fold(c.company) LIKE ?{}", args.len()));
    }
    if let Some(city) = &f.city {
        args.push(Box::new(format!("%{}%", fold(city))));
        sql.push_str(&format!(" AND fold(c.city) LIKE ?{}", args.len()));
    }
    if let Some(event) = f.met_at {
        args.push(Box::new(event));
        sql.push_str(&format!(
            " AND c.id IN (SELECT contact_id FROM encounters WHERE event_id = ?{})",
            args.len()
        ));
    }
    if let Some(by) = f.introduced_by {
        args.push(Box::new(by));
        sql.push_str(&format!(" AND c.introduced_by = ?{}", args.len()));
    }
    if f.project.is_some() || f.role.is_some() {
        let mut sub = String::from("SELECT pr.contact_id FROM project_roles pr WHERE 1");
        if let Some(p) = f.project {
            args.push(Box::new(p));
            sub.push_str(&format!(" AND pr.project_id = ?{}", args.len()));
        }
        if let Some(role) = &f.role {
            args.push(Box::new(fold(role)));
            sub.push_str(&format!(" AND pr.role_folded = ?{}", args.len()));
        }
        sql.push_str(&format!(" AND c.id IN ({sub})"));
    }
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

impl Db<'_> {
    /// The ids of a listing, in its order.
    pub(super) fn listed_ids(&self, f: &ContactFilter) -> Result<Vec<ContactId>> {
        let (sql, args) = listing_sql(f);
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Many contacts complete (as `get_contact` reads them) with their UID, in the order of
    /// `ids`: each table is read in one pass, its rows handed to their contact and sorted
    /// there, instead of ~6 statements per contact. For a large share of the contacts.
    pub(super) fn complete_contacts(
        &self,
        ids: &[ContactId],
    ) -> Result<Vec<(Contact, Option<String>)>> {
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
        self.attach_tags(list, &index)
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

    /// Every tag's folded form and name, by id.
    fn tag_names(&self) -> Result<TagNames> {
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

    /// Contacts whose name is exactly `name`.
    pub fn contacts_named(&self, name: &str) -> Result<Vec<ContactMatch>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, company, archived FROM contacts WHERE name_folded = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([fold(name)], match_row)?;
        let all: Vec<ContactMatch> = rows.collect::<rusqlite::Result<_>>()?;
        let exact: Vec<ContactMatch> = all.iter().filter(|m| m.name == name).cloned().collect();
        Ok(if exact.is_empty() { all } else { exact })
    }

    /// Contacts whose folded name starts with the folded query, or each of whose query words
    /// starts a word of the name ("fred duv" → "Frédéric Duval"). At most `limit`.
    pub fn contacts_matching(&self, query: &str, limit: usize) -> Result<Vec<ContactMatch>> {
        let folded = fold(query);
        let words = folded_words(query);
        if folded.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = String::from(
            "SELECT id, name, company, archived FROM contacts WHERE id IN (
                SELECT id FROM contacts WHERE name_folded >= ?1 AND name_folded < ?2",
        );
        let mut args: Vec<String> = vec![folded.clone(), prefix_end(&folded)];
        if !words.is_empty() {
            sql.push_str(" UNION SELECT * FROM (");
            for (i, w) in words.iter().enumerate() {
                if i > 0 {
                    sql.push_str(" INTERSECT ");
                }
                args.push(w.clone());
                args.push(prefix_end(w));
                sql.push_str(&format!(
                    "SELECT contact_id FROM contact_words WHERE word >= ?{} AND word < ?{}",
                    args.len() - 1,
                    args.len()
                ));
            }
            sql.push(')');
        }
        sql.push_str(&format!(
            ") ORDER BY archived, name_folded, id LIMIT {limit}"
        ));
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), match_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every contact's id and name, for "did you mean" suggestions.
    pub fn all_contact_names(&self) -> Result<Vec<(ContactId, String)>> {
        let mut stmt = self.conn.prepare("SELECT id, name FROM contacts")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The contacts introduced by `id`.
    pub fn introduced(&self, id: ContactId) -> Result<Vec<ContactMatch>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, company, archived FROM contacts WHERE introduced_by = ?1 ORDER BY name_folded",
        )?;
        let rows = stmt.query_map([id], match_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    use crate::store::test_store as store;

    fn add(store: &mut Store, name: &str) -> ContactId {
        store
            .write(|db| {
                db.insert_contact(
                    &NewContact {
                        name: name.into(),
                        ..Default::default()
                    },
                    "2026-11-22T00:00:00Z",
                )
            })
            .unwrap()
    }

    #[test]
    fn matches_by_prefix_and_word_without_accents() {
        let (_d, mut s) = store();
        let fred = add(&mut s, "Frédéric Duval");
        add(&mut s, "Marie Côté");
        let ids = |q: &str| -> Vec<ContactId> {
            s.db()
                .contacts_matching(q, 10)
                .unwrap()
                .iter()
                .map(|m| m.id)
                .collect()
        };
        assert_eq!(ids("frederic"), [fred]);
        assert_eq!(ids("duval"), [fred]);
        assert_eq!(ids("fred duv"), [fred]);
        assert_eq!(ids("DUV"), [fred]);
        assert!(ids("valdu").is_empty());
        assert_eq!(ids("cote").len(), 1);
    }

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
    fn a_failed_write_leaves_nothing() {
        let (_d, mut s) = store();
        let r: Result<()> = s.write(|db| {
            add_in(db, "Temp")?;
            Err(StoreError::Conflict("stop".into()))
        });
        assert!(r.is_err());
        assert!(s.db().all_contact_names().unwrap().is_empty());
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
