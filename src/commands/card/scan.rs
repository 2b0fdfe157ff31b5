//! `carnet card scan`: business cards and badges read from photos, filed at the event.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::CliError;
use crate::model::dates::parse_date;
use crate::model::event::EventMatch;
use crate::ops::scan::{self as op, Filing, Owner};
use crate::scan::ocr::Tesseract;
use crate::scan::{photo, read_photo, PhotoReading, ScanError};
use crate::store::{ContactMatch, FiledPhoto};
use crate::view::names::contact as describe;

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

/// Every sentence `card scan` says, in one place (to move into the catalogues).
mod msg {
    use std::path::Path;

    pub fn cannot_ask() -> &'static str {
        "card scan cannot ask whose card each photo is: standard input is not a terminal"
    }
    pub fn cannot_ask_hint() -> &'static str {
        "pass --yes to file the cards (each to the person it names, or to --for CONTACT), \
         or --json to print what is read without filing it"
    }
    pub fn no_such_photo(p: &Path) -> String {
        format!("no such file or folder: {}", p.display())
    }
    pub fn empty_folder(p: &Path) -> String {
        format!("no JPEG or PNG photo in the folder {}", p.display())
    }
    pub fn heading(i: usize, n: usize, p: &Path) -> String {
        if n == 1 {
            format!("{}", p.display())
        } else {
            format!("[{i}/{n}] {}", p.display())
        }
    }
    pub fn already_filed(p: &Path, f: &super::FiledPhoto) -> String {
        let same = f.photo_path == p.to_string_lossy();
        if same {
            format!(
                "{}: already filed as card c{} of #{} {}; skipped",
                p.display(),
                f.card_id,
                f.contact_id,
                f.contact_name
            )
        } else {
            format!(
                "{}: the same photo as {}, already filed as card c{} of #{} {}; skipped",
                p.display(),
                f.photo_path,
                f.card_id,
                f.contact_id,
                f.contact_name
            )
        }
    }
    pub fn without_french() -> &'static str {
        "Tesseract has no French data: accented letters may be misread \
         (Debian/Ubuntu: apt-get install tesseract-ocr-fra)"
    }
    pub fn qr_only() -> &'static str {
        "Tesseract is not installed: only the QR code was read"
    }
    pub fn nothing_read(p: &Path) -> String {
        format!("nothing could be read on {}", p.display())
    }
    pub fn nothing_read_hint() -> &'static str {
        "a sharp photo taken from above, the card filling most of the frame, reads best"
    }
    pub fn no_name(p: &Path) -> String {
        format!("no name was read on {}", p.display())
    }
    pub fn no_name_hint() -> &'static str {
        "pass --for CONTACT to file the card to someone, or scan it on a terminal to say whose it is"
    }
    pub fn name_taken(name: &str, ids: &str) -> String {
        format!("'{name}' is already a contact ({ids})")
    }
    pub fn name_taken_hint(first: i64) -> String {
        format!("add --for '#{first}' to file the card to them, or --new to create another contact")
    }
    pub fn read_label() -> &'static str {
        "  read:    "
    }
    pub fn address_label() -> &'static str {
        "  address: "
    }
    pub fn other_label() -> &'static str {
        "  also:    "
    }
    pub fn nothing_sorted() -> &'static str {
        "(no name, company or contact details)"
    }
    pub fn whose() -> &'static str {
        "Whose card is it?"
    }
    pub fn existing(d: &str) -> String {
        format!("existing {d}")
    }
    pub fn new_contact(name: &str) -> String {
        format!("new contact: {name}")
    }
    pub fn another() -> &'static str {
        "someone else (type a name)"
    }
    pub fn skip() -> &'static str {
        "skip this photo"
    }
    pub fn ask_name() -> &'static str {
        "Name (Enter to skip the photo)"
    }
    pub fn file_to(d: &str) -> String {
        format!("File it as a card of {d}?")
    }
    pub fn skipped_by_you(p: &Path) -> String {
        format!("{}: skipped", p.display())
    }
    pub fn filed(card: i64, contact: i64, name: &str, new: bool, at: Option<&str>) -> String {
        let mut s = format!("Filed card c{card} for #{contact} {name}");
        if new {
            s.push_str(" (new contact)");
        }
        if let Some(e) = at {
            s.push_str(&format!(" at {e}"));
        }
        s
    }
    pub fn failed(p: &Path, e: &str) -> String {
        format!("error: {}: {e}", p.display())
    }
    pub fn summary(filed: usize, skipped: usize, failed: usize, read: usize) -> String {
        let mut parts = Vec::new();
        if read > 0 {
            parts.push(format!("{read} read"));
        }
        if filed > 0 || (read == 0 && failed == 0 && skipped == 0) {
            parts.push(format!("{filed} filed"));
        }
        if skipped > 0 {
            parts.push(format!("{skipped} skipped"));
        }
        if failed > 0 {
            parts.push(format!("{failed} failed"));
        }
        format!("Photos: {}", parts.join(", "))
    }
    pub fn some_failed(failed: usize, total: usize) -> String {
        format!("{failed} of {total} photos could not be filed")
    }
    pub fn some_unread(failed: usize, total: usize) -> String {
        format!("{failed} of {total} photos could not be read")
    }
}

