//! `carnet restore BACKUP`: the backup checked, the current database kept aside with its
//! write-ahead log, the swap atomic. Fault injection: a stale `-wal` left by a killed writer
//! (as a `carnet log` closed by SIGHUP leaves one), which copying a backup over the file
//! would replay onto it; another carnet still running; damaged, foreign and newer files.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use carnet::model::NewContact;
use carnet::store::{Location, Store, StoreError};

use crate::backups::{damage_pages, real_database};
use crate::common::{files_starting, names, TestEnv};

const CHILD: &str = "CARNET_TEST_RESTORE_CHILD";

/// Not a test: the body of the child process that writes and then waits to be killed,
/// its write-ahead log not yet folded into the file. Does nothing unless started so.
#[test]
fn child_writer() {
    let Ok(db) = std::env::var(CHILD) else {
        return;
    };
    let mut store = Store::open(&Location {
        path: PathBuf::from(db),
        create_folder: false,
    })
    .unwrap();
    let r: Result<(), StoreError> = store.write(|db| {
        for i in 0..300 {
            let c = NewContact {
                name: format!("Après la sauvegarde {i}"),
                company: Some("Concours des vœux".into()),
                ..Default::default()
            };
            db.insert_contact(&c, "2026-11-22T09:00:00Z")?;
        }
        Ok(())
    });
    r.unwrap();
    let mut out = std::io::stdout().lock();
    writeln!(out, "\ncommitted").unwrap();
    out.flush().unwrap();
    drop(out);
    for _ in 0..600 {
        std::thread::sleep(Duration::from_millis(100));
    }
    std::process::exit(3)
}

/// Starts `child_writer` on `db` and waits until its write is committed. The caller kills
/// and waits for the child it is given.
#[allow(clippy::zombie_processes)]
fn writer_committed(db: &Path) -> Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "restore::child_writer",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the writer ended before committing");
        }
        if line.trim_end() == "committed" {
            return child;
        }
    }
}

fn kill(mut child: Child) {
    child.kill().unwrap();
    child.wait().unwrap();
}

fn wal(p: &Path) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push("-wal");
    PathBuf::from(s)
}

/// A database with Zoë, its backup, then 300 contacts written by a process killed before
/// its write-ahead log was folded in: `carnet.db-wal` is left beside the file.
fn backup_then_stale_wal(env: &TestEnv) -> PathBuf {
    env.add("Zoë Tremblay", &["--email", "zoe@example.org"]);
    let backup = PathBuf::from(env.ok(&["backup"]).stdout.trim());
    kill(writer_committed(&env.db()));
    assert!(
        std::fs::metadata(wal(&env.db())).unwrap().len() > 0,
        "the killed writer left its log"
    );
    backup
}

#[test]
fn restore_with_a_stale_wal_beside_the_database_gives_the_backup_and_keeps_the_rest_aside() {
    let env = TestEnv::new();
    let backup = backup_then_stale_wal(&env);
    let backup_bytes = std::fs::read(&backup).unwrap();

    let r = env.ok(&["restore", backup.to_str().unwrap(), "--json"]);
    let j = r.json();
    assert_eq!(j["restored_from"], backup.to_str().unwrap());
    assert_eq!(j["database"], env.db().to_str().unwrap());
    let aside = PathBuf::from(j["kept_aside"].as_str().unwrap());
    assert!(r.stderr.contains("Restored"), "{}", r.stderr);
    assert!(r.stderr.contains(aside.to_str().unwrap()), "{}", r.stderr);

    // The restored database is the backup, whole: the stale log was not replayed onto it.
    assert!(!wal(&env.db()).exists() || std::fs::metadata(wal(&env.db())).unwrap().len() == 0);
    env.ok(&["check"]);
    assert_eq!(names(&env.json(&["list"])), ["Zoë Tremblay"]);
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        backup_bytes,
        "the backup is untouched"
    );

    // Nothing is lost: the database as it was, with its log, is kept aside.
    assert!(wal(&aside).exists());
    let before = env.json(&["--db", aside.to_str().unwrap(), "list"]);
    let before = before.as_array().unwrap();
    assert_eq!(before.len(), 301);
    env.ok(&["--db", aside.to_str().unwrap(), "check"]);

    // The database takes writes again.
    env.add("Marie Côté", &[]);
    assert_eq!(names(&env.json(&["list"])), ["Marie Côté", "Zoë Tremblay"]);
}

