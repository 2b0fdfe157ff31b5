//! One file per leaf command; a folder per noun with subcommands.

pub mod args;
pub mod backup;
pub mod card;
pub mod check;
pub mod completions;
pub mod config;
pub mod contact;
pub mod entry;
pub mod event;
pub mod export;
pub mod followup;
pub mod import;
pub mod log;
pub mod me;
pub mod merge;
pub mod met;
pub mod project;
pub mod relate;
pub mod restore;
pub mod search;
pub mod start;
pub mod suggest;
pub mod tags;
pub mod today;
pub mod undo;

use anyhow::Result;

use crate::cli::Command;
use crate::ctx::Ctx;

/// Runs a command that needs the database.
pub fn dispatch(ctx: &mut Ctx, command: Command) -> Result<()> {
    match command {
        Command::Add(a) => contact::add::run(ctx, a),
        Command::List(a) => contact::list::run(ctx, a),
        Command::Show(a) => contact::show::run(ctx, a),
        Command::Edit(a) => contact::edit::run(ctx, a),
        // `carnet rm n12`: an entry of a contact's history rather than a contact.
        Command::Rm(a) if args::is_entry(&a.contact) => entry::rm::run(
            ctx,
            entry::rm::RmArgs {
                ids: vec![a.contact],
                yes: a.yes,
            },
            None,
        ),
        Command::Rm(a) => contact::rm::run(ctx, a),
        Command::Note(a) => contact::note::run(ctx, a),
        Command::Tag(a) => contact::tag::run_tag(ctx, a),
        Command::Untag(a) => contact::tag::run_untag(ctx, a),
        Command::Tags(a) => tags::run(ctx, a),
        Command::Backup(a) => backup::run(ctx, a),
        Command::Check(a) => check::run(ctx, a),
        Command::Met(a) => met::run(ctx, a),
        Command::Log(a) => log::run(ctx, a),
        Command::Event(a) => event::run(ctx, a),
        Command::Card(a) => card::run(ctx, a),
        Command::Me(a) => me::run(ctx, a),
        Command::FollowUp(a) => followup::run(ctx, a),
        Command::Today(a) => today::run(ctx, a),
        Command::Import(a) => import::run(ctx, a),
        Command::Export(a) => export::run(ctx, a),
        Command::Merge(a) => merge::run(ctx, a),
        Command::Archive(a) => contact::archive::run_archive(ctx, a),
        Command::Unarchive(a) => contact::archive::run_unarchive(ctx, a),
        Command::Project(a) => project::run(ctx, a),
        Command::Search(a) => search::run(ctx, a),
        Command::Suggest(a) => suggest::run(ctx, a),
        Command::Relate(a) => relate::run_relate(ctx, a),
        Command::Unrelate(a) => entry::rm::run(
            ctx,
            entry::rm::RmArgs {
                ids: a.ids,
                yes: a.yes,
            },
            Some(crate::model::ids::Kind::Relation),
        ),
        Command::Undo(a) => undo::run_undo(ctx, a),
        Command::Redo(a) => undo::run_redo(ctx, a),
        Command::Completions(a) => completions::run(&ctx.out, &a),
        Command::Config(a) => config::run(&ctx.out, crate::i18n::process_choice(), &a),
        // Run by `crate::run` before the database is opened.
        Command::Restore(_) => Ok(()),
    }
}
