//! Recall search, reconnect suggestions, introductions and archiving.

use chrono::NaiveDate;
use serde_json::json;

use carnet::model::encounter::{How, NewEncounter};
use carnet::store::{Location, Store};

use crate::common::{ints, meet, names, TestEnv};

#[test]
fn an_encounter_note_is_found_by_prefix_and_in_capitals() {
    let env = TestEnv::new();
    let marie = env.add("Marie Côté", &["--company", "Atelier Bois"]);
    env.add("Frédéric Duval", &[]);
    meet(
        &env,
        marie,
        "2026-10-01",
        Some("Her brother is a chocolatier in Lyon"),
    );
    let snippet = "Her brother is a chocolatier in Lyon";
    for (q, words) in [
        ("chocolat", vec!["chocolat"]),
        ("CHOCOLATIER", vec!["chocolatier"]),
        ("Chocolatier lyon", vec!["chocolatier", "lyon"]),
    ] {
        let found: Vec<_> = words
            .iter()
            .map(|w| json!({"word": w, "field": "encounter", "snippet": snippet}))
            .collect();
        let hits = env.json(&["search", q]);
        assert_eq!(
            hits,
            json!([{
                "contact_id": marie,
                "name": "Marie Côté",
                "matched": "encounter",
                "snippet": snippet,
                "archived": false,
                "found": found,
                "exact": true
            }]),
            "{q}"
        );
    }
    let text = env.ok(&["search", "choco"]).stdout;
    insta::assert_snapshot!("search_table", text);
}

#[test]
fn accents_fold_both_ways() {
    let env = TestEnv::new();
    let fred = env.add("Frédéric Duval", &[]);
    let zoe = env.add("Zoë", &["--company", "Œuvre de Côté", "--city", "Québec"]);
    assert_eq!(env.json(&["search", "frederic"])[0]["contact_id"], fred);
    assert_eq!(
        env.json(&["search", "FREDÉRIC", "duv"])[0]["contact_id"],
        fred
    );
    assert_eq!(env.json(&["search", "oeuvre"])[0]["contact_id"], zoe);
    assert_eq!(env.json(&["search", "Cote"])[0]["matched"], "company");
    assert_eq!(env.json(&["search", "quebec"])[0]["matched"], "city");
    // Several words narrow: both must be found.
    assert_eq!(env.json(&["search", "frederic", "oeuvre"]), json!([]));
}

