//! `carnet check`: SQLite's own checks, the foreign keys, and the search indexes that carnet
//! derives from the data (folded names and their words, and any FTS5 table), with a way to
//! rebuild those indexes.

use std::collections::BTreeSet;

use rusqlite::params;
use serde::Serialize;

use super::{quote, Db, Result};
use crate::model::text::{fold, folded_words};

/// One kind of check and what it found; `problems` is empty when all is well.
#[derive(Debug, Clone, Serialize)]
pub struct CheckFinding {
    pub check: String,
    pub ok: bool,
    /// The first problems found, at most [`MAX_LISTED`].
    pub problems: Vec<String>,
    /// How many problems were found in all.
    pub count: usize,
    /// Whether the check stopped counting at its limit: then there are `count` or more.
    pub at_least: bool,
}

impl CheckFinding {
    fn new(check: impl Into<String>, mut problems: Vec<String>) -> CheckFinding {
        let count = problems.len();
        problems.truncate(MAX_LISTED);
        CheckFinding {
            check: check.into(),
            ok: count == 0,
            problems,
            count,
            at_least: false,
        }
    }

    /// The finding of a check that could not run to its end: what stopped it (SQLite's
    /// own words, such as "database disk image is malformed") is its one problem.
    fn from_result(check: impl Into<String>, found: Result<Vec<String>>) -> CheckFinding {
        match found {
            Ok(problems) => CheckFinding::new(check, problems),
            Err(e) => CheckFinding::new(
                check,
                vec![crate::tr!("check-stopped", error = e.to_string())],
            ),
        }
    }
}

