//! Events: the breakfasts, 5 à 7 and meetups where people are met.

pub mod add;
pub mod edit;
pub mod invite;
pub mod list;
pub mod rm;
pub mod rsvp;
pub mod show;
pub mod stats;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

const EXAMPLES: &str = "\
Examples:
  carnet event add \"5 à 7 Montréal\" --at \"Musée McCord\" --kind afterwork
  carnet event show \"5 à 7\"
  carnet event invite \"Petit-déjeuner des vœux\" frederic marie";

/// Record events and see what came out of them
///
/// An EVENT argument is #ID, ID, or (part of) the name, without regard to case or accents;
/// when several events share a name, the newest is taken.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EventArgs {
    #[command(subcommand)]
    pub command: EventCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum EventCommand {
    Add(add::AddArgs),
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    Show(show::ShowArgs),
    Edit(edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(rm::RmArgs),
    Invite(invite::InviteArgs),
    Rsvp(rsvp::RsvpArgs),
    Stats(stats::StatsArgs),
}

pub fn run(ctx: &mut Ctx, a: EventArgs) -> Result<()> {
    match a.command {
        EventCommand::Add(a) => add::run(ctx, a),
        EventCommand::List(a) => list::run(ctx, a),
        EventCommand::Show(a) => show::run(ctx, a),
        EventCommand::Edit(a) => edit::run(ctx, a),
        EventCommand::Rm(a) => rm::run(ctx, a),
        EventCommand::Invite(a) => invite::run(ctx, a),
        EventCommand::Rsvp(a) => rsvp::run(ctx, a),
        EventCommand::Stats(a) => stats::run(ctx, a),
    }
}
