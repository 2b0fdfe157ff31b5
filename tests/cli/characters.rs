//! Characters that are not text: control characters refused on every way in and made
//! visible on every way out; bidirectional overrides and names without a visible character
//! refused; decomposed Unicode (NFD) stored and found as composed (NFC).

use std::path::Path;

use serde_json::Value;

use crate::common::{names, TestEnv};

/// Terminal escapes a hostile file could carry: a title change, a clipboard write (OSC 52),
/// a screen clear, a bell, a NUL.
const ESCAPES: [&str; 5] = [
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}]52;c;cHduZWQ=\u{7}",
    "\u{1b}[2J",
    "\u{7}",
    "\u{0}",
];

fn assert_no_raw_controls(what: &str, text: &str) {
    for c in text.chars() {
        assert!(
            !c.is_control() || c == '\n' || c == '\t',
            "{what}: a raw control character {c:?} in:\n{text:?}"
        );
    }
    for bidi in ['\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{202D}'] {
        assert!(!text.contains(bidi), "{what}: a raw {bidi:?} in {text:?}");
    }
}

#[test]
fn control_characters_are_refused_by_every_command_that_takes_text() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.ok(&["event", "add", "5 à 7", "--on", "2026-11-20"]);
    env.ok(&["project", "add", "Concert"]);
    // (A NUL cannot be passed as an argument at all.)
    for e in &ESCAPES[..4] {
        let bad = format!("Marie{e}Côté");
        for args in [
            vec!["add", bad.as_str()],
            vec!["add", "Marie", "--company", bad.as_str()],
            vec!["add", "Marie", "--note", bad.as_str()],
            vec!["add", "Marie", "--tag", bad.as_str()],
            vec!["edit", "zoe", "--title", bad.as_str()],
            vec!["edit", "zoe", "--name", bad.as_str()],
            vec!["note", "zoe", bad.as_str()],
            vec!["card", "add", "zoe", "--company", bad.as_str()],
            vec!["event", "add", bad.as_str()],
            vec!["project", "add", bad.as_str()],
            vec!["follow-up", "add", "zoe", bad.as_str(), "--due", "demain"],
            vec!["met", "zoe", "--note", bad.as_str()],
        ] {
            let r = env.fails(&args, 1);
            assert!(
                r.stderr.contains("control character"),
                "{args:?}: {}",
                r.stderr
            );
            assert_no_raw_controls(&format!("{args:?}"), &r.stderr);
        }
    }
    assert_eq!(names(&env.json(&["list"])), ["Zoë"]);
}

/// A JSON export with escapes in a name (hand-edited, or from a hostile source) is refused
/// whole, naming where.
#[test]
fn a_json_import_with_control_characters_is_refused() {
    let env = TestEnv::new();
    env.add("Zoë Tremblay", &["--note", "Rencontrée au 5 à 7"]);
    let export = env.path("carnet.json");
    env.ok(&["export", "json", "-o", export.to_str().unwrap()]);
    let mut dump: Value = serde_json::from_str(&std::fs::read_to_string(&export).unwrap()).unwrap();
    for e in ESCAPES {
        dump["tables"]["contacts"][0]["name"] = Value::String(format!("Zoë{e}"));
        let file = env.path("hostile.json");
        std::fs::write(&file, serde_json::to_string(&dump).unwrap()).unwrap();
        let fresh = env.path("fresh.db");
        let _ = std::fs::remove_file(&fresh);
        let r = env.fails(
            &[
                "--db",
                fresh.to_str().unwrap(),
                "import",
                file.to_str().unwrap(),
            ],
            1,
        );
        assert!(r.stderr.contains("control character"), "{}", r.stderr);
        assert!(r.stderr.contains("contacts"), "{}", r.stderr);
        assert!(r.stderr.contains("name"), "{}", r.stderr);
        assert_no_raw_controls("import", &r.stderr);
        let listed = env.json(&["--db", fresh.to_str().unwrap(), "list"]);
        assert_eq!(listed.as_array().unwrap().len(), 0);
    }
}

