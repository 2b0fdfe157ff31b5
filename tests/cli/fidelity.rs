//! Nothing lost or doubled on the way in or out (issue 17): one matching rule for every
//! import, standard vCard fields written as phones read them, CSV a spreadsheet opens and
//! carnet reads back. Every file is written by the test itself.

use serde_json::Value;

use crate::common::TestEnv;

fn write(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.path(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn contacts(env: &TestEnv) -> Vec<Value> {
    env.json(&["list"]).as_array().cloned().unwrap_or_default()
}

fn export(env: &TestEnv, args: &[&str]) -> String {
    let mut a = vec!["export"];
    a.extend_from_slice(args);
    env.ok(&a).stdout
}

fn card(body: &str) -> String {
    format!("BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n")
}

/// Two cards of one person in one file, the email in another case: one contact, into an
/// empty database, by the small and by the bulk path; importing again changes nothing.
#[test]
fn same_file_duplicates_with_an_email_in_another_case_are_one_contact() {
    let env = TestEnv::new();
    let text = card("FN:Frédéric Duval\r\nEMAIL:Fred@Duval.example\r\n")
        + &card("FN:Fred Duval\r\nEMAIL:fred@duval.EXAMPLE\r\nTEL:+33 6 12 34 56 78\r\n");
    let f = write(&env, "two.vcf", &text);
    let r = env.json(&["import", &f]);
    assert_eq!(
        (r["added"].as_u64(), r["updated"].as_u64()),
        (Some(1), Some(1)),
        "{r}"
    );
    let list = contacts(&env);
    assert_eq!(list.len(), 1);
    let again = env.json(&["import", &f]);
    assert_eq!(
        (again["added"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(2))
    );

    // 600 cards: the bulk path into an empty database keeps the rule.
    let env = TestEnv::new();
    let mut text = String::new();
    for i in 0..600 {
        text += &card(&format!("FN:Personne {i}\r\nEMAIL:p{i}@ex.example\r\n"));
    }
    text += &card("FN:Personne 7 bis\r\nEMAIL:P7@EX.EXAMPLE\r\n");
    let f = write(&env, "many.vcf", &text);
    let r = env.json(&["import", &f]);
    assert_eq!(
        (r["added"].as_u64(), r["updated"].as_u64()),
        (Some(600), Some(0)),
        "{r}"
    );
    assert_eq!(r["unchanged"].as_u64(), Some(1));
    assert_eq!(contacts(&env).len(), 600);
}

/// A phone's card has neither UID nor email: found again by its number, however written
/// (the region from `carnet config region`, else the locale), or by its name and company.
#[test]
fn cards_without_uid_or_email_are_not_doubled_on_reimport() {
    let env = TestEnv::new();
    env.ok(&["config", "region", "CA"]);
    let f = write(
        &env,
        "phone.vcf",
        &(card("FN:Marjorie\r\nTEL;type=CELL:(514) 555-0100\r\n")
            + &card("FN:Chana Bélanger\r\nORG:Atelier Roy\r\n")),
    );
    env.ok(&["import", &f]);
    let g = write(
        &env,
        "again.vcf",
        &(card("FN:Marjorie L.\r\nTEL:+1 514-555-0100\r\nEMAIL:marjorie@ex.example\r\n")
            + &card("FN:CHANA BELANGER\r\nORG:atelier roy\r\nTITLE:Potière\r\n")),
    );
    let r = env.json(&["import", &g]);
    assert_eq!(r["added"].as_u64(), Some(0), "{r}");
    let by: Vec<&str> = r["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["matched_by"].as_str().unwrap())
        .collect();
    assert_eq!(by, ["phone", "name"]);
    assert_eq!(contacts(&env).len(), 2);

    // Without the setting, the locale's country reads the number.
    let env = TestEnv::new();
    env.ok(&["import", &f]);
    let run = env.run_with(&["import", &g, "--json"], |c| {
        c.env("LANG", "fr_CA.UTF-8");
    });
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["added"].as_u64(), Some(0));
}

/// The same name with nothing else in common is added, and said to be a possible duplicate.
#[test]
fn a_name_alone_is_a_possible_duplicate_never_merged() {
    let env = TestEnv::new();
    let id = env.add("Zoë Tremblay", &["--company", "Atelier Roy"]);
    let f = write(
        &env,
        "zoe.vcf",
        &card("FN:Zoe Tremblay\r\nORG:Studio Nord\r\n"),
    );
    let text = env.ok(&["import", &f, "--dry-run"]).stderr;
    assert!(
        text.contains(&format!("possible duplicate of #{id}")),
        "{text}"
    );
    let r = env.json(&["import", &f]);
    assert_eq!(r["added"].as_u64(), Some(1));
    let d = &r["possible_duplicates"][0];
    assert_eq!(d["of"].as_i64(), Some(id), "{r}");
    assert_eq!(d["line"].as_u64(), Some(1));
    assert_eq!(contacts(&env).len(), 2);
}

/// Mobile numbers are `TYPE=CELL` (an iPhone's `type=CELL` comes back as `CELL`); a label
/// of one's own is a grouped `X-ABLabel`, read back as it was.
#[test]
fn phone_and_email_types_are_the_standard_ones() {
    let env = TestEnv::new();
    let f = write(
        &env,
        "iphone.vcf",
        &card(
            "N:Roy;Camille;;;\r\nFN:Camille Roy\r\n\
             item1.TEL;type=CELL;type=VOICE;type=pref:+1 514 555 0100\r\n\
             TEL;type=HOME:+1 514 555 0101\r\n\
             item2.TEL:+1 514 555 0102\r\nitem2.X-ABLabel:Atelier\r\n\
             EMAIL;type=INTERNET;type=WORK:camille@roy.example\r\n",
        ),
    );
    env.ok(&["import", &f]);
    for version in ["3", "4"] {
        let v = export(&env, &["vcard", "--vcard-version", version]);
        assert!(v.contains("TEL;TYPE=CELL:+1 514 555 0100\r\n"), "{v}");
        assert!(v.contains("TEL;TYPE=HOME:+1 514 555 0101\r\n"), "{v}");
        assert!(
            v.contains("item1.TEL:+1 514 555 0102\r\nitem1.X-ABLabel:atelier\r\n"),
            "{v}"
        );
        assert!(v.contains("EMAIL;TYPE=WORK:camille@roy.example\r\n"), "{v}");
        assert!(!v.to_lowercase().contains("type=mobile"), "{v}");
        // Read back, the same labels.
        let back = TestEnv::new();
        let g = write(&back, "back.vcf", &v);
        back.ok(&["import", &g]);
        let c = back.json(&["show", "1"]);
        let labels: Vec<&str> = c["phones"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["label"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(labels, ["mobile", "home", "atelier"], "{c}");
    }
}

/// A one-word name is a given name; a birthday without a year stays without one, in 4.0
/// (`--MMDD`) and in 3.0 (Apple's `X-APPLE-OMIT-YEAR`), and is read back so.
#[test]
fn one_word_names_and_birthdays_without_a_year() {
    let env = TestEnv::new();
    env.add("Marjorie", &["--birthday", "24/12"]);
    let v4 = export(&env, &["vcard"]);
    assert!(v4.contains("\r\nN:;Marjorie;;;\r\n"), "{v4}");
    assert!(v4.contains("\r\nBDAY:--1224\r\n"), "{v4}");
    let v3 = export(&env, &["vcard", "--vcard-version", "3"]);
    assert!(v3.contains("\r\nN:;Marjorie;;;\r\n"), "{v3}");
    assert!(
        v3.contains("\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-12-24\r\n"),
        "{v3}"
    );
    for v in [v3, v4] {
        let back = TestEnv::new();
        let g = write(&back, "back.vcf", &v);
        back.ok(&["import", &g]);
        let c = back.json(&["show", "1"]);
        assert_eq!(c["birthday"], "--12-24", "{c}");
    }
}

/// A phone number in a CSV export is written as it is: no apostrophe shows in a
/// spreadsheet; a formula still gets one.
#[test]
fn csv_phone_numbers_are_not_guarded_formulas_are() {
    let env = TestEnv::new();
    env.add(
        "=HYPERLINK(\"http://x\")",
        &["--phone", "+1 (514) 555-0100", "--company=-cmd|calc"],
    );
    let csv = export(&env, &["csv"]);
    assert!(csv.contains(",+1 (514) 555-0100,"), "{csv}");
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains(",'-cmd|calc,"), "{csv}");
}

/// carnet's own CSV export imports back without loss, and importing it again doubles
/// nobody.
#[test]
fn csv_export_imports_back_without_loss() {
    let env = TestEnv::new();
    env.add(
        "Frédéric Duval",
        &[
            "--email",
            "fred@duval.example",
            "--email",
            "f.duval@atelier.example",
            "--phone",
            "+33 6 12 34 56 78",
            "--company",
            "Atelier; Roy",
            "--tag",
            "vœux",
        ],
    );
    env.add(
        "Zoë",
        &[
            "--phone",
            "+1 514 555 0100",
            "--city",
            "Québec",
            "--title=-5",
        ],
    );
    let csv = export(&env, &["csv"]);
    let f = write(&env, "out.csv", &csv);
    let again = env.json(&["import", &f]);
    assert_eq!(again["added"].as_u64(), Some(0), "{again}");
    assert_eq!(again["unchanged"].as_u64(), Some(2), "{again}");

    let other = TestEnv::new();
    let g = write(&other, "in.csv", &csv);
    other.ok(&["import", &g]);
    let strip = |v: Value| -> Vec<Value> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let mut c = c.clone();
                let o = c.as_object_mut().unwrap();
                for k in ["id", "created_at", "updated_at", "last_seen", "notes"] {
                    o.remove(k);
                }
                c
            })
            .collect()
    };
    let a = strip(env.json(&["export", "json"])["tables"]["contacts"].clone());
    let b = strip(other.json(&["export", "json"])["tables"]["contacts"].clone());
    assert_eq!(a, b);
    let uids = |e: &TestEnv| -> Vec<String> {
        let conn = e.conn();
        let mut s = conn
            .prepare("SELECT uid FROM contacts ORDER BY id")
            .unwrap();
        s.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(uids(&env), uids(&other));
    for (e, table) in [(&env, "contact_emails"), (&other, "contact_emails")] {
        assert_eq!(e.count(table), 2);
    }
    assert_eq!(other.count("contact_phones"), 2);
}

/// A street address is kept whole, on import and export (vCard and CSV); a city alone stays
/// the city.
#[test]
fn street_addresses_are_kept_in_and_out() {
    let env = TestEnv::new();
    let f = write(
        &env,
        "adr.vcf",
        &card(
            "FN:Zoë Lévesque\r\n\
             ADR;TYPE=HOME:;Bât. B;12 rue Oberkampf;Paris;Île-de-France;75011;France\r\n\
             item1.ADR:;;5 rue du Port\\, app. 3;Saint-Denis;La Réunion;97400;France\r\n\
             item1.X-ABLabel:Atelier\r\n",
        ),
    );
    env.ok(&["import", &f]);
    let c = env.json(&["show", "1"]);
    assert_eq!(c["city"], "Paris");
    let a = &c["postal_addresses"];
    assert_eq!(a[0]["street"], "12 rue Oberkampf", "{c}");
    assert_eq!(a[0]["extended"], "Bât. B");
    assert_eq!(a[0]["locality"], "Paris");
    assert_eq!(a[0]["region"], "Île-de-France");
    assert_eq!(a[0]["postal_code"], "75011");
    assert_eq!(a[0]["country"], "France");
    assert_eq!(a[0]["label"], "home");
    assert_eq!(a[1]["street"], "5 rue du Port, app. 3");
    assert_eq!(a[1]["label"], "atelier");
    let text = env.ok(&["show", "1"]).stdout;
    assert!(text.contains("12 rue Oberkampf, 75011 Paris"), "{text}");

    let v = export(&env, &["vcard"]);
    assert!(
        v.contains("ADR;TYPE=HOME:;Bât. B;12 rue Oberkampf;Paris;Île-de-France;75011;France\r\n"),
        "{v}"
    );
    assert!(
        v.contains("item1.ADR:;;5 rue du Port\\, app. 3;Saint-Denis;La Réunion;97400;Fran"),
        "{v}"
    );
    assert!(
        !v.contains("ADR:;;;Paris;;;"),
        "the city is in the address: {v}"
    );
    // Imported again: nothing added, nothing doubled.
    let g = write(&env, "again.vcf", &v);
    let r = env.json(&["import", &g]);
    assert_eq!(r["unchanged"].as_u64(), Some(1), "{r}");
    assert_eq!(env.count("contact_addresses"), 2);

    // CSV: the first address in columns, read back.
    let csv = export(&env, &["csv"]);
    let other = TestEnv::new();
    let h = write(&other, "in.csv", &csv);
    other.ok(&["import", &h]);
    let b = other.json(&["show", "1"]);
    assert_eq!(b["city"], "Paris");
    assert_eq!(
        b["postal_addresses"][0]["street"], "12 rue Oberkampf",
        "{b}"
    );
    assert_eq!(b["postal_addresses"][0]["postal_code"], "75011");
    assert_eq!(b["postal_addresses"][0]["country"], "France");

    // A city alone is written as before, and read back as the city only.
    let env = TestEnv::new();
    env.add("Chana", &["--city", "Québec"]);
    let v = export(&env, &["vcard"]);
    assert!(v.contains("\r\nADR:;;;Québec;;;\r\n"), "{v}");
    let back = TestEnv::new();
    let g = write(&back, "b.vcf", &v);
    back.ok(&["import", &g]);
    let c = back.json(&["show", "1"]);
    assert_eq!(c["city"], "Québec");
    assert_eq!(c["postal_addresses"].as_array().map(Vec::len), Some(0));
}

/// `export csv --activity` adds when each contact was last seen, their encounter count and
/// their latest note; the plain export is unchanged.
#[test]
fn csv_export_with_activity() {
    let env = TestEnv::new();
    let zoe = env.add("Zoë", &["--note", "=première note"]);
    env.add("Chana", &[]);
    crate::common::meet(&env, zoe, "2026-10-01", None);
    crate::common::meet(&env, zoe, "2026-11-02", Some("café"));
    env.ok(&["note", &zoe.to_string(), "Veut un devis"]);
    let plain = export(&env, &["csv"]);
    assert!(!plain.contains("last_seen"));
    let csv = export(&env, &["csv", "--activity"]);
    let mut rows = csv.lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    assert_eq!(
        header[header.len() - 3..],
        ["last_seen", "encounters", "latest_note"]
    );
    let zoe_row = rows
        .clone()
        .find(|r| r.starts_with(|c: char| c != ',') && r.contains("Zoë"))
        .unwrap();
    assert!(
        zoe_row.ends_with(",2026-11-02,2,Veut un devis"),
        "{zoe_row}"
    );
    let chana = rows.find(|r| r.contains("Chana")).unwrap();
    assert!(chana.ends_with(",,0,"), "{chana}");
}
