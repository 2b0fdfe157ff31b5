//! `carnet brief` before an event you organise: who you know, who to chase, who declined,
//! who you met lately and did not invite, who you want to meet.

use serde_json::Value;

use crate::common::TestEnv;

fn refs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_owned())
        .collect()
}

fn history() -> TestEnv {
    let env = TestEnv::new();
    env.add("Anne Roy", &["--company", "Acme"]);
    env.add("Bruno Léger", &[]);
    env.add("Chloé Dubé", &["--tag", "to-meet"]);
    env.add("Denis Côté", &[]);
    env.add("Émile Gagnon", &[]);
    env.add("Fanny Morin", &["--tag", "to-meet"]);
    env.ok(&[
        "met",
        "anne",
        "--how",
        "coffee",
        "--on",
        "2026-10-01",
        "--note",
        "Her bakery opens in March",
    ]);
    env.ok(&[
        "follow-up",
        "add",
        "anne",
        "send the menu",
        "--due",
        "2026-11-30",
    ]);
    env.ok(&["project", "add", "Concert"]);
    env.ok(&["project", "assign", "Concert", "anne", "--role", "ally"]);
    // Met lately, not invited: Denis (2 weeks ago) and Émile (a month ago).
    env.ok(&["met", "emile", "--how", "call", "--on", "2026-10-20"]);
    env.ok(&["met", "denis", "--how", "lunch", "--on", "2026-11-08"]);
    env.ok(&["met", "bruno", "--how", "coffee", "--on", "2025-06-01"]);
    env.ok(&[
        "event",
        "add",
        "Petit-déjeuner BNI #13",
        "--on",
        "2026-11-26",
        "--kind",
        "breakfast",
    ]);
    env.ok(&["event", "invite", "BNI", "anne", "bruno", "chloe"]);
    env.ok(&["event", "rsvp", "BNI", "anne", "yes"]);
    env.ok(&["event", "rsvp", "BNI", "bruno", "no"]);
    env
}

#[test]
fn the_brief_of_an_organised_event() {
    let env = history();
    let b = env.json(&["brief", "next"]);
    assert_eq!(b["event"]["name"], "Petit-déjeuner BNI #13");
    assert_eq!(b["organised"], true);
    let known = b["known"].as_array().unwrap();
    assert_eq!(known.len(), 1, "{b:#}");
    let anne = &known[0];
    assert_eq!(anne["name"], "Anne Roy");
    assert_eq!(anne["rsvp"], "yes");
    assert_eq!(anne["last_seen"]["date"], "2026-10-01");
    assert_eq!(anne["last_seen"]["how"], "coffee");
    assert_eq!(anne["last_seen"]["note"], "Her bakery opens in March");
    assert_eq!(anne["followups"][0]["what"], "send the menu");
    assert_eq!(
        anne["roles"][0],
        serde_json::json!({"project": "Concert", "role": "ally"})
    );
    assert_eq!(refs(&b["new_faces"]), ["Chloé Dubé"]);
    // Unanswered invitations, to chase; who declined.
    assert_eq!(refs(&b["no_answer"]), ["Chloé Dubé"]);
    assert_eq!(refs(&b["declined"]), ["Bruno Léger"]);
    // Met in the last 60 days and not invited, most recent first (Anne is invited).
    assert_eq!(
        refs(&b["met_lately_not_invited"]),
        ["Denis Côté", "Émile Gagnon"]
    );
    assert_eq!(b["met_lately_not_invited"][0]["last_seen"], "2026-11-08");
    // Wanted: Chloé (invited, no answer) and Fanny (not invited).
    let want = b["want_to_meet"].as_array().unwrap();
    assert_eq!(want.len(), 2);
    assert_eq!(
        (&want[0]["name"], &want[0]["invited"]),
        (&"Chloé Dubé".into(), &true.into())
    );
    assert_eq!(
        (&want[1]["name"], &want[1]["invited"]),
        (&"Fanny Morin".into(), &false.into())
    );

    // The same by name and as text, and as Markdown.
    let text = env.ok(&["brief", "BNI #13"]).stdout;
    insta::assert_snapshot!("brief_organised", text);
    let md = env.ok(&["brief", "BNI", "--md"]).stdout;
    assert!(
        md.starts_with("# Brief: Petit-déjeuner BNI #13, Thu 26 Nov\n"),
        "{md}"
    );
    assert!(
        md.contains("\n## No answer yet, to chase (1)\n- Chloé Dubé #3\n"),
        "{md}"
    );
}

#[test]
fn tomorrow_and_next_say_when_there_is_no_event() {
    let env = history();
    let r = env.fails(&["brief", "tomorrow"], 1);
    assert!(r.stderr.contains("No event tomorrow."), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    let mut env = env;
    env.set_now("2026-11-25");
    let b = env.json(&["brief", "tomorrow"]);
    assert_eq!(b["event"]["name"], "Petit-déjeuner BNI #13");
    env.set_now("2026-12-01");
    env.fails(&["brief"], 1);
}
