//! Backups that can be trusted: checked before and after copying, rotated without ever
//! losing the newest or a good one, atomic, safe to run twice at once, tidy after a kill.
//! Faults are injected: damaged pages, a clock behind, leftovers of killed runs, a disk
//! too small for the copy.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::common::{files_starting, TestEnv};

/// A carnet database of 40 contacts with long notes: many pages, closed.
pub fn real_database(env: &TestEnv) {
    for i in 0..40 {
        env.add(
            &format!("Frédéric {i}"),
            &["--note", &"Vœux — une longue note. ".repeat(40)],
        );
    }
    assert!(!env.path("carnet.db-wal").exists());
}

/// Overwrites the middle pages of a closed database with a pattern: its header and
/// schema stay readable (carnet opens it), its data is damaged.
pub fn damage_pages(db: &Path) {
    let mut bytes = std::fs::read(db).unwrap();
    let page = 4096;
    let pages = bytes.len() / page;
    assert!(pages >= 8, "{pages} pages");
    for p in [pages / 2, pages / 2 + 1, pages - 2] {
        for (i, b) in bytes[p * page..(p + 1) * page].iter_mut().enumerate() {
            *b = (i * 7 % 251) as u8;
        }
    }
    std::fs::write(db, bytes).unwrap();
}

fn backups(env: &TestEnv) -> Vec<PathBuf> {
    files_starting(env.dir.path(), "carnet-backup-")
}

fn hidden_leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

#[test]
fn a_damaged_database_is_never_backed_up_and_every_good_backup_stays() {
    let env = TestEnv::new();
    real_database(&env);
    for _ in 0..3 {
        env.ok(&["backup"]);
    }
    let good = backups(&env);
    assert_eq!(good.len(), 3);
    let good_bytes: Vec<Vec<u8>> = good.iter().map(|b| std::fs::read(b).unwrap()).collect();
    damage_pages(&env.db());
    for _ in 0..12 {
        let r = env.fails(&["backup"], 1);
        assert!(r.stderr.contains("damaged"), "{}", r.stderr);
        assert!(r.stderr.contains("no backup was made"), "{}", r.stderr);
        assert!(r.stderr.contains("carnet restore"), "{}", r.stderr);
    }
    assert_eq!(backups(&env), good, "a backup was made or removed");
    for (b, bytes) in good.iter().zip(&good_bytes) {
        assert!(
            std::fs::read(b).unwrap() == *bytes,
            "{} changed",
            b.display()
        );
    }
    let elsewhere = env.path("copy.db");
    let r = env.fails(&["backup", elsewhere.to_str().unwrap()], 1);
    assert!(r.stderr.contains("damaged"), "{}", r.stderr);
    assert!(!elsewhere.exists());
    assert_eq!(hidden_leftovers(env.dir.path()), Vec::<String>::new());
}

/// With the clock behind (or backups stamped by a clock that was ahead), the backup just
/// made has the oldest name of all: it is kept, and the oldest of the others goes.
#[test]
fn rotation_keeps_the_backup_just_made_with_the_clock_behind() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let first = std::path::PathBuf::from(env.ok(&["backup"]).stdout.trim());
    let mut future = Vec::new();
    for i in 0..10 {
        let name = env.path(&format!("carnet-backup-20991231-2359{i:02}-000000.db"));
        std::fs::copy(&first, &name).unwrap();
        future.push(name);
    }
    std::fs::remove_file(&first).unwrap();
    env.add("Marie Côté", &[]);
    let r = env.ok(&["backup", "--json"]);
    let j = r.json();
    let made = PathBuf::from(j["path"].as_str().unwrap());
    assert!(
        made.exists(),
        "the backup just made was deleted: {}",
        r.stderr
    );
    let listed = env.json(&["--db", made.to_str().unwrap(), "list"]);
    assert_eq!(
        listed.as_array().unwrap().len(),
        2,
        "the new backup is whole"
    );
    assert_eq!(
        j["removed"],
        serde_json::json!([future[0].to_str().unwrap()])
    );
    assert!(!future[0].exists());
    assert_eq!(backups(&env).len(), 10);
}

#[test]
fn a_damaged_old_backup_is_not_counted_and_no_good_one_is_pruned_for_it() {
    let env = TestEnv::new();
    real_database(&env);
    let mut made = Vec::new();
    for _ in 0..10 {
        made.push(PathBuf::from(env.ok(&["backup"]).stdout.trim()));
    }
    // The newest but one is damaged (a bad disk sector, say).
    damage_pages(&made[8]);
    let r = env.ok(&["backup", "--json"]);
    let j = r.json();
    assert_eq!(j["removed"], serde_json::json!([]), "ten good ones to keep");
    assert_eq!(j["damaged"], serde_json::json!([made[8].to_str().unwrap()]));
    assert!(r.stderr.contains("damaged"), "{}", r.stderr);
    assert!(r.stderr.contains(made[8].to_str().unwrap()), "{}", r.stderr);
    made.push(PathBuf::from(j["path"].as_str().unwrap()));

    let r = env.ok(&["backup", "--json"]);
    let j = r.json();
    made.push(PathBuf::from(j["path"].as_str().unwrap()));
    assert_eq!(j["removed"], serde_json::json!([made[0].to_str().unwrap()]));
    // Ten good backups are kept besides the damaged one, which is left alone.
    let kept = backups(&env);
    assert_eq!(kept.len(), 11, "{kept:?}");
    assert!(made[8].exists());
    assert_eq!(kept, made[1..].to_vec());
}