/// vCard and CSV records with escapes are skipped, named; the others are imported. (Line
/// breaks and tabs in a one-line field are only white space: they become spaces.)
#[test]
fn vcard_and_csv_records_with_control_characters_are_skipped_and_named() {
    let env = TestEnv::new();
    let vcf = env.path("hostile.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\u{1b}]0;pwned\u{7}\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marie Côté\r\nORG:Vœux\u{1b}[2J\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:André Roy\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let r = env.run(&["import", vcf.to_str().unwrap(), "--json"]);
    assert_no_raw_controls("vcard import", &r.stderr);
    assert_no_raw_controls("vcard import", &r.stdout);
    assert!(
        r.stderr.contains("control character") || r.stdout.contains("control character"),
        "{}{}",
        r.stdout,
        r.stderr
    );
    let csv = env.path("hostile.csv");
    std::fs::write(
        &csv,
        "Name,Company\nLéa\u{1b}]52;c;cHduZWQ=\u{7},X\nÉric Tremblay,Vœux\n",
    )
    .unwrap();
    let r = env.run(&["import", csv.to_str().unwrap()]);
    assert_no_raw_controls("csv import", &r.stderr);
    assert_eq!(names(&env.json(&["list"])), ["André Roy", "Éric Tremblay"]);
}

/// Data stored before this check (an older carnet, another program) is shown with its
/// control characters made visible: never sent raw to the terminal.
#[test]
fn stored_escapes_are_never_printed_raw() {
    let env = TestEnv::new();
    let id = env.add("Placeholder", &["--email", "p@example.org"]);
    let payload = format!("Zoë{}{}{}", ESCAPES[0], ESCAPES[1], ESCAPES[2]);
    {
        let conn = env.conn();
        conn.execute(
            "UPDATE contacts SET name = ?1, company = ?2 WHERE id = ?3",
            rusqlite::params![payload, format!("Vœux\u{202E}tixe"), id],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO notes (contact_id, date, body, created_at) VALUES (?1, '2026-11-20', ?2, '2026-11-20T09:00:00Z')",
            rusqlite::params![id, format!("note{}", ESCAPES[3])],
        )
        .unwrap();
    }
    for args in [
        &["list"][..],
        &["show", &format!("#{id}")][..],
        &["search", "zoe"][..],
        &["today", "--all"][..],
        &["tags"][..],
        &["show", &payload][..],
    ] {
        let r = env.run(args);
        assert_no_raw_controls(&format!("{args:?} stdout"), &r.stdout);
        assert_no_raw_controls(&format!("{args:?} stderr"), &r.stderr);
    }
    let r = env.ok(&["list"]);
    assert!(r.stdout.contains("Zoë"), "{}", r.stdout);
    assert!(
        r.stdout.contains("\\u{1b}") || r.stdout.contains('␛'),
        "{}",
        r.stdout
    );
    // JSON keeps the data as it is, escaped by JSON itself; so does an export into a file
    // or a pipe — but not onto a terminal.
    let j = env.json(&["show", &format!("#{id}")]);
    assert_eq!(j["name"], payload.as_str());
    assert!(env
        .ok(&["export", "vcard"])
        .stdout
        .contains("FN:Zoë\u{1b}]0"));
    let mut cmd = env.std_cmd();
    cmd.env("TERM", "dumb").args(["export", "vcard"]);
    let mut session = expectrl::Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(std::time::Duration::from_secs(60)));
    let shown = session.expect("END:VCARD").unwrap();
    let shown = String::from_utf8_lossy(shown.before()).into_owned();
    assert!(shown.contains("FN:Zoë"), "{shown}");
    assert!(!shown.contains('\u{1b}'), "{shown:?}");
    assert!(!shown.contains('\u{202E}'), "{shown:?}");
}

