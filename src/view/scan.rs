//! What `card scan` shows: the outcome of each photo (its `--json`), what was read for the
//! person to check, and the status lines of a run.

use std::path::Path;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::error::CliError;
use crate::i18n::Lang;
use crate::ops::scan::Filed;
use crate::scan::PhotoReading;
use crate::store::FiledPhoto;
use crate::tr;

/// What became of one photo (`--json`: an array of these).
#[derive(Debug, Serialize)]
pub struct Outcome {
    pub photo: String,
    pub photo_hash: Option<String>,
    /// `read` (--json without --yes), `filed`, `skipped` (already filed, or by you) or
    /// `failed`.
    pub status: &'static str,
    pub reading: Option<PhotoReading>,
    pub card_id: Option<i64>,
    pub contact_id: Option<i64>,
    pub contact_name: Option<String>,
    pub new_contact: bool,
    /// The card already filed from the same photo.
    pub filed_before: Option<FiledPhoto>,
    pub error: Option<String>,
    pub hint: Option<String>,
}

impl Outcome {
    /// A photo not read yet: `failed` until something better is known.
    pub fn new(photo: &Path) -> Outcome {
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

    /// Records what was filed.
    pub fn filed(&mut self, f: &Filed, name: String) {
        self.status = "filed";
        self.card_id = Some(f.card_id);
        self.contact_id = Some(f.contact_id);
        self.contact_name = Some(name);
        self.new_contact = f.new_contact;
    }
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}

/// The photo's line above what was read: its path, numbered in a run of several.
pub fn heading(i: usize, n: usize, path: &Path) -> String {
    if n == 1 {
        shown(path)
    } else {
        format!("[{i}/{n}] {}", shown(path))
    }
}

/// What was read, in lines, for the person to check before saying whose card it is: the
/// one-line form a person is typed in (`carnet log`), the address, and what fits no field.
pub fn reading(lang: Lang, r: &PhotoReading) -> Vec<String> {
    let labels = [
        tr!(lang; "scan-label-read"),
        tr!(lang; "scan-label-address"),
        tr!(lang; "scan-label-also"),
    ];
    // Aligned whether or not the address and the rest are there.
    let width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let line = r.card.one_line();
    let values = [
        Some(if line.is_empty() {
            tr!(lang; "scan-nothing-sorted")
        } else {
            line
        }),
        r.card.address.clone(),
        (!r.card.other.is_empty()).then(|| r.card.other.join(" · ")),
    ];
    labels
        .iter()
        .zip(values)
        .filter_map(|(label, value)| {
            let pad = " ".repeat(width - label.width());
            value.map(|v| format!("  {label}{pad} {v}"))
        })
        .collect()
}

/// A photo skipped because its content was filed before.
pub fn already_filed(lang: Lang, path: &Path, f: &FiledPhoto) -> String {
    let (card, contact, name) = (f.card_id, f.contact_id, &f.contact_name);
    if f.photo_path == path.to_string_lossy() {
        tr!(lang; "scan-already-filed", path = shown(path), card = card, contact = contact,
            name = name)
    } else {
        tr!(lang; "scan-same-photo", path = shown(path), other = &f.photo_path, card = card,
            contact = contact, name = name)
    }
}

/// A card filed: to whom, whether they are new, at which event.
pub fn filed(lang: Lang, f: &Filed, name: &str, event: Option<&str>) -> String {
    let (card, contact) = (f.card_id, f.contact_id);
    match (f.new_contact, event) {
        (false, None) => tr!(lang; "scan-filed", card = card, contact = contact, name = name),
        (true, None) => tr!(lang; "scan-filed-new", card = card, contact = contact, name = name),
        (false, Some(e)) => {
            tr!(lang; "scan-filed-at", card = card, contact = contact, name = name, event = e)
        }
        (true, Some(e)) => tr!(lang; "scan-filed-new-at", card = card, contact = contact,
            name = name, event = e),
    }
}

/// A photo that could not be read or filed, in a run of several.
pub fn failed(lang: Lang, path: &Path, error: &str) -> String {
    tr!(lang; "scan-photo-failed", path = shown(path), error = error)
}

/// How many photos of the run ended in each way.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub read: usize,
    pub filed: usize,
    pub skipped: usize,
    pub failed: usize,
}

impl Tally {
    pub fn of(outcomes: &[Outcome]) -> Tally {
        let count = |s: &str| outcomes.iter().filter(|o| o.status == s).count();
        Tally {
            read: count("read"),
            filed: count("filed"),
            skipped: count("skipped"),
            failed: count("failed"),
        }
    }

