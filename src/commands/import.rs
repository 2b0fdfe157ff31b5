use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::ctx::Ctx;
use crate::formats::ImportFormat;
use crate::ops::import::{self, Input};
use crate::ui::progress;
use crate::view::{self, interop::nothing_in};

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
/// and reason) and never stops the others. A JSON export restores into an empty database.
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
    let sources = match Input::read(&a.path, a.format)? {
        Input::Dump { file, bytes } => {
            let report = import::restore(&mut ctx.store, &file, &bytes, a.dry_run)?;
            return view::show(&ctx.out, report);
        }
        Input::Records(sources) => sources,
    };
    for s in sources.iter().filter(|s| s.records.is_empty()) {
        ctx.out.status(nothing_in(ctx.lang, &s.file, s.format));
    }
    let total = sources.iter().map(|s| s.records.len()).sum();
    let bar = progress::bar(total);
    let (now, today) = (ctx.now(), ctx.today());
    let result = import::import(
        &mut ctx.store,
        sources,
        &tags,
        a.dry_run,
        today,
        &now,
        &|| bar.inc(1),
    );
    bar.finish_and_clear();
    view::show(&ctx.out, result?)
}
