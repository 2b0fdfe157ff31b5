//! Sorting the printed text of a business card into a card's fields.
//!
//! Emails, phone numbers and web addresses are recognised by their shape wherever they
//! stand, with or without a label ("Tél.", "Courriel :", "M"). Postal addresses by a
//! postcode (Canadian, French, US) or a street word next to a number, their lines joined.
//! What is left — the name, the company, the title or activity — is told apart by cues:
//! a name is two to four capitalised words with no company or job word; it matches the
//! email's local part ("fred@" for Frédéric); the company matches the email's or the
//! website's domain, or carries a legal form (inc., SARL…) or an organisation word
//! (Atelier, Studio…); the title carries a job word or sits just under the name; size
//! breaks the ties (the largest line is the name or the company). Whatever fits nowhere
//! is kept as `other`, never dropped.
//!
//! Pure: lines in, a reading out. The OCR (`scan::ocr`) makes the lines.

use crate::model::scan::CardReading;
use crate::model::text::fold;
use crate::model::validate;

/// One word as the OCR found it, in pixels of the image it read.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub left: i32,
    pub top: i32,
    pub width: i32,
    pub height: i32,
    /// The OCR's confidence, 0 to 100.
    pub conf: f32,
}

/// One printed line: its words, left to right.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub words: Vec<Word>,
}

/// A run of words of one line that belong together: a line is cut where words are far
/// apart (two columns read as one line) or at a separator (`|`, `·`, `•`).
#[derive(Debug, Clone, PartialEq)]
struct Segment {
    text: String,
    left: i32,
    top: i32,
    right: i32,
    bottom: i32,
    /// The size of the letters: the median height of the words.
    size: f32,
}

impl Segment {
    fn from_words(words: &[&Word]) -> Option<Segment> {
        let text = words
            .iter()
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let text = text.trim().to_owned();
        if text.is_empty() {
            return None;
        }
        let mut heights: Vec<i32> = words.iter().map(|w| w.height).collect();
        heights.sort_unstable();
        Some(Segment {
            text,
            left: words.iter().map(|w| w.left).min()?,
            top: words.iter().map(|w| w.top).min()?,
            right: words.iter().map(|w| w.left + w.width).max()?,
            bottom: words.iter().map(|w| w.top + w.height).max()?,
            size: heights[heights.len() / 2] as f32,
        })
    }

    fn overlaps_horizontally(&self, other: &Segment) -> bool {
        self.left < other.right && other.left < self.right
    }

    /// Whether `below` starts just under `self` (within about one and a half lines).
    fn is_just_above(&self, below: &Segment) -> bool {
        let gap = below.top - self.bottom;
        let line = self.size.max(below.size);
        gap as f32 <= 1.5 * line && below.top > self.top && self.overlaps_horizontally(below)
    }
}

/// Words below this confidence that have no letter or digit are specks, not text.
const NOISE_CONF: f32 = 60.0;

/// Separators printed between items of one line.
const SEPARATORS: &[&str] = &["|", "·", "•", "●", "◦", "▪", "■", "–", "—", "/", "//", "¦"];

fn is_separator(w: &str) -> bool {
    SEPARATORS.contains(&w)
}

/// Cuts lines into segments (see `Segment`).
fn segments(lines: &[Line]) -> Vec<Segment> {
    let mut out = Vec::new();
    for line in lines {
        let words: Vec<&Word> = line
            .words
            .iter()
            .filter(|w| {
                let t = w.text.trim();
                !t.is_empty()
                    && (t.chars().any(char::is_alphanumeric)
                        || is_separator(t)
                        || t == "&"
                        || t == "+")
                    && !(w.conf < NOISE_CONF
                        && t.chars().filter(|c| c.is_alphanumeric()).count() < 2)
            })
            .collect();
        let mut run: Vec<&Word> = Vec::new();
        for w in words {
            let text = w.text.trim();
            if is_separator(text) {
                out.extend(Segment::from_words(&run));
                run.clear();
                continue;
            }
            if let Some(prev) = run.last() {
                let gap = w.left - (prev.left + prev.width);
                let size = prev.height.max(w.height).max(1);
                if gap > 3 * size {
                    out.extend(Segment::from_words(&run));
                    run.clear();
                }
            }
            run.push(w);
        }
        out.extend(Segment::from_words(&run));
    }
    out
}

/// What a label before a value says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Phone,
    Fax,
    Email,
    Web,
    Address,
}

