//! Contact CSVs: LinkedIn's Connections.csv, Google Contacts (current and older headers),
//! Outlook and Thunderbird exports, and any CSV with a header row — columns are matched by
//! name. Read row by row (`csv/rows.rs`: where a row ends, damaged files included). Also the
//! CSV export, with cells a spreadsheet would run as formulas neutralised.

mod rows;

use std::io::{self, BufRead};

use chrono::NaiveDate;
use encoding_rs::WINDOWS_1252;

use super::lines::Lines;
use super::{
    bound, clean, clean_email, clean_link, clean_multiline, clean_phone, clean_tags, finish,
};
use crate::model::interop::{
    Activity, Cut, CutKind, ExportContact, ImportRecord, Parsed, Rejected, SkipReason,
};
use crate::model::text::fold;
use crate::model::{Address, Birthday, Labeled};
use rows::{Event, Rows};

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Col {
    Name,
    First,
    Middle,
    Last,
    Prefix,
    Suffix,
    Email(Option<String>),
    Phone(Option<String>),
    /// The label of the numbered group (`E-mail 1 - Type`), for email or phone.
    GroupLabel(String),
    Company,
    Title,
    City,
    Tags,
    Note,
    Birthday,
    BirthYear,
    BirthMonth,
    BirthDay,
    Url(Option<String>),
    ConnectedOn,
    /// carnet's own export: the UID, and how the contact was met.
    Uid,
    HowMet,
    /// A component of a postal address (its index in ADR's order), of the address `group`
    /// (Google's `Address 2 - Street` is group "address 2"; carnet's own columns "").
    AddressPart {
        group: String,
        part: usize,
    },
    Ignore,
}

/// A header cell, folded and with `e-mail` spelled `email`.
fn norm(h: &str) -> String {
    fold(h).replace("e-mail", "email").replace('_', " ")
}

/// The numbered group of Google headers: "email 2 - value" → ("email", "2", "value").
fn google_group(h: &str) -> Option<(String, String, String)> {
    let (left, right) = h.split_once(" - ")?;
    let (kind, n) = left.trim().rsplit_once(' ')?;
    n.chars().all(|c| c.is_ascii_digit()).then(|| {
        (
            kind.trim().to_owned(),
            n.to_owned(),
            right.trim().to_owned(),
        )
    })
}

fn label_from_header(h: &str) -> Option<String> {
    let words: Vec<&str> = h.split(|c: char| !c.is_alphanumeric()).collect();
    let has = |w: &str| words.contains(&w);
    let label = if has("mobile") || has("cell") || has("portable") {
        "mobile"
    } else if has("fax") {
        "fax"
    } else if has("pager") {
        "pager"
    } else if has("home") || has("domicile") {
        "home"
    } else if has("work") || has("business") || has("travail") || has("bureau") {
        "work"
    } else {
        return None;
    };
    Some(label.to_owned())
}

