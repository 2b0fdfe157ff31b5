//! Recall search: every source, ranking, folding, typos, hostile queries and the index kept
//! in step.

use chrono::NaiveDate;
use rusqlite::params;

use super::*;
use crate::model::encounter::{How, NewEncounter};
use crate::model::{Labeled, NewContact};
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

fn search(s: &Store, q: &str) -> Vec<SearchHit> {
    s.db()
        .search(&SearchQuery {
            text: q.into(),
            include_archived: false,
            limit: 50,
        })
        .unwrap()
}

fn find(s: &Store, q: &str) -> Vec<(i64, String)> {
    search(s, q)
        .into_iter()
        .map(|h| (h.contact_id, h.matched))
        .collect()
}

fn ids(s: &Store, q: &str) -> Vec<i64> {
    search(s, q).into_iter().map(|h| h.contact_id).collect()
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

fn note(s: &mut Store, id: i64, body: &str) {
    s.write(|db| db.add_note(id, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), body, NOW))
        .unwrap();
}

fn docs(s: &Store) -> i64 {
    s.db()
        .conn
        .query_row("SELECT count(*) FROM search_people", [], |r| r.get(0))
        .unwrap()
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

#[test]
fn words_are_found_in_different_fields() {
    let (_d, mut s) = store();
    let karine = add(
        &mut s,
        NewContact {
            tags: vec!["SEO".into()],
            ..named("Karine Lavoie")
        },
    );
    let andre = add(
        &mut s,
        NewContact {
            title: Some("Notaire".into()),
            ..named("André Bouchard")
        },
    );
    let choco = add(
        &mut s,
        NewContact {
            title: Some("Chocolatier".into()),
            ..named("Théo Girard")
        },
    );
    note(&mut s, choco, "Ses pralines au piment sont incroyables");
    add(&mut s, named("Karine Roy"));
    assert_eq!(ids(&s, "karine seo"), [karine]);
    assert_eq!(ids(&s, "notaire andre"), [andre]);
    assert_eq!(ids(&s, "chocolatier piment"), [choco]);
    assert_eq!(ids(&s, "the chocolatier with pralines"), [choco]);
    assert_eq!(ids(&s, "praline"), [choco], "singular finds the plural");
    let hit = &search(&s, "chocolatier piment")[0];
    assert_eq!(hit.matched, "title");
    let found: Vec<(&str, &str)> = hit
        .found
        .iter()
        .map(|f| (f.word.as_str(), f.field.as_str()))
        .collect();
    assert_eq!(found, [("chocolatier", "title"), ("piment", "note")]);
    assert_eq!(
        hit.found[1].snippet,
        "Ses pralines au piment sont incroyables"
    );
    assert!(hit.exact);
}

#[test]
fn the_person_named_ranks_above_the_people_whose_notes_name_them() {
    let (_d, mut s) = store();
    let chana = add(&mut s, named("Chana Lévy"));
    note(
        &mut s,
        chana,
        "Son conjoint Michel, l'astrologue, prépare un livre",
    );
    let michel = add(
        &mut s,
        NewContact {
            title: Some("Astrologue".into()),
            ..named("Michel Gagnon")
        },
    );
    assert_eq!(ids(&s, "michel astrologue"), [michel, chana]);
    let hits = search(&s, "michel astrologue");
    assert_eq!(hits[0].matched, "name");
    assert_eq!(hits[1].matched, "note");
    // A name alone beats a name in a note, however long the note.
    let fred = add(&mut s, named("Frédéric Duval"));
    note(&mut s, chana, &format!("Frédéric {}", "bla ".repeat(500)));
    assert_eq!(ids(&s, "frederic"), [fred, chana]);
    // A detail (a tag) ranks between the two.
    let tagged = add(
        &mut s,
        NewContact {
            tags: vec!["astrologue".into()],
            ..named("Zoë Martin")
        },
    );
    assert_eq!(ids(&s, "astrologue"), [michel, tagged, chana]);
}

#[test]
fn phones_match_on_their_digits_and_the_last_four() {
    let (_d, mut s) = store();
    let zoe = add(
        &mut s,
        NewContact {
            phones: vec![Labeled::new("+1 (514) 555-4567", None)],
            ..named("Zoë")
        },
    );
    let fr = add(
        &mut s,
        NewContact {
            phones: vec![Labeled::new("+33 6 12 34 56 78", None)],
            ..named("Hélène")
        },
    );
    for q in [
        "514 555 4567",
        "514-555-4567",
        "5145554567",
        "+1 514 555 4567",
        "4567",
        "555 4567",
    ] {
        assert_eq!(find(&s, q), [(zoe, "phone".into())], "{q}");
    }
    for q in ["06 12 34 56 78", "0612345678", "+33612345678", "5678"] {
        assert_eq!(find(&s, q), [(fr, "phone".into())], "{q}");
    }
    assert!(find(&s, "4568").is_empty());
    assert!(
        find(&s, "567").is_empty(),
        "three digits are a word, not a number"
    );
    let hit = &search(&s, "zoe 4567")[0];
    assert_eq!(hit.found[1].field, "phone");
    assert_eq!(hit.found[1].word, "4567");
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
    let laetitia = add(&mut s, named("Lætitia Roy"));
    assert_eq!(find(&s, "frederic"), [(fred, "name".into())]);
    assert_eq!(find(&s, "FRÉDÉRIC"), [(fred, "name".into())]);
    assert_eq!(find(&s, "oeuvre"), [(oeuvre, "company".into())]);
    assert_eq!(find(&s, "ŒUVRE cote"), [(oeuvre, "company".into())]);
    assert_eq!(find(&s, "Cote"), [(oeuvre, "company".into())]);
    assert_eq!(find(&s, "zoe"), [(oeuvre, "name".into())]);
    assert_eq!(find(&s, "laetitia"), [(laetitia, "name".into())]);
}

#[test]
fn a_typo_finds_close_words_and_says_so() {
    let (_d, mut s) = store();
    let fred = add(
        &mut s,
        NewContact {
            title: Some("Président".into()),
            ..named("Frédéric Duval")
        },
    );
    let chana = add(&mut s, named("Chana Lévy"));
    note(&mut s, chana, "Elle cherche un astrologue");
    for q in [
        "frederik",
        "fredreic",
        "ferderic",
        "rfederic",
        "frdric president",
        "frederic presiednt",
    ] {
        let hits = search(&s, q);
        let ids: Vec<i64> = hits.iter().map(|h| h.contact_id).collect();
        if q == "frdric president" {
            // Two letters away: not close.
            assert!(ids.is_empty(), "{q}");
            continue;
        }
        assert_eq!(ids, [fred], "{q}");
        assert!(!hits[0].exact, "{q}");
    }
    let hit = &search(&s, "frederik")[0];
    assert_eq!(hit.found[0].instead.as_deref(), Some("frederic"));
    assert_eq!(ids(&s, "astrologe"), [chana]);
    // Short words must be exact.
    assert!(ids(&s, "duvl").is_empty());
    // An exact match is not widened.
    let fredrik = add(&mut s, named("Fredrik Nilsson"));
    assert_eq!(ids(&s, "fredrik"), [fredrik]);
    assert!(search(&s, "fredrik")[0].exact);
}

#[test]
fn close_words_come_from_the_vocabulary_whatever_letter_is_wrong() {
    let (_d, mut s) = store();
    add(&mut s, named("Chocolatier Praline Astrologue"));
    let close = |q: &str| {
        let t = parse_query(q);
        match &t[0] {
            Term::Word(w) => s.db().close_words(w).unwrap(),
            Term::Number { .. } => unreachable!(),
        }
    };
    assert_eq!(close("xhocolatier"), ["chocolatier"]);
    assert_eq!(close("hocolatier"), ["chocolatier"]);
    assert_eq!(close("cchocolatier"), ["chocolatier"]);
    assert_eq!(close("hcocolatier"), ["chocolatier"]);
    assert_eq!(close("cohcolatier"), ["chocolatier"]);
    assert_eq!(close("cxocolatier"), ["chocolatier"]);
    assert_eq!(close("chocolatierr"), ["chocolatier"]);
    assert_eq!(close("pralline"), ["praline"]);
    assert!(close("chocolatier").is_empty(), "the word itself");
    assert!(close("xxocolatier").is_empty());
}

#[test]
fn head_edits_cover_the_first_two_letters() {
    let e = head_edits("abc");
    for w in ["bc", "ac", "xbc", "axc", "xabc", "axbc", "bac", "acb"] {
        assert!(e.contains(w), "{w}");
    }
    assert!(
        !e.contains("abx"),
        "the third letter is read from the range"
    );
    assert!(head_edits("a").is_empty());
}

#[test]
fn every_source_is_indexed_and_kept_in_step() {
    let (_d, mut s) = store();
    let marie = add(&mut s, named("Marie Curie"));
    let id = add(
        &mut s,
        NewContact {
            company: Some("Vœux & Cie".into()),
            title: Some("Luthier".into()),
            city: Some("Québec".into()),
            how_met: Some("5 à 7 au Musée".into()),
            emails: vec![Labeled::new("zed@example.org", None)],
            phones: vec![Labeled::new("+1 418 555 0199", None)],
            links: vec![Labeled::new("https://zed.example/violons", None)],
            tags: vec!["Vœux".into(), "jazz".into(), "Art".into()],
            introduced_by: Some(marie),
            ..named("Zed")
        },
    );
    let event: i64 = s
        .write(|db| -> Result<i64> {
            db.conn.execute(
                "INSERT INTO events (name, name_folded, date, venue, created_at, updated_at)
                 VALUES ('Petit-déjeuner des Entrepreneurs', 'x', '2026-10-01', 'Café Olimpico', ?1, ?1)",
                [NOW],
            )?;
            Ok(db.conn.last_insert_rowid())
        })
        .unwrap();
    let enc = meet(&mut s, id, Some(event), None);
    exec(
        &mut s,
        "INSERT INTO cards (contact_id, company, title, emails, phones, website, address, note,
                            received_on, created_at)
         VALUES (?1, 'Atelier Bois', 'Ébéniste', '[\"atelier@bois.example\"]', '[\"418 555 0123\"]',
                 'https://bois.example', '12 rue des Érables', 'Carte gaufrée', '2026-10-01', ?2)",
        params![id, NOW],
    );
    exec(
        &mut s,
        "INSERT INTO followups (contact_id, what, due, created_at, updated_at)
         VALUES (?1, 'Envoyer le devis des violons', '2026-12-01', ?2, ?2)",
        params![id, NOW],
    );
    let project = s
        .write(|db| db.insert_project("Concert de printemps", Some("Salle Bourgie"), NOW))
        .unwrap();
    s.write(|db| db.assign_role(project, id, "mentor", Some("Prête son atelier"), NOW))
        .unwrap();
    for (q, field) in [
        ("voeux", "company"),
        ("luthier", "title"),
        ("quebec", "city"),
        ("musee", "how_met"),
        ("example org", "email"),
        ("0199", "phone"),
        ("violons", "link"),
        ("jazz", "tag"),
        ("petit dejeuner", "event"),
        ("olimpico", "event"),
        ("ebeniste", "card"),
        ("atelier@bois", "card"),
        ("0123", "card"),
        ("erables", "card"),
        ("gaufree", "card"),
        ("devis", "follow_up"),
        ("printemps mentor", "project"),
        ("bourgie", "project_note"),
        ("prete", "project_note"),
    ] {
        assert_eq!(find(&s, q), [(id, field.to_owned())], "{q}");
    }
    assert_eq!(
        find(&s, "zed"),
        [(id, "name".into()), (marie, "introduced".into())]
    );
    assert_eq!(
        find(&s, "curie"),
        [(marie, "name".into()), (id, "introduced_by".into())]
    );
    assert!(s.db().search_index_check().unwrap().is_ok());

    // Changes follow: rename the event and the introducer, edit fields, drop a tag, delete
    // the encounter, rename the project.
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
        db.update_contact(
            marie,
            &crate::model::ContactPatch {
                name: Some("Marie Sklodowska".into()),
                ..Default::default()
            },
            NOW,
        )?;
        db.remove_tags(id, &["jazz".into()])?;
        db.conn.execute(
            "UPDATE projects SET name = 'Album' WHERE id = ?1",
            [project],
        )?;
        Ok(())
    })
    .unwrap();
    assert!(find(&s, "petit").is_empty());
    assert_eq!(find(&s, "brunch"), [(id, "event".into())]);
    assert!(find(&s, "quebec").is_empty());
    assert_eq!(find(&s, "montreal"), [(id, "city".into())]);
    assert!(find(&s, "jazz").is_empty());
    assert!(find(&s, "curie").is_empty());
    assert_eq!(
        find(&s, "sklodowska"),
        [(marie, "name".into()), (id, "introduced_by".into())]
    );
    assert_eq!(find(&s, "album"), [(id, "project".into())]);
    assert_eq!(find(&s, "voeux"), [(id, "company".into())]);
    exec(&mut s, "DELETE FROM encounters WHERE id = ?1", [enc]);
    assert!(find(&s, "brunch").is_empty());
    assert!(s.db().search_index_check().unwrap().is_ok());

    // Deleting the contact takes its document with it, and out of the introducer's.
    s.write(|db| db.delete_contact(id)).unwrap();
    assert_eq!(docs(&s), 1);
    assert!(find(&s, "zed").is_empty());
    assert!(s.db().search_index_check().unwrap().is_ok());
}

