//! Follow-ups, human dates, keep-in-touch and `carnet today`.

use serde_json::Value;

use crate::common::{ints, TestEnv};

/// Adds a follow-up and returns it as `--json` prints it.
fn fu(env: &TestEnv, args: &[&str]) -> Value {
    let mut a = vec!["follow-up", "add"];
    a.extend_from_slice(args);
    env.json(&a)
}

/// Writes an event straight into the database (no event command on this branch yet).
fn event(env: &TestEnv, name: &str, date: &str) -> i64 {
    env.json(&["event", "add", name, "--on", date])["id"]
        .as_i64()
        .unwrap()
}

/// Records an encounter with `carnet met`.
fn met(env: &TestEnv, contact: i64, date: &str, event: Option<i64>) {
    let id = format!("#{contact}");
    let mut args = vec!["met", id.as_str(), "--on", date];
    let at = event.map(|e| format!("#{e}"));
    if let Some(at) = &at {
        args.extend(["--at", at.as_str()]);
    }
    env.ok(&args);
}

#[test]
fn due_dates_in_french_and_english() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    for (when, due) in [
        ("demain", "2026-11-23"),
        ("vendredi", "2026-11-27"),
        ("vendredi prochain", "2026-11-27"),
        ("next friday", "2026-11-27"),
        ("dans 2 semaines", "2026-12-06"),
        ("01/12", "2026-12-01"),
        ("1 déc", "2026-12-01"),
        ("Dec 1", "2026-12-01"),
        ("le mois prochain", "2026-12-22"),
        ("+3d", "2026-11-25"),
    ] {
        let f = fu(&env, &["frederic", "Call", "--due", when]);
        assert_eq!(f["due"], due, "{when}");
    }
}

#[test]
fn an_unknown_date_quotes_the_input_lists_the_forms_and_writes_nothing() {
    let env = TestEnv::new();
    env.add("Xavier", &[]);
    let r = env.fails(
        &[
            "follow-up",
            "add",
            "Xavier",
            "call",
            "--due",
            "someday maybe",
        ],
        1,
    );
    assert!(r.stderr.contains("'someday maybe'"), "{}", r.stderr);
    assert!(r.stderr.contains("hint: accepted forms:"), "{}", r.stderr);
    assert!(r.stderr.contains("dans 2 semaines"), "{}", r.stderr);
    assert_eq!(env.count("followups"), 0);

    // The same for add --follow-up: not even the contact is written.
    let r = env.fails(&["add", "Zoë", "--follow-up", "bientôt: call"], 1);
    assert!(r.stderr.contains("'bientôt'"), "{}", r.stderr);
    assert_eq!(env.count("contacts"), 1);
    assert_eq!(env.count("followups"), 0);
}

#[test]
fn monthly_follow_up_done_on_31_january_comes_back_on_28_february() {
    let mut env = TestEnv::new();
    env.add("Zoë", &[]);
    let f = fu(
        &env,
        &["zoe", "Send the invoice", "--due", "31/01", "--every", "1m"],
    );
    assert_eq!(f["due"], "2027-01-31");
    assert_eq!(f["every"], "1m");
    env.set_now("2027-01-31T18:00:00");
    let r = env.ok(&["follow-up", "done", "1"]);
    assert!(r.stderr.contains("next f2 due Sun 28 Feb"), "{}", r.stderr);
    let open = env.json(&["follow-up", "list"]);
    assert_eq!(ints(&open, "id"), [2]);
    assert_eq!(open[0]["due"], "2027-02-28");
    assert_eq!(open[0]["every"], "1m");
    assert_eq!(open[0]["what"], "Send the invoice");
    let done = env.json(&["follow-up", "list", "--done"]);
    assert_eq!(done[0]["done_on"], "2027-01-31");

    // Done on another day: the next one counts from that day.
    env.ok(&["follow-up", "done", "2", "--on", "hier"]);
    let open = env.json(&["follow-up", "list"]);
    assert_eq!(open[0]["due"], "2027-02-28", "2027-01-30 + 1 month");
    let done = env.json(&["fu", "list", "--done"]);
    assert_eq!(done[1]["id"], 2);
    assert_eq!(done[1]["done_on"], "2027-01-30");
}