fn classify(h: &str, has_job_title: bool) -> Col {
    let h = norm(h);
    if let Some((kind, n, part)) = google_group(&h) {
        let key = format!("{kind} {n}");
        return match (kind.as_str(), part.as_str()) {
            ("email" | "phone" | "website", "value") => match kind.as_str() {
                "email" => Col::Email(None),
                "phone" => Col::Phone(None),
                _ => Col::Url(None),
            },
            ("email" | "phone" | "website" | "address", "type" | "label") => Col::GroupLabel(key),
            ("address", part) => match address_part(part) {
                Some(part) => Col::AddressPart { group: key, part },
                None => Col::Ignore,
            },
            ("organization", "name") => Col::Company,
            ("organization", "title") => Col::Title,
            _ => Col::Ignore,
        };
    }
    match h.as_str() {
        "name" | "display name" | "full name" | "fn" | "nom complet" | "nom affiche" => Col::Name,
        "first name" | "given name" | "firstname" | "prenom" => Col::First,
        "middle name" | "additional name" => Col::Middle,
        "last name" | "family name" | "surname" | "lastname" | "nom" => Col::Last,
        "name prefix" | "prefix" => Col::Prefix,
        "name suffix" | "suffix" => Col::Suffix,
        "title" if has_job_title => Col::Prefix,
        "title" | "job title" | "position" | "organization title" | "poste" | "fonction"
        | "titre" => Col::Title,
        "company" | "organization" | "organisation" | "organization name" | "org"
        | "entreprise" | "societe" => Col::Company,
        "city" | "ville" | "location" => Col::City,
        "tags" | "tag" | "labels" | "group membership" | "categories" | "groups" | "etiquettes"
        | "groupes" => Col::Tags,
        "note" | "notes" | "remarques" | "commentaire" | "commentaires" => Col::Note,
        "birthday" | "birth date" | "birthdate" | "anniversaire" | "date de naissance" => {
            Col::Birthday
        }
        "birth year" => Col::BirthYear,
        "birth month" => Col::BirthMonth,
        "birth day" => Col::BirthDay,
        "url" | "website" | "web page" | "web site" | "site" | "linkedin" | "profile url" => {
            Col::Url(None)
        }
        "connected on" => Col::ConnectedOn,
        // carnet's own export (`carnet export csv`).
        "uid" => Col::Uid,
        "how met" => Col::HowMet,
        "street" | "rue" | "adresse" | "address" => Col::AddressPart {
            group: String::new(),
            part: 2,
        },
        "region" | "state" | "province" => Col::AddressPart {
            group: String::new(),
            part: 4,
        },
        "postal code" | "zip" | "zip code" | "code postal" => Col::AddressPart {
            group: String::new(),
            part: 5,
        },
        "country" | "pays" => Col::AddressPart {
            group: String::new(),
            part: 6,
        },
        "emails" => Col::Email(None),
        "phones" => Col::Phone(None),
        "links" => Col::Url(None),
        _ => {
            if let Some(col) = prefixed_address(&h) {
                return col;
            }
            let words: Vec<&str> = h.split(|c: char| !c.is_alphanumeric()).collect();
            let has = |w: &str| words.contains(&w);
            if has("email") || h.contains("courriel") || has("mail") {
                Col::Email(label_from_header(&h))
            } else if has("phone")
                || has("mobile")
                || has("fax")
                || has("pager")
                || h.contains("telephone")
                || has("portable")
                || h.contains("number") && !has("id")
            {
                Col::Phone(label_from_header(&h))
            } else if h.ends_with(" city") {
                Col::City
            } else if h.starts_with("web page") || h.starts_with("website") {
                Col::Url(label_from_header(&h))
            } else {
                Col::Ignore
            }
        }
    }
}

/// An address column of Outlook and Thunderbird exports: `Home Street`, `Business City`,
/// `Work ZipCode`, `Other Country/Region`, `Home Address 2`; the group is the label.
fn prefixed_address(h: &str) -> Option<Col> {
    let (prefix, rest) = h.split_once(' ')?;
    let group = match prefix {
        "home" | "personal" | "domicile" => "home",
        "work" | "business" | "bureau" | "travail" => "work",
        "other" | "autre" => "other",
        _ => return None,
    };
    let rest: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let part = match rest.join(" ").as_str() {
        "street" | "address" | "street address" | "address 1" | "street 1" => 2,
        "address 2" | "street 2" => 1,
        "city" => 3,
        "state" | "region" | "province" => 4,
        "zip" | "zipcode" | "zip code" | "postal code" | "postcode" => 5,
        "country" | "country region" => 6,
        "po box" => 0,
        _ => return None,
    };
    Some(Col::AddressPart {
        group: group.to_owned(),
        part,
    })
}

/// The index in ADR's order of a Google address column's part (`city` is the locality).
fn address_part(part: &str) -> Option<usize> {
    Some(match part {
        "po box" => 0,
        "extended address" => 1,
        "street" => 2,
        "city" => 3,
        "region" => 4,
        "postal code" => 5,
        "country" => 6,
        _ => return None,
    })
}

/// Where the header row is: after a LinkedIn `Notes:` preamble, the first of the first few
/// lines that names at least one column carnet knows.
fn header_line(lines: &[String]) -> Option<usize> {
    lines.iter().take(HEADER_WITHIN).position(|l| {
        let cells = split_simple(l);
        let known = cells
            .iter()
            .filter(|c| !matches!(classify(c, false), Col::Ignore))
            .count();
        // A header names columns in a few words; the Notes: preamble is sentences.
        let short = cells.iter().all(|c| c.chars().count() <= 40);
        short && (known >= 2 || (known == 1 && cells.len() <= 3))
    })
}

/// How many lines from the top the header row may be.
const HEADER_WITHIN: usize = 8;

