//! Encrypted notebooks: `carnet encrypt`, `decrypt`, `passphrase`, keys given by command,
//! wrong or missing keys, crashes during the rewrite, encrypted backups.

use std::path::Path;

use crate::common::{Run, TestEnv};

const PASS: &str = "échelle de Jacob 42";

/// A command that prints `pass` (as `pass show carnet` would).
fn printing(pass: &str) -> String {
    format!("printf '%s\\n' '{pass}'")
}

fn keyed(env: &TestEnv, pass: &str, args: &[&str]) -> Run {
    env.run_with(args, |c| {
        c.env("CARNET_KEY_COMMAND", printing(pass));
    })
}

fn keyed_ok(env: &TestEnv, args: &[&str]) -> Run {
    let r = keyed(env, PASS, args);
    assert_eq!(r.code, 0, "carnet {args:?}:\n{}\n{}", r.stdout, r.stderr);
    r
}

fn keyed_json(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    let mut a = args.to_vec();
    a.push("--json");
    keyed_ok(env, &a).json()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Every byte of the database and of what SQLite keeps beside it.
fn on_disk(db: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-journal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        if let Ok(bytes) = std::fs::read(&p) {
            all.extend(bytes);
        }
    }
    all
}

fn folder_listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn notebook() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "add",
        "Frédéric Duval",
        "--email",
        "fred@example.org",
        "--company",
        "Concours des vœux",
        "--tag",
        "voeux",
        "--note",
        "Quitte son employeur en janvier",
    ]);
    env.ok(&["add", "Zoë Łukasz", "--city", "Montréal"]);
    env.ok(&[
        "follow-up",
        "add",
        "Zoë",
        "call back about the gig",
        "--due",
        "2026-11-25",
    ]);
    env
}

fn export(env: &TestEnv, keyed: bool) -> String {
    let r = if keyed {
        keyed_ok(env, &["export", "json", "--plain"])
    } else {
        env.ok(&["export", "json"])
    };
    r.stdout
}

#[test]
fn an_encrypted_notebook_works_for_every_command_and_decrypts_to_the_same_data() {
    let env = notebook();
    let before = export(&env, false);
    let r = keyed_ok(&env, &["encrypt", "--json"]);
    assert_eq!(r.json()["encrypted"], true);
    assert_eq!(r.json()["key_in_keyring"], false);
    assert_eq!(export(&env, true), before, "the same data once encrypted");
    let bytes = on_disk(&env.db());
    for clear in [
        "Frédéric",
        "Duval",
        "fred@example.org",
        "Quitte son employeur",
        "SQLite format 3",
    ] {
        assert!(
            !contains(&bytes, clear),
            "{clear} in clear in the encrypted file"
        );
    }

    // A representative run of each family of commands.
    keyed_ok(
        &env,
        &[
            "add",
            "André Roy",
            "--email",
            "andre@example.org",
            "--tag",
            "voeux",
        ],
    );
    keyed_ok(&env, &["note", "André", "Cherche un ingénieur du son"]);
    keyed_ok(&env, &["tag", "Zoë", "montreal"]);
    keyed_ok(
        &env,
        &[
            "met",
            "frederic",
            "--how",
            "coffee",
            "--note",
            "Parlé du concours",
        ],
    );
    keyed_ok(
        &env,
        &[
            "follow-up",
            "add",
            "André",
            "send the demo",
            "--due",
            "2026-11-30",
        ],
    );
    let list = keyed_json(&env, &["list"]);
    assert_eq!(crate::common::names(&list).len(), 3);
    let found = keyed_json(&env, &["search", "ingenieur"]);
    assert!(found.to_string().contains("André Roy"), "{found}");
    keyed_ok(&env, &["show", "Frédéric"]);
    keyed_ok(&env, &["today"]);
    keyed_ok(&env, &["undo"]);
    keyed_ok(&env, &["check"]);
    // Written through the write-ahead log: still nothing in clear, there either.
    let bytes = on_disk(&env.db());
    for clear in [
        "André",
        "andre@example.org",
        "ingénieur",
        "Frédéric",
        "Montréal",
    ] {
        assert!(!contains(&bytes, clear), "{clear} in clear on disk");
    }

    let encrypted = export(&env, true);
    keyed_ok(&env, &["decrypt"]);
    assert_eq!(
        export(&env, false),
        encrypted,
        "decrypt keeps every byte of the data"
    );
    assert!(contains(
        &std::fs::read(env.db()).unwrap(),
        "SQLite format 3"
    ));
}

