//! Schema changes: a database made by schema 1 (the first landed schema) is migrated by
//! the current binary with every row kept and a copy left beside it.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{files_starting, names, TestEnv};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Builds `tests/fixtures/schema_v1.db` from `migrations/0001_init.sql` and `make_v1.sql`.
/// Run it by hand (it is ignored) only if the fixture must be remade; never after schema 1
/// has changed, which it must not.
#[test]
#[ignore]
fn make_v1_fixture() {
    let path = fixtures().join("schema_v1.db");
    let _ = std::fs::remove_file(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(carnet::store::MIGRATIONS[0]).unwrap();
    conn.execute_batch(&std::fs::read_to_string(fixtures().join("make_v1.sql")).unwrap())
        .unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    conn.execute_batch("VACUUM").unwrap();
    drop(conn);
    check_folding(&path);
}

/// The folded names written by hand in make_v1.sql are what carnet computes.
fn check_folding(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, name, name_folded FROM contacts")
        .unwrap();
    let rows: Vec<(i64, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (id, name, folded) in rows {
        assert_eq!(folded, carnet::model::text::fold(&name), "#{id}");
        let mut words: Vec<String> = conn
            .prepare("SELECT word FROM contact_words WHERE contact_id = ?1 ORDER BY word")
            .unwrap()
            .query_map([id], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut expected = carnet::model::text::folded_words(&name);
        expected.sort();
        expected.dedup();
        words.sort();
        assert_eq!(words, expected, "#{id}");
    }
}

fn table_names(path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap();
    let names = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
}

fn user_version(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn the_fixture_is_schema_1() {
    let path = fixtures().join("schema_v1.db");
    assert_eq!(user_version(&path), 1);
    assert!(!table_names(&path).contains(&"events".to_owned()));
    check_folding(&path);
}

#[test]
fn a_schema_1_database_is_migrated_keeping_every_row_and_a_copy() {
    let env = TestEnv::new();
    let original = std::fs::read(fixtures().join("schema_v1.db")).unwrap();
    std::fs::write(env.db(), &original).unwrap();

    let r = env.ok(&["list", "--json"]);
    assert!(
        r.stderr.contains("Upgraded the database schema"),
        "{}",
        r.stderr
    );
    assert_eq!(user_version(&env.db()), carnet::store::SCHEMA_VERSION);

    // The copy made before the migration: schema 1 and every row.
    let copies = files_starting(env.dir.path(), "carnet.db.v1-");
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(
        r.stderr.contains(&*copies[0].to_string_lossy()),
        "{}",
        r.stderr
    );
    assert_eq!(user_version(&copies[0]), 1);
    assert_eq!(
        table_names(&copies[0]),
        table_names(&fixtures().join("schema_v1.db"))
    );
    {
        let conn = rusqlite::Connection::open(&copies[0]).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 3);
    }

    // Every row, through the current binary.
    let list = r.json();
    let names = names(&list);
    assert_eq!(names.len(), 3, "the archived contact is hidden: {names:?}");
    let all = env.json(&["list", "--archived"]);
    assert_eq!(all.as_array().unwrap().len(), 4);

    let fred = env.json(&["show", "frederic"]);
    assert_eq!(fred["company"], "Concours des vœux");
    assert_eq!(fred["title"], "Président");
    assert_eq!(fred["city"], "Québec");
    assert_eq!(fred["how_met"], "5 à 7 au Musée");
    assert_eq!(fred["birthday"], "1975-03-05");
    assert_eq!(fred["keep_in_touch_days"], 90);
    let values = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|e| e["value"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        values(&fred["emails"]),
        ["fred@example.org", "frédéric@exemple.fr"]
    );
    assert_eq!(fred["emails"][0]["label"], "work");
    assert_eq!(values(&fred["phones"]), ["+33 6 12 34 56 78"]);
    assert_eq!(fred["tags"], serde_json::json!(["Québec", "Vœux"]));
    let notes: Vec<&str> = fred["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        notes,
        [
            "Relancé 🎉",
            "Veut sponsoriser le petit-déjeuner du printemps — « avec plaisir »"
        ]
    );

    let zoe = env.json(&["show", "zoe"]);
    assert_eq!(zoe["birthday"], "--12-24");
    assert_eq!(zoe["introduced_by"], 1);
    assert_eq!(values(&zoe["links"]), ["https://zoe.example.org"]);
    let ando = env.json(&["show", "#3"]);
    assert_eq!(ando["name"], "安藤 忠雄");
    assert_eq!(ando["archived"], true);
    let bobby = env.json(&["show", "#4"]);
    assert_eq!(bobby["name"], "'; DROP TABLE contacts; --");

    // Migrated, it is whole and takes writes; a second open migrates nothing.
    env.ok(&["check"]);
    env.add("Marie Côté", &["--tag", "vœux"]);
    let again = env.ok(&["list"]);
    assert!(!again.stderr.contains("Upgraded"), "{}", again.stderr);
}
