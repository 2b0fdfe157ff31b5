//! Recall search over `search_people`, an FTS5 table holding one document per contact
//! (migration 0009), its columns filled from `search_source.sql` and kept in step by the
//! triggers of `derived.sql` through `search_flush`.
//!
//! A search runs in three steps. The index finds the contacts holding every word and
//! ranks them by where the words are (`RANK`): a word in the person's own name, company or
//! title counts most, a detail about them (city, tag, email, project…) less, a mention in
//! a note or an encounter least, so that the person named comes before the people whose
//! notes name them. Then the texts of the few contacts shown are read back from their tables
//! to say where each word was found (`found`). When nothing matches, words of five letters
//! or more are searched again with a one-letter mistake allowed, among the words of the
//! index (`close_words`, through FTS5's vocabulary table).

use std::collections::BTreeSet;

use rusqlite::params_from_iter;
use serde::Serialize;

use super::{Db, Result};
use crate::model::search::{
    found_in, match_expression, parse_query, snippet, term_expression, Columns, Found, SearchHit,
    Term, Word,
};
use crate::model::ContactId;

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
    /// Words the tables call for that the index lacks, or holds for fewer contacts.
    pub missing: i64,
    /// Words in the index the tables no longer hold, or not for as many contacts.
    pub stale: i64,
    /// Whether FTS5's own integrity check passed.
    pub fts_ok: bool,
}

impl SearchIndexReport {
    pub fn is_ok(&self) -> bool {
        self.missing == 0 && self.stale == 0 && self.fts_ok
    }
}

/// The columns of one contact's document, from the rows of `search_source.sql`.
macro_rules! document_columns {
    () => {
        "group_concat(CASE col WHEN 'own' THEN search_words(text) END, ' '),
         group_concat(CASE col WHEN 'about' THEN search_words(text) END, ' '),
         group_concat(CASE col WHEN 'mentions' THEN search_words(text) END, ' '),
         group_concat(CASE col WHEN 'phones' THEN search_phone(text) END, ' ')"
    };
}

/// One contact's document again, from its rows (SQLite pushes `contact_id = ?1` into every
/// arm of the source, each an indexed lookup). Nothing when the contact is gone.
const REFRESH_SQL: &str = concat!(
    "INSERT INTO search_people (rowid, own, about, mentions, phones) SELECT ?1, ",
    document_columns!(),
    " FROM (",
    include_str!("search_source.sql"),
    ") WHERE contact_id = ?1 HAVING count(*) > 0"
);

/// Every contact's document, for a fill.
const FILL_SQL: &str = concat!(
    "INSERT INTO search_people (rowid, own, about, mentions, phones) SELECT contact_id, ",
    document_columns!(),
    " FROM (",
    include_str!("search_source.sql"),
    ") GROUP BY contact_id"
);

/// The texts of one contact, in the order of the source (own fields first).
const FIELDS_SQL: &str = concat!(
    "SELECT field, col, text FROM (",
    include_str!("search_source.sql"),
    ") WHERE contact_id = ?1 AND text IS NOT NULL"
);

/// How much a word found in a column weighs in the ranking.
fn weight(col: &str) -> i64 {
    match col {
        "own" => 100,
        "about" | "phones" => 30,
        _ => 10,
    }
}

/// At most this many words are ranked by where they were found (all are required).
const RANKED_TERMS: usize = 8;

/// At most this many words are searched: a longer query is refused.
pub const MAX_TERMS: usize = 32;

/// FTS5's default `hashsize`.
const DEFAULT_HASHSIZE: i64 = 1 << 20;

/// `hashsize` while the index is filled in one statement: with the default 1 MB, filling it
/// for 10,000 imported cards wrote hundreds of small segments and then merged them, most
/// of the fill's cost.
const FILL_HASHSIZE: i64 = 64 << 20;

/// The width of a snippet.
pub const SNIPPET_WIDTH: usize = 60;

