//! Damaged and foreign database files: each refused with a clear error, exit 1, no panic,
//! and the file left byte-identical with nothing created beside it (no -wal, -shm or
//! -journal, no new database). Extends the open-time checks in store.rs.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::TestEnv;

/// Every file in the folder with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Runs a read and a write command on the file at `env.db()`; both must fail with exit 1
/// and a message containing `expect`, leaving the folder as it was.
fn refused_untouched(env: &TestEnv, expect: &str) {
    let before = snapshot(env.dir.path());
    for args in [
        &["list"][..],
        &["add", "Zoë", "--email", "zoe@example.org"][..],
        &["check"][..],
        &["backup"][..],
    ] {
        let r = env.fails(args, 1);
        assert!(
            r.stderr.contains(expect),
            "{args:?}: expected '{expect}' in:\n{}",
            r.stderr
        );
        assert!(r.stderr.contains("hint:"), "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 2, "{args:?}: {}", r.stderr);
        let after = snapshot(env.dir.path());
        assert_eq!(
            after.keys().collect::<Vec<_>>(),
            before.keys().collect::<Vec<_>>(),
            "{args:?} created or removed files"
        );
        assert!(after == before, "{args:?} modified the file");
    }
}

/// A real carnet database with some contacts, closed (its WAL checkpointed away).
fn real_database(env: &TestEnv) -> Vec<u8> {
    for i in 0..40 {
        env.add(
            &format!("Frédéric {i}"),
            &["--note", &"Vœux — une longue note. ".repeat(40)],
        );
    }
    assert!(!env.path("carnet.db-wal").exists());
    std::fs::read(env.db()).unwrap()
}

/// Deterministic noise (xorshift), so a failure can be replayed.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

#[test]
fn a_truncated_database_is_refused_untouched() {
    let env = TestEnv::new();
    let whole = real_database(&env);
    assert!(whole.len() >= 4 * 4096, "{}", whole.len());
    // Cut mid-page, then on a page boundary (caught by the header's page count), then
    // inside the header itself.
    for cut in [whole.len() / 2 + 123, whole.len() - 4096, 4096, 60] {
        std::fs::write(env.db(), &whole[..cut]).unwrap();
        refused_untouched(&env, "damaged");
    }
}

#[test]
fn random_bytes_are_refused_untouched() {
    let env = TestEnv::new();
    for seed in 1..=8 {
        std::fs::write(env.db(), noise(8192 + seed as usize * 517, seed)).unwrap();
        refused_untouched(&env, "not a carnet database");
    }
}

#[test]
fn a_valid_header_over_random_pages_is_refused_untouched() {
    let env = TestEnv::new();
    let whole = real_database(&env);
    for seed in 1..=4 {
        // Header and page 1's own header kept, the rest of the file noise: the size is
        // right, the contents are not.
        let mut bytes = whole.clone();
        let n = bytes.len() - 4096;
        bytes[4096..].copy_from_slice(&noise(n, seed));
        std::fs::write(env.db(), &bytes).unwrap();
        let before = snapshot(env.dir.path());
        for args in [&["list"][..], &["add", "Zoë"][..]] {
            let r = env.run(args);
            assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
            if r.code != 0 {
                assert_eq!(r.code, 1);
                assert!(r.stderr.contains("damaged") || r.stderr.contains("not a carnet"));
                assert!(snapshot(env.dir.path()) == before, "{args:?} modified it");
            }
        }
        // Whatever SQLite could still read, the damage is reported.
        let r = env.run(&["check"]);
        assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    }
}

#[test]
fn a_text_file_is_refused_untouched() {
    let env = TestEnv::new();
    for text in [
        "name,email\nZoë,zoe@example.org\n'; DROP TABLE contacts; --\n",
        "SQLite format 2\n",
        "S",
    ] {
        std::fs::write(env.db(), text).unwrap();
        refused_untouched(&env, "not a carnet database");
    }
}

#[test]
fn another_sqlite_database_is_refused_untouched() {
    let env = TestEnv::new();
    env.sql("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);");
    refused_untouched(&env, "not a carnet database");
}

#[test]
fn a_read_only_database_is_refused_untouched() {
    let env = TestEnv::new();
    real_database(&env);
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o400)).unwrap();
    refused_untouched(&env, "read-only");
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o600)).unwrap();
    env.ok(&["check"]);
}

#[test]
fn a_folder_or_a_missing_folder_is_a_clear_error_and_nothing_is_created() {
    let env = TestEnv::new();
    let before = snapshot(env.dir.path());
    let missing = env.path("no/such/folder/carnet.db");
    for args in [&["add", "Zoë"][..], &["backup"][..], &["check"][..]] {
        let r = env.run_with(args, |c| {
            c.env("CARNET_DB", &missing);
        });
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
        assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    }
    assert!(!env.path("no").exists());

    std::fs::create_dir(env.path("folder.db")).unwrap();
    let r = env.run_with(&["list"], |c| {
        c.env("CARNET_DB", env.path("folder.db"));
    });
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("is a folder"), "{}", r.stderr);
    assert_eq!(snapshot(env.dir.path()), before);
}

#[test]
fn an_empty_file_becomes_a_new_database() {
    let env = TestEnv::new();
    std::fs::write(env.db(), b"").unwrap();
    env.add("Zoë", &[]);
    env.ok(&["check"]);
}
