//! `carnet log` through a pseudo-terminal, as a person would type it, counting the
//! questions a person answers.
//!
//! Every answer waits for its prompt before being sent. carnet keeps the terminal out of
//! line mode for the whole session, so even keys that arrive before it reads them are
//! queued for the next prompt, never echoed or turned into signals: no sleeps needed.
//!
//! A person's questions are counted by `Session::ask`: after the last answer the test
//! waits for the confirmation and the next name question, so a question more than counted
//! would never be answered and the test would fail.

use serde_json::Value;

use crate::common::{ints, meet, names, TestEnv};
use crate::pty::{Pty, CTRL_C, CTRL_D, DOWN, ENTER};

const PERSON: &str = "Person (Enter alone: finish)";
const CARD: &str = "Were these details on their card? [y/N]";
const ANOTHER_CARD: &str = "Another card?";
const NOTE: &str = "What did you talk about with";
const FOLLOW_UP: &str = "Follow up? (when: what";

/// A log session and the questions answered so far.
struct Session {
    p: Pty,
    asked: usize,
}

impl Session {
    fn start(env: &TestEnv, args: &[&str]) -> Session {
        Session {
            p: Pty::spawn(env, args),
            asked: 0,
        }
    }

    /// Waits for `prompt` and answers it: one question.
    fn ask(&mut self, prompt: &str, answer: &str) {
        self.p.answer(prompt, answer);
        self.asked += 1;
    }

    /// Enters one person: their line, then `answers` to the questions in order; waits for
    /// them to be saved and returns how many questions they took.
    fn person(&mut self, line: &str, answers: &[(&str, &str)], saved: &str) -> usize {
        let before = self.asked;
        self.ask(PERSON, line);
        for (prompt, answer) in answers {
            self.ask(prompt, answer);
        }
        self.p.wait(saved);
        self.asked - before
    }

    fn end(mut self) -> (i32, String) {
        self.p.answer(PERSON, "");
        self.p.finish()
    }
}

/// The contact named `name` in a `list --json`, then its `show --json`.
fn show(env: &TestEnv, name: &str) -> Value {
    let listed = env.json(&["list"]);
    let found: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["name"] == name)
        .collect();
    assert_eq!(found.len(), 1, "{name} in {listed}");
    env.json(&["show", &format!("#{}", found[0]["id"])])
}

fn values(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_str().unwrap().to_owned())
        .collect()
}

