use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::commands::contact as c;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::parse_date;

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

#[derive(Serialize)]
struct NoteAdded<'a> {
    id: i64,
    contact_id: i64,
    date: chrono::NaiveDate,
    text: &'a str,
}

pub fn run(ctx: &mut Ctx, a: NoteArgs) -> Result<()> {
    let m = ctx.contact(&a.contact)?;
    let text = c::text("note", &Some(a.text.join(" ")))?.ok_or_else(|| {
        CliError::new("the note is empty").hint("give the note's text after the contact")
    })?;
    let date = match &a.on {
        Some(d) => parse_date(d, ctx.today())?,
        None => ctx.today(),
    };
    let now = ctx.now();
    let id = ctx.store.write(|db| -> Result<i64> {
        let id = db.add_note(m.id, date, &text, &now)?;
        db.touch_contact(m.id, &now)?;
        Ok(id)
    })?;
    ctx.out.status(format!("Noted for #{} {}", m.id, m.name));
    if ctx.out.json() {
        ctx.out.print_json(&NoteAdded {
            id,
            contact_id: m.id,
            date,
            text: &text,
        })?;
    }
    Ok(())
}