#[test]
fn bidirectional_overrides_and_invisible_names_are_refused() {
    let env = TestEnv::new();
    for name in [
        "\u{202E}Zoë",
        "Zoë\u{2066}x\u{2069}",
        "Ma\u{202D}rie",
        "\u{200B}",
        "\u{200B}\u{200D}\u{FEFF}",
        "\u{301}\u{301}",
        " \u{301} ",
        "\u{2060}",
    ] {
        let r = env.fails(&["add", name], 1);
        assert!(
            r.stderr.contains("bidirectional") || r.stderr.contains("no visible character"),
            "{name:?}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains("U+"),
            "{name:?}: the character is named: {}",
            r.stderr
        );
        assert_no_raw_controls(&format!("{name:?}"), &r.stderr);
    }
    let r = env.fails(&["add", "Zoë", "--company", "Acme\u{202E}"], 1);
    assert!(r.stderr.contains("bidirectional"), "{}", r.stderr);
    // Invisible characters at the ends are trimmed like spaces; inside a name, joiners
    // stay (emoji, Persian).
    env.add("\u{200B}Zoë Tremblay\u{FEFF}", &[]);
    env.add("Family 👩\u{200D}👩\u{200D}👧", &[]);
    assert_eq!(
        names(&env.json(&["list"])),
        ["Family 👩\u{200D}👩\u{200D}👧", "Zoë Tremblay"]
    );
}

#[test]
fn decomposed_names_are_stored_composed_and_found_either_way() {
    let env = TestEnv::new();
    let nfd = "Fre\u{301}de\u{301}ric Co\u{302}te\u{301}";
    let nfc = "Frédéric Côté";
    let id = env.add(
        nfd,
        &[
            "--company",
            "Vœux du Que\u{301}bec",
            "--tag",
            "Que\u{301}bec",
        ],
    );
    let j = env.json(&["show", &format!("#{id}")]);
    assert_eq!(j["name"], nfc);
    assert_eq!(j["company"], "Vœux du Québec");
    assert_eq!(j["tags"], serde_json::json!(["Québec"]));
    for typed in [
        nfc,
        nfd,
        "frederic",
        "Fre\u{301}de\u{301}ric",
        "côte\u{301}",
    ] {
        assert_eq!(env.json(&["show", typed])["id"], id, "{typed:?}");
    }
    assert_eq!(
        env.json(&["list", "--tag", "Que\u{301}bec"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        env.json(&["search", "Que\u{301}bec"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// A database an older carnet filled with decomposed text is normalised when upgraded:
/// names are found by name again, and every check passes.
#[test]
fn decomposed_text_in_an_older_database_is_composed_on_upgrade() {
    let env = TestEnv::new();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema_v1.db");
    std::fs::copy(&fixture, env.db()).unwrap();
    {
        // As schema-1 carnet wrote it: folded without composing first.
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute_batch(
            "INSERT INTO contacts (name, name_folded, created_at, updated_at)
             VALUES ('Le\u{301}a Fre\u{301}chette', 'le\u{301}a fre\u{301}chette',
                     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO contact_words (word, contact_id)
             SELECT 'le\u{301}a', max(id) FROM contacts;
             INSERT INTO contact_words (word, contact_id)
             SELECT 'fre\u{301}chette', max(id) FROM contacts;
             INSERT INTO tags (name, folded) VALUES ('Re\u{301}union', 're\u{301}union');
             INSERT INTO contact_tags (contact_id, tag_id)
             SELECT (SELECT max(id) FROM contacts), (SELECT max(id) FROM tags);
             INSERT INTO notes (contact_id, date, body, created_at)
             SELECT max(id), '2026-01-01', 'Rencontre\u{301}e a\u{300} la Re\u{301}union', '2026-01-01T00:00:00Z'
               FROM contacts;",
        )
        .unwrap();
    }
    let r = env.ok(&["show", "lea", "--json"]);
    let j = r.json();
    assert_eq!(j["name"], "Léa Fréchette");
    assert_eq!(j["tags"], serde_json::json!(["Réunion"]));
    assert_eq!(j["notes"][0]["text"], "Rencontrée à la Réunion");
    env.ok(&["show", "Léa Fréchette"]);
    env.ok(&["check"]);
    let found = env.json(&["search", "rencontree reunion"]);
    assert_eq!(crate::common::names(&found), ["Léa Fréchette"]);
}