/// What became of one photo (`--json`).
#[derive(Debug, Serialize)]
struct Outcome {
    photo: String,
    photo_hash: Option<String>,
    /// `read` (--json without --yes), `filed`, `skipped` (already filed, or by you) or
    /// `failed`.
    status: &'static str,
    reading: Option<PhotoReading>,
    card_id: Option<i64>,
    contact_id: Option<i64>,
    contact_name: Option<String>,
    new_contact: bool,
    /// The card already filed from the same photo.
    filed_before: Option<FiledPhoto>,
    error: Option<String>,
    hint: Option<String>,
}

impl Outcome {
    fn new(photo: &Path) -> Outcome {
        Outcome {
            photo: photo.to_string_lossy().into_owned(),
            photo_hash: None,
            status: "failed",
            reading: None,
            card_id: None,
            contact_id: None,
            contact_name: None,
            new_contact: false,
            filed_before: None,
            error: None,
            hint: None,
        }
    }
}

/// How this run files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// --json without --yes: read, print, file nothing.
    ReadOnly,
    /// On a terminal: show, ask, file.
    Ask,
    /// --yes: file without asking.
    File,
}

/// What every photo of one run shares.
struct Batch {
    mode: Mode,
    event: Option<EventMatch>,
    /// --for
    owner: Option<ContactMatch>,
    /// --new
    always_new: bool,
    received_on: chrono::NaiveDate,
    tesseract: Result<Tesseract, ScanError>,
    count: usize,
}

fn is_photo(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "jpg" | "jpeg" | "png"))
}

/// The photos named: files as given, folders as the JPEG and PNG files in them (sorted),
/// each once, with absolute paths. A name that does not exist is an error before anything
/// is read.
fn photos(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = Vec::new();
    for a in args {
        let abs = std::fs::canonicalize(a).map_err(|_| CliError::new(msg::no_such_photo(a)))?;
        if abs.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(&abs)
                .map_err(|e| CliError::new(format!("cannot read {}: {e}", a.display())))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && is_photo(p))
                .collect();
            if inside.is_empty() {
                return Err(CliError::new(msg::empty_folder(a))
                    .hint("card scan reads .jpg, .jpeg and .png files")
                    .into());
            }
            inside.sort();
            for p in inside {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        } else if !out.contains(&abs) {
            out.push(abs);
        }
    }
    Ok(out)
}

