//! Asking the person at the terminal. `Prompter` is a trait so that every flow can run
//! against a terminal (dialoguer), a script of answers (tests), or nobody at all
//! (`--no-input`, or stdin not a terminal), in which case it fails with a hint.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use thiserror::Error;

use crate::i18n::{current, lookup, Lang};
use crate::tr;

#[derive(Debug, Error)]
pub enum PromptError {
    /// `why` is the id of a message saying why carnet cannot ask (`prompt-why-…`).
    #[error("{}", tr!("prompt-cannot-ask", what = what.as_str(),
        why = lookup(current(), why, None).unwrap_or_else(|| (*why).to_owned())))]
    NotInteractive {
        what: String,
        why: &'static str,
        hint: Option<String>,
    },
    #[error("{}", tr!("prompt-interrupted"))]
    Interrupted,
    #[error("{}", tr!("prompt-terminal-error", error = .0.to_string()))]
    Io(#[from] std::io::Error),
}

impl PromptError {
    pub fn hint(&self) -> Option<String> {
        match self {
            PromptError::NotInteractive { hint, .. } => hint.clone(),
            _ => None,
        }
    }
}

pub type PromptResult<T> = Result<T, PromptError>;

pub trait Prompter {
    /// Whether a person can be asked.
    fn is_interactive(&self) -> bool;

    /// A line of text; Enter alone gives `default`, or an empty string.
    fn input(&mut self, prompt: &str, default: Option<&str>) -> PromptResult<String>;

    /// A line of text that starts as `initial`, to be corrected (a line asked again).
    fn edit(&mut self, prompt: &str, initial: &str) -> PromptResult<String> {
        self.input(prompt, Some(initial).filter(|i| !i.is_empty()))
    }

    /// Yes or no.
    fn confirm(&mut self, prompt: &str, default: bool) -> PromptResult<bool>;

    /// One of `items`, by index.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> PromptResult<usize>;

    /// One of `items` or none: the first is highlighted, a last choice says "none of
    /// these", and on a terminal Esc or `q` cancels too. `None` when nothing was chosen.
    fn pick(&mut self, prompt: &str, items: &[String]) -> PromptResult<Option<usize>> {
        let mut all = items.to_vec();
        all.push(crate::tr!("resolve-none-of-these"));
        let i = self.select(prompt, &all, 0)?;
        Ok((i < items.len()).then_some(i))
    }

    /// Starts a session of many prompts (`carnet log`): the terminal stays out of line mode
    /// between prompts so keys typed early, Ctrl-C included, reach the next prompt.
    fn begin_session(&mut self) {}

    /// Ends the session: the terminal's modes and cursor are restored.
    fn end_session(&mut self) {}
}

/// Builds the prompter for this run: a terminal one when stdin and stderr are terminals and
/// `--no-input` was not given.
pub fn for_run(no_input: bool, lang: Lang) -> Box<dyn Prompter> {
    if no_input {
        Box::new(NoPrompter {
            why: "prompt-why-no-input",
        })
    } else if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        Box::new(NoPrompter {
            why: "prompt-why-not-a-terminal",
        })
    } else {
        Box::new(TerminalPrompter::new(lang))
    }
}

/// Never asks: every question is an error saying why (`why`: the id of a `prompt-why-…`
/// message, or a text shown as it is).
pub struct NoPrompter {
    pub why: &'static str,
}

impl NoPrompter {
    fn refuse<T>(&self, what: &str) -> PromptResult<T> {
        Err(PromptError::NotInteractive {
            what: what.to_owned(),
            why: self.why,
            hint: None,
        })
    }
}

impl Prompter for NoPrompter {
    fn is_interactive(&self) -> bool {
        false
    }
    fn input(&mut self, prompt: &str, _default: Option<&str>) -> PromptResult<String> {
        self.refuse(prompt)
    }
    fn confirm(&mut self, prompt: &str, _default: bool) -> PromptResult<bool> {
        self.refuse(prompt)
    }
    fn select(&mut self, prompt: &str, _items: &[String], _default: usize) -> PromptResult<usize> {
        self.refuse(prompt)
    }
}

/// Prompts on the terminal with dialoguer, on stderr.
pub struct TerminalPrompter {
    theme: Box<dyn dialoguer::theme::Theme>,
    /// The language of the yes/no keys and answers.
    lang: Lang,
    /// The terminal modes to restore when a session ends.
    saved_modes: Option<rustix::termios::Termios>,
}

