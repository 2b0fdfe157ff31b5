//! Recall search: ranking, folding, hostile queries and the index kept in step.

use chrono::NaiveDate;

use super::*;
use crate::model::encounter::{How, NewEncounter};
use crate::model::NewContact;
use crate::store::Store;

use crate::store::testing::NOW;

use crate::store::test_store as store;

fn add(s: &mut Store, c: NewContact) -> i64 {
    s.write(|db| db.insert_contact(&c, NOW)).unwrap()
}

fn named(name: &str) -> NewContact {
    NewContact {
        name: name.into(),
        ..Default::default()
    }
}

fn find(s: &Store, q: &str) -> Vec<(i64, String)> {
    s.db()
        .search(&SearchQuery {
            text: q.into(),
            include_archived: false,
            limit: 50,
        })
        .unwrap()
        .into_iter()
        .map(|h| (h.contact_id, h.matched))
        .collect()
}

fn exec(s: &mut Store, sql: &str, p: impl rusqlite::Params) {
    s.write(|db| -> Result<usize> { Ok(db.conn.execute(sql, p)?) })
        .unwrap();
}

fn meet(s: &mut Store, id: i64, event: Option<i64>, note: Option<&str>) -> i64 {
    s.write(|db| {
        db.insert_encounter(
            &NewEncounter {
                contact_id: id,
                event_id: event,
                date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
                how: How::Coffee,
                note: note.map(Into::into),
                ..Default::default()
            },
            NOW,
        )
    })
    .unwrap()
}

#[test]
fn both_statements_rank_the_same_number_of_texts() {
    assert!(SEARCH_SQL.contains(&format!("LIMIT {RANKED}\n")));
    // Kinds of the rowid as migration 0005 numbers them.
    assert!(SEARCH_SQL.contains("WHEN 7 THEN 'note' WHEN 8 THEN 'encounter'"));
    assert!(COUNT_HITS_SQL.contains(&format!("LIMIT {RANKED})")));
}

#[test]
fn expressions_quote_every_piece_and_prefix_the_last() {
    assert_eq!(fts_expression("choco").unwrap(), "\"choco\"*");
    assert_eq!(
        fts_expression("Frédéric CHOCO").unwrap(),
        "\"frederic\" AND \"choco\"*"
    );
    assert_eq!(
        fts_expression("fred@example.org").unwrap(),
        "\"fred example org\"*"
    );
    assert_eq!(
        fts_expression("\"a\" NEAR(b) -c x:y *").unwrap(),
        "\"a\" AND \"near b\" AND \"c\" AND \"x y\"*"
    );
    assert!(fts_expression(" * - \" ").is_none());
    assert_eq!(
        fts_exact_expression("Frédéric CHOCO").unwrap(),
        "\"frederic\" AND \"choco\""
    );
}

#[test]
fn an_encounter_note_is_found_by_prefix_and_in_capitals() {
    let (_d, mut s) = store();
    let marie = add(&mut s, named("Marie Côté"));
    add(&mut s, named("Chocolat Bidon")); // a name, but not the word searched below
    meet(
        &mut s,
        marie,
        None,
        Some("Her brother is a chocolatier in Lyon"),
    );
    assert!(find(&s, "chocolat").contains(&(marie, "encounter".into())));
    assert_eq!(find(&s, "CHOCOLATIER"), [(marie, "encounter".into())]);
    assert_eq!(find(&s, "chocolatier lyon"), [(marie, "encounter".into())]);
    assert!(find(&s, "chocolatier paris").is_empty());
}

