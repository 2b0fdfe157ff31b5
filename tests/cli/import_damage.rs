//! Damaged and oversized import files (issue 13): every record of the input is accounted
//! for — added, updated, unchanged or skipped — and whatever was not imported whole is
//! named, with its file and line; such an import exits 3, `--dry-run` too.

use serde_json::Value;

use crate::common::{Run, TestEnv};

/// The exit status of an import that left something out.
const INCOMPLETE: i32 = 3;

/// `carnet import FILE --json [extra]`, expecting `code`; the report.
fn import(env: &TestEnv, file: &std::path::Path, extra: &[&str], code: i32) -> Value {
    let mut args = vec!["import", file.to_str().unwrap(), "--json"];
    args.extend_from_slice(extra);
    env.fails(&args, code).json()
}

/// Every record counted once: the totals add up to `total`.
fn adds_up(r: &Value, total: u64) {
    let sum: u64 = ["added", "updated", "unchanged", "skipped"]
        .iter()
        .map(|k| r[k].as_u64().unwrap_or_else(|| panic!("no {k} in {r:#}")))
        .sum();
    assert_eq!(r["total"], total, "{r:#}");
    assert_eq!(sum, total, "{r:#}");
    assert_eq!(
        r["skips"].as_array().unwrap().len() as u64,
        r["skipped"].as_u64().unwrap()
    );
}

fn card(i: usize) -> String {
    format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-{i}\r\nFN:Personne {i} Côté\r\nEMAIL:p{i}@example.org\r\nEND:VCARD\r\n"
    )
}

/// The line each card of `cards()` starts on (1-based), six lines a card.
fn line_of(i: usize) -> usize {
    i * 6 + 1
}

#[test]
fn a_card_without_end_does_not_swallow_the_cards_after_it() {
    let env = TestEnv::new();
    let mut vcf = String::new();
    for i in 0..300 {
        let c = card(i);
        vcf.push_str(if i == 4 {
            c.strip_suffix("END:VCARD\r\n").unwrap()
        } else {
            &c
        });
    }
    let file = env.path("contacts.vcf");
    std::fs::write(&file, &vcf).unwrap();
    for dry in [true, false] {
        let extra: &[&str] = if dry { &["--dry-run"] } else { &[] };
        let r = import(&env, &file, extra, INCOMPLETE);
        adds_up(&r, 300);
        assert_eq!(r["added"], 300, "{r:#}");
        // The card without its END is imported, and said to be possibly incomplete.
        assert_eq!(r["shortened"], 1, "{r:#}");
        let s = &r["shortenings"][0];
        assert_eq!(s["line"], line_of(4), "{r:#}");
        assert_eq!(s["kind"], "no_end");
        assert!(s["file"].as_str().unwrap().ends_with("contacts.vcf"));
        assert!(s["reason"].as_str().unwrap().contains("END:VCARD"), "{s:#}");
        assert_eq!(env.count("contacts") as u64, if dry { 0 } else { 300 });
    }
    let text = env.fails(&["import", file.to_str().unwrap()], INCOMPLETE);
    assert!(
        text.stderr.contains("Read 300 records from "),
        "{}",
        text.stderr
    );
    assert!(
        text.stderr
            .contains("contacts.vcf: 0 added, 0 updated, 300 unchanged, 0 skipped, 1 shortened"),
        "{}",
        text.stderr
    );
}

#[test]
fn a_card_cut_by_the_end_of_the_file_is_named() {
    let env = TestEnv::new();
    let vcf = format!("{}{}", card(0), card(1))
        .trim_end_matches("END:VCARD\r\n")
        .to_owned();
    let file = env.path("cut.vcf");
    std::fs::write(&file, vcf).unwrap();
    let r = import(&env, &file, &[], INCOMPLETE);
    adds_up(&r, 2);
    assert_eq!(r["shortenings"][0]["line"], line_of(1), "{r:#}");
    assert_eq!(r["shortenings"][0]["kind"], "no_end");
}

