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
    include_str!("../../migrations/0009_capture.sql"),
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(super) fn apply(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while this one waited for the lock.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    tx.commit()?;
    Ok(())
}