/// Labels as printed on cards, folded, without their `.` or `:`.
#[rustfmt::skip]
const LABELS: &[(&str, Label)] = &[
    ("tel", Label::Phone),
    ("tél", Label::Phone),
    ("telephone", Label::Phone),
    ("phone", Label::Phone),
    ("ph", Label::Phone),
    ("t", Label::Phone),
    ("mobile", Label::Phone),
    ("mob", Label::Phone),
    ("m", Label::Phone),
    ("cell", Label::Phone),
    ("cel", Label::Phone),
    ("cellulaire", Label::Phone),
    ("c", Label::Phone),
    ("portable", Label::Phone),
    ("port", Label::Phone),
    ("p", Label::Phone),
    ("bur", Label::Phone),
    ("bureau", Label::Phone),
    ("office", Label::Phone),
    ("o", Label::Phone),
    ("direct", Label::Phone),
    ("ligne directe", Label::Phone),
    ("sans frais", Label::Phone),
    ("toll free", Label::Phone),
    ("fax", Label::Fax),
    ("telec", Label::Fax),
    ("telecopieur", Label::Fax),
    ("f", Label::Fax),
    ("email", Label::Email),
    ("e-mail", Label::Email),
    ("e", Label::Email),
    ("mail", Label::Email),
    ("courriel", Label::Email),
    ("web", Label::Web),
    ("site", Label::Web),
    ("site web", Label::Web),
    ("w", Label::Web),
    ("internet", Label::Web),
    ("adresse", Label::Address),
    ("adresse postale", Label::Address),
    ("postal address", Label::Address),
    ("mailing address", Label::Address),
    ("address", Label::Address),
];

/// Splits a leading label off `text` ("Tél. : 514…" → Phone, "514…"). A one-letter label
/// counts only before a value that starts with a digit, `+`, `(` or holds `@`, so that a
/// name's initial ("M. Roy") is never taken for one.
fn strip_label(text: &str) -> (Option<Label>, &str) {
    let t = text.trim_start();
    // Where the first and second words of letters end: labels have one or two words.
    let mut ends = Vec::new();
    let mut in_word = false;
    for (i, c) in t.char_indices() {
        if c.is_alphabetic() || c == '-' {
            in_word = true;
            continue;
        }
        if in_word {
            ends.push(i);
            in_word = false;
        }
        if c != ' ' {
            break;
        }
    }
    if in_word {
        ends.push(t.len());
    }
    ends.truncate(2);
    for &end in ends.iter().rev() {
        let word = &t[..end];
        let folded = fold(word);
        let Some(&(_, label)) = LABELS.iter().find(|(l, _)| fold(l) == folded) else {
            continue;
        };
        let rest = t[end..].trim_start();
        let punct = rest.starts_with(['.', ':']);
        let rest = rest.trim_start_matches(['.', ':', ' ']).trim_start();
        if rest.is_empty() {
            continue;
        }
        let value_like = rest.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(')
            || rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.contains('@'))
            || rest.to_ascii_lowercase().starts_with("www.")
            || rest.to_ascii_lowercase().starts_with("http");
        let long = word.chars().count() > 1;
        if value_like || (long && (punct || label == Label::Address)) {
            return (Some(label), rest);
        }
    }
    (None, t)
}

/// Punctuation around a token that is not part of it.
fn trim_token(t: &str) -> &str {
    t.trim_matches(|c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '<' | '>' | '"' | '\'' | '«' | '»' | '(' | ')' | '[' | ']'
        )
    })
    .trim_end_matches('.')
}

/// The email in `token`, if it is one.
fn email_in(token: &str) -> Option<String> {
    let t = trim_token(token);
    let t = t.strip_prefix("mailto:").unwrap_or(t);
    if !t.contains('@') {
        return None;
    }
    let e = validate::email(t).ok()?;
    // Domains are case-blind; the local part is kept as printed.
    Some(match e.rsplit_once('@') {
        Some((l, d)) => format!("{l}@{}", d.to_lowercase()),
        None => e,
    })
}

/// Top-level domains taken for a web address without `www.` or a scheme (any two-letter
/// one is a country's). Longer words ending a dotted token ("M.Sc") are not addresses.
#[rustfmt::skip]
const TLDS: &[&str] = &[
    "com", "org", "net", "info", "biz", "pro", "name", "coop", "museum", "travel", "quebec",
    "paris", "bzh", "alsace", "corsica", "eus", "cat", "swiss", "berlin", "london", "nyc",
    "montreal", "app", "dev", "io", "ai", "design", "studio", "art", "arts", "photo",
    "photography", "consulting", "agency", "expert", "immo", "immobilier", "legal", "law",
    "avocat", "tech", "digital", "media", "online", "site", "website", "store", "shop",
    "boutique", "cafe", "restaurant", "coach", "training", "academy", "education", "health",
    "clinic", "solutions", "services", "group", "company", "email", "blog", "life", "world",
    "global", "international", "xyz", "page", "cloud", "software", "systems", "network",
    "example", "edu", "gov", "int", "mil", "asso", "gouv",
];