/// vCard 2.1 nests a card only as the value of AGENT: a BEGIN:VCARD after AGENT is the
/// agent's card (left out); any other BEGIN:VCARD inside a card starts the next card.
#[test]
fn only_agent_introduces_a_nested_card() {
    let env = TestEnv::new();
    let vcf = "BEGIN:VCARD\nVERSION:2.1\nN:Duval;Frédéric\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\nN:Assistante;Zoë\nTEL:+33 1 00 00 00 00\nEND:VCARD\nTEL:+33 6 12 34 56 78\nEND:VCARD\n\
BEGIN:VCARD\nVERSION:2.1\nN:Tremblay;Élodie\nBEGIN:VCARD\nVERSION:2.1\nN:Côté;Marie\nEND:VCARD\nBEGIN:VCARD\nVERSION:2.1\nN:Roy;André\nEND:VCARD\n";
    let file = env.path("agent.vcf");
    std::fs::write(&file, vcf).unwrap();
    let r = import(&env, &file, &[], INCOMPLETE);
    adds_up(&r, 4);
    let names: Vec<&str> = r["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Frédéric Duval",
            "Élodie Tremblay",
            "Marie Côté",
            "André Roy"
        ]
    );
    let fred = env.json(&["show", "1"]);
    assert_eq!(fred["phones"][0]["value"], "+33 6 12 34 56 78", "{fred:#}");
    assert_eq!(r["shortenings"][0]["line"], 12, "{r:#}");
}