/// The statement ranking the contacts that hold every term: `?1` is the match expression,
/// then for each ranked term the expression with that term in the own columns, then in the
/// details; then whether archived contacts count, and the limit.
fn rank_sql(ranked: usize) -> String {
    let mut ctes = vec![
        "m AS MATERIALIZED (SELECT rowid AS id FROM search_people WHERE search_people MATCH ?1)"
            .to_owned(),
    ];
    let mut score = Vec::new();
    for i in 0..ranked {
        let (own, about) = (2 + 2 * i, 3 + 2 * i);
        ctes.push(format!(
            "o{i} AS MATERIALIZED (SELECT rowid AS id FROM search_people WHERE search_people MATCH ?{own})"
        ));
        ctes.push(format!(
            "a{i} AS MATERIALIZED (SELECT rowid AS id FROM search_people WHERE search_people MATCH ?{about})"
        ));
        score.push(format!(
            "CASE WHEN c.id IN o{i} THEN {} WHEN c.id IN a{i} THEN {} ELSE {} END",
            weight("own"),
            weight("about"),
            weight("mentions")
        ));
    }
    if score.is_empty() {
        score.push("0".to_owned());
    }
    let archived = 2 + 2 * ranked;
    format!(
        "WITH {} SELECT c.id, c.name, c.archived, {} AS score
           FROM m JOIN contacts c ON c.id = m.id
          WHERE ?{archived} OR c.archived = 0
          ORDER BY score DESC, c.name_folded, c.id
          LIMIT ?{}",
        ctes.join(",\n"),
        score.join(" + "),
        archived + 1
    )
}

/// A contact the index ranked.
struct Ranked {
    id: ContactId,
    name: String,
    archived: bool,
}