fn split_simple(line: &str) -> Vec<String> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    r.records()
        .next()
        .and_then(Result::ok)
        .map(|rec| rec.iter().map(str::to_owned).collect())
        .unwrap_or_default()
}

const FRENCH_MONTHS: [(&str, &str); 12] = [
    ("janvier", "Jan"),
    ("fevrier", "Feb"),
    ("mars", "Mar"),
    ("avril", "Apr"),
    ("mai", "May"),
    ("juin", "Jun"),
    ("juillet", "Jul"),
    ("aout", "Aug"),
    ("septembre", "Sep"),
    ("octobre", "Oct"),
    ("novembre", "Nov"),
    ("decembre", "Dec"),
];

/// LinkedIn writes `12 Mar 2024` (`12 mars 2024` in French); others write ISO dates or
/// `DD/MM/YYYY`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let folded = fold(s);
    let s = folded
        .split(' ')
        .map(|w| {
            let w = w.trim_end_matches('.');
            FRENCH_MONTHS
                .iter()
                .find(|(fr, _)| *fr == w || (w.len() >= 3 && fr.starts_with(w)))
                .map_or(w, |(_, en)| en)
        })
        .collect::<Vec<_>>()
        .join(" ");
    let s = s.trim();
    for f in [
        "%d %b %Y",
        "%d %B %Y",
        "%Y-%m-%d",
        "%d/%m/%Y",
        "%b %d, %Y",
        "%m/%d/%Y",
    ] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Some(d);
        }
    }
    None
}

/// Why a file cannot be read as a contact CSV at all.
#[derive(Debug)]
pub enum CsvError {
    NoHeader,
    Io(io::Error),
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CsvError::NoHeader => {
                f.write_str(&crate::tr!("import-csv-no-header", within = HEADER_WITHIN))
            }
            CsvError::Io(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for CsvError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CsvError::NoHeader => None,
            CsvError::Io(e) => e.source(),
        }
    }
}

impl From<io::Error> for CsvError {
    fn from(e: io::Error) -> Self {
        CsvError::Io(e)
    }
}

/// Decodes a row's cells: UTF-8 when they all are, else Windows-1252 (what old exporters
/// write without saying).
fn decode_row(fields: Vec<Vec<u8>>) -> Vec<String> {
    if fields.iter().all(|f| std::str::from_utf8(f).is_ok()) {
        return fields
            .into_iter()
            .map(|f| String::from_utf8(f).unwrap_or_default())
            .collect();
    }
    fields
        .iter()
        .map(|f| WINDOWS_1252.decode_without_bom_handling(f).0.into_owned())
        .collect()
}

/// The contacts of a CSV stream (already made UTF-8 if it was UTF-16; see `lines::open`),
/// one record per row that holds something. An I/O error ends the stream.
pub struct Reader<R> {
    rows: Rows<R>,
    cols: Vec<Col>,
    header: Vec<String>,
    linkedin: bool,
    index: usize,
}

