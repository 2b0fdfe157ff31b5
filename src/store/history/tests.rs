//! The operation log: recording, undo, redo, refusals and pruning, on a real database.

use super::*;
use crate::model::dump::Dump;
use crate::model::encounter::{How, NewEncounter};
use crate::model::{ContactPatch, Labeled, NewContact};
use crate::store::testing::{d, NOW};
use crate::store::{test_store, SCHEMA_VERSION};

fn dump(s: &Store) -> Dump {
    s.db().dump(SCHEMA_VERSION).unwrap()
}

fn person(name: &str) -> NewContact {
    NewContact {
        name: name.into(),
        company: Some("Chocolaterie Boréal".into()),
        emails: vec![Labeled::new(format!("{}@example.org", name.len()), None)],
        tags: vec!["Vœux".into(), "astrologie".into()],
        keep_in_touch_days: Some(30),
        ..Default::default()
    }
}

/// A contact with a note and an encounter, in one write.
fn add_with_history(s: &mut Store, name: &str) -> i64 {
    s.write(|db| -> Result<i64> {
        let id = db.insert_contact(&person(name), NOW)?;
        db.add_note(id, d(2026, 11, 2), "Parle de son œuvre", NOW)?;
        db.insert_encounter(
            &NewEncounter {
                contact_id: id,
                date: d(2026, 11, 1),
                how: How::Coffee,
                note: Some("'; DROP TABLE contacts; --".into()),
                ..Default::default()
            },
            NOW,
        )?;
        Ok(id)
    })
    .unwrap()
}

/// Derived data agrees with the tables.
fn assert_derived_whole(s: &Store) {
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
    assert_eq!(stale, 0, "reconnect dates");
    let problems: Vec<_> = s
        .db()
        .check()
        .unwrap()
        .into_iter()
        .filter(|f| !f.ok)
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}

fn ops(s: &Store) -> Vec<Operation> {
    s.db().operations(100).unwrap()
}

fn shape(table: &str, columns: &[&str], key: &[&str], alias: Option<&str>) -> Shape {
    Shape {
        table: table.into(),
        columns: columns.iter().map(|c| c.to_string()).collect(),
        key: key.iter().map(|c| c.to_string()).collect(),
        rowid_alias: alias.map(Into::into),
        named: columns.contains(&"name"),
        cascades: Vec::new(),
    }
}

#[test]
fn the_triggers_are_read_from_the_schema() {
    let (_d, s) = test_store();
    let shapes = s.db().recorded_shapes().unwrap();
    let names: Vec<&str> = shapes.iter().map(|s| s.table.as_str()).collect();
    for t in ["contacts", "notes", "contact_tags", "invitations"] {
        assert!(names.contains(&t), "{t} in {names:?}");
    }
    // Derived (worked out again rather than recorded), the log itself, full-text indexes.
    for t in [
        "contact_words",
        "operations",
        "operation_changes",
        "search_index",
        "search_index_data",
    ] {
        assert!(!names.contains(&t), "{t} not in {names:?}");
    }
    let contacts = shapes.iter().find(|s| s.table == "contacts").unwrap();
    assert_eq!(contacts.rowid_alias.as_deref(), Some("id"));
    assert!(contacts.key.is_empty() && contacts.named);
    assert!(!contacts.columns.contains(&"reconnect_on".to_owned()));
    assert!(contacts.columns.contains(&"uid".to_owned()));
    let tags = shapes.iter().find(|s| s.table == "contact_tags").unwrap();
    assert_eq!(tags.key, ["contact_id", "tag_id"]);
    assert_eq!(tags.rowid_alias, None);
    assert!(!tags.named);
}

