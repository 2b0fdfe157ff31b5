//! Schema 10's data step: every text already stored, composed (NFC), and what carnet derives
//! from it (folded names and words, folded tags, event, project and role names, the search
//! index) brought in step — in the migration's transaction, with `nfc()` and `fold()`
//! registered on the connection.

use rusqlite::{params, Connection};

use super::{quote, Result};
use crate::model::text::folded_words;

/// Composes every text value of every table carnet owns (not the search index's own
/// tables), then refreshes what is derived from it. Returns how many values changed.
pub(super) fn compose_text(conn: &Connection) -> Result<usize> {
    let mut changed = 0;
    for (table, column) in text_columns(conn)? {
        let (t, c) = (quote(&table), quote(&column));
        // OR IGNORE: a value equal to another once composed (the same email typed both
        // ways) would break a UNIQUE constraint; such a duplicate is handled below.
        changed += conn.execute(
            &format!(
                "UPDATE OR IGNORE {t} SET {c} = nfc({c}) WHERE typeof({c}) = 'text' AND {c} <> nfc({c})"
            ),
            [],
        )?;
    }
    // An email, phone or link that is, composed, one the contact already has: a duplicate.
    for table in ["contact_emails", "contact_phones", "contact_links"] {
        conn.execute(
            &format!("DELETE FROM {table} WHERE value <> nfc(value)"),
            [],
        )?;
    }
    refresh_folded(conn)?;
    // The search index of schemas 5 to 12 stores each text and its folded form (its own
    // tables are not touched above): both brought up to date where the text was
    // decomposed. (Schema 13 replaces it with one filled from the composed text.)
    let old_index: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'search_index'",
        [],
        |r| r.get(0),
    )?;
    if old_index {
        conn.execute(
            "UPDATE search_index SET text = nfc(text), folded = fold(nfc(text))
              WHERE text <> nfc(text) OR folded <> fold(text)",
            [],
        )?;
    }
    Ok(changed)
}

/// The tables and columns to compose: every column of every ordinary table, but SQLite's
/// and those behind a virtual table (FTS5 keeps its index in `NAME_data`, `NAME_idx`…).
fn text_columns(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p
          WHERE m.type = 'table' AND m.sql LIKE 'CREATE TABLE%'
            AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'
            AND NOT EXISTS (SELECT 1 FROM sqlite_schema v
                             WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
                               AND substr(m.name, 1, length(v.name) + 1) = v.name || '_')
          ORDER BY m.name, p.cid",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let columns: Vec<(String, String)> = rows.collect::<rusqlite::Result<_>>()?;
    // The operation log keeps past values as they were, for undo: not text typed in.
    Ok(columns
        .into_iter()
        .filter(|(t, _)| !super::history::HISTORY_TABLES.contains(&t.as_str()))
        .collect())
}