/// The web address in `token`, as stored (`https://` added to a bare host), if it is one.
fn url_in(token: &str) -> Option<String> {
    let t = trim_token(token);
    if t.contains('@') || t.is_empty() {
        return None;
    }
    let lower = t.to_ascii_lowercase();
    let explicit = lower.starts_with("http://") || lower.starts_with("https://");
    let www = lower.starts_with("www.");
    if !explicit {
        let host = t.split(['/', '?', '#']).next().unwrap_or_default();
        let labels: Vec<&str> = host.split('.').collect();
        if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
            return None;
        }
        let ok_label = |l: &&str| {
            l.chars().all(|c| c.is_alphanumeric() || c == '-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        };
        if !labels.iter().all(ok_label) {
            return None;
        }
        let tld = labels[labels.len() - 1];
        let tld_ok = if www {
            tld.chars().all(|c| c.is_ascii_alphabetic())
        } else {
            tld.chars().all(|c| c.is_ascii_lowercase()) && (tld.len() == 2 || TLDS.contains(&tld))
        };
        if !tld_ok || (!www && labels[labels.len() - 2].chars().count() < 2) {
            return None;
        }
    }
    validate::url(t).ok()
}

/// A run of a phone number in `text` (byte range), from a digit, `+` or `(`, through digits,
/// spaces and `-.()/`, with 7 to 15 digits; it must stand apart from letters.
fn phone_runs(text: &str) -> Vec<(usize, usize)> {
    let b: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (start, c) = b[i];
        let boundary = i == 0 || !b[i - 1].1.is_alphanumeric();
        if !(boundary && (c.is_ascii_digit() || c == '+' || c == '(')) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut last_digit = None;
        while j < b.len() {
            let c = b[j].1;
            if c.is_ascii_digit() {
                last_digit = Some(j);
            } else if !(c == ' ' || matches!(c, '-' | '.' | '(' | ')' | '/' | '+' | '\u{a0}')) {
                break;
            }
            j += 1;
        }
        let Some(mut end_i) = last_digit else {
            i += 1;
            continue;
        };
        // A closing parenthesis right after the last digit belongs to the number only
        // when an opening one does.
        let stuck_to_letter = b.get(end_i + 1).is_some_and(|(_, c)| c.is_alphanumeric());
        let digits = b[i..=end_i]
            .iter()
            .filter(|(_, c)| c.is_ascii_digit())
            .count();
        if stuck_to_letter || !(7..=15).contains(&digits) {
            i = end_i + 1;
            continue;
        }
        let opened = b[i..=end_i].iter().filter(|(_, c)| *c == '(').count();
        let closed = b[i..=end_i].iter().filter(|(_, c)| *c == ')').count();
        if opened > closed && b.get(end_i + 1).is_some_and(|(_, c)| *c == ')') {
            end_i += 1;
        }
        let end = b[end_i].0 + b[end_i].1.len_utf8();
        runs.push((start, end));
        i = end_i + 1;
    }
    runs
}

/// What one segment holds once its emails, web addresses and phones are taken out.
#[derive(Debug, Default, PartialEq)]
struct Found {
    emails: Vec<String>,
    urls: Vec<String>,
    phones: Vec<String>,
    faxes: Vec<String>,
    /// The words left, if any.
    rest: Option<String>,
    label: Option<Label>,
}

fn take_apart(text: &str) -> Found {
    let (label, body) = strip_label(text);
    let mut f = Found {
        label,
        ..Found::default()
    };
    let mut kept: Vec<&str> = Vec::new();
    for token in body.split_whitespace() {
        if let Some(e) = email_in(token) {
            f.emails.push(e);
        } else if let Some(u) = url_in(token) {
            f.urls.push(u);
        } else {
            kept.push(token);
        }
    }
    let rest = kept.join(" ");
    let mut words = String::new();
    let mut at = 0;
    for (s, e) in phone_runs(&rest) {
        let number = rest[s..e].trim().to_owned();
        words.push_str(&rest[at..s]);
        words.push(' ');
        at = e;
        match validate::phone(&number) {
            Ok(p) if label == Some(Label::Fax) || ends_with_fax_label(&words) => {
                f.faxes.push(p);
            }
            Ok(p) => f.phones.push(p),
            Err(_) => words.push_str(&number),
        }
    }
    words.push_str(&rest[at..]);
    // Labels left between items ("… · Cell. 514…" once the number is gone).
    let cleaned: Vec<&str> = words
        .split_whitespace()
        .filter(|w| {
            let bare = fold(w.trim_end_matches(['.', ':']));
            let is_label = LABELS.iter().any(|(l, _)| fold(l) == bare);
            !(is_label && (!f.phones.is_empty() || !f.faxes.is_empty() || !f.emails.is_empty()))
                && (w.chars().any(char::is_alphanumeric) || *w == "&" || *w == "+")
        })
        .collect();
    let rest = cleaned.join(" ");
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || ",;:-–—|".contains(c));
    let found_any =
        !(f.emails.is_empty() && f.urls.is_empty() && f.phones.is_empty() && f.faxes.is_empty());
    if !found_any && f.label.is_some() && f.label != Some(Label::Address) {
        // A label with no value after it was no label ("Bureau 300" in an address).
        f.label = None;
        f.rest = Some(text.trim().to_owned());
    } else if !rest.is_empty() {
        f.rest = Some(rest.to_owned());
    }
    f
}