#[test]
fn the_statements_recorded_put_back_any_row_of_any_shape() {
    let (_d, s) = test_store();
    s.conn
        .execute_batch(
            "CREATE TABLE plain (a TEXT, 'it''s' INTEGER);
             CREATE TABLE pair (x TEXT, y INTEGER, v TEXT, PRIMARY KEY (y, x)) WITHOUT ROWID;
             CREATE TABLE ids (id INTEGER PRIMARY KEY, name TEXT);",
        )
        .unwrap();
    let shapes = [
        shape("plain", &["a", "it's"], &[], None),
        shape("pair", &["x", "y", "v"], &["y", "x"], None),
        shape("ids", &["id", "name"], &[], Some("id")),
    ];
    for sh in &shapes {
        s.conn.execute_batch(&sh.triggers(None)).unwrap();
    }
    let script = "INSERT INTO plain VALUES ('o''k', 1), (NULL, 2);
        UPDATE plain SET \"it's\" = 3 WHERE \"it's\" = 2;
        UPDATE plain SET rowid = 10 WHERE \"it's\" = 1;
        INSERT INTO pair VALUES ('Zoë', 1, 'a'), ('x', 2, 'b');
        UPDATE pair SET v = 'c' WHERE y = 1;
        UPDATE pair SET x = 'moved' WHERE y = 2;
        DELETE FROM pair WHERE y = 1;
        INSERT INTO ids (name) VALUES ('Łukasz'), ('安藤');
        UPDATE ids SET name = NULL WHERE id = 1;
        UPDATE ids SET id = 7 WHERE id = 2;
        DELETE FROM ids WHERE id = 1;
        DELETE FROM plain WHERE a IS NULL;";
    let snapshot = |s: &Store| -> Vec<String> {
        let mut out = Vec::new();
        for q in [
            "SELECT rowid, quote(a), quote(\"it's\") FROM plain ORDER BY rowid",
            "SELECT quote(x), y, quote(v) FROM pair ORDER BY y, x",
            "SELECT id, quote(name) FROM ids ORDER BY id",
        ] {
            let mut stmt = s.conn.prepare(q).unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    let cells: Vec<String> = (0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect();
                    Ok(cells.join(" "))
                })
                .unwrap();
            out.extend(rows.map(|r| r.unwrap()));
        }
        out
    };
    let before = snapshot(&s);
    s.conn.execute_batch(script).unwrap();
    let after = snapshot(&s);
    assert_ne!(before, after);
    // Running the recorded statements newest first gives back the tables as they were.
    let mut stmt = s
        .conn
        .prepare("SELECT sql FROM operation_changes ORDER BY seq DESC")
        .unwrap();
    let sqls: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let kinds: Vec<String> = s
        .conn
        .prepare("SELECT kind FROM operation_changes ORDER BY seq")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    // Two inserts, an update, a move (gone, come), … as they happened.
    assert_eq!(kinds[..5], ["I", "I", "U", "D", "I"]);
    for sql in sqls {
        s.conn.execute_batch(&sql).unwrap();
    }
    assert_eq!(snapshot(&s), before);
}

#[test]
fn undo_of_an_add_takes_the_contact_and_all_it_came_with_away_and_redo_brings_it_back() {
    let (_d, mut s) = test_store();
    add_with_history(&mut s, "Zoë Tremblay");
    let before = dump(&s);
    let id = add_with_history(&mut s, "Chana Levi");
    let added = dump(&s);
    let applied = s.undo(None).unwrap();
    assert!(applied.operation.undone);
    assert_eq!(dump(&s), before);
    assert!(!s.db().contact_exists(id).unwrap());
    assert_derived_whole(&s);

    let redone = s.redo().unwrap();
    assert!(!redone.operation.undone);
    assert_eq!(dump(&s), added);
    assert_derived_whole(&s);
    // And again: the log keeps going both ways.
    s.undo(None).unwrap();
    assert_eq!(dump(&s), before);
    s.redo().unwrap();
    assert_eq!(dump(&s), added);
}

