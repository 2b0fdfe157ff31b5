//! A `carnet log` session ended by a signal (SIGTERM from `kill`, SIGHUP from a closed
//! terminal window or ssh connection) gives the terminal back as it found it: echo, line
//! editing and Ctrl-C work again in the shell.

use std::time::Duration;

use expectrl::{Session, Signal, WaitStatus};
use rustix::termios::{tcgetattr, LocalModes};

use crate::common::TestEnv;

fn modes(s: &Session) -> LocalModes {
    let master = s.get_process().get_raw_handle().unwrap();
    tcgetattr(&master).unwrap().local_modes
}

fn ended_by(signal: Signal) {
    let env = TestEnv::new();
    env.ok(&["event", "add", "Café Pinson", "--kind", "breakfast"]);
    // The terminal as a shell leaves it (a new pseudo-terminal starts without echo), then
    // carnet in the same process.
    let carnet = env.std_cmd();
    let mut cmd = std::process::Command::new("sh");
    cmd.env_clear();
    for (k, v) in carnet.get_envs() {
        cmd.env(k, v.unwrap());
    }
    cmd.env("TERM", "xterm").args([
        "-c",
        "stty echo icanon isig && exec \"$0\" \"$@\"",
        env!("CARGO_BIN_EXE_carnet"),
        "log",
        "#1",
    ]);
    let mut s = Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(90)));
    s.expect("Person (Enter alone: finish)").unwrap();
    // In the session, keys are read one by one without echo (the test's premise).
    assert!(!modes(&s).contains(LocalModes::ECHO), "{:?}", modes(&s));

    s.get_process_mut().signal(signal).unwrap();
    let status = s.get_process().wait().unwrap();
    assert!(
        matches!(status, WaitStatus::Signaled(_, sig, _) if sig == signal),
        "carnet should end by {signal:?} as a shell expects: {status:?}"
    );
    let after = modes(&s);
    for (mode, what) in [
        (LocalModes::ECHO, "echo"),
        (LocalModes::ICANON, "line editing"),
        (LocalModes::ISIG, "Ctrl-C"),
    ] {
        assert!(after.contains(mode), "{what} not restored after {signal:?}");
    }
    // Nothing was half-saved: no contact yet.
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);
}

#[test]
fn sigterm_during_log_restores_the_terminal() {
    ended_by(Signal::SIGTERM);
}

#[test]
fn sighup_during_log_restores_the_terminal() {
    ended_by(Signal::SIGHUP);
}
