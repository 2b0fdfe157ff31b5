//! `carnet backup` and `carnet check`, and the modes of the files carnet creates.

use std::path::{Path, PathBuf};

use crate::common::{files_starting, mode, TestEnv};

fn backups_in(dir: &Path) -> Vec<PathBuf> {
    files_starting(dir, "carnet-backup-")
}

#[test]
fn backup_by_default_goes_beside_the_database_private_and_keeps_the_last_10() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &["--tag", "vœux"]);
    let unrelated = env.path("carnet-backup-notes.txt");
    std::fs::write(&unrelated, "mine").unwrap();
    let mut made = Vec::new();
    for _ in 0..12 {
        let r = env.ok(&["backup"]);
        made.push(PathBuf::from(r.stdout.trim()));
    }
    let kept = backups_in(env.dir.path());
    assert_eq!(
        kept.len(),
        11,
        "10 backups and the unrelated file: {kept:?}"
    );
    assert!(unrelated.exists());
    for old in &made[..2] {
        assert!(!old.exists(), "{} should have been pruned", old.display());
    }
    for b in &made[2..] {
        assert_eq!(b.parent().unwrap(), env.dir.path());
        assert_eq!(mode(b), 0o600, "{}", b.display());
        let list = env.json(&["--db", b.to_str().unwrap(), "list"]);
        assert_eq!(list[0]["name"], "Frédéric Duval");
    }
    // The folder holds nothing half-written.
    assert!(std::fs::read_dir(env.dir.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".tmp")));
}