/// The acceptance scenario: the evening of a Montréal 5 à 7, eleven people, among them a
/// man with three cards, with the number of questions each took.
#[test]
fn acceptance_the_montreal_evening_with_its_question_counts() {
    let env = TestEnv::new();
    let fred = env.add("Frédéric Duval", &["--company", "Concours des vœux"]);
    let marie = env.add("Marie Côté", &["--company", "Musée McCord"]);
    let pl = env.add("Pierre-Luc Gagnon", &[]);
    // Marie and Pierre-Luc were met before; Frédéric was only added.
    meet(&env, marie, "2026-10-02", None);
    meet(&env, pl, "2026-09-15", None);

    let mut s = Session::start(&env, &["log", "5 à 7 Montréal"]);
    // Not recorded yet: offered, created with its times.
    s.p.answer("Create the event '5 à 7 Montréal'? [Y/n]", "");
    s.p.answer("Day and time", "hier 17h30-19h30");
    s.p.answer("Venue", "Bar Le Mal Nécessaire");
    s.p.keys("Kind", &format!("{DOWN}{DOWN}{ENTER}"));
    s.p.wait("Created event e1 5 à 7 Montréal (Sat 21 Nov 17:30–19:30).");

    let counts = [
    // 1. New, details from a card, a note and a follow-up: five questions.
    s.person(
        "Karine Lavoie, Lavoie Stratégies, experte SEO, karine@lavoie.example, 514-555-0142 #seo",
        &[
            (CARD, "y"),
            (ANOTHER_CARD, ""),
            (NOTE, "Son nouveau site"),
            (FOLLOW_UP, "vendredi: lui écrire pour un café"),
        ],
        "✓ Saved #4 Karine Lavoie (new contact), 1 card, follow-up Fri 27 Nov: lui écrire pour un café",
    ),
    // 2. The man with three cards, one per activity: his phone typed once.
    s.person(
        "Marc-André Tremblay, Atelier MAT, ébéniste, 514-555-0177, marc@mat.example, mat.example",
        &[
            (CARD, "y"),
            (
                ANOTHER_CARD,
                "École des métiers, formateur, cours@ecole.example",
            ),
            (ANOTHER_CARD, "Coop Bois Franc, président"),
            (ANOTHER_CARD, ""),
            (NOTE, "Une table pour le bureau"),
            (FOLLOW_UP, "dans deux semaines: demander un devis"),
        ],
        "✓ Saved #5 Marc-André Tremblay (new contact), 3 cards",
    ),
    // 3. Known, by a name matching only him: three questions.
    s.person(
        "Frédéric",
        &[
            (NOTE, "Le parrainage du printemps"),
            (FOLLOW_UP, "lundi: envoyer le dossier"),
        ],
        "✓ Saved #1 Frédéric Duval (first meeting), follow-up Mon 23 Nov: envoyer le dossier",
    ),
    s.person(
        "marie cote",
        &[(NOTE, "Son exposition"), (FOLLOW_UP, "")],
        "✓ Saved #2 Marie Côté (already known)",
    ),
    // A name and nothing else, then details without a card.
    s.person(
        "Zoë Lachance",
        &[(NOTE, ""), (FOLLOW_UP, "")],
        "✓ Saved #6 Zoë Lachance (new contact)",
    ),
    s.person(
        "Jean-Éric O'Brien, Brasserie Dieu du Ciel, brasseur, jeo@dieuduciel.example",
        &[(CARD, "n"), (NOTE, "La bière de Noël"), (FOLLOW_UP, "")],
        "✓ Saved #7 Jean-Éric O'Brien (new contact)",
    ),
    s.person(
        "安藤 Hiro, +81 3 1234 5678 #japon",
        &[(CARD, ""), (NOTE, ""), (FOLLOW_UP, "le 15: écrire")],
        "✓ Saved #8 安藤 Hiro (new contact), follow-up Tue 15 Dec: écrire",
    ),
    s.person(
        "Łukasz Nowak, Brasserie Nowak, via Frédéric #brasseur",
        &[(CARD, "n"), (NOTE, ""), (FOLLOW_UP, "")],
        "✓ Saved #9 Łukasz Nowak (new contact)",
    ),
    s.person(
        "Amélie Roy, Studio Roy, designer, amelie@roy.example",
        &[
            (CARD, "o"),
            (ANOTHER_CARD, ""),
            (NOTE, "Un logo"),
            (FOLLOW_UP, "fin du mois: relancer"),
        ],
        "✓ Saved #10 Amélie Roy (new contact), 1 card, follow-up Mon 30 Nov: relancer",
    ),
    s.person(
        "Pierre-Luc",
        &[(NOTE, "Toujours au Musée"), (FOLLOW_UP, "")],
        "✓ Saved #3 Pierre-Luc Gagnon (already known)",
    ),
    s.person(
        "'; DROP TABLE contacts; --, Bobby Tables Inc.",
        &[(CARD, ""), (NOTE, ""), (FOLLOW_UP, "")],
        "(new contact)",
    ),
    ];
    s.p.answer(PERSON, "");
    s.p.wait("Session: 11 people");
    s.p.wait("FOLLOW-UP");
    let (code, transcript) = s.p.finish();
    assert_eq!(code, 0, "{transcript}");
    assert_eq!(counts, [5, 7, 3, 3, 3, 4, 4, 4, 5, 3, 4], "{transcript}");
    // The summary shows resolved dates, not the words typed, under a header for every
    // column.
    let summary = &transcript[transcript.rfind("Session: 11 people").unwrap()..];
    assert!(
        summary.contains("Fri 27 Nov: lui écrire pour un café"),
        "{summary}"
    );
    assert!(
        summary.contains("Sun 6 Dec: demander un devis"),
        "{summary}"
    );
    assert!(!summary.contains("vendredi"), "{summary}");
    for column in ["ID", "NAME", "NEW", "CARDS", "FOLLOW-UP"] {
        assert!(summary.contains(column), "{column}: {summary}");
    }

    // The event: 11 met, 3 of them met before.
    let ev = env.json(&["event", "show", "#1"]);
    assert_eq!(ev["date"], "2026-11-21");
    assert_eq!(ev["start_time"], "17:30");
    assert_eq!(ev["end_time"], "19:30");
    assert_eq!(ev["venue"], "Bar Le Mal Nécessaire");
    assert_eq!(ev["kind"], "afterwork");
    assert_eq!(ev["attendees"], 11);
    assert_eq!(
        ev["known_contacts"], 2,
        "Marie and Pierre-Luc were met before"
    );
    assert_eq!(ev["new_contacts"], 9, "Frédéric was only added, never met");
    assert_eq!(ev["cards"].as_array().unwrap().len(), 5);

    // Field by field.
    let karine = show(&env, "Karine Lavoie");
    assert_eq!(karine["company"], "Lavoie Stratégies");
    assert_eq!(karine["title"], "experte SEO");
    assert_eq!(karine["tags"], serde_json::json!(["seo"]));
    assert_eq!(karine["how_met"], "5 à 7 Montréal");
    // The card's details are the contact's, labelled with the card's company.
    assert_eq!(values(&karine["emails"]), ["karine@lavoie.example"]);
    assert_eq!(karine["emails"][0]["label"], "Lavoie Stratégies");
    assert_eq!(values(&karine["phones"]), ["514-555-0142"]);
    let enc = &karine["encounters"][0];
    assert_eq!(enc["note"], "Son nouveau site");
    assert_eq!(enc["new_contact"], true);
    assert_eq!(enc["followup"]["due"], "2026-11-27");
    assert_eq!(enc["followup"]["what"], "lui écrire pour un café");

    let marc = show(&env, "Marc-André Tremblay");
    let cards = marc["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 3);
    assert_eq!(cards[1]["company"], "École des métiers");
    assert_eq!(cards[1]["title"], "formateur");
    assert_eq!(
        cards[1]["emails"],
        serde_json::json!(["cours@ecole.example"])
    );
    for card in cards {
        assert_eq!(
            card["phones"],
            serde_json::json!(["514-555-0177"]),
            "{card}"
        );
        assert_eq!(card["website"], "https://mat.example");
    }
    assert_eq!(
        cards[2]["emails"],
        serde_json::json!(["cours@ecole.example"])
    );
    assert_eq!(
        values(&marc["emails"]),
        ["marc@mat.example", "cours@ecole.example"]
    );
    assert_eq!(
        values(&marc["phones"]),
        ["514-555-0177"],
        "once, not three times"
    );
    assert_eq!(marc["followups"][0]["due"], "2026-12-06");

    let f = env.json(&["show", &fred.to_string()]);
    assert_eq!(f["encounters"][0]["note"], "Le parrainage du printemps");
    assert_eq!(f["followups"][0]["what"], "envoyer le dossier");
    let jeo = show(&env, "Jean-Éric O'Brien");
    assert_eq!(jeo["emails"][0]["value"], "jeo@dieuduciel.example");
    assert!(
        jeo["emails"][0].get("card_id").is_none(),
        "his own, no card"
    );
    assert!(jeo["cards"].as_array().unwrap().is_empty());
    let lukasz = show(&env, "Łukasz Nowak");
    assert_eq!(lukasz["introduced_by"], fred);
    assert_eq!(lukasz["tags"], serde_json::json!(["brasseur"]));
    let hiro = show(&env, "安藤 Hiro");
    assert_eq!(values(&hiro["phones"]), ["+81 3 1234 5678"]);
    assert_eq!(hiro["followups"][0]["due"], "2026-12-15");
    let bobby = show(&env, "'; DROP TABLE contacts; --");
    assert_eq!(bobby["company"], "Bobby Tables Inc.");
    assert_eq!(env.count("contacts"), 11);
    let met = env.json(&["list", "--met-at", "#1"]);
    assert_eq!(met.as_array().unwrap().len(), 11);
}

/// A session at a 5 à 7 with two people saved, waiting for the third.
fn two_saved_at_a_5_a_7(env: &TestEnv) -> Session {
    env.ok(&[
        "event",
        "add",
        "5 à 7 Montréal",
        "--kind",
        "afterwork",
        "--on",
        "hier",
    ]);
    let mut s = Session::start(env, &["log", "montreal"]);
    s.person(
        "Zoë Tremblay, Fablab",
        &[(CARD, ""), (NOTE, ""), (FOLLOW_UP, "")],
        "Zoë Tremblay (new contact)",
    );
    s.person(
        "Łukasz Nowak, Brasserie",
        &[(CARD, ""), (NOTE, ""), (FOLLOW_UP, "")],
        "Łukasz Nowak (new contact)",
    );
    s
}

#[test]
fn n_and_enter_at_a_yes_no_question_then_a_note_that_is_saved() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Meetup Rust", "--on", "hier"]);
    let mut s = Session::start(&env, &["log", "#1"]);
    s.ask(PERSON, "Zoë, Atelier Zoë, zoe@atelier.example");
    // "n" then Enter: the whole line is the answer; nothing falls through.
    s.ask(CARD, "n");
    s.ask(NOTE, "Les fours à céramique");
    s.ask(FOLLOW_UP, "");
    s.p.wait("✓ Saved #1 Zoë");
    let (code, transcript) = s.end();
    assert_eq!(code, 0, "{transcript}");
    let zoe = env.json(&["show", "zoe"]);
    assert_eq!(zoe["encounters"][0]["note"], "Les fours à céramique");
    assert!(zoe["cards"].as_array().unwrap().is_empty());
    assert_eq!(zoe["emails"][0]["value"], "zoe@atelier.example");
}