#[test]
fn many_sources_best_first() {
    let env = TestEnv::new();
    let roy = env.add("André Roy", &[]);
    let anne = env.add(
        "Anne Martin",
        &[
            "--note",
            "Roy introduced her at the jazz club",
            "--tag",
            "jazz",
        ],
    );
    let tagged = env.add("Luc", &["--tag", "Roy"]);
    let emailed = env.add("Léa", &["--email", "lea@roy.example"]);
    let hits = env.json(&["search", "roy"]);
    let ids = ints(&hits, "contact_id");
    assert_eq!(ids[0], roy, "{hits}");
    assert_eq!(*ids.last().unwrap(), anne, "a note ranks last: {hits}");
    assert_eq!(ids.len(), 4);
    assert!(ids.contains(&tagged) && ids.contains(&emailed));
    assert_eq!(hits[3]["matched"], "note");
    assert_eq!(
        env.json(&["search", "jazz", "--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn search_syntax_in_the_query_is_never_an_error() {
    let env = TestEnv::new();
    env.add("'; DROP TABLE contacts; --", &[]);
    env.add("Jean-Éric O'Brien", &[]);
    for q in [
        "\"",
        "o'brien",
        "jean-eric",
        "NEAR(a b)",
        "a AND",
        "OR",
        "x:y",
        "(",
        "'; DROP TABLE",
        "安藤",
        "🙂 jean",
    ] {
        let r = env.run(&["search", q, "--json"]);
        // 2: nothing left to search for (`"`, `(`), a usage error.
        assert!(matches!(r.code, 0..=2), "{q}: {r:?}");
        assert!(!r.stderr.contains("database error"), "{q}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{q}: {}", r.stderr);
    }
    assert_eq!(
        names(&env.json(&["search", "o'brien"])),
        ["Jean-Éric O'Brien"]
    );
    assert_eq!(names(&env.json(&["search", "drop table"])).len(), 1);
    let r = env.fails(&["search", "*", "-"], 2);
    assert!(r.stderr.contains("nothing to search for"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
}

#[test]
fn an_archived_contact_leaves_list_search_and_suggest_until_asked() {
    let env = TestEnv::new();
    let andre = env.add("André Roy", &["--keep-in-touch", "1m"]);
    meet(&env, andre, "2026-06-01", Some("talked about the album"));
    env.add("Marie Côté", &[]);
    assert_eq!(env.json(&["suggest"])[0]["contact_id"], andre);

    env.ok(&["archive", "andre"]);
    assert_eq!(names(&env.json(&["list"])), ["Marie Côté"]);
    assert_eq!(env.json(&["search", "andre"]), json!([]));
    assert_eq!(env.json(&["search", "album"]), json!([]));
    assert_eq!(env.json(&["suggest"]), json!([]));

    assert_eq!(
        names(&env.json(&["list", "--archived"])),
        ["André Roy", "Marie Côté"]
    );
    let hits = env.json(&["search", "album", "--archived"]);
    assert_eq!(hits[0]["contact_id"], andre);
    assert_eq!(hits[0]["archived"], true);
    let s = env.json(&["suggest", "--archived"]);
    assert_eq!(s[0]["contact_id"], andre);
    assert_eq!(s[0]["archived"], true);

    // History is kept: the card and its notes are still there, and unarchive brings it back.
    assert_eq!(env.json(&["show", "andre"])["archived"], true);
    env.ok(&["unarchive", "andre"]);
    assert_eq!(env.json(&["search", "album"])[0]["contact_id"], andre);
}

#[test]
fn suggest_puts_lapsed_cadences_first_then_weak_ties_with_reasons() {
    let env = TestEnv::new();
    let a = env.add("Anne", &["--keep-in-touch", "1m"]); // seen 2026-10-01: 22 days late
    let b = env.add("Bruno", &["--keep-in-touch", "2w"]); // seen 2026-09-01: 68 days late
    let c = env.add("Chloé", &["--tag", "jazz"]); // met twice, last 2026-03-01
    let d = env.add("Denis", &[]); // met twice but recently
    let e = env.add("Émile", &[]); // met once, long ago: no tie
    let f = env.add("Fanny", &[]); // introduced someone
    env.add("Gilles", &["--introduced-by", "fanny"]);
    meet(&env, a, "2026-10-01", None);
    meet(&env, b, "2026-09-01", None);
    meet(&env, c, "2026-01-10", None);
    meet(&env, c, "2026-03-01", None);
    meet(&env, d, "2026-10-01", None);
    meet(&env, d, "2026-11-01", None);
    meet(&env, e, "2025-01-01", None);
    meet(&env, f, "2025-06-01", None);
    let s = env.json(&["suggest"]);
    let ids = ints(&s, "contact_id");
    assert_eq!(ids, [b, a, f, c], "{s}");
    assert_eq!(s[0]["kind"], "lapsed");
    assert_eq!(s[0]["days_late"], 68);
    assert_eq!(s[0]["last_seen"], "2026-09-01");
    assert_eq!(
        s[0]["reason"],
        "keep in touch every 2w: last seen 2026-09-01 (2 months ago), 68 days late"
    );
    assert_eq!(s[2]["kind"], "weak_tie");
    assert_eq!(
        s[2]["reason"],
        "introduced you to Gilles; last seen 2025-06-01 (17 months ago)"
    );
    assert_eq!(
        s[3]["reason"],
        "met 2 times; last seen 2026-03-01 (8 months ago)"
    );
    assert_eq!(
        env.json(&["suggest", "--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(names(&env.json(&["suggest", "--tag", "jazz"])), ["Chloé"]);

    // A role in an active project is a tie; an archived project is not.
    env.ok(&["project", "add", "Concert"]);
    env.ok(&["project", "assign", "Concert", "emile", "--role", "mentor"]);
    let s = env.json(&["suggest", "--project", "concert"]);
    assert_eq!(names(&s), ["Émile"]);
    assert!(s[0]["reason"]
        .as_str()
        .unwrap()
        .starts_with("mentor in Concert;"));
    env.ok(&["project", "archive", "concert"]);
    assert!(!names(&env.json(&["suggest"])).contains(&"Émile".to_owned()));
    let text = env.ok(&["suggest"]).stdout;
    insta::assert_snapshot!("suggest_table", text);
}

#[test]
fn list_introduced_by() {
    let env = TestEnv::new();
    env.add("Michel", &[]);
    env.add("André", &["--introduced-by", "michel"]);
    env.add("Mélissa", &["--introduced-by", "michel"]);
    env.add("Zoë", &[]);
    assert_eq!(
        names(&env.json(&["list", "--introduced-by", "michel"])),
        ["André", "Mélissa"]
    );
    let m = env.ok(&["show", "michel"]).stdout;
    assert!(
        m.contains("Introduced you to  André (#2), Mélissa (#3)"),
        "{m}"
    );
    let r = env.fails(&["list", "--introduced-by", "nobody"], 1);
    assert!(
        r.stderr.contains("no contact matches 'nobody'"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_schema_2_database_gets_its_index_filled_on_upgrade() {
    let env = TestEnv::new();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute_batch(include_str!("../../migrations/0001_init.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../../migrations/0002_events.sql"))
            .unwrap();
        conn.execute_batch(
            "INSERT INTO contacts (name, name_folded, company, created_at, updated_at)
             VALUES ('Frédéric Duval', 'frederic duval', 'Œuvre', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO encounters (contact_id, date, note, created_at)
             VALUES (1, '2026-02-01', 'un chocolatier', '2026-02-01T00:00:00Z');
             PRAGMA user_version = 2;",
        )
        .unwrap();
    }
    let hits = env.json(&["search", "chocolat"]);
    assert_eq!(hits[0]["name"], "Frédéric Duval");
    assert_eq!(env.json(&["search", "oeuvre"])[0]["matched"], "company");
}

/// Fills a database with 100,000 contacts and 300,000 encounter notes through the store (so
/// the search triggers do the indexing), then prints the search plan. Not run by default:
///
///     CARNET_BENCH_DB=/tmp/bench.db cargo test --test cli bench_ -- --ignored --nocapture
///
/// then time `carnet --db /tmp/bench.db search …` with a release build (see bench/BENCHMARKS.md).
#[test]
#[ignore]
fn bench_fill_large_database() {
    use carnet::model::NewContact;

    const FIRST: &[&str] = &[
        "Frédéric",
        "Marie",
        "André",
        "Zoë",
        "Łukasz",
        "Chloé",
        "Émile",
        "Jean",
        "Mélissa",
        "Anne",
        "Luc",
        "Sophie",
        "Hélène",
        "Noé",
        "Inès",
        "Paul",
        "Camille",
        "Léa",
        "Hugo",
        "Manon",
    ];
    const LAST: &[&str] = &[
        "Duval",
        "Côté",
        "Roy",
        "Tremblay",
        "Gagnon",
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Bouchard",
        "Gauthier",
        "Lévesque",
        "Fournier",
        "Pelletier",
        "Bélanger",
        "Ouellet",
        "Morin",
        "Lavoie",
        "安藤",
        "O'Brien",
    ];
    const WORDS: &[&str] = &[
        "coffee",
        "lunch",
        "jazz",
        "album",
        "concert",
        "studio",
        "funding",
        "grant",
        "festival",
        "breakfast",
        "afterwork",
        "meetup",
        "training",
        "design",
        "website",
        "bakery",
        "wine",
        "theatre",
        "musée",
        "œuvre",
        "vœux",
        "québec",
        "montréal",
        "lyon",
        "paris",
        "bordeaux",
        "sponsor",
        "printemps",
        "été",
        "automne",
        "hiver",
        "projet",
        "réseau",
        "conseil",
        "freelance",
        "startup",
        "investor",
        "mentor",
        "client",
        "partner",
        "supplier",
        "talked",
        "about",
        "the",
        "new",
        "her",
        "his",
        "brother",
        "sister",
        "wants",
        "needs",
        "offers",
        "introduced",
        "met",
        "again",
        "soon",
        "call",
        "email",
        "follow",
        "up",
        "next",
        "week",
        "month",
        "photo",
        "video",
        "book",
        "podcast",
        "radio",
        "press",
        "article",
        "gallery",
        "painting",
        "sculpture",
        "ceramics",
        "textile",
        "fashion",
        "architecture",
        "garden",
    ];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let path = std::env::var_os("CARNET_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("carnet-bench.db"));
    let _ = std::fs::remove_file(&path);
    let mut store = Store::open(&Location {
        path: path.clone(),
        create_folder: false,
    })
    .unwrap();
    let now = "2026-11-22T09:00:00Z";
    store
        .write(|db| -> carnet::store::Result<()> {
            for i in 0..100_000usize {
                let name = format!("{} {}", FIRST[next(FIRST.len())], LAST[next(LAST.len())]);
                let c = NewContact {
                    name,
                    company: (i % 3 == 0).then(|| format!("Atelier {}", WORDS[next(WORDS.len())])),
                    city: (i % 2 == 0).then(|| WORDS[20 + next(6)].to_owned()),
                    ..Default::default()
                };
                let id = db.insert_contact(&c, now)?;
                for k in 0..3 {
                    let n = 8 + next(8);
                    let mut words: Vec<&str> = (0..n).map(|_| WORDS[next(WORDS.len())]).collect();
                    if next(1000) == 0 {
                        words.push("chocolatier");
                    }
                    let day = 1 + next(28) as u32;
                    db.insert_encounter(
                        &NewEncounter {
                            contact_id: id,
                            event_id: None,
                            date: NaiveDate::from_ymd_opt(2026, 1 + k * 3, day).unwrap(),
                            how: How::Coffee,
                            note: Some(words.join(" ")),
                            ..Default::default()
                        },
                        now,
                    )?;
                }
            }
            Ok(())
        })
        .unwrap();
    let db = store.db();
    for q in ["chocolat", "frederic duval", "jazz lyon", "a"] {
        let plan = db.explain_search(q).unwrap();
        println!("EXPLAIN QUERY PLAN search {q:?}:\n  {}", plan.join("\n  "));
        assert!(plan.iter().any(|l| l.contains("VIRTUAL TABLE INDEX")));
    }
    let hits = db
        .search(&carnet::store::SearchQuery {
            text: "chocolat".into(),
            include_archived: false,
            limit: 20,
        })
        .unwrap();
    assert!(!hits.is_empty());
    println!("database: {}", path.display());
}

/// Runs the index check and a rebuild on the database made by `bench_fill_large_database`,
/// printing how long each takes (for `carnet check`). Not run by default:
///
///     CARNET_BENCH_DB=/tmp/bench.db cargo test --test cli bench_check -- --ignored --nocapture
#[test]
#[ignore]
fn bench_check_and_rebuild_index() {
    let Some(path) = std::env::var_os("CARNET_BENCH_DB") else {
        eprintln!("skipped: set CARNET_BENCH_DB to a database filled by bench_fill_large_database");
        return;
    };
    let mut store = Store::open(&Location {
        path: path.into(),
        create_folder: false,
    })
    .unwrap();
    let t = std::time::Instant::now();
    let report = store.db().search_index_check().unwrap();
    println!("search_index_check: {report:?} in {:?}", t.elapsed());
    assert!(report.is_ok());
    let t = std::time::Instant::now();
    let n = store.write(|db| db.search_index_rebuild()).unwrap();
    println!("search_index_rebuild: {n} rows in {:?}", t.elapsed());
    assert!(n > 0);
}

#[test]
fn suggest_uses_a_tag_cadence_when_the_contact_has_none() {
    let mut env = TestEnv::new();
    env.add("Zoë Tremblay", &["--tag", "jury"]);
    env.ok(&["tags", "cadence", "jury", "1m"]);
    env.set_now("2027-01-15");
    let s = env.json(&["suggest"]);
    assert_eq!(s[0]["name"], "Zoë Tremblay", "{s}");
    assert_eq!(s[0]["kind"], "lapsed");
}

/// The ids of the contacts `carnet search` finds for `q`, best first.
fn found_ids(env: &TestEnv, q: &[&str]) -> Vec<i64> {
    let mut args = vec!["search"];
    args.extend_from_slice(q);
    env.json(&args)
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["contact_id"].as_i64().unwrap())
        .collect()
}

#[test]
fn ties_are_searched_with_the_other_persons_name_in_both_languages() {
    let env = TestEnv::new();
    let michel = env.add("Michel Astre", &[]);
    let chana = env.add("Chana Lévy", &[]);
    let zoe = env.add("Zoé Roy", &["--company", "Conjoint & Co"]);
    env.add("Andre Gill", &[]);
    // Before any tie, every word must be found in one record: nobody.
    assert_eq!(
        found_ids(&env, &["conjoint", "de", "chana"]),
        Vec::<i64>::new()
    );
    env.ok(&["relate", "michel", "chana", "--as", "conjoint"]);
    // "Chana's partner": Michel, through the tie; Chana too (she is Michel's).
    for q in [
        &["conjoint", "de", "chana"][..],
        &["partner", "chana"],
        &["partenaire", "lévy"],
    ] {
        let ids = found_ids(&env, q);
        assert!(ids.contains(&michel), "{q:?}: {ids:?}");
        assert!(!ids.contains(&zoe), "{q:?}: {ids:?}");
    }
    let hits = env.json(&["search", "conjoint", "chana"]);
    let hit = hits
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["contact_id"] == michel)
        .unwrap();
    let fields: Vec<&str> = hit["found"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["relation", "relation"], "{hit}");
    assert!(
        env.ok(&["search", "conjoint", "chana"])
            .stdout
            .contains("tie:"),
        "the FOUND column names the tie"
    );
    // The other person renamed: the tie is found by the new name, not the old one.
    env.ok(&["edit", "chana", "--name", "Chana Bloch"]);
    assert_eq!(found_ids(&env, &["bloch"]), vec![chana, michel]);
    assert_eq!(found_ids(&env, &["levy"]), Vec::<i64>::new());
    // A tie of a custom kind, with a note, seen from both sides.
    env.ok(&[
        "relate", "andre", "zoe", "--as", "parrain", "--note", "Rotary",
    ]);
    assert_eq!(found_ids(&env, &["parrain", "andre"]).len(), 2);
    assert!(found_ids(&env, &["rotary"]).contains(&zoe));
    // Untied, then the untying undone: the index follows.
    env.ok(&["unrelate", "r1", "--yes"]);
    assert_eq!(found_ids(&env, &["conjoint", "bloch"]), Vec::<i64>::new());
    env.ok(&["undo"]);
    assert!(found_ids(&env, &["conjoint", "bloch"]).contains(&michel));
    env.ok(&["check"]);
}