impl TerminalPrompter {
    pub fn new(lang: Lang) -> TerminalPrompter {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let theme: Box<dyn dialoguer::theme::Theme> = if no_color {
            Box::new(dialoguer::theme::SimpleTheme)
        } else {
            Box::new(dialoguer::theme::ColorfulTheme::default())
        };
        TerminalPrompter {
            theme,
            lang,
            saved_modes: None,
        }
    }

    /// Called before each prompt: a Ctrl-C that arrived between prompts interrupts now.
    fn before_prompt(&mut self) -> PromptResult<()> {
        restore_terminal_on_termination();
        let flag = sigint_flag();
        if flag.swap(false, Ordering::SeqCst) {
            return Err(interrupted());
        }
        Ok(())
    }

    fn restore_terminal(&mut self) {
        if let Some(modes) = self.saved_modes.take() {
            let _ = rustix::termios::tcsetattr(
                std::io::stdin(),
                rustix::termios::OptionalActions::Drain,
                &modes,
            );
        }
        let _ = dialoguer::console::Term::stderr().show_cursor();
    }
}

impl Drop for TerminalPrompter {
    fn drop(&mut self) {
        if self.saved_modes.is_some() {
            self.restore_terminal();
        }
    }
}

/// dialoguer (through console) answers Ctrl-C in a prompt by raising SIGINT, which would
/// kill the process with the terminal in raw mode and the cursor hidden. A handler that only
/// sets this flag turns it into an ordinary `Interrupted` error instead.
fn sigint_flag() -> &'static Arc<AtomicBool> {
    static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        // Without the handler Ctrl-C still stops carnet, only less gracefully.
        let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&flag));
        flag
    })
}

/// A session and dialoguer's prompts put the terminal out of line mode, without echo: a
/// SIGTERM (`kill`) or SIGHUP (the window closed) would end carnet and leave the shell that
/// way. Before the first prompt, the modes are saved and a thread waits for these signals:
/// it puts the modes back, shows the cursor, then ends carnet by the same signal, as
/// without it (what is not committed is not written, as with any end by a signal).
fn restore_terminal_on_termination() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let Ok(modes) = rustix::termios::tcgetattr(std::io::stdin()) else {
            return;
        };
        use signal_hook::consts::{SIGHUP, SIGTERM};
        // Set by the handler itself, before a read interrupted by the signal returns, so
        // that the prompt does not take the interruption for a Ctrl-C (see `map_err`).
        let _ = signal_hook::flag::register(SIGTERM, Arc::clone(terminating()));
        let _ = signal_hook::flag::register(SIGHUP, Arc::clone(terminating()));
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("signals".into()) // i18n-ignore: a thread's name
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    let _ = rustix::termios::tcsetattr(
                        std::io::stdin(),
                        rustix::termios::OptionalActions::Now,
                        &modes,
                    );
                    let _ = dialoguer::console::Term::stderr().show_cursor();
                    let _ = std::io::Write::write_all(&mut std::io::stderr(), b"\n");
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                }
            });
    });
}

/// Whether SIGTERM or SIGHUP arrived: the thread of `restore_terminal_on_termination` is
/// about to end carnet by that signal.
fn terminating() -> &'static Arc<AtomicBool> {
    static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    FLAG.get_or_init(|| Arc::new(AtomicBool::new(false)))
}

/// A read interrupted by SIGTERM or SIGHUP is not a Ctrl-C: leave the ending to the
/// signal thread (which restores the terminal and ends carnet by that signal, as a shell
/// expects) instead of racing it with an exit of our own.
fn wait_for_termination() {
    if terminating().load(Ordering::SeqCst) {
        // The signal thread ends the process; the bound only guards against a thread
        // that could not be started.
        std::thread::sleep(std::time::Duration::from_secs(5));
    }
}

/// What a prompt shows, with the characters a terminal would obey (from a name in the
/// database, say) made visible.
fn shown(text: &str) -> String {
    crate::model::text::escape_unsafe(text, false).into_owned()
}

fn interrupted() -> PromptError {
    // A read broken off by SIGTERM or SIGHUP: the signals thread puts the terminal back and
    // ends carnet by that signal; ending with 130 first would hide it.
    wait_for_termination();
    let term = dialoguer::console::Term::stderr();
    let _ = term.show_cursor();
    let _ = term.write_line("");
    PromptError::Interrupted
}

impl Default for TerminalPrompter {
    fn default() -> Self {
        Self::new(Lang::En)
    }
}

fn map_err(e: dialoguer::Error) -> PromptError {
    let dialoguer::Error::IO(io) = e;
    match io.kind() {
        std::io::ErrorKind::Interrupted | std::io::ErrorKind::UnexpectedEof => {
            wait_for_termination();
            sigint_flag().store(false, Ordering::SeqCst);
            interrupted()
        }
        _ => PromptError::Io(io),
    }
}

