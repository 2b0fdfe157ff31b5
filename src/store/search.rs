//! Recall search over the FTS5 table `search_index`, which triggers keep in step with the
//! contacts, notes, encounters, events, cards and emails (see migration 0004).

use rusqlite::params;
use serde::Serialize;

use super::{Db, Result};
use crate::model::search::{query_terms, SearchHit};

/// What to search for.
#[derive(Debug, Clone)]
pub struct SearchQuery {
    pub text: String,
    pub include_archived: bool,
    pub limit: usize,
}

/// How the index compares with the tables it mirrors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SearchIndexReport {
    /// Rows the tables call for that the index lacks or holds with other text.
    pub missing: i64,
    /// Rows in the index that no longer match the tables.
    pub stale: i64,
    /// Whether FTS5's own integrity check passed.
    pub fts_ok: bool,
}

impl SearchIndexReport {
    pub fn is_ok(&self) -> bool {
        self.missing == 0 && self.stale == 0 && self.fts_ok
    }
}

/// The FTS5 expression for what the user typed: each space-separated piece a quoted phrase
/// (so no character of it is read as syntax), all of them required, the last one a prefix.
/// `None` when nothing searchable is left.
pub fn fts_expression(query: &str) -> Option<String> {
    expression(query, true)
}

/// The same expression with the last piece as a whole word, not a prefix.
pub fn fts_exact_expression(query: &str) -> Option<String> {
    expression(query, false)
}

fn expression(query: &str, last_is_prefix: bool) -> Option<String> {
    let terms = query_terms(query);
    let n = terms.len();
    let parts: Vec<String> = terms
        .iter()
        .enumerate()
        .map(|(i, words)| {
            // Folded words hold only letters and digits: no quote to escape.
            let phrase = format!("\"{}\"", words.join(" "));
            if last_is_prefix && i + 1 == n {
                format!("{phrase}*")
            } else {
                phrase
            }
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(" AND "))
}

/// At most this many matching texts are ranked (see `SEARCH_SQL`).
const RANKED: i64 = 1000;

/// Best first: the most telling field (a name, then a company or title, an email, a tag
/// or card, an event or city, how you met, then notes), then by name. Only the first
/// `RANKED` matching texts are ranked: FTS5 yields them in rowid order, that is by field
/// (names, companies, titles, cities, how met, tags, notes, encounters, events, cards,
/// emails), so a word found in thousands of notes still ranks the names and titles that
/// hold it first without reading every note.
///
/// Ranking reads rowids only: a rowid is kind * 2^40 + the source row's id (migration
/// 0005), which gives the field and, for a contact's own fields (kinds 1 to 6), the contact.
/// The stored row is read for the contact of a note, encounter, event, card or email, and
/// for the text of the hits shown. (Reading every hit's row cost a third of `search
/// frederic` on 100,000 contacts; FTS5's bm25() was dropped too: to weigh a term it reads
/// the term's whole list of rows at the first call, 60 % of `search projet`, and with every
/// word required the weight is the same for all rows anyway.)
const SEARCH_SQL: &str = "
    WITH hits AS MATERIALIZED (
        SELECT rowid AS k FROM search_index WHERE search_index MATCH ?1 LIMIT 1000
    ),
    scored AS (
        SELECT k,
               CASE WHEN k >> 40 <= 6 THEN k & 1099511627775
                    ELSE (SELECT s.contact_id FROM search_index s WHERE s.rowid = hits.k)
               END AS contact_id,
               -- (100 - weight) * 2^44 + k: the best weight, then the first in rowid order.
               (100 - CASE k >> 40
                    WHEN 1 THEN 100
                    WHEN 2 THEN 50 WHEN 3 THEN 50
                    WHEN 11 THEN 40
                    WHEN 6 THEN 30 WHEN 10 THEN 30
                    WHEN 9 THEN 20 WHEN 4 THEN 20
                    WHEN 5 THEN 15
                    ELSE 10 END) * 17592186044416 + k AS score
          FROM hits
    ),
    best AS (
        -- SQLite takes the bare column k from the row holding min(score).
        SELECT contact_id, k, min(score) / 17592186044416 AS rank FROM scored
         GROUP BY contact_id
    ),
    shown AS (
        SELECT b.contact_id, b.k, b.rank, c.name, c.name_folded, c.archived
          FROM best b JOIN contacts c ON c.id = b.contact_id
         WHERE ?2 OR c.archived = 0
         ORDER BY b.rank, c.name_folded, b.contact_id
         LIMIT ?3
    )
    SELECT t.contact_id, t.name,
           CASE t.k >> 40
               WHEN 1 THEN 'name' WHEN 2 THEN 'company' WHEN 3 THEN 'title'
               WHEN 4 THEN 'city' WHEN 5 THEN 'how_met' WHEN 6 THEN 'tag'
               WHEN 7 THEN 'note' WHEN 8 THEN 'encounter' WHEN 9 THEN 'event'
               WHEN 10 THEN 'card' ELSE 'email' END,
           (SELECT s.text FROM search_index s WHERE s.rowid = t.k),
           t.archived
      FROM shown t
     ORDER BY t.rank, t.name_folded, t.contact_id";

/// How many texts hold the words, up to `RANKED`.
const COUNT_HITS_SQL: &str = "
    SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ?1 LIMIT 1000)";

