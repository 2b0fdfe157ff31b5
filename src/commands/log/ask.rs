//! How the answers of a `log` session are read: every question reads a whole line, `<`
//! alone goes back one question, and a yes/no question takes y/yes/o/oui or n/no/non (Enter
//! for the default), so that no key typed is ever taken for the next question.

use crate::i18n::Lang;
use crate::tr;
use crate::ui::output::Output;
use crate::ui::prompt::{self, PromptResult, Prompter};

/// Typed alone, goes back one question.
pub const BACK: &str = "<";

/// A line answered.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    Back,
    /// The line, trimmed (empty when skipped).
    Text(String),
}

/// Reads a line, starting from `initial` when there is something to correct.
pub fn line(p: &mut dyn Prompter, prompt: &str, initial: &str) -> PromptResult<Answer> {
    let raw = if initial.is_empty() {
        p.input(prompt, None)?
    } else {
        p.edit(prompt, initial)?
    };
    Ok(read(&raw))
}

fn read(raw: &str) -> Answer {
    match raw.trim() {
        BACK => Answer::Back,
        t => Answer::Text(t.to_owned()),
    }
}

/// A yes/no answer, or going back.
#[derive(Debug, PartialEq, Eq)]
pub enum YesNo {
    Yes,
    No,
    Back,
}

/// A yes/no question answered by a line; Enter takes `default`; anything else is said and
/// asked again.
pub fn yes_no(
    p: &mut dyn Prompter,
    out: &Output,
    lang: Lang,
    prompt: &str,
    default: bool,
) -> PromptResult<YesNo> {
    loop {
        match line(p, prompt, "")? {
            Answer::Back => return Ok(YesNo::Back),
            Answer::Text(t) => match (t.is_empty(), prompt::yes_no(&t)) {
                (true, _) if default => return Ok(YesNo::Yes),
                (true, _) => return Ok(YesNo::No),
                (false, Some(true)) => return Ok(YesNo::Yes),
                (false, Some(false)) => return Ok(YesNo::No),
                (false, None) => out.status(tr!(lang; "answer-yes-or-no", answer = t)),
            },
        }
    }
}

/// What an answer to the name question asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum AtName {
    /// Enter alone: the session is over.
    End,
    Back,
    /// `undo` (`annuler`): take back the last person saved.
    Undo,
    /// `?` (`help`, `aide`): the help line again.
    Help,
    /// A person's line.
    Person(String),
}

/// Reads an answer to the name question.
pub fn at_name(raw: &str) -> AtName {
    match read(raw) {
        Answer::Back => AtName::Back,
        Answer::Text(t) => match t.to_lowercase().as_str() {
            "" => AtName::End,
            "undo" | "annuler" => AtName::Undo,
            "?" | "help" | "aide" => AtName::Help,
            _ => AtName::Person(t),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::prompt::ScriptedPrompter;

    #[test]
    fn answers_at_the_name() {
        assert_eq!(at_name(""), AtName::End);
        assert_eq!(at_name("   "), AtName::End);
        assert_eq!(at_name(" < "), AtName::Back);
        for undo in ["undo", "UNDO", "annuler", " Annuler "] {
            assert_eq!(at_name(undo), AtName::Undo, "{undo}");
        }
        for help in ["?", "help", "Aide"] {
            assert_eq!(at_name(help), AtName::Help, "{help}");
        }
        assert_eq!(
            at_name(" Zoë, Atelier "),
            AtName::Person("Zoë, Atelier".into())
        );
        assert_eq!(at_name("<<"), AtName::Person("<<".into()));
    }

    #[test]
    fn yes_no_reads_a_line_and_asks_again_on_anything_else() {
        let out = Output::new(false);
        let mut p = ScriptedPrompter::new(["peut-être", "oui", "", "", "NON", "<"]);
        let mut ask = |default| yes_no(&mut p, &out, Lang::En, "Card? [y/N]", default).unwrap();
        assert_eq!(ask(false), YesNo::Yes, "asked again after 'peut-être'");
        assert_eq!(ask(false), YesNo::No);
        assert_eq!(ask(true), YesNo::Yes);
        assert_eq!(ask(true), YesNo::No);
        assert_eq!(ask(true), YesNo::Back);
        assert_eq!(p.asked.len(), 6);
    }

    #[test]
    fn a_line_starts_from_what_is_to_be_corrected() {
        let mut p = ScriptedPrompter::new(["", " x ", "<"]);
        assert_eq!(
            line(&mut p, "Q", "typed before").unwrap(),
            Answer::Text("typed before".into())
        );
        assert_eq!(line(&mut p, "Q", "").unwrap(), Answer::Text("x".into()));
        assert_eq!(line(&mut p, "Q", "").unwrap(), Answer::Back);
    }
}