fn ends_with_fax_label(words: &str) -> bool {
    words.split_whitespace().last().is_some_and(|w| {
        let w = fold(w.trim_end_matches(['.', ':']));
        LABELS.iter().any(|(l, k)| *k == Label::Fax && fold(l) == w)
    })
}

// ----- addresses -----

/// Letters the OCR reads in a Canadian postcode for the digit they look like ("G1R" read
/// "GIR").
fn as_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        'O' | 'o' => Some('0'),
        'I' | 'l' | '|' => Some('1'),
        _ => None,
    }
}

/// Finds a Canadian postcode (`G1K 3W6`) in `text` and returns the text with it written
/// right; `None` when there is none.
fn canadian_postcode(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for start in 0..chars.len() {
        if start > 0 && chars[start - 1].is_alphanumeric() {
            continue;
        }
        let mut i = start;
        let mut code = String::new();
        for (k, want_digit) in [false, true, false, true, false, true].iter().enumerate() {
            if k == 3 && chars.get(i) == Some(&' ') {
                i += 1;
                code.push(' ');
            }
            let Some(&c) = chars.get(i) else { break };
            let fixed = if *want_digit {
                as_digit(c)
            } else {
                c.is_ascii_uppercase().then_some(c)
            };
            match fixed {
                Some(f) => code.push(f),
                None => break,
            }
            i += 1;
        }
        let complete = code.chars().filter(|c| *c != ' ').count() == 6;
        // At least two of the three digits read as digits: "ROBOTS" is no postcode.
        let real_digits = chars[start..i.min(chars.len())]
            .iter()
            .filter(|c| c.is_ascii_digit())
            .count();
        let apart = chars.get(i).map_or(true, |c| !c.is_alphanumeric());
        let letters_ok = code
            .chars()
            .filter(char::is_ascii_uppercase)
            .all(|c| !"DFIOQU".contains(c));
        if complete
            && real_digits >= 2
            && apart
            && letters_ok
            && code.starts_with(|c: char| c != 'W' && c != 'Z')
        {
            let before: String = chars[..start].iter().collect();
            let after: String = chars[i..].iter().collect();
            return Some(format!("{before}{code}{after}"));
        }
    }
    None
}

/// Whether `text` holds a five-digit postcode standing alone (France, the US), next to a
/// capitalised word (the city, or a US state) or at the end.
fn five_digit_postcode(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let w = w.trim_matches(|c: char| c == ',' || c == '.');
        w.len() == 5
            && w.chars().all(|c| c.is_ascii_digit())
            && (words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase))
                || (i > 0
                    && words[i - 1].len() == 2
                    && words[i - 1].chars().all(|c| c.is_ascii_uppercase()))
                || (i + 1 == words.len() && i > 0))
    })
}

/// Words of a street, folded.
#[rustfmt::skip]
const STREET_WORDS: &[&str] = &[
    "rue", "avenue", "av", "ave", "boulevard", "boul", "blvd", "bd", "chemin", "ch", "place",
    "pl", "allee", "impasse", "quai", "route", "rte", "cours", "rang", "montee", "square",
    "street", "st", "road", "rd", "drive", "dr", "lane", "way", "suite", "bureau", "local",
    "cp", "bp", "cedex", "lieu-dit", "lotissement", "residence", "batiment", "bat", "etage",
    "voie", "passage", "parvis", "esplanade", "promenade", "cote", "sentier", "ruelle",
];

fn is_street(text: &str) -> bool {
    let has_number = text
        .split_whitespace()
        .any(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()));
    has_number
        && fold(text)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| STREET_WORDS.contains(&w))
}

/// An address line, with a misread Canadian postcode written right.
fn address_line(text: &str, label: Option<Label>) -> Option<String> {
    if let Some(fixed) = canadian_postcode(text) {
        return Some(fixed);
    }
    (label == Some(Label::Address) || five_digit_postcode(text) || is_street(text))
        .then(|| text.to_owned())
}

// ----- name, company, title -----

