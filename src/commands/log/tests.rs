//! The questions about one person, answered by a script: what is asked, how many times,
//! what going back does, and what is saved.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;

use super::is_interrupted;
use super::person::{enter, Entered};
use crate::clock::FixedClock;
use crate::ctx::Ctx;
use crate::i18n::Lang;
use crate::model::event::{EventMatch, NewEvent};
use crate::model::{Labeled, NewContact};
use crate::ops::meeting::SavedPerson;
use crate::store::{Location, Store};
use crate::ui::output::Output;
use crate::ui::prompt::{PromptResult, Prompter, ScriptedPrompter};

fn ctx(dir: &tempfile::TempDir) -> Ctx {
    let store = Store::open(&Location {
        path: dir.path().join("t.db"),
        create_folder: false,
    })
    .unwrap();
    Ctx {
        store,
        out: Output::new(false),
        prompt: Box::new(ScriptedPrompter::new(Vec::<String>::new())),
        clock: Box::new(FixedClock::on(
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        )),
        lang: Lang::En,
    }
}

fn event(ctx: &mut Ctx) -> EventMatch {
    let new = NewEvent {
        name: "5 à 7 Montréal".into(),
        date: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        ..Default::default()
    };
    let id = ctx
        .store
        .write(|db| db.insert_event(&new, "2026-11-22T09:00:00Z"))
        .unwrap();
    EventMatch {
        id,
        name: new.name,
        date: new.date,
    }
}

fn known(ctx: &mut Ctx, name: &str, email: Option<&str>) -> i64 {
    let new = NewContact {
        name: name.into(),
        company: Some("Concours des vœux".into()),
        emails: email.map(|e| Labeled::new(e, None)).into_iter().collect(),
        ..Default::default()
    };
    ctx.store
        .write(|db| db.insert_contact(&new, "2026-11-01T09:00:00Z"))
        .unwrap()
}

/// A scripted prompter that keeps the questions asked where the test can read them.
struct Recording {
    script: ScriptedPrompter,
    asked: Rc<RefCell<Vec<String>>>,
}

impl Prompter for Recording {
    fn is_interactive(&self) -> bool {
        true
    }
    fn input(&mut self, prompt: &str, default: Option<&str>) -> PromptResult<String> {
        self.asked.borrow_mut().push(prompt.to_owned());
        self.script.input(prompt, default)
    }
    fn confirm(&mut self, prompt: &str, default: bool) -> PromptResult<bool> {
        self.asked.borrow_mut().push(prompt.to_owned());
        self.script.confirm(prompt, default)
    }
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> PromptResult<usize> {
        self.asked.borrow_mut().push(prompt.to_owned());
        self.script.select(prompt, items, default)
    }
}

/// Enters `line` with `answers` to the questions after it; returns the outcome and the
/// questions asked.
fn run(ctx: &mut Ctx, line: &str, answers: &[&str]) -> (anyhow::Result<Entered>, Vec<String>) {
    let asked = Rc::new(RefCell::new(Vec::new()));
    ctx.prompt = Box::new(Recording {
        script: ScriptedPrompter::new(answers.iter().copied()),
        asked: Rc::clone(&asked),
    });
    let e = event(ctx);
    let r = enter(ctx, &e, line);
    let asked = asked.borrow().clone();
    (r, asked)
}

fn saved(r: anyhow::Result<Entered>) -> SavedPerson {
    match r.unwrap() {
        Entered::Saved(p) => *p,
        Entered::Again(line) => panic!("asked again: {line}"),
    }
}

const KARINE: &str =
    "Karine Lavoie, Lavoie Stratégies, experte SEO, karine@lavoie.example, 514-555-0142 #seo";

