//! Follow-ups: things to do by a date, about a contact, an event, or both.

pub mod add;
pub mod done;
pub mod edit;
pub mod list;
pub mod rm;
pub mod snooze;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

const EXAMPLES: &str = "\
Examples:
  carnet follow-up add frederic \"Send the sponsorship deck\" --due vendredi
  carnet fu add \"Send the invitations\" --event \"Petit-déjeuner\" --due \"dans 2 semaines\"
  carnet fu list --overdue";

/// Follow-ups: what to do next, and by when
///
/// A follow-up belongs to a contact, an event, or both. Dates are typed as people say them,
/// in English or French: see `carnet follow-up add --help`.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct FollowUpArgs {
    #[command(subcommand)]
    pub command: FollowUpCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum FollowUpCommand {
    Add(Box<add::AddArgs>),
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    Done(done::DoneArgs),
    Snooze(snooze::SnoozeArgs),
    Edit(edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(rm::RmArgs),
}

pub fn run(ctx: &mut Ctx, a: FollowUpArgs) -> Result<()> {
    match a.command {
        FollowUpCommand::Add(a) => add::run(ctx, *a),
        FollowUpCommand::List(a) => list::run(ctx, a),
        FollowUpCommand::Done(a) => done::run(ctx, a),
        FollowUpCommand::Snooze(a) => snooze::run(ctx, a),
        FollowUpCommand::Edit(a) => edit::run(ctx, a),
        FollowUpCommand::Rm(a) => rm::run(ctx, a),
    }
}
