use anyhow::Result;
use clap::{Args, Subcommand};

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::Lean;
use crate::tr;
use crate::view::contact::NoteAdded;

const EXAMPLES: &str = "\
Examples:
  carnet note frederic \"Wants to sponsor the spring breakfast\"
  carnet note '#12' Met his partner, a chocolatier --on hier
  carnet note edit n3 --text \"Wants to sponsor the autumn breakfast\"
  carnet note rm n3";

/// Add a dated note to a contact; correct or delete one
#[derive(Debug, Args)]
#[command(
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct NoteArgs {
    #[command(subcommand)]
    pub command: Option<NoteCommand>,
    /// The contact: #ID, ID, or (part of) a name
    #[arg(required = true, add = crate::complete::contacts())]
    pub contact: Option<String>,
    /// The note (several words are joined with spaces)
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// The note's date [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// Correcting a note: by the id `carnet show` prints next to it.
#[derive(Debug, Subcommand)]
pub enum NoteCommand {
    Edit(crate::commands::entry::note_edit::EditArgs),
    #[command(visible_alias = "remove")]
    Rm(crate::commands::entry::rm::RmArgs),
}

pub fn run(ctx: &mut Ctx, a: NoteArgs) -> Result<()> {
    use crate::commands::entry;
    match a.command {
        Some(NoteCommand::Edit(e)) => return entry::note_edit::run(ctx, e),
        Some(NoteCommand::Rm(r)) => {
            return entry::rm::run(ctx, r, Some(crate::model::ids::Kind::Note))
        }
        None => {}
    }
    let m = ctx.contact_before(a.contact.as_deref().unwrap_or_default(), &a.text)?;
    let text = args::text("note", &Some(a.text.join(" ")))?.ok_or_else(|| {
        CliError::new(tr!("contact-note-empty")).hint(tr!("contact-note-empty-hint"))
    })?;
    let date = args::date_or(&a.on, ctx.today(), ctx.today(), Lean::Past)?;
    let now = ctx.now();
    let id = ctx.store.write(|db| -> Result<i64> {
        let id = db.add_note(m.id, date, &text, &now)?;
        db.touch_contact(m.id, &now)?;
        Ok(id)
    })?;
    ctx.out
        .status(tr!(ctx.lang; "contact-noted", id = format!("#{}", m.id),
        name = m.name.as_str()));
    if ctx.out.json() {
        ctx.out.print_json(&NoteAdded {
            id,
            contact_id: m.id,
            date,
            text,
        })?;
    }
    Ok(())
}
