use anyhow::Result;
use chrono::Duration;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::tr;
use crate::view::{self, brief::Brief};

const EXAMPLES: &str = "\
Examples:
  carnet brief next
  carnet brief tomorrow --md > brief.md
  carnet brief \"Petit-déjeuner BNI #13\" --json";

/// Prepare an event: who you know there, what to say, whom to chase
///
/// The people you know among the invited (declined left out): when and where you last saw
/// each and what was said, their open follow-ups, their roles in your projects and their
/// relationship strength; the people invited you have never met; the contacts tagged
/// `to-meet` (people you want to meet), invited or not. For an event you organise (one with
/// invitations): who has not answered (to chase), who declined, and the people met in the
/// last 60 days who are not invited yet.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct BriefArgs {
    /// The event: #ID, (part of) its name, `next` (the next one from today) or `tomorrow`
    #[arg(value_name = "EVENT", default_value = "next")]
    #[arg(add = crate::complete::events())]
    pub event: String,
    /// Markdown, for a notes app
    #[arg(long, conflicts_with = "json")]
    pub md: bool,
}

pub fn run(ctx: &mut Ctx, a: BriefArgs) -> Result<()> {
    let today = ctx.today();
    let id = match a.event.as_str() {
        "next" | "prochain" | "tomorrow" | "demain" => {
            let tomorrow = matches!(a.event.as_str(), "tomorrow" | "demain");
            let from = if tomorrow {
                today + Duration::days(1)
            } else {
                today
            };
            match ctx.store.db().event_from(from, tomorrow)? {
                Some(e) => e.id,
                None => {
                    let which = if tomorrow { "tomorrow" } else { "next" };
                    return Err(
                        CliError::new(tr!(ctx.lang; "brief-no-event", which = which))
                            .hint(tr!(ctx.lang; "brief-no-event-hint"))
                            .into(),
                    );
                }
            }
        }
        other => ctx.event(other)?.id,
    };
    let mut brief = ctx.store.read(|db| Brief::read(db, id, today))?;
    brief.markdown = a.md;
    view::show(&ctx.out, brief)
}