/// The folded forms derived from composed text, where they differ from what `fold` gives.
fn refresh_folded(conn: &Connection) -> Result<()> {
    // Contacts: the folded name and its words.
    let stale: Vec<(i64, String)> = conn
        .prepare("SELECT id, name FROM contacts WHERE name_folded <> fold(name)")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, name) in &stale {
        conn.execute(
            "UPDATE contacts SET name_folded = fold(name) WHERE id = ?1",
            [id],
        )?;
        conn.execute("DELETE FROM contact_words WHERE contact_id = ?1", [id])?;
        for w in folded_words(name) {
            conn.execute(
                "INSERT OR IGNORE INTO contact_words (word, contact_id) VALUES (?1, ?2)",
                params![w, id],
            )?;
        }
    }
    conn.execute(
        "UPDATE events SET name_folded = fold(name) WHERE name_folded <> fold(name)",
        [],
    )?;
    // Tags are unique by folded name: a tag that, composed, is another one is merged
    // into it.
    let tags: Vec<(i64, String)> = conn
        .prepare("SELECT id, fold(name) FROM tags WHERE folded <> fold(name) ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, folded) in tags {
        let same: Option<i64> = conn
            .query_row(
                "SELECT id FROM tags WHERE folded = ?1 AND id <> ?2",
                params![folded, id],
                |r| r.get(0),
            )
            .ok();
        match same {
            Some(keep) => {
                conn.execute(
                    "UPDATE OR IGNORE contact_tags SET tag_id = ?1 WHERE tag_id = ?2",
                    params![keep, id],
                )?;
                conn.execute("DELETE FROM contact_tags WHERE tag_id = ?1", [id])?;
                conn.execute(
                    "UPDATE tags SET keep_in_touch_days = coalesce(keep_in_touch_days,
                         (SELECT keep_in_touch_days FROM tags WHERE id = ?2)) WHERE id = ?1",
                    params![keep, id],
                )?;
                conn.execute("DELETE FROM tags WHERE id = ?1", [id])?;
            }
            None => {
                conn.execute(
                    "UPDATE tags SET folded = ?1 WHERE id = ?2",
                    params![folded, id],
                )?;
            }
        }
    }
    // A project whose composed name is another's keeps its folded name (both stay).
    conn.execute(
        "UPDATE OR IGNORE projects SET name_folded = fold(name) WHERE name_folded <> fold(name)",
        [],
    )?;
    // The same role twice for a contact in a project, once composed: one is enough.
    conn.execute(
        "UPDATE OR IGNORE project_roles SET role_folded = fold(role) WHERE role_folded <> fold(role)",
        [],
    )?;
    conn.execute(
        "DELETE FROM project_roles WHERE role_folded <> fold(role)",
        [],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(conn: &Connection, sql: &str) -> i64 {
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn decomposed_text_is_composed_and_duplicates_merged() {
        let (_dir, store) = crate::store::test_store();
        let conn = &store.conn;
        conn.execute_batch(
            "INSERT INTO contacts (id, name, name_folded, created_at, updated_at)
             VALUES (1, 'Le\u{301}a', 'le\u{301}a', 'x', 'x'), (2, 'Zoë', 'zoe', 'x', 'x');
             INSERT INTO contact_words (word, contact_id) VALUES ('le\u{301}a', 1), ('zoe', 2);
             INSERT INTO contact_emails (contact_id, value, position)
             VALUES (1, 'le\u{301}a@exemple.fr', 0), (1, 'léa@exemple.fr', 1);
             INSERT INTO tags (id, name, folded) VALUES (1, 'Réunion', 'reunion'),
                                                        (2, 'Re\u{301}union', 're\u{301}union'),
                                                        (3, 'Que\u{301}bec', 'que\u{301}bec');
             INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1), (1, 2), (2, 2), (2, 3);
             INSERT INTO notes (contact_id, date, body, created_at)
             VALUES (1, '2026-01-01', 'a\u{300} la Re\u{301}union', 'x');",
        )
        .unwrap();
        // The index as schema 12 had it (migration 0005), which schema 15 replaced.
        conn.execute_batch(
            "CREATE VIRTUAL TABLE search_index USING fts5(
                 contact_id UNINDEXED, field UNINDEXED, text UNINDEXED, folded,
                 tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
        )
        .unwrap();
        conn.execute(
            "INSERT INTO search_index (rowid, contact_id, field, text, folded)
             VALUES (7, 1, 'note', 'a\u{300} la Re\u{301}union', 'a\u{300} la re\u{301}union')",
            [],
        )
        .unwrap();
        let changed = compose_text(conn).unwrap();
        assert!(changed >= 5, "{changed}");
        let name: String = conn
            .query_row("SELECT name_folded FROM contacts WHERE id = 1", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(name, "lea");
        assert_eq!(
            count(
                conn,
                "SELECT count(*) FROM contact_words WHERE word = 'lea'"
            ),
            1
        );
        assert_eq!(
            count(
                conn,
                "SELECT count(*) FROM contact_emails WHERE contact_id = 1"
            ),
            1
        );
        // "Réunion" typed both ways is one tag, both contacts keep it.
        assert_eq!(
            count(conn, "SELECT count(*) FROM tags WHERE folded = 'reunion'"),
            1
        );
        assert_eq!(
            count(conn, "SELECT count(*) FROM contact_tags WHERE tag_id = 1"),
            2
        );
        assert_eq!(count(conn, "SELECT count(*) FROM tags WHERE id = 2"), 0);
        assert_eq!(
            count(
                conn,
                "SELECT count(*) FROM tags WHERE name = 'Québec' AND folded = 'quebec'"
            ),
            1
        );
        let (text, folded): (String, String) = conn
            .query_row(
                "SELECT text, folded FROM search_index WHERE rowid = 7",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            (text.as_str(), folded.as_str()),
            ("à la Réunion", "a la reunion")
        );
        // Nothing left to do the second time.
        assert_eq!(compose_text(conn).unwrap(), 0);
        let checks = store.db().check().unwrap();
        assert!(
            checks
                .iter()
                .filter(|c| c.check != "search index")
                .all(|c| c.ok),
            "{checks:?}"
        );
    }

    #[test]
    fn the_search_indexs_own_tables_are_left_to_it() {
        let (_dir, store) = crate::store::test_store();
        let tables: Vec<String> = text_columns(&store.conn)
            .unwrap()
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert!(tables.contains(&"contacts".to_owned()));
        assert!(tables.contains(&"notes".to_owned()));
        assert!(
            !tables.iter().any(|t| t.starts_with("search_index")),
            "{tables:?}"
        );
        assert!(
            !tables.iter().any(|t| t.starts_with("operation")),
            "the operation log is left as it was: {tables:?}"
        );
    }
}
