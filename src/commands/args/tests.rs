//! The shared argument parsers, on good and bad input.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn follow_up_specs() {
    let today = d(2026, 11, 22);
    let f = follow_up("vendredi: send the deck", today).unwrap();
    assert_eq!((f.due, f.what()), (d(2026, 11, 27), "send the deck"));
    assert_eq!(f.as_text(), "vendredi: send the deck");
    let f = follow_up("dans 2 semaines", today).unwrap();
    assert_eq!((f.due, f.what()), (d(2026, 12, 6), "Follow up"));
    assert_eq!(f.as_text(), "dans 2 semaines");
    let f = follow_up("2w:  ", today).unwrap();
    assert_eq!((f.due, f.what()), (d(2026, 12, 6), "Follow up"));
    assert_eq!(f.as_text(), "2w");
    let e = follow_up("someday: call", today).unwrap_err();
    assert!(e.to_string().contains("'someday'"), "{e}");
}

#[test]
fn ids_are_positive_numbers_with_an_optional_hash() {
    assert_eq!(followup_id("#3").unwrap(), 3);
    assert_eq!(followup_id(" 12 ").unwrap(), 12);
    for bad in [
        "x",
        "0",
        "#0",
        "+3",
        "-3",
        "#",
        "",
        "3b",
        "# 3",
        "99999999999999999999",
    ] {
        assert!(followup_id(bad).is_err(), "{bad:?}");
    }
    let e = id("+7", Kind::Card, "see carnet card list").unwrap_err();
    assert_eq!(e.to_string(), "invalid card id '+7'");
    assert_eq!(crate::error::hint_of(&e).unwrap(), "see carnet card list");
    assert_eq!(followup_id("f3").unwrap(), 3);
    let e = followup_id("c3").unwrap_err();
    assert_eq!(e.to_string(), "c3 is a card, not a follow-up");
    assert!(crate::error::hint_of(&e).unwrap().contains("f12"));
}

#[test]
fn clearable_values() {
    let none: Option<String> = None;
    assert_eq!(clearable("company", &none).unwrap(), None);
    assert_eq!(clearable("company", &Some(" ".into())).unwrap(), Some(None));
    assert_eq!(
        clearable("company", &Some(" Acme ".into())).unwrap(),
        Some(Some("Acme".into()))
    );
    assert!(clearable("company", &Some("a\u{7}".into())).is_err());
    let url = |s: &str| clearable_with(&Some(s.into()), validate::url);
    assert_eq!(url("  ").unwrap(), Some(None));
    assert_eq!(url("x.org").unwrap(), Some(Some("https://x.org".into())));
    assert!(url("not a link").is_err());
}

#[test]
fn tags_are_trimmed_and_split_on_commas() {
    let t = tags(&["#voeux, jury".into(), " 5 à 7 ".into()]).unwrap();
    assert_eq!(t, ["voeux", "jury", "5 à 7"]);
    assert!(tags(&["#".into()]).is_err());
    assert!(tags(&[",".into()]).is_err());
}

#[test]
fn a_date_given_or_the_default() {
    let today = d(2026, 11, 22);
    let default = d(2026, 11, 20);
    assert_eq!(date_or(&None, today, default, Lean::Past).unwrap(), default);
    assert_eq!(
        date_or(&Some("demain".into()), today, default, Lean::Past).unwrap(),
        d(2026, 11, 23)
    );
    assert!(date_or(&Some("un jour".into()), today, default, Lean::Past).is_err());
}