/// Reads the keys of one line after `head`, starting from `initial`, up to Enter: Ctrl-D on
/// an empty line is the end of input and Ctrl-C an interruption, so a session can be left
/// either way; Backspace, Ctrl-U (the whole line) and Ctrl-W (a word) correct it.
fn read_keys(
    term: &dialoguer::console::Term,
    head: &str,
    initial: &str,
) -> std::io::Result<String> {
    use dialoguer::console::Key;
    use std::io::{Error, ErrorKind};
    use unicode_width::UnicodeWidthChar;

    term.write_str(head)?;
    term.write_str(initial)?;
    term.flush()?;
    let mut line: Vec<char> = initial.chars().collect();
    let erase =
        |term: &dialoguer::console::Term, c: char| term.clear_chars(c.width().unwrap_or(1).max(1));
    loop {
        match term.read_key_raw()? {
            Key::Enter => break,
            // i18n-ignore: never shown, `map_err` makes it PromptError::Interrupted
            Key::CtrlC => return Err(Error::new(ErrorKind::Interrupted, "interrupted")),
            Key::Char('\u{4}') if line.is_empty() => {
                // i18n-ignore: never shown, `map_err` makes it PromptError::Interrupted
                return Err(Error::new(ErrorKind::UnexpectedEof, "end of input"));
            }
            Key::Backspace => {
                if let Some(c) = line.pop() {
                    erase(term, c)?;
                }
            }
            // Ctrl-U: the whole line; Ctrl-W: the word before the cursor.
            Key::Char('\u{15}') => {
                while let Some(c) = line.pop() {
                    erase(term, c)?;
                }
            }
            Key::Char('\u{17}') => {
                while line.last().is_some_and(|c| c.is_whitespace()) {
                    line.pop().map(|c| erase(term, c)).transpose()?;
                }
                while line.last().is_some_and(|c| !c.is_whitespace()) {
                    line.pop().map(|c| erase(term, c)).transpose()?;
                }
            }
            Key::Char(c) if !c.is_control() => {
                line.push(c);
                term.write_str(c.encode_utf8(&mut [0; 4]))?;
            }
            _ => {}
        }
        term.flush()?;
    }
    Ok(line.into_iter().collect())
}

/// Reads one line on the terminal with the theme's look, starting from `initial`; Enter
/// alone gives `default`.
fn read_line(
    theme: &dyn dialoguer::theme::Theme,
    prompt: &str,
    default: Option<&str>,
    initial: &str,
) -> std::io::Result<String> {
    let term = dialoguer::console::Term::stderr();
    let mut head = String::new();
    let _ = theme.format_input_prompt(&mut head, prompt, default);
    let typed = read_keys(&term, &head, initial)?;
    let answer = if typed.trim().is_empty() {
        default.unwrap_or_default().to_owned()
    } else {
        typed
    };
    term.clear_line()?;
    let mut done = String::new();
    let _ = theme.format_input_prompt_selection(&mut done, prompt, &answer);
    term.write_line(&done)?;
    Ok(answer)
}

/// What a yes/no answer says: `y`, `yes`, `o`, `oui` and `n`, `no`, `non` in any case, in
/// either language; anything else, the empty answer included, says nothing.
pub fn yes_no(answer: &str) -> Option<bool> {
    match answer.trim().to_lowercase().as_str() {
        "y" | "yes" | "o" | "oui" => Some(true),
        "n" | "no" | "non" => Some(false),
        _ => None,
    }
}

/// A yes/no question answered by a whole line, Enter taking the default: a key typed is
/// never taken as the answer on its own, so the Enter after it cannot fall through to the
/// next question. Anything else than yes or no is asked again. Ctrl-D is the end of input
/// and Ctrl-C an interruption.
fn read_yes_no(
    theme: &dyn dialoguer::theme::Theme,
    prompt: &str,
    default: bool,
    lang: Lang,
) -> std::io::Result<bool> {
    let term = dialoguer::console::Term::stderr();
    let keys = if default {
        tr!(lang; "prompt-yes-no-default-yes")
    } else {
        tr!(lang; "prompt-yes-no-default-no")
    };
    let mut head = String::new();
    let _ = theme.format_prompt(&mut head, &format!("{prompt} {keys}")); // i18n-ignore: layout
    head.push(' ');
    let answer = loop {
        let typed = read_keys(&term, &head, "")?;
        if typed.trim().is_empty() {
            break default;
        }
        match yes_no(&typed) {
            Some(answer) => break answer,
            None => {
                term.write_line("")?;
                term.write_line(&tr!(lang; "answer-yes-or-no", answer = typed.trim()))?;
            }
        }
    };
    term.clear_line()?;
    let said = if answer {
        tr!(lang; "prompt-yes")
    } else {
        tr!(lang; "prompt-no")
    };
    let mut done = String::new();
    let _ = theme.format_input_prompt_selection(&mut done, prompt, &said);
    term.write_line(&done)?;
    Ok(answer)
}