#[test]
fn moving_the_clock_a_day_makes_todays_item_overdue() {
    let mut env = TestEnv::new();
    env.add("Marie Côté", &["--company", "Acme"]);
    fu(&env, &["marie", "Call back", "--due", "today"]);
    let t = env.json(&["today"]);
    assert_eq!(ints(&t["today"], "id"), [1]);
    assert!(t["overdue"].as_array().unwrap().is_empty());

    env.set_now("2026-11-23T08:00:00");
    let t = env.json(&["today"]);
    assert!(t["today"].as_array().unwrap().is_empty());
    assert_eq!(ints(&t["overdue"], "id"), [1]);
    assert_eq!(t["overdue"][0]["days_late"], 1);
    assert_eq!(t["overdue"][0]["company"], "Acme");
    assert_eq!(t["overdue"][0]["due"], "2026-11-22");
}

#[test]
fn today_json_has_every_section_in_the_documented_shape() {
    let env = TestEnv::new();
    let t = env.json(&["today"]);
    let keys: Vec<&String> = t.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "birthdays",
            "counts",
            "overdue",
            "reconnect",
            "today",
            "upcoming"
        ]
    );
    assert_eq!(
        t["counts"],
        serde_json::json!({"overdue": 0, "today": 0, "upcoming": 0, "reconnect": 0, "birthdays": 0})
    );
    let r = env.ok(&["today"]);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("all clear"), "{}", r.stderr);
    let r = env.ok(&["today", "--brief"]);
    assert_eq!(r.stdout, "");
}

#[test]
fn keep_in_touch_lapses_and_an_encounter_resets_it() {
    let env = TestEnv::new();
    let zoe = env.add(
        "Zoë Łukasz",
        &["--keep-in-touch", "1m", "--company", "Studio Z"],
    );
    env.add("Not due", &["--keep-in-touch", "3m"]);
    let breakfast = event(&env, "Petit-déjeuner", "2026-10-13");
    met(&env, zoe, "2026-10-13", Some(breakfast)); // 40 days ago

    let t = env.json(&["today"]);
    assert_eq!(ints(&t["reconnect"], "contact_id"), [zoe]);
    let r = &t["reconnect"][0];
    assert_eq!(r["last_seen"], "2026-10-13");
    assert_eq!(r["last_seen_at"], "Petit-déjeuner");
    assert_eq!(r["cadence_days"], 30);
    assert_eq!(r["days_late"], 10);
    assert_eq!(r["company"], "Studio Z");

    met(&env, zoe, "2026-11-22", None);
    let t = env.json(&["today"]);
    assert!(t["reconnect"].as_array().unwrap().is_empty(), "{t}");
}

#[test]
fn tag_cadence_applies_unless_the_contact_has_its_own() {
    let mut env = TestEnv::new();
    let a = env.add("André", &["--tag", "client"]);
    let b = env.add("Béa", &["--tag", "client", "--keep-in-touch", "1y"]);
    let r = env.ok(&["tags", "cadence", "Client", "2w"]);
    assert!(r.stderr.contains("every 2 weeks"), "{}", r.stderr);
    let tags = env.json(&["tags"]);
    assert_eq!(tags[0]["keep_in_touch_days"], 14);

    env.set_now("2026-12-06");
    assert_eq!(ints(&env.json(&["today"])["reconnect"], "contact_id"), [a]);
    env.set_now("2027-11-22");
    assert_eq!(
        ints(&env.json(&["today"])["reconnect"], "contact_id"),
        [a, b]
    );

    env.ok(&["tags", "cadence", "client", "--clear"]);
    assert_eq!(ints(&env.json(&["today"])["reconnect"], "contact_id"), [b]);

    let r = env.ok(&["tags", "cadence", "Famille", "3m"]);
    assert!(
        r.stderr.contains("no contact carries the tag Famille yet"),
        "{}",
        r.stderr
    );
    assert_eq!(env.json(&["tags"])[1]["name"], "Famille");
    env.fails(&["tags", "cadence", "nope", "--clear"], 1);

    let r = env.fails(&["tags", "cadence", "client", "often"], 1);
    assert!(r.stderr.contains("'often'"), "{}", r.stderr);
}

