use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::commands::args::select::{self, SelectArgs};
use crate::crypto::sealed::Seal;
use crate::ctx::Ctx;
use crate::error::CliError;
use crate::formats::vcard;
use crate::ops::export::{self, Filter, Kind};
use crate::ops::vdir;
use crate::tr;
use crate::view::{self, interop::exported};

const EXAMPLES: &str = "\
Examples:
  carnet export vcard -o contacts.vcf --tag voeux
  carnet export csv -o concert.csv --project Concert
  carnet export vcard -o formation.vcf --met-at \"Formation SEO\"
  carnet export vcard --vdir ~/.contacts/carnet     # then: vdirsyncer sync
  carnet export json -o carnet-backup.json
  carnet export ics --vdir ~/.calendars/carnet";

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// vCard 4.0 (or 3.0), one card per contact
    Vcard,
    /// CSV with a header row
    Csv,
    /// The complete database, for `carnet import` into an empty one
    Json,
    /// iCalendar: events (VEVENT) and open follow-ups (VTODO)
    Ics,
}

/// Export contacts, the whole database, or the calendar
///
/// Writes to standard output unless -o names a file; --vdir writes one file per contact
/// (UID.vcf) or per calendar item (UID.ics) into a folder, rewriting only the files that
/// changed and removing those it wrote before for contacts since deleted — the layout
/// vdirsyncer syncs with any CardDAV or CalDAV server. Files are written to a temporary
/// file, then renamed; they are readable by you alone (0600).
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ExportArgs {
    /// What to export
    #[arg(value_enum)]
    pub format: ExportFormat,
    /// Write to this file instead of standard output (`-`: standard output)
    ///
    /// A named pipe or a device is written into, never replaced; a symbolic link is
    /// followed: the file it points to gets the export and the link stays.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write one file per contact or calendar item into this folder (a vdir)
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    pub vdir: Option<PathBuf>,
    /// vCard version to write
    #[arg(long, value_name = "VERSION", default_value = "4", value_parser = ["3", "4"])]
    pub vcard_version: String,
    /// CSV: add when each contact was last seen, their encounter count and latest note
    #[arg(long)]
    pub activity: bool,
    /// Seal the export with age to this recipient (an `age1…` public key; repeatable)
    #[arg(long = "to", value_name = "RECIPIENT")]
    pub to: Vec<String>,
    /// Seal the export with age to a passphrase (from CARNET_NEW_KEY_COMMAND,
    /// CARNET_KEY_COMMAND, or asked twice); the default for an encrypted notebook
    #[arg(long, conflicts_with = "to")]
    pub passphrase: bool,
    /// Write in clear, even from an encrypted notebook
    #[arg(long, conflicts_with_all = ["to", "passphrase"])]
    pub plain: bool,
    /// Only the people selected (vcard and csv; without a selector, every contact,
    /// archived too)
    #[command(flatten)]
    pub select: SelectArgs,
}

pub fn run(ctx: &mut Ctx, a: ExportArgs) -> Result<()> {
    let filtered = a.select.given();
    if filtered && matches!(a.format, ExportFormat::Json | ExportFormat::Ics) {
        return Err(CliError::new(tr!(ctx.lang; "select-export-whole"))
            .hint(tr!(ctx.lang; "select-export-whole-hint"))
            .into());
    }
    let kind = match a.format {
        ExportFormat::Vcard if a.vcard_version == "3" => Kind::Vcard(vcard::Version::V3),
        ExportFormat::Vcard => Kind::Vcard(vcard::Version::V4),
        ExportFormat::Csv => Kind::Csv {
            activity: a.activity,
        },
        ExportFormat::Json => Kind::Json,
        ExportFormat::Ics => Kind::Ics,
    };
    let mut select = select::resolve(ctx, &a.select)?;
    // Without a selector, an export holds everyone: archived contacts are not lost.
    select.include_archived |= !filtered;
    let filter = Filter { select };
    let encrypted = ctx.store.key().is_some();
    if a.vdir.is_some() && !a.plain && (encrypted || a.passphrase || !a.to.is_empty()) {
        return Err(CliError::new(tr!(ctx.lang; "sealed-vdir-in-clear"))
            .hint(tr!(ctx.lang; "sealed-vdir-in-clear-hint"))
            .into());
    }
    let seal = if a.vdir.is_some() {
        Seal::Plain
    } else {
        Seal::choose(a.plain, &a.to, a.passphrase, encrypted)?
    };
    let db = ctx.store.db();
    if let Some(dir) = &a.vdir {
        let Some(report) = vdir::export(db, kind, &filter, dir, ctx.lang)? else {
            return Err(CliError::new(tr!("export-vdir-kinds"))
                .hint(tr!("export-vdir-kinds-hint"))
                .into());
        };
        return view::show(&ctx.out, report);
    }
    match &a.output {
        Some(path) if path.as_os_str() != "-" => {
            let (written, count) = export::write_output_with(path, |w| {
                seal.write(w, |w| export::write(db, kind, &filter, ctx.lang, w))
            })?;
            if written.through_link {
                ctx.out.status(tr!(ctx.lang; "export-through-link",
                    link = path.display().to_string(),
                    target = written.target.display().to_string()));
            }
            let calendar = a.format == ExportFormat::Ics;
            ctx.out
                .status(exported(ctx.lang, count, calendar, &written.target));
        }
        _ => {
            seal.write(&mut ctx.out.stream(), |w| {
                export::write(db, kind, &filter, ctx.lang, w)
            })?;
        }
    }
    Ok(())
}
