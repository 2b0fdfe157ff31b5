//! Questions carnet asks on a terminal outside the log session: confirming a deletion and
//! picking one of several contacts that match a name.

use crate::common::TestEnv;
use crate::pty::{Pty, DOWN, ENTER};

#[test]
fn rm_asks_before_deleting_and_no_keeps_the_contact() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    let mut p = Pty::spawn(&env, &["rm", "fred"]);
    // A whole line answers: "n" then Enter.
    p.answer("Delete #1 Frédéric Duval and all their notes?", "n");
    p.wait("Nothing deleted.");
    assert_eq!(p.finish().0, 0);
    assert_eq!(env.count("contacts"), 1);

    let mut p = Pty::spawn(&env, &["rm", "fred"]);
    p.answer("Delete #1 Frédéric Duval and all their notes?", "y");
    p.wait("Deleted #1 Frédéric Duval");
    assert_eq!(p.finish().0, 0);
    assert_eq!(env.count("contacts"), 0);
}

#[test]
fn an_ambiguous_name_is_picked_from_a_list_on_a_terminal() {
    let env = TestEnv::new();
    env.add("Jean Dupont", &[]);
    env.add("Jeanne Roy", &["--company", "Atelier Roy"]);
    let mut p = Pty::spawn(&env, &["show", "jea"]);
    p.keys("Several contacts match 'jea'", &format!("{DOWN}{ENTER}"));
    p.wait("Jeanne Roy  #2");
    assert_eq!(p.finish().0, 0);
}

/// The notes of contact `id`, as `show --json` gives them.
fn notes_of(env: &TestEnv, id: i64) -> Vec<String> {
    let show = env.json(&["show", &format!("#{id}")]);
    show["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_picker_offers_the_exact_name_first_and_can_choose_nobody() {
    let env = TestEnv::new();
    let gagnon = env.add("Michel Gagnon", &[]);
    let michel = env.add("Michel", &[]);
    let before = env.json(&["export", "json"]);

    // Enter takes the first line: the contact named exactly "michel".
    let mut p = Pty::spawn(&env, &["note", "michel", "Rappeler lundi"]);
    p.wait("Several contacts match 'michel'");
    p.wait(&format!("#{michel} Michel"));
    p.keys(&format!("#{gagnon} Michel Gagnon"), ENTER);
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");
    assert_eq!(notes_of(&env, michel), ["Rappeler lundi"]);
    assert!(notes_of(&env, gagnon).is_empty());

    // `q`, Esc and the last line, "none of these", each choose nobody: exit 1, nothing written.
    let after_one = env.json(&["export", "json"]);
    assert_ne!(after_one, before);
    for keys in [
        "q".to_owned(),
        "\x1b".to_owned(),
        format!("{DOWN}{DOWN}{ENTER}"),
    ] {
        let mut p = Pty::spawn(&env, &["note", "michel", "Autre chose"]);
        p.keys("(none of these)", &keys);
        p.wait("no contact chosen for 'michel'; nothing was changed");
        let (code, transcript) = p.finish();
        assert_eq!(code, 1, "{keys:?}: {transcript}");
        assert_eq!(env.json(&["export", "json"]), after_one, "{keys:?}");
    }
}
