//! `carnet undo` and `carnet redo`: the operation log (see `store::history`).

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::ids::{self, Kind};
use crate::view::{self, history};

const UNDO_EXAMPLES: &str = "\
Examples:
  carnet undo            # take back the last command that changed the notebook
  carnet undo --list     # the operations kept, newest first
  carnet undo o12        # take back one operation of the list";

/// Take back the last command that changed the notebook
///
/// Every command that changes the database is one operation of a log: an add, an edit, an
/// rm, a `log` person, a merge, an import of thousands of cards. `carnet undo` reverts the
/// last one in effect; run again, it goes further back. `carnet redo` re-applies what was
/// undone, until another command changes the database.
///
/// An operation whose records were changed since by a later one is not undone (nothing is
/// written): undo the later one first. The log keeps the last 1000 operations and none older
/// than 90 days; CARNET_UNDO_KEEP and CARNET_UNDO_DAYS change that (0 days: any age).
#[derive(Debug, Args)]
#[command(after_help = UNDO_EXAMPLES)]
pub struct UndoArgs {
    /// The operation to undo (o12, as `--list` shows it); the last one by default
    #[arg(value_name = "OPERATION", conflicts_with = "list")]
    pub operation: Option<String>,

    /// Show the operation log instead, newest first
    #[arg(short, long)]
    pub list: bool,

    /// How many operations `--list` shows
    #[arg(short = 'n', long, default_value_t = 20, requires = "list")]
    pub limit: usize,
}

const REDO_EXAMPLES: &str = "\
Examples:
  carnet undo && carnet redo";

/// Re-apply what `carnet undo` took back
///
/// Redoes the operation undone last; repeated, the one undone before it. A command that
/// changes the database in between ends what can be redone.
#[derive(Debug, Args)]
#[command(after_help = REDO_EXAMPLES)]
pub struct RedoArgs {}

pub fn run_undo(ctx: &mut Ctx, a: UndoArgs) -> Result<()> {
    if a.list {
        let operations = ctx.store.db().operations(a.limit)?;
        return view::show(&ctx.out, history::OperationLog { operations });
    }
    let id = match &a.operation {
        Some(raw) => Some(ids::expect(raw, Kind::Operation).map_err(|e| {
            let hint = e.hint();
            anyhow::Error::from(CliError::new(e.to_string()).hint(hint))
        })?),
        None => None,
    };
    let done = ctx.store.undo(id)?;
    show(ctx, "undo", done)
}

pub fn run_redo(ctx: &mut Ctx, _a: RedoArgs) -> Result<()> {
    let done = ctx.store.redo()?;
    show(ctx, "redo", done)
}

fn show(ctx: &Ctx, action: &'static str, done: crate::store::Applied) -> Result<()> {
    let screen = history::Applied {
        action,
        entry: done.entry,
        operation: done.operation,
    };
    if ctx.out.json() {
        return ctx.out.print_json(&screen);
    }
    view::show(&ctx.out, screen)
}
