//! `carnet undo`, `carnet redo` and the operation log, through the binary: whatever the
//! command, undoing it puts the notebook back as it was, checked by the JSON export.

use crate::common::{names, TestEnv};
use crate::pty::Pty;

/// The whole notebook as `carnet export json` writes it.
fn dump(env: &TestEnv) -> serde_json::Value {
    env.json(&["export", "json"])
}

/// A contact with something in every part of their history, and another one.
fn a_full_notebook(env: &TestEnv) -> i64 {
    let zoe = env.add(
        "Zoë Tremblay",
        &[
            "--company",
            "Fablab Québec",
            "--email",
            "zoe@fablab.example",
            "--phone",
            "+1 418 555 0142",
            "--tag",
            "maker",
        ],
    );
    env.add("Łukasz Nowak", &["--email", "lukasz@example.org"]);
    env.ok(&[
        "event",
        "add",
        "5 à 7 Montréal",
        "--kind",
        "afterwork",
        "--on",
        "2026-11-20",
    ]);
    env.ok(&["event", "invite", "montreal", "zoe"]);
    env.ok(&["met", "zoe", "--at", "montreal"]);
    env.ok(&[
        "note",
        "zoe",
        "Parle d'une imprimante 3D; '; DROP TABLE contacts; --",
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
    env.ok(&[
        "follow-up",
        "add",
        "zoe",
        "Envoyer le devis",
        "--due",
        "vendredi",
    ]);
    env.ok(&["project", "add", "Salon des makers"]);
    env.ok(&["project", "assign", "salon", "zoe"]);
    zoe
}

fn undo(env: &TestEnv) -> serde_json::Value {
    env.json(&["undo"])
}

#[test]
fn undoing_an_add_an_edit_and_an_rm_gives_back_the_same_notebook() {
    let env = TestEnv::new();
    a_full_notebook(&env);
    let before = dump(&env);

    env.ok(&["edit", "zoe", "--company", "Ailleurs", "--name", "Zoé T."]);
    assert_ne!(dump(&env), before);
    let u = undo(&env);
    assert_eq!(u["action"], "undo");
    assert!(u["operation"]["command"]
        .as_str()
        .unwrap()
        .starts_with("carnet edit zoe"));
    assert_eq!(dump(&env), before);

    env.ok(&["rm", "zoe", "--yes"]);
    assert_eq!(env.count("notes"), 0);
    assert_eq!(env.count("encounters"), 0);
    undo(&env);
    assert_eq!(dump(&env), before);
    // Derived facts follow: last seen, the event report, search.
    let shown = env.json(&["show", "zoe"]);
    assert_eq!(shown["last_seen"], "2026-11-20", "{shown}");
    let found = env.json(&["search", "imprimante"]);
    assert_eq!(names(&found), ["Zoë Tremblay"]);

    env.ok(&["add", "André Roy", "--email", "andre@example.org"]);
    undo(&env);
    assert_eq!(dump(&env), before);
    assert!(env
        .json(&["search", "andre"])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn undo_goes_further_back_and_redo_comes_forward_again() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let one = dump(&env);
    env.ok(&["note", "zoe", "première note"]);
    let two = dump(&env);
    env.ok(&["note", "zoe", "deuxième note"]);
    let three = dump(&env);

    undo(&env);
    assert_eq!(dump(&env), two);
    undo(&env);
    assert_eq!(dump(&env), one);
    let r = env.json(&["redo"]);
    assert_eq!(r["action"], "redo");
    assert_eq!(dump(&env), two);
    env.ok(&["redo"]);
    assert_eq!(dump(&env), three);
    let r = env.fails(&["redo"], 1);
    assert!(r.stderr.contains("nothing to redo"), "{}", r.stderr);

    // A new command ends what can be redone.
    undo(&env);
    env.ok(&["tag", "zoe", "amie"]);
    let r = env.fails(&["redo"], 1);
    assert!(r.stderr.contains("nothing to redo"), "{}", r.stderr);
}

#[test]
fn undoing_a_merge_gives_both_contacts_back() {
    let env = TestEnv::new();
    a_full_notebook(&env);
    env.add("Zoë T.", &["--email", "zoe.t@example.org", "--tag", "amie"]);
    env.ok(&["note", "#3", "Une autre note"]);
    let before = dump(&env);
    env.ok(&["merge", "#1", "#3", "--yes"]);
    assert_eq!(env.count("contacts"), 2);
    undo(&env);
    assert_eq!(dump(&env), before);
}

#[test]
fn undoing_an_import_of_a_thousand_cards_takes_them_all_back_and_only_them() {
    let env = TestEnv::new();
    a_full_notebook(&env);
    let before = dump(&env);
    let mut vcf = String::new();
    for i in 0..1000 {
        vcf.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Personne {i} Éloïse\r\nN:Éloïse;Personne {i};;;\r\n\
             EMAIL:p{i}@example.org\r\nTEL:+33 6 12 34 {:02} {:02}\r\nORG:Société {i}\r\n\
             NOTE:carte n° {i}\r\nEND:VCARD\r\n",
            i / 100,
            i % 100
        ));
    }
    let file = env.path("mille.vcf");
    std::fs::write(&file, vcf).unwrap();
    env.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(env.count("contacts"), 1002);

    let list = env.json(&["undo", "--list"]);
    let changes = &list[0]["changes"];
    let contacts = changes
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "contacts")
        .unwrap();
    assert_eq!(contacts["added"], 1000, "{list}");

    undo(&env);
    assert_eq!(env.count("contacts"), 2);
    assert_eq!(dump(&env), before);
    env.ok(&["redo"]);
    assert_eq!(env.count("contacts"), 1002);
    assert_eq!(
        env.json(&["search", "Personne 999"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn undoing_a_log_takes_back_the_last_person_saved() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "5 à 7 Montréal", "--kind", "afterwork"]);
    let before = dump(&env);
    let mut p = Pty::spawn(&env, &["log", "montreal"]);
    for (name, saved) in [("Zoë Tremblay", "#1"), ("Łukasz Nowak", "#2")] {
        p.answer("Person (Enter alone: finish)", &format!("{name}, Fablab"));
        p.answer("Were these details on their card? [y/N]", "n");
        p.answer("What did you talk about with", "imprimantes");
        p.answer("Follow up? (when: what", "");
        p.wait(&format!("Saved {saved} {name}"));
    }
    p.answer("Person (Enter alone: finish)", "");
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");
    let one = dump(&env);
    assert_eq!(env.count("contacts"), 2);

    // Each person saved is one operation.
    let u = undo(&env);
    assert!(u["operation"]["command"] == "carnet log montreal", "{u}");
    assert_eq!(names(&env.json(&["list"])), ["Zoë Tremblay"]);
    assert_eq!(env.count("encounters"), 1);
    undo(&env);
    assert_eq!(dump(&env), before);
    env.ok(&["redo"]);
    env.ok(&["redo"]);
    assert_eq!(dump(&env), one);
}

#[test]
fn an_undo_is_refused_when_a_later_operation_changed_the_same_record() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.add("Łukasz", &[]);
    env.ok(&["edit", "zoe", "--company", "Fablab"]);
    let before = dump(&env);
    let r = env.fails(&["undo", "o1"], 1);
    assert!(
        r.stderr
            .contains("cannot undo o1: o3 changed the same record since (contact #1)"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint: undo o3 first"), "{}", r.stderr);
    assert_eq!(dump(&env), before);
    // o2 (Łukasz) can be taken back out of order: nothing later touched it.
    env.ok(&["undo", "o2"]);
    assert_eq!(names(&env.json(&["list"])), ["Zoë"]);
    // In French too.
    let r = env.run_with(&["undo", "o1"], |c| {
        c.env("CARNET_LANG", "fr");
    });
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("impossible"), "{}", r.stderr);
}

#[test]
fn bad_operation_ids_are_errors_naming_them_and_change_nothing() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let before = dump(&env);
    let r = env.fails(&["undo", "c1"], 1);
    assert!(
        r.stderr.contains("c1 is a card, not an operation"),
        "{}",
        r.stderr
    );
    let r = env.fails(&["undo", "o99"], 1);
    assert!(
        r.stderr.contains("no operation o99 in the log"),
        "{}",
        r.stderr
    );
    let r = env.fails(&["undo", "zoe"], 1);
    assert!(
        r.stderr.contains("invalid operation id 'zoe'"),
        "{}",
        r.stderr
    );
    env.ok(&["undo"]);
    let r = env.fails(&["undo", "o1"], 1);
    assert!(r.stderr.contains("o1 is already undone"), "{}", r.stderr);
    let r = env.fails(&["undo", "o2"], 1);
    assert!(r.stderr.contains("o2 is the undoing of o1"), "{}", r.stderr);
    let r = env.fails(&["undo"], 1);
    assert!(r.stderr.contains("nothing to undo"), "{}", r.stderr);
    env.ok(&["redo"]);
    assert_eq!(dump(&env), before);
}