/// FTS5's default `hashsize`.
const DEFAULT_HASHSIZE: i64 = 1 << 20;

/// `hashsize` while the index is filled in one statement: with the default 1 MB, filling it
/// for 10,000 imported cards wrote hundreds of small segments and then merged them, most
/// of the fill's cost. 8 MiB, not more: at 64 MiB the pending terms held ~30 MB more at the
/// peak of importing 300,000 rows (139 → 108 MB), for no time measured (bench/memory.sh).
const FILL_HASHSIZE: i64 = 8 << 20;

impl Db<'_> {
    /// Contacts matching the query, best first, one hit (the best field) per contact. The
    /// snippet is left empty for the caller to cut from `text`.
    pub fn search(&self, q: &SearchQuery) -> Result<Vec<SearchHit>> {
        let Some(expr) = self.search_expression(&q.text)? else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(SEARCH_SQL)?;
        let limit = i64::try_from(q.limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![expr, q.include_archived, limit], |r| {
            Ok(SearchHit {
                contact_id: r.get(0)?,
                name: r.get(1)?,
                matched: r.get(2)?,
                text: r.get(3)?,
                archived: r.get(4)?,
                snippet: String::new(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The expression to run: the last word as a prefix, unless the whole word alone fills
    /// the ranked texts. FTS5 builds the complete list of rows of a prefix before giving the
    /// first (`projet*`: 150,000 texts, 50 M instructions), while a whole word's list is read
    /// only as far as needed. When the exact words are found `RANKED` times, the longer words
    /// that start with them are left out: `search projet` ranks texts holding "projet".
    fn search_expression(&self, query: &str) -> Result<Option<String>> {
        let Some(exact) = fts_exact_expression(query) else {
            return Ok(None);
        };
        let exact_hits: i64 = self
            .conn
            .prepare_cached(COUNT_HITS_SQL)?
            .query_row([&exact], |r| r.get(0))?;
        if exact_hits >= RANKED {
            return Ok(Some(exact));
        }
        Ok(fts_expression(query))
    }

    /// SQLite's plan for a search, one line per step, for benchmarks and tests.
    pub fn explain_search(&self, query: &str) -> Result<Vec<String>> {
        // The expression `search` would run (whole word or prefix).
        let expr = self.search_expression(query)?.unwrap_or_default();
        let mut stmt = self
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {SEARCH_SQL}"))?;
        let rows = stmt.query_map(params![expr, false, 20], |r| r.get::<_, String>(3))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Compares the index with what the tables call for (reads every row: for `check`).
    pub fn search_index_check(&self) -> Result<SearchIndexReport> {
        self.ensure_derived()?;
        let missing = self.conn.query_row(
            "SELECT count(*) FROM (
                SELECT key, contact_id, field, text FROM search_source
                EXCEPT SELECT rowid, contact_id, field, text FROM search_index)",
            [],
            |r| r.get(0),
        )?;
        let stale: i64 = self.conn.query_row(
            "SELECT count(*) FROM (
                SELECT rowid, contact_id, field, text FROM search_index
                EXCEPT SELECT key, contact_id, field, text FROM search_source)",
            [],
            |r| r.get(0),
        )?;
        // The folded column must be the folding of the text.
        let misfolded: i64 = self.conn.query_row(
            "SELECT count(*) FROM search_index WHERE folded IS NOT fold(text)",
            [],
            |r| r.get(0),
        )?;
        let fts_ok = self
            .lifting_query_only(|| {
                Ok(self.conn.execute(
                    "INSERT INTO search_index (search_index) VALUES ('integrity-check')",
                    [],
                ))
            })?
            .is_ok();
        Ok(SearchIndexReport {
            missing,
            stale: stale + misfolded,
            fts_ok,
        })
    }

    /// Rebuilds the index from the tables; returns the number of rows indexed.
    pub fn search_index_rebuild(&self) -> Result<usize> {
        let n = self.search_index_fill()?;
        self.conn.execute(
            "INSERT INTO search_index (search_index) VALUES ('optimize')",
            [],
        )?;
        Ok(n)
    }

    /// Empties the index and fills it again from the tables, without FTS5's 'optimize'
    /// (merging all segments into one), which a bulk write can leave to FTS5's automatic
    /// merges. In rowid order: FTS5 writes out what it holds in memory whenever a rowid is
    /// lower than the one before, and SQLite reads some parts of `search_source` through an
    /// index (tags in UID order, emails in value order) — a segment per tagged contact.
    pub(crate) fn search_index_fill(&self) -> Result<usize> {
        self.ensure_derived()?;
        self.conn.execute("DELETE FROM search_index", [])?;
        self.search_index_hashsize(FILL_HASHSIZE)?;
        let n = self.conn.execute(
            "INSERT INTO search_index (rowid, contact_id, field, text, folded)
             SELECT key, contact_id, field, text, fold(text) FROM search_source ORDER BY key",
            [],
        )?;
        self.search_index_hashsize(DEFAULT_HASHSIZE)?;
        Ok(n)
    }

    /// How much FTS5 gathers in memory before writing a segment (a setting stored in the
    /// index, hence set back after a fill).
    fn search_index_hashsize(&self, bytes: i64) -> Result<()> {
        self.conn.execute(
            "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?1)",
            [bytes],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
