use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::invitation::Rsvp;
use crate::tr;

const EXAMPLES: &str = "\
Examples:
  carnet event rsvp \"Petit-déjeuner des vœux\" frederic yes
  carnet event rsvp '#3' marie peut-être";

/// Record a guest's answer to an invitation
///
/// The answer is yes, no or maybe (oui, non, peut-être). A guest not yet invited is
/// invited at the same time.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct RsvpArgs {
    /// The event: #ID, ID, or (part of) its name
    #[arg(add = crate::complete::events())]
    pub event: String,
    /// The guest: #ID, ID, or (part of) a name
    #[arg(add = crate::complete::contacts())]
    pub contact: String,
    /// yes, no or maybe
    pub answer: String,
}

pub fn run(ctx: &mut Ctx, a: RsvpArgs) -> Result<()> {
    let answer = Rsvp::parse(&a.answer).ok_or_else(|| {
        CliError::new(tr!("event-bad-answer", answer = a.answer.as_str()))
            .hint(tr!("event-bad-answer-hint"))
    })?;
    let e = ctx.event(&a.event)?;
    let m = ctx.contact(&a.contact)?;
    let now = ctx.now();
    ctx.store
        .write(|db| db.set_rsvp(e.id, m.id, answer, &now))?;
    let lang = ctx.lang;
    let said = match answer {
        Rsvp::Yes => tr!(lang; "event-answer-yes"),
        Rsvp::No => tr!(lang; "event-answer-no"),
        Rsvp::Maybe => tr!(lang; "event-answer-maybe"),
    };
    ctx.out
        .status(tr!(lang; "event-answered", id = format!("#{}", m.id),
        name = m.name.as_str(), answer = said, event = e.name.as_str()));
    Ok(())
}
