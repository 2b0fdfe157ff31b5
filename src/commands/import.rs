use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::commands::args;
use crate::crypto::sealed;
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
    /// An age identity file, to read an export sealed to its recipient (`export --to`)
    ///
    /// An export sealed with a passphrase needs none: the passphrase comes from
    /// CARNET_KEY_COMMAND or the terminal. The file is decrypted in memory only.
    #[arg(long, value_name = "FILE")]
    pub identity: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, a: ImportArgs) -> Result<()> {
    let tags = if a.tags.is_empty() {
        Vec::new()
    } else {
        args::tags(&a.tags)?
    };
    if a.path.is_file() && sealed::is_sealed(&a.path) {
        let bytes = sealed::open(&a.path, a.identity.as_deref())?;
        if crate::formats::detect(&bytes) != ImportFormat::Json {
            return Err(crate::error::CliError::new(crate::tr!(
                "sealed-not-json",
                file = a.path.display().to_string()
            ))
            .into());
        }
        let report = import::restore(&mut ctx.store, &a.path, &bytes, a.dry_run)?;
        return view::show(&ctx.out, report);
    }
    let (files, format) = match Input::read(&a.path, a.format)? {
        Input::Dump { file, bytes } => {
            let report = import::restore(&mut ctx.store, &file, &bytes, a.dry_run)?;
            return view::show(&ctx.out, report);
        }
        Input::Files { files, format } => (files, format),
    };
    let bar = progress::bytes(import::total_bytes(&files));
    let (now, today) = (ctx.now(), ctx.today());
    let result = import::import(
        &mut ctx.store,
        &files,
        format,
        &tags,
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
