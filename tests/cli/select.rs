//! One selection of people for list and every bulk command (issue 22): each selector alone
//! and combined, repeated (OR), archived contacts, unknown names, and the bulk changes —
//! asked about on a terminal, --yes elsewhere, one transaction and one undo step each.

use crate::common::{ints, names, TestEnv};
use crate::pty::Pty;

/// A notebook: a training, two breakfast editions, a project, invitations.
///
/// - Zoë Martin (Acme, Montréal, #jazz): met at breakfast 1 (first time) and the training.
/// - André Roy (Chocolaterie Côté, Québec): met in October, then at breakfast 2.
/// - Bea Smith (ACME Labs, Lyon, #client): met at the training (first time); a note on
///   the saxophone.
/// - Karine Lavoie (Lyon, archived, #jazz): met at the training.
/// - Hugo Petit: never met.
struct Notebook {
    env: TestEnv,
    zoe: i64,
    andre: i64,
    bea: i64,
    karine: i64,
    hugo: i64,
}

fn notebook() -> Notebook {
    let env = TestEnv::new();
    let zoe = env.add(
        "Zoë Martin",
        &["--company", "Acme", "--city", "Montréal", "--tag", "jazz"],
    );
    let andre = env.add(
        "André Roy",
        &["--company", "Chocolaterie Côté", "--city", "Québec"],
    );
    let bea = env.add(
        "Bea Smith",
        &[
            "--company",
            "ACME Labs",
            "--city",
            "Lyon",
            "--tag",
            "client",
        ],
    );
    let karine = env.add("Karine Lavoie", &["--city", "Lyon", "--tag", "jazz"]);
    let hugo = env.add("Hugo Petit", &[]);
    env.ok(&["event", "add", "Petit-déjeuner 1", "--on", "2026-10-15"]);
    env.ok(&["event", "add", "Petit-déjeuner 2", "--on", "2026-11-12"]);
    env.ok(&["event", "add", "Formation SEO", "--on", "2026-11-18"]);
    env.ok(&["met", "andre", "--on", "2026-10-01"]);
    env.ok(&["met", "zoe", "--at", "Petit-déjeuner 1"]);
    env.ok(&["met", "andre", "--at", "Petit-déjeuner 2"]);
    env.ok(&["met", "zoe", "bea", "karine", "--at", "Formation SEO"]);
    env.ok(&["note", "bea", "Plays the saxophone in a quartet"]);
    env.ok(&["archive", "karine"]);
    env.ok(&["project", "add", "Concert"]);
    env.ok(&["project", "assign", "Concert", "zoe", "--role", "ally"]);
    env.ok(&["project", "assign", "Concert", "andre", "--role", "mentor"]);
    env.ok(&["event", "invite", "Petit-déjeuner 2", "zoe", "bea"]);
    env.ok(&["event", "rsvp", "Petit-déjeuner 2", "zoe", "oui"]);
    Notebook {
        env,
        zoe,
        andre,
        bea,
        karine,
        hugo,
    }
}

impl Notebook {
    /// The ids `list` shows with these flags, by name.
    fn list(&self, flags: &[&str]) -> Vec<i64> {
        let mut args = vec!["list"];
        args.extend_from_slice(flags);
        ints(&self.env.json(&args), "id")
    }
}

#[test]
fn each_selector_alone() {
    let n = notebook();
    let (zoe, andre, bea, hugo) = (n.zoe, n.andre, n.bea, n.hugo);
    assert_eq!(n.list(&[]), [andre, bea, hugo, zoe]);
    assert_eq!(n.list(&["--tag", "jazz"]), [zoe]);
    assert_eq!(n.list(&["--met-at", "Formation SEO"]), [bea, zoe]);
    assert_eq!(n.list(&["--met-at", "Petit-déjeuner 2"]), [andre]);
    // André was met before the second breakfast: not new there.
    assert!(n
        .env
        .json(&["list", "--new-at", "Petit-déjeuner 2"])
        .as_array()
        .unwrap()
        .is_empty());
    assert_eq!(n.list(&["--new-at", "Formation SEO"]), [bea]);
    assert_eq!(n.list(&["--project", "Concert"]), [andre, zoe]);
    assert_eq!(
        n.list(&["--project", "Concert", "--role", "mentor"]),
        [andre]
    );
    assert_eq!(n.list(&["--role", "allié"]), [zoe]);
    assert_eq!(n.list(&["--company", "acme"]), [bea, zoe]);
    assert_eq!(n.list(&["--city", "lyon"]), [bea]);
    // French dates: nobody met since 15 November but those of the training.
    assert_eq!(n.list(&["--not-seen-since", "15 nov"]), [andre, hugo]);
    assert_eq!(n.list(&["--invited-to", "Petit-déjeuner 2"]), [bea, zoe]);
    assert_eq!(
        n.list(&["--invited-to", "Petit-déjeuner 2", "--answer", "none"]),
        [bea]
    );
    assert_eq!(
        n.list(&["--invited-to", "Petit-déjeuner 2", "--answer", "oui"]),
        [zoe]
    );
    assert_eq!(n.list(&["--search", "saxophone"]), [bea]);
    assert_eq!(n.list(&["--search", "saxaphone"]), [bea]);
}