/// The last word is a prefix, unless the whole word alone fills the ranked texts: then
/// longer words starting with it are left out (see `search_expression`).
#[test]
fn a_prefix_reaches_longer_words_until_the_word_itself_fills_the_ranking() {
    let (_d, mut s) = store();
    let projetos = add(&mut s, named("Projetos Lda"));
    let marie = add(&mut s, named("Marie Côté"));
    let day = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let notes = |s: &mut Store, n: usize| {
        s.write(|db| {
            for i in 0..n {
                db.add_note(marie, day, &format!("projet numéro {i}"), NOW)?;
            }
            Ok::<_, crate::store::StoreError>(())
        })
        .unwrap();
    };
    notes(&mut s, RANKED as usize - 1);
    let found = find(&s, "projet");
    assert_eq!(found[0], (projetos, "name".into()), "{found:?}");
    assert_eq!(found[1], (marie, "note".into()), "{found:?}");
    notes(&mut s, 1);
    assert_eq!(find(&s, "projet"), [(marie, "note".into())]);
    // Not a word on its own: still a prefix.
    assert_eq!(find(&s, "proj").len(), 2);
}

#[test]
fn accents_and_ligatures_fold_both_ways() {
    let (_d, mut s) = store();
    let fred = add(&mut s, named("Frédéric Duval"));
    let oeuvre = add(
        &mut s,
        NewContact {
            company: Some("Œuvre de Côté".into()),
            ..named("Zoë")
        },
    );
    assert_eq!(find(&s, "frederic"), [(fred, "name".into())]);
    assert_eq!(find(&s, "FRÉDÉRIC"), [(fred, "name".into())]);
    assert_eq!(find(&s, "oeuvre"), [(oeuvre, "company".into())]);
    assert_eq!(find(&s, "ŒUVRE cote"), [(oeuvre, "company".into())]);
    assert_eq!(find(&s, "Cote"), [(oeuvre, "company".into())]);
    assert_eq!(find(&s, "zoe"), [(oeuvre, "name".into())]);
}

#[test]
fn names_rank_above_notes() {
    let (_d, mut s) = store();
    let noted = add(&mut s, named("Anne Martin"));
    s.write(|db| {
        db.add_note(
            noted,
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            "met Roy at the jazz club",
            NOW,
        )
    })
    .unwrap();
    let roy = add(&mut s, named("André Roy"));
    assert_eq!(
        find(&s, "roy"),
        [(roy, "name".into()), (noted, "note".into())]
    );
}