#[test]
fn a_new_person_with_details_a_card_a_note_and_a_follow_up_in_four_questions_after_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let (r, asked) = run(
        &mut c,
        KARINE,
        &[
            "y",
            "",
            "Son nouveau site",
            "vendredi: lui écrire pour un café",
        ],
    );
    let p = saved(r);
    assert_eq!(asked.len(), 4, "{asked:?}");
    assert!(p.created && p.new_contact);
    assert_eq!(p.cards, 1);
    assert_eq!(
        p.follow_up.as_deref(),
        Some("2026-11-27: lui écrire pour un café")
    );
    let db = c.store.db();
    let contact = db.get_contact(p.contact_id).unwrap();
    assert_eq!(contact.company.as_deref(), Some("Lavoie Stratégies"));
    assert_eq!(contact.title.as_deref(), Some("experte SEO"));
    assert_eq!(contact.tags, ["seo"]);
    assert!(contact.emails.is_empty(), "the details stay on the card");
    let cards = db.cards(Some(p.contact_id), None).unwrap();
    assert_eq!(cards[0].emails, ["karine@lavoie.example"]);
    assert_eq!(cards[0].phones, ["514-555-0142"]);
    assert_eq!(cards[0].company.as_deref(), Some("Lavoie Stratégies"));
    let enc = db.contact_encounters(p.contact_id).unwrap();
    assert_eq!(enc[0].note.as_deref(), Some("Son nouveau site"));
    assert_eq!(enc[0].followup_id, p.follow_up_id);
}

#[test]
fn without_a_card_the_details_are_the_contacts_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let (r, asked) = run(&mut c, KARINE, &["n", "", ""]);
    let p = saved(r);
    assert_eq!(asked.len(), 3);
    assert_eq!(p.cards, 0);
    let contact = c.store.db().get_contact(p.contact_id).unwrap();
    assert_eq!(contact.emails[0].value, "karine@lavoie.example");
    assert_eq!(contact.phones[0].value, "514-555-0142");
}

#[test]
fn a_known_person_by_a_name_matching_only_them_in_two_questions_after_the_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let fred = known(&mut c, "Frédéric Duval", None);
    let (r, asked) = run(&mut c, "frederic", &["Le parrainage", "demain: appeler"]);
    let p = saved(r);
    assert_eq!(asked.len(), 2, "{asked:?}");
    assert!(asked[0].contains("#1 Frédéric Duval"), "{asked:?}");
    assert_eq!(p.contact_id, fred);
    assert!(!p.created);
    assert!(p.new_contact, "never met before: new at this event");
}

#[test]
fn three_cards_keep_the_previous_phone_email_and_website() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let (r, asked) = run(
        &mut c,
        "Geneviève Gagnon, Atelier Gagnon, Céramiste, gen@atelier.example, 514-555-0177, atelier.example",
        &[
            "y",
            "École des métiers d'art, Formatrice, cours@ecole.example",
            "Coop Les Potières, Présidente #coop",
            "",
            "",
            "",
        ],
    );
    let p = saved(r);
    assert_eq!(asked.len(), 6, "{asked:?}");
    assert!(asked[2].contains("cours@ecole.example"), "{asked:?}");
    let cards = c.store.db().cards(Some(p.contact_id), None).unwrap();
    assert_eq!(cards.len(), 3);
    assert_eq!(cards[1].emails, ["cours@ecole.example"]);
    assert_eq!(
        cards[1].phones,
        ["514-555-0177"],
        "carried from the first card"
    );
    assert_eq!(cards[1].website.as_deref(), Some("https://atelier.example"));
    assert_eq!(
        cards[2].emails,
        ["cours@ecole.example"],
        "carried from the second"
    );
    assert_eq!(cards[2].title.as_deref(), Some("Présidente"));
    let contact = c.store.db().get_contact(p.contact_id).unwrap();
    assert_eq!(contact.tags, ["coop"]);
}

#[test]
fn going_back_one_question_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let (r, asked) = run(
        &mut c,
        KARINE,
        &[
            "y",             // card? yes
            "<",             // another card? → back to "card?"
            "n",             // no card after all
            "Premier sujet", // note
            "<",             // follow-up? → back to the note, which starts as typed
            " et un autre",  // the scripted prompter replaces: the corrected note
            "jeudi en huit: rappeler",
        ],
    );
    let p = saved(r);
    assert_eq!(asked.len(), 7, "{asked:?}");
    assert_eq!(p.cards, 0);
    let enc = c.store.db().contact_encounters(p.contact_id).unwrap();
    assert_eq!(enc[0].note.as_deref(), Some("et un autre"));
    assert_eq!(p.follow_up_due, NaiveDate::from_ymd_opt(2026, 12, 3));
}

