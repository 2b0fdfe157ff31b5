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
/// content unless --format says. A record matches a contact by its UID, else an email, else a
/// phone number (in E.164: numbers without a country code are read in `carnet config region`,
/// else the locale's country), else the same name with one more fact in common (company,
/// city, birthday, a link); it updates that contact: empty fields are filled and new emails,
/// phones, addresses, tags and notes added. A record with only the name of a contact in
/// common is added and reported as a possible duplicate.
///
/// A vdir that `carnet export vcard --vdir` wrote (and vdirsyncer synced) is merged: a card
/// edited on the other side since carnet wrote it gives its edits field by field (a field
/// changed on both sides keeps carnet's value, the other in a note, and is reported); a card
/// deleted there deletes its contact only with --yes, and --force when that is more than a
/// tenth of them. The merge is one transaction, the cards carnet never wrote another. Everything is
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
    /// In a synced vdir, delete the contacts whose cards the other side deleted
    #[arg(long)]
    pub yes: bool,
    /// With --yes, delete them even when they are more than a tenth of the synced contacts
    #[arg(long, requires = "yes")]
    pub force: bool,
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
    let (now, today) = (ctx.now(), ctx.today());
    let mut files = files;
    let mut sync = None;
    if a.path.is_dir() && crate::ops::sync::is_synced(&a.path) {
        let (summary, rest) = crate::ops::sync::merge_folder(
            &mut ctx.store,
            &a.path,
            &files,
            a.yes,
            a.force,
            a.dry_run,
            today,
            &now,
        )?;
        sync = Some(summary);
        files = rest;
    }
    let settings = crate::settings::Settings::load().ok();
    let region = crate::settings::phone_region(settings.as_ref());
    let bar = progress::bytes(import::total_bytes(&files));
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
    let mut report = result?;
    report.sync = sync;
    let incomplete = report.incomplete();
    view::show(&ctx.out, ImportScreen(report))?;
    if incomplete {
        return Err(Incomplete.into());
    }
    Ok(())
}