impl<R: BufRead> Reader<R> {
    /// Finds the header row (after a LinkedIn preamble); `linkedin` marks every record as
    /// met on LinkedIn. `Ok(None)` for a file without a line.
    pub fn new(reader: R, linkedin: bool) -> Result<Option<Self>, CsvError> {
        let mut lines = Lines::new(reader, true);
        let mut top = Vec::new();
        while top.len() < HEADER_WITHIN {
            match lines.next_line()? {
                Some(l) => top.push(l),
                None => break,
            }
        }
        if top.iter().all(|l| l.content().trim_ascii().is_empty()) {
            return Ok(None);
        }
        let texts: Vec<String> = top
            .iter()
            .map(|l| super::decode_charset(l.content(), None))
            .collect();
        let start = header_line(&texts).ok_or(CsvError::NoHeader)?;
        lines.unread(top.into_iter().skip(start));
        let mut rows = Rows::new(lines);
        let header: Vec<String> = loop {
            match rows.next_event()? {
                Some(Event::Row { fields, .. }) => {
                    break decode_row(fields)
                        .into_iter()
                        .map(|s| s.trim().to_owned())
                        .collect()
                }
                Some(Event::Damaged { .. }) => continue,
                None => return Err(CsvError::NoHeader),
            }
        };
        rows.width = header.len();
        let has_job_title = header.iter().any(|h| norm(h) == "job title");
        let cols: Vec<Col> = header.iter().map(|h| classify(h, has_job_title)).collect();
        let linkedin = linkedin || cols.contains(&Col::ConnectedOn);
        Ok(Some(Reader {
            rows,
            cols,
            header,
            linkedin,
            index: 0,
        }))
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = io::Result<Parsed>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let event = match self.rows.next_event() {
                Ok(Some(e)) => e,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            };
            let index = self.index;
            let parsed = match event {
                Event::Damaged { line, reason } => Err(Rejected { line, reason }),
                Event::Row { line, fields } => {
                    let mut cells = decode_row(fields);
                    // A row with nothing in it is not a record (spreadsheets end with some).
                    if cells.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    let mut cuts = Vec::new();
                    for (i, c) in cells.iter_mut().enumerate() {
                        if bound(c) {
                            let field = self.header.get(i).cloned().unwrap_or_default();
                            cuts.push(Cut {
                                line,
                                what: CutKind::TooLong {
                                    field,
                                    kept: c.len(),
                                },
                            });
                        }
                    }
                    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
                    to_record(&self.cols, &self.header, &cells, line, index, self.linkedin).map(
                        |mut r| {
                            r.cuts = cuts;
                            r
                        },
                    )
                }
            };
            self.index += 1;
            return Some(Ok(parsed));
        }
    }
}

/// Reads a contact CSV held in memory (see `Reader` for a stream): its records, or why it
/// is not a contact CSV.
pub fn read(bytes: &[u8], linkedin: bool) -> Result<Vec<Parsed>, CsvError> {
    let opened = super::lines::open(bytes)?;
    match Reader::new(opened.reader, linkedin)? {
        Some(r) => Ok(r.collect::<io::Result<Vec<Parsed>>>()?),
        None => Ok(Vec::new()),
    }
}

