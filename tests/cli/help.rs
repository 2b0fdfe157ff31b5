//! The help texts are part of the interface: snapshot them.

use crate::common::TestEnv;

#[test]
fn help_texts() {
    let env = TestEnv::new();
    for cmd in [
        vec!["--help"],
        vec!["add", "--help"],
        vec!["list", "--help"],
        vec!["show", "--help"],
        vec!["edit", "--help"],
        vec!["rm", "--help"],
        vec!["note", "--help"],
        vec!["tag", "--help"],
        vec!["tags", "--help"],
    ] {
        let r = env.ok(&cmd);
        let name = format!("help_{}", cmd[..cmd.len() - 1].join("_"));
        let name = if name == "help_" {
            "help_root".to_owned()
        } else {
            name
        };
        insta::assert_snapshot!(name, r.stdout);
        assert!(r.stdout.contains("Examples:"), "{cmd:?} has no examples");
    }
}

#[test]
fn version() {
    let env = TestEnv::new();
    let r = env.ok(&["--version"]);
    assert_eq!(
        r.stdout.trim(),
        format!("carnet {}", env!("CARGO_PKG_VERSION"))
    );
}