#[test]
fn archived_contacts_never_appear_today() {
    let mut env = TestEnv::new();
    env.add(
        "Old Friend",
        &[
            "--keep-in-touch",
            "1m",
            "--birthday",
            "24/11",
            "--follow-up",
            "today",
        ],
    );
    env.set_now("2027-11-22");
    let t = env.json(&["today"]);
    assert_eq!(t["reconnect"].as_array().unwrap().len(), 1);
    assert_eq!(t["overdue"].as_array().unwrap().len(), 1);
    assert_eq!(t["birthdays"].as_array().unwrap().len(), 1);
    env.ok(&["archive", "#1"]);
    let t = env.json(&["today"]);
    for section in ["overdue", "today", "upcoming", "reconnect", "birthdays"] {
        assert!(t[section].as_array().unwrap().is_empty(), "{section}: {t}");
    }
}

/// The totals beyond the first 20 leave out archived contacts too, in every section.
#[test]
fn today_counts_leave_out_archived_contacts() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    env.add("Zoë Tremblay", &[]);
    for (who, when, n) in [
        ("fred", "hier", 21),
        ("zoe", "hier", 4),
        ("fred", "today", 22),
        ("zoe", "today", 5),
        ("fred", "in 3 days", 23),
        ("zoe", "in 3 days", 6),
    ] {
        for i in 0..n {
            env.ok(&["fu", "add", who, &format!("{when} {i}"), "--due", when]);
        }
    }
    let t = env.json(&["today"]);
    assert_eq!(t["counts"]["overdue"], 25, "{}", t["counts"]);
    assert_eq!(t["counts"]["today"], 27, "{}", t["counts"]);
    assert_eq!(t["counts"]["upcoming"], 29, "{}", t["counts"]);
    env.ok(&["archive", "zoe"]);
    let t = env.json(&["today"]);
    assert_eq!(t["counts"]["overdue"], 21, "{}", t["counts"]);
    assert_eq!(t["counts"]["today"], 22, "{}", t["counts"]);
    assert_eq!(t["counts"]["upcoming"], 23, "{}", t["counts"]);
    assert!(t["today"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["contact_name"] == "Frédéric Duval"));
}

/// Adds `n` open follow-ups due on `due` to a contact, straight into the file (a thousand
/// `carnet fu add` would take seconds).
fn add_many_followups(env: &TestEnv, contact: i64, n: usize, due: &str) {
    env.sql(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n})
         INSERT INTO followups (contact_id, what, due, created_at, updated_at)
         SELECT {contact}, 'relancer ' || i, '{due}', '2026-09-01T00:00:00Z',
                '2026-09-01T00:00:00Z' FROM n;"
    ));
}

