//! `carnet log`: the guided session on the way home from an event. Each person is saved in
//! one transaction as soon as their last question is answered, so an interruption loses at
//! most the person being entered.

mod ask;
mod event;
mod person;
#[cfg(test)]
mod tests;

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::{CliError, Interrupted};
use crate::model::event::EventMatch;
use crate::model::validate;
use crate::ops::meeting::{self, SavedPerson};
use crate::tr;
use crate::ui::prompt::PromptError;
use crate::view::meeting::{interrupted, saved, Session};
use crate::view::{self, names};

const EXAMPLES: &str = "\
Examples:
  carnet log                      # pick a recent event or create one, then the people
  carnet log \"5 à 7 Montréal\"
  carnet log '#3'";

/// Record everyone you met at an event, guided by questions
///
/// First the event (a recent one, or a new one), then each person in turn until you leave
/// the name empty: who they are, their cards, what you talked about, when to follow up,
/// tags. Every answer but the name may be skipped with Enter. Each person is saved as soon
/// as their last answer is given; Ctrl-C drops only the person being entered.
///
/// Needs a terminal. To record without questions, use `carnet met`, `carnet add` and
/// `carnet card add`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct LogArgs {
    /// The event: #ID, ID, or (part of) its name [default: asked]
    pub event: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: LogArgs) -> Result<()> {
    if !ctx.prompt.is_interactive() {
        return Err(CliError::new(tr!("log-needs-terminal"))
            .hint(tr!("log-needs-terminal-hint"))
            .into());
    }
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    ctx.prompt.begin_session();
    let result = session(ctx, event);
    ctx.prompt.end_session();
    result
}

fn session(ctx: &mut Ctx, event: Option<EventMatch>) -> Result<()> {
    let event = match event {
        Some(e) => e,
        None => match event::choose(ctx) {
            Ok(e) => e,
            Err(e) if is_interrupted(&e) => {
                ctx.out.status(tr!(ctx.lang; "log-interrupted-before"));
                return Err(Interrupted.into());
            }
            Err(e) => return Err(e),
        },
    };
    ctx.out
        .status(tr!(ctx.lang; "log-start", event = names::event(&event)));
    let mut people: Vec<SavedPerson> = Vec::new();
    loop {
        let name = match ask::name(ctx.prompt.as_mut(), ctx.lang) {
            Ok(Some(n)) => n,
            Ok(None) => break,
            Err(PromptError::Interrupted) => {
                ctx.out.status(interrupted(ctx.lang, None, people.len()));
                view::show(&ctx.out, Session(people))?;
                return Err(Interrupted.into());
            }
            Err(e) => return Err(e.into()),
        };
        let name = match validate::name(&name) {
            Ok(n) => n,
            Err(e) => {
                ctx.out
                    .status(tr!(ctx.lang; "log-try-again", error = e.to_string()));
                continue;
            }
        };
        let entry = match person::ask(ctx, &event, &name) {
            Ok(entry) => entry,
            Err(e) if is_interrupted(&e) => {
                ctx.out
                    .status(interrupted(ctx.lang, Some(&name), people.len()));
                view::show(&ctx.out, Session(people))?;
                return Err(Interrupted.into());
            }
            Err(e) => return Err(e),
        };
        let (today, now) = (ctx.today(), ctx.now());
        let mut written = meeting::record(&mut ctx.store, &[entry], today, &now)?;
        if let Some(p) = written.pop() {
            ctx.out.status(saved(ctx.lang, &p));
            people.push(p);
        }
    }
    view::show(&ctx.out, Session(people))
}

fn is_interrupted(e: &anyhow::Error) -> bool {
    crate::error::exit_code_of(e) == 130
}
