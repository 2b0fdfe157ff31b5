//! Relationship strength: its score and top reasons in `show`, `list --sort strength`, and
//! the strength of each suggestion.

use crate::common::{names, TestEnv};

/// Claire: a lunch in June, a crowded 5 à 7 in September, a coffee on 12 Nov; she
/// introduced Paul. Bob: one email a year ago.
fn history() -> TestEnv {
    let env = TestEnv::new();
    env.add("Claire Dubé", &[]);
    env.add("Paul Roy", &["--introduced-by", "claire"]);
    env.add("Bob Lévesque", &[]);
    env.ok(&[
        "event",
        "add",
        "5 à 7 Bastille",
        "--on",
        "2026-09-01",
        "--kind",
        "afterwork",
    ]);
    env.ok(&["met", "claire", "--how", "lunch", "--on", "2026-06-01"]);
    env.ok(&["met", "claire", "--how", "coffee", "--on", "2026-11-12"]);
    // Seven people met at the 5 à 7: a crowd.
    let others: Vec<String> = (1..=6).map(|k| format!("Invité {k}")).collect();
    let mut at = vec!["met", "claire"];
    for o in &others {
        env.add(o, &[]);
        at.push(o);
    }
    at.extend(["--at", "5 à 7 Bastille"]);
    env.ok(&at);
    env.ok(&["met", "bob", "--how", "email", "--on", "2025-11-22"]);
    env
}

#[test]
fn show_gives_the_score_with_its_top_reasons() {
    let env = history();
    let v = env.json(&["show", "claire"]);
    let s = &v["strength"];
    // 3×0.5^(10/180) + 1×0.5^(82/180) + 3×0.5^(174/180) = 5.151; introduced Paul 1.5:
    // 6.651 → 100 × (1 − e^(−6.651/6)) = 67.
    assert_eq!(s["score"], 67, "{s:#}");
    assert_eq!(s["cooling"], false);
    assert_eq!(s["reasons"][0]["kind"], "meetings");
    assert_eq!(s["reasons"][0]["count"], 3);
    assert_eq!(s["reasons"][0]["last"], "2026-11-12");
    assert_eq!(s["reasons"][0]["last_how"], "coffee");
    assert_eq!(s["reasons"][1]["kind"], "introduced");
    assert_eq!(s["reasons"][1]["names"][0], "Paul Roy");
    // The line folds at 80 columns: read it unfolded.
    let text = env.ok(&["show", "claire"]).stdout.replace("\n  ", " ");
    assert!(
        text.contains(
            "Strength 67/100: 3 meetings in 6 months, last a coffee on Thu 12 Nov; \
             introduced you to Paul Roy"
        ),
        "{text}"
    );
    // Paul was introduced by Claire: that is his only reason.
    let paul = env.ok(&["show", "paul"]).stdout;
    assert!(
        paul.contains("Strength 8/100: introduced by Claire Dubé"),
        "{paul}"
    );
}

#[test]
fn the_reasons_are_said_in_french() {
    let env = history();
    let r = env.run_with(&["show", "claire"], |c| {
        c.env("CARNET_LANG", "fr");
    });
    let out = r.stdout.replace("\n  ", " ");
    assert!(
        out.contains(
            "Force 67/100 : 3 rencontres en 6 mois, la dernière un café le jeu. 12 nov. ; \
             vous a présenté Paul Roy"
        ),
        "{out}"
    );
}

#[test]
fn list_sorts_by_strength_strongest_first() {
    let env = history();
    let v = env.json(&["list", "--sort", "strength", "--limit", "3"]);
    assert_eq!(names(&v), ["Claire Dubé", "Invité 1", "Invité 2"], "{v:#}");
    assert_eq!(v[0]["strength"], 67);
    // Without --sort strength, no score is worked out.
    assert!(env.json(&["list"])[0].get("strength").is_none());
}

#[test]
fn each_suggestion_carries_its_strength() {
    let env = history();
    env.ok(&["edit", "bob", "--keep-in-touch", "3m"]);
    let s = env.json(&["suggest"]);
    assert_eq!(s[0]["name"], "Bob Lévesque", "{s:#}");
    // An email a year ago: 0.5 × 0.5^(365/90) = 0.03 → 0.
    assert_eq!(s[0]["strength"]["score"], 0);
}