#[test]
fn no_key_or_a_wrong_key_is_refused_and_changes_nothing() {
    let env = notebook();
    keyed_ok(&env, &["encrypt"]);
    let before = on_disk(&env.db());
    let listing = folder_listing(env.dir.path());
    let tmp_before = folder_listing(Path::new("/tmp")).len();

    let r = env.fails(&["add", "Quelqu'un"], 1);
    assert!(r.stderr.contains("is encrypted"), "{}", r.stderr);
    assert!(r.stderr.contains("CARNET_KEY_COMMAND"), "{}", r.stderr);
    assert!(
        r.stderr.contains(&env.db().display().to_string()),
        "{}",
        r.stderr
    );

    let r = keyed(&env, "not the passphrase", &["add", "Quelqu'un"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("does not open"), "{}", r.stderr);
    assert!(r.stderr.contains("CARNET_KEY_COMMAND"), "{}", r.stderr);

    let r = env.run_with(&["list"], |c| {
        c.env("CARNET_KEY_COMMAND", "exit 3");
    });
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("exit 3"), "{}", r.stderr);

    // `check` says what the file is rather than "not a database".
    let r = env.fails(&["check"], 1);
    assert!(r.stderr.contains("is encrypted"), "{}", r.stderr);

    assert_eq!(on_disk(&env.db()), before, "nothing written");
    assert_eq!(
        folder_listing(env.dir.path()),
        listing,
        "nothing left beside it"
    );
    assert!(folder_listing(Path::new("/tmp")).len() <= tmp_before + 2);
}

