//! Errors as the user sees them: `Error: …` naming the offending value, then `hint: …`.

use thiserror::Error;

use crate::i18n::Lang;
use crate::model::dates::DateError;
use crate::model::validate::InvalidValue;
use crate::scan::ScanError;
use crate::store::{HistoryError, NothingChanged, StoreError};
use crate::tr;
use crate::ui::editor::EditorError;
use crate::ui::prompt::PromptError;

/// An error with an optional hint and exit status, raised by commands.
#[derive(Debug, Error)]
#[error("{message}")]
pub struct CliError {
    pub message: String,
    pub hint: Option<String>,
    /// A command line that asks for nothing carnet can do (exit 2, as clap's own errors).
    pub usage: bool,
}

impl CliError {
    pub fn new(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            hint: None,
            usage: false,
        }
    }

    /// Marks it a usage error: exit status 2.
    pub fn usage(mut self) -> CliError {
        self.usage = true;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }
}

/// The command did its work and printed its report, but left part of its input out (an
/// import with records skipped or shortened): exit 3, nothing more said.
#[derive(Debug, Error)]
// i18n-ignore: never shown, main prints nothing for it (is_quiet)
#[error("part of the input was left out")]
pub struct Incomplete;

/// Whether the error only carries an exit status: the command already said everything.
pub fn is_quiet(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.is::<Incomplete>())
}

/// The user interrupted an interactive flow (Ctrl-C, end of input): exit 130.
#[derive(Debug, Error)]
#[error("{}", tr!("prompt-interrupted"))]
pub struct Interrupted;

/// The message printed after `Error: `: the chain joined by ": ", ending with "nothing was
/// changed" when the error came out of a rolled-back write.
pub fn message_of(err: &anyhow::Error) -> String {
    let mut rolled_back = false;
    let mut parts = Vec::new();
    for e in err.chain() {
        if e.is::<NothingChanged>() {
            rolled_back = true;
            continue;
        }
        // An error that prints its cause itself ("…: No such file or directory") is not
        // followed by the same cause again.
        let text = e.to_string();
        if !parts.last().is_some_and(|p: &String| p.ends_with(&text)) {
            parts.push(text);
        }
    }
    let message = parts.join(": ");
    // Errors not yet in the catalogues say it in English.
    let said = |lang| message.contains(&tr!(lang; "nothing-changed"));
    if rolled_back && !said(crate::i18n::current()) && !said(Lang::En) {
        return tr!("error-nothing-changed", message = message);
    }
    message
}

/// The first hint found along the error's chain.
pub fn hint_of(err: &anyhow::Error) -> Option<String> {
    err.chain().find_map(|e| {
        if let Some(e) = e.downcast_ref::<CliError>() {
            e.hint.clone()
        } else if let Some(e) = e.downcast_ref::<StoreError>() {
            e.hint()
        } else if let Some(e) = e.downcast_ref::<HistoryError>() {
            e.hint()
        } else if let Some(e) = e.downcast_ref::<InvalidValue>() {
            e.hint()
        } else if let Some(e) = e.downcast_ref::<DateError>() {
            Some(e.hint())
        } else if let Some(e) = e.downcast_ref::<PromptError>() {
            e.hint()
        } else if let Some(e) = e.downcast_ref::<EditorError>() {
            e.hint()
        } else if let Some(e) = e.downcast_ref::<ScanError>() {
            e.hint(crate::i18n::current())
        } else {
            None
        }
    })
}

/// The exit status for an error: 130 when interrupted, 3 when part of an import was left
/// out, 1 otherwise.
pub fn exit_code_of(err: &anyhow::Error) -> u8 {
    if is_quiet(err) {
        return 3;
    }
    let interrupted = err.chain().any(|e| {
        e.is::<Interrupted>()
            || matches!(
                e.downcast_ref::<PromptError>(),
                Some(PromptError::Interrupted)
            )
    });
    let usage = err
        .chain()
        .any(|e| e.downcast_ref::<CliError>().is_some_and(|c| c.usage));
    if interrupted {
        130
    } else if usage {
        2
    } else {
        1
    }
}

/// Whether the error is a closed pipe on stdout (`carnet list | head -1`), to exit quietly.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cause_already_said_is_not_said_again() {
        let io = || std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let err = anyhow::Error::from(io()).context("cannot read a.vcf: no such file");
        assert_eq!(message_of(&err), "cannot read a.vcf: no such file");
        let err = anyhow::Error::from(io()).context("cannot read a.vcf");
        assert_eq!(message_of(&err), "cannot read a.vcf: no such file");
        let err = anyhow::Error::from(io())
            .context("cannot read a.vcf")
            .context("import failed");
        assert_eq!(
            message_of(&err),
            "import failed: cannot read a.vcf: no such file"
        );
    }

    #[test]
    fn a_rolled_back_error_says_nothing_was_changed_once_and_keeps_its_hint() {
        let err = NothingChanged::wrap(NothingChanged::wrap(anyhow::Error::from(
            CliError::new("no contact #9").hint("try list"),
        )));
        assert_eq!(message_of(&err), "no contact #9; nothing was changed");
        assert_eq!(hint_of(&err).as_deref(), Some("try list"));
        let busy = NothingChanged::wrap(anyhow::Error::from(StoreError::Busy));
        assert_eq!(message_of(&busy).matches("nothing was changed").count(), 1);
        assert_eq!(
            exit_code_of(&NothingChanged::wrap(anyhow::Error::from(Interrupted))),
            130
        );
    }
}
