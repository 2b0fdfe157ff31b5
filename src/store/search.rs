//! Recall search over `search_people`, an FTS5 table holding one document per contact
//! (migration 0015), filled from `search_source.sql` and kept in step by the triggers of
//! `derived.sql` through `search_flush`.
//!
//! A search runs in three steps. The index finds the contacts holding every word and ranks
//! them by where the words are: a word in the person's own name, company or title counts
//! most, a detail about them (city, tag, email, project…) less, a mention in a note or an
//! encounter least, so that the person named comes before the people whose notes name them
//! (`rank`). Then the texts of the few contacts shown are read back from their tables to say
//! where each word was found (`describe`). When nothing matches, words of five letters or
//! more are searched again with a one-letter mistake allowed, among the words of the index
//! (`close_words`, through FTS5's vocabulary table).

use std::collections::BTreeSet;

use rusqlite::params_from_iter;
use serde::Serialize;

use super::{Db, Result};
use crate::model::search::{
    found_in, match_expression, parse_query, snippet, term_expression, Found, SearchHit, Term,
    Tier, Word,
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

/// One contact's document again, from its rows (SQLite pushes `contact_id = ?1` into every
/// arm of the source, each an indexed lookup). Nothing when the contact is gone.
const REFRESH_SQL: &str = concat!(
    "INSERT INTO search_people (rowid, words)
     SELECT ?1, group_concat(search_tokens(col, text), ' ') FROM (",
    include_str!("search_source.sql"),
    ") WHERE contact_id = ?1 HAVING count(*) > 0"
);

/// Every contact's document, for a fill.
const FILL_SQL: &str = concat!(
    "INSERT INTO search_people (rowid, words)
     SELECT contact_id, group_concat(search_tokens(col, text), ' ') FROM (",
    include_str!("search_source.sql"),
    ") GROUP BY contact_id"
);

/// The texts of one contact, in the order of the source (own fields first).
const FIELDS_SQL: &str = concat!(
    "SELECT field, col, text FROM (",
    include_str!("search_source.sql"),
    ") WHERE contact_id = ?1 AND text IS NOT NULL"
);

/// A last word found in this many records or more is not also a prefix (`settle_prefix`).
const WHOLE_WORD: i64 = 1000;

/// At most this many words are ranked by where they were found (all are required).
const RANKED_TERMS: usize = 8;

/// At most this many words are searched: a longer query is refused.
pub const MAX_TERMS: usize = 32;

/// FTS5's default `hashsize`.
const DEFAULT_HASHSIZE: i64 = 1 << 20;

/// `hashsize` while the index is filled in one statement: with the default 1 MB, filling it
/// for 10,000 imported cards wrote hundreds of small segments and then merged them, most
/// of the fill's cost. 8 MiB, not more: at 64 MiB the pending terms held ~30 MB more at the
/// peak of importing 300,000 rows (139 → 108 MB), for no time measured (bench/memory.sh).
const FILL_HASHSIZE: i64 = 8 << 20;

/// The width of a snippet.
pub const SNIPPET_WIDTH: usize = 60;

/// The statement ranking the contacts that hold every term and at least one of them in
/// their own fields or details: `?1` is that match expression, then for each ranked term
/// the expression finding it in the own fields, then in the details; then whether archived
/// contacts count, and the limit. The score is worked out from the ids alone, and among
/// equals the most recently added come first: only the contacts shown are read. (Everyone
/// else holds every term in mentions only, and comes after them: `TAIL_SQL`.)
fn rank_sql(ranked: usize) -> String {
    let mut ctes = vec![
        "u AS MATERIALIZED (SELECT rowid AS id FROM search_people WHERE search_people MATCH ?1)"
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
            "CASE WHEN u.id IN o{i} THEN {} WHEN u.id IN a{i} THEN {} ELSE {} END",
            Tier::Own.weight(),
            Tier::About.weight(),
            Tier::Mentions.weight()
        ));
    }
    if score.is_empty() {
        score.push("0".to_owned());
    }
    let archived = 2 + 2 * ranked;
    format!(
        "WITH {},
         best AS (SELECT u.id, {} AS score FROM u
                   WHERE ?{archived} OR u.id NOT IN (SELECT id FROM contacts WHERE archived = 1)
                   ORDER BY score DESC, u.id DESC
                   LIMIT ?{})
         SELECT c.id, c.name, c.archived, best.score
           FROM best JOIN contacts c ON c.id = best.id
          ORDER BY best.score DESC, best.id DESC",
        ctes.join(",\n"),
        score.join(" + "),
        archived + 1
    )
}

/// The contacts matching `?1`, newest first, but those of `?3` (a JSON array of ids);
/// `?2` whether archived contacts count, `?4` how many. FTS5 gives the rows in descending
/// rowid order and the read stops at the limit, however many match: the contacts holding
/// every term only in what is said about them, after the ranked ones, or each group of
/// `rank_one`.
const TAIL_SQL: &str = "
    SELECT c.id, c.name, c.archived
      FROM search_people s JOIN contacts c ON c.id = s.rowid
     WHERE search_people MATCH ?1 AND (?2 OR c.archived = 0)
       AND s.rowid NOT IN (SELECT value FROM json_each(?3))
     ORDER BY s.rowid DESC
     LIMIT ?4";

/// `rank_sql` for `terms` and its arguments (`all` is their match expression).
fn rank_statement(
    all: &str,
    terms: &[Term],
    include_archived: bool,
    limit: i64,
) -> (String, Vec<rusqlite::types::Value>) {
    let scored = &terms[..terms.len().min(RANKED_TERMS)];
    let marked: Vec<String> = scored
        .iter()
        .flat_map(|t| {
            [
                term_expression(t, Some(Tier::Own)),
                term_expression(t, Some(Tier::About)),
            ]
        })
        .collect();
    let mut args: Vec<rusqlite::types::Value> =
        vec![format!("{all} AND ({})", marked.join(" OR ")).into()];
    // Each marked list only as far as it meets the contacts holding every term: FTS5 skips
    // through the longer list instead of copying it (a city's marked word is on 8,000
    // records of the 100,000 set, the records holding "frederic lyon" are 180).
    args.extend(marked.iter().map(|m| format!("{all} AND {m}").into()));
    args.push(include_archived.into());
    args.push(limit.into());
    (rank_sql(scored.len()), args)
}

fn ranked_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Ranked> {
    Ok(Ranked {
        id: r.get(0)?,
        name: r.get(1)?,
        archived: r.get(2)?,
    })
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
        self.settle_prefix(&mut terms)?;
        let mut ranked = self.rank(&terms, q)?;
        let mut exact = true;
        if ranked.is_empty() {
            let mut widened = false;
            for t in &mut terms {
                let found = self.any_match(&term_expression(t, None))?;
                if let Term::Word(w) = t {
                    // A word found as typed is not the one misspelt.
                    if w.may_be_misspelt() && !found {
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

    /// Whether the last word is searched as the start of longer words too. Not when it is
    /// itself a word of `WHOLE_WORD` records or more: FTS5 gathers every record of every
    /// word a prefix starts before giving the first (`jazz*`: 49,000 records, 3.5 ms on
    /// 100,000 contacts, for each of the several lookups of a search), and the word alone
    /// fills the results anyway.
    fn settle_prefix(&self, terms: &mut [Term]) -> Result<()> {
        let Some(Term::Word(w)) = terms.last_mut() else {
            return Ok(());
        };
        if !w.prefix {
            return Ok(());
        }
        // Counted through the index, which stops at the limit (FTS5's vocabulary table
        // would read the word's whole list of records to count them).
        let records: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT 1 FROM search_people
                  WHERE search_people MATCH ?1 LIMIT ?2)",
            )?
            .query_row(
                rusqlite::params![format!("\"{}\"", w.stem), WHOLE_WORD],
                |r| r.get(0),
            )?;
        if records >= WHOLE_WORD {
            w.prefix = false;
        }
        Ok(())
    }

    /// The contacts holding every term, best first: those holding some in their own fields
    /// or details by where (`rank_sql`), then the others (`TAIL_SQL`).
    fn rank(&self, terms: &[Term], q: &SearchQuery) -> Result<Vec<Ranked>> {
        let Some(all) = match_expression(terms) else {
            return Ok(Vec::new());
        };
        let limit = i64::try_from(q.limit).unwrap_or(i64::MAX);
        if terms.len() <= ALWAYS_TIERED_TERMS
            || (terms.len() <= MAX_TIERED_TERMS && self.at_least(&all, MANY_RECORDS)?)
        {
            return self.rank_by_tiers(terms, q.include_archived, limit);
        }
        let (sql, args) = rank_statement(&all, terms, q.include_archived, limit);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut ranked: Vec<Ranked> = stmt
            .query_map(params_from_iter(args), ranked_row)?
            .collect::<rusqlite::Result<_>>()?;
        let left = limit.saturating_sub(ranked.len() as i64);
        if left > 0 {
            let ids: Vec<i64> = ranked.iter().map(|r| r.id).collect();
            let ids = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned());
            ranked.extend(self.newest(&all, q.include_archived, &ids, left)?);
        }
        Ok(ranked)
    }

    /// Whether any record matches `expr`.
    fn any_match(&self, expr: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM search_people WHERE search_people MATCH ?1)",
            )?
            .query_row([expr], |r| r.get(0))?)
    }

    /// Whether `expr` matches `n` records or more, counted through the index, which stops
    /// at `n`.
    fn at_least(&self, expr: &str, n: i64) -> Result<bool> {
        let count: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT 1 FROM search_people
                  WHERE search_people MATCH ?1 LIMIT ?2)",
            )?
            .query_row(rusqlite::params![expr, n], |r| r.get(0))?;
        Ok(count >= n)
    }

    /// Ranks by reading the contacts of each way the terms can be placed — each term in
    /// the person's own fields, in their details, or only in mentions (`tier_expression`,
    /// which are exclusive) — from the heaviest placement down, each newest first and
    /// those of equal weight merged, until `limit` are found. Every read stops at what is
    /// left to find, so that a query matching many records costs no more than one matching
    /// few ("projet": 85,000 of the 100,000 set; "karine jazz": 1,052). 3^k reads at most
    /// for k terms, hence only for a few terms.
    fn rank_by_tiers(
        &self,
        terms: &[Term],
        include_archived: bool,
        limit: i64,
    ) -> Result<Vec<Ranked>> {
        let mut ranked: Vec<Ranked> = Vec::new();
        for level in placements(terms.len()) {
            let left = limit.saturating_sub(ranked.len() as i64);
            if left == 0 {
                break;
            }
            let mut found: Vec<Ranked> = Vec::new();
            for placement in level {
                let expr: Vec<String> = terms
                    .iter()
                    .zip(&placement)
                    .map(|(t, tier)| tier_expression(t, *tier))
                    .collect();
                found.extend(self.newest(&expr.join(" AND "), include_archived, "[]", left)?);
            }
            found.sort_by_key(|r| std::cmp::Reverse(r.id));
            found.truncate(usize::try_from(left).unwrap_or(usize::MAX));
            ranked.extend(found);
        }
        Ok(ranked)
    }

    /// The contacts matching `expr`, newest first, but those of `ids` (a JSON array);
    /// at most `limit` (`TAIL_SQL`).
    fn newest(
        &self,
        expr: &str,
        include_archived: bool,
        ids: &str,
        limit: i64,
    ) -> Result<Vec<Ranked>> {
        let mut tail = self.conn.prepare_cached(TAIL_SQL)?;
        let rows = tail.query_map(
            rusqlite::params![expr, include_archived, ids, limit],
            ranked_row,
        )?;
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

    /// SQLite's plan for a search, one line per step, for benchmarks and tests: the ranked
    /// contacts, then the others.
    pub fn explain_search(&self, query: &str) -> Result<Vec<String>> {
        let terms = parse_query(query);
        let all = match_expression(&terms).unwrap_or_else(|| "\"\"".to_owned());
        let (sql, args) = rank_statement(&all, &terms, false, 20);
        let mut plan = Vec::new();
        let mut stmt = self.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let rows = stmt.query_map(params_from_iter(args), |r| r.get::<_, String>(3))?;
        for r in rows {
            plan.push(r?);
        }
        let mut stmt = self
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {TAIL_SQL}"))?;
        let rows = stmt.query_map(rusqlite::params![all, false, "[]", 20], |r| {
            r.get::<_, String>(3)
        })?;
        for r in rows {
            plan.push(r?);
        }
        Ok(plan)
    }

    /// Rebuilds the documents of the contacts the triggers marked, and forgets the marks.
    /// Store::write calls it before committing.
    pub(crate) fn search_flush(&self) -> Result<usize> {
        let dirty: Vec<ContactId> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT DISTINCT contact_id FROM temp.search_dirty ORDER BY contact_id",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        // Every old document out first, then the new ones in rowid order: FTS5 writes the
        // terms it holds in memory as a new segment whenever a rowid comes that is not above
        // the last one written, which deleting and inserting each document in turn did at
        // every contact (10,000 tiny segments to merge for a bulk tag of 10,000 people).
        for id in &dirty {
            self.exec("DELETE FROM search_people WHERE rowid = ?1", [id])?;
        }
        for id in &dirty {
            self.exec(REFRESH_SQL, [id])?;
        }
        if !dirty.is_empty() {
            self.exec("DELETE FROM temp.search_dirty", [])?;
        }
        Ok(dirty.len())
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
                     words, content = '', detail = none,
                     tokenize = \"unicode61 remove_diacritics 2 tokenchars '_'\");
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

/// Queries of up to this many terms are ranked by tiers (`rank_by_tiers`: 3 or 9 reads that
/// stop at the limit). On the 100,000 set, instructions of the whole command: "karine jazz"
/// (1,052 records) 51 M by `rank_sql`, 19 M by tiers; "frederic lyon" (180) 28 M, 18 M.
const ALWAYS_TIERED_TERMS: usize = 2;

/// Up to this many terms, a query matching `MANY_RECORDS` or more is ranked by tiers too;
/// else, and beyond, by `rank_sql` (1 + 2k reads of the records holding every term, cheap
/// when they are few: "frederic photographe lyon", 6 records, 37 M; by tiers, 27 reads,
/// 115 M).
const MAX_TIERED_TERMS: usize = 3;

/// See `MAX_TIERED_TERMS`.
const MANY_RECORDS: i64 = 200;

/// The records holding `term` in exactly this tier (its heaviest): own fields; details and
/// not own fields; neither.
fn tier_expression(term: &Term, tier: Tier) -> String {
    let all = term_expression(term, None);
    let own = term_expression(term, Some(Tier::Own));
    let about = term_expression(term, Some(Tier::About));
    match tier {
        Tier::Own => format!("({all} AND {own})"),
        Tier::About | Tier::Phones => format!("(({all} AND {about}) NOT {own})"),
        Tier::Mentions => format!("({all} NOT ({own} OR {about}))"),
    }
}

/// Every placement of `k` terms in the three tiers, grouped by total weight, heaviest
/// first; within a group, in a fixed order.
fn placements(k: usize) -> Vec<Vec<Vec<Tier>>> {
    const TIERS: [Tier; 3] = [Tier::Own, Tier::About, Tier::Mentions];
    let mut all: Vec<Vec<Tier>> = vec![Vec::new()];
    for _ in 0..k {
        all = all
            .into_iter()
            .flat_map(|p| {
                TIERS.iter().map(move |t| {
                    let mut p = p.clone();
                    p.push(*t);
                    p
                })
            })
            .collect();
    }
    let weight = |p: &Vec<Tier>| p.iter().map(|t| t.weight()).sum::<i64>();
    all.sort_by_key(|p| -weight(p));
    let mut levels: Vec<Vec<Vec<Tier>>> = Vec::new();
    for p in all {
        match levels.last_mut() {
            Some(level) if weight(&level[0]) == weight(&p) => level.push(p),
            _ => levels.push(vec![p]),
        }
    }
    levels
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
                    .map(|words| (Tier::of(col).weight(), i, field, text, words))
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