fn to_record(
    cols: &[Col],
    header: &[String],
    cells: &[&str],
    line: usize,
    index: usize,
    linkedin: bool,
) -> Parsed {
    let mut r = ImportRecord {
        line,
        index,
        ..Default::default()
    };
    let (mut name, mut first, mut middle, mut last, mut prefix, mut suffix) =
        (None, None, None, None, None, None);
    let (mut by, mut bm, mut bd) = (None, None, None);
    let mut addresses: Vec<(String, Address)> = Vec::new();
    let mut connected = None;
    // Labels of numbered groups, read before their values (they come first in Google's order).
    let group_label = |i: usize| -> Option<String> {
        let h = norm(header.get(i)?);
        let (kind, n, _) = google_group(&h)?;
        let key = format!("{kind} {n}");
        cols.iter().zip(cells).find_map(|(c, v)| match c {
            Col::GroupLabel(k) if *k == key => {
                clean(v.trim_start_matches("* ")).map(|l| l.to_lowercase())
            }
            _ => None,
        })
    };
    for (i, (col, raw)) in cols.iter().zip(cells).enumerate() {
        let raw = *raw;
        if raw.trim().is_empty() {
            continue;
        }
        // carnet's own formula guard: a leading apostrophe before what a spreadsheet runs.
        let raw = unguarded(raw);
        // Google packs several values in one cell with " ::: ", carnet's export with "; ".
        let values: Vec<&str> = raw.split(" ::: ").flat_map(|v| v.split("; ")).collect();
        match col {
            Col::Name => name = name.or_else(|| clean(raw)),
            Col::First => first = first.or_else(|| clean(raw)),
            Col::Middle => middle = middle.or_else(|| clean(raw)),
            Col::Last => last = last.or_else(|| clean(raw)),
            Col::Prefix => prefix = prefix.or_else(|| clean(raw)),
            Col::Suffix => suffix = suffix.or_else(|| clean(raw)),
            Col::Email(label) => {
                let label = label.clone().or_else(|| group_label(i));
                for v in values {
                    if let Some(e) = clean_email(v) {
                        r.contact.emails.push(Labeled::new(e, label.clone()));
                    }
                }
            }
            Col::Phone(label) => {
                let label = label.clone().or_else(|| group_label(i));
                for v in values {
                    if let Some(p) = clean_phone(v) {
                        r.contact.phones.push(Labeled::new(p, label.clone()));
                    }
                }
            }
            Col::Url(label) => {
                let label = label.clone().or_else(|| group_label(i));
                for v in values {
                    if let Some(u) = clean_link(v) {
                        r.contact.links.push(Labeled::new(u, label.clone()));
                    }
                }
            }
            Col::Company => r.contact.company = r.contact.company.take().or_else(|| clean(raw)),
            Col::Title => r.contact.title = r.contact.title.take().or_else(|| clean(raw)),
            Col::City => r.contact.city = r.contact.city.take().or_else(|| clean(raw)),
            Col::Tags => {
                let parts = raw
                    .split(" ::: ")
                    .flat_map(|p| p.split([',', ';']))
                    .map(|t| t.trim().trim_start_matches("* "));
                for t in clean_tags(parts) {
                    if !r.contact.tags.contains(&t) {
                        r.contact.tags.push(t);
                    }
                }
            }
            Col::Note => {
                if let Some(n) = clean_multiline(raw) {
                    r.notes.push((None, n));
                }
            }
            Col::Birthday => {
                r.contact.birthday = r.contact.birthday.or_else(|| Birthday::parse(raw))
            }
            Col::BirthYear => by = raw.trim().parse::<i32>().ok(),
            Col::BirthMonth => bm = raw.trim().parse::<u32>().ok(),
            Col::BirthDay => bd = raw.trim().parse::<u32>().ok(),
            Col::ConnectedOn => connected = parse_date(raw),
            Col::Uid => r.uid = r.uid.take().or_else(|| clean(raw)),
            Col::AddressPart { group, part } => {
                if let Some(v) = clean_multiline(raw) {
                    let at = match addresses.iter().position(|(g, _)| g == group) {
                        Some(at) => at,
                        None => {
                            addresses.push((group.clone(), Address::default()));
                            addresses.len() - 1
                        }
                    };
                    let a = &mut addresses[at].1;
                    let slot = match part {
                        0 => &mut a.po_box,
                        1 => &mut a.extended,
                        2 => &mut a.street,
                        3 => &mut a.locality,
                        4 => &mut a.region,
                        5 => &mut a.postal_code,
                        _ => &mut a.country,
                    };
                    *slot = v;
                }
            }
            Col::HowMet => r.contact.how_met = r.contact.how_met.take().or_else(|| clean(raw)),
            Col::GroupLabel(_) | Col::Ignore => {}
        }
    }
    for (group, mut a) in addresses {
        // carnet's own columns: the locality is the city column.
        if group.is_empty() && a.locality.is_empty() {
            a.locality = r.contact.city.clone().unwrap_or_default();
        }
        a.label = match group.as_str() {
            "home" | "work" => Some(group.clone()),
            // Google's `Address 1 - Type`.
            _ => cols.iter().zip(cells).find_map(|(c, v)| match c {
                Col::GroupLabel(k) if *k == group => {
                    clean(v.trim_start_matches("* ")).map(|l| l.to_lowercase())
                }
                _ => None,
            }),
        };
        if r.contact.city.is_none() {
            r.contact.city = clean(&a.locality);
        }
        if !a.is_only_locality() {
            r.contact.postal.push(a);
        }
    }
    if r.contact.birthday.is_none() {
        if let (Some(m), Some(d)) = (bm, bd) {
            let s = match by {
                Some(y) => format!("{y:04}-{m:02}-{d:02}"),
                None => format!("--{m:02}-{d:02}"),
            };
            r.contact.birthday = Birthday::parse(&s);
        }
    }
    if linkedin {
        r.contact.how_met = Some("LinkedIn".to_owned());
        if let Some(d) = connected {
            r.notes.push((Some(d), "Connected on LinkedIn".to_owned()));
        }
    }
    let parts: Vec<String> = [prefix, first, middle, last, suffix]
        .into_iter()
        .flatten()
        .collect();
    let composed = clean(&parts.join(" "));
    let fallback = || {
        r.contact
            .company
            .clone()
            .or_else(|| r.contact.emails.first().map(|e| e.value.clone()))
    };
    r.contact.name = name.or(composed).or_else(fallback).ok_or(Rejected {
        line,
        reason: SkipReason::NoName { card: false },
    })?;
    finish(r)
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe: one that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return, unless all it holds is a number as
/// people write phone numbers (`+1 (514) 555-0100`, `-5`): digits, spaces and `+-().,/`
/// call no function and name no cell, so it stays as it is, without an apostrophe showing.
pub fn neutralise(cell: &str) -> String {
    if needs_guard(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

fn needs_guard(cell: &str) -> bool {
    let numeric = cell.chars().any(|c| c.is_ascii_digit())
        && cell.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.' | ',' | '/')
        });
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !numeric
}

/// A cell as written before `neutralise` guarded it.
fn unguarded(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

pub const EXPORT_HEADER: [&str; 19] = [
    "uid",
    "name",
    "company",
    "title",
    "emails",
    "phones",
    "links",
    "city",
    "birthday",
    "tags",
    "how_met",
    "archived",
    "created_at",
    "updated_at",
    "addresses",
    "street",
    "postal_code",
    "region",
    "country",
];

/// Writes contacts as CSV (UTF-8, header row, lists joined with "; ").
pub fn write<W: std::io::Write>(w: W, contacts: &[ExportContact]) -> ::csv::Result<()> {
    let mut out = Writer::new(w, false)?;
    for c in contacts {
        out.write(c, None)?;
    }
    out.finish()
}

/// The columns `--activity` adds, after `EXPORT_HEADER`.
pub const ACTIVITY_HEADER: [&str; 3] = ["last_seen", "encounters", "latest_note"];

/// A CSV export being written, a row at a time.
pub struct Writer<W: std::io::Write>(::csv::Writer<W>);

impl<W: std::io::Write> Writer<W> {
    /// Starts the file with its header row.
    pub fn new(w: W, activity: bool) -> ::csv::Result<Self> {
        let mut wr = ::csv::Writer::from_writer(w);
        if activity {
            wr.write_record(EXPORT_HEADER.iter().chain(&ACTIVITY_HEADER))?;
        } else {
            wr.write_record(EXPORT_HEADER)?;
        }
        Ok(Writer(wr))
    }

    /// One contact's row.
    pub fn write(&mut self, e: &ExportContact, activity: Option<&Activity>) -> ::csv::Result<()> {
        let join = |l: &[Labeled]| {
            l.iter()
                .map(|v| v.value.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let c = &e.contact;
        // The first postal address, in columns; the city column is its locality when the
        // contact has no city of its own.
        let first = c.postal_addresses.first();
        let row = [
            e.uid.clone(),
            c.name.clone(),
            c.company.clone().unwrap_or_default(),
            c.title.clone().unwrap_or_default(),
            join(&c.emails),
            join(&c.phones),
            join(&c.links),
            c.city.clone().unwrap_or_default(),
            c.birthday.map(|b| b.to_string()).unwrap_or_default(),
            c.tags.join(", "),
            c.how_met.clone().unwrap_or_default(),
            c.archived.to_string(),
            c.created_at.clone(),
            c.updated_at.clone(),
            join(&c.addresses),
            first.map(|a| a.street.clone()).unwrap_or_default(),
            first.map(|a| a.postal_code.clone()).unwrap_or_default(),
            first.map(|a| a.region.clone()).unwrap_or_default(),
            first.map(|a| a.country.clone()).unwrap_or_default(),
        ];
        let extra = activity.map(|a| {
            [
                a.last_seen.map(|d| d.to_string()).unwrap_or_default(),
                a.encounters.to_string(),
                a.latest_note.clone().unwrap_or_default(),
            ]
        });
        self.0.write_record(
            row.iter()
                .chain(extra.iter().flatten())
                .map(|s| neutralise(s)),
        )
    }

    /// Writes out what is buffered.
    pub fn finish(mut self) -> ::csv::Result<()> {
        self.0.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(all: Result<Vec<Parsed>, CsvError>) -> Vec<ImportRecord> {
        all.unwrap().into_iter().map(|r| r.unwrap()).collect()
    }

    #[test]
    fn linkedin_with_preamble_bom_and_crlf() {
        let csv = "\u{feff}Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nFrédéric,Duval,https://www.linkedin.com/in/fduval,,Concours des vœux,Directeur,12 Mar 2024\r\nZoë,Łukasz,https://www.linkedin.com/in/zl,zoe@example.org,,,01 Jan 2020\r\n";
        let r = ok(read(csv.as_bytes(), false));
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].contact.name, "Frédéric Duval");
        assert_eq!(r[0].contact.how_met.as_deref(), Some("LinkedIn"));
        assert_eq!(r[0].contact.title.as_deref(), Some("Directeur"));
        assert_eq!(r[0].notes[0].0, NaiveDate::from_ymd_opt(2024, 3, 12));
        assert_eq!(r[0].line, 5);
        assert_eq!(r[1].line, 6);
        assert_eq!(r[1].contact.emails[0].value, "zoe@example.org");
    }

    #[test]
    fn google_groups_and_labels() {
        let csv = "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\nMarie Côté,Marie,Côté,* myContacts ::: Amis,* Work,marie@example.org ::: m2@example.org,Mobile,+1 514 555 0199\n";
        let r = ok(read(csv.as_bytes(), false));
        assert_eq!(r[0].contact.name, "Marie Côté");
        assert_eq!(r[0].contact.emails.len(), 2);
        assert_eq!(r[0].contact.emails[0].label.as_deref(), Some("work"));
        assert_eq!(r[0].contact.phones[0].label.as_deref(), Some("mobile"));
        assert_eq!(r[0].contact.tags, ["myContacts", "Amis"]);
    }

    #[test]
    fn generic_latin1_and_broken_rows() {
        let csv = b"nom,email,entreprise\nAndr\xE9 Roy,andre@example.org,Qu\xE9bec Inc\n,,\nZo\xC3\xAB,z@e.org,\n\"unterminated,x\n";
        let r = read(csv, false).unwrap();
        let first = r[0].as_ref().unwrap();
        assert_eq!(first.contact.name, "André Roy");
        assert_eq!(first.contact.company.as_deref(), Some("Québec Inc"));
        // Each row in its own encoding: this one is UTF-8.
        assert_eq!(r[1].as_ref().unwrap().contact.name, "Zoë");
        // The empty row is not a record; the row with an open quote is skipped.
        assert_eq!(r.len(), 3);
        let bad = r[2].as_ref().unwrap_err();
        assert_eq!(bad.line, 5);
        assert_eq!(bad.reason.kind(), "unterminated_quote");
        assert_eq!(r[1].as_ref().unwrap().index, 1);
        assert!(matches!(
            read(b"just some text\nand more\n", false),
            Err(CsvError::NoHeader)
        ));
        assert!(read(b"\n \r\n", false).unwrap().is_empty());
    }

    #[test]
    fn french_headers_and_dates() {
        let csv = "Prénom,Nom,Courriel,Téléphone portable,Société,Étiquettes,Remarques\nÉlodie,Côté,elodie@exemple.fr,06 12 34 56 78,Vœux SA,amis;Québec,Vue au salon\n";
        let r = ok(read(csv.as_bytes(), false));
        let c = &r[0].contact;
        assert_eq!(c.name, "Élodie Côté");
        assert_eq!(c.emails[0].value, "elodie@exemple.fr");
        assert_eq!(c.phones[0].label.as_deref(), Some("mobile"));
        assert_eq!(c.company.as_deref(), Some("Vœux SA"));
        assert_eq!(c.tags, ["amis", "Québec"]);
        assert_eq!(r[0].notes[0].1, "Vue au salon");
        assert_eq!(
            parse_date("12 mars 2024"),
            NaiveDate::from_ymd_opt(2024, 3, 12)
        );
        assert_eq!(
            parse_date("1 févr. 2023"),
            NaiveDate::from_ymd_opt(2023, 2, 1)
        );
        assert_eq!(
            parse_date("12 Mar 2024"),
            NaiveDate::from_ymd_opt(2024, 3, 12)
        );
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1 (514) 555-0100"), "+1 (514) 555-0100");
        assert_eq!(neutralise("+33 6 12 34 56 78"), "+33 6 12 34 56 78");
        assert_eq!(neutralise("-5"), "-5");
        assert_eq!(neutralise("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
        assert_eq!(neutralise("-2+3+cmd"), "'-2+3+cmd");
        assert_eq!(neutralise("@SUM"), "'@SUM");
        assert_eq!(neutralise("-"), "'-");
        assert_eq!(neutralise("\t1"), "'\t1");
        assert_eq!(neutralise("Zoë"), "Zoë");
        assert_eq!(neutralise("1+1"), "1+1");
        for cell in ["=1+2", "-x", "+1 (514) 555-0100", "'x", "Zoë"] {
            assert_eq!(unguarded(&neutralise(cell)), cell);
        }
    }
}