    /// "Photos: 2 filed, 1 failed": the ways that happened, "0 filed" when none did.
    pub fn summary(self, lang: Lang) -> String {
        let mut parts = Vec::new();
        if self.read > 0 {
            parts.push(tr!(lang; "scan-count-read", count = self.read));
        }
        if self.filed > 0 || self == Tally::default() {
            parts.push(tr!(lang; "scan-count-filed", count = self.filed));
        }
        if self.skipped > 0 {
            parts.push(tr!(lang; "scan-count-skipped", count = self.skipped));
        }
        if self.failed > 0 {
            parts.push(tr!(lang; "scan-count-failed", count = self.failed));
        }
        tr!(lang; "scan-summary", parts = parts.join(", "))
    }
}

/// The error a run ends with when photos failed, `None` when none did. `alone`: the photo
/// was the run's only one and its error was not said yet — its own error and hint. Else how
/// many failed, and each distinct hint once.
pub fn run_error(
    lang: Lang,
    outcomes: &[Outcome],
    read_only: bool,
    alone: bool,
) -> Option<CliError> {
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| o.status == "failed").collect();
    let first = failed.first()?;
    let (n, total) = (failed.len(), outcomes.len());
    let message = if alone {
        first.error.clone().unwrap_or_default()
    } else if read_only {
        tr!(lang; "scan-some-unread", failed = n, total = total)
    } else {
        tr!(lang; "scan-some-failed", failed = n, total = total)
    };
    let mut hints: Vec<String> = Vec::new();
    for h in failed.iter().filter_map(|o| o.hint.clone()) {
        if !hints.contains(&h) {
            hints.push(h);
        }
    }
    let err = CliError::new(message);
    Some(if hints.is_empty() {
        err
    } else {
        err.hint(hints.join("\n"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scan::CardReading;

    fn reading_of(card: CardReading) -> PhotoReading {
        PhotoReading {
            card,
            qr_codes: Vec::new(),
            text: Vec::new(),
            ocr: true,
        }
    }

    fn outcome(status: &'static str, error: Option<&str>, hint: Option<&str>) -> Outcome {
        let mut o = Outcome::new(Path::new("/p/a.jpg"));
        o.status = status;
        o.error = error.map(str::to_owned);
        o.hint = hint.map(str::to_owned);
        o
    }

    #[test]
    fn what_was_read_is_aligned_with_or_without_an_address_in_both_languages() {
        let mut card = CardReading {
            name: Some("Zoë Martin".into()),
            emails: vec!["zoe@atelier.example".into()],
            ..CardReading::default()
        };
        let r = reading_of(card.clone());
        assert_eq!(
            reading(Lang::En, &r),
            ["  read:    Zoë Martin, zoe@atelier.example"]
        );
        card.address = Some("12 rue Saint-Paul, Québec".into());
        card.other = vec!["Fax 418".into(), "Depuis 1998".into()];
        let r = reading_of(card);
        assert_eq!(
            reading(Lang::En, &r),
            [
                "  read:    Zoë Martin, zoe@atelier.example",
                "  address: 12 rue Saint-Paul, Québec",
                "  also:    Fax 418 · Depuis 1998",
            ]
        );
        assert_eq!(
            reading(Lang::Fr, &r),
            [
                "  lu :      Zoë Martin, zoe@atelier.example",
                "  adresse : 12 rue Saint-Paul, Québec",
                "  aussi :   Fax 418 · Depuis 1998",
            ]
        );
        let empty = reading_of(CardReading::default());
        assert_eq!(
            reading(Lang::En, &empty),
            ["  read:    (no name, company or contact details)"]
        );
    }

    #[test]
    fn a_heading_numbers_the_photo_only_in_a_run_of_several() {
        let p = Path::new("/p/a.jpg");
        assert_eq!(
            failed(Lang::Fr, p, "illisible"),
            "erreur : /p/a.jpg : illisible"
        );
        assert_eq!(heading(1, 1, p), "/p/a.jpg");
        assert_eq!(heading(2, 3, p), "[2/3] /p/a.jpg");
    }

    #[test]
    fn a_photo_filed_before_says_where_when_its_path_changed() {
        let f = FiledPhoto {
            card_id: 4,
            contact_id: 2,
            contact_name: "Amélie Côté".into(),
            photo_path: "/p/a.jpg".into(),
        };
        assert_eq!(
            already_filed(Lang::En, Path::new("/p/a.jpg"), &f),
            "/p/a.jpg: already filed as card c4 of #2 Amélie Côté; skipped"
        );
        assert_eq!(
            already_filed(Lang::En, Path::new("/q/b.jpg"), &f),
            "/q/b.jpg: the same photo as /p/a.jpg, already filed as card c4 of #2 Amélie Côté; skipped"
        );
    }

    #[test]
    fn a_filed_card_says_whether_the_contact_is_new_and_the_event() {
        let mut f = Filed {
            card_id: 3,
            contact_id: 7,
            new_contact: false,
        };
        let said = |f: &Filed, e| filed(Lang::En, f, "Zoë", e);
        assert_eq!(said(&f, None), "Filed card c3 for #7 Zoë");
        assert_eq!(said(&f, Some("5 à 7")), "Filed card c3 for #7 Zoë at 5 à 7");
        f.new_contact = true;
        assert_eq!(said(&f, None), "Filed card c3 for #7 Zoë (new contact)");
        assert_eq!(
            said(&f, Some("5 à 7")),
            "Filed card c3 for #7 Zoë (new contact) at 5 à 7"
        );
        assert_eq!(
            filed(Lang::Fr, &f, "Zoë", Some("5 à 7")),
            "Carte c3 classée pour #7 Zoë (nouveau contact) à 5 à 7"
        );
        let mut o = Outcome::new(Path::new("/p/a.jpg"));
        o.filed(&f, "Zoë".into());
        assert_eq!(
            (o.status, o.card_id, o.contact_id, o.new_contact),
            ("filed", Some(3), Some(7), true)
        );
        assert_eq!(o.contact_name.as_deref(), Some("Zoë"));
    }

    #[test]
    fn the_summary_names_each_way_photos_ended() {
        let t = |read, filed, skipped, failed| Tally {
            read,
            filed,
            skipped,
            failed,
        };
        assert_eq!(t(0, 0, 0, 0).summary(Lang::En), "Photos: 0 filed");
        assert_eq!(t(0, 2, 0, 1).summary(Lang::En), "Photos: 2 filed, 1 failed");
        assert_eq!(t(3, 0, 1, 0).summary(Lang::En), "Photos: 3 read, 1 skipped");
        assert_eq!(t(0, 0, 2, 0).summary(Lang::En), "Photos: 2 skipped");
        assert_eq!(
            t(1, 2, 1, 1).summary(Lang::Fr),
            "Photos : 1 lue, 2 classées, 1 passée, 1 en échec"
        );
        let all = [
            outcome("filed", None, None),
            outcome("read", None, None),
            outcome("read", None, None),
            outcome("skipped", None, None),
            outcome("failed", None, None),
        ];
        assert_eq!(Tally::of(&all), t(2, 1, 1, 1));
    }

    #[test]
    fn a_run_ends_with_the_photos_own_error_or_how_many_failed_and_each_hint_once() {
        let ok = [outcome("filed", None, None), outcome("skipped", None, None)];
        assert!(run_error(Lang::En, &ok, false, false).is_none());

        let one = [outcome(
            "failed",
            Some("no name was read on a.jpg"),
            Some("pass --for"),
        )];
        let e = run_error(Lang::En, &one, false, true).unwrap();
        assert_eq!(e.message, "no name was read on a.jpg");
        assert_eq!(e.hint.as_deref(), Some("pass --for"));
        let e = run_error(Lang::En, &one, true, false).unwrap();
        assert_eq!(e.message, "1 of 1 photos could not be read");

        let three = [
            outcome("failed", Some("x"), Some("install it")),
            outcome("filed", None, None),
            outcome("failed", Some("y"), Some("install it")),
            outcome("failed", Some("z"), None),
            outcome("failed", Some("w"), Some("a sharper photo")),
        ];
        let e = run_error(Lang::En, &three, false, false).unwrap();
        assert_eq!(e.message, "4 of 5 photos could not be filed");
        assert_eq!(e.hint.as_deref(), Some("install it\na sharper photo"));
        let e = run_error(Lang::Fr, &three, true, false).unwrap();
        assert_eq!(e.message, "4 photos sur 5 n'ont pas pu être lues");
        let none = [
            outcome("failed", Some("x"), None),
            outcome("read", None, None),
        ];
        assert_eq!(run_error(Lang::En, &none, true, false).unwrap().hint, None);
    }
}
