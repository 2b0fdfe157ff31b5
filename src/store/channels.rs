//! A contact's emails, phones and links: labelled values in the order given, one table
//! each.

use rusqlite::params;

use super::{Db, Result};
use crate::model::{ContactId, Labeled};

/// The three kinds of labelled values a contact has several of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Phone,
    Link,
}

impl Channel {
    pub(super) fn table(self) -> &'static str {
        match self {
            Channel::Email => "contact_emails",
            Channel::Phone => "contact_phones",
            Channel::Link => "contact_links",
        }
    }
}

impl Db<'_> {
    /// A contact's emails, phones and links with one statement (an export reads them for
    /// every contact). Sorted here: with ORDER BY, SQLite re-prepared the cached statement
    /// at nearly every run (seen as sqlite3Reprepare in profiles), which made `export` spend
    /// most of its time parsing SQL. The same holds for tags and notes.
    pub(super) fn all_channel_values(
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
    pub(super) fn insert_channel(
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

    /// The lowest-id contact (up to `max_id`) with this email, through the email index.
    pub fn contact_by_email(&self, email: &str, max_id: ContactId) -> Result<Option<ContactId>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT min(contact_id) FROM contact_emails
                 WHERE value = ?1 COLLATE NOCASE AND contact_id <= ?2",
            )?
            .query_row(params![email, max_id], |r| r.get(0))?)
    }
}
