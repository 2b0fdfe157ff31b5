//! Two-way sync through a vdir (issue 17): the other side's edits come back field by field,
//! a field changed on both sides is kept twice and reported, deletions wait for --yes and,
//! past a tenth of the contacts, --force. The vdir's files are edited by the test as a phone
//! (through vdirsyncer) would leave them.

use std::path::Path;

use crate::common::TestEnv;

fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{from:?} in {text}");
    std::fs::write(file, text.replace(from, to)).unwrap();
}

fn card_of(dir: &Path, name: &str) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.extension().is_some_and(|e| e == "vcf")
                && std::fs::read_to_string(p)
                    .unwrap()
                    .contains(&format!("FN:{name}"))
        })
        .unwrap()
}

#[test]
fn the_other_sides_edits_come_back_and_conflicts_keep_both_values() {
    let env = TestEnv::new();
    let zoe = env.add(
        "Zoë Lévesque",
        &[
            "--company",
            "Atelier Roy",
            "--email",
            "zoe@roy.example",
            "--city",
            "Québec",
            "--tag",
            "amis",
        ],
    );
    let vdir = env.path("contacts");
    let v = vdir.to_str().unwrap();
    env.ok(&["export", "vcard", "--vdir", v]);
    assert!(vdir.join(".carnet-base").is_dir());
    let file = card_of(&vdir, "Zoë Lévesque");

    // On the phone: a new company, a phone, a note, a tag gone; the city too.
    edit(
        &file,
        "ORG:Atelier Roy\r\n",
        "ORG:Studio Nord\r\nTEL;TYPE=CELL:+1 514 555 0100\r\nNOTE:Vue au 5 à 7\r\n",
    );
    edit(&file, "CATEGORIES:amis\r\n", "");
    edit(&file, "ADR:;;;Québec;;;", "ADR:;;;Lyon;;;");
    // Here meanwhile: the title, and the city too (a conflict).
    env.ok(&[
        "edit",
        &zoe.to_string(),
        "--title",
        "Céramiste",
        "--city",
        "Montréal",
    ]);

    let r = env.json(&["import", v]);
    let s = &r["sync"];
    assert_eq!(s["merged"][0][0].as_i64(), Some(zoe), "{r:#}");
    assert_eq!(s["conflicts"][0]["field"], "city");
    assert_eq!(s["conflicts"][0]["ours"], "Montréal");
    assert_eq!(s["conflicts"][0]["theirs"], "Lyon");
    assert_eq!(r["added"].as_u64(), Some(0));
    let c = env.json(&["show", &zoe.to_string()]);
    assert_eq!(c["company"], "Studio Nord");
    assert_eq!(c["title"], "Céramiste");
    assert_eq!(c["city"], "Montréal");
    assert_eq!(c["phones"][0]["value"], "+1 514 555 0100");
    assert_eq!(c["tags"].as_array().map(Vec::len), Some(0), "{c}");
    let notes: Vec<&str> = c["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap())
        .collect();
    assert!(notes.contains(&"Vue au 5 à 7"), "{notes:?}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("Lyon") && n.contains("city")),
        "{notes:?}"
    );
    let text = env.ok(&["import", v, "--dry-run"]).stderr;
    assert!(text.contains("synced folder"), "{text}");

    // Exported again: the file holds the merge; importing it again changes nothing.
    env.ok(&["export", "vcard", "--vdir", v]);
    let r = env.json(&["import", v]);
    assert_eq!(r["sync"]["unchanged"].as_u64(), Some(1), "{r:#}");
    assert_eq!(r["sync"]["merged"].as_array().map(Vec::len), Some(0));
}

#[test]
fn deletions_wait_for_yes_and_many_for_force() {
    let env = TestEnv::new();
    for i in 0..10 {
        env.add(&format!("Personne {i}"), &[]);
    }
    let vdir = env.path("contacts");
    let v = vdir.to_str().unwrap();
    env.ok(&["export", "vcard", "--vdir", v]);
    std::fs::remove_file(card_of(&vdir, "Personne 3")).unwrap();
    let r = env.json(&["import", v]);
    assert_eq!(r["sync"]["deletions_held"][0][1], "Personne 3", "{r:#}");
    assert_eq!(env.count("contacts"), 10);
    let text = env.ok(&["import", v]).stderr;
    assert!(text.contains("--yes"), "{text}");
    let r = env.json(&["import", v, "--yes"]);
    assert_eq!(r["sync"]["deleted"][0][1], "Personne 3");
    assert_eq!(env.count("contacts"), 9);

    env.ok(&["export", "vcard", "--vdir", v]);
    for i in [0, 1, 2] {
        std::fs::remove_file(card_of(&vdir, &format!("Personne {i}"))).unwrap();
    }
    let r = env.json(&["import", v, "--yes"]);
    assert_eq!(r["sync"]["too_many_deletions"], true, "{r:#}");
    assert_eq!(env.count("contacts"), 9);
    let r = env.json(&["import", v, "--yes", "--force"]);
    assert_eq!(r["sync"]["deleted"].as_array().map(Vec::len), Some(3));
    assert_eq!(env.count("contacts"), 6);
}
