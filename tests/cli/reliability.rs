//! Reliability under concurrency and crashes, with real processes: two carnet processes
//! writing at once, a large write killed with SIGKILL part-way, a backup taken while a write
//! runs, and a write that fails midway.
//!
//! The crash tests need one large write in a single transaction, which no carnet command
//! offers before `carnet import`: the writer is this test binary re-running itself as a child
//! (`child_writer` below) that opens the store through the library and inserts thousands of
//! contacts in one `Store::write`. No hook is added to carnet itself.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use carnet::model::{Labeled, NewContact};
use carnet::store::{Location, Store, StoreError};

use crate::common::{ints, TestEnv};

const CHILD: &str = "CARNET_TEST_CHILD";

/// Not a test: the body of the child process the crash tests start and kill. Does nothing
/// unless started by them.
#[test]
fn child_writer() {
    let Ok(mode) = std::env::var(CHILD) else {
        return;
    };
    let var = |name: &str| std::env::var(name).unwrap();
    let db = PathBuf::from(var("CARNET_TEST_CHILD_DB"));
    let n: usize = var("CARNET_TEST_CHILD_N").parse().unwrap();
    let pause_at: Option<usize> = std::env::var("CARNET_TEST_CHILD_PAUSE_AT")
        .ok()
        .map(|v| v.parse().unwrap());
    let mut store = Store::open(&Location {
        path: db,
        create_folder: false,
    })
    .unwrap();
    let r: Result<(), StoreError> = store.write(|db| {
        for i in 0..n {
            db.insert_contact(&contact(&mode, i), "2026-11-22T09:00:00Z")?;
            if i % 500 == 0 {
                say(&format!("progress {i}"));
            }
            if Some(i) == pause_at {
                say("paused");
                hang();
            }
        }
        Ok(())
    });
    r.unwrap();
    say("committed");
    hang();
}

fn contact(batch: &str, i: usize) -> NewContact {
    NewContact {
        name: format!("Łukasz {batch} Frédéric {i}"),
        company: Some("Concours des vœux".into()),
        city: Some("Québec".into()),
        emails: vec![Labeled::new(
            format!("p{i}@example.org"),
            Some("work".into()),
        )],
        phones: vec![Labeled::new(format!("+33 6 {i:08}"), None)],
        tags: vec!["voeux".into(), format!("lot {}", i % 7)],
        ..Default::default()
    }
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    // On a line of its own: libtest has already printed "test … ... " without a newline.
    writeln!(out, "\n{line}").unwrap();
    out.flush().unwrap();
}

/// Waits to be killed; gives up after a minute so that no child outlives a broken test.
fn hang() -> ! {
    for _ in 0..600 {
        std::thread::sleep(Duration::from_millis(100));
    }
    std::process::exit(3)
}

/// Starts `child_writer` on `db`: `n` contacts in one transaction, pausing inside it after
/// contact `pause_at` if given.
fn start_writer(db: &Path, batch: &str, n: usize, pause_at: Option<usize>) -> Child {
    let exe = std::env::current_exe().unwrap();
    let mut c = Command::new(exe);
    c.args([
        "--exact",
        "reliability::child_writer",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD, batch)
    .env("CARNET_TEST_CHILD_DB", db)
    .env("CARNET_TEST_CHILD_N", n.to_string())
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    if let Some(p) = pause_at {
        c.env("CARNET_TEST_CHILD_PAUSE_AT", p.to_string());
    }
    c.spawn().unwrap()
}

/// Reads the child's output until `line`, panicking if it ends first.
fn wait_for(child: &mut Child, line: &str) {
    let out = child.stdout.as_mut().unwrap();
    let mut reader = BufReader::new(out);
    let mut buf = String::new();
    loop {
        buf.clear();
        let n = reader.read_line(&mut buf).unwrap();
        assert!(n > 0, "the writer ended before printing '{line}'");
        if buf.trim_end() == line {
            return;
        }
    }
}

/// SIGKILL, as `Child::kill` sends on Unix.
fn kill(mut child: Child) {
    child.kill().unwrap();
    child.wait().unwrap();
}

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// The number of contacts whose name carries `batch`.
fn batch_count(db: &Path, batch: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM contacts WHERE name LIKE ?1",
        [format!("% {batch} %")],
        |r| r.get(0),
    )
    .unwrap()
}

fn fresh_env_with(names: &[&str]) -> TestEnv {
    let env = TestEnv::new();
    for n in names {
        env.add(n, &["--tag", "voeux"]);
    }
    env
}

