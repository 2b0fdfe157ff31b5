//! Bad input everywhere: property tests feed arbitrary strings (and bytes read as text) to
//! every parser and assert no panic and a clean error, and fields at their limits go
//! through `add`/`show` or are refused with a message.
//!
//! The case count per property is `CASES`; PROPTEST_CASES overrides it for a longer run.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

use carnet::model::dates::{parse_date, DateError, Period};
use carnet::model::validate;
use carnet::model::{Birthday, NewContact};
use carnet::resolve::{resolve_contact, Resolution};
use carnet::store::{Location, Store};

use crate::common::{runner, TestEnv};

/// Arbitrary Unicode, arbitrary bytes read as text, and strings near the parsers' grammars.
fn input() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(any::<u8>(), 0..40)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        "[0-9/.\\-+ #]{0,14}",
        "[+ ]{0,2}[0-9]{0,12} ?[a-zéèû ]{0,10}",
        "(--)?[0-9]{0,4}[-/.][0-9]{0,3}([-/.][0-9]{0,5})?",
        "[a-zA-Z0-9.@:/_=éœ\u{0}\u{7}\u{202e} -]{0,30}",
    ]
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[test]
fn dates_never_panic_and_refuse_with_the_input() {
    runner()
        .run(&input(), |s| {
            if let Err(e) = parse_date(&s, today()) {
                prop_assert!(e.to_string().contains(s.trim()), "{e}");
                prop_assert!(!e.hint().is_empty());
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn valid_dates_round_trip() {
    let date = (1i32..=9999, 1u32..=12, 1u32..=31)
        .prop_filter_map("a real day", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
    runner()
        .run(&date, |d| {
            // Dates are kept from 1900 to 9999; earlier ones are refused, never wrapped.
            let iso = d.format("%Y-%m-%d").to_string();
            let dmy = d.format("%d/%m/%Y").to_string();
            if d.year() < 1900 {
                prop_assert_eq!(parse_date(&iso, today()), Err(DateError::OutOfRange(iso)));
                prop_assert_eq!(parse_date(&dmy, today()), Err(DateError::OutOfRange(dmy)));
            } else {
                prop_assert_eq!(parse_date(&iso, today()), Ok(d));
                prop_assert_eq!(parse_date(&dmy, today()), Ok(d));
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn periods_never_panic() {
    runner()
        .run(&input(), |s| {
            match Period::parse(&s) {
                Ok(p) => prop_assert!(p.approx_days() > 0),
                Err(e) => prop_assert!(e.to_string().contains(s.trim()), "{e}"),
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn birthdays_never_panic_and_round_trip() {
    runner()
        .run(&input(), |s| {
            if let Some(b) = Birthday::parse(&s) {
                prop_assert_eq!(Birthday::parse(&b.to_string()), Some(b));
                let next = b.next_on_or_after(today());
                prop_assert!(next >= today());
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn validation_never_panics_and_is_idempotent() {
    runner()
        .run(&input(), |s| {
            type Check = fn(&str) -> Result<String, validate::InvalidValue>;
            for check in [
                validate::email as Check,
                validate::phone,
                validate::url,
                validate::name,
            ] {
                match check(&s) {
                    Ok(v) => prop_assert_eq!(check(&v), Ok(v.clone())),
                    Err(e) => prop_assert!(!e.to_string().is_empty()),
                }
            }
            if validate::check_text("note", &s, true).is_ok() {
                prop_assert!(!s.contains('\0'));
            }
            let (label, value) = validate::split_label(&s);
            prop_assert!(label.is_none() || s.contains('='));
            prop_assert!(s.contains(value.as_str()));
            Ok(())
        })
        .unwrap();
}

#[test]
fn contact_references_never_panic_or_fail() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&Location {
        path: dir.path().join("carnet.db"),
        create_folder: false,
    })
    .unwrap();
    for name in [
        "Frédéric Duval",
        "Frédérique Dupont",
        "Zoë Łukasz",
        "安藤 忠雄",
        "'; DROP TABLE contacts; --",
        "100% _Jean_",
    ] {
        store
            .write(|db| {
                db.insert_contact(
                    &NewContact {
                        name: name.into(),
                        ..Default::default()
                    },
                    "2026-11-22T09:00:00Z",
                )
            })
            .unwrap();
    }
    let refs = prop_oneof![input(), "#?[0-9]{0,20}", "[%_*?\\[\\]'\"]{0,6}[a-zé ]{0,6}",];
    runner()
        .run(&refs, |s| {
            let r = resolve_contact(store.db(), &s);
            prop_assert!(r.is_ok(), "{s:?}: {r:?}");
            if let Ok(Resolution::One(m)) = r {
                prop_assert!((1..=6).contains(&m.id));
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(store.db().all_contact_names().unwrap().len(), 6);
    // LIKE wildcards are not wildcards.
    assert!(matches!(
        resolve_contact(store.db(), "%").unwrap(),
        Resolution::None(_)
    ));
}

// Fields at their limits, through the binary.

#[test]
fn empty_and_blank_values() {
    let env = TestEnv::new();
    for blank in ["", "   ", "\t"] {
        let r = env.fails(&["add", blank], 1);
        assert!(r.stderr.contains("cannot be empty"), "{}", r.stderr);
    }
    let id = env.add("Zoë", &["--company", "", "--city", "  "]);
    let zoe = env.json(&["show", &id.to_string()]);
    assert_eq!(zoe["company"], serde_json::Value::Null);
    assert_eq!(zoe["city"], serde_json::Value::Null);
    let r = env.fails(&["add", "Zoë", "--tag", ""], 1);
    assert!(r.stderr.contains("tag"), "{}", r.stderr);
    assert_eq!(env.count("contacts"), 1);
}

#[test]
fn a_100_kib_note_round_trips_and_one_byte_more_is_refused() {
    let env = TestEnv::new();
    let unit = "Vœux — 🎉 ligne\n";
    let mut note = unit.repeat(100 * 1024 / unit.len());
    while note.len() < 100 * 1024 {
        note.push('x');
    }
    assert_eq!(note.len(), 100 * 1024);
    let id = env.add("Frédéric", &["--note", &note]);
    let fred = env.json(&["show", &id.to_string()]);
    assert_eq!(fred["notes"][0]["text"].as_str().unwrap(), note.trim_end());

    note.push('x');
    let r = env.fails(&["add", "Zoë", "--note", &note], 1);
    assert!(r.stderr.contains("longer than 100 KiB"), "{}", r.stderr);
    assert!(
        r.stderr.lines().count() <= 3,
        "the error echoes the whole value"
    );
    assert_eq!(env.count("contacts"), 1);
}

#[test]
fn control_characters_are_refused_with_a_message() {
    let env = TestEnv::new();
    for (flag, bad) in [
        ("--company", "Vœux\u{7}"),
        ("--city", "\u{1b}[31mQuébec"),
        ("--how-met", "a\u{8}b"),
        ("--title", "line\nbreak"),
    ] {
        let r = env.fails(&["add", "Zoë", flag, bad], 1);
        assert!(r.stderr.contains("control characters"), "{}", r.stderr);
        // The offending value is shown escaped, never sent raw to the terminal.
        assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
    }
    assert_eq!(env.count("contacts"), 0);
    // Tabs and newlines are fine in a note.
    let id = env.add("Zoë", &["--note", "line one\n\tline two"]);
    let zoe = env.json(&["show", &id.to_string()]);
    assert_eq!(zoe["notes"][0]["text"], "line one\n\tline two");
    // NUL cannot travel in a command-line argument; the validation refuses it anyway.
    assert!(validate::check_text("note", "a\0b", true).is_err());
    assert!(validate::name("Zo\0ë").is_err());
}

#[test]
fn rtl_text_emoji_and_quotes_round_trip() {
    let env = TestEnv::new();
    let cases = [
        ("مريم الحسن", "שלום עולם", "القاهرة \u{200f}(مصر)"),
        ("Zoë 👩‍👩‍👧 Łukasz", "🎉 Vœux & Cie", "Montréal 🇨🇦"),
        ("'; DROP TABLE contacts; --", "\"quoted\" \\ back", "安藤"),
    ];
    for (name, company, city) in cases {
        let id = env.add(
            name,
            &[
                "--company",
                company,
                "--city",
                city,
                "--tag",
                "🎉",
                "--note",
                name,
            ],
        );
        let c = env.json(&["show", &id.to_string()]);
        assert_eq!(c["name"], name);
        assert_eq!(c["company"], company);
        assert_eq!(c["city"], city);
        assert_eq!(c["tags"][0], "🎉");
        assert_eq!(c["notes"][0]["text"], name);
    }
    assert_eq!(env.count("contacts"), 3);
    env.ok(&["check"]);
    // A bidirectional override, which would make the text show as another, is refused.
    let r = env.fails(&["add", "Zoë", "--city", "\u{202e}lmth.exe"], 1);
    assert!(r.stderr.contains("U+202E"), "{}", r.stderr);
}