/// Words that make a line a company's name, folded.
#[rustfmt::skip]
const COMPANY_WORDS: &[&str] = &[
    // Legal forms.
    "inc", "ltee", "ltd", "llc", "llp", "lp", "plc", "sarl", "sas", "sasu", "eurl", "sa", "sci",
    "scop", "snc", "senc", "sencrl", "srl", "gmbh", "ag", "bv", "corp", "corporation", "co",
    "cie", "limited", "limitee", "enr", "pty", "oy", "ab",
    // Organisations.
    "groupe", "group", "atelier", "ateliers", "studio", "studios", "agence", "agency",
    "cabinet", "boulangerie", "patisserie", "restaurant", "bistro", "cafe", "consulting",
    "conseil", "conseils", "consultants", "solutions", "services", "technologies", "tech",
    "labs", "lab", "laboratoire", "analytics", "robotics", "coaching", "immobilier",
    "construction", "constructions", "traduction", "traductions", "strategies", "media",
    "medias", "communications", "communication", "design", "avocats", "notaires", "associes",
    "partners", "partenaires", "fondation", "foundation", "association", "institut",
    "institute", "universite", "university", "ecole", "school", "college", "centre", "center",
    "clinique", "clinic", "banque", "bank", "assurances", "insurance", "productions",
    "editions", "films", "records", "hotel", "boutique", "magazine", "journal", "cooperative",
    "coop", "collectif", "reseau", "network", "club", "chambre", "federation", "syndicat",
    "ministere", "capital", "ventures", "holdings", "industries", "international", "systems",
    "systemes", "software", "logiciels", "digital", "numerique", "creations", "entreprises",
    "enterprises", "company", "compagnie", "societe", "mutuelle", "pharmacie", "garage",
    "librairie", "galerie", "gallery", "theatre", "festival", "fromagerie", "brasserie",
    "microbrasserie", "vignoble", "domaine", "ferme", "marche", "epicerie", "imprimerie",
    "architectes", "ingenierie", "engineering", "comptables", "cpa", "notariat", "avocat",
    "&",
];

/// Words of a title or an activity, folded.
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "directeur", "directrice", "president", "presidente", "pdg", "dg", "fondateur",
    "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice", "associe",
    "associee", "avocate", "notaire", "courtier", "courtiere", "stratege", "consultant",
    "consultante", "conseiller", "conseillere", "designer", "graphiste", "developpeur",
    "developpeuse", "ingenieur", "ingenieure", "architecte", "coach", "photographe",
    "traducteur", "traductrice", "ceramiste", "proprietaire", "gerant", "gerante",
    "responsable", "charge", "chargee", "chef", "adjoint", "adjointe", "vice-president",
    "vice-presidente", "vp", "ceo", "cto", "cfo", "coo", "cmo", "manager", "director",
    "founder", "co-founder", "cofounder", "owner", "engineer", "scientist", "analyst",
    "developer", "partner", "agent", "agente", "representant", "representante", "technicien",
    "technicienne", "artiste", "artist", "auteur", "autrice", "formateur", "formatrice",
    "comptable", "accountant", "infirmiere", "infirmier", "medecin", "docteur", "dre",
    "expert", "experte", "specialiste", "specialist", "officer", "head", "lead", "senior",
    "junior", "stagiaire", "intern", "etudiant", "etudiante", "student", "professeur",
    "professeure", "teacher", "chercheur", "chercheuse", "researcher", "administrateur",
    "administratrice", "coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice",
    "coordinator", "gestionnaire", "secretaire", "secretary", "tresorier", "tresoriere",
    "redacteur", "redactrice", "journaliste", "editor", "producteur", "productrice",
    "realisateur", "realisatrice", "musicien", "musicienne", "illustrateur", "illustratrice",
    "artisan", "artisane", "boulanger", "boulangere", "chef", "cuisinier", "cuisiniere",
    "vendeur", "vendeuse", "commercial", "commerciale", "sales", "marketing", "ventes",
    "communications", "benevole", "volunteer", "mentor", "entrepreneur", "entrepreneure",
    "independant", "independante", "freelance", "pigiste", "therapeute", "psychologue",
    "kinesiologue", "osteopathe", "nutritionniste", "naturopathe", "masseur",
    "massotherapeute", "planificateur", "planificatrice", "financier", "financiere",
    "assureur", "evaluateur", "evaluatrice", "courtage", "urbaniste", "paysagiste",
    "menuisier", "ebeniste", "electricien", "plombier", "vice", "principal", "principale",
    "senior", "associate", "assistant", "assistante", "executive", "advisor", "adviser",
    "officer", "strategist", "strategiste", "recruteur", "recruteuse", "recruiter",
];

/// Particles of a name written in lower case ("Jean de la Fontaine").
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "de", "du", "des", "da", "di", "do", "dos", "das", "van", "von", "der", "den", "la", "le",
    "les", "y", "e", "del", "della", "ben", "bin", "ibn", "al", "el", "ter", "ten", "zu",
];