/// Beyond 1,000 items the text counts say "1000+": counting stops there, so `today` costs
/// the same on any address book. The JSON keeps exact totals.
#[test]
fn text_counts_stop_at_a_thousand_and_json_counts_all() {
    let env = TestEnv::new();
    let id = env.add("Frédéric Duval", &["--keep-in-touch", "1w"]);
    add_many_followups(&env, id, 1200, "2026-10-01");
    assert_eq!(env.ok(&["today", "--brief"]).stdout, "1000+ overdue\n");
    let text = env.ok(&["today"]).stdout;
    assert!(
        text.contains("… and 980+ more: carnet follow-up list --overdue"),
        "{text}"
    );
    let t = env.json(&["today"]);
    assert_eq!(t["counts"]["overdue"], 1200);
    assert_eq!(t["overdue"].as_array().unwrap().len(), 20);
    let r = env.run(&["fu", "ls", "--overdue"]);
    assert!(
        r.stderr
            .contains("Showing the first 100 of 1000+ follow-ups"),
        "{}",
        r.stderr
    );
    // A limit above the cap is counted past it.
    let r = env.run(&["fu", "ls", "--overdue", "--limit", "1100"]);
    assert!(
        r.stderr
            .contains("Showing the first 1100 of 1200 follow-ups"),
        "{}",
        r.stderr
    );
    let text = env.ok(&["today", "--limit", "1199"]).stdout;
    assert!(text.contains("… and 1 more: carnet"), "{text}");

    // The follow-ups of an archived contact are left out of the counts up to the cap too.
    let zoe = env.add("Zoë Tremblay", &[]);
    add_many_followups(&env, zoe, 950, "2026-10-02");
    assert_eq!(env.ok(&["today", "--brief"]).stdout, "1000+ overdue\n");
    env.ok(&["archive", "frederic"]);
    assert_eq!(env.ok(&["today", "--brief"]).stdout, "950 overdue\n");
    let text = env.ok(&["today"]).stdout;
    assert!(text.contains("… and 930 more: carnet"), "{text}");
    assert_eq!(env.json(&["today"])["counts"]["overdue"], 950);
}

#[test]
fn add_follow_up_creates_one_with_a_default_text() {
    let env = TestEnv::new();
    env.add("Frédéric", &["--follow-up", "vendredi: send the deck"]);
    env.add("Zoë", &["--follow-up", "dans 2 semaines"]);
    env.add(
        "Łukasz",
        &["--follow-up", "3d: '; DROP TABLE contacts; -- « ça va » 🎉"],
    );
    let l = env.json(&["fu", "ls"]);
    assert_eq!(l[1]["what"], "send the deck");
    assert_eq!(l[1]["due"], "2026-11-27");
    assert_eq!(l[1]["contact_name"], "Frédéric");
    assert_eq!(l[2]["what"], "Follow up");
    assert_eq!(l[2]["due"], "2026-12-06");
    assert_eq!(l[0]["what"], "'; DROP TABLE contacts; -- « ça va » 🎉");
    assert_eq!(env.count("contacts"), 3);
}

#[test]
fn follow_ups_about_an_event() {
    let env = TestEnv::new();
    let ev = event(&env, "Petit-déjeuner des vœux", "2026-12-03");
    let f = fu(
        &env,
        &[
            "Send the invitations",
            "--event",
            "petit-dej",
            "--due",
            "lundi",
        ],
    );
    assert_eq!(f["event_id"], ev);
    assert_eq!(f["contact_id"], Value::Null);
    assert_eq!(f["event_name"], "Petit-déjeuner des vœux");
    assert_eq!(f["event_date"], "2026-12-03");
    let r = env.ok(&["today"]);
    // The event is named once, above its follow-ups.
    assert!(
        r.stdout.contains(
            "  Petit-déjeuner des vœux · Thu 3 Dec\n    Mon 23 Nov  f1  Send the invitations\n"
        ),
        "{}",
        r.stdout
    );
    let r = env.fails(&["fu", "add", "Alone", "--due", "demain"], 1);
    assert!(
        r.stderr.contains("needs a contact or an event"),
        "{}",
        r.stderr
    );
    let r = env.fails(
        &["fu", "add", "X", "--event", "afterwork", "--due", "demain"],
        1,
    );
    assert!(
        r.stderr.contains("no event matches 'afterwork'"),
        "{}",
        r.stderr
    );
    // The last of contact and event cannot be removed.
    let r = env.fails(&["fu", "edit", "1", "--no-event"], 1);
    assert!(
        r.stderr.contains("needs a contact, an event"),
        "{}",
        r.stderr
    );
    assert_eq!(env.count("followups"), 1);
}