#[test]
fn a_quoted_printable_soft_break_before_end_does_not_swallow_the_next_cards() {
    let env = TestEnv::new();
    let vcf = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Zoë\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Vue au salon=\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Frédéric\r\nNOTE;ENCODING=QUOTED-PRINTABLE:=C3=A0 rappeler=\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Élodie\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:2.1\r\nFN:André\r\nNOTE;ENCODING=QUOTED-PRINTABLE:fin=";
    let file = env.path("qp.vcf");
    std::fs::write(&file, vcf).unwrap();
    let r = import(&env, &file, &[], INCOMPLETE);
    adds_up(&r, 4);
    assert_eq!(r["added"], 4, "{r:#}");
    let notes: Vec<String> = (1..=4)
        .map(|id| {
            env.json(&["show", &id.to_string()])["notes"][0]["text"]
                .as_str()
                .unwrap_or("")
                .to_owned()
        })
        .collect();
    assert_eq!(notes, ["Vue au salon", "à rappeler", "", "fin"]);
    // Frédéric's card has no END (Élodie's BEGIN follows), nor André's (the file ends).
    let lines: Vec<u64> = r["shortenings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [6, 14], "{r:#}");
}

/// A CSV of `rows` contacts after a header, row `bad` (0-based) opening a quote it never
/// closes; `quoted` quotes every later name, as spreadsheets do.
fn csv_with_stray_quote(rows: usize, bad: usize, quoted: bool) -> String {
    let mut csv = String::from("First Name,Last Name,Email Address,Notes\r\n");
    for i in 0..rows {
        let note = if i == bad { "\"rappeler" } else { "ok" };
        if quoted {
            csv.push_str(&format!("\"Zoë {i}\",Côté,z{i}@example.org,{note}\r\n"));
        } else {
            csv.push_str(&format!("Zoë {i},Côté,z{i}@example.org,{note}\r\n"));
        }
    }
    csv
}

#[test]
fn an_unterminated_csv_quote_loses_only_its_row() {
    for quoted in [false, true] {
        let env = TestEnv::new();
        let file = env.path("contacts.csv");
        std::fs::write(&file, csv_with_stray_quote(1_003, 1, quoted)).unwrap();
        for dry in [true, false] {
            let extra: &[&str] = if dry { &["--dry-run"] } else { &[] };
            let r = import(&env, &file, extra, INCOMPLETE);
            adds_up(&r, 1_003);
            assert_eq!(r["added"], 1_002, "quoted {quoted}: {:#}", r["skips"]);
            assert_eq!(r["skipped"], 1);
            let skip = &r["skips"][0];
            assert_eq!(skip["line"], 3, "{skip:#}");
            assert_eq!(skip["kind"], "unterminated_quote", "{skip:#}");
            assert!(
                skip["reason"].as_str().unwrap().contains("quote"),
                "{skip:#}"
            );
        }
        assert_eq!(env.count("contacts"), 1_002);
        let text = env.fails(&["import", file.to_str().unwrap()], INCOMPLETE);
        assert!(
            text.stderr.contains("Read 1,003 records from ")
                && text
                    .stderr
                    .contains(": 0 added, 0 updated, 1,002 unchanged, 1 skipped"),
            "{}",
            text.stderr
        );
        let zoe = env.json(&["show", "1"]);
        assert_eq!(zoe["notes"][0]["text"], "ok", "{zoe:#}");
    }
}

/// A quoted note over several lines is one row, however many commas its lines hold.
#[test]
fn a_quoted_note_over_several_lines_is_still_one_row() {
    let env = TestEnv::new();
    let csv = "Name,Email,Company,Notes\n\
Zoë,zoe@example.org,Vœux,\"Paris, Lyon, Marseille\nsuite, et fin\"\n\
Frédéric,fred@example.org,,\"une ligne\n\nune autre, \"\"citée\"\"\"\n\
Élodie,elodie@example.org,,\n";
    let file = env.path("notes.csv");
    std::fs::write(&file, csv).unwrap();
    let r = env.json(&["import", file.to_str().unwrap()]);
    adds_up(&r, 3);
    assert_eq!(r["added"], 3);
    let zoe = env.json(&["show", "1"]);
    assert_eq!(
        zoe["notes"][0]["text"],
        "Paris, Lyon, Marseille\nsuite, et fin"
    );
    let fred = env.json(&["show", "2"]);
    assert_eq!(
        fred["notes"][0]["text"],
        "une ligne\n\nune autre, \"citée\""
    );
}

#[test]
fn long_values_are_kept_whole_and_a_long_uid_still_matches() {
    let env = TestEnv::new();
    let note = "Vœux ".repeat(30_000); // 150,000 characters
    let title = "é".repeat(20_000);
    let uid = format!("urn:uuid:{}", "0123456789abcdef".repeat(200)); // 3,209 characters
    let vcf = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Zoë\r\nTITLE:{title}\r\nNOTE:{note}\r\nEND:VCARD\r\n"
    );
    let file = env.path("long.vcf");
    std::fs::write(&file, &vcf).unwrap();
    let r = env.json(&["import", file.to_str().unwrap()]);
    adds_up(&r, 1);
    assert_eq!(r["added"], 1);
    let zoe = env.json(&["show", "1"]);
    assert_eq!(zoe["title"].as_str().unwrap().chars().count(), 20_000);
    assert_eq!(zoe["notes"][0]["text"].as_str().unwrap(), note.trim_end());
    let stored: String = env
        .conn()
        .query_row("SELECT uid FROM contacts WHERE id = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, uid);
    // The same card again is found by its UID: nothing is added.
    let again = env.json(&["import", file.to_str().unwrap()]);
    assert_eq!(again["unchanged"], 1, "{again:#}");
    assert_eq!(again["records"][0]["matched_by"], "uid");
    assert_eq!(env.count("contacts"), 1);

    let csv = format!("Name,Notes,Company\nFrédéric,\"{note}\",{title}\n");
    let file = env.path("long.csv");
    std::fs::write(&file, csv).unwrap();
    let r = env.json(&["import", file.to_str().unwrap()]);
    assert_eq!(r["added"], 1, "{r:#}");
    let fred = env.json(&["show", "2"]);
    assert_eq!(fred["company"].as_str().unwrap().chars().count(), 20_000);
    assert_eq!(fred["notes"][0]["text"].as_str().unwrap(), note.trim_end());
}

/// Past the reader's limit (1 MiB a value) a value is kept shortened, and the record named.
#[test]
fn a_value_over_the_limit_is_shortened_and_named() {
    let env = TestEnv::new();
    let note = "x".repeat(1_100_000);
    let uid = "u".repeat(1_200_000);
    let vcf = format!(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Zoë\nNOTE:{note}\nEMAIL:zoe@example.org\nEND:VCARD\nBEGIN:VCARD\nUID:{uid}\nFN:Frédéric\nEND:VCARD\n"
    );
    let file = env.path("huge.vcf");
    std::fs::write(&file, &vcf).unwrap();
    let r = import(&env, &file, &[], INCOMPLETE);
    adds_up(&r, 2);
    assert_eq!(r["added"], 2);
    assert_eq!(r["shortened"], 2, "{r:#}");
    let s = &r["shortenings"];
    assert_eq!((&s[0]["line"], &s[0]["field"]), (&4.into(), &"NOTE".into()));
    assert_eq!(s[0]["kind"], "too_long");
    assert_eq!((&s[1]["line"], &s[1]["field"]), (&8.into(), &"UID".into()));
    let zoe = env.json(&["show", "1"]);
    assert_eq!(zoe["notes"][0]["text"].as_str().unwrap().len(), 1 << 20);
    // The shortened UID is the same each time: the card is found again.
    let again = import(&env, &file, &[], INCOMPLETE);
    assert_eq!(again["unchanged"], 2, "{again:#}");
    assert_eq!(env.count("contacts"), 2);
}

#[test]
fn skipped_records_make_the_import_exit_3_with_the_report_printed() {
    let env = TestEnv::new();
    let file = env.path("in.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\nFN:Zoë\nEND:VCARD\nBEGIN:VCARD\nN:;;;;\nNOTE:personne\nEND:VCARD\n",
    )
    .unwrap();
    let r = import(&env, &file, &[], INCOMPLETE);
    adds_up(&r, 2);
    assert_eq!(r["skips"][0]["kind"], "no_name");
    assert_eq!(r["skips"][0]["line"], 4);
    let dry = import(&env, &file, &["--dry-run"], INCOMPLETE);
    assert_eq!(dry["dry_run"], true);
    let text: Run = env.fails(&["import", file.to_str().unwrap()], INCOMPLETE);
    assert!(text.stderr.contains("in.vcf:4: no name"), "{}", text.stderr);
    assert!(!text.stderr.contains("Error:"), "{}", text.stderr);
    // A clean import still exits 0.
    std::fs::write(&file, "BEGIN:VCARD\nFN:Zoë\nEND:VCARD\n").unwrap();
    env.ok(&["import", file.to_str().unwrap()]);
}

/// What a generated record may suffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Damage {
    None,
    /// vCard: no END:VCARD; CSV: a note opening a quote it never closes.
    Unclosed,
    /// A `"` in the middle of a value.
    StrayQuote,
    /// Bytes that are not UTF-8 (or a NUL) in the note.
    Invalid,
    /// vCard: a quoted-printable note ending with a soft break (`=`).
    SoftBreak,
}

fn damage() -> impl proptest::strategy::Strategy<Value = Damage> {
    use proptest::prelude::*;
    prop_oneof![
        6 => Just(Damage::None),
        1 => Just(Damage::Unclosed),
        1 => Just(Damage::StrayQuote),
        1 => Just(Damage::Invalid),
        1 => Just(Damage::SoftBreak),
    ]
}

/// A damaged file: its bytes, and for each record, the byte where it ends.
fn damaged_vcard(damages: &[Damage], invalid: &[u8]) -> (Vec<u8>, Vec<usize>) {
    let mut out = Vec::new();
    let mut ends = Vec::new();
    for (i, d) in damages.iter().enumerate() {
        let mut c = format!("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:prop-{i}\r\n").into_bytes();
        let name = if *d == Damage::StrayQuote {
            format!("Zoë \"{i}\" Côté")
        } else {
            format!("Zoë {i} Côté")
        };
        c.extend(format!("FN:{name}\r\nEMAIL:p{i}@example.org\r\n").bytes());
        match d {
            Damage::Invalid => {
                c.extend_from_slice(b"NOTE:vu ");
                c.extend_from_slice(invalid);
                c.extend_from_slice(b"\r\n");
            }
            Damage::SoftBreak => c.extend_from_slice(
                b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=A0 rappeler=\r\n",
            ),
            _ => c.extend_from_slice(b"NOTE:vu au 5 \xc3\xa0 7\r\n"),
        }
        if *d != Damage::Unclosed {
            c.extend_from_slice(b"END:VCARD\r\n");
        }
        out.extend_from_slice(&c);
        ends.push(out.len());
    }
    (out, ends)
}

fn damaged_csv(damages: &[Damage], invalid: &[u8]) -> (Vec<u8>, Vec<usize>) {
    let mut out = b"First Name,Last Name,Email Address,Notes\r\n".to_vec();
    let mut ends = Vec::new();
    for (i, d) in damages.iter().enumerate() {
        let mut row = format!("Zoë {i},Côté,p{i}@example.org,").into_bytes();
        match d {
            Damage::Unclosed => row.extend_from_slice(b"\"rappeler en janvier"),
            Damage::StrayQuote => row.extend_from_slice(b"vu au \"5 \xc3\xa0 7\""),
            Damage::Invalid => {
                row.extend_from_slice(b"vu ");
                row.extend_from_slice(invalid);
            }
            _ => row.extend_from_slice(b"vu au 5 \xc3\xa0 7"),
        }
        row.extend_from_slice(b"\r\n");
        out.extend_from_slice(&row);
        ends.push(out.len());
    }
    (out, ends)
}

/// Lines of `bytes` that are exactly BEGIN:VCARD: the records a vCard file holds.
fn begins(bytes: &[u8]) -> usize {
    bytes
        .split(|b| *b == b'\n')
        .filter(|l| l.strip_suffix(b"\r").unwrap_or(l) == b"BEGIN:VCARD")
        .count()
}

/// Generated vCard and CSV files with random damage (cards without END, quotes never closed
/// or stray, bytes that are not UTF-8, quoted-printable soft breaks before END, the file cut
/// anywhere): the report's counts add up to its total — for vCard, the number of
/// BEGIN:VCARD lines — each skipped record is named, and every record left intact (before
/// the cut, undamaged) is in the database with its name and email.
#[test]
fn every_record_of_a_damaged_file_is_accounted_for_and_intact_ones_imported() {
    use proptest::prelude::*;
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        ..Default::default()
    });
    let strategy = (
        proptest::collection::vec(damage(), 1..30),
        proptest::collection::vec(prop_oneof![Just(0u8), 0x80u8..=0xFF], 1..4),
        proptest::option::of(0.0f64..1.0),
        any::<bool>(),
    );
    runner
        .run(&strategy, |(damages, invalid, cut, vcard)| {
            let env = TestEnv::new();
            let (mut bytes, ends) = if vcard {
                damaged_vcard(&damages, &invalid)
            } else {
                damaged_csv(&damages, &invalid)
            };
            if let Some(at) = cut {
                bytes.truncate((bytes.len() as f64 * at) as usize);
            }
            let file = env.path(if vcard { "p.vcf" } else { "p.csv" });
            std::fs::write(&file, &bytes).unwrap();
            let run = env.run(&["import", file.to_str().unwrap(), "--json", "--format", if vcard { "vcard" } else { "csv" }]);
            // The header row is 42 bytes with its line end: a file cut at 43 or 44 bytes
            // holds a row ("Z", "Zo") and imports it.
            if bytes.len() <= 42 && !vcard {
                // Not even the header: refused as a whole, nothing written.
                prop_assert!(run.code != 0 || env.count("contacts") == 0);
                return Ok(());
            }
            prop_assert!(run.code == 0 || run.code == INCOMPLETE, "{}", run.stderr);
            let r = run.json();
            let count = |k: &str| r[k].as_u64().unwrap_or(u64::MAX);
            let total = count("total");
            prop_assert_eq!(
                count("added") + count("updated") + count("unchanged") + count("skipped"),
                total,
                "{:#}",
                r
            );
            prop_assert_eq!(r["skips"].as_array().unwrap().len() as u64, count("skipped"));
            prop_assert_eq!(
                r["shortenings"].as_array().unwrap().len() as u64 >= count("shortened"),
                true
            );
            for s in r["skips"].as_array().unwrap() {
                prop_assert!(s["line"].as_u64().unwrap() >= 1);
                prop_assert!(!s["reason"].as_str().unwrap().is_empty());
            }
            let incomplete = count("skipped") + count("shortened") > 0;
            prop_assert_eq!(run.code == INCOMPLETE, incomplete, "{}", run.stderr);
            let rows = if vcard {
                begins(&bytes)
            } else {
                // Lines after the header that hold something.
                bytes
                    .split(|b| *b == b'\n')
                    .skip(1)
                    .filter(|l| !l.strip_suffix(b"\r").unwrap_or(l).is_empty())
                    .count()
            };
            let intact: Vec<usize> = (0..damages.len())
                .filter(|i| damages[*i] == Damage::None && ends[*i] <= bytes.len())
                .collect();
            if vcard {
                prop_assert_eq!(total as usize, rows, "{:#}", r);
            } else {
                // A quote never closed may join the rows it reaches (each damaged) into one.
                prop_assert!(total as usize <= rows && total as usize >= intact.len(), "{:#}", r);
            }
            let conn = env.conn();
            for i in intact {
                let name: Option<String> = conn
                    .query_row(
                        "SELECT c.name FROM contacts c JOIN contact_emails e ON e.contact_id = c.id WHERE e.value = ?1",
                        [format!("p{i}@example.org")],
                        |row| row.get(0),
                    )
                    .ok();
                prop_assert_eq!(name, Some(format!("Zoë {i} Côté")), "record {} of {:?}", i, damages);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_report_is_said_in_french_and_its_json_stays_english() {
    let env = TestEnv::new();
    let file = env.path("in.csv");
    std::fs::write(
        &file,
        "Name,Email,Company,Notes\nZoë,z@e.org,,\"rappeler\nLuc,l@e.org,,ok\nAna,a@e.org,,ok\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let fr = env.run_with(&["import", path, "--dry-run"], |c| {
        c.env("CARNET_LANG", "fr");
    });
    assert_eq!(fr.code, INCOMPLETE, "{}", fr.stderr);
    assert!(
        fr.stderr
            .contains("in.csv:2 : un guillemet ouvert ligne 2 n'est jamais fermé"),
        "{}",
        fr.stderr
    );
    assert!(
        fr.stderr.contains("3 enregistrements lus dans ")
            && fr.stderr.contains(
                ": 2 ajoutés, 0 mis à jour, 0 inchangé, 1 ignoré (essai : rien n'a été écrit)"
            ),
        "{}",
        fr.stderr
    );
    let json = env.run_with(&["import", path, "--json"], |c| {
        c.env("CARNET_LANG", "fr");
    });
    let r = json.json();
    adds_up(&r, 3);
    assert!(
        r["skips"][0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("a quote opened on line 2 is never closed"),
        "{r:#}"
    );
}