#[test]
fn selectors_combined_repeated_and_archived() {
    let n = notebook();
    let (zoe, andre, bea, karine) = (n.zoe, n.andre, n.bea, n.karine);
    // AND across flags.
    assert_eq!(
        n.list(&["--met-at", "Formation SEO", "--tag", "jazz"]),
        [zoe]
    );
    assert_eq!(
        n.list(&[
            "--met-at",
            "Formation SEO",
            "--company",
            "acme",
            "--city",
            "lyon"
        ]),
        [bea]
    );
    // OR within a flag repeated.
    assert_eq!(
        n.list(&[
            "--met-at",
            "Petit-déjeuner 1",
            "--met-at",
            "Petit-déjeuner 2"
        ]),
        [andre, zoe]
    );
    assert_eq!(n.list(&["--tag", "jazz", "--tag", "client"]), [bea, zoe]);
    assert_eq!(
        n.list(&["--city", "lyon", "--city", "quebec"]),
        [andre, bea]
    );
    assert_eq!(
        n.list(&["--search", "saxophone", "--search", "chocolaterie"]),
        [andre, bea]
    );
    // Archived contacts only with --archived.
    assert_eq!(
        n.list(&["--met-at", "Formation SEO", "--archived"]),
        [bea, karine, zoe]
    );
    assert_eq!(n.list(&["--tag", "jazz", "--archived"]), [karine, zoe]);
}

#[test]
fn unknown_tags_events_and_projects_are_named() {
    let n = notebook();
    let r = n.env.fails(&["list", "--tag", "nope"], 1);
    assert!(r.stderr.contains("no tag 'nope'"), "{}", r.stderr);
    assert!(r.stderr.contains("carnet tags"), "{}", r.stderr);
    let r = n.env.fails(&["list", "--met-at", "Gala"], 1);
    assert!(r.stderr.contains("'Gala'"), "{}", r.stderr);
    let r = n.env.fails(&["list", "--project", "Album"], 1);
    assert!(r.stderr.contains("'Album'"), "{}", r.stderr);
    let r = n.env.fails(
        &[
            "list",
            "--invited-to",
            "Petit-déjeuner 2",
            "--answer",
            "perhaps",
        ],
        1,
    );
    assert!(r.stderr.contains("'perhaps'"), "{}", r.stderr);
    // --answer alone is a usage error.
    n.env.fails(&["list", "--answer", "yes"], 2);
    let r = n.env.fails(&["tag", "--tag", "nope", "x", "--yes"], 1);
    assert!(r.stderr.contains("no tag 'nope'"), "{}", r.stderr);
}

