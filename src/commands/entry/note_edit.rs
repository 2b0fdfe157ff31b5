use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::ids::{Id, Kind};
use crate::ops::entry::{self, Patch};
use crate::store::NotePatch;
use crate::tr;
use crate::ui::editor;

const EXAMPLES: &str = "\
Examples:
  carnet note edit n12 --text \"Wants to sponsor the spring breakfast\"
  carnet note edit n12 --on 2026-11-20
  carnet note edit n12      # on a terminal: the text opens in $VISUAL or $EDITOR";

/// Correct a note: its text or its date
///
/// The note is named by the id `carnet show` prints next to it (n12). With no flag on a
/// terminal, its text opens in $VISUAL or $EDITOR. `carnet undo` takes the change back.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct EditArgs {
    /// The note: n12
    pub id: String,
    /// The new text
    #[arg(long)]
    pub text: Option<String>,
    /// The new date
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: EditArgs) -> Result<()> {
    let id = args::entry_id(&a.id, Some(Kind::Note))?;
    let current = entry::read(ctx.store.db(), id).map_err(CliError::from)?;
    let empty = |id: Id| -> anyhow::Error {
        CliError::new(tr!("entry-empty-text"))
            .hint(tr!("entry-empty-text-hint", id = id.to_string()))
            .into()
    };
    let mut patch = NotePatch {
        date: match &a.on {
            Some(_) => Some(args::date_or(
                &a.on,
                ctx.today(),
                ctx.today(),
                crate::model::dates::Lean::Past,
            )?),
            None => None,
        },
        text: match &a.text {
            // i18n-ignore: a field's name
            Some(_) => Some(args::text("note", &a.text)?.ok_or_else(|| empty(id))?),
            None => None,
        },
    };
    if patch.date.is_none() && patch.text.is_none() {
        if !ctx.prompt.is_interactive() {
            return Err(args::nothing_to_change(id));
        }
        let before = current.summary.clone().unwrap_or_default();
        let after = editor::edit_text(&before)?;
        let after = after.trim_end_matches('\n');
        if after == before {
            ctx.out.status(tr!(ctx.lang; "entry-unchanged"));
            return Ok(());
        }
        // i18n-ignore: a field's name
        patch.text = Some(args::text("note", &Some(after.to_owned()))?.ok_or_else(|| empty(id))?);
    }
    let now = entry::edit(&mut ctx.store, id, &Patch::Note(patch)).map_err(CliError::from)?;
    ctx.out
        .status(tr!(ctx.lang; "entry-edited", what = now.describe(ctx.lang)));
    if ctx.out.json() {
        ctx.out.print_json(&now)?;
    }
    Ok(())
}
