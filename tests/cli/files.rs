//! What carnet is pointed at: another program's SQLite file (whatever its user_version),
//! carnet's own mark on its files (`application_id`), files that are not regular files, and
//! the words of the errors about files: whose fault, said once.

use std::collections::BTreeMap;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::TestEnv;

/// carnet's `application_id`: "crnt".
const CARNET_ID: i64 = 0x6372_6E74;

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

fn application_id(path: &Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap()
}

/// Another program's SQLite file in rollback-journal mode, with `user_version` set.
fn foreign_database(path: &Path, user_version: i64, application_id: i64) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT, taken_on TEXT);
         INSERT INTO photos (path, taken_on) VALUES ('IMG_0001.jpg', '2026-11-22');
         CREATE TABLE albums (id INTEGER PRIMARY KEY, name TEXT);",
    )
    .unwrap();
    conn.pragma_update(None, "user_version", user_version)
        .unwrap();
    conn.pragma_update(None, "application_id", application_id)
        .unwrap();
}

#[test]
fn a_new_database_and_an_upgraded_one_carry_carnets_application_id() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    assert_eq!(application_id(&env.db()), CARNET_ID);

    let old = env.path("old.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema_v1.db"),
        &old,
    )
    .unwrap();
    assert_eq!(application_id(&old), 0);
    env.ok(&["--db", old.to_str().unwrap(), "list"]);
    assert_eq!(application_id(&old), CARNET_ID);
}

/// Another program's database with a user_version carnet once had is not taken for an old
/// carnet database: refused with every command, byte-identical, nothing written beside it
/// (no -wal, no .bak).
#[test]
fn another_programs_database_is_refused_whatever_its_user_version() {
    for version in 1..=carnet::store::SCHEMA_VERSION + 1 {
        let env = TestEnv::new();
        foreign_database(&env.db(), version, 0);
        let before = snapshot(env.dir.path());
        let out = env.path("out.json");
        for args in [
            &["list"][..],
            &["add", "Zoë"][..],
            &["export", "json", "-o", out.to_str().unwrap()][..],
            &["backup"][..],
            &["check"][..],
        ] {
            let r = env.fails(args, 1);
            assert!(
                r.stderr.contains("not a carnet database"),
                "v{version} {args:?}: {}",
                r.stderr
            );
            assert!(r.stderr.contains("hint:"), "{}", r.stderr);
            assert!(
                snapshot(env.dir.path()) == before,
                "v{version} {args:?} wrote beside or into the file"
            );
        }
    }
}

#[test]
fn a_file_marked_by_another_program_is_refused() {
    let env = TestEnv::new();
    // Fossil's application_id.
    foreign_database(&env.db(), 0, 0x0F05_5112);
    let before = snapshot(env.dir.path());
    let r = env.fails(&["list"], 1);
    assert!(r.stderr.contains("not a carnet database"), "{}", r.stderr);
    assert!(r.stderr.contains("another program"), "{}", r.stderr);
    assert!(snapshot(env.dir.path()) == before);
}

/// Runs carnet in the background and kills it if it has not ended after a minute: a hang
/// fails the test instead of stopping the suite.
fn run_bounded(env: &TestEnv, args: &[&str]) -> (i32, String) {
    let mut child = env
        .std_cmd()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = child.wait_with_output().unwrap();
            return (
                status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            );
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("carnet {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_named_pipe_as_the_database_is_refused_at_once() {
    let env = TestEnv::new();
    let fifo = env.path("carnet.db");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for args in [&["list"][..], &["add", "Zoë"][..], &["backup"][..]] {
        let (code, stderr) = run_bounded(&env, args);
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains("named pipe"), "{stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
        assert!(stderr.contains("hint:"), "{stderr}");
    }
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
    assert!(!env.path("carnet.db-journal").exists());
    assert!(!env.path("carnet.db-wal").exists());
}

/// A device as the database: `/dev/null` itself when not root (nothing can be created in
/// /dev then), else a node made in the test's folder (so a failure cannot litter /dev).
#[test]
fn a_device_as_the_database_is_refused_and_nothing_is_created_beside_it() {
    let env = TestEnv::new();
    let root = rustix::process::geteuid().is_root();
    let device: PathBuf = if root {
        let node = env.path("null");
        let made = std::process::Command::new("mknod")
            .arg(&node)
            .args(["c", "1", "3"])
            .status()
            .unwrap();
        assert!(made.success());
        node
    } else {
        PathBuf::from("/dev/null")
    };
    for args in [&["list"][..], &["add", "Zoë"][..]] {
        let r = env.run_with(args, |c| {
            c.env("CARNET_DB", &device);
        });
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("character device"), "{}", r.stderr);
        assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
    }
    for suffix in ["-journal", "-wal", "-shm"] {
        let mut beside = device.clone().into_os_string();
        beside.push(suffix);
        assert!(!Path::new(&beside).exists(), "{beside:?} was created");
    }
}

