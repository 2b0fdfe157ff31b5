//! Acceptance of issue 15 on a small evening's worth of contacts (a 5 à 7 in Montréal):
//! recall that works on the first try, and names that are never guessed wrong.

use serde_json::Value;

use crate::common::{ints, TestEnv};

/// The people of the evening, their ids by name.
struct Evening {
    env: TestEnv,
    theo: i64,
    karine: i64,
    andre: i64,
    fred: i64,
    michel_gagnon: i64,
    michel: i64,
    chana: i64,
    zoe: i64,
}

fn evening() -> Evening {
    let env = TestEnv::new();
    env.ok(&[
        "event",
        "add",
        "5 à 7 Montréal",
        "--on",
        "2026-11-21",
        "--at",
        "Bar Furco",
    ]);
    let theo = env.add(
        "Théo Girard",
        &["--title", "Chocolatier", "--city", "Montréal"],
    );
    env.ok(&["note", "#1", "Ses pralines au piment d'Espelette"]);
    let karine = env.add(
        "Karine Lavoie",
        &["--company", "Agence Pixel", "--tag", "SEO"],
    );
    let andre = env.add("André Bouchard", &["--title", "Notaire"]);
    let fred = env.add(
        "Frédéric Duval",
        &["--company", "Concours des vœux", "--title", "Président"],
    );
    let michel_gagnon = env.add("Michel Gagnon", &["--title", "Astrologue"]);
    let michel = env.add("Michel", &["--company", "Studio Lumière"]);
    let chana = env.add("Chana Lévy", &[]);
    env.ok(&[
        "note",
        &format!("#{chana}"),
        "Son conjoint Michel, l'astrologue, cherche un local",
    ]);
    let zoe = env.add("Zoë Tremblay", &["--phone", "+1 514 555-4567"]);
    let people: Vec<String> = [theo, karine, andre, fred, michel_gagnon, chana, zoe]
        .iter()
        .map(|id| format!("#{id}"))
        .collect();
    let mut met = vec!["met"];
    met.extend(people.iter().map(String::as_str));
    met.extend(["--at", "5 à 7", "--note", "Rencontré au bar"]);
    env.ok(&met);
    Evening {
        env,
        theo,
        karine,
        andre,
        fred,
        michel_gagnon,
        michel,
        chana,
        zoe,
    }
}

fn first(env: &TestEnv, query: &[&str]) -> i64 {
    let mut args = vec!["search"];
    args.extend_from_slice(query);
    let hits = env.json(&args);
    ints(&hits, "contact_id")
        .first()
        .copied()
        .unwrap_or_else(|| panic!("nobody found for {query:?}"))
}

#[test]
fn each_query_of_the_issue_finds_the_right_person_first() {
    let e = evening();
    let env = &e.env;
    assert_eq!(first(env, &["chocolatier", "piment"]), e.theo);
    assert_eq!(first(env, &["karine", "seo"]), e.karine);
    assert_eq!(first(env, &["notaire", "andre"]), e.andre);
    assert_eq!(first(env, &["frederic", "president"]), e.fred);
    assert_eq!(first(env, &["michel", "astrologue"]), e.michel_gagnon);
    // A sentence with little words, in either language.
    assert_eq!(first(env, &["the chocolatier with the pralines"]), e.theo);
    assert_eq!(
        first(
            env,
            &["le", "chocolatier", "aux", "pralines", "au", "piment"]
        ),
        e.theo
    );
    // Singular and plural.
    assert_eq!(first(env, &["praline"]), e.theo);
    assert_eq!(first(env, &["notaires"]), e.andre);
    // A phone number with or without spaces, and its last four digits.
    for q in [
        "514 555 4567",
        "514-555-4567",
        "5145554567",
        "+1 514 555 4567",
        "4567",
    ] {
        assert_eq!(first(env, &[q]), e.zoe, "{q}");
    }
    // Where each word was found.
    let hits = env.json(&["search", "chocolatier", "piment"]);
    assert_eq!(hits[0]["matched"], "title");
    assert_eq!(
        hits[0]["found"],
        serde_json::json!([
            {"word": "chocolatier", "field": "title", "snippet": "Chocolatier"},
            {"word": "piment", "field": "note", "snippet": "Ses pralines au piment d'Espelette"}
        ])
    );
    // Everyone was met at the 5 à 7: its name and venue are searchable.
    assert_eq!(env.json(&["search", "furco"]).as_array().unwrap().len(), 7);
    assert_eq!(first(env, &["karine", "furco"]), e.karine);
}