impl Prompter for TerminalPrompter {
    fn is_interactive(&self) -> bool {
        true
    }

    fn input(&mut self, prompt: &str, default: Option<&str>) -> PromptResult<String> {
        self.before_prompt()?;
        let default = default.filter(|d| !d.is_empty()).map(shown);
        read_line(self.theme.as_ref(), &shown(prompt), default.as_deref(), "")
            .map_err(|e| map_err(e.into()))
    }

    fn edit(&mut self, prompt: &str, initial: &str) -> PromptResult<String> {
        self.before_prompt()?;
        read_line(self.theme.as_ref(), &shown(prompt), None, initial).map_err(|e| map_err(e.into()))
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> PromptResult<bool> {
        self.before_prompt()?;
        read_yes_no(self.theme.as_ref(), &shown(prompt), default, self.lang)
            .map_err(|e| map_err(e.into()))
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> PromptResult<usize> {
        self.before_prompt()?;
        let items: Vec<String> = items.iter().map(|i| shown(i)).collect();
        dialoguer::Select::with_theme(self.theme.as_ref())
            .with_prompt(shown(prompt))
            .items(&items)
            .default(default.min(items.len().saturating_sub(1)))
            .interact()
            .map_err(map_err)
    }

    fn pick(&mut self, prompt: &str, items: &[String]) -> PromptResult<Option<usize>> {
        self.before_prompt()?;
        let mut all = items.to_vec();
        all.push(crate::tr!("resolve-none-of-these"));
        let chosen = dialoguer::Select::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items(&all)
            .default(0)
            .interact_opt()
            .map_err(map_err)?;
        Ok(chosen.filter(|i| *i < items.len()))
    }

    fn begin_session(&mut self) {
        restore_terminal_on_termination();
        sigint_flag();
        let stdin = std::io::stdin();
        if self.saved_modes.is_some() {
            return;
        }
        if let Ok(modes) = rustix::termios::tcgetattr(&stdin) {
            let mut session = modes.clone();
            // Out of line mode, without echo or signal keys: what is typed between two
            // prompts waits for the next one, and Ctrl-C reaches it as a key.
            use rustix::termios::LocalModes;
            session.local_modes -= LocalModes::ICANON | LocalModes::ECHO | LocalModes::ISIG;
            if rustix::termios::tcsetattr(&stdin, rustix::termios::OptionalActions::Drain, &session)
                .is_ok()
            {
                self.saved_modes = Some(modes);
            }
        }
    }

    fn end_session(&mut self) {
        self.restore_terminal();
    }
}

/// Answers from a list, for tests of interactive flows through the trait.
pub struct ScriptedPrompter {
    pub answers: std::collections::VecDeque<String>,
    pub asked: Vec<String>,
}

impl ScriptedPrompter {
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(answers: I) -> ScriptedPrompter {
        ScriptedPrompter {
            answers: answers.into_iter().map(Into::into).collect(),
            asked: Vec::new(),
        }
    }

    fn next(&mut self, prompt: &str) -> PromptResult<String> {
        self.asked.push(prompt.to_owned());
        self.answers.pop_front().ok_or(PromptError::Interrupted)
    }
}

impl Prompter for ScriptedPrompter {
    fn is_interactive(&self) -> bool {
        true
    }
    fn input(&mut self, prompt: &str, default: Option<&str>) -> PromptResult<String> {
        let a = self.next(prompt)?;
        Ok(if a.is_empty() {
            default.unwrap_or_default().to_owned()
        } else {
            a
        })
    }
    fn confirm(&mut self, prompt: &str, default: bool) -> PromptResult<bool> {
        let a = self.next(prompt)?;
        Ok(match a.trim().to_lowercase().as_str() {
            "" => default,
            s => s.starts_with('y') || s.starts_with('o'),
        })
    }
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> PromptResult<usize> {
        let a = self.next(prompt)?;
        if a.is_empty() {
            return Ok(default);
        }
        Ok(a.parse::<usize>()
            .ok()
            .filter(|i| *i < items.len())
            .or_else(|| items.iter().position(|i| i.contains(&a)))
            .unwrap_or(default))
    }
}