#[test]
fn anything_but_yes_or_no_is_asked_again() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Meetup Rust", "--on", "hier"]);
    let mut s = Session::start(&env, &["log", "#1"]);
    s.ask(PERSON, "Zoë, Atelier Zoë");
    s.ask(CARD, "peut-être");
    s.p.wait("'peut-être' is neither yes nor no");
    s.ask(CARD, "oui");
    s.ask(ANOTHER_CARD, "");
    s.ask(NOTE, "");
    s.ask(FOLLOW_UP, "");
    s.p.wait("✓ Saved #1 Zoë (new contact), 1 card");
    assert_eq!(s.end().0, 0);
}

#[test]
fn ctrl_c_drops_only_the_person_being_entered_and_the_session_goes_on() {
    let env = TestEnv::new();
    let mut s = two_saved_at_a_5_a_7(&env);
    s.ask(PERSON, "André Roy, Studio Roy");
    s.p.keys(CARD, CTRL_C);
    s.p.wait("Interrupted: André Roy was not saved. Back to the name");
    // Two more people in the same session.
    s.person(
        "Geneviève, Atelier G",
        &[(CARD, "n"), (NOTE, "Poterie"), (FOLLOW_UP, "")],
        "✓ Saved #3 Geneviève",
    );
    s.ask(PERSON, "Hugo Côté");
    s.p.keys(NOTE, CTRL_D);
    s.p.wait("Interrupted: Hugo Côté was not saved");
    s.person("Ines", &[(NOTE, ""), (FOLLOW_UP, "")], "✓ Saved #4 Ines");
    s.p.answer(PERSON, "");
    s.p.wait("Session: 4 people");
    let (code, transcript) = s.p.finish();
    assert_eq!(code, 0, "{transcript}");
    let listed = env.json(&["list", "--met-at", "montreal"]);
    assert_eq!(
        names(&listed),
        ["Geneviève", "Ines", "Łukasz Nowak", "Zoë Tremblay"]
    );
    assert_eq!(env.count("contacts"), 4);
    assert_eq!(env.count("encounters"), 4);
    let g = env.json(&["show", "genevieve"]);
    assert_eq!(g["encounters"][0]["note"], "Poterie");
}