#[test]
fn list_filters() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.add("Marie", &[]);
    fu(&env, &["zoe", "late", "--due", "hier"]); // 1
    fu(&env, &["zoe", "now", "--due", "today"]); // 2
    fu(&env, &["marie", "soon", "--due", "3d"]); // 3
    fu(&env, &["marie", "later", "--due", "1m"]); // 4
    fu(&env, &["marie", "finished", "--due", "hier"]); // 5
    env.ok(&["fu", "done", "#5"]);
    let list = |args: &[&str]| {
        let mut a = vec!["fu", "list"];
        a.extend_from_slice(args);
        ints(&env.json(&a), "id")
    };
    assert_eq!(list(&[]), [1, 2, 3, 4]);
    assert_eq!(list(&["--overdue"]), [1]);
    assert_eq!(list(&["--today"]), [2]);
    assert_eq!(list(&["--upcoming", "7"]), [3]);
    assert_eq!(list(&["--done"]), [5]);
    assert_eq!(list(&["--all"]), [1, 2, 3, 4, 5]);
    assert_eq!(list(&["--contact", "marie"]), [3, 4]);
    assert_eq!(list(&["--contact", "marie", "--all"]), [3, 4, 5]);
    env.fails(&["fu", "list", "--overdue", "--done"], 2);
}

#[test]
fn done_snooze_edit_rm() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.add("Marie", &[]);
    fu(&env, &["zoe", "one", "--due", "hier"]);
    fu(&env, &["zoe", "two", "--due", "hier"]);

    // A wrong id among several: nothing is marked.
    let r = env.fails(&["fu", "done", "1", "99"], 1);
    assert!(
        r.stderr.contains("follow-up f99 does not exist"),
        "{}",
        r.stderr
    );
    assert_eq!(ints(&env.json(&["fu", "list", "--overdue"]), "id"), [1, 2]);
    env.fails(&["fu", "done", "one"], 1);

    env.ok(&["fu", "snooze", "1", "vendredi"]);
    assert_eq!(env.json(&["fu", "list"])[1]["due"], "2026-11-27");
    env.fails(&["fu", "snooze", "1", "whenever"], 1);

    let f = env.json(&[
        "fu",
        "edit",
        "2",
        "--what",
        "deux",
        "--due",
        "lundi",
        "--every",
        "2w",
        "--contact",
        "marie",
    ]);
    assert_eq!(f["what"], "deux");
    assert_eq!(f["due"], "2026-11-23");
    assert_eq!(f["every"], "2w");
    assert_eq!(f["contact_name"], "Marie");
    let f = env.json(&["fu", "edit", "2", "--once"]);
    assert_eq!(f["every"], Value::Null);
    env.fails(&["fu", "edit", "2"], 1);

    env.ok(&["fu", "done", "2"]);
    let r = env.fails(&["fu", "snooze", "2", "demain"], 1);
    assert!(r.stderr.contains("was done on Sun 22 Nov"), "{}", r.stderr);
    let r = env.fails(&["fu", "done", "2"], 1);
    assert!(r.stderr.contains("already done"), "{}", r.stderr);

    env.fails(&["fu", "rm", "1", "42"], 1);
    assert_eq!(env.count("followups"), 2);
    env.ok(&["fu", "rm", "1", "#2"]);
    assert_eq!(env.count("followups"), 0);
}

#[test]
fn deleting_a_contact_deletes_its_follow_ups() {
    let env = TestEnv::new();
    env.add("Zoë", &["--follow-up", "demain: call"]);
    env.ok(&["rm", "zoe", "--yes"]);
    assert_eq!(env.count("followups"), 0);
}

#[test]
fn brief_counts_in_one_line() {
    let env = TestEnv::new();
    env.add("A", &["--follow-up", "hier"]);
    env.add("B", &["--follow-up", "hier"]);
    env.add("C", &["--follow-up", "today"]);
    env.add("D", &["--follow-up", "demain"]);
    let r = env.ok(&["today", "--brief"]);
    assert_eq!(r.stdout, "2 overdue · 1 today\n");
}