#[test]
fn a_raw_key_opens_the_notebook_without_a_derivation() {
    let env = notebook();
    keyed_ok(&env, &["encrypt"]);
    // The raw key is what SQLCipher derives from the passphrase: computed here by the
    // library, given back in the `x'…'` form.
    let salt: [u8; 16] = std::fs::read(env.db()).unwrap()[..16].try_into().unwrap();
    let key = carnet::crypto::Key::derive(PASS, salt);
    let r = env.run_with(&["list", "--json"], |c| {
        c.env("CARNET_KEY_COMMAND", format!("echo \"{}\"", key.raw_form()));
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(crate::common::names(&r.json()).len(), 2);
}

#[test]
fn a_new_passphrase_replaces_the_old_one() {
    let env = notebook();
    keyed_ok(&env, &["encrypt"]);
    let before = export(&env, true);
    let r = env.run_with(&["passphrase"], |c| {
        c.env("CARNET_KEY_COMMAND", printing(PASS))
            .env("CARNET_NEW_KEY_COMMAND", printing("nouvelle phrase"));
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        keyed(&env, PASS, &["list"]).code,
        1,
        "the old passphrase no longer opens it"
    );
    let r = keyed(&env, "nouvelle phrase", &["export", "json", "--plain"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, before);
    // Encrypting twice, or decrypting a plain notebook, is refused.
    assert_eq!(keyed(&env, "nouvelle phrase", &["encrypt"]).code, 1);
    let plain = notebook();
    let r = plain.fails(&["decrypt"], 1);
    assert!(r.stderr.contains("is not encrypted"), "{}", r.stderr);
    let r = plain.fails(&["passphrase"], 1);
    assert!(r.stderr.contains("is not encrypted"), "{}", r.stderr);
    // No passphrase at all for `encrypt` (no terminal, no command).
    let r = plain.fails(&["encrypt"], 1);
    assert!(r.stderr.contains("CARNET_NEW_KEY_COMMAND"), "{}", r.stderr);
    assert_eq!(
        plain
            .ok(&["list", "--json"])
            .json()
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

/// A crash (here an abort, which like `kill -9` runs no clean-up) at each step of the
/// rewrite leaves a working database: the old one before the rename, the new one after.
#[test]
fn a_crash_at_any_step_of_encrypt_leaves_a_working_database() {
    for (step, encrypted) in [
        ("journal", false),
        ("export", false),
        ("sync", false),
        ("rename", true),
    ] {
        let env = notebook();
        let before = export(&env, false);
        let r = env.run_with(&["encrypt"], |c| {
            c.env("CARNET_KEY_COMMAND", printing(PASS))
                .env("CARNET_TEST_CRASH_AT", step);
        });
        assert_ne!(r.code, 0, "{step}: the crash happened");
        if encrypted {
            assert_eq!(export(&env, true), before, "{step}");
            assert_eq!(env.run(&["list"]).code, 1, "{step}: encrypted now");
        } else {
            assert_eq!(export(&env, false), before, "{step}");
        }
        let r = keyed(&env, PASS, &["check"]);
        assert_eq!(r.code, 0, "{step}: {}", r.stderr);
        // And the rewrite can be run again to its end.
        if !encrypted {
            keyed_ok(&env, &["encrypt"]);
            assert_eq!(export(&env, true), before, "{step}");
        }
    }
    // The same for decrypt and passphrase at the rename.
    let env = notebook();
    keyed_ok(&env, &["encrypt"]);
    let r = env.run_with(&["decrypt"], |c| {
        c.env("CARNET_KEY_COMMAND", printing(PASS))
            .env("CARNET_TEST_CRASH_AT", "export");
    });
    assert_ne!(r.code, 0);
    assert_eq!(env.run(&["list"]).code, 1, "still encrypted");
    keyed_ok(&env, &["list"]);
}

#[test]
fn an_encrypted_notebook_is_backed_up_encrypted_and_restores() {
    let env = notebook();
    keyed_ok(&env, &["encrypt"]);
    let before = export(&env, true);
    let backup = env.path("sauvegarde.db");
    keyed_ok(&env, &["backup", backup.to_str().unwrap()]);
    let bytes = std::fs::read(&backup).unwrap();
    assert!(!contains(&bytes, "Frédéric") && !contains(&bytes, "SQLite format 3"));
    // The backup opens with the same passphrase.
    let r = env.run_with(&["--db", backup.to_str().unwrap(), "check"], |c| {
        c.env("CARNET_KEY_COMMAND", printing(PASS));
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    keyed_ok(&env, &["add", "Après la sauvegarde"]);
    keyed_ok(&env, &["restore", backup.to_str().unwrap()]);
    assert_eq!(export(&env, true), before);
    assert_eq!(env.run(&["list"]).code, 1, "restored encrypted");
}

#[test]
fn exports_of_an_encrypted_notebook_are_sealed_with_age_and_import_back() {
    use age::secrecy::ExposeSecret;
    let env = notebook();
    keyed_ok(&env, &["encrypt"]);
    let before = export(&env, true);

    // To a recipient: opened with the identity file.
    let identity = age::x25519::Identity::generate();
    let id_file = env.path("cle.txt");
    std::fs::write(
        &id_file,
        format!("{}\n", identity.to_string().expose_secret()),
    )
    .unwrap();
    let sealed = env.path("carnet.json.age");
    let recipient = identity.to_public().to_string();
    keyed_ok(
        &env,
        &[
            "export",
            "json",
            "-o",
            sealed.to_str().unwrap(),
            "--to",
            &recipient,
        ],
    );
    let bytes = std::fs::read(&sealed).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    assert!(!contains(&bytes, "Frédéric") && !contains(&bytes, "fred@example.org"));

    let other = TestEnv::new();
    let r = other.fails(&["import", sealed.to_str().unwrap()], 1);
    assert!(r.stderr.contains("--identity"), "{}", r.stderr);
    other.ok(&[
        "import",
        sealed.to_str().unwrap(),
        "--identity",
        id_file.to_str().unwrap(),
    ]);
    assert_eq!(
        export(&other, false),
        before,
        "the import gives back every record"
    );

    // By default, with the passphrase of the key command; read back with it.
    let sealed = env.path("par-defaut.age");
    keyed_ok(&env, &["export", "json", "-o", sealed.to_str().unwrap()]);
    assert!(std::fs::read(&sealed)
        .unwrap()
        .starts_with(b"age-encryption.org/v1\n"));
    let third = TestEnv::new();
    let r = third.run_with(&["import", sealed.to_str().unwrap()], |c| {
        c.env("CARNET_KEY_COMMAND", printing("mauvaise"));
    });
    assert_eq!(r.code, 1, "a wrong passphrase: {}", r.stderr);
    assert_eq!(third.count("contacts"), 0);
    let r = keyed(&third, PASS, &["import", sealed.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(export(&third, false), before);

    // --plain writes it in clear; a vdir needs it.
    let r = keyed_ok(&env, &["export", "json", "--plain"]);
    assert!(r.stdout.contains("Frédéric"));
    let r = keyed(
        &env,
        PASS,
        &[
            "export",
            "vcard",
            "--vdir",
            env.path("vdir").to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("--plain"), "{}", r.stderr);
}

/// Runs carnet with the keyring on, in the session keyring named `session` (joined, or made
/// when it does not exist yet), as the commands of one login session share theirs. Without a
/// session keyring of its own a process falls back to the user's default one, shared by every
/// process of the user, which the kernel may refuse to write (as on the CI machine). carnet
/// forbids unsafe code, so the keyctl call is made by a small Python wrapper before `exec`.
fn in_session(env: &TestEnv, session: &str, key_command: Option<&str>, args: &[&str]) -> Run {
    let carnet = env.std_cmd();
    let python = std::env::var("CARNET_PYTHON").unwrap_or_else(|_| "python3".into());
    let mut c = std::process::Command::new(python);
    c.env_clear();
    for (k, v) in carnet.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    c.env("CARNET_KEYRING", "on");
    if let Some(k) = key_command {
        c.env("CARNET_KEY_COMMAND", k);
    }
    c.arg("-c")
        .arg(
            "import ctypes, os, sys\n\
             n = {'x86_64': 250, 'aarch64': 219}[os.uname().machine]\n\
             libc = ctypes.CDLL(None, use_errno=True)\n\
             if libc.syscall(n, 1, sys.argv[1].encode()) < 0:\n\
             \x20   sys.exit('keyctl join: errno %d' % ctypes.get_errno())\n\
             os.execv(sys.argv[2], sys.argv[2:])\n",
        )
        .arg(session)
        .arg(carnet.get_program())
        .args(args);
    let out = c.output().expect("run python3 and carnet");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The system keyring (the kernel's key store here): the key given once is kept, the next
/// command needs no key command, `carnet lock` forgets it.
#[test]
fn the_derived_key_is_kept_in_the_keyring_until_lock() {
    let env = notebook();
    let session = format!("carnet-test-{}", std::process::id());
    let pass = printing(PASS);
    let r = in_session(&env, &session, Some(&pass), &["encrypt", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    if r.json()["key_in_keyring"] != true {
        assert!(
            std::env::var_os("CI").is_none(),
            "no keyring under CI: {}",
            r.stderr
        );
        eprintln!("skipped: this machine has no keyring");
        return;
    }
    let r = in_session(&env, &session, None, &["list", "--json"]);
    assert_eq!(r.code, 0, "the key from the keyring: {}", r.stderr);
    assert_eq!(crate::common::names(&r.json()).len(), 2);
    // Off, the keyring is not read.
    assert_eq!(env.run(&["list"]).code, 1);
    let r = in_session(&env, &session, None, &["lock"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("Forgot"), "{}", r.stderr);
    assert_eq!(
        in_session(&env, &session, None, &["list"]).code,
        1,
        "forgotten"
    );
    // Given again by command, kept again.
    let r = in_session(&env, &session, Some(&pass), &["list"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(in_session(&env, &session, None, &["list"]).code, 0);
    in_session(&env, &session, None, &["decrypt"]);
    assert_eq!(
        env.ok(&["list", "--json"]).json().as_array().map(Vec::len),
        Some(2)
    );
}

/// On a terminal: `encrypt` asks for the passphrase twice, a command asks for it (a wrong
/// one is asked again), and what was typed opens the notebook.
#[test]
fn the_passphrase_is_asked_on_a_terminal() {
    use crate::pty::Pty;
    let env = notebook();
    let mut p = Pty::spawn(&env, &["encrypt"]);
    p.answer("New passphrase", PASS);
    p.answer("The same passphrase again", PASS);
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Encrypted"), "{out}");
    assert!(!out.contains(PASS), "the passphrase is not echoed: {out}");

    let mut p = Pty::spawn(&env, &["show", "Zoë", "--json"]);
    p.answer("Passphrase of the notebook", "pas la bonne");
    p.wait("Wrong passphrase, try again.");
    p.answer("Passphrase of the notebook", PASS);
    let (code, out) = p.finish();
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Montréal"), "{out}");
    // Three wrong answers: refused, exit 1.
    let mut p = Pty::spawn(&env, &["list"]);
    for attempt in 0..3 {
        p.answer("Passphrase of the notebook", "non");
        if attempt < 2 {
            p.wait("Wrong passphrase, try again.");
        }
    }
    let (code, out) = p.finish();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("the passphrase typed does not open"), "{out}");
    assert!(
        !out.contains("ERROR"),
        "SQLCipher's own log stays quiet: {out}"
    );
    // The typed passphrase opens it from a command as well.
    keyed_ok(&env, &["list"]);
}
