//! Bad input for the import readers (issue 6): arbitrary bytes, mangled real-looking
//! files, and hostile vCard UIDs. Nothing panics, every refusal has a reason, and a file
//! name derived from a UID stays inside its folder.

use std::cell::RefCell;
use std::collections::HashMap;

use proptest::prelude::*;

use carnet::formats::{self, csv, json, vcard};

use crate::common::runner;

const VCARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Frédéric Duval\r\nN:Duval;Frédéric;;;\r\n\
EMAIL;TYPE=work:fred@example.org\r\nTEL;TYPE=cell:+33 6 12 34 56 78\r\nORG:Concours des vœux\r\n\
NOTE:Vœux =C3=A9 line\\nnext\r\n  folded part\r\nBDAY:1975-03-05\r\nUID:abc-123\r\n\
CATEGORIES:voeux,Québec\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\n\
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB\r\nEND:VCARD\r\n";

const CSV: &str = "Name,E-mail Address,Company,Notes,Birthday\n\
\"Frédéric Duval\",fred@example.org,\"Vœux, Cie\",\"multi\nline\",05/03/1975\n\
Zoë,zoe@example.org,,=HYPERLINK(\"x\"),\n";

const JSON: &str = r#"{"format":"carnet","format_version":1,"contacts":[{"name":"Zoë"}]}"#;

/// A real-looking file with a few bytes changed, cut, or repeated.
fn mangled(base: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let len = base.len();
    (
        proptest::collection::vec((0..len, any::<u8>()), 0..8),
        0..=len,
        0usize..3,
    )
        .prop_map(move |(edits, cut, repeat)| {
            let mut b = base.as_bytes().to_vec();
            for (at, byte) in edits {
                b[at] = byte;
            }
            b.truncate(cut.max(1));
            let copy = b.clone();
            for _ in 0..repeat {
                b.extend_from_slice(&copy);
            }
            b
        })
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..300),
        any::<String>().prop_map(String::into_bytes),
        mangled(VCARD),
        mangled(CSV),
        mangled(JSON),
    ]
}

fn reasons_are_given(parsed: &[carnet::model::interop::Parsed]) -> Result<(), TestCaseError> {
    for p in parsed {
        match p {
            Err(rejected) => {
                prop_assert!(rejected.line >= 1);
                let reason =
                    carnet::view::interop::skip_reason(carnet::i18n::Lang::En, &rejected.reason);
                prop_assert!(!reason.trim().is_empty());
            }
            Ok(record) => {
                for cut in &record.cuts {
                    let reason =
                        carnet::view::interop::cut_reason(carnet::i18n::Lang::En, &cut.what);
                    prop_assert!(cut.line >= 1 && !reason.trim().is_empty());
                }
            }
        }
    }
    Ok(())
}

#[test]
fn readers_never_panic_on_arbitrary_or_mangled_bytes() {
    runner()
        .run(&bytes(), |b| {
            let _ = formats::detect(&b);
            let _ = formats::to_utf8(&b);
            reasons_are_given(&vcard::read(&b))?;
            for linkedin in [false, true] {
                match csv::read(&b, linkedin) {
                    Ok(parsed) => reasons_are_given(&parsed)?,
                    Err(e) => prop_assert!(!e.to_string().is_empty()),
                }
            }
            if let Err(e) = json::read(&b) {
                prop_assert!(!e.to_string().is_empty());
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn vcard_file_names_stay_in_their_folder_and_never_collide() {
    let uid = prop_oneof![
        any::<String>(),
        "[./\\\\%a-z0-9\u{0}-]{0,20}",
        Just("..".to_owned()),
        Just("../../etc/passwd".to_owned()),
    ];
    let seen: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    runner()
        .run(&uid, |uid| {
            let stem = vcard::file_stem(&uid);
            prop_assert!(!stem.is_empty());
            prop_assert!(!stem.starts_with('.'), "{stem}");
            prop_assert!(!stem.contains('/') && !stem.contains('\\') && !stem.contains('\0'));
            prop_assert!(stem.len() <= 150, "{}", stem.len());
            prop_assert!(stem
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_@.%".contains(c)));
            Ok(())
        })
        .unwrap();
    // Distinct UIDs give distinct names (no card overwrites another's file).
    runner()
        .run(&any::<String>(), |uid| {
            let stem = vcard::file_stem(&uid);
            if let Some(other) = seen.borrow_mut().insert(stem.clone(), uid.clone()) {
                prop_assert_eq!(&other, &uid, "{} collides", stem);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn csv_cells_are_never_formulas() {
    let cell = prop_oneof![
        any::<String>(),
        ("[=+@\t\r-]", any::<String>()).prop_map(|(a, b)| a + &b),
    ];
    runner()
        .run(&cell, |cell| {
            let out = csv::neutralise(&cell);
            // A number as people write phone numbers runs nothing and stays as it is.
            let number = out.chars().any(|c| c.is_ascii_digit())
                && out
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-().,/".contains(c));
            prop_assert!(
                number || !out.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{out:?}"
            );
            prop_assert!(out.ends_with(cell.as_str()));
            Ok(())
        })
        .unwrap();
}
