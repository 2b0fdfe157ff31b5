#![allow(dead_code)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::NaiveDate;
use serde_json::Value;

use carnet::model::encounter::{How, NewEncounter};
use carnet::store::{Location, Store};

pub const NOW: &str = "2026-11-22T09:00:00";

/// A temporary home for one test: its own database, data folder and clock.
pub struct TestEnv {
    pub dir: tempfile::TempDir,
    pub now: String,
}

/// What one run of carnet printed and how it exited.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
            now: NOW.to_owned(),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("carnet.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Moves the clock (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`).
    pub fn set_now(&mut self, now: &str) {
        self.now = now.to_owned();
    }

    /// A carnet command with the test's environment and nothing of the user's.
    pub fn cmd(&self) -> Command {
        Command::from(self.std_cmd())
    }

    /// The same command as a plain `std::process::Command`: to spawn it on a pseudo-terminal
    /// or start several at once.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_carnet"));
        let home = self.dir.path().join("home");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("CARNET_DB", self.db())
            .env("CARNET_NOW", &self.now)
            .env("TZ", "UTC")
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1")
            .env("LANG", "C.UTF-8")
            // Never the user's keyring: the tests of encrypted notebooks give keys by command.
            .env("CARNET_KEYRING", "off");
        c
    }

    /// Runs carnet with `args` and returns what it printed, whatever the exit status.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, |_| {})
    }

    pub fn run_with(&self, args: &[&str], setup: impl FnOnce(&mut Command)) -> Run {
        let mut c = self.cmd();
        c.args(args);
        setup(&mut c);
        let out = c.output().expect("run carnet");
        Run {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            code: out.status.code().unwrap_or(-1),
        }
    }

    /// Runs carnet and fails the test unless it exits 0.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(
            r.code, 0,
            "carnet {args:?} failed:\nstdout:\n{}\nstderr:\n{}",
            r.stdout, r.stderr
        );
        r
    }

    /// Runs carnet with `--json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.push("--json");
        self.ok(&a).json()
    }

    /// Runs carnet and fails the test unless it exits with `code`.
    pub fn fails(&self, args: &[&str], code: i32) -> Run {
        let r = self.run(args);
        assert_eq!(
            r.code, code,
            "carnet {args:?}: expected exit {code}:\nstdout:\n{}\nstderr:\n{}",
            r.stdout, r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "panic: {}", r.stderr);
        r
    }

    /// Adds a contact and returns its id.
    pub fn add(&self, name: &str, extra: &[&str]) -> i64 {
        let mut a = vec!["add", name];
        a.extend_from_slice(extra);
        self.json(&a)["id"].as_i64().expect("id")
    }

    /// A direct connection to the test's database, with carnet's SQL functions registered
    /// (the search index triggers call `fold`).
    pub fn conn(&self) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        carnet::store::register_functions(&conn).expect("register functions");
        conn
    }

    /// Runs SQL straight on the database file.
    pub fn sql(&self, statements: &str) {
        self.conn().execute_batch(statements).expect("sql");
    }

    /// The number of rows in a table, read straight from the database file.
    pub fn count(&self, table: &str) -> i64 {
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count")
    }
}

/// Records an encounter (a coffee) straight through the store, as a test's setup.
pub fn meet(env: &TestEnv, contact: i64, date: &str, note: Option<&str>) {
    let mut store = Store::open(&Location {
        path: env.db(),
        create_folder: false,
    })
    .unwrap();
    store
        .write(|db| {
            db.insert_encounter(
                &NewEncounter {
                    contact_id: contact,
                    event_id: None,
                    date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
                    how: How::Coffee,
                    note: note.map(Into::into),
                    ..Default::default()
                },
                "2026-11-22T09:00:00Z",
            )
        })
        .unwrap();
}

/// A proptest runner of 512 cases (`PROPTEST_CASES` overrides), keeping no failure file.
pub fn runner() -> proptest::test_runner::TestRunner {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(512);
    proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })
}

/// The folder of the shared real-world corpus, if present.
pub fn corpus() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CARNET_CORPUS") {
        return Some(PathBuf::from(p));
    }
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    p.is_dir().then_some(p)
}

/// The `name` of every item of a JSON array, in order.
pub fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x["name"].as_str().expect("a name").to_owned())
        .collect()
}

/// The integer `field` (`id`, `contact_id`, `count`…) of every item of a JSON array, in order.
pub fn ints(v: &Value, field: &str) -> Vec<i64> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| {
            x[field]
                .as_i64()
                .unwrap_or_else(|| panic!("no {field} in {x}"))
        })
        .collect()
}

/// A file's permission bits (`0o600`…).
pub fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777
}

/// The files of `dir` whose names start with `prefix`, sorted.
pub fn files_starting(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    v.sort();
    v
}
