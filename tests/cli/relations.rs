//! Ties between people: `carnet relate`, shown on both sides, kept by merge, exported as
//! vCard RELATED (and the 3.0 form phones read) and read back.

use std::process::Command;

use serde_json::Value;

use crate::common::TestEnv;

/// The ties of a contact as `show --json` gives them: (kind, direction, other's name).
fn ties(env: &TestEnv, who: &str) -> Vec<(String, String, String)> {
    let shown = env.json(&["show", who]);
    shown["relations"]
        .as_array()
        .unwrap_or_else(|| panic!("no relations in {shown}"))
        .iter()
        .map(|t| {
            (
                t["kind"].as_str().unwrap().to_owned(),
                t["direction"].as_str().unwrap().to_owned(),
                t["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn tie(kind: &str, direction: &str, name: &str) -> (String, String, String) {
    (kind.to_owned(), direction.to_owned(), name.to_owned())
}

/// Chana, her partner Michel the astrologer, André who works for Chana, Melissa who came
/// with André.
fn people(env: &TestEnv) {
    for name in ["Chana Levi", "Michel Astre", "André Roy", "Melissa Côté"] {
        env.add(name, &[]);
    }
    env.ok(&["relate", "michel", "chana", "--as", "conjoint"]);
    env.ok(&["relate", "andre", "chana", "--as", "travaille-pour"]);
    env.ok(&["relate", "melissa", "andre", "--as", "came with"]);
}

#[test]
fn a_tie_shows_on_both_sides() {
    let env = TestEnv::new();
    people(&env);
    assert_eq!(
        ties(&env, "chana"),
        [
            tie("partner", "out", "Michel Astre"),
            tie("works-for", "in", "André Roy")
        ]
    );
    assert_eq!(ties(&env, "michel"), [tie("partner", "out", "Chana Levi")]);
    assert_eq!(
        ties(&env, "andre"),
        [
            tie("came-with", "out", "Melissa Côté"),
            tie("works-for", "out", "Chana Levi")
        ]
    );
    let text = env.ok(&["show", "chana"]).stdout;
    assert!(
        text.contains("\nTies\n  r1    partner  #2 Michel Astre\n  r2    employs  #3 André Roy\n"),
        "{text}"
    );
    let fr = env.run_with(&["show", "andre"], |c| {
        c.env("CARNET_LANG", "fr");
    });
    assert!(
        fr.stdout.contains("  r2    travaille pour  #1 Chana Levi"),
        "{}",
        fr.stdout
    );

    // The same tie again is not a second one, either way round for a symmetric kind.
    let again = env.json(&["relate", "chana", "michel", "--as", "partner"]);
    assert_eq!(again["added"], false);
    assert_eq!(again["id"], 1);
    assert_eq!(env.count("relations"), 3);
    let r = env.fails(&["relate", "chana", "#1", "--as", "friend"], 1);
    assert!(
        r.stderr.contains("cannot be tied to themselves"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_tie_is_removed_by_its_id_and_comes_back_with_undo() {
    let env = TestEnv::new();
    people(&env);
    env.ok(&["unrelate", "r1", "--yes"]);
    assert_eq!(ties(&env, "michel"), []);
    env.ok(&["undo"]);
    assert_eq!(ties(&env, "michel"), [tie("partner", "out", "Chana Levi")]);
    env.ok(&["rm", "r1", "--yes"]);
    assert_eq!(ties(&env, "michel"), []);
    let r = env.fails(&["unrelate", "n1", "--yes"], 1);
    assert!(
        r.stderr.contains("n1 is a note, not a relation"),
        "{}",
        r.stderr
    );
}

#[test]
fn ties_follow_a_merge_and_leave_with_the_contact() {
    let env = TestEnv::new();
    people(&env);
    env.add("Michel A.", &[]);
    env.ok(&["relate", "#5", "melissa", "--as", "friend"]);
    // A tie between the two merged would tie Michel to himself: it goes.
    env.ok(&["relate", "#5", "#2", "--as", "family"]);
    env.ok(&["merge", "#2", "#5", "--yes"]);
    assert_eq!(
        ties(&env, "michel"),
        [
            tie("friend", "out", "Melissa Côté"),
            tie("partner", "out", "Chana Levi")
        ]
    );
    // Archived, the contact keeps their ties, marked on the other side.
    env.ok(&["archive", "michel"]);
    let text = env.ok(&["show", "chana"]).stdout;
    assert!(text.contains("#2 Michel Astre [archived]"), "{text}");
    env.ok(&["rm", "michel", "--yes"]);
    assert_eq!(ties(&env, "chana"), [tie("works-for", "in", "André Roy")]);
}

#[test]
fn ties_are_exported_as_vcard_related_and_read_back_by_carnet() {
    for version in ["4", "3"] {
        let env = TestEnv::new();
        people(&env);
        let file = env.path("out.vcf");
        env.ok(&[
            "export",
            "vcard",
            "--vcard-version",
            version,
            "-o",
            file.to_str().unwrap(),
        ]);
        let text = std::fs::read_to_string(&file).unwrap();
        if version == "4" {
            assert!(
                text.contains("RELATED;VALUE=text;TYPE=spouse;X-CARNET-KIND=partner;"),
                "{text}"
            );
        } else {
            assert!(text.contains(".X-ABLabel:_$!<Partner>!$_"), "{text}");
        }
        let other = TestEnv::new();
        let report = other.json(&["import", file.to_str().unwrap()]);
        assert_eq!(report["ties"], 5, "{report}");
        assert_eq!(other.count("relations"), 3);
        assert_eq!(
            ties(&other, "chana"),
            ties(&env, "chana"),
            "vCard {version}"
        );
        assert_eq!(
            ties(&other, "andre"),
            ties(&env, "andre"),
            "vCard {version}"
        );
    }
}

#[test]
fn a_tie_to_someone_missing_is_said_and_the_card_imported() {
    let env = TestEnv::new();
    let file = env.path("in.vcf");
    std::fs::write(
        &file,
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Chana Levi\r\nRELATED;VALUE=text;TYPE=spouse:Michel Astre\r\n\
         RELATED;TYPE=friend:urn:uuid:0b1e7c6a-1111-4222-8333-944445555666\r\n\
         RELATED:https://example.org/someone\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let r = env.ok(&["import", file.to_str().unwrap()]);
    assert!(
        r.stderr
            .contains("no one named 'Michel Astre' to tie as partner"),
        "{}",
        r.stderr
    );
    assert_eq!(env.count("contacts"), 1);
    assert_eq!(env.count("relations"), 0);
    // In --json: each tie not made, where and why (in English); the card itself imported,
    // and the import not taken as incomplete.
    let r = env.run(&["import", file.to_str().unwrap(), "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        (&report["total"], &report["skipped"]),
        (&1.into(), &0.into())
    );
    assert_eq!(report["ties"], 0, "{report:#}");
    let missing = &report["ties_not_found"];
    assert_eq!(missing.as_array().map(Vec::len), Some(2), "{report:#}");
    assert_eq!(missing[0]["file"], file.to_str().unwrap());
    assert_eq!(missing[0]["line"], 1);
    assert_eq!(missing[0]["kind"], "partner");
    assert_eq!(missing[0]["whom"], "Michel Astre");
    assert_eq!(
        missing[0]["reason"],
        "no one named 'Michel Astre' to tie as partner"
    );
    assert_eq!(missing[1]["kind"], "friend");
    assert_eq!(missing[1]["whom"], "0b1e7c6a-1111-4222-8333-944445555666");
    // A tie to someone further down the file is made.
    let both = env.path("both.vcf");
    std::fs::write(
        &both,
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Lou Martin\r\nRELATED;VALUE=text;TYPE=friend:Sam Roy\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sam Roy\r\nEND:VCARD\r\n",
    )
    .unwrap();
    let report = env.json(&["import", both.to_str().unwrap()]);
    assert_eq!(report["ties"], 1, "{report:#}");
    assert_eq!(
        report["ties_not_found"],
        serde_json::json!([]),
        "{report:#}"
    );
    assert_eq!(ties(&env, "sam"), [tie("friend", "out", "Lou Martin")]);
}

/// The Python that has vobject: `CARNET_PYTHON`, else `python3`.
fn python_with_vobject() -> Option<String> {
    let python = std::env::var("CARNET_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let ok = Command::new(&python)
        .args(["-c", "import vobject"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some(python);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "vobject is needed under CI: pip install vobject, or set CARNET_PYTHON"
    );
    eprintln!("skipped: no python3 with vobject (set CARNET_PYTHON)");
    None
}

#[test]
fn the_vobject_parser_reads_the_ties() {
    let Some(python) = python_with_vobject() else {
        return;
    };
    let env = TestEnv::new();
    people(&env);
    for version in ["4", "3"] {
        let file = env.path(&format!("v{version}.vcf"));
        env.ok(&[
            "export",
            "vcard",
            "--vcard-version",
            version,
            "-o",
            file.to_str().unwrap(),
        ]);
        let script = r#"
import json, sys, vobject
out = {}
for card in vobject.readComponents(open(sys.argv[1], encoding="utf-8").read()):
    ties = []
    for line in card.lines():
        if line.name == "RELATED":
            ties.append([line.params.get("TYPE", [""])[0], line.params.get("X-CARNET-KIND", [""])[0], line.value])
        elif line.name == "X-ABRELATEDNAMES":
            label = [l.value for l in card.lines() if l.name == "X-ABLABEL" and l.group == line.group]
            ties.append([label[0] if label else "", line.params.get("X-CARNET-KIND", [""])[0], line.value])
    out[card.fn.value] = sorted(ties)
print(json.dumps(out, ensure_ascii=False))
"#;
        let o = Command::new(&python)
            .args(["-c", script, file.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let read: Value = serde_json::from_slice(&o.stdout).unwrap();
        let (spouse, works) = if version == "4" {
            ("spouse", "co-worker")
        } else {
            ("_$!<Partner>!$_", "works for")
        };
        assert_eq!(
            read["Chana Levi"],
            serde_json::json!([[spouse, "partner", "Michel Astre"]]),
            "vCard {version}: {read}"
        );
        let mut andre = vec![
            serde_json::json!([
                if version == "4" { "met" } else { "came with" },
                "came-with",
                "Melissa Côté"
            ]),
            serde_json::json!([works, "works-for", "Chana Levi"]),
        ];
        andre.sort_by_key(|t| t[0].as_str().unwrap().to_owned());
        assert_eq!(
            read["André Roy"],
            Value::Array(andre),
            "vCard {version}: {read}"
        );
        // works-for reads one way: Chana's card does not carry it.
    }
}

#[test]
fn ties_are_in_the_json_dump_and_restored() {
    let env = TestEnv::new();
    people(&env);
    let dump = env.json(&["export", "json"]);
    assert_eq!(dump["tables"]["relations"].as_array().unwrap().len(), 3);
    let file = env.path("dump.json");
    std::fs::write(&file, dump.to_string()).unwrap();
    let other = TestEnv::new();
    other.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(ties(&other, "chana"), ties(&env, "chana"));
}

#[test]
fn met_records_who_they_came_with_in_the_same_operation() {
    let env = TestEnv::new();
    env.add("Melissa Côté", &[]);
    env.add("André Roy", &[]);
    env.ok(&["event", "add", "5 à 7 Montréal"]);
    env.ok(&["met", "melissa", "--at", "montreal", "--came-with", "andre"]);
    assert_eq!(
        ties(&env, "andre"),
        [tie("came-with", "out", "Melissa Côté")]
    );
    assert_eq!(
        env.json(&["show", "melissa"])["encounters"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // One command, one step back: the encounter and the tie go together.
    env.ok(&["undo"]);
    assert_eq!(ties(&env, "andre"), []);
    assert_eq!(env.count("encounters"), 0);
}
