//! Correcting and removing the entries of a contact's history by the ids `show` prints:
//! `carnet note edit n1`, `carnet met edit m1`, `carnet card edit c1`, `carnet rm ID`.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use crate::common::{names, TestEnv};
use crate::pty::Pty;

fn dump(env: &TestEnv) -> serde_json::Value {
    env.json(&["export", "json"])
}

/// Zoë, met for coffee on 1 November, with a note and a card.
fn zoe(env: &TestEnv) {
    env.add("Zoë Tremblay", &["--company", "Fablab"]);
    env.ok(&[
        "note",
        "zoe",
        "Parle d'une imprimante 3D",
        "--on",
        "2026-11-02",
    ]);
    env.ok(&[
        "met",
        "zoe",
        "--how",
        "coffee",
        "--on",
        "2026-11-01",
        "--note",
        "café",
    ]);
    env.ok(&[
        "card",
        "add",
        "zoe",
        "--company",
        "Atelier Zoë",
        "--email",
        "atelier@zoe.example",
    ]);
}

#[test]
fn show_prints_the_id_of_each_entry_of_the_timeline() {
    let env = TestEnv::new();
    zoe(&env);
    let shown = env.ok(&["show", "zoe"]).stdout;
    assert!(
        shown.contains("  Mon 2 Nov  n1    Note: Parle d'une imprimante 3D\n"),
        "{shown}"
    );
    assert!(
        shown.contains("  Sun 1 Nov  m1    Met (coffee): café\n"),
        "{shown}"
    );
}

