//! `carnet log`: the guided session on the way home from an event. One line per person
//! (name, then what is known, in the one-line form), then only what a networker has to
//! add: whether the details were on a card, further cards, what was said, the follow-up.
//! Each person is saved in one transaction as soon as their last question is answered;
//! Ctrl-C drops only the person being entered; `<` goes back one question; `undo` at the
//! name takes back the last person saved.

mod ask;
mod event;
pub mod identify;
mod person;
#[cfg(test)]
mod tests;

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::{CliError, Interrupted};
use crate::model::event::EventMatch;
use crate::ops::meeting::{self, SavedPerson};
use crate::tr;
use crate::ui::prompt::PromptError;
use crate::view::meeting::{self as said, Session};
use crate::view::{self, person_line};
use ask::{AtName, YesNo};
use person::Entered;

const EXAMPLES: &str = "\
Examples:
  carnet log                      # pick a recent event or create one, then the people
  carnet log \"5 à 7 Montréal\"     # offers to create it when there is none of that name
  carnet log '#3'

Each person is one line, then a few questions:
  Karine Lavoie, Lavoie Stratégies, experte SEO, karine@lavoie.example, 514-555-0142 #seo, via Michel
  Were these details on their card? [y/N] y
  Another card? (Enter: none)
  What did you talk about with Karine Lavoie? Son nouveau site
  Follow up? (when: what) vendredi: lui écrire pour un café";

/// Record everyone you met at an event, guided by questions
///
/// First the event (a recent one, or a new one), then each person in turn until you leave
/// the name empty. A person is one line: the name, then what you know, comma-separated —
/// company, then title; emails, phones and websites wherever they stand; #tags; "via NAME"
/// for who introduced them. Then: whether those details were on a card (and further cards,
/// keeping the previous card's phone, email and website unless you give others), what you
/// talked about, and when to follow up ("vendredi: lui écrire"). Every answer but the name
/// may be skipped with Enter.
///
/// "<" goes back one question; at the name, "undo" takes back the last person saved, "?"
/// shows the help again, and Enter alone, Ctrl-D or Ctrl-C ends the session. Ctrl-C while
/// entering a person drops only that person. Each person is saved as soon as their last
/// answer is given.
///
/// Needs a terminal. To record without questions, use `carnet met`, `carnet add` and
/// `carnet card add`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct LogArgs {
    /// The event: #ID, ID, or (part of) its name [default: asked]
    #[arg(add = crate::complete::events())]
    pub event: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: LogArgs) -> Result<()> {
    let lang = ctx.lang;
    if !ctx.prompt.is_interactive() {
        return Err(CliError::new(tr!(lang; "log-needs-a-terminal"))
            .hint(tr!(lang; "log-needs-a-terminal-hint"))
            .into());
    }
    ctx.prompt.begin_session();
    let event = match a.event.as_deref() {
        Some(name) => event::named(ctx, name),
        None => event::choose(ctx),
    };
    let result = match event {
        Ok(e) => session(ctx, &e),
        Err(e) if is_interrupted(&e) => {
            ctx.out.status(tr!(lang; "log-nothing-recorded"));
            Err(Interrupted.into())
        }
        Err(e) => Err(e),
    };
    ctx.prompt.end_session();
    result
}

fn session(ctx: &mut Ctx, event: &EventMatch) -> Result<()> {
    let (lang, today) = (ctx.lang, ctx.today());
    let shown = ctx.store.db().get_event(event.id)?;
    ctx.out
        .status(tr!(lang; "log-intro", event = said::event(lang, &shown, today)));
    let help = tr!(lang; "log-help", form = person_line::form(lang));
    ctx.out.status(&help);
    let mut people: Vec<SavedPerson> = Vec::new();
    let mut again = String::new();
    loop {
        let prompt = tr!(lang; "log-ask-person");
        let raw = match ask::line(ctx.prompt.as_mut(), &prompt, &std::mem::take(&mut again)) {
            Ok(ask::Answer::Back) => "<".to_owned(),
            Ok(ask::Answer::Text(t)) => t,
            Err(PromptError::Interrupted) => {
                ctx.out.status(tr!(lang; "log-ended", count = people.len()));
                view::show(
                    &ctx.out,
                    Session {
                        people,
                        lang,
                        today,
                    },
                )?;
                return Err(Interrupted.into());
            }
            Err(e) => return Err(e.into()),
        };
        match ask::at_name(&raw) {
            AtName::End => break,
            AtName::Back => ctx.out.status(tr!(lang; "log-nothing-before")),
            AtName::Help => ctx.out.status(&help),
            AtName::Undo => undo(ctx, &mut people)?,
            AtName::Person(typed) => match person::enter(ctx, event, &typed) {
                Ok(Entered::Saved(p)) => {
                    ctx.out.status(said::saved(lang, &p, ctx.today()));
                    people.push(*p);
                }
                Ok(Entered::Again(line)) => again = line,
                Err(e) if is_interrupted(&e) => {
                    let name = typed.split(',').next().unwrap_or_default().trim();
                    ctx.out.status(tr!(lang; "log-dropped", name = name));
                }
                Err(e) => return Err(e),
            },
        }
    }
    view::show(
        &ctx.out,
        Session {
            people,
            lang,
            today,
        },
    )
}

/// Takes back the last person saved in the session, once confirmed.
fn undo(ctx: &mut Ctx, people: &mut Vec<SavedPerson>) -> Result<()> {
    let lang = ctx.lang;
    let Some(last) = people.last() else {
        ctx.out.status(tr!(lang; "log-nothing-to-undo"));
        return Ok(());
    };
    let question = said::ask_undo(lang, last);
    match ask::yes_no(ctx.prompt.as_mut(), &ctx.out, lang, &question, false) {
        Ok(YesNo::Yes) => {
            let now = ctx.now();
            meeting::unrecord(&mut ctx.store, last, &now)?;
            ctx.out.status(said::undone(lang, last));
            people.pop();
        }
        // No, back, or Ctrl-C: the person stays.
        Ok(_) | Err(PromptError::Interrupted) => ctx.out.status(said::kept(lang, last)),
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

fn is_interrupted(e: &anyhow::Error) -> bool {
    crate::error::exit_code_of(e) == 130
}