#[test]
fn the_log_says_what_each_command_did_and_keeps_only_its_bound() {
    let mut env = TestEnv::new();
    env.add("Zoë Tremblay", &["--email", "zoe@example.org"]);
    let list = env.ok(&["undo", "--list"]).stdout;
    assert!(
        list.contains("o1  Sun 22 Nov 9:00  carnet add 'Zoë Tremblay' --email zoe@example.org --json\n    +1 contact (Zoë Tremblay) · +1 email"),
        "{list}"
    );
    // Reads are not operations.
    env.ok(&["show", "zoe"]);
    env.ok(&["today"]);
    assert_eq!(env.json(&["undo", "--list"]).as_array().unwrap().len(), 1);

    let keep = |c: &mut assert_cmd::Command| {
        c.env("CARNET_UNDO_KEEP", "3");
    };
    for name in ["A", "B", "C", "D"] {
        let r = env.run_with(&["add", name], keep);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let list = env.json(&["undo", "--list"]);
    let ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [5, 4, 3]);
    // The pruned ones are gone from the database, their statements with them.
    let conn = env.conn();
    let oldest: i64 = conn
        .query_row("SELECT min(first_change) FROM operations", [], |r| r.get(0))
        .unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM operation_changes WHERE seq < ?1",
            [oldest],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);

    // And none older than the days kept.
    env.set_now("2026-12-10T09:00:00");
    let r = env.run_with(&["add", "E"], |c| {
        c.env("CARNET_UNDO_DAYS", "7");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let list = env.json(&["undo", "--list"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");

    let r = env.run_with(&["list"], |c| {
        c.env("CARNET_UNDO_KEEP", "beaucoup");
    });
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("invalid CARNET_UNDO_KEEP 'beaucoup'"),
        "{}",
        r.stderr
    );
}
