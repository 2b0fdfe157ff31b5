//! Business cards: a contact may hand out several, one per activity.

pub mod add;
pub mod edit;
pub mod list;
pub mod rm;
pub mod scan;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

const EXAMPLES: &str = "\
Examples:
  carnet card add zoe --company \"Atelier Zoë\" --title Céramiste --email zoe@atelier.example
  carnet card list zoe
  carnet card list --at \"5 à 7\" --json
  carnet card scan ~/Photos/5a7/*.jpg --at \"5 à 7\"";

/// Record the business cards people give you
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CardArgs {
    #[command(subcommand)]
    pub command: CardCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum CardCommand {
    Add(add::AddArgs),
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    Edit(edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(rm::RmArgs),
    Scan(scan::ScanArgs),
}

pub fn run(ctx: &mut Ctx, a: CardArgs) -> Result<()> {
    match a.command {
        CardCommand::Add(a) => add::run(ctx, a),
        CardCommand::List(a) => list::run(ctx, a),
        CardCommand::Edit(a) => edit::run(ctx, a),
        CardCommand::Rm(a) => rm::run(ctx, a),
        CardCommand::Scan(a) => scan::run(ctx, a),
    }
}
