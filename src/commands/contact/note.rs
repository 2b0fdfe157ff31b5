use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::tr;
use crate::view::contact::NoteAdded;

const EXAMPLES: &str = "\
Examples:
  carnet note frederic \"Wants to sponsor the spring breakfast\"
  carnet note '#12' Met his partner, a chocolatier --on hier";

/// Add a dated note to a contact
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct NoteArgs {
    /// The contact: #ID, ID, or (part of) a name
    pub contact: String,
    /// The note (several words are joined with spaces)
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// The note's date [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

pub fn run(ctx: &mut Ctx, a: NoteArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let text = args::text("note", &Some(a.text.join(" ")))?.ok_or_else(|| {
        CliError::new(tr!("contact-note-empty")).hint(tr!("contact-note-empty-hint"))
    })?;
    let date = args::date_or(&a.on, ctx.today(), ctx.today())?;
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