/// Runs `args` as the unprivileged user `nobody` (setpriv), for the wording of permission
/// errors: root may write anywhere. `None` when the test does not run as root.
fn run_as_nobody(env: &TestEnv, db: &Path, args: &[&str]) -> Option<(i32, String)> {
    if !rustix::process::geteuid().is_root() {
        assert!(
            std::env::var_os("CI").is_none(),
            "permission wording needs root (to run carnet as another user)"
        );
        eprintln!("skipped: permission wording needs root");
        return None;
    }
    let cmd = env.std_cmd();
    let program = cmd.get_program().to_owned();
    let mut c = std::process::Command::new("setpriv");
    c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(program)
        .args(args);
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c.env("CARNET_DB", db);
    let out = c.output().unwrap();
    Some((
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn a_file_of_another_user_is_not_blamed_on_its_permissions() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    // Readable by all, writable by its owner (root) only.
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let Some((code, stderr)) = run_as_nobody(&env, &env.db(), &["list"]) else {
        return;
    };
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("belongs to"), "{stderr}");
    assert!(stderr.contains("root"), "{stderr}");
    assert!(!stderr.contains("chmod"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
}

#[test]
fn a_read_only_folder_is_blamed_on_the_folder() {
    let env = TestEnv::new();
    let folder = env.path("shared");
    std::fs::create_dir(&folder).unwrap();
    let db = folder.join("carnet.db");
    env.ok(&["--db", db.to_str().unwrap(), "add", "Zoë"]);
    std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    // The file is nobody's to write (theirs); the folder is root's.
    if rustix::process::geteuid().is_root() {
        rustix::fs::chown(
            &db,
            Some(rustix::fs::Uid::from_raw(65534)),
            Some(rustix::fs::Gid::from_raw(65534)),
        )
        .unwrap();
    }
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    let Some((code, stderr)) = run_as_nobody(&env, &db, &["list"]) else {
        return;
    };
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("folder {}", folder.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("chmod u+w"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
}

/// An error from the operating system is said once, not once by carnet's message and again
/// by its cause.
#[test]
fn an_os_error_is_printed_once() {
    let env = TestEnv::new();
    let blocker = env.path("home");
    std::fs::write(&blocker, "a file where the home folder should be").unwrap();
    let r = env.run_with(&["list"], |c| {
        c.env_remove("CARNET_DB");
    });
    assert_eq!(r.code, 1, "{}", r.stderr);
    let first = r.stderr.lines().next().unwrap();
    assert_eq!(first.matches("Not a directory").count(), 1, "{}", r.stderr);
}

/// A full disk is said to be full, whether SQLite reports "database or disk is full" or,
/// unable to grow its shared-memory file, "disk I/O error": carnet on a 2 MB tmpfs (mounted
/// in a user and mount namespace of its own, so no privilege is needed), the disk filled up.
#[test]
fn a_full_disk_is_said_to_be_full() {
    let env = TestEnv::new();
    let disk = env.path("small disk");
    std::fs::create_dir(&disk).unwrap();
    let db = disk.join("carnet.db");
    let script = r#"
        set -u
        mount -t tmpfs -o size=2m tmpfs "$DISK" || exit 77
        "$CARNET" --db "$DB" add "Zoë Tremblay" >/dev/null 2>&1 || exit 78
        avail=$(df -k "$DISK" | awk 'NR == 2 { print $4 }')
        head -c $(( (avail - 200) * 1024 )) /dev/urandom > "$DISK/filler"
        echo "--- add"
        "$CARNET" --db "$DB" add "Marie Côté" --note "$NOTE" 2>&1; echo "exit $?"
        head -c 4000000 /dev/urandom >> "$DISK/filler" 2>/dev/null
        echo "--- list"
        "$CARNET" --db "$DB" list 2>&1; echo "exit $?"
        rm "$DISK/filler"
        echo "--- after"
        "$CARNET" --db "$DB" list --json 2>&1; echo "exit $?"
    "#;
    let out = std::process::Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", script])
        .env("DISK", &disk)
        .env("DB", &db)
        .env("CARNET", env!("CARGO_BIN_EXE_carnet"))
        .env("NOTE", "x".repeat(100_000))
        .env("CARNET_NOW", &env.now)
        .env("HOME", env.path("home"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    if matches!(out.status.code(), Some(77) | Some(1)) && !text.contains("--- add") {
        assert!(
            std::env::var_os("CI").is_none(),
            "cannot mount a small tmpfs: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        eprintln!("skipped: cannot mount a small tmpfs");
        return;
    }
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let section = |name: &str| -> &str {
        let start = text.find(&format!("--- {name}\n")).unwrap() + name.len() + 5;
        let end = text[start..].find("--- ").map_or(text.len(), |e| start + e);
        &text[start..end]
    };
    for name in ["add", "list"] {
        let s = section(name);
        assert!(s.contains("exit 1"), "{name}: {s}");
        assert!(
            s.contains(&format!("the disk holding {} is full", disk.display())),
            "{name}: {s}"
        );
        assert!(!s.contains("disk I/O error"), "{name}: {s}");
        assert!(s.contains("hint: free some space"), "{name}: {s}");
    }
    assert!(section("add").contains("nothing was changed"), "{text}");
    let after = section("after");
    assert!(after.contains("exit 0"), "{after}");
    assert!(
        after.contains("Zoë Tremblay") && !after.contains("Marie"),
        "{after}"
    );
}

/// `export -o` into what is not a plain file: a named pipe or a device is written through
/// (never replaced by a file), a symbolic link is followed (the link stays, its target gets
/// the export), `-` is standard output, a folder is refused.
#[test]
fn export_writes_through_pipes_and_devices_and_follows_links() {
    let env = TestEnv::new();
    env.add("Zoë Tremblay", &["--email", "zoe@example.org"]);

    // A named pipe: read by another thread while carnet writes.
    let fifo = env.path("pipe.vcf");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    // (Read through a channel: were the pipe replaced, the reader would wait forever.)
    let (sent, received) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || sent.send(std::fs::read_to_string(fifo).unwrap()));
    }
    let (code, stderr) = run_bounded(&env, &["export", "vcard", "-o", fifo.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let read = received
        .recv_timeout(Duration::from_secs(60))
        .expect("nothing came through the pipe");
    assert!(read.contains("FN:Zoë Tremblay"));
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());

    // A character device: /dev/null itself, or a node made here when root (so that a
    // failure would not replace the system's).
    let null = if rustix::process::geteuid().is_root() {
        let node = env.path("null");
        assert!(std::process::Command::new("mknod")
            .arg(&node)
            .args(["c", "1", "3"])
            .status()
            .unwrap()
            .success());
        node
    } else {
        PathBuf::from("/dev/null")
    };
    env.ok(&["export", "csv", "-o", null.to_str().unwrap()]);
    assert!(std::fs::symlink_metadata(&null)
        .unwrap()
        .file_type()
        .is_char_device());

    // A symbolic link into another folder: followed, and said so.
    let elsewhere = env.path("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    let target = elsewhere.join("contacts.vcf");
    std::fs::write(&target, "old").unwrap();
    let link = env.path("link.vcf");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let r = env.ok(&["export", "vcard", "-o", link.to_str().unwrap()]);
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&target)
        .unwrap()
        .contains("FN:Zoë Tremblay"));
    assert!(r.stderr.contains(target.to_str().unwrap()), "{}", r.stderr);
    // A link to nowhere yet: its target is created.
    let dangling = env.path("new.vcf");
    let new_target = elsewhere.join("new-target.vcf");
    std::os::unix::fs::symlink(&new_target, &dangling).unwrap();
    env.ok(&["export", "vcard", "-o", dangling.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&new_target)
        .unwrap()
        .contains("FN:Zoë"));
    assert!(std::fs::symlink_metadata(&dangling)
        .unwrap()
        .file_type()
        .is_symlink());

    // `-` is standard output; no file named "-" appears.
    let r = env.ok(&["export", "vcard", "-o", "-"]);
    assert!(r.stdout.contains("FN:Zoë Tremblay"));
    assert!(!Path::new("-").exists() && !env.path("-").exists());

    // A folder is refused, naming it.
    let r = env.fails(&["export", "vcard", "-o", elsewhere.to_str().unwrap()], 1);
    assert!(r.stderr.contains("is a folder"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
}
