//! Projects with roles: add, assign, show by role with the empty key roles, list filters.

use serde_json::{json, Value};

use crate::common::{names, TestEnv};

fn concert() -> TestEnv {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    env.add("Marie Côté", &[]);
    env.add("André Roy", &[]);
    env.ok(&[
        "project",
        "add",
        "Concert",
        "--note",
        "Spring concert at the Musée",
    ]);
    env.ok(&["project", "assign", "Concert", "frederic", "--role", "ally"]);
    env.ok(&[
        "project",
        "assign",
        "concert",
        "Marie",
        "--role",
        "adversaire",
    ]);
    env
}

#[test]
fn concert_lists_ally_and_opponent_and_says_no_mentor_yet() {
    let env = concert();
    crate::common::meet(&env, 1, "2026-10-01", None);
    crate::common::meet(&env, 1, "2026-11-02", Some("rehearsal"));
    let v = env.json(&["project", "show", "Concert"]);
    assert_eq!(v["name"], "Concert");
    assert_eq!(v["roles"]["ally"][0]["name"], "Frédéric Duval");
    assert_eq!(v["roles"]["ally"][0]["contact_id"], 1);
    assert_eq!(v["roles"]["ally"][0]["last_seen"], "2026-11-02");
    assert_eq!(v["roles"]["opponent"][0]["name"], "Marie Côté");
    assert_eq!(v["roles"]["opponent"][0]["last_seen"], Value::Null);
    assert_eq!(v["roles"].as_object().unwrap().len(), 2);
    assert_eq!(v["empty_roles"], json!(["mentor"]));

    let text = env.ok(&["project", "show", "concert"]).stdout;
    insta::assert_snapshot!("project_show", text);
    assert!(text.contains("no mentor yet"));
}

#[test]
fn french_roles_custom_roles_and_several_roles_per_contact() {
    let env = concert();
    env.ok(&["project", "assign", "Concert", "andre", "--role", "Mentore"]);
    env.ok(&[
        "project",
        "assign",
        "Concert",
        "andre",
        "--role",
        "Ingé son",
    ]);
    env.ok(&[
        "project",
        "assign",
        "Concert",
        "frederic",
        "--role",
        "Prescripteur",
    ]);
    // Assigning the same role again changes nothing.
    let r = env.ok(&["project", "assign", "Concert", "andre", "--role", "mentor"]);
    assert!(r.stderr.contains("already mentor"), "{}", r.stderr);

    let v = env.json(&["project", "show", "Concert"]);
    let roles: Vec<&String> = v["roles"].as_object().unwrap().keys().collect();
    // serde_json sorts object keys; the order shown in text is checked below.
    assert_eq!(roles.len(), 5);
    assert_eq!(v["roles"]["mentor"][0]["name"], "André Roy");
    assert_eq!(v["roles"]["referrer"][0]["name"], "Frédéric Duval");
    assert_eq!(v["roles"]["Ingé son"][0]["name"], "André Roy");
    assert_eq!(v["empty_roles"], json!([]));
    let text = env.ok(&["project", "show", "Concert"]).stdout;
    let pos = |s: &str| text.find(&format!("\n{s}\n")).unwrap();
    assert!(pos("ally") < pos("opponent") && pos("mentor") < pos("referrer"));
    assert!(pos("referrer") < pos("Ingé son"), "{text}");

    let list = env.json(&["project", "list"]);
    assert_eq!(list[0]["members"], 3);
    assert_eq!(
        list[0]["roles"],
        json!(["ally", "opponent", "mentor", "referrer", "Ingé son"])
    );

    // The contact's own card lists its projects and roles.
    let andre = env.json(&["show", "andre"]);
    assert_eq!(
        andre["projects"],
        json!([{"project_id": 1, "name": "Concert", "roles": ["mentor", "Ingé son"], "archived": false}])
    );
    let card = env.ok(&["show", "andre"]).stdout;
    let line = card.lines().find(|l| l.contains("Projects")).unwrap();
    assert!(line.ends_with("  Concert (mentor, Ingé son)"), "{card}");
}

