//! The command line: global flags and the command tree.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::{
    backup, card, check, completions, config, contact, event, export, followup, import, log, me,
    merge, met, project, relate, restore, search, suggest, tags, today, undo,
};

const EXAMPLES: &str = "\
Examples:
  carnet add \"Frédéric Duval\" --company \"Concours des vœux\" --email fred@example.org --tag voeux
  carnet show frederic
  carnet list --tag voeux --json";

/// A personal relationship manager for people who build their network
///
/// carnet keeps the people you meet — who they are, how you met, what you said, when to
/// follow up — in one local SQLite file. Names match without regard to case or accents:
/// "frederic" finds Frédéric.
#[derive(Debug, Parser)]
#[command(name = "carnet", version, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// Database file [default: the data folder, e.g. ~/.local/share/carnet/carnet.db]
    #[arg(
        long,
        global = true,
        env = "CARNET_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub db: Option<PathBuf>,

    /// Print data as JSON on stdout
    #[arg(long, global = true)]
    pub json: bool,

    /// Never prompt; fail with a hint where an answer would be needed
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Never send long output through a pager ($CARNET_PAGER, $PAGER, less)
    #[arg(long, global = true)]
    pub no_pager: bool,

    /// Without a command: the brief agenda and the commands of the three moments
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    Add(contact::add::AddArgs),
    #[command(visible_alias = "ls")]
    List(contact::list::ListArgs),
    Show(contact::show::ShowArgs),
    Edit(contact::edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(contact::rm::RmArgs),
    Note(contact::note::NoteArgs),
    Tag(contact::tag::TagArgs),
    Untag(contact::tag::UntagArgs),
    Tags(tags::TagsArgs),
    Met(met::MetArgs),
    Log(log::LogArgs),
    Event(event::EventArgs),
    Card(card::CardArgs),
    Me(me::MeArgs),
    #[command(name = "follow-up", visible_alias = "fu")]
    FollowUp(followup::FollowUpArgs),
    Today(today::TodayArgs),
    Import(import::ImportArgs),
    Export(export::ExportArgs),
    Merge(merge::MergeArgs),
    Archive(contact::archive::ArchiveArgs),
    Unarchive(contact::archive::UnarchiveArgs),
    Project(project::ProjectArgs),
    Search(search::SearchArgs),
    Suggest(suggest::SuggestArgs),
    Relate(relate::RelateArgs),
    Unrelate(relate::UnrelateArgs),
    Undo(undo::UndoArgs),
    Redo(undo::RedoArgs),
    Backup(backup::BackupArgs),
    Restore(restore::RestoreArgs),
    Check(check::CheckArgs),
    Config(config::ConfigArgs),
    Completions(completions::CompletionsArgs),
}