#[test]
fn every_source_is_indexed_and_kept_in_step() {
    let (_d, mut s) = store();
    let id = add(
        &mut s,
        NewContact {
            company: Some("Vœux & Cie".into()),
            title: Some("Luthier".into()),
            city: Some("Québec".into()),
            how_met: Some("5 à 7 au Musée".into()),
            emails: vec![crate::model::Labeled::new("zed@example.org", None)],
            tags: vec!["Vœux".into(), "jazz".into(), "Art".into()],
            ..named("Zed")
        },
    );
    let event: i64 = s
        .write(|db| -> Result<i64> {
            db.conn.execute(
                "INSERT INTO events (name, name_folded, date, created_at, updated_at)
                 VALUES ('Petit-déjeuner des Entrepreneurs', 'x', '2026-10-01', ?1, ?1)",
                [NOW],
            )?;
            Ok(db.conn.last_insert_rowid())
        })
        .unwrap();
    let enc = meet(&mut s, id, Some(event), None);
    exec(
        &mut s,
        "INSERT INTO cards (contact_id, company, title, received_on, created_at)
         VALUES (?1, 'Atelier Bois', 'Ébéniste', '2026-10-01', ?2)",
        params![id, NOW],
    );
    for (q, field) in [
        ("voeux", "company"),
        ("luthier", "title"),
        ("quebec", "city"),
        ("musee", "how_met"),
        ("zed@example", "email"),
        ("jazz", "tag"),
        ("petit dejeuner", "event"),
        ("ebeniste", "card"),
    ] {
        assert_eq!(find(&s, q), [(id, field.to_owned())], "{q}");
    }
    assert!(s.db().search_index_check().unwrap().is_ok());

    // Changes follow: rename the event, edit fields, drop a tag, delete the encounter.
    s.write(|db| -> Result<()> {
        db.conn.execute(
            "UPDATE events SET name = 'Brunch des Artistes' WHERE id = ?1",
            [event],
        )?;
        db.update_contact(
            id,
            &crate::model::ContactPatch {
                city: Some(Some("Montréal".into())),
                ..Default::default()
            },
            NOW,
        )?;
        db.remove_tags(id, &["jazz".into()])?;
        Ok(())
    })
    .unwrap();
    assert!(find(&s, "petit").is_empty());
    assert_eq!(find(&s, "brunch"), [(id, "event".into())]);
    assert!(find(&s, "quebec").is_empty());
    assert_eq!(find(&s, "montreal"), [(id, "city".into())]);
    assert!(find(&s, "jazz").is_empty());
    assert_eq!(find(&s, "voeux"), [(id, "company".into())]);
    exec(&mut s, "DELETE FROM encounters WHERE id = ?1", [enc]);
    assert!(find(&s, "brunch").is_empty());
    assert!(s.db().search_index_check().unwrap().is_ok());

    // Deleting the contact takes every row with it.
    s.write(|db| db.delete_contact(id)).unwrap();
    let left: i64 = s
        .db()
        .conn
        .query_row("SELECT count(*) FROM search_index", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
    assert!(s.db().search_index_check().unwrap().is_ok());
}

#[test]
fn check_sees_a_damaged_index_and_rebuild_repairs_it() {
    let (_d, mut s) = store();
    let id = add(&mut s, named("Frédéric Duval"));
    meet(&mut s, id, None, Some("chocolatier"));
    exec(
        &mut s,
        "DELETE FROM search_index WHERE field = 'encounter'",
        [],
    );
    exec(
        &mut s,
        "INSERT INTO search_index (rowid, contact_id, field, text, folded)
         VALUES (999, 424242, 'note', 'ghost', 'ghost')",
        [],
    );
    let r = s.db().search_index_check().unwrap();
    assert_eq!((r.missing, r.stale), (1, 1));
    assert!(!r.is_ok());
    assert!(find(&s, "chocolatier").is_empty());
    let n = s.write(|db| db.search_index_rebuild()).unwrap();
    assert_eq!(n, 2);
    assert!(s.db().search_index_check().unwrap().is_ok());
    assert_eq!(find(&s, "chocolatier"), [(id, "encounter".into())]);
}

#[test]
fn archived_contacts_are_hidden_unless_asked() {
    let (_d, mut s) = store();
    let id = add(&mut s, named("Frédéric Duval"));
    s.write(|db| {
        db.update_contact(
            id,
            &crate::model::ContactPatch {
                archived: Some(true),
                ..Default::default()
            },
            NOW,
        )
    })
    .unwrap();
    assert!(find(&s, "frederic").is_empty());
    let all = s
        .db()
        .search(&SearchQuery {
            text: "frederic".into(),
            include_archived: true,
            limit: 10,
        })
        .unwrap();
    assert_eq!(all.len(), 1);
    assert!(all[0].archived);
}

#[test]
fn hostile_queries_never_fail() {
    let (_d, mut s) = store();
    add(&mut s, named("'; DROP TABLE contacts; --"));
    for q in [
        "\"",
        "*",
        "-",
        ":",
        "(",
        ")",
        "NEAR",
        "AND",
        "OR NOT",
        "a:b",
        "\"unterminated",
        "NEAR(a b, 2)",
        "^x",
        "{name}: x",
        "'; DROP TABLE contacts; --",
        "🙂",
        "安藤",
    ] {
        s.db()
            .search(&SearchQuery {
                text: q.into(),
                include_archived: true,
                limit: 10,
            })
            .unwrap_or_else(|e| panic!("{q}: {e}"));
    }
    assert_eq!(find(&s, "drop table").len(), 1);
}

#[test]
fn the_plan_uses_the_full_text_index() {
    let (_d, s) = store();
    let plan = s.db().explain_search("chocolat").unwrap().join("\n");
    assert!(plan.contains("VIRTUAL TABLE INDEX"), "{plan}");
    assert!(plan.contains("USING INTEGER PRIMARY KEY"), "{plan}");
    assert!(!plan.contains("SCAN c"), "{plan}");
}
