//! The committed completion scripts must match what the binary generates.
//! Regenerate with: UPDATE_COMPLETIONS=1 cargo test --test cli completions

use std::path::Path;

use crate::common::TestEnv;

const FILES: [(&str, &str); 5] = [
    ("bash", "carnet.bash"),
    ("zsh", "_carnet"),
    ("fish", "carnet.fish"),
    ("elvish", "carnet.elv"),
    ("powershell", "_carnet.ps1"),
];

#[test]
fn committed_completions_are_up_to_date() {
    let env = TestEnv::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in FILES {
        let generated = env.ok(&["completions", shell]).stdout;
        assert!(generated.contains("carnet"));
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &generated).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.as_str()) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions {stale:?}: run UPDATE_COMPLETIONS=1 cargo test --test cli completions"
    );
}

#[test]
fn completions_need_no_database() {
    let env = TestEnv::new();
    env.ok(&["completions", "bash", "--db", "/nonexistent/folder/x.db"]);
}

/// What the shell gets when it asks for completions at the last word of `line`, as the
/// registration script asks (`COMPLETE=SHELL carnet -- carnet …`).
fn complete(env: &TestEnv, shell: &str, line: &[&str]) -> Vec<String> {
    let mut args = vec!["--", "carnet"];
    args.extend_from_slice(line);
    let index = line.len().to_string();
    let r = env.run_with(&args, |c| {
        c.env("COMPLETE", shell)
            .env("_CLAP_COMPLETE_INDEX", &index)
            .env("_CLAP_IFS", "\n");
    });
    assert_eq!(r.code, 0, "{r:?}");
    r.stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn names_from_the_database_complete_with_accents_typed_plain() {
    let env = TestEnv::new();
    env.add("Frédéric Duval", &["--tag", "Vœux", "--tag", "jazz"]);
    env.add("Marie Côté", &[]);
    env.add("Zoë O'Brien", &[]);
    env.ok(&["event", "add", "Vernissage au Musée", "--on", "2026-11-20"]);
    env.ok(&["project", "add", "Concert d'été"]);
    // bash inserts what it gets: the name escaped as one word.
    assert_eq!(
        complete(&env, "bash", &["show", "fre"]),
        ["Frédéric\\ Duval"]
    );
    assert_eq!(
        complete(&env, "bash", &["note", "FRÉD"]),
        ["Frédéric\\ Duval"]
    );
    assert_eq!(
        complete(&env, "bash", &["show", "zoe"]),
        ["Zoë\\ O\\'Brien"]
    );
    assert_eq!(
        complete(&env, "bash", &["show", "cot"]),
        ["Marie\\ Côté"],
        "a word of the name"
    );
    assert_eq!(
        complete(&env, "bash", &["show", "'Frédéric D"]),
        ["Frédéric\\ Duval"]
    );
    assert_eq!(
        complete(&env, "bash", &["met", "zoe", "--at", "vern"]),
        ["Vernissage\\ au\\ Musée"]
    );
    assert_eq!(
        complete(&env, "bash", &["project", "show", "conc"]),
        ["Concert\\ d\\'été"]
    );
    assert_eq!(complete(&env, "bash", &["tag", "marie", "voe"]), ["Vœux"]);
    assert_eq!(complete(&env, "bash", &["list", "--tag", "j"]), ["jazz"]);
    assert_eq!(
        complete(&env, "bash", &["fu", "done", "mar"]),
        ["Marie\\ Côté"]
    );
    // zsh quotes what it inserts; its script does not filter (compadd -U).
    assert_eq!(complete(&env, "zsh", &["show", "fre"]), ["Frédéric Duval"]);
    // fish filters on what was typed: the name folded when typed without accents.
    assert_eq!(complete(&env, "fish", &["show", "fre"]), ["frederic duval"]);
    assert_eq!(complete(&env, "fish", &["show", "Fré"]), ["Frédéric Duval"]);
    // Commands and flags still complete.
    assert!(complete(&env, "bash", &["sea"]).contains(&"search".to_owned()));
    assert!(complete(&env, "bash", &["show", "--js"]).contains(&"--json".to_owned()));
    // Another database named on the line.
    let other = TestEnv::new();
    other.add("Frédérique Roy", &[]);
    let db = other.db();
    assert_eq!(
        complete(&env, "bash", &["--db", db.to_str().unwrap(), "show", "fre"]),
        ["Frédérique\\ Roy"]
    );
    // No database: nothing, and nothing created.
    let empty = TestEnv::new();
    assert!(complete(&empty, "bash", &["show", "fre"]).is_empty());
    assert!(!empty.db().exists());
}
