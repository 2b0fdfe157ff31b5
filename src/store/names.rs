//! Finding contacts by name as the user types it: the exact name, a prefix of it, or the
//! first letters of each word ("fred duv" finds "Frédéric Duval"), accents and case aside.
//! `contact_words` holds each contact's folded name words for the last.

use rusqlite::{params, OptionalExtension, Row};

use super::{Db, Result};
use crate::model::text::{fold, folded_words};
use crate::model::ContactId;

/// A contact found by name, for resolving what the user typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactMatch {
    pub id: ContactId,
    pub name: String,
    pub company: Option<String>,
    pub archived: bool,
}

pub(super) fn match_row(r: &Row<'_>) -> rusqlite::Result<ContactMatch> {
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

impl Db<'_> {
    pub(super) fn index_name(&self, id: ContactId, name: &str) -> Result<()> {
        self.exec("DELETE FROM contact_words WHERE contact_id = ?1", [id])?;
        self.insert_name_words(id, name)
    }

    pub(super) fn insert_name_words(&self, id: ContactId, name: &str) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT OR IGNORE INTO contact_words (word, contact_id) VALUES (?1, ?2)",
        )?;
        for w in folded_words(name) {
            stmt.execute(params![w, id])?;
        }
        Ok(())
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

    /// Contacts whose folded name starts with the folded query. At most `limit`.
    pub fn contacts_starting(&self, query: &str, limit: usize) -> Result<Vec<ContactMatch>> {
        let folded = fold(query);
        if folded.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, company, archived FROM contacts
              WHERE name_folded >= ?1 AND name_folded < ?2
              ORDER BY archived, name_folded, id LIMIT ?3",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![folded, prefix_end(&folded), limit], match_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The contacts with a name word starting with one of `heads` (the first letters of
    /// typed words), each once, at most `limit`: the few names "did you mean" compares
    /// with what was typed, rather than every name.
    pub fn contacts_with_word_heads(
        &self,
        heads: &[String],
        limit: usize,
    ) -> Result<Vec<(ContactId, String)>> {
        if heads.is_empty() {
            return Ok(Vec::new());
        }
        let mut args: Vec<String> = Vec::new();
        let ranges: Vec<String> = heads
            .iter()
            .map(|h| {
                args.push(h.clone());
                args.push(prefix_end(h));
                format!(
                    "(w.word >= ?{} AND w.word < ?{})",
                    args.len() - 1,
                    args.len()
                )
            })
            .collect();
        let sql = format!(
            "SELECT c.id, c.name FROM contacts c WHERE c.id IN (
                 SELECT w.contact_id FROM contact_words w WHERE {}
             ) LIMIT {limit}",
            ranges.join(" OR ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every contact's id and name.
    pub fn all_contact_names(&self) -> Result<Vec<(ContactId, String)>> {
        let mut stmt = self.conn.prepare("SELECT id, name FROM contacts")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::ContactId;
    use crate::store::test_store as store;
    use crate::store::testing::add;

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
}