#[test]
fn the_person_named_ranks_above_the_person_whose_note_mentions_them() {
    let e = evening();
    let hits = e.env.json(&["search", "michel", "astrologue"]);
    assert_eq!(ints(&hits, "contact_id"), [e.michel_gagnon, e.chana]);
    assert_eq!(hits[1]["matched"], "note");
    let text = e.env.ok(&["search", "michel", "astrologue"]).stdout;
    insta::assert_snapshot!("search_named_and_mentioned", text);
}

#[test]
fn a_typo_gives_close_matches_and_says_so() {
    let e = evening();
    let r = e.env.ok(&["search", "frederik"]);
    assert!(
        r.stderr.contains("No exact match; close matches:"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.contains("Frédéric Duval"), "{}", r.stdout);
    assert!(r.stdout.contains("frederic for frederik"), "{}", r.stdout);
    let hits = e.env.json(&["search", "frederik", "presidnet"]);
    assert_eq!(ints(&hits, "contact_id"), [e.fred]);
    assert_eq!(hits[0]["exact"], false);
    assert_eq!(hits[0]["found"][1]["instead"], "president");
    // Nothing close either: the names nearest what was typed.
    let r = e.env.ok(&["search", "fredreik", "zzzzz"]);
    assert!(r.stderr.contains("Nobody matches"), "{}", r.stderr);
    let r = e.env.ok(&["search", "gagnonn"]);
    assert!(r.stdout.contains("Michel Gagnon"), "{}", r.stdout);
}

#[test]
fn search_syntax_is_searched_as_words_and_an_empty_query_is_refused() {
    let e = evening();
    for q in [
        "\"chocolatier",
        "chocolatier*",
        "chocolatier AND",
        "(chocolatier)",
        "chocolatier:",
    ] {
        assert_eq!(first(&e.env, &[q]), e.theo, "{q}");
    }
    // A usage error (exit 2), as an empty command line is.
    let r = e.env.fails(&["search", "\"*\""], 2);
    assert!(r.stderr.contains("nothing to search for"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    let r = e.env.fails(&["search", "-", "*", "&"], 2);
    assert!(r.stderr.contains("nothing to search for"), "{}", r.stderr);
    e.env.fails(&["search"], 2);
}

/// What the database holds, as `export json` gives it.
fn dump(env: &TestEnv) -> Value {
    env.ok(&["export", "json"]).json()
}

#[test]
fn ambiguous_names_are_refused_listing_the_candidates_and_write_nothing() {
    let e = evening();
    let env = &e.env;
    env.ok(&["project", "add", "Album"]);
    let before = dump(env);
    let refused: &[&[&str]] = &[
        &["note", "michel", "Rappeler"],
        &["met", "michel"],
        &["rm", "michel", "--yes"],
        &["tag", "michel", "vip"],
        &["follow-up", "add", "michel", "Call back", "--due", "friday"],
        &["project", "assign", "Album", "michel"],
        &["show", "michel"],
    ];
    for args in refused {
        let r = env.run(args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("'michel' matches 2 contacts"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(
            r.stderr
                .contains(&format!("#{} Michel (Studio Lumière)", e.michel))
                && r.stderr
                    .contains(&format!("#{} Michel Gagnon", e.michel_gagnon)),
            "{}",
            r.stderr
        );
        // The whole name first.
        let exact = r.stderr.find("Michel (Studio").unwrap();
        let other = r.stderr.find("Michel Gagnon").unwrap();
        assert!(exact < other, "{}", r.stderr);
    }
    // Unquoted, "michel gagnon" is one name given as two contacts.
    for args in [
        vec!["met", "michel", "gagnon"],
        vec!["event", "invite", "5 à 7", "zoe", "michel", "gagnon"],
        vec!["project", "assign", "Album", "michel", "gagnon"],
    ] {
        let r = env.fails(&args, 1);
        assert!(
            r.stderr.contains("'michel gagnon' is the name of")
                && r.stderr.contains("was given as 2 contacts"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("hint: quote"), "{}", r.stderr);
    }
    // A note whose first words complete a name.
    let r = env.fails(
        &["note", "michel", "gagnon", "a", "envoyé", "ses", "liens"],
        1,
    );
    assert!(
        r.stderr.contains("'michel gagnon' is the name of"),
        "{}",
        r.stderr
    );
    let r = env.fails(&["tag", "michel", "gagnon", "vip"], 1);
    assert!(
        r.stderr.contains("'michel gagnon' is the name of"),
        "{}",
        r.stderr
    );
    // Nothing was written.
    assert_eq!(before, dump(env));

    // The quoted name works.
    env.ok(&["note", "michel gagnon", "a", "envoyé", "ses", "liens"]);
    let show = env.json(&["show", "michel gagnon"]);
    assert_eq!(show["id"], e.michel_gagnon);
    assert_eq!(show["notes"][0]["text"], "a envoyé ses liens");
    let met = env.json(&["met", "michel gagnon", "zoe"]);
    assert_eq!(ints(&met, "contact_id"), [e.michel_gagnon, e.zoe]);
}

#[test]
fn a_follow_up_is_named_by_its_contact_when_they_have_one_open() {
    let e = evening();
    let env = &e.env;
    let f = env.json(&[
        "follow-up",
        "add",
        "zoe",
        "Send the deck",
        "--due",
        "friday",
    ]);
    let id = f["id"].as_i64().unwrap();
    env.ok(&["follow-up", "snooze", "zoe", "monday"]);
    env.ok(&["follow-up", "edit", "zoe", "--what", "Send the new deck"]);
    let r = env.ok(&["follow-up", "done", "zoe"]);
    assert!(r.stderr.contains(&format!("f{id}")), "{}", r.stderr);
    let done = env.json(&["follow-up", "list", "--done"]);
    assert_eq!(done[0]["id"], id);
    assert_eq!(done[0]["what"], "Send the new deck");
    let r = env.fails(&["follow-up", "done", "zoe"], 1);
    assert!(r.stderr.contains("has no open follow-up"), "{}", r.stderr);
    // Two open: listed with their ids, nothing done.
    let a = env.json(&["fu", "add", "andre", "Call", "--due", "friday"])["id"]
        .as_i64()
        .unwrap();
    let b = env.json(&["fu", "add", "andre", "Write", "--due", "monday"])["id"]
        .as_i64()
        .unwrap();
    let r = env.fails(&["fu", "done", "andre"], 1);
    assert!(
        r.stderr.contains(&format!("f{a} Call")) && r.stderr.contains(&format!("f{b} Write")),
        "{}",
        r.stderr
    );
    assert_eq!(env.json(&["fu", "list"]).as_array().unwrap().len(), 2);
    // Another kind's id is named as such.
    let r = env.fails(&["fu", "done", "e1"], 1);
    assert!(
        r.stderr.contains("e1 is an event, not a follow-up"),
        "{}",
        r.stderr
    );
    env.ok(&["fu", "done", &format!("f{a}"), &b.to_string()]);
    assert!(env.json(&["fu", "list"]).as_array().unwrap().is_empty());
}

#[test]
fn refusals_and_search_speak_french_when_asked() {
    let e = evening();
    let env = &e.env;
    let fr = |args: &[&str]| {
        env.run_with(args, |c| {
            c.env("CARNET_LANG", "fr");
        })
    };
    let r = fr(&["note", "michel", "Rappeler"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("« michel » correspond à 2 contacts :"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("par ex. #"), "{}", r.stderr);
    let r = fr(&["fu", "done", "c3"]);
    assert!(
        r.stderr.contains("c3 est une carte, pas une relance"),
        "{}",
        r.stderr
    );
    let r = fr(&["search", "zzzzqq"]);
    assert!(
        r.stderr.contains("Personne ne correspond à « zzzzqq »."),
        "{}",
        r.stderr
    );
    let r = fr(&["search", "astrologue"]);
    assert!(r.stdout.contains("TROUVÉ"), "{}", r.stdout);
    assert!(r.stdout.contains("fonction : [Astrologue]"), "{}", r.stdout);
}