#[test]
fn ctrl_c_or_ctrl_d_at_the_name_ends_the_session_keeping_everyone() {
    for key in [CTRL_C, CTRL_D] {
        let env = TestEnv::new();
        let mut s = two_saved_at_a_5_a_7(&env);
        s.p.keys(PERSON, key);
        s.p.wait("Session ended: the 2 people saved are kept.");
        s.p.wait("Session: 2 people");
        let (code, transcript) = s.p.finish();
        assert_eq!(code, 130, "{transcript}");
        // The cursor is shown again.
        assert!(transcript.contains("\x1b[?25h"), "{transcript:?}");
        assert_eq!(env.count("contacts"), 2);
        assert_eq!(env.count("encounters"), 2);
    }
}

#[test]
fn undo_at_the_name_takes_back_the_last_person_saved() {
    let env = TestEnv::new();
    let known = env.add("Frédéric Duval", &["--company", "Concours"]);
    let mut s = two_saved_at_a_5_a_7(&env);
    // A known contact given a new email, a card and a follow-up, then taken back.
    s.person(
        "Frédéric Duval, Nouvelle Boîte, fred@boite.example",
        &[
            (CARD, "y"),
            (ANOTHER_CARD, ""),
            (NOTE, "Son nouveau poste"),
            (FOLLOW_UP, "demain: féliciter"),
        ],
        "✓ Saved #1 Frédéric Duval (first meeting), 1 card",
    );
    s.p.answer(PERSON, "undo");
    s.p.answer("Remove #1 Frédéric Duval (first meeting)", "y");
    s.p.wait("Removed #1 Frédéric Duval");
    // The one before goes too; "no" keeps the one before that.
    s.p.answer(PERSON, "undo");
    s.p.answer("Remove #3 Łukasz Nowak (new contact)", "y");
    s.p.wait("Removed #3 Łukasz Nowak");
    s.p.answer(PERSON, "annuler");
    s.p.answer("Remove #2 Zoë Tremblay", "n");
    s.p.wait("#2 Zoë Tremblay is kept.");
    s.p.answer(PERSON, "");
    s.p.wait("Session: 1 person");
    let (code, transcript) = s.p.finish();
    assert_eq!(code, 0, "{transcript}");
    let f = env.json(&["show", &known.to_string()]);
    assert_eq!(f["company"], "Concours", "the company changed back");
    assert!(f["emails"].as_array().unwrap().is_empty());
    assert!(f["cards"].as_array().unwrap().is_empty());
    assert!(f["encounters"].as_array().unwrap().is_empty());
    assert!(f["followups"].as_array().unwrap().is_empty());
    assert_eq!(
        names(&env.json(&["list"])),
        ["Frédéric Duval", "Zoë Tremblay"]
    );
    assert_eq!(env.count("encounters"), 1);
    assert_eq!(env.count("followups"), 0);
}

