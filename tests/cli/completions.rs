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