/// What the README used to say — copy the backup over the file — is what restore avoids:
/// with the stale log beside it, SQLite replays the log onto the copied file.
#[test]
fn copying_a_backup_over_the_database_is_what_goes_wrong() {
    let env = TestEnv::new();
    let backup = backup_then_stale_wal(&env);
    std::fs::copy(&backup, env.db()).unwrap();
    let r = env.run(&["list", "--json"]);
    let fine = r.code == 0 && r.stdout.contains("Zoë") && !r.stdout.contains("Après");
    assert!(
        !fine,
        "the stale log was not replayed: the fault was not injected"
    );
}

#[test]
fn restore_refuses_while_another_carnet_uses_the_database() {
    let env = TestEnv::new();
    env.add("Zoë Tremblay", &[]);
    let backup = PathBuf::from(env.ok(&["backup"]).stdout.trim());
    let writer = writer_committed(&env.db());
    let before = std::fs::read(env.db()).unwrap();
    let r = env.fails(&["restore", backup.to_str().unwrap()], 1);
    assert!(r.stderr.contains("in use"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
    assert!(files_starting(env.dir.path(), "carnet.db.before-restore").is_empty());
    kill(writer);
}

/// Every refusal leaves the database and the folder as they were.
#[test]
fn restore_refuses_a_damaged_foreign_or_newer_backup_and_changes_nothing() {
    let env = TestEnv::new();
    real_database(&env);
    let damaged = PathBuf::from(env.ok(&["backup"]).stdout.trim());
    damage_pages(&damaged);
    let foreign = env.path("photos.db");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch(
            "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT); PRAGMA user_version = 5;",
        )
        .unwrap();
    }
    let newer = PathBuf::from(env.ok(&["backup"]).stdout.trim());
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let text = env.path("notes.txt");
    std::fs::write(&text, "not a database").unwrap();
    let listing = || {
        let mut v: Vec<_> = std::fs::read_dir(env.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let files = listing();
    let db = std::fs::read(env.db()).unwrap();
    for (file, expect) in [
        (&damaged, "damaged"),
        (&foreign, "not a carnet database"),
        (&newer, "newer"),
        (&text, "not a carnet database"),
        (&env.db(), "is the database itself"),
        (&env.path("missing.db"), "does not exist"),
        (&PathBuf::from("/dev/null"), "not a regular file"),
    ] {
        let r = env.fails(&["restore", file.to_str().unwrap()], 1);
        assert!(
            r.stderr.contains(expect),
            "{}: {}",
            file.display(),
            r.stderr
        );
        assert!(r.stderr.contains("hint:"), "{}", r.stderr);
        assert_eq!(listing(), files, "{}", file.display());
        assert!(std::fs::read(env.db()).unwrap() == db);
    }
    env.ok(&["check"]);
}

/// A damaged database — the reason to restore — is not opened: restore works on it, and
/// keeps it aside as it was.
#[test]
fn restore_replaces_a_damaged_database_without_opening_it() {
    let env = TestEnv::new();
    real_database(&env);
    let backup = PathBuf::from(env.ok(&["backup"]).stdout.trim());
    damage_pages(&env.db());
    let damaged = std::fs::read(env.db()).unwrap();
    env.fails(&["check"], 1);
    let j = env.json(&["restore", backup.to_str().unwrap()]);
    env.ok(&["check"]);
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 40);
    let aside = PathBuf::from(j["kept_aside"].as_str().unwrap());
    assert!(std::fs::read(aside).unwrap() == damaged);
}

/// A backup of an older schema is restored as it is, and upgraded (with its own copy made
/// first) the next time carnet opens it; into a data folder with no database yet, restore
/// creates it.
#[test]
fn an_old_backup_is_restored_then_upgraded_and_a_missing_database_is_created() {
    let env = TestEnv::new();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema_v1.db");
    let r = env.run_with(&["restore", fixture.to_str().unwrap(), "--json"], |c| {
        c.env_remove("CARNET_DB");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let j = r.json();
    assert_eq!(j["kept_aside"], serde_json::Value::Null);
    assert_eq!(j["schema_version"], 1);
    let data = env.path("home/.local/share/carnet");
    assert_eq!(crate::common::mode(&data.join("carnet.db")), 0o600);
    let r = env.run_with(&["list", "--json"], |c| {
        c.env_remove("CARNET_DB");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("Upgraded the database schema"),
        "{}",
        r.stderr
    );
    assert_eq!(r.json().as_array().unwrap().len(), 3);
}