#[test]
fn going_back_one_question_corrects_an_answer() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Meetup Rust", "--on", "hier"]);
    let mut s = Session::start(&env, &["log", "#1"]);
    s.ask(PERSON, "Zoë, Atelier Zoë, zoe@atelier.example");
    s.ask(CARD, "y");
    // Back to the card question: the details were not on a card after all.
    s.ask(ANOTHER_CARD, "<");
    s.ask(CARD, "n");
    s.ask(NOTE, "Les fours");
    // Back to the note, which starts as typed: Ctrl-U clears it, then the right one.
    s.ask(FOLLOW_UP, "<");
    s.p.keys(NOTE, "\u{15}Les émaux");
    s.p.keys("", ENTER);
    s.ask(FOLLOW_UP, "jeudi en huit: envoyer des photos");
    s.p.wait("→ Thu 3 Dec: envoyer des photos");
    s.p.wait("✓ Saved #1 Zoë");
    // Back from the first question of a person: the line again, to correct.
    s.ask(PERSON, "Hugo, hugo @mail.example");
    s.p.wait("looks like an email address with a space in it");
    // The line comes back as typed; Ctrl-W takes off the last word.
    s.p.keys(PERSON, "\u{17}\u{17}hugo@mail.example");
    s.p.keys("", ENTER);
    s.ask(CARD, "<");
    s.p.keys(PERSON, "\u{15}Hugo Côté");
    s.p.keys("", ENTER);
    s.ask(NOTE, "");
    s.ask(FOLLOW_UP, "");
    s.p.wait("✓ Saved #2 Hugo Côté");
    let (code, transcript) = s.end();
    assert_eq!(code, 0, "{transcript}");
    let zoe = env.json(&["show", "zoe"]);
    assert!(zoe["cards"].as_array().unwrap().is_empty());
    assert_eq!(zoe["encounters"][0]["note"], "Les émaux");
    assert_eq!(zoe["followups"][0]["due"], "2026-12-03");
    let hugo = env.json(&["show", "hugo"]);
    assert!(hugo["emails"].as_array().unwrap().is_empty());
    assert_eq!(ints(&env.json(&["list"]), "id"), [2, 1]);
}

#[test]
fn an_unreadable_follow_up_date_is_asked_again_with_the_forms() {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Meetup Rust", "--on", "hier"]);
    let mut s = Session::start(&env, &["log", "#1"]);
    s.ask(PERSON, "Zoë");
    s.ask(NOTE, "");
    s.ask(FOLLOW_UP, "bientôt: écrire");
    s.p.wait("unrecognised date 'bientôt'");
    s.p.wait("hint: accepted forms:");
    // The answer comes back to be corrected.
    s.p.keys(FOLLOW_UP, "\u{15}dans quinze jours: écrire");
    s.p.keys("", ENTER);
    s.p.wait("→ Sun 6 Dec: écrire");
    let (code, _) = s.end();
    assert_eq!(code, 0);
    assert_eq!(
        env.json(&["show", "zoe"])["followups"][0]["due"],
        "2026-12-06"
    );
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

#[test]
fn an_unknown_event_declined_is_an_error_and_nothing_is_written() {
    let env = TestEnv::new();
    let mut p = Pty::spawn(&env, &["log", "Petit-déjeuner BNI"]);
    p.answer("Create the event 'Petit-déjeuner BNI'? [Y/n]", "n");
    p.wait("no event matches 'Petit-déjeuner BNI'");
    let (code, _) = p.finish();
    assert_eq!(code, 1);
    assert_eq!(env.count("events"), 0);
}
