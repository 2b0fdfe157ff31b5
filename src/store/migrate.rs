//! Schema migrations: the SQL files under `migrations/`, applied in order by
//! `PRAGMA user_version`, all inside one IMMEDIATE transaction.

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
    include_str!("../../migrations/0011_capture.sql"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_store;
    use crate::store::testing::add;

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