#[test]
fn today_text() {
    let mut env = TestEnv::new();
    env.set_now("2026-10-01T09:00:00");
    let zoe = env.add(
        "Zoë Łukasz",
        &["--keep-in-touch", "1m", "--company", "Studio Z"],
    );
    env.add(
        "Frédéric Duval",
        &["--company", "Concours des vœux", "--birthday", "1986-11-29"],
    );
    env.add("安藤 Ando", &["--birthday", "24/11"]);
    env.set_now("2026-11-22T09:00:00");
    let ev = event(&env, "Petit-déjeuner", "2026-10-13");
    met(&env, zoe, "2026-10-13", Some(ev));
    fu(
        &env,
        &[
            "frederic",
            "Call about the sponsorship",
            "--due",
            "3 days ago",
        ],
    );
    fu(
        &env,
        &["Send the invitations", "--event", "petit", "--due", "today"],
    );
    fu(
        &env,
        &["zoe", "Send the deck", "--due", "vendredi", "--event", "#1"],
    );
    fu(&env, &["zoe", "Too far", "--due", "in 3 weeks"]);
    insta::assert_snapshot!("today_text", env.ok(&["today"]).stdout);
    let r = env.ok(&["today", "--days", "30"]);
    assert!(r.stdout.contains("Next 30 days"), "{}", r.stdout);
    assert!(r.stdout.contains("Too far"), "{}", r.stdout);
    insta::assert_snapshot!("follow_up_list", env.ok(&["fu", "list"]).stdout);
}

#[test]
fn follow_up_add_help_says_how_a_weekday_is_read() {
    let env = TestEnv::new();
    let r = env.ok(&["fu", "add", "--help"]);
    assert!(
        r.stdout.contains("next such day after today"),
        "{}",
        r.stdout
    );
}

#[test]
fn met_with_a_follow_up_plans_one_per_contact_at_the_event() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    env.add("Marie Côté", &[]);
    let ev = event(&env, "5 à 7 Montréal", "2026-11-20");
    env.ok(&[
        "met",
        "fred",
        "marie",
        "--at",
        "5 à 7",
        "--follow-up",
        "vendredi: envoyer le deck",
    ]);
    let fu = env.json(&["fu", "list"]);
    let fu = fu.as_array().unwrap();
    assert_eq!(fu.len(), 2);
    for f in fu {
        assert_eq!(f["due"], "2026-11-27");
        assert_eq!(f["what"], "envoyer le deck");
        assert_eq!(f["event_id"], ev);
    }
    // The encounter points to its follow-up, shown as it is now: its date, not the words.
    let fred = env.json(&["show", "fred"]);
    assert_eq!(
        fred["encounters"][0]["follow_up"],
        "2026-11-27: envoyer le deck"
    );
    assert_eq!(
        fred["encounters"][0]["followup_id"],
        fred["followups"][0]["id"]
    );
    // A follow-up spec with an unknown date writes nothing at all, not even the encounter.
    let r = env.fails(&["met", "fred", "--follow-up", "un jour: rappeler"], 1);
    assert!(r.stderr.contains("un jour"), "{}", r.stderr);
    assert_eq!(env.count("encounters"), 2);
    assert_eq!(env.count("followups"), 2);
}

#[test]
fn event_show_reports_follow_ups_open_overdue_and_done() {
    let mut env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    env.add("Marie Côté", &[]);
    event(&env, "Petit-déjeuner", "2026-11-20");
    env.ok(&[
        "met",
        "fred",
        "--at",
        "petit",
        "--follow-up",
        "demain: appeler",
    ]);
    env.ok(&[
        "met",
        "marie",
        "--at",
        "petit",
        "--follow-up",
        "dans 2 semaines: devis",
    ]);
    env.ok(&[
        "fu",
        "add",
        "Envoyer les photos",
        "--due",
        "demain",
        "--event",
        "petit",
    ]);
    env.set_now("2026-11-25T09:00:00");
    let first = env.json(&["fu", "list"])[0]["id"].as_i64().unwrap();
    env.ok(&["fu", "done", &first.to_string()]);
    let rep = env.json(&["event", "show", "petit"]);
    let states: Vec<(String, String)> = rep["followups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["what"].as_str().unwrap().to_owned(),
                f["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            ("Envoyer les photos".to_owned(), "overdue".to_owned()),
            ("devis".to_owned(), "open".to_owned()),
            ("appeler".to_owned(), "done".to_owned()),
        ]
    );
    let text = env.ok(&["event", "show", "petit"]).stdout;
    assert!(text.contains("Follow-ups: 3 (2 open, 1 done)"), "{text}");
}

