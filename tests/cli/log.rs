//! `carnet log` through a pseudo-terminal, as a person would type it.
//!
//! Every answer waits for its prompt before being sent. carnet keeps the terminal out of
//! line mode for the whole session, so even keys that arrive before dialoguer reads them
//! are queued for the next prompt, never echoed or turned into signals: no sleeps needed.

use crate::common::{names, TestEnv};
use crate::pty::{Pty, CTRL_C, CTRL_D, DOWN, ENTER};

/// The first questions about a new person: name, company, title, email, phone.
fn new_person(p: &mut Pty, [name, company, title, email, phone]: [&str; 5]) {
    p.answer("Name (Enter to finish)", name);
    p.answer("Company", company);
    p.answer("Activity / title", title);
    p.answer("Email", email);
    p.answer("Phone", phone);
}

/// The questions of one card: company, title, email, phone, website.
fn card(p: &mut Pty, [company, title, email, phone, website]: [&str; 5]) {
    p.answer("Card company", company);
    p.answer("Card title / activity", title);
    p.answer("Card email", email);
    p.answer("Card phone", phone);
    p.answer("Card website", website);
}

/// One new person, no card, nothing else.
fn new_person_no_card(p: &mut Pty, name: &str, company: &str) {
    new_person(p, [name, company, "", "", ""]);
    p.keys("Did they give you a card?", "n");
    p.answer("What did you talk about?", "");
    p.answer("Follow up when?", "");
    p.answer("Tags", "");
}

