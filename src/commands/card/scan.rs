//! `carnet card scan`: business cards and badges read from photos, filed at the event.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use crate::ctx::Ctx;
use crate::error::{hint_of, message_of, CliError};
use crate::model::dates::parse_date;
use crate::model::person_line::PersonLine;
use crate::model::scan::CardReading;
use crate::ops::scan::{self as op, photos::photos, Batch, Correction, Filing, Mode, Owner};
use crate::scan::ocr::Tesseract;
use crate::tr;
use crate::view::names::contact as describe;
use crate::view::person_line as line_view;
use crate::view::scan::{self as view, Outcome, Tally};

const EXAMPLES: &str = "\
Examples:
  carnet card scan IMG_0412.jpg --at \"5 à 7 Montréal\"
  carnet card scan ~/Photos/5a7/*.jpg --at \"5 à 7\" --yes
  carnet card scan ~/Photos/5a7 --json            # print what is read, file nothing
  carnet card scan carte1.jpg carte2.jpg --for patrick --at \"Salon\"";

/// Read business cards and badges from photos and file them
///
/// For each photo (JPEG or PNG, a phone's EXIF rotation applied), carnet decodes the QR
/// codes (a vCard, a MeCard, a web address) and reads the printed text with Tesseract, then
/// sorts what it read into name, company, title, emails, phones, website and address. The
/// card is filed to the contact given with --for, else to the person it names (a new
/// contact), at the event given with --at, with the photo's path kept on the card.
///
/// On a terminal carnet shows what it read and asks whose card it is. Elsewhere --yes files
/// without asking, and --json alone prints what was read without filing anything. A folder
/// stands for the JPEG and PNG photos in it. A photo already filed (the same content) is
/// skipped, so a folder can be scanned again as photos are added.
///
/// Tesseract must be installed for the printed text (Debian/Ubuntu: apt-get install
/// tesseract-ocr tesseract-ocr-fra); a QR code holding a vCard or MeCard is read without it.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ScanArgs {
    /// Photos of cards or badges (JPEG, PNG), or folders of them
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<PathBuf>,
    /// File the cards to this contact (#ID, ID, or part of a name) instead of the person
    /// each card names
    #[arg(long = "for", value_name = "CONTACT")]
    pub contact: Option<String>,
    /// The event where you received them (#ID or name)
    #[arg(long = "at", value_name = "EVENT")]
    pub event: Option<String>,
    /// When you received them [default: the event's date, else today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// Create a new contact even when one has the name read
    #[arg(long, conflicts_with = "contact")]
    pub new: bool,
    /// File every card without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub fn run(ctx: &mut Ctx, a: ScanArgs) -> Result<()> {
    let mode = if ctx.out.json() && !a.yes {
        Mode::ReadOnly
    } else if a.yes {
        Mode::File
    } else if ctx.prompt.is_interactive() {
        Mode::Ask
    } else {
        return Err(CliError::new(tr!(ctx.lang; "scan-cannot-ask"))
            .hint(tr!(ctx.lang; "scan-cannot-ask-hint"))
            .into());
    };
    let event = a.event.as_deref().map(|e| ctx.event(e)).transpose()?;
    let owner = a.contact.as_deref().map(|c| ctx.contact(c)).transpose()?;
    let received_on = match (&a.on, &event) {
        (Some(d), _) => parse_date(d, ctx.today())?,
        (None, Some(e)) => e.date,
        (None, None) => ctx.today(),
    };
    let photos = photos(&a.images)?;
    let batch = Batch {
        mode,
        event,
        owner,
        always_new: a.new,
        received_on,
        tesseract: Tesseract::find(),
        count: photos.len(),
    };
    if batch.tesseract.as_ref().is_ok_and(|t| t.without_french) {
        ctx.out.status(tr!(ctx.lang; "scan-without-french"));
    }
    let n = photos.len();
    let mut outcomes: Vec<Outcome> = Vec::new();
    for (i, path) in photos.iter().enumerate() {
        let mut o = Outcome::new(path);
        if let Err(e) = one(ctx, &batch, path, i + 1, &mut o) {
            let message = message_of(&e);
            o.status = "failed";
            o.hint = hint_of(&e);
            if n > 1 || ctx.out.json() {
                ctx.out.status(view::failed(ctx.lang, path, &message));
            }
            o.error = Some(message);
        }
        outcomes.push(o);
    }
    if ctx.out.json() {
        ctx.out.print_json(&outcomes)?;
    }
    if n > 1 {
        ctx.out.status(Tally::of(&outcomes).summary(ctx.lang));
    }
    let alone = n == 1 && !ctx.out.json();
    match view::run_error(ctx.lang, &outcomes, mode == Mode::ReadOnly, alone) {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

/// Reads and files the `i`-th photo, filling `o`.
fn one(ctx: &mut Ctx, b: &Batch, path: &Path, i: usize, o: &mut Outcome) -> Result<()> {
    let photo = op::look_up(&ctx.store.db(), path)?;
    o.photo_hash = Some(photo.hash.clone());
    o.filed_before = photo.filed_before.clone();
    if let (Some(f), true) = (&photo.filed_before, b.mode != Mode::ReadOnly) {
        ctx.out.status(view::already_filed(ctx.lang, path, f));
        o.status = "skipped";
        return Ok(());
    }
    let mut reading = op::read(b, path, &photo.bytes)?;
    if !reading.ocr {
        ctx.out.status(tr!(ctx.lang; "scan-qr-only"));
    }
    if b.mode == Mode::ReadOnly {
        o.status = "read";
        o.reading = Some(reading);
        return Ok(());
    }
    let owner = if b.mode == Mode::Ask {
        ctx.out.status(view::heading(i, b.count, path));
        for line in view::reading(ctx.lang, &reading) {
            ctx.out.status(line);
        }
        ask_owner(ctx, b, &mut reading.card)?
    } else {
        Some(op::owner_without_asking(
            &ctx.store.db(),
            b,
            &reading.card,
            path,
        )?)
    };
    let Some(owner) = owner else {
        ctx.out
            .status(tr!(ctx.lang; "scan-skipped", path = path.display().to_string()));
        o.status = "skipped";
        o.reading = Some(reading);
        return Ok(());
    };
    let filing = Filing {
        owner,
        card: op::card_of(&reading.card, b.received_on, b.event.as_ref().map(|e| e.id)),
        photo_path: path.to_string_lossy().into_owned(),
        photo_hash: photo.hash,
    };
    let now = ctx.now();
    let filed = op::file(&mut ctx.store, &filing, &now)?;
    let name = match &filing.owner {
        Owner::New(c) => c.name.clone(),
        Owner::Existing(_) => ctx.store.db().get_contact(filed.contact_id)?.name,
    };
    ctx.out
        .status(view::filed(ctx.lang, &filed, &name, b.how_met()));
    o.filed(&filed, name);
    o.reading = Some(reading);
    Ok(())
}

/// On a terminal: whose card it is, what was read corrected on the way (`card`). `None` to
/// skip the photo.
fn ask_owner(ctx: &mut Ctx, b: &Batch, card: &mut CardReading) -> Result<Option<Owner>> {
    let lang = ctx.lang;
    if let Some(m) = &b.owner {
        let question = tr!(lang; "scan-file-to", who = describe(m));
        let yes = ctx.prompt.confirm(&question, true)?;
        return Ok(yes.then_some(Owner::Existing(m.id)));
    }
    let mut name = card.name.clone();
    loop {
        let Some(n) = name.clone() else {
            let typed = ctx.prompt.input(&tr!(lang; "scan-ask-name"), None)?;
            let typed = typed.trim();
            if typed.is_empty() {
                return Ok(None);
            }
            name = Some(typed.to_owned());
            continue;
        };
        let found = if b.always_new {
            Vec::new()
        } else {
            op::candidates(&ctx.store.db(), &n)?
        };
        let mut items: Vec<String> = (found.iter())
            .map(|m| tr!(lang; "scan-existing", who = describe(m)))
            .collect();
        items.push(tr!(lang; "scan-new-contact", name = &n));
        items.push(tr!(lang; "scan-correct"));
        items.push(tr!(lang; "scan-someone-else"));
        items.push(tr!(lang; "scan-skip"));
        let choice = ctx.prompt.select(&tr!(lang; "scan-whose"), &items, 0)?;
        if let Some(m) = found.get(choice) {
            return Ok(Some(Owner::Existing(m.id)));
        }
        match choice - found.len() {
            0 => {
                card.name = Some(n);
                let new = op::contact_of(card, b.how_met());
                return Ok(new.map(|c| Owner::New(Box::new(c))));
            }
            1 => {
                if correct(ctx, card, &n)? {
                    name = card.name.clone();
                }
            }
            2 => name = None,
            _ => return Ok(None),
        }
    }
}

/// Asks for what was read on `card` corrected, in the one-line person form, pre-filled with
/// the reading; `name` stands for a name not read. Whether it was corrected: an empty line
/// leaves the reading as it was.
fn correct(ctx: &mut Ctx, card: &mut CardReading, name: &str) -> Result<bool> {
    let lang = ctx.lang;
    let mut initial = op::line_of(card, name).to_line();
    loop {
        let typed = ctx.prompt.edit(&tr!(lang; "scan-correct-ask"), &initial)?;
        if typed.trim().is_empty() {
            return Ok(false);
        }
        let problem = match PersonLine::parse(&typed) {
            Err(e) => line_view::problem(lang, &e),
            Ok(line) => match op::corrected(card, &line) {
                Ok(c) => {
                    *card = c;
                    ctx.out.status(tr!(lang; "scan-corrected",
                        line = line_view::understood(lang, &line, None)));
                    return Ok(true);
                }
                Err(Correction::Introducer(who)) => tr!(lang; "scan-correct-via", who = who),
                Err(Correction::Tags(tags)) => {
                    tr!(lang; "scan-correct-tags", tags = tags.join(", "))
                }
            },
        };
        ctx.out.status(problem);
        ctx.out
            .status(tr!(lang; "hint-line", hint = line_view::form(lang)));
        initial = typed;
    }
}