#[test]
fn show_lists_a_contacts_open_follow_ups() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &["--follow-up", "demain: appeler"]);
    env.ok(&[
        "fu",
        "add",
        "fred",
        "Envoyer le devis",
        "--due",
        "vendredi",
        "--every",
        "1m",
    ]);
    env.ok(&["fu", "add", "fred", "Déjà fait", "--due", "hier"]);
    env.ok(&["fu", "done", "3"]);
    let shown = env.json(&["show", "fred"]);
    let whats: Vec<&str> = shown["followups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["what"].as_str().unwrap())
        .collect();
    assert_eq!(whats, ["appeler", "Envoyer le devis"]);
    let text = env.ok(&["show", "fred"]).stdout;
    assert!(
        text.contains(
            "Follow-ups\n  Mon 23 Nov  f1  appeler\n  Fri 27 Nov  f2  Envoyer le devis, every month\n"
        ),
        "{text}"
    );
}

#[test]
fn today_keeps_each_section_to_one_screen_and_counts_the_rest() {
    let mut env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    for i in 0..25 {
        env.ok(&[
            "fu",
            "add",
            "fred",
            &format!("Tâche {i:02}"),
            "--due",
            "hier",
        ]);
    }
    for i in 0..3 {
        env.add(&format!("Ami {i}"), &["--keep-in-touch", "2w"]);
    }
    env.set_now("2027-01-15T09:00:00");
    let t = env.json(&["today"]);
    assert_eq!(t["overdue"].as_array().unwrap().len(), 20);
    assert_eq!(t["overdue"][0]["what"], "Tâche 00");
    assert_eq!(t["counts"]["overdue"], 25);
    assert_eq!(t["counts"]["reconnect"], 3);
    let t = env.json(&["today", "--limit", "2"]);
    assert_eq!(t["reconnect"].as_array().unwrap().len(), 2);
    assert_eq!(t["counts"]["reconnect"], 3);
    let t = env.json(&["today", "--all"]);
    assert_eq!(t["overdue"].as_array().unwrap().len(), 25);
    let text = env.ok(&["today"]).stdout;
    assert!(
        text.contains("  … and 5 more: carnet follow-up list --overdue\n"),
        "{text}"
    );
    assert!(!text.contains("Tâche 20"), "{text}");
    assert_eq!(
        env.ok(&["today", "--brief"]).stdout,
        "25 overdue · 3 to reconnect\n"
    );
}

#[test]
fn follow_up_list_shows_the_first_100_and_says_how_many_more() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    for i in 0..103 {
        env.ok(&[
            "fu",
            "add",
            "fred",
            &format!("Tâche {i:03}"),
            "--due",
            "hier",
        ]);
    }
    let r = env.ok(&["fu", "list", "--overdue", "--json"]);
    assert_eq!(r.json().as_array().unwrap().len(), 100);
    assert!(
        r.stderr.contains("Showing the first 100 of 103 follow-ups"),
        "{}",
        r.stderr
    );
    assert_eq!(
        env.json(&["fu", "list", "--limit", "0"])
            .as_array()
            .unwrap()
            .len(),
        103
    );
    let r = env.ok(&["fu", "list", "--limit", "5"]);
    assert_eq!(r.stdout.lines().count(), 6, "{}", r.stdout);
    assert!(r.stdout.contains("Tâche 004") && !r.stdout.contains("Tâche 005"));
}