#[test]
fn a_whole_session_with_accents_two_cards_and_a_known_contact() {
    let env = TestEnv::new();
    let marie = env.add("Marie Côté", &["--company", "Musée McCord"]);
    env.ok(&["event", "add", "Vernissage au Musée", "--kind", "other"]);

    let mut p = Pty::spawn(&env, &["log"]);
    // Step 1: the recent event is offered first; a new one is created instead.
    p.wait("Which event?");
    p.keys("New event…", &format!("{DOWN}{ENTER}"));
    p.answer("Event name", "Café des entrepreneurs");
    p.answer("Date", "hier");
    p.answer("Venue", "Québec");
    // other → breakfast (wraps) is one key down.
    p.keys("Kind", &format!("{DOWN}{ENTER}"));
    p.wait("Created event #2 Café des entrepreneurs (21 November 2026)");

    // A new person with an accented name and two cards.
    p.answer("Name (Enter to finish)", "Frédérique Lévesque-Ørsted");
    p.answer("Company", "Boulangerie Éphémère");
    p.answer("Activity / title", "Boulangère");
    p.answer("Email", "not-an-email");
    p.wait("invalid email address 'not-an-email'");
    p.answer("Email", "fred@ephemere.example");
    p.answer("Phone", "+1 418 555 0142");
    p.keys("Did they give you a card?", "y");
    // The first card is prefilled with what was just typed: Enter keeps it.
    p.answer("Card company [Boulangerie Éphémère]", "");
    p.answer("Card title / activity [Boulangère]", "");
    p.answer("Card email [fred@ephemere.example]", "");
    p.answer("Card phone [+1 418 555 0142]", "");
    p.answer("Card website", "ephemere.example");
    p.keys("Another card?", "y");
    card(
        &mut p,
        [
            "Chorale Saint-Roch",
            "Cheffe de chœur",
            "choeur@saint-roch.example",
            "",
            "",
        ],
    );
    p.keys("Another card?", "n");
    p.answer("What did you talk about?", "Pain au levain pour le 5 à 7");
    p.answer("Follow up when?", "demain");
    p.answer("What to do?", "Envoyer le devis");
    p.answer("Tags", "boulangerie, québec");
    p.wait("Saved #2 Frédérique Lévesque-Ørsted (new contact), 2 cards");

    // Marie, already known: typed without accents, offered as the existing contact.
    p.answer("Name (Enter to finish)", "marie cote");
    p.wait("existing #1 Marie Côté (Musée McCord)");
    p.keys("new contact: marie cote", ENTER);
    p.keys("Did they give you a card?", ENTER);
    p.answer("What did you talk about?", "Son exposition de printemps");
    p.answer("Follow up when?", "");
    p.answer("Tags", "");
    p.wait("Saved #1 Marie Côté (already known)");

    p.answer("Name (Enter to finish)", "");
    p.wait("Session: 2 people");
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");

    let fred = env.json(&["show", "frederique"]);
    assert_eq!(fred["name"], "Frédérique Lévesque-Ørsted");
    assert_eq!(fred["company"], "Boulangerie Éphémère");
    assert_eq!(fred["emails"][0]["value"], "fred@ephemere.example");
    assert_eq!(fred["tags"], serde_json::json!(["boulangerie", "québec"]));
    assert_eq!(fred["last_seen"], "2026-11-21");
    let cards = fred["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 2);
    assert_eq!(cards[0]["company"], "Boulangerie Éphémère");
    assert_eq!(cards[0]["website"], "https://ephemere.example");
    assert_eq!(cards[0]["phones"], serde_json::json!(["+1 418 555 0142"]));
    assert_eq!(cards[1]["title"], "Cheffe de chœur");
    assert_eq!(
        cards[1]["emails"],
        serde_json::json!(["choeur@saint-roch.example"])
    );
    assert_eq!(cards[1]["event_id"], 2);
    let enc = &fred["encounters"][0];
    assert_eq!(enc["event_name"], "Café des entrepreneurs");
    assert_eq!(enc["note"], "Pain au levain pour le 5 à 7");
    assert_eq!(enc["follow_up"], "demain: Envoyer le devis");
    assert_eq!(enc["new_contact"], true);
    // The answer became a real follow-up, due tomorrow, for the contact and the event.
    let fu = env.json(&["follow-up", "list"]);
    assert_eq!(fu.as_array().unwrap().len(), 1, "{fu}");
    assert_eq!(fu[0]["what"], "Envoyer le devis");
    assert_eq!(fu[0]["due"], "2026-11-23");
    assert_eq!(fu[0]["contact_id"], fred["id"]);
    assert_eq!(fu[0]["event_name"], "Café des entrepreneurs");

    let m = env.json(&["show", &format!("#{marie}")]);
    assert_eq!(m["encounters"].as_array().unwrap().len(), 1);
    assert_eq!(m["encounters"][0]["new_contact"], false);
    assert_eq!(m["cards"].as_array().unwrap().len(), 0);
    assert_eq!(env.count("contacts"), 2, "Marie was not duplicated");

    let ev = env.json(&["event", "show", "cafe"]);
    assert_eq!(ev["kind"], "breakfast");
    assert_eq!(ev["venue"], "Québec");
    assert_eq!(ev["attendees"], 2);
    assert_eq!(ev["new_contacts"], 1);
    assert_eq!(ev["known_contacts"], 1);
}

/// A session at a 5 à 7 with two people saved, waiting for the third.
fn two_saved_at_a_5_a_7(env: &TestEnv) -> Pty {
    env.ok(&["event", "add", "5 à 7 Montréal", "--kind", "afterwork"]);
    let mut p = Pty::spawn(env, &["log", "montreal"]);
    new_person_no_card(&mut p, "Zoë Tremblay", "Fablab");
    p.wait("Saved #1 Zoë Tremblay");
    new_person_no_card(&mut p, "Łukasz Nowak", "Brasserie");
    p.wait("Saved #2 Łukasz Nowak");
    p
}

#[test]
fn interrupting_during_the_third_person_keeps_the_first_two() {
    let env = TestEnv::new();
    let mut p = two_saved_at_a_5_a_7(&env);
    p.answer("Name (Enter to finish)", "André Roy");
    p.answer("Company", "Studio Roy");
    p.keys("Activity / title", CTRL_C);
    p.wait("Interrupted: André Roy was not saved; the 2 people before are saved.");
    let (code, transcript) = p.finish();
    assert_eq!(code, 130, "{transcript}");
    // The cursor is shown again after the interruption.
    assert!(transcript.contains("\x1b[?25h"), "{transcript:?}");

    let listed = env.json(&["list", "--met-at", "montreal"]);
    assert_eq!(names(&listed), ["Łukasz Nowak", "Zoë Tremblay"]);
    assert_eq!(env.count("contacts"), 2);
    assert_eq!(env.count("encounters"), 2);
}

#[test]
fn end_of_input_during_the_third_person_keeps_the_first_two() {
    let env = TestEnv::new();
    let mut p = two_saved_at_a_5_a_7(&env);
    p.answer("Name (Enter to finish)", "André Roy");
    // Ctrl-D on an empty answer is the end of input.
    p.keys("Company", CTRL_D);
    p.wait("Interrupted: André Roy was not saved; the 2 people before are saved.");
    let (code, _) = p.finish();
    assert_eq!(code, 130);
    assert_eq!(env.count("contacts"), 2);
    assert_eq!(env.count("encounters"), 2);
}

#[test]
fn interrupting_at_a_yes_no_question_drops_only_that_person() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Meetup Rust", "--kind", "meetup"]);
    let mut p = Pty::spawn(&env, &["log", "#1"]);
    new_person_no_card(&mut p, "Zoë", "");
    p.wait("Saved #1 Zoë");
    new_person(&mut p, ["安藤 Ando", "", "", "", ""]);
    p.keys("Did they give you a card?", CTRL_C);
    p.wait("Interrupted: 安藤 Ando was not saved; the 1 person before is saved.");
    let (code, _) = p.finish();
    assert_eq!(code, 130);
    assert_eq!(env.count("contacts"), 1);
}