#[test]
fn a_write_rebuilds_each_document_once_and_a_failed_one_leaves_no_mark() {
    let (_d, mut s) = store();
    let id = add(&mut s, named("Zoë"));
    let flushed = s
        .write(|db| -> Result<usize> {
            db.add_note(id, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), "un", NOW)?;
            db.add_note(
                id,
                NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                "deux",
                NOW,
            )?;
            let marked: i64 = db.conn.query_row(
                "SELECT count(DISTINCT contact_id) FROM temp.search_dirty",
                [],
                |r| r.get(0),
            )?;
            Ok(marked as usize)
        })
        .unwrap();
    assert_eq!(flushed, 1);
    let r: Result<()> = s.write(|db| {
        db.add_note(
            id,
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            "trois",
            NOW,
        )?;
        Err(crate::store::StoreError::Conflict("stop".into()))
    });
    assert!(r.is_err());
    let marked: i64 = s
        .db()
        .conn
        .query_row("SELECT count(*) FROM temp.search_dirty", [], |r| r.get(0))
        .unwrap();
    assert_eq!(marked, 0, "rolled back with the rest");
    assert!(find(&s, "trois").is_empty());
    assert_eq!(find(&s, "deux"), [(id, "note".into())]);
}

#[test]
fn check_sees_a_damaged_index_and_rebuild_repairs_it() {
    let (_d, mut s) = store();
    let id = add(&mut s, named("Frédéric Duval"));
    meet(&mut s, id, None, Some("chocolatier"));
    // What another program writing to the file would leave: rows changed without the
    // triggers.
    s.db()
        .conn
        .execute_batch(
            "DROP TRIGGER temp.search_encounters_au;
             UPDATE encounters SET note = 'ébéniste';
             DELETE FROM search_people WHERE rowid = 999;
             INSERT INTO search_people (rowid, words) VALUES (999, 'ghost');",
        )
        .unwrap();
    let r = s.db().search_index_check().unwrap();
    assert_eq!((r.missing, r.stale), (1, 2), "{r:?}");
    assert!(!r.is_ok());
    assert!(find(&s, "ebeniste").is_empty());
    let n = s.write(|db| db.search_index_rebuild()).unwrap();
    assert_eq!(n, 1);
    assert!(s.db().search_index_check().unwrap().is_ok());
    assert_eq!(find(&s, "ebeniste"), [(id, "encounter".into())]);
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
fn the_limit_keeps_the_best() {
    let (_d, mut s) = store();
    let chana = add(&mut s, named("Chana"));
    note(&mut s, chana, "jazz");
    let named_jazz = add(&mut s, named("Jazz Quartet"));
    let hits = s
        .db()
        .search(&SearchQuery {
            text: "jazz".into(),
            include_archived: false,
            limit: 1,
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].contact_id, named_jazz);
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
        "{own}: drop",
        "'; DROP TABLE contacts; --",
        "🙂",
        "安藤",
        "0000",
        &"mot ".repeat(200),
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
    let plan = s.db().explain_search("chocolat lyon").unwrap().join("\n");
    assert!(plan.contains("VIRTUAL TABLE INDEX"), "{plan}");
    assert!(plan.contains("USING INTEGER PRIMARY KEY"), "{plan}");
    assert!(
        !plan.contains("SCAN c\n") && !plan.ends_with("SCAN c"),
        "{plan}"
    );
}

#[test]
fn a_document_is_read_back_through_the_indexes_of_its_sources() {
    let (_d, s) = store();
    let mut stmt = s
        .db()
        .conn
        .prepare(&format!("EXPLAIN QUERY PLAN {FIELDS_SQL}"))
        .unwrap();
    let plan: Vec<String> = stmt
        .query_map([1], |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let scans: Vec<&String> = plan
        .iter()
        .filter(|l| {
            l.starts_with("SCAN") && !l.starts_with("SCAN j ") && !l.starts_with("SCAN (subquery")
        })
        .collect();
    assert!(scans.is_empty(), "{plan:#?}");
}

#[test]
fn placements_go_from_the_heaviest_down_and_cover_every_one() {
    for k in 1..=3 {
        let levels = placements(k);
        let weight = |p: &Vec<Tier>| p.iter().map(|t| t.weight()).sum::<i64>();
        let all: Vec<&Vec<Tier>> = levels.iter().flatten().collect();
        assert_eq!(all.len(), 3usize.pow(k as u32));
        let mut unique = all.clone();
        unique.sort_by_key(|p| format!("{p:?}"));
        unique.dedup();
        assert_eq!(unique.len(), all.len());
        for level in &levels {
            assert!(level
                .iter()
                .all(|p| p.len() == k && weight(p) == weight(&level[0])));
        }
        for pair in levels.windows(2) {
            assert!(weight(&pair[0][0]) > weight(&pair[1][0]));
        }
        assert_eq!(levels[0], vec![vec![Tier::Own; k]]);
        assert_eq!(levels.last().unwrap(), &vec![vec![Tier::Mentions; k]]);
    }
    // Two terms: one own and one mentioned (110) weigh less than one own and one about
    // (130), more than both about (60).
    let two = placements(2);
    let w: Vec<i64> = two
        .iter()
        .map(|l| l[0].iter().map(|t| t.weight()).sum())
        .collect();
    assert_eq!(w, [200, 130, 110, 60, 40, 20]);
    assert_eq!(two[1].len(), 2, "own+about and about+own");
}

/// Ranking by tiers (for queries matching many records) gives exactly what the one
/// statement of `rank_sql` gives, whatever the limit: the same people in the same order.
#[test]
fn ranking_by_tiers_is_ranking_by_score() {
    let (_d, mut s) = store();
    // Words placed in the own fields, the details or a note of 260 people, in every mix.
    let place = |i: usize, word: &str, c: &mut NewContact, notes: &mut Vec<String>| match i % 4 {
        0 => c.title = Some(format!("{} {word}", c.title.take().unwrap_or_default())),
        1 => c.tags.push(word.to_owned()),
        2 => notes.push(word.to_owned()),
        _ => {}
    };
    for i in 0..260usize {
        let mut c = named(&format!("Person {i}"));
        let mut notes = Vec::new();
        place(i, "karine", &mut c, &mut notes);
        place(i / 4, "jazz", &mut c, &mut notes);
        place(i / 16 + i, "lyon", &mut c, &mut notes);
        let id = add(&mut s, c);
        for n in notes {
            note(&mut s, id, &n);
        }
    }
    let db = s.db();
    for q in [
        "karine jazz",
        "jazz karine",
        "karine jazz lyon",
        "lyon jaz",
        "jazz person",
    ] {
        let mut terms = parse_query(q);
        db.settle_prefix(&mut terms).unwrap();
        let all = match_expression(&terms).unwrap();
        assert!(db.at_least(&all, 10).unwrap(), "{q}");
        for limit in [1, 3, 7, 20, 50, 1000] {
            let (sql, args) = rank_statement(&all, &terms, false, limit);
            let mut stmt = db.conn.prepare(&sql).unwrap();
            let mut by_score: Vec<i64> = stmt
                .query_map(params_from_iter(args), ranked_row)
                .unwrap()
                .map(|r| r.unwrap().id)
                .collect();
            let left = limit - by_score.len() as i64;
            if left > 0 {
                let ids = serde_json::to_string(&by_score).unwrap();
                by_score.extend(
                    db.newest(&all, false, &ids, left)
                        .unwrap()
                        .iter()
                        .map(|r| r.id),
                );
            }
            let by_tiers: Vec<i64> = db
                .rank_by_tiers(&terms, false, limit)
                .unwrap()
                .iter()
                .map(|r| r.id)
                .collect();
            assert_eq!(by_tiers, by_score, "{q} limit {limit}");
            assert!(!by_tiers.is_empty(), "{q}");
        }
    }
}