#[test]
fn going_back_from_the_first_question_returns_the_line_to_correct() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let (r, _) = run(&mut c, KARINE, &["<"]);
    assert!(matches!(r.unwrap(), Entered::Again(l) if l == KARINE));
    let (r, _) = run(&mut c, "Zoë", &["<"]);
    assert!(matches!(r.unwrap(), Entered::Again(l) if l == "Zoë"));
    assert!(c.store.db().all_contact_names().unwrap().is_empty());
}

#[test]
fn going_back_from_a_known_person_offers_a_new_contact_instead() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    known(&mut c, "Frédéric Duval", None);
    let (r, asked) = run(&mut c, "Frédéric", &["<", "a new contact", "", ""]);
    let p = saved(r);
    assert!(p.created, "{asked:?}");
    assert_eq!(p.name, "Frédéric");
    assert_eq!(c.store.db().all_contact_names().unwrap().len(), 2);
}

#[test]
fn several_matches_are_asked_and_near_spellings_never_taken() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    known(&mut c, "Marie Côté", None);
    let marie2 = known(&mut c, "Marie Tremblay", None);
    let (r, asked) = run(&mut c, "marie", &["Marie Tremblay", "", ""]);
    assert_eq!(saved(r).contact_id, marie2);
    assert!(asked[0].contains("'marie'"), "{asked:?}");
    // A typo: offered, with a new contact, never taken without asking.
    let (r, asked) = run(&mut c, "Marie Tremblai", &["a new contact", "", ""]);
    assert!(saved(r).created, "{asked:?}");
    assert!(asked[0].contains("Did you mean"), "{asked:?}");
}

#[test]
fn a_line_that_cannot_be_read_or_an_unknown_introducer_is_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    for line in [
        "Karine et Michel",
        "Karine, karine @lavoie.example",
        "Karine, via Personne",
    ] {
        let (r, asked) = run(&mut c, line, &[]);
        assert!(
            matches!(r.unwrap(), Entered::Again(l) if l == line),
            "{line}"
        );
        assert!(asked.is_empty());
    }
    let michel = known(&mut c, "Michel Roy", None);
    let (r, _) = run(&mut c, "Karine, via michel", &["", ""]);
    let p = saved(r);
    let contact = c.store.db().get_contact(p.contact_id).unwrap();
    assert_eq!(contact.introduced_by, Some(michel));
    assert!(c.store.db().all_contact_names().unwrap().len() == 2);
}

#[test]
fn an_unreadable_follow_up_is_asked_again_and_a_bad_card_line_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let (r, asked) = run(
        &mut c,
        KARINE,
        &[
            "y",
            "#seul",      // a card saying nothing: asked again, starting from it
            "via Michel", // who introduced them goes on the person's line
            "Atelier",
            "",
            "",
            "un jour: écrire", // "some day": no date
            "dans deux semaines: écrire",
        ],
    );
    let p = saved(r);
    assert_eq!(asked.len(), 8, "{asked:?}");
    assert_eq!(p.cards, 2);
    assert_eq!(p.follow_up_due, NaiveDate::from_ymd_opt(2026, 12, 6));
}

#[test]
fn an_interrupted_person_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let (r, _) = run(&mut c, KARINE, &["y", ""]);
    assert!(is_interrupted(&r.err().unwrap()));
    assert!(c.store.db().all_contact_names().unwrap().is_empty());
}

#[test]
fn a_known_person_given_new_details_gets_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ctx(&dir);
    let fred = known(&mut c, "Frédéric Duval", Some("fred@voeux.example"));
    let (r, asked) = run(
        &mut c,
        "Frédéric Duval, FRED@voeux.example, 514-555-0100",
        &["n", "", ""],
    );
    let p = saved(r);
    assert_eq!(asked.len(), 3, "{asked:?}");
    assert_eq!(p.contact_id, fred);
    let contact = c.store.db().get_contact(fred).unwrap();
    assert_eq!(contact.emails.len(), 1);
    assert_eq!(contact.phones[0].value, "514-555-0100");
}
