//! `carnet edit` with $EDITOR, end to end through a pseudo-terminal: the editor is a script
//! in a folder whose name has spaces, given arguments with `;` that a shell would obey.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use crate::common::TestEnv;

/// First run: a valid company but an invalid email. Second run: fixes the email, after
/// noting whether carnet showed the error. Each run logs its arguments and the file's mode.
const SCRIPT: &str = r#"#!/bin/sh
for f; do :; done
log="$(dirname "$0")/log"
printf 'args:' >> "$log"
for a; do printf ' [%s]' "$a" >> "$log"; done
printf '\nmode: %s\n' "$(stat -c %a "$f")" >> "$log"
if grep -q '^# Error: invalid email' "$f"; then
  echo 'saw: error' >> "$log"
  sed -i 's/not-an-email/fred@voeux.example/' "$f"
else
  sed -i 's/^company = .*/company = "Vœux \& Cie"/; s/^emails = .*/emails = ["not-an-email"]/' "$f"
fi
"#;

#[test]
fn edit_runs_the_editor_without_a_shell_on_a_private_file_and_reopens_on_error() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &[]);
    let dir = env.path("dir with space");
    std::fs::create_dir(&dir).unwrap();
    let script = dir.join("fake editor");
    std::fs::write(&script, SCRIPT).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let pwned = env.path("pwned");
    let editor = format!("'{}' --wait; touch {}", script.display(), pwned.display());

    let mut cmd = env.std_cmd();
    cmd.env("TERM", "dumb")
        .env("EDITOR", &editor)
        .args(["edit", "frederic"]);
    let mut session = expectrl::Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session.expect("Updated #1").unwrap();
    session.expect(expectrl::Eof).unwrap();

    let log = std::fs::read_to_string(dir.join("log")).unwrap();
    let runs: Vec<&str> = log.lines().filter(|l| l.starts_with("args:")).collect();
    assert_eq!(
        runs.len(),
        2,
        "the editor re-opens once after the error:\n{log}"
    );
    // One program, its arguments passed as they are: no shell ran `touch`.
    assert!(
        runs[0].starts_with(&format!("args: [--wait;] [touch] [{}]", pwned.display())),
        "{log}"
    );
    assert!(!pwned.exists(), "a shell interpreted EDITOR");
    assert_eq!(
        log.lines().filter(|l| *l == "mode: 600").count(),
        2,
        "the file is private while the editor runs:\n{log}"
    );
    assert!(
        log.contains("saw: error"),
        "the error was not shown:\n{log}"
    );

    let fred = env.json(&["show", "frederic"]);
    assert_eq!(fred["company"], "Vœux & Cie");
    assert_eq!(fred["emails"][0]["value"], "fred@voeux.example");
}

/// The editor script of the lost-update tests. Its first run plays another carnet saving
/// while the person edits (it runs `carnet $OTHER` itself), then
/// changes the company in the file as the person would; a later run (the file re-opened
/// with a conflict shown) logs what it saw and saves as it is.
const CONCURRENT: &str = r#"#!/bin/sh
for f; do :; done
log="$(dirname "$0")/log"
if grep -q '^# Error:' "$f"; then
  echo 'reopened:' >> "$log"
  grep '^# ' "$f" >> "$log"
  echo '--- file' >> "$log"
  grep -v '^#' "$f" >> "$log"
  exit 0
fi
echo 'first run' >> "$log"
"$CARNET" $OTHER >> "$log" 2>&1
sed -i 's/^company = .*/company = "Vœux \& Cie"/; s/^emails = \[\(.*\)\]/emails = [\1, "perso=fred@perso.example"]/' "$f"
"#;

fn concurrent_edit(env: &TestEnv, other: &str) -> (String, serde_json::Value) {
    let log = run_concurrent(env, other, "Updated #1");
    (log, env.json(&["show", "frederic"]))
}

/// Runs `carnet edit frederic` with the script, which runs `carnet OTHER` meanwhile, until
/// carnet prints `expect` and ends; returns the script's log.
fn run_concurrent(env: &TestEnv, other: &str, expect: &str) -> String {
    let dir = env.path("editor");
    std::fs::create_dir(&dir).unwrap();
    let script = dir.join("edit.sh");
    std::fs::write(&script, CONCURRENT).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = env.std_cmd();
    cmd.env("TERM", "dumb")
        .env("EDITOR", &script)
        .env("CARNET", env!("CARGO_BIN_EXE_carnet"))
        .env("OTHER", other)
        .args(["edit", "frederic"]);
    let mut session = expectrl::Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session.expect(expect).unwrap();
    session.expect(expectrl::Eof).unwrap();
    std::fs::read_to_string(dir.join("log")).unwrap()
}

