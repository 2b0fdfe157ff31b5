use crate::common::{mode, TestEnv};

#[test]
fn database_is_private_and_its_default_folder_too() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    assert_eq!(mode(&env.db()), 0o600);

    // Without --db or CARNET_DB: the XDG data folder, created 0700.
    let r = env.run_with(&["add", "Zoë"], |c| {
        c.env_remove("CARNET_DB");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let data = env.path("home/.local/share/carnet");
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("carnet.db")), 0o600);
}

#[test]
fn db_flag_wins_over_the_environment() {
    let env = TestEnv::new();
    let other = env.path("other.db");
    env.ok(&["add", "Zoë", "--db", other.to_str().unwrap()]);
    assert!(other.exists());
    assert!(!env.db().exists());
}

#[test]
fn pragmas_are_set_on_open() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, carnet::store::SCHEMA_VERSION);
}

#[test]
fn a_newer_schema_is_refused_and_left_byte_identical() {
    let env = TestEnv::new();
    env.add("Zoë", &[]);
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let before = std::fs::read(env.db()).unwrap();
    let r = env.fails(&["list"], 1);
    assert!(r.stderr.contains("999"), "{}", r.stderr);
    assert!(r.stderr.contains("newer"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"));
    env.fails(&["add", "Other"], 1);
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
    assert!(!env.path("carnet.db-wal").exists());
}

#[test]
fn a_foreign_file_is_refused_untouched() {
    let env = TestEnv::new();
    std::fs::write(env.db(), b"this is not a database, just some text\n").unwrap();
    let before = std::fs::read(env.db()).unwrap();
    let r = env.fails(&["list"], 1);
    assert!(r.stderr.contains("not a carnet database"), "{}", r.stderr);
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let env = TestEnv::new();
    let path = env.path("no/such/folder/c.db");
    let r = env.fails(&["list", "--db", path.to_str().unwrap()], 1);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
    assert!(!env.path("no").exists());
}
