use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::error::Incomplete;
use crate::formats::ImportFormat;
use crate::ops::import::{self, Input};
use crate::ui::progress;
use crate::view::{self, interop::ImportScreen};

const EXAMPLES: &str = "\
Examples:
  carnet import contacts.vcf --tag phone
  carnet import ~/Downloads/Connections.csv --dry-run
  carnet import ~/.contacts/carnet/          # a vdir synced by vdirsyncer";

/// Import contacts from vCard, CSV (LinkedIn, Google, Outlook…) or a carnet JSON export
///
/// PATH is a file or a folder of .vcf files (a vdir). The format is detected from the
/// content unless --format says. A record whose UID, or else email, matches a contact updates
/// it: empty fields are filled and new emails, phones, tags and notes added. Everything is
/// written in one transaction; a broken record is skipped (the report gives its file, line
/// and reason) and never stops the others; one imported without part of it (a value longer
/// than 1 MiB, a card without its END) is named as shortened. A JSON export restores into
/// an empty database.
///
/// Exit status 3 when a record was skipped or shortened (with --dry-run too), after the
/// report.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ImportArgs {
    /// A file, or a folder of .vcf files
    pub path: PathBuf,
    /// The format, when detection guesses wrong
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// Tag every imported contact (repeatable, or comma-separated)
    #[arg(long = "tag", value_name = "TAG")]
    #[arg(add = crate::complete::tags())]
    pub tags: Vec<String>,
    /// Show what would happen; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, a: ImportArgs) -> Result<()> {
    let tags = if a.tags.is_empty() {
        Vec::new()
    } else {
        args::tags(&a.tags)?
    };
    let (files, format) = match Input::read(&a.path, a.format)? {
        Input::Dump { file, bytes } => {
            let report = import::restore(&mut ctx.store, &file, &bytes, a.dry_run)?;
            return view::show(&ctx.out, report);
        }
        Input::Files { files, format } => (files, format),
    };
    let settings = crate::settings::Settings::load().ok();
    let region = crate::settings::phone_region(settings.as_ref());
    let bar = progress::bytes(import::total_bytes(&files));
    let (now, today) = (ctx.now(), ctx.today());
    let result = import::import(
        &mut ctx.store,
        &files,
        format,
        &tags,
        region,
        a.dry_run,
        ctx.out.json(),
        today,
        &now,
        &|n| bar.set_position(n),
    );
    bar.finish_and_clear();
    let report = result?;
    let incomplete = report.incomplete();
    view::show(&ctx.out, ImportScreen(report))?;
    if incomplete {
        return Err(Incomplete.into());
    }
    Ok(())
}
