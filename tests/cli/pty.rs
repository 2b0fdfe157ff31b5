//! Driving carnet through a pseudo-terminal, as a person would type at it. Every answer
//! waits for its prompt before being sent; timeouts are generous so that a loaded machine
//! is slow but never flaky, while a hang still fails.
#![allow(dead_code)]

use std::time::Duration;

use expectrl::{Eof, Session, WaitStatus};

use crate::common::TestEnv;

pub const ENTER: &str = "\r";
pub const DOWN: &str = "\x1b[B";
pub const CTRL_D: &str = "\u{4}";
pub const CTRL_C: &str = "\x03";

/// A running carnet on a pseudo-terminal.
pub struct Pty {
    s: Session,
    transcript: String,
}

impl Pty {
    pub fn spawn(env: &TestEnv, args: &[&str]) -> Pty {
        Pty::spawn_with(env, args, |_| {})
    }

    /// `spawn`, with these environment variables set too (`CARNET_LANG`, `COLUMNS`…).
    pub fn spawn_env(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> Pty {
        Pty::spawn_with(env, args, |cmd| {
            for (k, v) in vars {
                cmd.env(k, v);
            }
        })
    }

    /// Like `spawn`, with the command adjusted first (its PATH, say).
    pub fn spawn_with(
        env: &TestEnv,
        args: &[&str],
        setup: impl FnOnce(&mut std::process::Command),
    ) -> Pty {
        let mut cmd = env.std_cmd();
        cmd.env("TERM", "xterm").args(args);
        setup(&mut cmd);
        let mut s = Session::spawn(cmd).expect("spawn carnet on a pty");
        // Generous: a loaded CI machine may take seconds to answer; a hang still fails.
        s.set_expect_timeout(Some(Duration::from_secs(90)));
        Pty {
            s,
            transcript: String::new(),
        }
    }

    /// Waits for `prompt` to appear.
    pub fn wait(&mut self, prompt: &str) {
        match self.s.expect(prompt) {
            Ok(found) => {
                self.transcript
                    .push_str(&String::from_utf8_lossy(found.before()));
                self.transcript.push_str(prompt);
            }
            Err(e) => panic!(
                "waiting for {prompt:?}: {e}\n--- transcript so far ---\n{}",
                self.transcript
            ),
        }
    }

    /// Waits for `prompt`, then types `keys` as they are (no Enter added).
    pub fn keys(&mut self, prompt: &str, keys: &str) {
        self.wait(prompt);
        self.s.send(keys).expect("send keys");
    }

    /// Waits for `prompt`, then types `answer` and Enter.
    pub fn answer(&mut self, prompt: &str, answer: &str) {
        self.keys(prompt, &format!("{answer}{ENTER}"));
    }

    /// Reads everything up to the end and returns the exit status and the whole transcript.
    pub fn finish(mut self) -> (i32, String) {
        match self.s.expect(Eof) {
            // The end matches everything left: it is the match, not what comes before it.
            Ok(rest) => {
                self.transcript
                    .push_str(&String::from_utf8_lossy(rest.before()));
                self.transcript
                    .push_str(&String::from_utf8_lossy(rest.get(0).unwrap_or_default()));
            }
            Err(e) => panic!(
                "waiting for the end: {e}\n--- transcript ---\n{}",
                self.transcript
            ),
        }
        let code = match self.s.get_process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!(
                "carnet did not exit normally: {other:?}\n{}",
                self.transcript
            ),
        };
        (code, self.transcript)
    }
}
