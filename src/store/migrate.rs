//! Schema migrations: the SQL files under `migrations/`, applied in order by
//! `PRAGMA user_version`, all inside one IMMEDIATE transaction.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, TransactionBehavior};

use super::Result;

/// Append-only: a landed migration is never edited.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_events.sql"),
    include_str!("../../migrations/0003_followups.sql"),
    include_str!("../../migrations/0004_interop.sql"),
    include_str!("../../migrations/0005_projects_search.sql"),
    include_str!("../../migrations/0006_today_indexes.sql"),
    include_str!("../../migrations/0007_derived_in_code.sql"),
    include_str!("../../migrations/0008_open_followups_in_order.sql"),
    include_str!("../../migrations/0009_history.sql"),
    include_str!("../../migrations/0010_relations.sql"),
    include_str!("../../migrations/0011_application_id.sql"),
    include_str!("../../migrations/0012_composed_text.sql"),
    include_str!("../../migrations/0013_card_photos.sql"),
    include_str!("../../migrations/0014_capture.sql"),
    include_str!("../../migrations/0015_search_people.sql"),
    include_str!("../../migrations/0016_scale.sql"),
    include_str!("../../migrations/0017_addresses.sql"),
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn apply(conn: &mut Connection) -> Result<()> {
    apply_these(conn, MIGRATIONS)
}

fn apply_these(conn: &mut Connection, migrations: &[&str]) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while this one waited for the lock.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in migrations.iter().enumerate().skip(current.max(0) as usize) {
        tx.execute_batch(sql)?;
        // A migration that needs more than SQL names its data step in a line of its own.
        if sql.lines().any(|l| l.trim() == "-- then: compose_text") {
            super::compose::compose_text(&tx)?;
        }
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    // The operation log's statements were written for the schema as it was: once it has
    // changed, undoing them could do anything but what they meant. The log starts again.
    if current > 0 && current < migrations.len() as i64 {
        tx.execute_batch(
            "DELETE FROM operation_changes;
             DELETE FROM operations;",
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// The mark carnet's files carry in SQLite's header (`PRAGMA application_id`): "crnt".
pub const APPLICATION_ID: i64 = 0x6372_6E74;

/// The first schema version whose files carry [`APPLICATION_ID`]: the one after the
/// migration that sets it. Found rather than written down, so that renumbering the
/// migration cannot leave it stale.
pub fn marked_since() -> i64 {
    MIGRATIONS
        .iter()
        .position(|sql| sql.contains("PRAGMA application_id"))
        .map_or(i64::MAX, |i| i as i64 + 1)
}

/// What schema `version` is made of: each table with its columns, from the migrations
/// replayed on an empty database in memory.
pub(super) fn tables_of(version: i64) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let conn = Connection::open_in_memory()?;
    super::register_functions(&conn)?;
    for sql in MIGRATIONS.iter().take(version.max(0) as usize) {
        conn.execute_batch(sql)?;
    }
    table_columns(&conn)
}

/// Every table of the main database with its columns.
pub(super) fn table_columns(conn: &Connection) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let mut stmt = conn.prepare(
        "SELECT m.name, p.name FROM main.sqlite_schema m, pragma_table_info(m.name) p
          WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut tables: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in rows {
        let (table, column) = row?;
        tables.entry(table).or_default().insert(column);
    }
    Ok(tables)
}

/// What keeps a file from being a carnet database of schema `version`, whose tables are
/// `expected`: the first table or column it lacks. Tables of its own are allowed (someone
/// may have added one with the `sqlite3` shell).
pub(super) fn missing_from(
    expected: &BTreeMap<String, BTreeSet<String>>,
    found: &BTreeMap<String, BTreeSet<String>>,
) -> Option<String> {
    for (table, columns) in expected {
        let Some(have) = found.get(table) else {
            return Some(crate::tr!("store-missing-table", table = table));
        };
        if let Some(column) = columns.iter().find(|c| !have.contains(*c)) {
            return Some(crate::tr!(
                "store-missing-column",
                column = column,
                table = table
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store;
    use crate::store::testing::add;

    #[test]
    fn the_mark_comes_with_its_migration() {
        let since = marked_since();
        assert!((9..=SCHEMA_VERSION).contains(&since), "{since}");
        assert!(MIGRATIONS[since as usize - 1].contains("PRAGMA application_id = 1668443764"));
        assert_eq!(APPLICATION_ID, 1_668_443_764);
    }

    #[test]
    fn a_schema_is_known_by_its_tables_and_columns() {
        let v1 = tables_of(1).unwrap();
        let v8 = tables_of(8).unwrap();
        assert!(v1.contains_key("contacts"));
        assert!(!v1.contains_key("events") && v8.contains_key("events"));
        assert_eq!(missing_from(&v1, &v8), None, "v8 has all of v1's tables");
        assert_eq!(
            missing_from(&v8, &v1).as_deref(),
            Some("no table cards"),
            "the first missing, in order"
        );
        let mut short = v1.clone();
        short.get_mut("contacts").unwrap().remove("name");
        assert_eq!(
            missing_from(&v1, &short).as_deref(),
            Some("no column name in table contacts")
        );
        let mut more = v1.clone();
        more.insert("photos".into(), ["id".to_owned()].into());
        assert_eq!(
            missing_from(&v1, &more),
            None,
            "a table of one's own is allowed"
        );
        assert!(tables_of(0).unwrap().is_empty());
    }

    #[test]
    fn a_migration_empties_the_operation_log() {
        let (_d, mut s) = test_store();
        add(&mut s, "Zoë");
        let count = |s: &crate::store::Store| -> (i64, i64) {
            s.conn
                .query_row(
                    "SELECT (SELECT count(*) FROM operations), (SELECT count(*) FROM operation_changes)",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap()
        };
        assert_ne!(count(&s), (0, 0));
        // The same schema again: nothing to apply, the log stays.
        apply_these(&mut s.conn, MIGRATIONS).unwrap();
        assert_ne!(count(&s), (0, 0));
        let mut next = MIGRATIONS.to_vec();
        next.push("CREATE TABLE later (id INTEGER PRIMARY KEY);");
        apply_these(&mut s.conn, &next).unwrap();
        assert_eq!(count(&s), (0, 0));
        assert_eq!(s.db().all_contact_names().unwrap().len(), 1);
    }
}
