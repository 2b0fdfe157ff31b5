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