impl Db<'_> {
    /// Contacts holding every word of the query, best first, each with where the words
    /// were found. When nothing matches exactly, the same search with a one-letter mistake
    /// allowed in words of five letters or more (the hits then say `exact: false`).
    pub fn search(&self, q: &SearchQuery) -> Result<Vec<SearchHit>> {
        let mut terms = parse_query(&q.text);
        terms.truncate(MAX_TERMS);
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let mut ranked = self.rank(&terms, q)?;
        let mut exact = true;
        if ranked.is_empty() {
            let mut widened = false;
            for t in &mut terms {
                if let Term::Word(w) = t {
                    if w.may_be_misspelt() {
                        w.close = self.close_words(w)?;
                        widened |= !w.close.is_empty();
                    }
                }
            }
            if widened {
                ranked = self.rank(&terms, q)?;
                exact = false;
            }
        }
        ranked
            .into_iter()
            .map(|r| self.hit(r, &terms, exact))
            .collect()
    }

    fn rank(&self, terms: &[Term], q: &SearchQuery) -> Result<Vec<Ranked>> {
        let Some(all) = match_expression(terms) else {
            return Ok(Vec::new());
        };
        let scored = &terms[..terms.len().min(RANKED_TERMS)];
        let mut args: Vec<rusqlite::types::Value> = vec![all.clone().into()];
        for t in scored {
            for cols in [Columns::Own, Columns::About] {
                args.push(format!("{all} AND ({})", term_expression(t, cols)).into());
            }
        }
        args.push(q.include_archived.into());
        args.push(i64::try_from(q.limit).unwrap_or(i64::MAX).into());
        let mut stmt = self.conn.prepare_cached(&rank_sql(scored.len()))?;
        let rows = stmt.query_map(params_from_iter(args), |r| {
            Ok(Ranked {
                id: r.get(0)?,
                name: r.get(1)?,
                archived: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Where each term was found in one contact's record.
    fn hit(&self, r: Ranked, terms: &[Term], exact: bool) -> Result<SearchHit> {
        let mut stmt = self.conn.prepare_cached(FIELDS_SQL)?;
        let fields: Vec<(String, String, String)> = stmt
            .query_map([r.id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(describe(r, &fields, terms, exact))
    }

    /// Words of the index one letter away from `w` (a letter changed, added, dropped, or
    /// two swapped), most common first. Only words starting with the same two letters are
    /// read, plus those an edit of the first two letters gives, looked up one by one.
    pub fn close_words(&self, w: &Word) -> Result<Vec<String>> {
        self.ensure_vocabulary()?;
        let target = w.stem.as_str();
        let head: String = target.chars().take(2).collect();
        let mut candidates: Vec<(String, i64)> = Vec::new();
        let mut range = self.conn.prepare_cached(
            "SELECT term, doc FROM temp.search_vocab WHERE term >= ?1 AND term < ?2",
        )?;
        let rows = range.query_map([head.clone(), format!("{head}\u{10FFFF}")], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        for row in rows {
            candidates.push(row?);
        }
        let mut one = self
            .conn
            .prepare_cached("SELECT term, doc FROM temp.search_vocab WHERE term = ?1")?;
        for variant in head_edits(target) {
            if !variant.starts_with(&head) {
                if let Some(row) = one
                    .query_map([&variant], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .next()
                {
                    candidates.push(row?);
                }
            }
        }
        let mut close: Vec<(String, i64)> = candidates
            .into_iter()
            .filter(|(t, _)| {
                t != target
                    && t.chars().all(char::is_alphabetic)
                    && (strsim::osa_distance(t, target) == 1
                        || strsim::osa_distance(t, &w.typed) == 1)
            })
            .collect();
        close.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        close.dedup_by(|a, b| a.0 == b.0);
        close.truncate(MAX_CLOSE);
        Ok(close.into_iter().map(|(t, _)| t).collect())
    }

    /// FTS5's vocabulary of the index, a TEMP virtual table created when first needed.
    fn ensure_vocabulary(&self) -> Result<()> {
        self.lifting_query_only(|| {
            self.conn.execute_batch(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab
                 USING fts5vocab(main, search_people, row)",
            )
        })
    }

    /// SQLite's plan for a search, one line per step, for benchmarks and tests.
    pub fn explain_search(&self, query: &str) -> Result<Vec<String>> {
        let terms = parse_query(query);
        let scored = terms.len().min(RANKED_TERMS);
        let all = match_expression(&terms).unwrap_or_else(|| "\"\"".to_owned());
        let mut args: Vec<rusqlite::types::Value> = vec![all.clone().into()];
        for t in &terms[..scored] {
            for cols in [Columns::Own, Columns::About] {
                args.push(format!("{all} AND ({})", term_expression(t, cols)).into());
            }
        }
        args.push(false.into());
        args.push(20.into());
        let mut stmt = self
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", rank_sql(scored)))?;
        let rows = stmt.query_map(params_from_iter(args), |r| r.get::<_, String>(3))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Rebuilds the documents of the contacts the triggers marked, and forgets the marks.
    /// Store::write calls it before committing.
    pub(crate) fn search_flush(&self) -> Result<usize> {
        let dirty: Vec<ContactId> = {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT DISTINCT contact_id FROM temp.search_dirty")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for id in &dirty {
            self.search_refresh(*id)?;
        }
        if !dirty.is_empty() {
            self.exec("DELETE FROM temp.search_dirty", [])?;
        }
        Ok(dirty.len())
    }

    /// One contact's document, from its rows; none when the contact is gone.
    fn search_refresh(&self, id: ContactId) -> Result<()> {
        self.exec("DELETE FROM search_people WHERE rowid = ?1", [id])?;
        self.exec(REFRESH_SQL, [id])?;
        Ok(())
    }

    /// Compares the index with what the tables call for: an index built afresh from the
    /// tables in a temporary table, word by word (how many contacts hold each word, how many
    /// times), then FTS5's own integrity check. Reads every row: for `check`.
    pub fn search_index_check(&self) -> Result<SearchIndexReport> {
        self.ensure_vocabulary()?;
        let (missing, stale) = self.lifting_query_only(|| {
            self.conn.execute_batch(
                "DROP TABLE IF EXISTS temp.search_expected;
                 CREATE VIRTUAL TABLE temp.search_expected USING fts5(
                     own, about, mentions, phones, content = '',
                     tokenize = \"unicode61 remove_diacritics 2\");
                 CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_expected_vocab
                     USING fts5vocab(temp, search_expected, row);",
            )?;
            self.conn.execute(
                &FILL_SQL.replacen("INSERT INTO search_people", "INSERT INTO temp.search_expected", 1),
                [],
            )?;
            let counts = self.conn.query_row(
                "SELECT
                   (SELECT count(*) FROM (SELECT term, doc, cnt FROM temp.search_expected_vocab
                                          EXCEPT SELECT term, doc, cnt FROM temp.search_vocab)),
                   (SELECT count(*) FROM (SELECT term, doc, cnt FROM temp.search_vocab
                                          EXCEPT SELECT term, doc, cnt FROM temp.search_expected_vocab))",
                [],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
            );
            self.conn.execute_batch(
                "DROP TABLE IF EXISTS temp.search_expected_vocab;
                 DROP TABLE IF EXISTS temp.search_expected;",
            )?;
            counts
        })?;
        let fts_ok = self
            .lifting_query_only(|| {
                Ok(self.conn.execute(
                    "INSERT INTO search_people (search_people) VALUES ('integrity-check')",
                    [],
                ))
            })?
            .is_ok();
        Ok(SearchIndexReport {
            missing,
            stale,
            fts_ok,
        })
    }

    /// Rebuilds the index from the tables; returns the number of contacts indexed.
    pub fn search_index_rebuild(&self) -> Result<usize> {
        let n = self.search_index_fill()?;
        self.conn.execute(
            "INSERT INTO search_people (search_people) VALUES ('optimize')",
            [],
        )?;
        Ok(n)
    }

    /// Empties the index and fills it again from the tables, without FTS5's 'optimize'
    /// (merging all segments into one), which a bulk write can leave to FTS5's automatic
    /// merges. The marks of the triggers are dropped: every document is new.
    pub(crate) fn search_index_fill(&self) -> Result<usize> {
        self.ensure_derived()?;
        self.conn.execute(
            "INSERT INTO search_people (search_people) VALUES ('delete-all')",
            [],
        )?;
        self.search_index_hashsize(FILL_HASHSIZE)?;
        let n = self.conn.execute(FILL_SQL, [])?;
        self.search_index_hashsize(DEFAULT_HASHSIZE)?;
        self.conn.execute("DELETE FROM temp.search_dirty", [])?;
        Ok(n)
    }

    /// How much FTS5 gathers in memory before writing a segment (a setting stored in the
    /// index, hence set back after a fill).
    fn search_index_hashsize(&self, bytes: i64) -> Result<()> {
        self.conn.execute(
            "INSERT INTO search_people (search_people, rank) VALUES ('hashsize', ?1)",
            [bytes],
        )?;
        Ok(())
    }
}

/// At most this many index words stand in for a misspelt one.
const MAX_CLOSE: usize = 8;

/// The letters an edit may bring in, for the lookups of `close_words`.
const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz";

/// The words one edit of the first two letters of `w` gives (the rest of the word kept):
/// those `close_words` cannot find among the words sharing its first two letters.
fn head_edits(w: &str) -> BTreeSet<String> {
    let chars: Vec<char> = w.chars().collect();
    let mut out = BTreeSet::new();
    if chars.len() < 2 {
        return out;
    }
    let s = |v: &[char]| v.iter().collect::<String>();
    for i in 0..2 {
        // Dropped, or changed, at position i.
        let mut v = chars.clone();
        v.remove(i);
        out.insert(s(&v));
        for c in ALPHABET.chars() {
            let mut v = chars.clone();
            v[i] = c;
            out.insert(s(&v));
            let mut v = chars.clone();
            v.insert(i, c);
            out.insert(s(&v));
        }
    }
    // The first two swapped, or the second and third.
    for i in 0..chars.len().saturating_sub(1).min(2) {
        let mut v = chars.clone();
        v.swap(i, i + 1);
        out.insert(s(&v));
    }
    out
}

/// A ranked contact with, for each term, the field it was found in: the field of the
/// heaviest column holding it, the first such in the source's order.
fn describe(
    r: Ranked,
    fields: &[(String, String, String)],
    terms: &[Term],
    exact: bool,
) -> SearchHit {
    let mut found: Vec<(i64, usize, Found)> = Vec::new();
    for term in terms {
        let best = fields
            .iter()
            .enumerate()
            .filter_map(|(i, (field, col, text))| {
                found_in(text, col == "phones", term)
                    .map(|words| (weight(col), i, field, text, words))
            })
            .min_by_key(|(w, i, ..)| (-w, *i));
        if let Some((w, i, field, text, words)) = best {
            let instead = match term {
                Term::Word(word) => words.iter().find(|x| !word.matches_exactly(x)).cloned(),
                Term::Number { .. } => None,
            };
            found.push((
                w,
                i,
                Found {
                    word: term.typed(),
                    field: field.clone(),
                    snippet: String::new(),
                    instead,
                    text: text.clone(),
                    marked: Vec::new(),
                },
            ));
        }
    }
    // The words of each field found, to mark them all in its snippet.
    for (_, i, f) in &mut found {
        let (_, col, text) = &fields[*i];
        let marked: Vec<String> = terms
            .iter()
            .filter_map(|t| found_in(text, col == "phones", t))
            .flatten()
            .collect();
        f.snippet = snippet(&f.text, &marked, SNIPPET_WIDTH, None);
        f.marked = marked;
    }
    found.sort_by_key(|(w, i, _)| (-w, *i));
    let (matched, text, snip) = match found.first() {
        Some((_, _, f)) => (f.field.clone(), f.text.clone(), f.snippet.clone()),
        None => ("name".to_owned(), r.name.clone(), r.name.clone()),
    };
    SearchHit {
        contact_id: r.id,
        name: r.name,
        matched,
        snippet: snip,
        archived: r.archived,
        found: found.into_iter().map(|(_, _, f)| f).collect(),
        exact,
        text,
    }
}

#[cfg(test)]
mod tests;
