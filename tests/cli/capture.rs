//! What a meeting captures, without questions: `met --new` in the one-line form, card
//! details that reach the contact, "new" as a fact of history, follow-ups referenced from
//! their encounter, events with times, and the migration of older databases.

use serde_json::Value;

use crate::common::{meet, TestEnv};

fn values(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|v| v["value"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_card_puts_its_email_and_phone_into_the_contact_and_its_removal_takes_them_out() {
    let env = TestEnv::new();
    let zoe = env
        .add("Zoë Tremblay", &["--email", "zoe@perso.example"])
        .to_string();
    let card = env.json(&[
        "card",
        "add",
        &zoe,
        "--company",
        "Atelier Zoë",
        "--email",
        "zoe@atelier.example",
        "--email",
        "ZOE@perso.example",
        "--phone",
        "+1 514 555 0142",
        "--url",
        "atelier.example",
        "--address",
        "12 rue Saint-Paul, Montréal",
    ]);
    let card_id = card["id"].as_i64().unwrap();
    let shown = env.json(&["show", &zoe]);
    // Her own first, then the card's, labelled with its company, without duplicates.
    assert_eq!(
        values(&shown["emails"]),
        ["zoe@perso.example", "zoe@atelier.example"]
    );
    assert!(shown["emails"][0].get("card_id").is_none());
    assert_eq!(shown["emails"][1]["label"], "Atelier Zoë");
    assert_eq!(shown["emails"][1]["card_id"], card_id);
    assert_eq!(values(&shown["phones"]), ["+1 514 555 0142"]);
    assert_eq!(values(&shown["links"]), ["https://atelier.example"]);
    assert_eq!(values(&shown["addresses"]), ["12 rue Saint-Paul, Montréal"]);
    let text = env.ok(&["show", &zoe]).stdout;
    assert!(text.contains("zoe@atelier.example (Atelier Zoë)"), "{text}");
    // Everywhere details are: the list, the vCard, the CSV, the search.
    let listed = env.json(&["list"]);
    assert_eq!(
        values(&listed[0]["emails"]),
        ["zoe@perso.example", "zoe@atelier.example"]
    );
    assert_eq!(values(&listed[0]["phones"]), ["+1 514 555 0142"]);
    let vcf = env.ok(&["export", "vcard"]).stdout;
    assert!(
        vcf.contains("EMAIL;TYPE=work:zoe@atelier.example\r\n"),
        "{vcf}"
    );
    assert!(vcf.contains("TEL;TYPE=work:+1 514 555 0142\r\n"), "{vcf}");
    assert!(
        vcf.contains("URL;TYPE=work:https://atelier.example\r\n"),
        "{vcf}"
    );
    assert!(
        vcf.contains("ADR;TYPE=work:;;12 rue Saint-Paul\\, Montréal;;;;\r\n"),
        "{vcf}"
    );
    let csv = env.ok(&["export", "csv"]).stdout;
    assert!(
        csv.contains("zoe@perso.example; zoe@atelier.example"),
        "{csv}"
    );
    assert!(csv.contains("12 rue Saint-Paul, Montréal"), "{csv}");
    let found = env.json(&["search", "atelier.example"]);
    assert_eq!(found[0]["name"], "Zoë Tremblay", "{found}");
    let found = env.json(&["search", "555 0142"]);
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");

    // The vCard coming back (a phone's sync) does not make the card's details her own.
    let out = env.path("back.vcf");
    std::fs::write(&out, &vcf).unwrap();
    env.ok(&["import", out.to_str().unwrap()]);
    let shown = env.json(&["show", &zoe]);
    assert_eq!(shown["emails"].as_array().unwrap().len(), 2, "{shown}");
    assert_eq!(shown["emails"][1]["card_id"], card_id);

    // The card removed takes out what only it carried.
    env.ok(&["card", "rm", &card_id.to_string()]);
    let shown = env.json(&["show", &zoe]);
    assert_eq!(values(&shown["emails"]), ["zoe@perso.example"]);
    assert!(shown["phones"].as_array().unwrap().is_empty());
    assert!(shown["links"].as_array().unwrap().is_empty());
    assert!(shown["addresses"].as_array().unwrap().is_empty());
    let vcf = env.ok(&["export", "vcard"]).stdout;
    assert!(!vcf.contains("zoe@atelier.example"), "{vcf}");
    assert!(!vcf.contains("TEL"), "{vcf}");
    assert!(env
        .json(&["search", "atelier.example"])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn met_new_creates_a_person_from_one_line_with_a_card_a_note_and_a_follow_up() {
    let env = TestEnv::new();
    let michel = env.add("Michel Roy", &[]);
    env.ok(&[
        "event",
        "add",
        "5 à 7 Montréal",
        "--on",
        "hier",
        "--kind",
        "afterwork",
    ]);
    let r = env.json(&[
        "met",
        "--new",
        "Karine Lavoie, Lavoie Stratégies, experte SEO, karine@lavoie.example, 514-555-0142 #seo, via Michel",
        "--card",
        "--at",
        "5 à 7",
        "--note",
        "Son nouveau site",
        "--follow-up",
        "vendredi: lui écrire pour un café",
    ]);
    assert_eq!(r[0]["created"], true);
    assert_eq!(r[0]["name"], "Karine Lavoie");
    assert_eq!(r[0]["date"], "2026-11-21");
    let k = env.json(&["show", "karine"]);
    assert_eq!(k["company"], "Lavoie Stratégies");
    assert_eq!(k["title"], "experte SEO");
    assert_eq!(k["introduced_by"], michel);
    assert_eq!(k["how_met"], "5 à 7 Montréal");
    assert_eq!(k["tags"], serde_json::json!(["seo"]));
    assert_eq!(
        k["cards"][0]["emails"],
        serde_json::json!(["karine@lavoie.example"])
    );
    assert_eq!(k["cards"][0]["received_on"], "2026-11-21");
    assert_eq!(values(&k["emails"]), ["karine@lavoie.example"]);
    assert_eq!(k["emails"][0]["label"], "Lavoie Stratégies");
    assert_eq!(k["encounters"][0]["note"], "Son nouveau site");
    assert_eq!(k["encounters"][0]["new_contact"], true);
    assert_eq!(k["followups"][0]["due"], "2026-11-27");
    assert_eq!(k["followups"][0]["what"], "lui écrire pour un café");

    // Without --card the details are her own; a known contact and a new one together.
    env.ok(&[
        "met",
        "karine",
        "--new",
        "Zoë, zoe@atelier.example",
        "--on",
        "hier",
    ]);
    let z = env.json(&["show", "zoe"]);
    assert_eq!(z["emails"][0]["value"], "zoe@atelier.example");
    assert!(z["emails"][0].get("card_id").is_none());
    assert!(z["cards"].as_array().unwrap().is_empty());
    assert_eq!(env.count("encounters"), 3);
}

#[test]
fn a_typo_never_creates_anyone_and_a_bad_line_writes_nothing() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    // A mistyped CONTACT is an error, never a new person.
    let r = env.fails(&["met", "Frederik Duvall"], 1);
    assert!(r.stderr.contains("Frederik Duvall"), "{}", r.stderr);
    // --new for someone already known is said, not duplicated.
    let r = env.fails(&["met", "--new", "frédéric duval, Acme"], 1);
    assert!(
        r.stderr.contains("#1 Frédéric Duval is already in carnet"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("carnet met '#1'"), "{}", r.stderr);
    for (line, said) in [
        ("Karine et Michel, Acme", "looks like two people"),
        (
            "Karine, karine @lavoie.example",
            "an email address with a space",
        ),
        (
            "karine@lavoie.example",
            "looks like an email address, not a name",
        ),
        ("Karine, via Personne", "no contact matches 'Personne'"),
    ] {
        let r = env.fails(&["met", "--new", line], 1);
        assert!(r.stderr.contains(said), "{line}: {}", r.stderr);
        assert!(
            r.stderr.contains(line) || said.contains("Personne"),
            "{}",
            r.stderr
        );
    }
    // --card only goes with --new.
    env.fails(&["met", "frederic", "--card"], 2);
    assert_eq!(env.count("contacts"), 1);
    assert_eq!(env.count("encounters"), 0);
}

#[test]
fn people_are_new_at_an_event_when_nobody_met_them_before() {
    let env = TestEnv::new();
    let ids: Vec<String> = ["Frédéric", "Marie", "André", "Zoë"]
        .iter()
        .map(|n| env.add(n, &[]).to_string())
        .collect();
    // Frédéric and Marie were met before; André was only added; Zoë is met for the first
    // time. A later meeting does not count.
    meet(&env, ids[0].parse().unwrap(), "2026-10-01", None);
    meet(&env, ids[1].parse().unwrap(), "2025-03-12", None);
    meet(&env, ids[3].parse().unwrap(), "2026-11-30", None);
    env.ok(&["event", "add", "Petit-déjeuner BNI", "--on", "2026-11-20"]);
    let mut args = vec!["met"];
    args.extend(ids.iter().map(String::as_str));
    args.extend(["--at", "BNI"]);
    env.ok(&args);
    let ev = env.json(&["event", "show", "BNI"]);
    assert_eq!(ev["attendees"], 4);
    assert_eq!(ev["new_contacts"], 2);
    assert_eq!(ev["known_contacts"], 2);
    let new: Vec<&str> = ev["people"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["new_contact"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(new, ["André", "Zoë"]);
    let text = env.ok(&["event", "show", "BNI"]).stdout;
    assert!(text.contains("(2 new, 2 already known)"), "{text}");
    // On each contact, the encounter says the same.
    let f = env.json(&["show", &ids[0]]);
    assert_eq!(f["encounters"][0]["new_contact"], false);
    assert_eq!(f["encounters"][1]["new_contact"], true);
}

#[test]
fn an_encounter_shows_its_follow_up_as_it_is_now() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.ok(&[
        "met",
        "zoe",
        "--on",
        "hier",
        "--follow-up",
        "samedi: aller visiter la boutique",
    ]);
    let z = env.json(&["show", "zoe"]);
    let id = z["followups"][0]["id"].as_i64().unwrap().to_string();
    assert_eq!(
        z["encounters"][0]["follow_up"],
        "2026-11-28: aller visiter la boutique"
    );
    env.ok(&["fu", "snooze", &id, "15 décembre"]);
    env.ok(&[
        "fu",
        "edit",
        &id,
        "--what",
        "visiter la boutique avec Marie",
    ]);
    let z = env.json(&["show", "zoe"]);
    let f = &z["encounters"][0]["followup"];
    assert_eq!(f["due"], "2026-12-15");
    assert_eq!(f["what"], "visiter la boutique avec Marie");
    assert_eq!(f["done_on"], Value::Null);
    let text = env.ok(&["show", "zoe"]).stdout;
    assert!(
        text.contains("follow up: Tue 15 Dec: visiter la boutique avec Marie"),
        "{text}"
    );
    assert!(!text.contains("samedi"), "{text}");
    env.ok(&["fu", "done", &id]);
    let z = env.json(&["show", "zoe"]);
    assert_eq!(z["encounters"][0]["followup"]["done_on"], "2026-11-22");
    assert_eq!(
        z["encounters"][0]["follow_up"],
        "2026-12-15: visiter la boutique avec Marie; done 2026-11-22"
    );
    // Removed, the follow-up leaves the encounter, which stays.
    env.ok(&["fu", "rm", &id]);
    let z = env.json(&["show", "zoe"]);
    assert_eq!(z["encounters"][0]["follow_up"], Value::Null);
    assert_eq!(z["encounters"][0]["followup_id"], Value::Null);
    assert_eq!(z["encounters"].as_array().unwrap().len(), 1);
}

#[test]
fn events_take_a_start_and_an_end_and_the_calendar_writes_them() {
    let env = TestEnv::new();
    let e = env.json(&[
        "event",
        "add",
        "5 à 7",
        "--on",
        "jeudi 17h30",
        "--until",
        "19h30",
    ]);
    assert_eq!(
        (e["date"].as_str(), e["start_time"].as_str()),
        (Some("2026-11-26"), Some("17:30"))
    );
    assert_eq!(e["end_time"], "19:30");
    let e = env.json(&[
        "event",
        "add",
        "Conférence",
        "--on",
        "2026-12-03 17:30",
        "--for",
        "2h",
    ]);
    assert_eq!(e["end_time"], "19:30");
    let e = env.json(&["event", "add", "Soirée", "--on", "3 déc 22h-1h"]);
    assert_eq!(
        (e["start_time"].as_str(), e["end_time"].as_str()),
        (Some("22:00"), Some("01:00"))
    );
    let e = env.json(&["event", "add", "Journée", "--on", "2026-12-04"]);
    assert_eq!(e["start_time"], Value::Null);
    let ics = env.ok(&["export", "ics"]).stdout;
    assert!(
        ics.contains("DTSTART:20261126T173000\r\nDTEND:20261126T193000\r\n"),
        "{ics}"
    );
    assert!(
        ics.contains("DTSTART:20261203T220000\r\nDTEND:20261204T010000\r\n"),
        "{ics}"
    );
    assert!(ics.contains("DTSTART;VALUE=DATE:20261204\r\n"), "{ics}");
    assert!(!ics.contains("TZID"), "floating local times: {ics}");
    let text = env.ok(&["event", "show", "5 a 7"]).stdout;
    assert!(
        text.contains("Thursday 26 November 2026 17:30–19:30"),
        "{text}"
    );

    // An end needs a start; a bad time names it.
    let r = env.fails(&["event", "add", "X", "--on", "jeudi", "--until", "19h"], 1);
    assert!(
        r.stderr.contains("an end time needs a start time"),
        "{}",
        r.stderr
    );
    let r = env.fails(
        &["event", "add", "X", "--on", "jeudi 17h", "--until", "25h"],
        1,
    );
    assert!(r.stderr.contains("'25h'"), "{}", r.stderr);
    let r = env.fails(
        &["event", "add", "X", "--on", "jeudi 17h", "--for", "2 jours"],
        1,
    );
    assert!(r.stderr.contains("'2 jours'"), "{}", r.stderr);
    env.fails(&["event", "add", "X", "--until", "19h", "--for", "2h"], 2);
    assert_eq!(env.count("events"), 4);

    // Edited: a new start keeps the end; an end alone counts from the start; all day.
    let e = env.json(&["event", "edit", "5 à 7", "--on", "jeudi 18h"]);
    assert_eq!(
        (e["start_time"].as_str(), e["end_time"].as_str()),
        (Some("18:00"), Some("19:30"))
    );
    let e = env.json(&["event", "edit", "5 à 7", "--for", "3h"]);
    assert_eq!(e["end_time"], "21:00");
    let e = env.json(&["event", "edit", "5 à 7", "--until", "20h"]);
    assert_eq!(e["end_time"], "20:00");
    let e = env.json(&["event", "edit", "5 à 7", "--on", "2026-11-27"]);
    assert_eq!(
        (e["date"].as_str(), e["start_time"].as_str()),
        (Some("2026-11-27"), Some("18:00"))
    );
    let e = env.json(&["event", "edit", "5 à 7", "--all-day"]);
    assert_eq!(
        (e["start_time"].clone(), e["end_time"].clone()),
        (Value::Null, Value::Null)
    );
    let r = env.fails(&["event", "edit", "5 à 7", "--until", "20h"], 1);
    assert!(
        r.stderr.contains("an end time needs a start time"),
        "{}",
        r.stderr
    );
}

/// A database of schema 8 (before this work), with encounters holding follow-up words.
fn schema_8(env: &TestEnv) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    carnet::store::register_functions(&conn).unwrap();
    for sql in &carnet::store::MIGRATIONS[..8] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 8).unwrap();
    conn.execute_batch(
        "INSERT INTO contacts (id, name, name_folded, created_at, updated_at)
             VALUES (1, 'Zoë', 'zoe', '2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z'),
                    (2, 'Marie', 'marie', '2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z');
         INSERT INTO events (id, name, name_folded, date, created_at, updated_at)
             VALUES (1, '5 à 7', '5 a 7', '2026-11-20', '2026-11-20T22:00:00Z', '2026-11-20T22:00:00Z');
         INSERT INTO followups (id, contact_id, event_id, what, due, created_at, updated_at)
             VALUES (7, 1, 1, 'Follow up', '2026-11-21', '2026-11-20T22:00:00Z', '2026-11-20T22:00:00Z'),
                    (8, 1, 1, 'aller visiter la boutique', '2026-11-28', '2026-11-20T22:00:00Z', '2026-11-20T22:00:00Z');
         INSERT INTO encounters (id, contact_id, event_id, date, how, note, follow_up, new_contact, created_at)
             VALUES (1, 1, 1, '2026-11-20', 'event', 'La boutique', 'samedi: aller visiter la boutique', 1, '2026-11-20T22:00:00Z'),
                    (2, 2, 1, '2026-11-20', 'event', NULL, 'un jour: la rappeler', 1, '2026-11-20T22:05:00Z'),
                    (3, 2, NULL, '2026-11-10', 'coffee', 'Café', 'lundi', 0, '2026-11-10T10:00:00Z');
         INSERT INTO cards (id, contact_id, company, emails, phones, received_on, created_at)
             VALUES (1, 1, 'Atelier', '[\"zoe@atelier.example\"]', '[]', '2026-11-20', '2026-11-20T22:00:00Z');",
    )
    .unwrap();
}

#[test]
fn an_older_database_links_its_follow_up_words_or_keeps_them_in_the_note() {
    let env = TestEnv::new();
    schema_8(&env);
    let z = env.json(&["show", "#1"]);
    let enc = &z["encounters"][0];
    // Linked to the follow-up written with it (the one whose text is the words'), and its
    // words no longer kept.
    assert_eq!(enc["followup_id"], 8);
    assert_eq!(enc["follow_up"], "2026-11-28: aller visiter la boutique");
    assert_eq!(enc["note"], "La boutique");
    // A card from before has its details on the contact, found by search.
    assert_eq!(values(&z["emails"]), ["zoe@atelier.example"]);
    assert_eq!(env.json(&["search", "zoe@atelier"])[0]["name"], "Zoë");
    // No follow-up to point to: the words join the note, nothing lost.
    let m = env.json(&["show", "#2"]);
    assert_eq!(m["encounters"][0]["followup_id"], Value::Null);
    assert_eq!(m["encounters"][0]["note"], "→ un jour: la rappeler");
    assert_eq!(m["encounters"][1]["note"], "Café\n→ lundi");
    // Marie was met before the event: known there; Zoë new.
    let ev = env.json(&["event", "show", "#1"]);
    assert_eq!(
        (ev["new_contacts"].as_i64(), ev["known_contacts"].as_i64()),
        (Some(1), Some(1))
    );
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let words: i64 = conn
        .query_row(
            "SELECT count(*) FROM encounters WHERE follow_up IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(words, 0);
    // (The fixture's rows were written without carnet's name and search indexes.)
    env.ok(&["check", "--repair"]);
    env.ok(&["check"]);
}