#[test]
fn backup_in_the_default_data_folder_is_private() {
    let env = TestEnv::new();
    let r = env.run_with(&["add", "Zoë"], |c| {
        c.env_remove("CARNET_DB");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = env.run_with(&["backup", "--json"], |c| {
        c.env_remove("CARNET_DB");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let path = PathBuf::from(r.json()["path"].as_str().unwrap());
    let data = env.path("home/.local/share/carnet");
    assert_eq!(path.parent().unwrap(), data);
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn backup_to_a_path_never_replaces_a_file() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let target = env.path("mine.db");
    std::fs::write(&target, "precious").unwrap();
    let r = env.fails(&["backup", target.to_str().unwrap()], 1);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    assert!(r.stderr.contains(target.to_str().unwrap()), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");

    // A folder receives a timestamped file; a missing folder is an error.
    let folder = env.path("Sauvegardes été");
    std::fs::create_dir(&folder).unwrap();
    let r = env.ok(&["backup", folder.to_str().unwrap()]);
    let made = PathBuf::from(r.stdout.trim());
    assert_eq!(made.parent().unwrap(), folder);
    assert_eq!(mode(&made), 0o600);
    let r = env.fails(&["backup", env.path("nowhere/b.db").to_str().unwrap()], 1);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
}

#[test]
fn check_reports_a_healthy_database() {
    let env = TestEnv::new();
    env.add(
        "Frédéric Duval",
        &["--email", "fred@example.org", "--tag", "vœux"],
    );
    let r = env.ok(&["check"]);
    assert!(r.stdout.contains("integrity: ok"), "{}", r.stdout);
    assert!(r.stdout.contains("foreign keys: ok"), "{}", r.stdout);
    assert!(r.stdout.contains("contact name index: ok"), "{}", r.stdout);
    let j = env.json(&["check"]);
    assert_eq!(j["ok"], true);
    assert!(j["checks"].as_array().unwrap().len() >= 3);
}

#[test]
fn check_finds_a_stale_search_index_and_repair_rebuilds_it() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    env.add("Zoë Łukasz", &[]);
    env.sql(
        "DELETE FROM contact_words WHERE word = 'duval';
         UPDATE contacts SET name_folded = 'x' WHERE name LIKE 'Zo%';",
    );
    let r = env.fails(&["check"], 1);
    assert!(
        r.stdout.contains("contact name index: 2 problems"),
        "{}",
        r.stdout
    );
    assert!(r.stderr.contains("--repair"), "{}", r.stderr);
    let j = env.run(&["check", "--json"]);
    assert_eq!(j.code, 1);
    assert_eq!(j.json()["ok"], false);

    let r = env.ok(&["check", "--repair"]);
    assert!(
        r.stderr.contains("Rebuilt the contact name index"),
        "{}",
        r.stderr
    );
    env.ok(&["check"]);
    assert_eq!(env.json(&["show", "duval"])["name"], "Frédéric Duval");
    assert_eq!(env.json(&["show", "zoe"])["name"], "Zoë Łukasz");
}

#[test]
fn check_finds_broken_foreign_keys() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    env.sql(
        "PRAGMA foreign_keys = OFF;
         INSERT INTO contact_emails (contact_id, value) VALUES (999, 'ghost@example.org');",
    );
    let r = env.fails(&["check"], 1);
    assert!(r.stdout.contains("foreign keys: 1 problem"), "{}", r.stdout);
    assert!(r.stdout.contains("contact_emails"), "{}", r.stdout);
    assert!(r.stderr.contains("no good backup"), "{}", r.stderr);
}

#[test]
fn check_finds_a_search_index_out_of_step_and_repair_rebuilds_it() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &["--company", "Concours des vœux"]);
    env.add("Zoë", &["--note", "Rencontrée au 5 à 7"]);
    assert_eq!(env.json(&["search", "voeux"]).as_array().unwrap().len(), 1);
    // Frédéric's document gone, as a program other than carnet could leave it.
    env.sql("DELETE FROM search_people WHERE rowid = 1;");
    let r = env.fails(&["check"], 1);
    assert!(r.stdout.contains("search index: 1 problem"), "{}", r.stdout);
    env.ok(&["check", "--repair"]);
    env.ok(&["check"]);
    assert_eq!(env.json(&["search", "voeux"]).as_array().unwrap().len(), 1);
}

/// carnet keeps its derived data in step with triggers it creates on its own connection
/// (schema 7): another program writing to the file does not update them. `check` says so
/// and `check --repair` brings both the search index and the reconnect dates back.
#[test]
fn another_programs_writes_are_found_by_check_and_repaired() {
    let env = TestEnv::new();
    let id = env.add("Zoë Tremblay", &["--keep-in-touch", "2w"]);
    let reconnect_on = || -> String {
        env.conn()
            .query_row(
                "SELECT reconnect_on FROM contacts WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(
        reconnect_on(),
        "2026-12-06",
        "added today, two-week cadence"
    );
    {
        let conn = env.conn();
        conn.execute(
            "INSERT INTO encounters (contact_id, date, how, note, created_at)
             VALUES (?1, '2026-11-30', 'coffee', 'parle du chocolatier de Verdun', '2026-11-30T10:00:00Z')",
            [id],
        )
        .unwrap();
    }
    assert!(env
        .json(&["search", "chocolatier"])
        .as_array()
        .unwrap()
        .is_empty());
    let r = env.fails(&["check"], 1);
    assert!(r.stdout.contains("search index: 1 problem"), "{}", r.stdout);
    assert!(
        r.stdout.contains("reconnect dates: 1 problem"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(&format!(
            "contact #{id}: reconnect date 2026-12-06 instead of 2026-12-14"
        )),
        "{}",
        r.stdout
    );
    env.ok(&["check", "--repair"]);
    env.ok(&["check"]);
    assert_eq!(
        env.json(&["search", "chocolatier"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        reconnect_on(),
        "2026-12-14",
        "two weeks after the new encounter"
    );
}

#[test]
fn exports_are_private_and_csv_cells_are_never_formulas() {
    let env = TestEnv::new();
    env.add(
        "=HYPERLINK(\"https://evil.example\")",
        &["--company", "@SUM(A1)"],
    );
    env.add("Zoë", &["--company", "+33 Vœux", "--city=-1 Montréal"]);
    for format in ["vcard", "csv", "json", "ics"] {
        let out = env.path(&format!("export.{format}"));
        env.ok(&["export", format, "-o", out.to_str().unwrap()]);
        assert_eq!(mode(&out), 0o600, "{format}");
    }
    let csv = std::fs::read_to_string(env.path("export.csv")).unwrap();
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let mut cells = 0;
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            cells += 1;
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula cell: {cell:?}"
            );
        }
    }
    assert!(cells > 0);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
}
