//! `carnet check` on a damaged file: SQLite's findings counted right, in text and JSON,
//! with the exact command that restores the newest good backup; `check --repair` never
//! writes into a damaged file.

use std::path::PathBuf;

use crate::backups::{damage_pages, real_database};
use crate::common::TestEnv;

#[test]
fn check_on_damaged_pages_reports_the_damage_and_the_backup_to_restore() {
    let env = TestEnv::new();
    real_database(&env);
    let older = PathBuf::from(env.ok(&["backup"]).stdout.trim());
    let newest = PathBuf::from(env.ok(&["backup"]).stdout.trim());
    damage_pages(&env.db());

    let r = env.fails(&["check"], 1);
    assert!(r.stdout.contains("integrity: "), "{}", r.stdout);
    assert!(!r.stdout.contains("integrity: ok"), "{}", r.stdout);
    assert!(r.stderr.contains("damaged"), "{}", r.stderr);
    let command = format!("carnet restore {}", newest.display());
    assert!(r.stderr.contains(&command), "{}", r.stderr);

    let r = env.run(&["check", "--json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let j = r.json();
    assert_eq!(j["ok"], false);
    let integrity = &j["checks"][0];
    assert_eq!(integrity["check"], "integrity");
    assert_eq!(integrity["ok"], false);
    assert!(integrity["count"].as_u64().unwrap() > 0);
    assert!(!integrity["problems"].as_array().unwrap().is_empty());
    assert_eq!(j["restore_from"], newest.to_str().unwrap());
    assert_eq!(j["restore_command"], command.as_str());

    // The newest backup damaged too: the one before it is named.
    damage_pages(&newest);
    let r = env.fails(&["check"], 1);
    assert!(
        r.stderr
            .contains(&format!("carnet restore {}", older.display())),
        "{}",
        r.stderr
    );
    // No good backup at all: said so.
    damage_pages(&older);
    let r = env.run(&["check", "--json"]);
    assert_eq!(r.json()["restore_from"], serde_json::Value::Null);
    assert!(r.stderr.contains("no good backup"), "{}", r.stderr);
}

/// SQLite's integrity check stops at a limit (100 by default): the count is not the length
/// of a list cut for the screen.
#[test]
fn check_counts_every_problem_sqlite_finds() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    {
        let conn = env.conn();
        conn.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
             INSERT INTO contacts (name, name_folded, created_at, updated_at, uid)
             SELECT 'p' || i, 'p' || i, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'u' || i
               FROM n;
             INSERT INTO contact_words (word, contact_id)
             SELECT name, id FROM contacts WHERE name LIKE 'p%';",
        )
        .unwrap();
        conn.pragma_update(None, "writable_schema", true).unwrap();
        // The index now claims to index another column: every row is missing from it.
        conn.execute(
            "UPDATE sqlite_schema SET sql = 'CREATE INDEX contacts_created ON contacts(name)'
              WHERE name = 'contacts_created'",
            [],
        )
        .unwrap();
    }
    let r = env.fails(&["check"], 1);
    assert!(r.stdout.contains("integrity: 601 problems"), "{}", r.stdout);
    assert!(r.stdout.contains("… and 551 more"), "{}", r.stdout);
    let j = env.run(&["check", "--json"]).json();
    let integrity = &j["checks"][0];
    assert_eq!(integrity["count"], 601);
    assert_eq!(integrity["at_least"], false);
    assert_eq!(integrity["problems"].as_array().unwrap().len(), 50);
}

#[test]
fn check_repair_never_writes_into_a_damaged_file() {
    let env = TestEnv::new();
    real_database(&env);
    let backup = PathBuf::from(env.ok(&["backup"]).stdout.trim());
    damage_pages(&env.db());
    let before = std::fs::read(env.db()).unwrap();
    let r = env.fails(&["check", "--repair"], 1);
    assert!(r.stderr.contains("damaged"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("carnet restore {}", backup.display())),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("Rebuilt"), "{}", r.stderr);
    assert!(
        std::fs::read(env.db()).unwrap() == before,
        "the file was written"
    );
    let wal = env.path("carnet.db-wal");
    assert!(!wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0);
}