#[test]
fn undo_of_a_delete_brings_the_contact_back_identical() {
    let (_d, mut s) = test_store();
    let id = add_with_history(&mut s, "Chana Levi");
    let other = add_with_history(&mut s, "Michel Astre");
    s.write(|db| {
        db.update_contact(
            other,
            &ContactPatch {
                introduced_by: Some(Some(id)),
                ..Default::default()
            },
            NOW,
        )
    })
    .unwrap();
    let event = crate::store::testing::event(&s, "5 à 7 des vœux", "2026-12-04");
    s.write(|db| -> Result<()> {
        db.insert_followup(
            &crate::model::followup::NewFollowUp {
                contact_id: Some(id),
                event_id: Some(event),
                what: "Envoyer le dossier".into(),
                due: d(2026, 12, 1),
                every: None,
            },
            NOW,
        )?;
        db.set_rsvp(event, id, crate::model::invitation::Rsvp::Yes, NOW)
    })
    .unwrap();
    let before = dump(&s);
    s.write(|db| db.delete_contact(id)).unwrap();
    assert_ne!(dump(&s), before);
    let summary = &ops(&s)[0].changes;
    let contacts = summary.iter().find(|t| t.table == "contacts").unwrap();
    // Deleted, and Michel's "introduced by" cleared.
    assert_eq!((contacts.removed, contacts.changed), (1, 1));
    let mut names = contacts.names.clone();
    names.sort();
    assert_eq!(names, ["Chana Levi", "Michel Astre"]);
    s.undo(None).unwrap();
    assert_eq!(dump(&s), before);
    assert_derived_whole(&s);
}

#[test]
fn undo_of_an_edit_and_of_a_merge() {
    let (_d, mut s) = test_store();
    let a = add_with_history(&mut s, "Chana Levi");
    let b = add_with_history(&mut s, "Chana L.");
    let before = dump(&s);
    s.write(|db| {
        db.update_contact(
            a,
            &ContactPatch {
                name: Some("Chana Lévi-Strauss".into()),
                keep_in_touch_days: Some(Some(7)),
                ..Default::default()
            },
            "2026-11-23T09:00:00Z",
        )
    })
    .unwrap();
    let edited = dump(&s);
    s.write(|db| db.merge_contacts(a, b, "2026-11-24T09:00:00Z"))
        .unwrap();
    assert_derived_whole(&s);
    s.undo(None).unwrap();
    assert_eq!(dump(&s), edited);
    assert_derived_whole(&s);
    s.undo(None).unwrap();
    assert_eq!(dump(&s), before);
    assert_derived_whole(&s);
    // Nothing more to undo than the two adds; then nothing at all.
    s.undo(None).unwrap();
    s.undo(None).unwrap();
    assert!(matches!(s.undo(None), Err(HistoryError::NothingToUndo)));
    assert!(s.db().all_contact_names().unwrap().is_empty());
}

#[test]
fn a_write_that_changes_nothing_is_not_an_operation() {
    let (_d, mut s) = test_store();
    let id = add_with_history(&mut s, "Chana Levi");
    let n = ops(&s).len();
    s.write(|db| db.update_contact(id, &ContactPatch::default(), NOW))
        .unwrap();
    s.write(|db| db.contact_exists(id)).unwrap();
    assert_eq!(ops(&s).len(), n);
}

