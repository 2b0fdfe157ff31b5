//! The questions of a `log` session, answered by a script.

use chrono::NaiveDate;

use super::{is_interrupted, person};
use crate::clock::FixedClock;
use crate::ctx::Ctx;
use crate::model::event::{EventMatch, NewEvent};
use crate::ops::meeting;
use crate::store::{Location, Store};
use crate::ui::output::Output;
use crate::ui::prompt::ScriptedPrompter;

fn ctx(answers: &[&str]) -> (tempfile::TempDir, Ctx) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&Location {
        path: dir.path().join("t.db"),
        create_folder: false,
    })
    .unwrap();
    let ctx = Ctx {
        store,
        out: Output::new(false),
        prompt: Box::new(ScriptedPrompter::new(answers.iter().copied())),
        clock: Box::new(FixedClock::on(
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        )),
        lang: crate::i18n::Lang::En,
    };
    (dir, ctx)
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

#[test]
fn a_new_person_with_two_cards_through_the_prompter() {
    let (_d, mut ctx) = ctx(&[
        "Acme",
        "CEO",
        "bad email",
        "zoe@acme.example",
        "", // company, title, email ×2, phone
        "y",
        "",
        "",
        "",
        "",
        "", // first card, prefilled
        "y",
        "Fablab",
        "Bénévole",
        "",
        "",
        "", // second card
        "n",
        "Talked",
        "demain",
        "Call her",
        "x, y",
    ]);
    let e = event(&mut ctx);
    let entry = person::ask(&mut ctx, &e, "Zoë").unwrap();
    assert_eq!(entry.cards.len(), 2);
    assert_eq!(entry.cards[0].company.as_deref(), Some("Acme"));
    assert_eq!(entry.cards[0].emails, ["zoe@acme.example"]);
    assert_eq!(entry.cards[1].company.as_deref(), Some("Fablab"));
    assert!(
        entry.cards[1].emails.is_empty(),
        "a further card starts blank"
    );
    let f = entry.follow_up.clone().unwrap();
    assert_eq!(f.due, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
    assert_eq!(f.as_text(), "demain: Call her");
    assert_eq!(entry.tags, ["x", "y"]);

    let (today, now) = (ctx.today(), ctx.now());
    let saved = meeting::record(&mut ctx.store, &[entry], today, &now).unwrap();
    let saved = &saved[0];
    assert!(saved.new_contact);
    assert_eq!(saved.cards, 2);
    let db = ctx.store.db();
    assert_eq!(
        db.cards(Some(saved.contact_id), Some(e.id)).unwrap().len(),
        2
    );
    let enc = db.contact_encounters(saved.contact_id).unwrap();
    assert_eq!(enc[0].follow_up.as_deref(), Some("demain: Call her"));
    assert_eq!(enc[0].date, e.date);
}

#[test]
fn an_interrupted_person_is_not_saved() {
    let (_d, mut ctx) = ctx(&["Acme"]);
    let e = event(&mut ctx);
    let err = person::ask(&mut ctx, &e, "Zoë").unwrap_err();
    assert!(is_interrupted(&err));
    assert!(ctx.store.db().all_contact_names().unwrap().is_empty());
}