fn values(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| e["value"].as_str().unwrap().to_owned())
        .collect()
}

/// What another carnet saves while the editor is open stays: the edit applies only what
/// the person changed in the file.
#[test]
fn an_edit_in_the_editor_keeps_what_another_carnet_saved_meanwhile() {
    let env = TestEnv::new();
    env.add(
        "Frédéric Duval",
        &[
            "--email",
            "fred@example.org",
            "--city",
            "Québec",
            "--tag",
            "vœux",
        ],
    );
    let (log, fred) = concurrent_edit(
        &env,
        "edit frederic --add-email fred@voeux.example --add-phone +33612345678 --add-link fred.example --add-tag client --title Président",
    );
    assert!(log.contains("Updated #1"), "{log}");
    assert!(!log.contains("reopened"), "no conflict here: {log}");
    // The person's change…
    assert_eq!(fred["company"], "Vœux & Cie");
    // …and the other's, all kept.
    assert_eq!(fred["title"], "Président");
    assert_eq!(fred["city"], "Québec");
    assert_eq!(
        values(&fred["emails"]),
        [
            "fred@example.org",
            "fred@voeux.example",
            "fred@perso.example"
        ]
    );
    assert_eq!(fred["emails"][2]["label"], "perso");
    assert_eq!(values(&fred["phones"]), ["+33612345678"]);
    assert_eq!(values(&fred["links"]), ["https://fred.example"]);
    assert_eq!(fred["tags"], serde_json::json!(["client", "vœux"]));
}

/// The same field changed on both sides: nothing is written, the file re-opens showing
/// both values (with the other's changes merged in), and what the person saves then wins.
#[test]
fn a_field_changed_on_both_sides_reopens_the_editor_with_the_conflict_shown() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &["--email", "fred@example.org"]);
    let (log, fred) = concurrent_edit(
        &env,
        "edit frederic --company Autre --add-email fred@voeux.example",
    );
    assert!(log.contains("reopened:"), "{log}");
    let shown = log.split("reopened:").nth(1).unwrap();
    assert!(shown.contains("company"), "{shown}");
    assert!(shown.contains("\"Autre\""), "{shown}");
    assert!(shown.contains("\"Vœux & Cie\""), "{shown}");
    let file = shown.split("--- file").nth(1).unwrap();
    assert!(file.contains("company = \"Vœux & Cie\""), "{file}");
    assert!(
        file.contains("fred@voeux.example"),
        "the other's email is merged in: {file}"
    );
    assert_eq!(fred["company"], "Vœux & Cie");
    assert_eq!(
        values(&fred["emails"]),
        [
            "fred@example.org",
            "fred@voeux.example",
            "fred@perso.example"
        ]
    );
}

/// The contact removed while the editor was open: the edit ends with an error, and nothing
/// comes back.
#[test]
fn a_contact_removed_while_edited_is_an_error_not_a_resurrection() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &["--email", "fred@example.org"]);
    env.add("Zoë", &[]);
    let log = run_concurrent(
        &env,
        "rm frederic --yes",
        "contact #1 was removed while you were editing it",
    );
    assert!(log.contains("Deleted #1"), "{log}");
    assert!(!log.contains("reopened"), "{log}");
    let list = env.json(&["list"]);
    assert_eq!(crate::common::names(&list), ["Zoë"]);
}

/// Saved as it was opened: nothing is written, and carnet says so.
#[test]
fn an_edit_saved_unchanged_writes_nothing() {
    let env = TestEnv::new();
    env.add("Zoë Tremblay", &["--email", "zoe@example.org"]);
    let before = env.json(&["show", "zoe"]);
    let mut cmd = env.std_cmd();
    cmd.env("TERM", "dumb")
        .env("EDITOR", "true")
        .args(["edit", "zoe"]);
    let mut session = expectrl::Session::spawn(cmd).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session.expect("No changes.").unwrap();
    session.expect(expectrl::Eof).unwrap();
    assert_eq!(env.json(&["show", "zoe"]), before);
}