#[test]
fn list_filters_by_project_and_role_and_combines_with_tags() {
    let env = concert();
    env.ok(&["project", "add", "Album"]);
    env.ok(&[
        "project", "assign", "Album", "andre", "marie", "--role", "ally",
    ]);
    env.ok(&["tag", "marie", "quebec"]);
    assert_eq!(
        names(&env.json(&["list", "--project", "Concert"])),
        ["Frédéric Duval", "Marie Côté"]
    );
    assert_eq!(
        names(&env.json(&["list", "--project", "concert", "--role", "allié"])),
        ["Frédéric Duval"]
    );
    assert_eq!(
        names(&env.json(&["list", "--role", "ally"])),
        ["André Roy", "Frédéric Duval", "Marie Côté"]
    );
    assert_eq!(
        names(&env.json(&["list", "--project", "album", "--tag", "quebec"])),
        ["Marie Côté"]
    );
    let r = env.fails(&["list", "--project", "Nope"], 1);
    assert!(
        r.stderr.contains("no project matches 'Nope'"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
}

#[test]
fn unassign_edit_archive_and_rm() {
    let env = concert();
    env.ok(&["project", "assign", "Concert", "marie", "--role", "mentor"]);
    env.ok(&[
        "project", "unassign", "Concert", "marie", "--role", "mentor",
    ]);
    let v = env.json(&["project", "show", "Concert"]);
    assert_eq!(v["roles"]["opponent"][0]["name"], "Marie Côté");
    assert_eq!(v["empty_roles"], json!(["mentor"]));
    env.ok(&["project", "unassign", "Concert", "marie"]);
    assert!(env.json(&["project", "show", "Concert"])["roles"]
        .get("opponent")
        .is_none());

    env.ok(&[
        "project",
        "edit",
        "Concert",
        "--name",
        "Concert de printemps",
    ]);
    assert_eq!(
        env.json(&["project", "show", "printemps"])["name"],
        "Concert de printemps"
    );
    env.ok(&["project", "archive", "concert"]);
    assert_eq!(env.json(&["project", "list"]), json!([]));
    assert_eq!(
        env.json(&["project", "list", "--archived"])[0]["archived"],
        true
    );
    env.ok(&["project", "unarchive", "concert"]);

    let r = env.fails(&["project", "rm", "concert"], 1);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    env.ok(&["project", "rm", "concert", "--yes"]);
    assert_eq!(env.count("projects"), 0);
    assert_eq!(env.count("project_roles"), 0);
    assert_eq!(env.count("contacts"), 3);
}

#[test]
fn mistakes_are_errors_that_write_nothing() {
    let env = concert();
    // Duplicate names compare folded.
    let r = env.fails(&["project", "add", "CONCERT"], 1);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    let r = env.fails(&["project", "add", "  "], 1);
    assert!(r.stderr.contains("invalid project name"), "{}", r.stderr);
    // One unknown contact: nobody is assigned.
    let r = env.fails(
        &[
            "project", "assign", "Concert", "andre", "Nobody", "--role", "mentor",
        ],
        1,
    );
    assert!(
        r.stderr.contains("no contact matches 'Nobody'"),
        "{}",
        r.stderr
    );
    assert_eq!(env.count("project_roles"), 2);
    let r = env.fails(&["project", "show", "#99"], 1);
    assert!(r.stderr.contains("no project p99"), "{}", r.stderr);
    let r = env.fails(
        &["project", "assign", "Concert", "andre", "--role", "  "],
        1,
    );
    assert!(r.stderr.contains("role"), "{}", r.stderr);
    env.ok(&["project", "add", "Concours"]);
    let r = env.fails(&["project", "show", "conc"], 1);
    assert!(r.stderr.contains("matches 2 projects"), "{}", r.stderr);
    // Deleting a contact takes its roles with it.
    env.ok(&["rm", "frederic", "--yes"]);
    let v = env.json(&["project", "show", "Concert"]);
    assert_eq!(v["empty_roles"], json!(["ally", "mentor"]));
}

#[test]
fn project_show_counts_open_follow_ups_per_member() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &["--follow-up", "demain: appeler"]);
    env.ok(&["fu", "add", "fred", "Envoyer le devis", "--due", "vendredi"]);
    env.add("Marie Côté", &[]);
    env.ok(&["project", "add", "Concert"]);
    env.ok(&["project", "assign", "Concert", "fred", "--role", "ally"]);
    env.ok(&["project", "assign", "Concert", "marie", "--role", "mentor"]);
    let p = env.json(&["project", "show", "Concert"]);
    assert_eq!(p["roles"]["ally"][0]["open_followups"], 2);
    assert_eq!(p["roles"]["ally"][0]["next_due"], "2026-11-23");
    assert_eq!(p["roles"]["mentor"][0]["open_followups"], 0);
    let text = env.ok(&["project", "show", "Concert"]).stdout;
    assert!(
        text.contains("2 follow-ups open, next Mon 23 Nov"),
        "{text}"
    );
}

#[test]
fn export_keeps_to_a_project_when_asked() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &["--email", "fred@example.org"]);
    env.add("Marie Côté", &[]);
    env.ok(&["project", "add", "Concert"]);
    env.ok(&["project", "assign", "Concert", "fred", "--role", "ally"]);
    let v = env.ok(&["export", "vcard", "--project", "concert"]).stdout;
    assert!(v.contains("FN:Frédéric Duval"), "{v}");
    assert!(!v.contains("Marie"), "{v}");
    let r = env.fails(&["export", "json", "--project", "concert"], 1);
    assert!(r.stderr.contains("--project"), "{}", r.stderr);
    env.fails(&["export", "vcard", "--project", "nope"], 1);
}