#[test]
fn end_of_input_at_a_yes_no_question_drops_only_that_person() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Meetup Rust", "--kind", "meetup"]);
    let mut p = Pty::spawn(&env, &["log", "#1"]);
    new_person(&mut p, ["Zoë", "", "", "", ""]);
    p.keys("Did they give you a card?", CTRL_D);
    p.wait("Interrupted: Zoë was not saved");
    let (code, _) = p.finish();
    assert_eq!(code, 130);
    assert_eq!(env.count("contacts"), 0);
}

/// The acceptance scenario: the evening of a Montréal 5 à 7.
#[test]
fn acceptance_a_montreal_5_a_7() {
    let env = TestEnv::new();
    let known = env.add("Frédéric Duval", &["--company", "Concours des vœux"]);

    let mut p = Pty::spawn(&env, &["log"]);
    // No event yet: the session starts by creating one.
    p.answer("Event name", "5 à 7 Montréal");
    p.answer("Date", "");
    p.answer("Venue", "Bar Le Mal Nécessaire");
    p.keys("Kind", &format!("{DOWN}{DOWN}{ENTER}"));
    p.wait("Created event #1 5 à 7 Montréal (22 November 2026)");

    // Geneviève hands out three cards, one per activity.
    new_person(
        &mut p,
        [
            "Geneviève Gagnon",
            "Atelier Gagnon",
            "Céramiste",
            "gen@atelier.example",
            "",
        ],
    );
    p.keys("Did they give you a card?", "y");
    card(&mut p, ["", "", "", "", ""]);
    for (company, title) in [
        ("École des métiers d'art", "Formatrice"),
        ("Coop Les Potières", "Présidente"),
    ] {
        p.keys("Another card?", "y");
        card(&mut p, [company, title, "", "", ""]);
    }
    p.keys("Another card?", "n");
    p.answer("What did you talk about?", "Une expo commune au printemps");
    p.answer("Follow up when?", "next week");
    p.answer("What to do?", "Envoyer le dossier");
    p.answer("Tags", "céramique");
    p.wait("Saved #2 Geneviève Gagnon (new contact), 3 cards");

    new_person_no_card(&mut p, "Jean-Éric O'Brien", "Brasserie Dieu du Ciel");
    p.wait("Saved #3 Jean-Éric O'Brien");
    new_person_no_card(&mut p, "Zoë Lachance", "");
    p.wait("Saved #4 Zoë Lachance");

    // Frédéric, already known.
    p.answer("Name (Enter to finish)", "Frederic");
    p.keys("existing #1 Frédéric Duval", ENTER);
    p.keys("Did they give you a card?", "n");
    p.answer("What did you talk about?", "");
    p.answer("Follow up when?", "");
    p.answer("Tags", "");
    p.wait("Saved #1 Frédéric Duval (already known)");
    p.answer("Name (Enter to finish)", "");
    p.wait("Session: 4 people");
    let (code, transcript) = p.finish();
    assert_eq!(code, 0, "{transcript}");

    let ev = env.json(&["event", "show", "5 a 7"]);
    assert_eq!(ev["name"], "5 à 7 Montréal");
    assert_eq!(ev["date"], "2026-11-22");
    assert_eq!(ev["kind"], "afterwork");
    assert_eq!(ev["attendees"], 4);
    assert_eq!(ev["new_contacts"], 3);
    assert_eq!(ev["known_contacts"], 1);
    let people = ev["people"].as_array().unwrap();
    assert_eq!(people.len(), 4);
    let new: Vec<&str> = people
        .iter()
        .filter(|p| p["new_contact"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        new,
        ["Geneviève Gagnon", "Jean-Éric O'Brien", "Zoë Lachance"]
    );
    let fred = people.iter().find(|p| p["contact_id"] == known).unwrap();
    assert_eq!(fred["new_contact"], false);
    let gen = people
        .iter()
        .find(|p| p["name"] == "Geneviève Gagnon")
        .unwrap();
    assert_eq!(gen["cards"], 3);
    assert_eq!(gen["follow_up"], "next week: Envoyer le dossier");
    let followups = ev["followups"].as_array().unwrap();
    assert_eq!(followups.len(), 1, "{followups:?}");
    assert_eq!(followups[0]["what"], "Envoyer le dossier");
    assert_eq!(followups[0]["contact_name"], "Geneviève Gagnon");
    assert_eq!(followups[0]["state"], "open");
    let cards = ev["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 3);
    assert!(cards
        .iter()
        .all(|c| c["contact_name"] == "Geneviève Gagnon"));
    let companies: Vec<&str> = cards
        .iter()
        .map(|c| c["company"].as_str().unwrap())
        .collect();
    assert_eq!(
        companies,
        [
            "Atelier Gagnon",
            "École des métiers d'art",
            "Coop Les Potières"
        ]
    );

    assert_eq!(env.count("events"), 1);
    assert_eq!(env.count("contacts"), 4);
    assert_eq!(env.count("encounters"), 4);
    assert_eq!(env.count("cards"), 3);
    let met = env.json(&["list", "--met-at", "montreal"]);
    assert_eq!(met.as_array().unwrap().len(), 4);
}

#[test]
fn log_without_a_terminal_fails_with_a_hint_and_writes_nothing() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "5 à 7"]);
    for args in [vec!["log"], vec!["log", "5 à 7"], vec!["log", "--no-input"]] {
        let r = env.fails(&args, 1);
        assert!(r.stderr.contains("needs a terminal"), "{}", r.stderr);
        for hint in ["carnet met", "carnet add", "carnet card add"] {
            assert!(r.stderr.contains(hint), "{hint} missing: {}", r.stderr);
        }
    }
    assert_eq!(env.count("events"), 1);
    assert_eq!(env.count("contacts"), 0);
    assert_eq!(env.count("encounters"), 0);
}
