//! `carnet event stats` on a small history with known answers: two breakfast editions, two
//! 5 à 7 and one training.

use serde_json::Value;

use crate::common::TestEnv;

fn history() -> TestEnv {
    let env = TestEnv::new();
    for (name, on, kind) in [
        ("Petit-déjeuner BNI #12", "2026-03-10", "breakfast"),
        ("Petit-déjeuner BNI #13", "2026-06-09", "breakfast"),
        ("5 à 7 Bastille", "2026-04-02", "afterwork"),
        ("5 à 7 Oberkampf", "2026-09-17", "afterwork"),
        ("Formation LinkedIn", "2026-10-05", "training"),
    ] {
        env.ok(&["event", "add", name, "--on", on, "--kind", kind]);
    }
    env.add("Anne Roy", &[]);
    env.add("Bruno Léger", &["--introduced-by", "anne"]);
    for n in [
        "Chloé Dubé",
        "Denis Côté",
        "Émile Gagnon",
        "Fanny Morin",
        "Gilles Paré",
    ] {
        env.add(n, &[]);
    }
    // Breakfast #12: Anne and Bruno, both new; Bruno (introduced by Anne) gave his card
    // and is an ally in a project; Anne is seen again three weeks later.
    env.ok(&["met", "anne", "bruno", "--at", "BNI #12"]);
    env.ok(&[
        "card",
        "add",
        "bruno",
        "--company",
        "Léger SA",
        "--at",
        "BNI #12",
    ]);
    env.ok(&["project", "add", "Concert"]);
    env.ok(&["project", "assign", "Concert", "bruno", "--role", "ally"]);
    env.ok(&["met", "anne", "--how", "coffee", "--on", "2026-04-01"]);
    // Breakfast #13: Anne again, Gilles new.
    env.ok(&["met", "anne", "gilles", "--at", "BNI #13"]);
    // 5 à 7 Bastille: Chloé and Denis new; Chloé's follow-up done on time (due 1 Dec,
    // done today, 22 Nov).
    env.ok(&["met", "denis", "--at", "Bastille"]);
    env.ok(&[
        "met",
        "chloe",
        "--at",
        "Bastille",
        "--follow-up",
        "2026-12-01: send the deck",
    ]);
    env.ok(&["follow-up", "done", "chloe"]);
    // 5 à 7 Oberkampf: Denis again (five months later: not "seen again"), Émile new with
    // an open follow-up.
    env.ok(&["met", "denis", "--at", "Oberkampf"]);
    env.ok(&[
        "met",
        "emile",
        "--at",
        "Oberkampf",
        "--follow-up",
        "2026-12-15: call back",
    ]);
    // Training: Fanny new, seen again on video two weeks later; her follow-up done late.
    env.ok(&[
        "met",
        "fanny",
        "--at",
        "Formation",
        "--follow-up",
        "2026-10-10: send the link",
    ]);
    env.ok(&["met", "fanny", "--how", "video", "--on", "2026-10-20"]);
    env.ok(&["follow-up", "done", "fanny"]);
    env
}

fn figures(v: &Value) -> Vec<i64> {
    [
        "met",
        "first_time",
        "cards",
        "followups",
        "followups_on_time",
        "followups_late",
        "followups_open",
        "seen_again",
        "introductions",
        "roles",
        "score",
    ]
    .iter()
    .map(|k| v[k].as_i64().unwrap_or_else(|| panic!("{k} in {v:#}")))
    .collect()
}

#[test]
fn every_figure_of_every_event_kind_and_series() {
    let env = history();
    let s = env.json(&["event", "stats"]);
    assert_eq!(s["since"], "2025-11-23");
    assert_eq!(s["until"], "2026-11-22");
    let events = s["events"].as_array().unwrap();
    let names: Vec<&str> = events.iter().map(|e| e["name"].as_str().unwrap()).collect();
    // Ranked by score, then newest first.
    assert_eq!(
        names,
        [
            "Petit-déjeuner BNI #12",
            "Formation LinkedIn",
            "5 à 7 Bastille",
            "5 à 7 Oberkampf",
            "Petit-déjeuner BNI #13",
        ]
    );
    //                              met new crd fu ok late open again intro roles score
    assert_eq!(figures(&events[0]), [2, 2, 1, 0, 0, 0, 0, 1, 1, 1, 9]);
    assert_eq!(figures(&events[1]), [1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 3]);
    assert_eq!(figures(&events[2]), [2, 2, 0, 1, 1, 0, 0, 0, 0, 0, 3]);
    assert_eq!(figures(&events[3]), [2, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1]);
    assert_eq!(figures(&events[4]), [2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    assert_eq!(events[0]["series"], "petit-dejeuner bni");
    assert_eq!(events[0]["kind"], "breakfast");

    let kinds = s["kinds"].as_array().unwrap();
    let k: Vec<(&str, i64)> = kinds
        .iter()
        .map(|g| (g["name"].as_str().unwrap(), g["events"].as_i64().unwrap()))
        .collect();
    assert_eq!(k, [("breakfast", 2), ("afterwork", 2), ("training", 1)]);
    assert_eq!(figures(&kinds[0]), [4, 3, 1, 0, 0, 0, 0, 1, 1, 1, 10]);
    assert_eq!(figures(&kinds[1]), [4, 3, 0, 2, 1, 0, 1, 0, 0, 0, 4]);
    assert_eq!(figures(&kinds[2]), [1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 3]);

    let series = s["series"].as_array().unwrap();
    assert_eq!(series.len(), 1, "{series:#?}");
    assert_eq!(series[0]["name"], "Petit-déjeuner BNI");
    assert_eq!(series[0]["events"], 2);
    assert_eq!(figures(&series[0]), figures(&kinds[0]));
}

#[test]
fn a_period_and_a_kind_narrow_the_events() {
    let env = history();
    let s = env.json(&["event", "stats", "--year", "2026", "--kind", "breakfast"]);
    assert_eq!(s["events"].as_array().unwrap().len(), 2);
    let s = env.json(&[
        "event",
        "stats",
        "--since",
        "2026-04-01",
        "--until",
        "2026-09-30",
    ]);
    let names: Vec<&str> = s["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "5 à 7 Bastille",
            "5 à 7 Oberkampf",
            "Petit-déjeuner BNI #13"
        ]
    );
    let r = env.ok(&["event", "stats", "--year", "2024"]);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.contains("No event in that period."),
        "{}",
        r.stderr
    );
}

#[test]
fn the_screen_fits_80_columns_and_the_csv_has_a_row_per_event() {
    let env = history();
    let text = env.ok(&["event", "stats"]).stdout;
    for line in text.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    assert!(
        text.contains("Petit-déjeuner BNI #12, Tue 10 Mar"),
        "{text}"
    );
    assert!(text.contains("████████████████████ 9"), "{text}");
    assert!(text.contains("Breakfasts (2)"), "{text}");
    assert!(text.contains("Petit-déjeuner BNI (2)"), "{text}");
    insta::assert_snapshot!("event_stats", text);
    let csv = env.ok(&["event", "stats", "--csv"]).stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 6, "{csv}");
    assert!(lines[0].starts_with("event_id,name,date,kind,series,met,first_time,cards"));
    assert!(
        lines[1].starts_with("1,Petit-déjeuner BNI #12,2026-03-10,breakfast,"),
        "{csv}"
    );
    assert!(lines[1].ends_with(",9"), "{csv}");
}
