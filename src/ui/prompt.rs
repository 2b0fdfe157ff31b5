//! Asking the person at the terminal. `Prompter` is a trait so that every flow can run
//! against a terminal (dialoguer), a script of answers (tests), or nobody at all
//! (`--no-input`, or stdin not a terminal), in which case it fails with a hint.

use std::io::IsTerminal;

use thiserror::Error;

#[derive(Debug, Error)]
pub enum PromptError {
    #[error("{what} needs an answer, but carnet cannot ask: {why}")]
    NotInteractive {
        what: String,
        why: &'static str,
        hint: Option<String>,
    },
    #[error("interrupted")]
    Interrupted,
    #[error("terminal error: {0}")]
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

    /// Yes or no.
    fn confirm(&mut self, prompt: &str, default: bool) -> PromptResult<bool>;

    /// One of `items`, by index.
    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> PromptResult<usize>;
}

/// Builds the prompter for this run: a terminal one when stdin and stderr are terminals and
/// `--no-input` was not given.
pub fn for_run(no_input: bool) -> Box<dyn Prompter> {
    if no_input {
        Box::new(NoPrompter {
            why: "--no-input was given",
        })
    } else if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        Box::new(NoPrompter {
            why: "standard input is not a terminal",
        })
    } else {
        Box::new(TerminalPrompter::new())
    }
}

/// Never asks: every question is an error saying why.
pub struct NoPrompter {
    pub why: &'static str,
}

impl NoPrompter {
    fn refuse<T>(&self, what: &str) -> PromptResult<T> {
        Err(PromptError::NotInteractive {
            what: format!("'{what}'"),
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
}

impl TerminalPrompter {
    pub fn new() -> TerminalPrompter {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let theme: Box<dyn dialoguer::theme::Theme> = if no_color {
            Box::new(dialoguer::theme::SimpleTheme)
        } else {
            Box::new(dialoguer::theme::ColorfulTheme::default())
        };
        TerminalPrompter { theme }
    }
}

impl Default for TerminalPrompter {
    fn default() -> Self {
        Self::new()
    }
}

fn map_err(e: dialoguer::Error) -> PromptError {
    let dialoguer::Error::IO(io) = e;
    match io.kind() {
        std::io::ErrorKind::Interrupted | std::io::ErrorKind::UnexpectedEof => {
            PromptError::Interrupted
        }
        _ => PromptError::Io(io),
    }
}

impl Prompter for TerminalPrompter {
    fn is_interactive(&self) -> bool {
        true
    }

    fn input(&mut self, prompt: &str, default: Option<&str>) -> PromptResult<String> {
        let mut input = dialoguer::Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(true);
        if let Some(d) = default.filter(|d| !d.is_empty()) {
            input = input.default(d.to_owned());
        }
        input.interact_text().map_err(map_err)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> PromptResult<bool> {
        dialoguer::Confirm::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .default(default)
            .interact()
            .map_err(map_err)
    }

    fn select(&mut self, prompt: &str, items: &[String], default: usize) -> PromptResult<usize> {
        dialoguer::Select::with_theme(self.theme.as_ref())
            .with_prompt(prompt)
            .items(items)
            .default(default.min(items.len().saturating_sub(1)))
            .interact()
            .map_err(map_err)
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