pub fn run(ctx: &mut Ctx, a: ScanArgs) -> Result<()> {
    let mode = if ctx.out.json() && !a.yes {
        Mode::ReadOnly
    } else if a.yes {
        Mode::File
    } else if ctx.prompt.is_interactive() {
        Mode::Ask
    } else {
        return Err(CliError::new(msg::cannot_ask())
            .hint(msg::cannot_ask_hint())
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
        ctx.out.status(msg::without_french());
    }
    let n = photos.len();
    let mut outcomes: Vec<Outcome> = Vec::new();
    for (i, path) in photos.iter().enumerate() {
        let mut o = Outcome::new(path);
        let result = one(ctx, &batch, path, i + 1, &mut o);
        if let Err(e) = result {
            let message = crate::error::message_of(&e);
            o.status = "failed";
            o.hint = crate::error::hint_of(&e);
            if n > 1 || ctx.out.json() {
                ctx.out.status(msg::failed(path, &message));
            }
            o.error = Some(message);
        }
        outcomes.push(o);
    }
    let count = |s: &str| outcomes.iter().filter(|o| o.status == s).count();
    let (filed, skipped, failed, read) = (
        count("filed"),
        count("skipped"),
        count("failed"),
        count("read"),
    );
    if ctx.out.json() {
        ctx.out.print_json(&outcomes)?;
    }
    if n > 1 {
        ctx.out.status(msg::summary(filed, skipped, failed, read));
    }
    if failed == 0 {
        return Ok(());
    }
    // One photo: its own error and hint. Several: how many, and each distinct hint once.
    if n == 1 && !ctx.out.json() {
        let o = &outcomes[0];
        let mut err = CliError::new(o.error.clone().unwrap_or_default());
        if let Some(h) = &o.hint {
            err = err.hint(h.clone());
        }
        return Err(err.into());
    }
    let mut hints: Vec<String> = Vec::new();
    for h in outcomes.iter().filter_map(|o| o.hint.clone()) {
        if !hints.contains(&h) {
            hints.push(h);
        }
    }
    let message = if mode == Mode::ReadOnly {
        msg::some_unread(failed, n)
    } else {
        msg::some_failed(failed, n)
    };
    let mut err = CliError::new(message);
    if !hints.is_empty() {
        err = err.hint(hints.join("\n"));
    }
    Err(err.into())
}

/// Reads and files the `i`-th photo, filling `o`.
fn one(ctx: &mut Ctx, b: &Batch, path: &Path, i: usize, o: &mut Outcome) -> Result<()> {
    let mode = b.mode;
    let bytes = std::fs::read(path).map_err(|e| {
        scan_error(ScanError::Unreadable {
            path: path.to_owned(),
            reason: e.to_string(),
        })
    })?;
    let hash = photo::content_hash(&bytes);
    o.photo_hash = Some(hash.clone());
    o.filed_before = ctx.store.db().card_by_photo_hash(&hash)?;
    if let (Some(f), true) = (&o.filed_before, mode != Mode::ReadOnly) {
        ctx.out.status(msg::already_filed(path, f));
        o.status = "skipped";
        return Ok(());
    }
    let reading = read_photo(path, &bytes, b.tesseract.as_ref()).map_err(scan_error)?;
    if !reading.ocr {
        ctx.out.status(msg::qr_only());
    }
    if reading.card.is_empty() {
        return Err(CliError::new(msg::nothing_read(path))
            .hint(msg::nothing_read_hint())
            .into());
    }
    if mode == Mode::ReadOnly {
        o.status = "read";
        o.reading = Some(reading);
        return Ok(());
    }
    let card = op::card_of(&reading.card, b.received_on, b.event.as_ref().map(|e| e.id));
    let how_met = b.event.as_ref().map(|e| e.name.as_str());
    let who = if mode == Mode::Ask {
        show(ctx, &reading, i, b.count, path);
        match ask_owner(ctx, b, &reading, how_met)? {
            Some(w) => w,
            None => {
                ctx.out.status(msg::skipped_by_you(path));
                o.status = "skipped";
                o.reading = Some(reading);
                return Ok(());
            }
        }
    } else {
        owner_without_asking(ctx, b, &reading, how_met, path)?
    };
    let filing = Filing {
        owner: who,
        card,
        photo_path: path.to_string_lossy().into_owned(),
        photo_hash: hash,
    };
    let now = ctx.now();
    let filed = op::file(&mut ctx.store, &filing, &now)?;
    let name = match &filing.owner {
        Owner::New(c) => c.name.clone(),
        Owner::Existing(_) => ctx.store.db().get_contact(filed.contact_id)?.name,
    };
    ctx.out.status(msg::filed(
        filed.card_id,
        filed.contact_id,
        &name,
        filed.new_contact,
        how_met,
    ));
    o.status = "filed";
    o.card_id = Some(filed.card_id);
    o.contact_id = Some(filed.contact_id);
    o.contact_name = Some(name);
    o.new_contact = filed.new_contact;
    o.reading = Some(reading);
    Ok(())
}

fn scan_error(e: ScanError) -> anyhow::Error {
    let mut err = CliError::new(e.to_string());
    if let Some(h) = e.hint() {
        err = err.hint(h);
    }
    err.into()
}

/// What was read, on stderr, for the person to check before saying whose card it is.
fn show(ctx: &Ctx, r: &PhotoReading, i: usize, n: usize, path: &Path) {
    let out = &ctx.out;
    out.status(msg::heading(i, n, path));
    let line = r.card.one_line();
    out.status(format!(
        "{}{}",
        msg::read_label(),
        if line.is_empty() {
            msg::nothing_sorted().to_owned()
        } else {
            line
        }
    ));
    if let Some(addr) = &r.card.address {
        out.status(format!("{}{addr}", msg::address_label()));
    }
    if !r.card.other.is_empty() {
        out.status(format!(
            "{}{}",
            msg::other_label(),
            r.card.other.join(" · ")
        ));
    }
}

/// On a terminal: whose card it is. `None` to skip the photo.
fn ask_owner(
    ctx: &mut Ctx,
    b: &Batch,
    r: &PhotoReading,
    how_met: Option<&str>,
) -> Result<Option<Owner>> {
    if let Some(m) = &b.owner {
        return Ok(ctx
            .prompt
            .confirm(&msg::file_to(&describe(m)), true)?
            .then_some(Owner::Existing(m.id)));
    }
    let mut name = r.card.name.clone();
    loop {
        let Some(n) = name.clone() else {
            let typed = ctx.prompt.input(msg::ask_name(), None)?;
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
            candidates(ctx, &n)?
        };
        let mut items: Vec<String> = found.iter().map(|m| msg::existing(&describe(m))).collect();
        items.push(msg::new_contact(&n));
        items.push(msg::another().to_owned());
        items.push(msg::skip().to_owned());
        let choice = ctx.prompt.select(msg::whose(), &items, 0)?;
        if let Some(m) = found.get(choice) {
            return Ok(Some(Owner::Existing(m.id)));
        }
        match choice - found.len() {
            0 => {
                let mut reading = r.card.clone();
                reading.name = Some(n);
                return Ok(op::contact_of(&reading, how_met).map(|c| Owner::New(Box::new(c))));
            }
            1 => name = None,
            _ => return Ok(None),
        }
    }
}

/// Contacts the name read may be: the same name, then names it starts.
fn candidates(ctx: &Ctx, name: &str) -> Result<Vec<ContactMatch>> {
    let db = ctx.store.db();
    let mut all = db.contacts_named(name)?;
    for m in db.contacts_matching(name, 6)? {
        if !all.iter().any(|a| a.id == m.id) {
            all.push(m);
        }
    }
    all.truncate(6);
    Ok(all)
}

/// With --yes: the contact given, else a new contact named as read — refused when there is
/// no name, or when a contact already has it (unless --new).
fn owner_without_asking(
    ctx: &Ctx,
    b: &Batch,
    r: &PhotoReading,
    how_met: Option<&str>,
    path: &Path,
) -> Result<Owner> {
    if let Some(m) = &b.owner {
        return Ok(Owner::Existing(m.id));
    }
    let Some(new) = op::contact_of(&r.card, how_met) else {
        return Err(CliError::new(msg::no_name(path))
            .hint(msg::no_name_hint())
            .into());
    };
    if !b.always_new {
        let same = ctx.store.db().contacts_named(&new.name)?;
        if let Some(first) = same.first() {
            let ids: Vec<String> = same.iter().map(|m| format!("#{}", m.id)).collect();
            return Err(CliError::new(msg::name_taken(&new.name, &ids.join(", ")))
                .hint(msg::name_taken_hint(first.id))
                .into());
        }
    }
    Ok(Owner::New(Box::new(new)))
}