/// Mail providers whose domain says nothing about the company.
#[rustfmt::skip]
const MAIL_PROVIDERS: &[&str] = &[
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud",
    "me", "mac", "aol", "gmx", "proton", "protonmail", "pm", "videotron", "sympatico", "bell",
    "rogers", "shaw", "telus", "cogeco", "globetrotter", "orange", "wanadoo", "free", "sfr",
    "laposte", "neuf", "bbox", "numericable", "aliceadsl", "mail", "zoho", "fastmail", "tutanota",
    "qq", "163", "yandex", "web", "t-online", "libero", "tiscali",
];

fn folded_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
        .map(|w| w.trim_matches('-').to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

fn has_word(text: &str, list: &[&str]) -> bool {
    folded_words(text)
        .iter()
        .any(|w| list.contains(&w.as_str()))
}

/// Two to four capitalised words of letters (hyphens and apostrophes inside, an initial
/// like "F." allowed), lower-case particles aside, with no company or title word.
fn is_name_shaped(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let main = words
        .iter()
        .filter(|w| !PARTICLES.contains(&fold(w).as_str()) || w.starts_with(char::is_uppercase))
        .count();
    if !(2..=4).contains(&main) || words.len() > 5 {
        return false;
    }
    let word_ok = |w: &&str| {
        let folded = fold(w);
        let particle = PARTICLES.contains(&folded.as_str());
        let initial = w.chars().count() == 2 && w.ends_with('.');
        let letters = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            && w.chars().filter(|c| *c == '.').count() <= usize::from(initial);
        let capital = w.starts_with(char::is_uppercase);
        letters && (capital || particle) && w.chars().any(char::is_alphabetic)
    };
    words.iter().all(word_ok) && !has_word(text, COMPANY_WORDS) && !has_word(text, TITLE_WORDS)
}

/// A name printed in capitals, written as names are: "JEAN-FRANÇOIS ROY" → "Jean-François Roy".
fn name_case(text: &str) -> String {
    if text.chars().any(char::is_lowercase) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        if i > 0 && PARTICLES.contains(&fold(&lower).as_str()) {
            out.push_str(&lower);
            continue;
        }
        let mut up = true;
        for c in lower.chars() {
            if up {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
            up = matches!(c, '-' | '\'' | '’');
        }
    }
    out
}

/// Letters and digits only, folded: "Lavoie Stratégies" → "lavoiestrategies".
fn squash(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The names the card's domains spell ("lavoie-strategies.ca" → "lavoiestrategies"),
/// mail providers left out.
fn domain_keys(emails: &[String], urls: &[String]) -> Vec<String> {
    let hosts = emails
        .iter()
        .filter_map(|e| e.rsplit_once('@').map(|(_, d)| d.to_owned()))
        .chain(urls.iter().map(|u| {
            let rest = u.split_once("://").map_or(u.as_str(), |(_, r)| r);
            rest.split(['/', '?', '#'])
                .next()
                .unwrap_or_default()
                .to_owned()
        }));
    let mut keys = Vec::new();
    for host in hosts {
        let host = host.to_lowercase();
        let labels: Vec<&str> = host.split('.').filter(|l| *l != "www").collect();
        // The label before the top-level domain (and before "co" in "example.co.uk").
        let Some(name) = labels.len().checked_sub(2).map(|i| labels[i]) else {
            continue;
        };
        if MAIL_PROVIDERS.contains(&name) {
            continue;
        }
        let k = squash(name);
        if k.len() >= 3 && !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys
}

/// Whether `text` spells one of the card's domains: "Gagnon Immobilier" for gagnonimmo.com.
fn matches_domain(text: &str, keys: &[String]) -> bool {
    let t = squash(text);
    t.len() >= 3
        && keys.iter().any(|k| {
            t == *k
                || (k.len() >= 5 && t.starts_with(k.as_str()))
                || (t.len() >= 5 && 3 * t.len() >= 2 * k.len() && k.starts_with(&t))
        })
}

/// Whether an email's local part names the person of `text`: `karine@` for Karine Lavoie,
/// `hbouchard@`, `jf.roy@`, `fred@` for Frédéric Duval.
fn email_names(text: &str, emails: &[String]) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(squash)
        .filter(|w| w.len() >= 2 && !PARTICLES.contains(&w.as_str()))
        .collect();
    if words.len() < 2 {
        return false;
    }
    emails.iter().any(|e| {
        let local = e.rsplit_once('@').map_or("", |(l, _)| l).to_lowercase();
        let parts: Vec<String> = local
            .split(['.', '_', '-', '+'])
            .map(squash)
            .filter(|p| !p.is_empty())
            .collect();
        let whole = squash(&local);
        let part_hits = parts.iter().any(|p| {
            p.len() >= 3
                && words
                    .iter()
                    .any(|w| w == p || (p.len() >= 4 && w.starts_with(p.as_str())))
        });
        let last = &words[words.len() - 1];
        let initials: String = words[..words.len() - 1]
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        part_hits
            || whole == format!("{initials}{last}")
            || whole == format!("{}{last}", &initials[..initials.len().min(1)])
            || whole == words.concat()
    })
}

/// Joins a first name and a last name printed on two lines (badges): two single
/// capitalised words of the same size, one under the other.
fn join_split_names(segs: &mut Vec<Segment>) {
    let single = |s: &Segment| {
        let w = s.text.trim();
        !w.contains(' ')
            && w.chars().count() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !has_word(w, COMPANY_WORDS)
            && !has_word(w, TITLE_WORDS)
    };
    let mut i = 0;
    while i + 1 < segs.len() {
        let (a, b) = (&segs[i], &segs[i + 1]);
        let similar = (a.size - b.size).abs() <= 0.2 * a.size.max(b.size);
        if single(a) && single(b) && similar && a.is_just_above(b) {
            let b = segs.remove(i + 1);
            let a = &mut segs[i];
            a.text = format!("{} {}", a.text, b.text);
            a.left = a.left.min(b.left);
            a.right = a.right.max(b.right);
            a.bottom = b.bottom;
        }
        i += 1;
    }
}

/// Sorts what was read on a card.
pub fn classify(lines: &[Line]) -> CardReading {
    let mut r = CardReading::default();
    let mut urls: Vec<String> = Vec::new();
    // Segments left once emails, phones and web addresses are out, and whether each is
    // part of an address.
    let mut texts: Vec<(Segment, bool)> = Vec::new();
    for seg in segments(lines) {
        let found = take_apart(&seg.text);
        for e in found.emails {
            if !r.emails.contains(&e) {
                r.emails.push(e);
            }
        }
        for p in found.phones {
            if !r.phones.contains(&p) {
                r.phones.push(p);
            }
        }
        for fax in found.faxes {
            r.other.push(format!("Fax {fax}"));
        }
        urls.extend(found.urls);
        let Some(rest) = found.rest else { continue };
        match address_line(&rest, found.label) {
            Some(addr) => texts.push((Segment { text: addr, ..seg }, true)),
            None => texts.push((Segment { text: rest, ..seg }, false)),
        }
    }
    urls.dedup();
    let mut urls = urls.into_iter();
    r.website = urls.next();
    // The address: its lines, top to bottom, joined while they follow one another.
    let mut address: Vec<Segment> = Vec::new();
    let mut candidates: Vec<Segment> = Vec::new();
    for (seg, is_address) in texts {
        if is_address {
            address.push(seg);
        } else {
            candidates.push(seg);
        }
    }
    address.sort_by_key(|s| (s.top, s.left));
    // A line just under an address line (the city, without a postcode) belongs to it when
    // it has no name, company or title cue.
    let mut k = 0;
    while k < address.len() {
        let above = &address[k];
        if let Some(i) = candidates.iter().position(|c| {
            above.is_just_above(c)
                && c.text.split_whitespace().count() <= 4
                && !has_word(&c.text, TITLE_WORDS)
                && !has_word(&c.text, COMPANY_WORDS)
                && !is_name_shaped(&c.text)
        }) {
            let city = candidates.remove(i);
            address.insert(k + 1, city);
            // The city ends the block: it takes no line of its own.
            k += 1;
        }
        k += 1;
    }
    let mut blocks: Vec<Vec<Segment>> = Vec::new();
    for seg in address {
        match blocks.last_mut() {
            Some(b) if b.last().is_some_and(|l| l.is_just_above(&seg)) => b.push(seg),
            _ => blocks.push(vec![seg]),
        }
    }
    let mut blocks = blocks.into_iter().map(|b| {
        b.iter()
            .map(|s| s.text.trim_end_matches(',').to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    });
    r.address = blocks.next();
    let extra_addresses: Vec<String> = blocks.collect();

    join_split_names(&mut candidates);
    let keys = domain_keys(&r.emails, r.website.as_slice());
    let biggest = candidates.iter().map(|s| s.size).fold(0.0f32, f32::max);

    // The name: name-shaped, and best named by the email, then by size, then first.
    let name_score = |s: &Segment| -> Option<f32> {
        if !is_name_shaped(&s.text) {
            return None;
        }
        let mut score = 1.0;
        if email_names(&s.text, &r.emails) {
            score += 3.0;
        }
        if matches_domain(&s.text, &keys) && !email_names(&s.text, &r.emails) {
            score -= 2.0;
        }
        score += s.size / biggest.max(1.0);
        Some(score)
    };
    let name_at = best(&candidates, name_score);
    let name_seg = name_at.map(|i| candidates[i].clone());

    // The company: spells a domain, carries a company word, or is the largest line left.
    let left_biggest = candidates
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != name_at)
        .map(|(_, s)| s.size)
        .fold(0.0f32, f32::max);
    let company_score = |s: &Segment| -> Option<f32> {
        let mut score = 0.0;
        if matches_domain(&s.text, &keys) {
            score += 4.0;
        }
        let company_word = has_word(&s.text, COMPANY_WORDS);
        if company_word {
            score += 3.0;
        }
        if has_word(&s.text, TITLE_WORDS) && !company_word {
            score -= 3.0;
        }
        if let Some(n) = &name_seg {
            if n.is_just_above(s) && !company_word {
                score -= 1.0;
            }
        }
        let large = name_seg.as_ref().map_or(true, |n| s.size >= 0.8 * n.size);
        if s.size >= left_biggest * 0.95 && large {
            score += 1.5;
        }
        (score >= 1.5).then_some(score + s.size / biggest.max(1.0) * 0.1)
    };
    let company_at = best_except(&candidates, &[name_at], company_score);

    // The title: a job word, just under (or over) the name.
    let title_score = |s: &Segment| -> Option<f32> {
        let mut score = 0.0;
        if has_word(&s.text, TITLE_WORDS) {
            score += 3.0;
        }
        if let Some(n) = &name_seg {
            if n.is_just_above(s) || s.is_just_above(n) {
                score += 2.0;
            }
            if s.size < n.size {
                score += 0.5;
            }
        }
        if has_word(&s.text, COMPANY_WORDS) {
            score -= 2.0;
        }
        if s.text.chars().any(|c| c.is_ascii_digit()) {
            score -= 2.0;
        }
        (score >= 2.0).then_some(score)
    };
    let title_at = best_except(&candidates, &[name_at, company_at], title_score);

    r.name = name_at.map(|i| name_case(&candidates[i].text));
    r.company = company_at.map(|i| candidates[i].text.clone());
    r.title = title_at.map(|i| candidates[i].text.clone());
    harmonize_accents(&mut [&mut r.name, &mut r.company, &mut r.title]);
    let used = [name_at, company_at, title_at];
    for (i, s) in candidates.iter().enumerate() {
        if !used.contains(&Some(i)) {
            r.other.push(s.text.clone());
        }
    }
    r.other.extend(urls);
    r.other.extend(extra_addresses);
    r
}

/// Writes a word read twice, once with its accents and once without ("Zoë Martin",
/// "Atelier Zoe"), with them in both places: the OCR drops accents far more often than it
/// adds them. A word read with two different accents is left as read.
fn harmonize_accents(fields: &mut [&mut Option<String>]) {
    let mut accented: Vec<(String, Option<String>)> = Vec::new();
    for f in fields.iter() {
        for w in f.iter().flat_map(|t| t.split_whitespace()) {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_ascii() || w.chars().count() < 3 {
                continue;
            }
            let key = fold(w);
            match accented.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => {
                    if v.as_deref()
                        .is_some_and(|v| v.to_lowercase() != w.to_lowercase())
                    {
                        *v = None;
                    }
                }
                None => accented.push((key, Some(w.to_owned()))),
            }
        }
    }
    for f in fields.iter_mut() {
        let Some(text) = f.as_mut() else { continue };
        let words: Vec<String> = text
            .split(' ')
            .map(|token| {
                let core = token.trim_matches(|c: char| !c.is_alphanumeric());
                let variant = accented
                    .iter()
                    .find(|(k, _)| core.is_ascii() && !core.is_empty() && *k == fold(core))
                    .and_then(|(_, v)| v.as_deref());
                match variant {
                    Some(v) if v.chars().count() == core.chars().count() => {
                        // The accents of the variant, the case of the word as read.
                        let fixed: String = core
                            .chars()
                            .zip(v.chars())
                            .map(|(c, a)| {
                                if c.is_uppercase() {
                                    a.to_uppercase().collect::<String>()
                                } else {
                                    a.to_lowercase().collect::<String>()
                                }
                            })
                            .collect();
                        token.replacen(core, &fixed, 1)
                    }
                    _ => token.to_owned(),
                }
            })
            .collect();
        *text = words.join(" ");
    }
}

fn best(segs: &[Segment], score: impl Fn(&Segment) -> Option<f32>) -> Option<usize> {
    best_except(segs, &[], score)
}

/// The index of the segment with the highest score, the first on a tie; `skip` left out.
fn best_except(
    segs: &[Segment],
    skip: &[Option<usize>],
    score: impl Fn(&Segment) -> Option<f32>,
) -> Option<usize> {
    let mut top: Option<(usize, f32)> = None;
    for (i, s) in segs.iter().enumerate() {
        if skip.contains(&Some(i)) {
            continue;
        }
        if let Some(v) = score(s) {
            if top.map_or(true, |(_, t)| v > t) {
                top = Some((i, v));
            }
        }
    }
    top.map(|(i, _)| i)
}

#[cfg(test)]
mod tests;