#[test]
fn an_empty_selection_changes_nothing_and_says_so() {
    let n = notebook();
    let before = n.env.count("contact_tags");
    let r = n.env.fails(
        &[
            "tag",
            "--met-at",
            "Petit-déjeuner 2",
            "--city",
            "lyon",
            "x",
            "--yes",
        ],
        1,
    );
    assert!(r.stderr.contains("no one matches"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    assert_eq!(n.env.count("contact_tags"), before);
    let r = n.env.fails(
        &[
            "follow-up",
            "add",
            "--tag",
            "client",
            "--city",
            "paris",
            "Call",
            "--due",
            "demain",
            "--yes",
        ],
        1,
    );
    assert!(r.stderr.contains("no one matches"), "{}", r.stderr);
    assert_eq!(n.env.count("followups"), 0);
}

#[test]
fn bulk_changes_need_yes_off_a_terminal() {
    let n = notebook();
    let before = n.env.count("contact_tags");
    let r = n
        .env
        .fails(&["tag", "--met-at", "Formation SEO", "formation"], 1);
    assert!(r.stderr.contains("2 people selected"), "{}", r.stderr);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert_eq!(n.env.count("contact_tags"), before);
    for args in [
        vec![
            "follow-up",
            "add",
            "--met-at",
            "Formation SEO",
            "Slides",
            "--due",
            "lundi",
        ],
        vec!["met", "--tag", "jazz", "--tag", "client"],
        vec!["archive", "--city", "lyon", "--city", "montreal"],
        vec!["untag", "--tag", "jazz", "--tag", "client", "jazz"],
    ] {
        let r = n.env.fails(&args, 1);
        assert!(r.stderr.contains("--yes"), "{args:?}: {}", r.stderr);
    }
    assert_eq!(n.env.count("followups"), 0);
    assert_eq!(n.env.count("contact_tags"), before);
    // One person needs no --yes.
    n.env
        .ok(&["tag", "--met-at", "Petit-déjeuner 2", "regular"]);
    assert_eq!(n.list(&["--tag", "regular"]), [n.andre]);
}

#[test]
fn bulk_tag_and_untag_are_one_undo_step_each() {
    let n = notebook();
    let r = n.env.json(&[
        "tag",
        "--met-at",
        "Formation SEO",
        "formation",
        "suivi",
        "--yes",
    ]);
    assert_eq!(r["selected"], 2);
    assert_eq!(r["changed"].as_array().unwrap().len(), 2, "{r}");
    assert_eq!(n.list(&["--tag", "formation,suivi"]), [n.bea, n.zoe]);
    n.env.ok(&["untag", "--tag", "formation", "suivi", "--yes"]);
    assert_eq!(n.list(&["--tag", "formation"]), [n.bea, n.zoe]);
    n.env.ok(&["undo"]);
    assert_eq!(n.list(&["--tag", "suivi"]), [n.bea, n.zoe]);
    n.env.ok(&["undo"]);
    let r = n.env.fails(&["list", "--tag", "formation"], 1);
    assert!(r.stderr.contains("no tag 'formation'"), "{}", r.stderr);
}

#[test]
fn a_bulk_follow_up_is_one_per_person_and_undone_at_once() {
    let n = notebook();
    let r = n.env.json(&[
        "follow-up",
        "add",
        "--met-at",
        "Formation SEO",
        "--met-at",
        "Petit-déjeuner 2",
        "Send the slides",
        "--due",
        "lundi",
        "--yes",
    ]);
    assert_eq!(r["selected"], 3);
    assert_eq!(r["followups"].as_array().unwrap().len(), 3);
    let open = n.env.json(&["follow-up", "list"]);
    let mut who = ints(&open, "contact_id");
    who.sort_unstable();
    let mut expected = vec![n.zoe, n.andre, n.bea];
    expected.sort_unstable();
    assert_eq!(who, expected);
    for f in open.as_array().unwrap() {
        assert_eq!(f["what"], "Send the slides");
        assert_eq!(f["due"], "2026-11-23");
    }
    n.env.ok(&["undo"]);
    assert_eq!(n.env.count("followups"), 0);
}

#[test]
fn bulk_met_archive_and_unarchive() {
    let n = notebook();
    let before = n.env.count("encounters");
    let r = n.env.json(&[
        "met", "--tag", "jazz", "--tag", "client", "--how", "call", "--yes",
    ]);
    assert_eq!(r.as_array().unwrap().len(), 2, "{r}");
    assert_eq!(n.env.count("encounters"), before + 2);
    n.env.ok(&["undo"]);
    assert_eq!(n.env.count("encounters"), before);

    let r = n
        .env
        .json(&["archive", "--city", "lyon", "--city", "montreal", "--yes"]);
    assert_eq!(r["changed"].as_array().unwrap().len(), 2, "{r}");
    assert_eq!(n.list(&[]), [n.andre, n.hugo]);
    let r = n.env.json(&["unarchive", "--city", "lyon", "--yes"]);
    assert_eq!(r["changed"].as_array().unwrap().len(), 2, "{r}");
    assert_eq!(n.list(&[]), [n.andre, n.bea, n.hugo, n.karine]);
    n.env.ok(&["undo"]);
    n.env.ok(&["undo"]);
    assert_eq!(n.list(&[]), [n.andre, n.bea, n.hugo, n.zoe]);
}

#[test]
fn on_a_terminal_a_bulk_tag_is_asked_and_no_writes_nothing() {
    let n = notebook();
    let args = ["tag", "--met-at", "Formation SEO", "formation"];
    let mut p = Pty::spawn(&n.env, &args);
    p.wait("#");
    p.answer("Tag 2 people with formation?", "n");
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Bea Smith") && out.contains("Zoë Martin"),
        "{out}"
    );
    assert!(out.contains("Nothing was changed"), "{out}");
    n.env.fails(&["list", "--tag", "formation"], 1);

    // Enter alone is the default: no.
    let mut p = Pty::spawn(&n.env, &args);
    p.answer("Tag 2 people with formation?", "");
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    n.env.fails(&["list", "--tag", "formation"], 1);

    let mut p = Pty::spawn(&n.env, &args);
    p.answer("Tag 2 people with formation?", "y");
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    let listed = n.env.json(&["list", "--tag", "formation"]);
    assert_eq!(names(&listed), ["Bea Smith", "Zoë Martin"]);
    for c in listed.as_array().unwrap() {
        assert!(c["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "formation"));
    }
}

#[test]
fn invite_the_last_two_editions_then_list_who_has_not_answered() {
    let n = notebook();
    n.env
        .ok(&["event", "add", "Petit-déjeuner 3", "--on", "2026-12-10"]);
    // Zoë is already invited to the third edition.
    n.env.ok(&["event", "invite", "Petit-déjeuner 3", "zoe"]);
    let r = n.env.fails(
        &[
            "event",
            "invite",
            "Petit-déjeuner 3",
            "--met-at",
            "Petit-déjeuner 1",
            "--met-at",
            "Petit-déjeuner 2",
        ],
        1,
    );
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    let r = n.env.run(&[
        "--json",
        "event",
        "invite",
        "Petit-déjeuner 3",
        "--met-at",
        "Petit-déjeuner 1",
        "--met-at",
        "Petit-déjeuner 2",
        "--yes",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("Invited 1 person to Petit-déjeuner 3; 1 already invited"),
        "{}",
        r.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(ints(&v, "contact_id"), [n.andre, n.zoe]);
    n.env
        .ok(&["event", "rsvp", "Petit-déjeuner 3", "zoe", "oui"]);
    assert_eq!(
        n.list(&["--invited-to", "Petit-déjeuner 3", "--answer", "none"]),
        [n.andre]
    );
    n.env.ok(&["undo"]);
    n.env.ok(&["undo"]);
    assert_eq!(n.list(&["--invited-to", "Petit-déjeuner 3"]), [n.zoe]);
}

#[test]
fn project_assign_export_and_card_list_take_the_selection() {
    let n = notebook();
    n.env.ok(&["project", "add", "Album"]);
    let r = n.env.fails(
        &["project", "assign", "Album", "--met-at", "Formation SEO"],
        1,
    );
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    let v = n.env.json(&[
        "project",
        "assign",
        "Album",
        "--met-at",
        "Formation SEO",
        "--role",
        "allié",
        "--yes",
    ]);
    assert_eq!(
        ints(&v["roles"]["ally"], "contact_id"),
        [n.bea, n.zoe],
        "{v}"
    );
    assert_eq!(
        n.list(&["--project", "Album", "--role", "ally"]),
        [n.bea, n.zoe]
    );

    // Export the members of a project for a phone.
    let vcf = n.env.ok(&["export", "vcard", "--project", "Album"]).stdout;
    assert_eq!(vcf.matches("BEGIN:VCARD").count(), 2, "{vcf}");
    assert!(
        vcf.contains("FN:Bea Smith") && vcf.contains("FN:Zoë Martin"),
        "{vcf}"
    );
    let csv = n
        .env
        .ok(&["export", "csv", "--met-at", "Formation SEO", "--archived"])
        .stdout;
    assert_eq!(csv.lines().count(), 4, "{csv}");
    // Without a selector, every contact, archived too.
    let all = n.env.ok(&["export", "vcard"]).stdout;
    assert_eq!(all.matches("BEGIN:VCARD").count(), 5);
    n.env
        .fails(&["export", "json", "--met-at", "Formation SEO"], 1);

    n.env.ok(&["card", "add", "bea", "--company", "ACME Labs"]);
    n.env.ok(&["card", "add", "andre", "--company", "Côté"]);
    let cards = n.env.json(&["card", "list", "--met-at", "Formation SEO"]);
    assert_eq!(ints(&cards, "contact_id"), [n.bea]);
    let cards = n
        .env
        .json(&["card", "list", "--city", "quebec", "--city", "lyon"]);
    assert_eq!(cards.as_array().unwrap().len(), 2);
}