#[test]
fn undo_of_an_earlier_operation_is_refused_when_a_later_one_changed_its_rows() {
    let (_d, mut s) = test_store();
    let id = add_with_history(&mut s, "Chana Levi");
    let add = ops(&s)[0].id;
    s.write(|db| {
        db.update_contact(
            id,
            &ContactPatch {
                city: Some(Some("Montréal".into())),
                ..Default::default()
            },
            NOW,
        )
    })
    .unwrap();
    let edit = ops(&s)[0].id;
    let before = dump(&s);
    let e = s.undo(Some(add)).unwrap_err();
    match e {
        HistoryError::ChangedSince {
            id, later, table, ..
        } => {
            assert_eq!((id, later, table.as_str()), (add, edit, "contacts"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(dump(&s), before);
    assert_eq!(ops(&s).len(), 2, "no entry for a refused undo");
    // Undoing the edit first, then the add, is fine.
    s.undo(None).unwrap();
    s.undo(Some(add)).unwrap();
    assert!(s.db().all_contact_names().unwrap().is_empty());
}

#[test]
fn undo_is_refused_when_a_cascade_would_take_away_what_a_later_operation_added() {
    let (_d, mut s) = test_store();
    let id = add_with_history(&mut s, "Chana Levi");
    let add = ops(&s)[0].id;
    s.write(|db| db.add_note(id, d(2026, 11, 3), "Came with Michel", NOW))
        .unwrap();
    let note = ops(&s)[0].id;
    let before = dump(&s);
    match s.undo(Some(add)).unwrap_err() {
        HistoryError::WouldTouchOthers {
            id, later, table, ..
        } => {
            assert_eq!((id, later, table.as_str()), (add, Some(note), "notes"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(dump(&s), before);
    assert_derived_whole(&s);
}

#[test]
fn undo_goes_back_one_operation_at_a_time_and_redo_forward() {
    let (_d, mut s) = test_store();
    let empty = dump(&s);
    add_with_history(&mut s, "Zoë");
    let one = dump(&s);
    add_with_history(&mut s, "Łukasz");
    let two = dump(&s);
    s.undo(None).unwrap();
    assert_eq!(dump(&s), one);
    s.undo(None).unwrap();
    assert_eq!(dump(&s), empty);
    s.redo().unwrap();
    assert_eq!(dump(&s), one);
    s.redo().unwrap();
    assert_eq!(dump(&s), two);
    assert!(matches!(s.redo(), Err(HistoryError::NothingToRedo)));
    let log = ops(&s);
    let kinds: Vec<OperationKind> = log.iter().map(|o| o.kind).collect();
    use OperationKind::*;
    assert_eq!(kinds, [Redo, Redo, Undo, Undo, Do, Do]);
    // Undone newest first, redone oldest first.
    assert_eq!(log[3].target, Some(log[4].id));
    assert_eq!(log[2].target, Some(log[5].id));
    assert_eq!(log[1].target, Some(log[5].id));
    assert_eq!(log[0].target, Some(log[4].id));
}

#[test]
fn a_new_operation_ends_what_redo_could_bring_back() {
    let (_d, mut s) = test_store();
    add_with_history(&mut s, "Zoë");
    s.undo(None).unwrap();
    let undone = ops(&s)[1].clone();
    assert!(undone.undone && undone.redoable);
    add_with_history(&mut s, "Łukasz");
    assert!(matches!(s.redo(), Err(HistoryError::NothingToRedo)));
    let undone = s.db().operation(undone.id).unwrap().unwrap();
    assert!(undone.undone && !undone.redoable);
    // Its redo statements are gone with it: what is left is the new operation's.
    let (left, kept): (i64, i64) = s
        .conn
        .query_row(
            "SELECT (SELECT count(*) FROM operation_changes),
                    (SELECT sum(last_change - first_change + 1) FROM operations)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(left, kept);
}

#[test]
fn asking_for_an_operation_that_cannot_be_undone() {
    let (_d, mut s) = test_store();
    add_with_history(&mut s, "Zoë");
    let add = ops(&s)[0].id;
    s.undo(None).unwrap();
    let undo = ops(&s)[0].id;
    assert!(matches!(s.undo(Some(add)), Err(HistoryError::AlreadyUndone(i)) if i == add));
    assert!(matches!(
        s.undo(Some(undo)),
        Err(HistoryError::NotACommand { id, kind: OperationKind::Undo, target: Some(t) }) if id == undo && t == add
    ));
    assert!(matches!(
        s.undo(Some(999)),
        Err(HistoryError::NoSuchOperation(999))
    ));
}

#[test]
fn the_log_keeps_the_last_operations_and_none_older_than_the_bound() {
    let (_d, mut s) = test_store();
    s.describe_operations(OperationMeta {
        command: "carnet add".into(),
        at: "2026-01-01T09:00:00Z".into(),
        bound: HistoryBound {
            keep: 3,
            keep_days: Some(30),
        },
    });
    for name in ["A", "B", "C", "D", "E"] {
        add_with_history(&mut s, name);
    }
    let log = ops(&s);
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].changes[0].names, ["E"]);
    assert_eq!(log[0].command, "carnet add");
    let kept: Vec<i64> = log.iter().map(|o| o.id).collect();
    let (first, last): (i64, i64) = s
        .conn
        .query_row(
            "SELECT min(seq), max(seq) FROM operation_changes",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let (lo, hi): (i64, i64) = s
        .conn
        .query_row(
            "SELECT min(first_change), max(last_change) FROM operations",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (first, last),
        (lo, hi),
        "the pruned operations' changes went with them"
    );

    // 31 days later: the three are too old, only the new one stays.
    s.describe_operations(OperationMeta {
        command: "carnet add F".into(),
        at: "2026-02-01T09:00:01Z".into(),
        bound: HistoryBound {
            keep: 3,
            keep_days: Some(30),
        },
    });
    add_with_history(&mut s, "F");
    let log = ops(&s);
    assert_eq!(log.len(), 1);
    assert!(!kept.contains(&log[0].id));
    // What was pruned can no longer be undone, and the rest stays.
    s.undo(None).unwrap();
    assert!(matches!(s.undo(None), Err(HistoryError::NothingToUndo)));
    assert_eq!(s.db().all_contact_names().unwrap().len(), 5);
}

/// A bulk write like an import's: new contacts with their tags, notes and emails, and a
/// change to one that was there before.
#[test]
fn undo_is_refused_when_a_cascade_would_take_away_a_row_no_operation_recorded() {
    let (_d, mut s) = test_store();
    let id = add_with_history(&mut s, "Chana Levi");
    let add = ops(&s)[0].id;
    // A note written outside any operation (as by a carnet before the log, or pruned).
    s.conn
        .execute(
            "INSERT INTO notes (contact_id, date, body, created_at) VALUES (?1, '2026-11-03', 'x', ?2)",
            rusqlite::params![id, NOW],
        )
        .unwrap();
    let before = dump(&s);
    match s.undo(Some(add)).unwrap_err() {
        HistoryError::WouldTouchOthers {
            id, later, table, ..
        } => {
            assert_eq!((id, later, table.as_str()), (add, None, "notes"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(dump(&s), before);
}

fn bulk(s: &mut Store, existing: i64, n: usize) {
    s.write_bulk(|db| -> Result<()> {
        for i in 0..n {
            let id = db.insert_contact(&person(&format!("Personne {i}")), NOW)?;
            db.add_note(id, d(2026, 11, 1), "Importée", NOW)?;
        }
        db.update_contact(
            existing,
            &ContactPatch {
                city: Some(Some("Saint-Denis (La Réunion)".into())),
                ..Default::default()
            },
            NOW,
        )?;
        db.add_tags(existing, &["importé".into()])?;
        Ok(())
    })
    .unwrap();
}

fn recorded(s: &Store) -> Vec<(String, String)> {
    let mut stmt = s
        .conn
        .prepare("SELECT tbl, kind FROM operation_changes ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn a_bulk_write_is_one_operation_recorded_as_ranges_and_undoes_whole() {
    let (_d, mut s) = test_store();
    let zoe = add_with_history(&mut s, "Zoë");
    // A table the bulk write leaves alone: no range is recorded for it.
    s.write(|db| {
        db.insert_followup(
            &crate::model::followup::NewFollowUp {
                contact_id: Some(zoe),
                event_id: None,
                what: "Relancer".into(),
                due: d(2026, 11, 30),
                every: None,
            },
            NOW,
        )
    })
    .unwrap();
    let before = dump(&s);
    let n_before = recorded(&s).len();
    bulk(&mut s, zoe, 50);
    let after = dump(&s);
    let log = ops(&s);
    let contacts = log[0]
        .changes
        .iter()
        .find(|t| t.table == "contacts")
        .unwrap();
    assert_eq!((contacts.added, contacts.changed), (50, 1));
    assert_eq!(contacts.names, ["Zoë", "Personne 0", "Personne 1"]);
    // 50 contacts with their words, emails, tags and notes: a handful of records.
    let new: Vec<(String, String)> = recorded(&s)[n_before..].to_vec();
    assert!(new.len() < 15, "{new:?}");
    assert!(new.contains(&("contacts".into(), "R".into())));
    assert!(new.contains(&("contacts".into(), "U".into())));
    // Zoë's new tag goes with the new tag row: not recorded.
    assert!(!new.iter().any(|(t, _)| t == "contact_tags"), "{new:?}");
    assert!(!new.iter().any(|(t, _)| t == "followups"), "{new:?}");
    assert_derived_whole(&s);

    s.undo(None).unwrap();
    assert_eq!(dump(&s), before);
    assert_derived_whole(&s);
    s.redo().unwrap();
    assert_eq!(dump(&s), after);
    assert_derived_whole(&s);
    s.undo(None).unwrap();
    assert_eq!(dump(&s), before);
}

#[test]
fn undo_of_a_bulk_write_is_refused_when_a_later_operation_tagged_one_of_its_contacts() {
    let (_d, mut s) = test_store();
    let zoe = add_with_history(&mut s, "Zoë");
    bulk(&mut s, zoe, 5);
    let import = ops(&s)[0].id;
    let imported = s.db().max_contact_id().unwrap();
    s.write(|db| db.add_tags(imported, &["rappeler".into()]))
        .unwrap();
    let tag = ops(&s)[0].id;
    let before = dump(&s);
    match s.undo(Some(import)).unwrap_err() {
        HistoryError::WouldTouchOthers {
            id, later, table, ..
        } => {
            assert_eq!((id, later), (import, Some(tag)));
            assert_eq!(table, "contact_tags");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(dump(&s), before);
    s.undo(None).unwrap();
    s.undo(None).unwrap();
    assert_eq!(s.db().all_contact_names().unwrap().len(), 1);
    assert_derived_whole(&s);
}

#[test]
fn a_bulk_write_that_adds_rows_the_ranges_would_miss_fails_whole() {
    let (_d, mut s) = test_store();
    add_with_history(&mut s, "Zoë");
    let last = add_with_history(&mut s, "Łukasz");
    let before = dump(&s);
    // The highest contact deleted, and its id taken again by the next insert.
    let r = s.write_bulk(|db| -> Result<i64> {
        db.delete_contact(last)?;
        db.insert_contact(&person("Chana"), NOW)
    });
    match r {
        Err(StoreError::Conflict(m)) => assert!(m.contains("contact"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(dump(&s), before);
    // Without the delete, the same write is recorded and undone whole.
    s.write_bulk(|db| db.insert_contact(&person("Chana"), NOW))
        .unwrap();
    s.undo(None).unwrap();
    assert_eq!(dump(&s), before);
}

#[test]
fn a_failed_write_records_nothing() {
    let (_d, mut s) = test_store();
    let r: Result<()> = s.write(|db| {
        db.insert_contact(&person("Temp"), NOW)?;
        Err(StoreError::Conflict("stop".into()))
    });
    assert!(r.is_err());
    assert!(ops(&s).is_empty());
    assert!(matches!(s.undo(None), Err(HistoryError::NothingToUndo)));
}

#[test]
fn the_cutoff_is_days_before_now() {
    assert_eq!(
        cutoff("2026-03-01T10:00:00Z", 1).as_deref(),
        Some("2026-02-28T10:00:00Z")
    );
    assert_eq!(cutoff("not a time", 1), None);
}

#[test]
fn in_a_bulk_write_no_trigger_watches_the_inserts_of_rowid_tables() {
    let (_d, mut s) = test_store();
    let watched = |db: Db<'_>| -> Vec<String> {
        let mut stmt = db
            .conn
            .prepare(
                "SELECT tbl_name FROM sqlite_temp_schema
                  WHERE type = 'trigger' AND name LIKE 'history%' AND sql LIKE '%AFTER INSERT%'
                  ORDER BY 1",
            )
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    let during = s.write_bulk(|db| Ok::<_, StoreError>(watched(db))).unwrap();
    // Only WITHOUT ROWID tables, whose rows have no range.
    assert_eq!(during, ["contact_tags", "invitations", "project_roles"]);
    let after = watched(s.db());
    assert!(after.contains(&"contacts".to_owned()), "{after:?}");
}