/// The derived search indexes: a name for the report, a check and a rebuild. FTS5 tables are
/// also found in the schema and checked by SQLite itself (`full-text index NAME`), so a new
/// full-text index needs no entry here; an index with its own idea of what it should hold
/// adds one line.
pub struct SearchIndex {
    pub name: &'static str,
    pub check: fn(Db<'_>) -> Result<Vec<String>>,
    pub rebuild: fn(Db<'_>) -> Result<()>,
}

pub const SEARCH_INDEXES: &[SearchIndex] = &[
    SearchIndex {
        name: "contact name index",
        check: check_name_index,
        rebuild: rebuild_name_index,
    },
    SearchIndex {
        name: "search index",
        check: check_search_index,
        rebuild: |db| db.search_index_rebuild().map(drop),
    },
    SearchIndex {
        name: "reconnect dates",
        check: check_reconnect_dates,
        rebuild: |db| db.refresh_reconnect_dates(),
    },
];

/// At most this many problems are listed per check; the count says how many more.
pub const MAX_LISTED: usize = 50;

/// SQLite's integrity check stops after this many problems (its own default is 100).
const INTEGRITY_LIMIT: usize = 10_000;

impl Db<'_> {
    /// Runs every check, read-only. SQLite's integrity check comes first and counts up
    /// to [`INTEGRITY_LIMIT`] problems; a check that damage stops midway reports what
    /// stopped it, and the others still run.
    pub fn check(&self) -> Result<Vec<CheckFinding>> {
        let mut found = vec![
            self.integrity(INTEGRITY_LIMIT),
            CheckFinding::from_result("foreign keys", self.foreign_key_problems()),
        ];
        for index in SEARCH_INDEXES {
            found.push(CheckFinding::from_result(index.name, (index.check)(*self)));
        }
        match self.fts_tables() {
            Ok(tables) => {
                for table in tables {
                    found.push(CheckFinding::from_result(
                        format!("full-text index {table}"),
                        self.fts_problems(&table),
                    ));
                }
            }
            Err(e) => found.push(CheckFinding::from_result("full-text indexes", Err(e))),
        }
        Ok(found)
    }

    /// SQLite's integrity check, stopping after `limit` problems.
    fn integrity(&self, limit: usize) -> CheckFinding {
        let mut finding = CheckFinding::from_result("integrity", self.integrity_problems(limit));
        finding.at_least = finding.count >= limit;
        finding
    }

    /// Rebuilds every search index from the data; returns their names. Run it inside
    /// `Store::write`.
    pub fn rebuild_search_indexes(&self) -> Result<Vec<String>> {
        let mut done = Vec::new();
        for index in SEARCH_INDEXES {
            (index.rebuild)(*self)?;
            done.push(index.name.to_owned());
        }
        for table in self.fts_tables()? {
            // A contentless table (the search index) has nothing to rebuild from: its entry
            // above filled it again from the data.
            let contentless: bool = self.conn.query_row(
                "SELECT replace(sql, ' ', '') LIKE '%content=''''%' FROM sqlite_schema
                  WHERE name = ?1",
                [&table],
                |r| r.get(0),
            )?;
            if contentless {
                continue;
            }
            let q = quote(&table);
            self.conn
                .execute(&format!("INSERT INTO {q}({q}) VALUES ('rebuild')"), [])?;
            done.push(format!("full-text index {table}"));
        }
        Ok(done)
    }

    fn integrity_problems(&self, limit: usize) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare(&format!("PRAGMA integrity_check({limit})"))?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut problems = Vec::new();
        for row in rows {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        Ok(problems)
    }

    fn foreign_key_problems(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| {
            Ok(format!(
                "{} row {} points to a missing {}",
                r.get::<_, String>(0)?,
                r.get::<_, Option<i64>>(1)?
                    .map_or_else(|| "?".to_owned(), |id| id.to_string()),
                r.get::<_, String>(2)?
            ))
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(Into::into)
    }

    fn fts_tables(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT name FROM sqlite_schema
              WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'
              ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<Vec<String>>>()
            .map_err(Into::into)
    }

    fn fts_problems(&self, table: &str) -> Result<Vec<String>> {
        let q = quote(table);
        // With rank 1 an external-content table is also compared with its content table;
        // a table that does not take it gets the plain check.
        let mut last = None;
        for sql in [
            format!("INSERT INTO {q}({q}, rank) VALUES ('integrity-check', 1)"),
            format!("INSERT INTO {q}({q}) VALUES ('integrity-check')"),
        ] {
            match self.lifting_query_only(|| Ok(self.conn.execute(&sql, [])))? {
                Ok(_) => return Ok(Vec::new()),
                Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                    return Ok(vec![format!(
                        "{table} does not match the data ({e}); `carnet check --repair` rebuilds it"
                    )])
                }
                Err(e) => last = Some(e),
            }
        }
        Err(last.map_or(super::StoreError::Busy, Into::into))
    }
}

/// Every contact's folded name and name words match its name.
fn check_name_index(db: Db<'_>) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut stmt = db
        .conn
        .prepare("SELECT id, name, name_folded FROM contacts ORDER BY id")?;
    let contacts = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut words_of = db
        .conn
        .prepare_cached("SELECT word FROM contact_words WHERE contact_id = ?1")?;
    for (id, name, folded) in &contacts {
        if *folded != fold(name) {
            problems.push(format!("contact #{id}: its folded name is stale"));
        }
        let stored = words_of
            .query_map([id], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<BTreeSet<_>>>()?;
        let expected: BTreeSet<String> = folded_words(name).into_iter().collect();
        if stored != expected {
            problems.push(format!("contact #{id}: its name words are stale"));
        }
    }
    let orphans: i64 = db.conn.query_row(
        "SELECT count(*) FROM contact_words
          WHERE contact_id NOT IN (SELECT id FROM contacts)",
        [],
        |r| r.get(0),
    )?;
    if orphans > 0 {
        problems.push(format!("{orphans} name words belong to no contact"));
    }
    Ok(problems)
}

/// The full-text search index (`search_index`) against what the tables call for.
fn check_search_index(db: Db<'_>) -> Result<Vec<String>> {
    let r = db.search_index_check()?;
    let mut problems = Vec::new();
    if r.missing > 0 {
        problems.push(format!(
            "{} entries the data calls for are missing or out of date",
            r.missing
        ));
    }
    if r.stale > 0 {
        problems.push(format!("{} entries no longer match the data", r.stale));
    }
    if !r.fts_ok {
        problems.push("SQLite's own check of the full-text index failed".to_owned());
    }
    Ok(problems)
}

/// Every contact's stored reconnect date is the one its cadence and last encounter give.
/// (Kept by carnet's triggers; another program writing to the file leaves it stale.)
fn check_reconnect_dates(db: Db<'_>) -> Result<Vec<String>> {
    db.ensure_derived()?;
    let mut stmt = db.conn.prepare(
        "SELECT c.id, c.reconnect_on, v.reconnect_on
           FROM contacts c JOIN contact_reconnect v ON v.id = c.id
          WHERE c.reconnect_on IS NOT v.reconnect_on ORDER BY c.id",
    )?;
    let rows = stmt.query_map([], |r| {
        let show = |d: Option<String>| d.unwrap_or_else(|| "none".to_owned());
        Ok(format!(
            "contact #{}: reconnect date {} instead of {}",
            r.get::<_, i64>(0)?,
            show(r.get(1)?),
            show(r.get(2)?)
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn rebuild_name_index(db: Db<'_>) -> Result<()> {
    let contacts = db.all_contact_names()?;
    db.conn.execute("DELETE FROM contact_words", [])?;
    let mut set_folded = db
        .conn
        .prepare_cached("UPDATE contacts SET name_folded = ?2 WHERE id = ?1")?;
    let mut add_word = db
        .conn
        .prepare_cached("INSERT OR IGNORE INTO contact_words (word, contact_id) VALUES (?1, ?2)")?;
    for (id, name) in contacts {
        set_folded.execute(params![id, fold(&name)])?;
        for w in folded_words(&name) {
            add_word.execute(params![w, id])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{CheckFinding, MAX_LISTED};
    use crate::model::NewContact;
    use crate::store::{Location, Store};

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&Location {
            path: dir.path().join("t.db"),
            create_folder: false,
        })
        .unwrap();
        (dir, store)
    }

    fn problems(s: &Store) -> Vec<(String, usize)> {
        s.db()
            .check()
            .unwrap()
            .into_iter()
            .filter(|f| !f.ok)
            .map(|f| (f.check, f.problems.len()))
            .collect()
    }

    #[test]
    fn integrity_problems_are_counted_and_a_count_at_the_limit_is_a_lower_bound() {
        let (_d, s) = crate::store::test_store();
        s.conn
            .execute_batch(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
                 INSERT INTO contacts (name, name_folded, created_at, updated_at, uid)
                 SELECT 'p' || i, 'p' || i, '2026-01-01', '2026-01-01', 'u' || i FROM n;",
            )
            .unwrap();
        assert!(s.db().integrity(5).ok);
        s.conn.pragma_update(None, "writable_schema", true).unwrap();
        s.conn
            .execute(
                "UPDATE sqlite_schema SET sql = 'CREATE INDEX contacts_created ON contacts(name)'
                  WHERE name = 'contacts_created'",
                [],
            )
            .unwrap();
        drop(s);
        let s = Store::open(&Location {
            path: _d.path().join("t.db"),
            create_folder: false,
        })
        .unwrap();
        let all = s.db().integrity(100);
        assert_eq!((all.ok, all.count, all.at_least), (false, 30, false));
        let some = s.db().integrity(30);
        assert_eq!((some.count, some.at_least), (30, true));
        let few = s.db().integrity(10);
        assert_eq!(
            (few.count, few.at_least, few.problems.len()),
            (10, true, 10)
        );
        let many = CheckFinding::new("x", vec!["p".to_owned(); MAX_LISTED + 7]);
        assert_eq!(
            (many.count, many.problems.len()),
            (MAX_LISTED + 7, MAX_LISTED)
        );
        let stopped = CheckFinding::from_result("x", Err(crate::store::StoreError::Busy));
        assert_eq!((stopped.ok, stopped.count), (false, 1));
        assert!(stopped.problems[0].starts_with("could not be checked"));
    }

    #[test]
    fn an_fts5_index_out_of_step_with_its_content_is_found_and_rebuilt() {
        let (_d, mut s) = store();
        s.write(|db| {
            for name in ["Frédéric Duval", "Zoë Łukasz"] {
                let c = NewContact {
                    name: name.into(),
                    ..Default::default()
                };
                db.insert_contact(&c, "2026-11-22T09:00:00Z")?;
            }
            db.conn.execute_batch(
                "CREATE VIRTUAL TABLE contacts_fts USING fts5(
                     name, content = 'contacts', content_rowid = 'id');
                 INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild');
                 CREATE VIRTUAL TABLE notes_fts USING fts5(
                     contact_id UNINDEXED, text,
                     tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3');
                 INSERT INTO notes_fts VALUES (1, 'Vœux du Québec');",
            )?;
            Ok::<_, crate::store::StoreError>(())
        })
        .unwrap();
        assert!(problems(&s).is_empty(), "{:?}", problems(&s));

        // The content changes behind the index's back, as a missed trigger would leave it.
        s.write(|db| {
            db.conn
                .execute("UPDATE contacts SET name = 'Marie Côté' WHERE id = 1", [])
                .map_err(crate::store::StoreError::from)
        })
        .unwrap();
        // The update bypassed the name index too (folded name and words).
        assert_eq!(
            problems(&s),
            [
                ("contact name index".to_owned(), 2),
                ("full-text index contacts_fts".to_owned(), 1)
            ]
        );

        let rebuilt = s.write(|db| db.rebuild_search_indexes()).unwrap();
        assert!(rebuilt.contains(&"full-text index contacts_fts".to_owned()));
        assert!(rebuilt.contains(&"full-text index notes_fts".to_owned()));
        // The name index was stale too (the update bypassed it); both are whole again.
        assert!(problems(&s).is_empty(), "{:?}", problems(&s));
    }
}
