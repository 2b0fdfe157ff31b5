//! Projects: the people around a piece of work and the role each plays.

pub mod add;
pub mod archive;
pub mod assign;
pub mod edit;
pub mod list;
pub mod rm;
pub mod show;
pub mod unassign;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::ctx::Ctx;

const EXAMPLES: &str = "\
Examples:
  carnet project add Concert --note \"Spring concert at the Musée\"
  carnet project assign Concert frederic marie --role ally
  carnet project show concert";

/// Map the people around a project and the role each plays
///
/// Standard roles: ally, opponent, mentor, client, partner, referrer, supplier, investor
/// (French works too: allié, adversaire, mentor, cliente, partenaire, prescripteur,
/// fournisseur, investisseur). Any other word is a custom role.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ProjectArgs {
    #[command(subcommand)]
    pub command: ProjectCommand,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ProjectCommand {
    Add(add::AddArgs),
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    Show(show::ShowArgs),
    Edit(edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(rm::RmArgs),
    Archive(archive::ArchiveArgs),
    Unarchive(archive::UnarchiveArgs),
    Assign(Box<assign::AssignArgs>),
    Unassign(unassign::UnassignArgs),
}

pub fn run(ctx: &mut Ctx, a: ProjectArgs) -> Result<()> {
    match a.command {
        ProjectCommand::Add(a) => add::run(ctx, a),
        ProjectCommand::List(a) => list::run(ctx, a),
        ProjectCommand::Show(a) => show::run(ctx, a),
        ProjectCommand::Edit(a) => edit::run(ctx, a),
        ProjectCommand::Rm(a) => rm::run(ctx, a),
        ProjectCommand::Archive(a) => archive::run_archive(ctx, a),
        ProjectCommand::Unarchive(a) => archive::run_unarchive(ctx, a),
        ProjectCommand::Assign(a) => assign::run(ctx, *a),
        ProjectCommand::Unassign(a) => unassign::run(ctx, a),
    }
}
