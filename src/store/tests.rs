//! The store as a whole: transactions, bulk writes and the derived data they keep.

use super::*;
use crate::model::encounter::{How, NewEncounter};
use crate::model::NewContact;

use super::testing::NOW;

fn triggers(s: &Store) -> Vec<String> {
    let mut stmt = s
        .conn
        .prepare("SELECT sql FROM sqlite_temp_schema WHERE type = 'trigger' ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

fn pragmas_in(db: Db<'_>) -> (i64, i64, i64) {
    db.conn
        .query_row(
            "SELECT (SELECT cache_size FROM pragma_cache_size),
                    (SELECT temp_store FROM pragma_temp_store),
                    (SELECT threads FROM pragma_threads)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
}

fn fill(db: Db<'_>, name: &str) -> Result<i64> {
    let id = db.insert_contact(
        &NewContact {
            name: name.into(),
            company: Some("Chocolaterie Boréal".into()),
            tags: vec!["Vœux".into()],
            keep_in_touch_days: Some(30),
            ..Default::default()
        },
        NOW,
    )?;
    db.insert_encounter(
        &NewEncounter {
            contact_id: id,
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            how: How::Coffee,
            note: Some("Parlé de son projet d'œuvre".into()),
            ..Default::default()
        },
        NOW,
    )?;
    Ok(id)
}

#[test]
fn a_bulk_write_leaves_the_search_index_and_its_triggers_as_row_by_row_writes_do() {
    let (_d, mut s) = test_store();
    let before = triggers(&s);
    s.write(|db| fill(db, "Zoë Tremblay")).unwrap();
    let settings = pragmas_in(s.db());
    s.write_bulk(|db| {
        assert_eq!(pragmas_in(db), (BULK_CACHE_KIB, 2, BULK_SORT_THREADS));
        fill(db, "Frédéric Duval")
    })
    .unwrap();
    assert_eq!(pragmas_in(s.db()), settings);
    assert_eq!(triggers(&s), before);
    let report = s.db().search_index_check().unwrap();
    assert!(report.is_ok(), "{report:?}");
    let stale: i64 = s
        .conn
        .query_row(
            "SELECT count(*) FROM contacts c JOIN contact_reconnect v ON v.id = c.id
             WHERE c.reconnect_on IS NOT v.reconnect_on",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stale, 0);
    // The recreated triggers keep indexing later writes.
    s.write(|db| fill(db, "Łukasz Nowak")).unwrap();
    assert!(s.db().search_index_check().unwrap().is_ok());
}

#[test]
fn outside_write_the_connection_only_reads_and_write_keeps_derived_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&Location {
        path: dir.path().join("t.db"),
        create_folder: false,
    })
    .unwrap();
    assert!(triggers(&s).is_empty(), "nothing parsed before a write");
    let err = s
        .conn
        .execute("INSERT INTO tags (name, folded) VALUES ('x', 'x')", [])
        .unwrap_err();
    assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::ReadOnly));
    s.write(|db| fill(db, "Zoë Tremblay")).unwrap();
    assert!(!triggers(&s).is_empty());
    assert!(s.db().search_index_check().unwrap().is_ok());
    assert!(s
        .conn
        .execute("INSERT INTO tags (name, folded) VALUES ('x', 'x')", [])
        .is_err());
}

#[test]
fn a_read_ends_its_transaction_even_after_an_error() {
    let (_d, mut s) = test_store();
    s.write(|db| fill(db, "Zoë Tremblay")).unwrap();
    let n = s
        .read(|db| db.all_contact_names().map(|names| names.len()))
        .unwrap();
    assert_eq!(n, 1);
    assert!(s.conn.is_autocommit());
    let r: Result<()> = s.read(|_| Err(StoreError::Conflict("stop".into())));
    assert!(r.is_err());
    assert!(s.conn.is_autocommit());
    s.write(|db| fill(db, "Frédéric Duval")).unwrap();
}

#[test]
fn a_failed_bulk_write_keeps_the_triggers_and_writes_nothing() {
    let (_d, mut s) = test_store();
    let before = triggers(&s);
    assert!(!before.is_empty());
    let r: Result<()> = s.write_bulk(|db| {
        fill(db, "Temp")?;
        Err(StoreError::Conflict("stop".into()))
    });
    assert!(r.is_err());
    assert_eq!(triggers(&s), before);
    assert!(s.db().all_contact_names().unwrap().is_empty());
    assert!(s.db().search_index_check().unwrap().is_ok());
}