#[test]
fn two_processes_adding_300_contacts_each_lose_nothing() {
    let env = TestEnv::new();
    // Both start on a database that does not exist yet: they also race to create it.
    assert!(!env.db().exists());
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for writer in ["Zoë", "Łukasz"] {
            let (env, failures) = (&env, &failures);
            s.spawn(move || {
                for i in 0..300 {
                    let r = env.run(&["add", &format!("{writer} {i}"), "--tag", writer]);
                    if r.code != 0 || !r.stderr.starts_with("Added") {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("{writer} {i}: exit {}: {}", r.code, r.stderr));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} failed: {failures:#?}",
        failures.len()
    );
    assert_eq!(env.count("contacts"), 600);
    let tags = env.json(&["tags"]);
    assert_eq!(ints(&tags, "count"), [300, 300]);
    env.ok(&["check"]);
}

#[test]
fn processes_racing_to_create_a_fresh_database_all_succeed() {
    let env = TestEnv::new();
    for round in 0..25 {
        let db = env.path(&format!("fresh-{round}.db"));
        let children: Vec<_> = (0..4)
            .map(|i| {
                let mut c = env.std_cmd();
                c.args(["add", &format!("Zoë {i}"), "--db"])
                    .arg(&db)
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped());
                c.spawn().unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let conn = rusqlite::Connection::open(&db).unwrap();
        let (version, contacts): (i64, i64) = conn
            .query_row(
                "SELECT (SELECT user_version FROM pragma_user_version),
                        (SELECT count(*) FROM contacts)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(version, carnet::store::SCHEMA_VERSION);
        assert_eq!(contacts, 4, "round {round}");
    }
}

#[test]
fn a_write_held_too_long_by_another_process_is_a_clear_busy_error() {
    let env = fresh_env_with(&["Zoë"]);
    let mut writer = start_writer(&env.db(), "held", 10, Some(5));
    wait_for(&mut writer, "paused");
    let r = env.fails(&["add", "Frédéric"], 1);
    kill(writer);
    assert!(r.stderr.contains("busy"), "{}", r.stderr);
    assert!(r.stderr.contains("nothing was changed"), "{}", r.stderr);
    assert!(!r.stderr.contains("database is locked"), "{}", r.stderr);
    assert_eq!(env.count("contacts"), 1);
}

#[test]
fn a_large_write_killed_part_way_is_wholly_absent_or_wholly_there() {
    const N: usize = 3000;
    // Killed while paused inside the transaction, at several points while running freely
    // (progress lines come every 500 contacts), and after the commit.
    let plans: [(&str, Option<usize>, &str); 6] = [
        ("paused", Some(1700), "paused"),
        ("early", None, "progress 0"),
        ("quarter", None, "progress 500"),
        ("half", None, "progress 1500"),
        ("late", None, "progress 2500"),
        ("done", None, "committed"),
    ];
    for (batch, pause_at, kill_after) in plans {
        let env = fresh_env_with(&["Zoë", "Marie Côté", "安藤"]);
        let mut writer = start_writer(&env.db(), batch, N, pause_at);
        wait_for(&mut writer, kill_after);
        kill(writer);

        assert_eq!(integrity(&env.db()), "ok", "{batch}");
        env.ok(&["check"]);
        let n = batch_count(&env.db(), batch);
        assert!(
            n == 0 || n == N as i64,
            "{batch}: {n} of {N} contacts survived the kill"
        );
        if kill_after == "committed" {
            assert_eq!(n, N as i64, "a committed write was lost");
        }
        if pause_at.is_some() {
            assert_eq!(n, 0, "an uncommitted write survived");
        }
        // Nothing written before the crash is lost, and the database takes writes again.
        assert_eq!(env.count("contacts"), 3 + n);
        env.add("Frédéric Duval", &[]);
    }
}

#[test]
fn a_backup_taken_during_a_running_write_opens_and_passes_check() {
    let env = fresh_env_with(&["Zoë", "Marie Côté"]);
    let mut writer = start_writer(&env.db(), "during", 2000, Some(1200));
    wait_for(&mut writer, "paused");
    let backup = env.path("during-write.db");
    let r = env.ok(&["backup", backup.to_str().unwrap()]);
    kill(writer);
    assert_eq!(r.stdout.trim(), backup.to_str().unwrap());

    let checked = env.ok(&["--db", backup.to_str().unwrap(), "check"]);
    assert!(
        checked.stdout.contains("integrity: ok"),
        "{}",
        checked.stdout
    );
    // The snapshot holds what was committed when it was taken, not the open write.
    let listed = env.json(&["--db", backup.to_str().unwrap(), "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 2);
}

#[test]
fn backups_taken_while_another_process_adds_contacts_are_consistent() {
    let env = fresh_env_with(&["Zoë"]);
    let backups: Vec<PathBuf> = (0..4).map(|i| env.path(&format!("b{i}.db"))).collect();
    std::thread::scope(|s| {
        let env = &env;
        s.spawn(move || {
            for i in 0..60 {
                env.ok(&["add", &format!("Writer {i}"), "--email", "w@example.org"]);
            }
        });
        for b in &backups {
            env.ok(&["backup", b.to_str().unwrap()]);
        }
    });
    for b in &backups {
        env.ok(&["--db", b.to_str().unwrap(), "check"]);
        let n = env
            .json(&["--db", b.to_str().unwrap(), "list"])
            .as_array()
            .unwrap()
            .len();
        assert!((1..=61).contains(&n), "{n}");
    }
}

/// A trigger planted in the test database makes one statement late in a write fail.
fn plant_failure(env: &TestEnv, table: &str, when: &str) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(&format!(
        "CREATE TRIGGER test_failure_{table} BEFORE INSERT ON {table} WHEN {when}
         BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
    ))
    .unwrap();
}

#[test]
fn a_write_failing_midway_changes_nothing_and_says_so() {
    let env = fresh_env_with(&["Zoë"]);
    plant_failure(&env, "notes", "NEW.body = 'boom'");
    // The contact, its email and tags are inserted before the note fails.
    let r = env.fails(
        &[
            "add",
            "Frédéric Duval",
            "--email",
            "fred@example.org",
            "--tag",
            "voeux",
            "--note",
            "boom",
        ],
        1,
    );
    let first = r.stderr.lines().next().unwrap();
    assert!(first.starts_with("Error: "), "{}", r.stderr);
    assert!(first.contains("refused by the test"), "{}", r.stderr);
    assert!(first.ends_with("; nothing was changed"), "{}", r.stderr);
    assert_eq!(env.count("contacts"), 1);
    assert_eq!(env.count("contact_emails"), 0);

    plant_failure(&env, "tags", "NEW.name = 'boom'");
    let r = env.fails(
        &[
            "edit",
            "zoe",
            "--company",
            "Vœux & Cie",
            "--add-tag",
            "boom",
        ],
        1,
    );
    assert!(r.stderr.contains("nothing was changed"), "{}", r.stderr);
    let zoe = env.json(&["show", "zoe"]);
    assert_eq!(zoe["company"], serde_json::Value::Null);
}

// With `carnet import` (issue 6): the same properties through the real command.

/// A vCard file of `n` cards named after `batch`.
fn big_vcard(env: &TestEnv, batch: &str, n: usize) -> PathBuf {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Łukasz {batch} Frédéric {i}\r\n\
             EMAIL;TYPE=work:{batch}{i}@example.org\r\nTEL:+33 6 {i:08}\r\n\
             ORG:Concours des vœux\r\nCATEGORIES:voeux,lot {}\r\n\
             NOTE:Rencontré au 5 à 7 — « {i} »\r\nEND:VCARD\r\n",
            i % 7
        ));
    }
    let path = env.path(&format!("{batch}.vcf"));
    std::fs::write(&path, s).unwrap();
    path
}

/// Starts `carnet import FILE` and returns once it has written at least `bytes` to the
/// write-ahead log: the import is then under way (or, rarely, already done).
fn import_under_way(env: &TestEnv, file: &Path, bytes: u64) -> Child {
    let wal = env.path("carnet.db-wal");
    let start = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    let mut child = env
        .std_cmd()
        .arg("import")
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    loop {
        let grown = std::fs::metadata(&wal)
            .map(|m| m.len().saturating_sub(start))
            .unwrap_or(0);
        if grown >= bytes || child.try_wait().unwrap().is_some() {
            return child;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn an_import_killed_part_way_is_wholly_absent_or_wholly_there() {
    const N: usize = 4000;
    let thresholds: [u64; 4] = [16 << 10, 128 << 10, 512 << 10, 1 << 20];
    for (round, bytes) in thresholds.into_iter().enumerate() {
        let env = fresh_env_with(&["Zoë", "Marie Côté", "安藤"]);
        let batch = format!("import{round}");
        let file = big_vcard(&env, &batch, N);
        kill(import_under_way(&env, &file, bytes));

        assert_eq!(integrity(&env.db()), "ok", "{batch}");
        env.ok(&["check"]);
        let n = batch_count(&env.db(), &batch);
        eprintln!("{batch}: killed after {bytes} bytes of log; {n} of {N} contacts present");
        assert!(
            n == 0 || n == N as i64,
            "{batch}: {n} of {N} contacts survived the kill"
        );
        assert_eq!(env.count("contacts"), 3 + n);
        // The database takes writes again.
        env.add("Frédéric Duval", &[]);
    }
}

#[test]
fn a_backup_taken_during_a_running_import_opens_and_passes_check() {
    let env = fresh_env_with(&["Zoë", "Marie Côté"]);
    let file = big_vcard(&env, "during", 4000);
    let import = import_under_way(&env, &file, 128 << 10);
    let backup = env.path("during-import.db");
    env.ok(&["backup", backup.to_str().unwrap()]);
    let status = import.wait_with_output().unwrap().status;
    assert!(status.success());

    env.ok(&["--db", backup.to_str().unwrap(), "check"]);
    let n = env
        .json(&["--db", backup.to_str().unwrap(), "list"])
        .as_array()
        .unwrap()
        .len();
    // Wholly before or wholly after the import of 4,000 cards. (A bulk import keeps its
    // pages in memory until it commits, so the backup may well come after it.)
    assert!(
        n == 2 || n == 4_002,
        "the backup holds part of the import: {n}"
    );
}