#[test]
fn a_note_is_corrected_and_removed_and_search_follows() {
    let env = TestEnv::new();
    zoe(&env);
    let n = env.json(&[
        "note",
        "edit",
        "n1",
        "--text",
        "Veut une découpeuse laser",
        "--on",
        "2026-11-03",
    ]);
    assert_eq!(n["id"], 1);
    assert_eq!(n["summary"], "Veut une découpeuse laser");
    let shown = env.json(&["show", "zoe"]);
    assert_eq!(shown["notes"][0]["text"], "Veut une découpeuse laser");
    assert_eq!(shown["notes"][0]["date"], "2026-11-03");
    assert_eq!(
        names(&env.json(&["search", "decoupeuse"])),
        ["Zoë Tremblay"]
    );
    assert!(env
        .json(&["search", "imprimante"])
        .as_array()
        .unwrap()
        .is_empty());

    // Off a terminal, removing needs --yes; nothing is removed without it.
    let r = env.fails(&["rm", "n1"], 1);
    assert!(
        r.stderr
            .contains("refusing to delete note n1 of #1 Zoë Tremblay"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("carnet rm n1 --yes"), "{}", r.stderr);
    assert_eq!(env.count("notes"), 1);
    env.ok(&["note", "rm", "n1", "--yes"]);
    assert_eq!(env.count("notes"), 0);
    assert!(env
        .json(&["search", "decoupeuse"])
        .as_array()
        .unwrap()
        .is_empty());
    // And back.
    env.ok(&["undo"]);
    assert_eq!(
        names(&env.json(&["search", "decoupeuse"])),
        ["Zoë Tremblay"]
    );
}

#[test]
fn an_encounter_is_corrected_and_removed_and_last_seen_and_reconnect_follow() {
    let env = TestEnv::new();
    zoe(&env);
    env.ok(&["edit", "zoe", "--keep-in-touch", "2w"]);
    let reconnect = |env: &TestEnv| -> Vec<i64> {
        let today = env.json(&["today"]);
        today["reconnect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["contact_id"].as_i64().unwrap())
            .collect()
    };
    // Met three weeks ago with a two-week cadence: time to reconnect.
    assert_eq!(reconnect(&env), [1]);
    assert_eq!(env.json(&["show", "zoe"])["last_seen"], "2026-11-01");

    env.ok(&[
        "met",
        "edit",
        "m1",
        "--on",
        "2026-11-20",
        "--how",
        "lunch",
        "--note",
        "",
    ]);
    let shown = env.json(&["show", "zoe"]);
    assert_eq!(shown["last_seen"], "2026-11-20");
    assert_eq!(shown["encounters"][0]["how"], "lunch");
    assert_eq!(shown["encounters"][0]["note"], serde_json::Value::Null);
    assert!(reconnect(&env).is_empty());

    env.ok(&["rm", "m1", "--yes"]);
    let shown = env.json(&["show", "zoe"]);
    assert_eq!(shown["last_seen"], serde_json::Value::Null);
    assert!(shown["encounters"].as_array().unwrap().is_empty());
    env.ok(&["undo"]);
    assert_eq!(env.json(&["show", "zoe"])["last_seen"], "2026-11-20");
}

#[test]
fn an_encounter_moves_to_an_event_and_the_event_report_follows() {
    let env = TestEnv::new();
    zoe(&env);
    env.ok(&["event", "add", "5 à 7 Montréal", "--on", "2026-11-01"]);
    env.ok(&["met", "edit", "m1", "--at", "montreal"]);
    let ev = env.json(&["event", "show", "montreal"]);
    assert_eq!(ev["attendees"], 1, "{ev}");
    env.ok(&["met", "edit", "m1", "--at", ""]);
    let ev = env.json(&["event", "show", "montreal"]);
    assert_eq!(ev["attendees"], 0, "{ev}");
}

#[test]
fn a_card_is_corrected_and_removed() {
    let env = TestEnv::new();
    zoe(&env);
    env.ok(&[
        "card",
        "edit",
        "c1",
        "--title",
        "Céramiste",
        "--email",
        "",
        "--phone",
        "+33 6 12 34 56 78",
    ]);
    let card = &env.json(&["show", "zoe"])["cards"][0];
    assert_eq!(card["title"], "Céramiste");
    assert_eq!(card["company"], "Atelier Zoë");
    assert_eq!(card["emails"], serde_json::json!([]));
    assert_eq!(card["phones"], serde_json::json!(["+33 6 12 34 56 78"]));
    let r = env.fails(&["card", "edit", "c1", "--email", "pas-un-email"], 1);
    assert!(r.stderr.contains("pas-un-email"), "{}", r.stderr);

    env.ok(&["rm", "c1", "--yes"]);
    assert!(env.json(&["show", "zoe"])["cards"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn a_follow_up_is_removed_by_its_id() {
    let env = TestEnv::new();
    zoe(&env);
    env.ok(&[
        "follow-up",
        "add",
        "zoe",
        "Envoyer le devis",
        "--due",
        "vendredi",
    ]);
    env.ok(&["rm", "f1", "--yes"]);
    assert_eq!(env.count("followups"), 0);
}

#[test]
fn wrong_and_missing_ids_are_errors_naming_them_and_nothing_is_written() {
    let env = TestEnv::new();
    zoe(&env);
    let before = dump(&env);
    let ops = env.json(&["undo", "--list"]).as_array().unwrap().len();
    for (args, says) in [
        (
            vec!["note", "edit", "m1", "--text", "x"],
            "m1 is an encounter, not a note",
        ),
        (vec!["note", "edit", "n9", "--text", "x"], "no note n9"),
        (
            vec!["note", "edit", "n1", "--text", "  "],
            "the note's text is empty",
        ),
        (vec!["note", "edit", "n1"], "nothing to change in n1"),
        (
            vec!["met", "edit", "n1", "--on", "hier"],
            "n1 is a note, not an encounter",
        ),
        (
            vec!["met", "edit", "m1", "--on", "pas une date"],
            "pas une date",
        ),
        (vec!["card", "edit", "c7", "--title", "x"], "no card c7"),
        (
            vec!["met", "rm", "c1", "--yes"],
            "c1 is a card, not an encounter",
        ),
        (vec!["rm", "e1", "--yes"], "e1 is an event"),
        (vec!["rm", "m9", "--yes"], "no encounter m9"),
        (vec!["note", "rm", "n1", "n9", "--yes"], "no note n9"),
    ] {
        let r = env.fails(&args, 1);
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("hint:"), "{args:?}: {}", r.stderr);
    }
    assert_eq!(dump(&env), before);
    assert_eq!(env.json(&["undo", "--list"]).as_array().unwrap().len(), ops);
}

#[test]
fn removing_asks_first_on_a_terminal() {
    let env = TestEnv::new();
    zoe(&env);
    let mut p = Pty::spawn(&env, &["rm", "n1"]);
    // A yes/no question reads a whole line (Enter after the answer).
    p.answer("Delete note n1 of #1 Zoë Tremblay?", "n");
    p.wait("Nothing deleted.");
    let (code, _) = p.finish();
    assert_eq!(code, 0);
    assert_eq!(env.count("notes"), 1);

    let mut p = Pty::spawn(&env, &["note", "rm", "n1"]);
    p.answer("Delete note n1 of #1 Zoë Tremblay?", "y");
    p.wait("Deleted note n1 of #1 Zoë Tremblay");
    let (code, _) = p.finish();
    assert_eq!(code, 0);
    assert_eq!(env.count("notes"), 0);
}

#[test]
fn a_note_is_corrected_in_the_editor() {
    let env = TestEnv::new();
    zoe(&env);
    let script = env.path("editor.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nsed -i 's/imprimante 3D/imprimante 3D et de céramique/' \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = env.std_cmd();
    cmd.env("TERM", "dumb")
        .env("EDITOR", &script)
        .args(["note", "edit", "n1"]);
    let mut session = expectrl::Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session
        .expect("Changed note n1 of #1 Zoë Tremblay")
        .unwrap();
    session.expect(expectrl::Eof).unwrap();
    let shown = env.json(&["show", "zoe"]);
    assert_eq!(
        shown["notes"][0]["text"],
        "Parle d'une imprimante 3D et de céramique"
    );
    assert_eq!(shown["notes"][0]["date"], "2026-11-02");
}