#[test]
fn backups_run_at_the_same_time_all_succeed() {
    let env = TestEnv::new();
    real_database(&env);
    for _ in 0..10 {
        env.ok(&["backup"]);
    }
    for _round in 0..6 {
        let children: Vec<_> = (0..6)
            .map(|_| {
                env.std_cmd()
                    .arg("backup")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let kept = backups(&env);
    assert!(kept.len() >= 10, "{kept:?}");
    for b in &kept {
        env.ok(&["--db", b.to_str().unwrap(), "check"]);
    }
    assert_eq!(hidden_leftovers(env.dir.path()), Vec::<String>::new());
}

/// A backup killed part-way leaves its temporary file (and SQLite's journal of it); the
/// next backup removes them — but never the file of a backup still running.
#[test]
fn leftovers_of_killed_backups_are_removed_by_the_next_one() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let old = SystemTime::now() - Duration::from_secs(3600);
    for name in [
        ".carnet-backup-Ab12Cd.tmp",
        ".carnet-backup-Ab12Cd.tmp-journal",
        ".carnet-backup-Zz99Yy.tmp",
    ] {
        let f = File::create(env.path(name)).unwrap();
        f.set_modified(old).unwrap();
    }
    // A backup under way in another process holds a lock on its file.
    let running = File::create(env.path(".carnet-backup-Run123.tmp")).unwrap();
    running.set_modified(old).unwrap();
    rustix::fs::flock(
        &running,
        rustix::fs::FlockOperation::NonBlockingLockExclusive,
    )
    .unwrap();
    // Files carnet did not make are never touched.
    std::fs::write(env.path(".carnet-backup-notes"), "mine").unwrap();

    env.ok(&["backup"]);
    let mut left = hidden_leftovers(env.dir.path());
    left.sort();
    assert_eq!(left, [".carnet-backup-Run123.tmp", ".carnet-backup-notes"]);
    drop(running);
}

/// The copy made before a schema upgrade is written under a temporary name: when it cannot
/// be finished (here the disk is too small for it), no file with a backup's name is left
/// behind, the database is left as it was, and the error says why.
#[test]
fn a_migration_backup_that_cannot_be_finished_leaves_no_backup_named_file() {
    let env = TestEnv::new();
    let disk = env.path("small disk");
    std::fs::create_dir(&disk).unwrap();
    let db = disk.join("carnet.db");
    // A schema-1 database with enough data that a copy does not fit beside it.
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema_v1.db");
    let big = env.path("big-v1.db");
    std::fs::copy(&fixture, &big).unwrap();
    {
        let conn = rusqlite::Connection::open(&big).unwrap();
        conn.execute_batch(
            "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < 400)
             INSERT INTO notes (contact_id, date, body, created_at)
             SELECT 1, '2026-01-01', hex(randomblob(1500)), '2026-01-01T00:00:00Z' FROM c;",
        )
        .unwrap();
    }
    let size = std::fs::metadata(&big).unwrap().len();
    let script = r#"
        set -u
        mount -t tmpfs -o size=$(( SIZE * 3 / 2 / 1024 ))k tmpfs "$DISK" || exit 77
        cp "$BIG" "$DB"
        sha1sum "$DB" > "$DISK/../before.sha"
        echo "--- list"
        "$CARNET" --db "$DB" list 2>&1; echo "exit $?"
        echo "--- files"
        ls -a "$DISK"
        echo "--- same"
        sha1sum "$DB" | cmp -s - "$DISK/../before.sha" && echo same-bytes
    "#;
    let out = std::process::Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", script])
        .env("DISK", &disk)
        .env("DB", &db)
        .env("BIG", &big)
        .env("SIZE", size.to_string())
        .env("CARNET", env!("CARGO_BIN_EXE_carnet"))
        .env("CARNET_NOW", &env.now)
        .env("HOME", env.path("home"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if !text.contains("--- list") {
        assert!(
            std::env::var_os("CI").is_none(),
            "cannot mount a small tmpfs: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        eprintln!("skipped: cannot mount a small tmpfs");
        return;
    }
    assert!(text.contains("exit 1"), "{text}");
    assert!(text.contains("is full"), "{text}");
    let files: Vec<&str> = text
        .split("--- files\n")
        .nth(1)
        .unwrap()
        .split("--- same")
        .next()
        .unwrap()
        .lines()
        .collect();
    assert!(
        files.iter().all(|f| !f.contains(".bak")),
        "a backup-named file was left: {files:?}"
    );
    assert!(
        files.iter().all(|f| !f.starts_with(".carnet-backup")),
        "a temporary file was left: {files:?}"
    );
    assert!(text.contains("same-bytes"), "the database changed: {text}");
}
