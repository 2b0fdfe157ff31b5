//! Reading business cards from photos: the photo (orientation, size, hash), its QR codes,
//! its printed text through Tesseract, and the sorting of what was read into a card.
//! Nothing here touches the database: `ops::scan` files what was read.

pub mod classify;
pub mod deskew;
pub mod ocr;
pub mod photo;
pub mod qr;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::i18n::Lang;
use crate::model::scan::CardReading;
use crate::model::ContactId;
use crate::tr;
use ocr::Tesseract;
use qr::{QrCode, QrKind};

/// Why a photo could not be read or filed. Its text is in the catalogues (`scan.ftl`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanError {
    /// A path given that does not exist.
    NoSuchPhoto(PathBuf),
    /// A folder given with no JPEG or PNG file in it.
    EmptyFolder(PathBuf),
    Unreadable {
        path: PathBuf,
        reason: String,
    },
    NotAnImage {
        path: PathBuf,
        reason: String,
    },
    TesseractMissing,
    TesseractNoLanguage,
    /// The program was found but could not be started.
    TesseractCannotRun(String),
    /// The program ran and failed: its exit status and its last line of errors.
    TesseractFailed {
        status: String,
        detail: String,
    },
    /// The image could not be written to the program.
    TesseractRefused(String),
    /// Neither a QR code nor any printed text was read.
    NothingRead(PathBuf),
    /// No name was read, and no contact given to file the card to.
    NoName(PathBuf),
    /// Contacts already have the name read (off a terminal, never guessed).
    NameTaken {
        name: String,
        ids: Vec<ContactId>,
    },
}

impl std::error::Error for ScanError {}

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(crate::i18n::current()))
    }
}

impl ScanError {
    /// The error in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            ScanError::NoSuchPhoto(p) => tr!(lang; "scan-no-such-photo", path = shown(p)),
            ScanError::EmptyFolder(p) => tr!(lang; "scan-empty-folder", path = shown(p)),
            ScanError::Unreadable { path, reason } => {
                tr!(lang; "scan-cannot-read", path = shown(path), reason = reason)
            }
            ScanError::NotAnImage { path, reason } => {
                tr!(lang; "scan-not-a-photo", path = shown(path), reason = reason)
            }
            ScanError::TesseractMissing => tr!(lang; "scan-tesseract-missing"),
            ScanError::TesseractNoLanguage => tr!(lang; "scan-tesseract-no-language"),
            ScanError::TesseractCannotRun(e) => tr!(lang; "scan-tesseract-cannot-run", error = e),
            ScanError::TesseractFailed { status, detail } => {
                tr!(lang; "scan-tesseract-failed", status = status, detail = detail)
            }
            ScanError::TesseractRefused(e) => tr!(lang; "scan-tesseract-refused", error = e),
            ScanError::NothingRead(p) => tr!(lang; "scan-nothing-read", path = shown(p)),
            ScanError::NoName(p) => tr!(lang; "scan-no-name", path = shown(p)),
            ScanError::NameTaken { name, ids } => {
                let ids: Vec<String> = ids.iter().map(|id| format!("#{id}")).collect();
                tr!(lang; "scan-name-taken", name = name, ids = ids.join(", "))
            }
        }
    }

    /// What to do about it, in `lang`.
    pub fn hint(&self, lang: Lang) -> Option<String> {
        match self {
            ScanError::TesseractMissing | ScanError::TesseractNoLanguage => {
                Some(tr!(lang; "scan-install-hint"))
            }
            ScanError::NotAnImage { .. } => Some(tr!(lang; "scan-not-a-photo-hint")),
            ScanError::EmptyFolder(_) => Some(tr!(lang; "scan-reads-photo-files")),
            ScanError::NothingRead(_) => Some(tr!(lang; "scan-nothing-read-hint")),
            ScanError::NoName(_) => Some(tr!(lang; "scan-no-name-hint")),
            ScanError::NameTaken { ids, .. } => ids
                .first()
                .map(|id| tr!(lang; "scan-name-taken-hint", id = *id)),
            ScanError::NoSuchPhoto(_)
            | ScanError::Unreadable { .. }
            | ScanError::TesseractCannotRun(_)
            | ScanError::TesseractFailed { .. }
            | ScanError::TesseractRefused(_) => None,
        }
    }
}

/// Everything read on one photo.
#[derive(Debug, Clone, Serialize)]
pub struct PhotoReading {
    /// The card's fields: from a vCard or MeCard QR code first, then the printed text,
    /// then a web address QR code.
    #[serde(flatten)]
    pub card: CardReading,
    pub qr_codes: Vec<QrCode>,
    /// The printed lines as Tesseract read them, top to bottom; empty when the text was
    /// not read (Tesseract missing, the QR code sufficing).
    pub text: Vec<String>,
    /// Whether the printed text was read.
    pub ocr: bool,
}

/// Reads the photo at `path`, whose content is `bytes`. Without Tesseract (`ocr` is the
/// error of finding it) only a QR code holding a vCard or MeCard can give the card.
pub fn read_photo(
    path: &Path,
    bytes: &[u8],
    ocr: Result<&Tesseract, &ScanError>,
) -> Result<PhotoReading, ScanError> {
    let mut img = photo::decode(path, bytes)?;
    let codes = qr::find(&img);
    let mut card = CardReading::default();
    for q in codes.iter().filter(|q| q.gives_contact()) {
        if let Some(r) = q.reading() {
            card.fill_from(r);
        }
    }
    let mut text = Vec::new();
    let read_text = match ocr {
        Ok(t) => {
            qr::blank(&mut img, &codes);
            let (img, _) = deskew::straighten(img);
            let lines = t.read(&img)?;
            text = lines
                .iter()
                .map(|l| {
                    l.words
                        .iter()
                        .map(|w| w.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|l| !l.trim().is_empty())
                .collect();
            card.fill_from(classify::classify(&lines));
            true
        }
        Err(e) if !codes.iter().any(QrCode::gives_contact) => return Err(e.clone()),
        Err(_) => false,
    };
    for q in codes.iter().filter(|q| !q.gives_contact()) {
        match (q.kind, q.reading()) {
            (QrKind::Url, Some(r)) => card.fill_from(r),
            _ => card.fill_from(CardReading {
                other: vec![q.text.clone()],
                ..CardReading::default()
            }),
        }
    }
    card.drop_repeats();
    Ok(PhotoReading {
        card,
        qr_codes: codes,
        text,
        ocr: read_text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_names_the_photo_and_says_what_to_do_in_both_languages() {
        let p = PathBuf::from("/p/carte.jpg");
        let missing = ScanError::TesseractMissing;
        let hint = missing.hint(Lang::En).unwrap();
        assert!(
            hint.starts_with("install Tesseract with its French data:\n  Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-fra\n  Fedora: "),
            "{hint}"
        );
        assert!(hint.ends_with("\n(a QR code with a vCard or MeCard is read without it)"));
        assert_eq!(ScanError::TesseractNoLanguage.hint(Lang::En), Some(hint));
        let fr = missing.hint(Lang::Fr).unwrap();
        assert!(
            fr.contains(
                "\n  Debian/Ubuntu : sudo apt-get install tesseract-ocr tesseract-ocr-fra\n"
            ),
            "{fr}"
        );
        assert_eq!(
            missing.text(Lang::Fr),
            "Tesseract n'est pas installé : carnet en a besoin pour lire le texte imprimé sur une carte"
        );
        let taken = ScanError::NameTaken {
            name: "Zoë Martin".into(),
            ids: vec![3, 12],
        };
        assert_eq!(
            taken.text(Lang::En),
            "'Zoë Martin' is already a contact (#3, #12)"
        );
        assert_eq!(
            taken.hint(Lang::En).as_deref(),
            Some("add --for '#3' to file the card to them, or --new to create another contact")
        );
        let cases = [
            (
                ScanError::NoSuchPhoto(p.clone()),
                "no such file or folder: /p/carte.jpg",
                false,
            ),
            (
                ScanError::EmptyFolder(p.clone()),
                "no JPEG or PNG photo in the folder /p/carte.jpg",
                true,
            ),
            (
                ScanError::Unreadable {
                    path: p.clone(),
                    reason: "denied".into(),
                },
                "cannot read /p/carte.jpg: denied",
                false,
            ),
            (
                ScanError::NotAnImage {
                    path: p.clone(),
                    reason: "bad".into(),
                },
                "/p/carte.jpg is not a photo carnet can read: bad",
                true,
            ),
            (
                ScanError::TesseractCannotRun("busy".into()),
                "cannot run tesseract: busy",
                false,
            ),
            (
                ScanError::TesseractFailed {
                    status: "exit status: 1".into(),
                    detail: "oops".into(),
                },
                "tesseract failed (exit status: 1): oops",
                false,
            ),
            (
                ScanError::TesseractRefused("pipe".into()),
                "tesseract did not take the image: pipe",
                false,
            ),
            (
                ScanError::NothingRead(p.clone()),
                "nothing could be read on /p/carte.jpg",
                true,
            ),
            (
                ScanError::NoName(p.clone()),
                "no name was read on /p/carte.jpg",
                true,
            ),
        ];
        for (e, text, hinted) in cases {
            assert_eq!(e.text(Lang::En), text);
            assert_eq!(e.hint(Lang::En).is_some(), hinted, "{text}");
            assert_ne!(e.text(Lang::Fr), text, "not said in French: {text}");
        }
        assert_eq!(
            ScanError::NameTaken {
                name: "X".into(),
                ids: vec![]
            }
            .hint(Lang::En),
            None
        );
    }

    /// QR codes side by side on white, as a PNG.
    fn codes_png(payloads: &[&str]) -> Vec<u8> {
        let module = 5u32;
        let codes: Vec<qrcode::QrCode> = payloads
            .iter()
            .map(|p| qrcode::QrCode::new(p.as_bytes()).unwrap())
            .collect();
        let cell = codes.iter().map(|c| c.width() as u32 + 8).max().unwrap() * module;
        let img = image::GrayImage::from_fn(cell * codes.len() as u32, cell, |x, y| {
            let c = &codes[(x / cell) as usize];
            let n = c.width() as i64;
            let (mx, my) = (
                i64::from((x % cell) / module) - 4,
                i64::from(y / module) - 4,
            );
            let dark = (0..n).contains(&mx)
                && (0..n).contains(&my)
                && c[(mx as usize, my as usize)] == qrcode::Color::Dark;
            image::Luma([if dark { 0 } else { 255 }])
        });
        let mut png = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        png
    }

    #[test]
    fn without_tesseract_a_mecard_gives_the_card_and_other_codes_are_kept() {
        let png = codes_png(&[
            "MECARD:N:Côté,Amélie;ORG:NuageSûr;EMAIL:amelie@nuagesur.example;;",
            "Wi-Fi du salon : invité",
        ]);
        let missing = ScanError::TesseractMissing;
        let r = read_photo(Path::new("/p/badge.png"), &png, Err(&missing)).unwrap();
        assert!(!r.ocr);
        assert_eq!(r.qr_codes.len(), 2);
        assert_eq!(r.card.name.as_deref(), Some("Amélie Côté"));
        assert_eq!(r.card.company.as_deref(), Some("NuageSûr"));
        assert_eq!(r.card.other, ["Wi-Fi du salon : invité"]);
        // A code with no contact in it does not make a card without Tesseract.
        let alone = codes_png(&["https://nuagesur.example"]);
        assert_eq!(
            read_photo(Path::new("/p/url.png"), &alone, Err(&missing)).err(),
            Some(ScanError::TesseractMissing)
        );
    }

    #[test]
    fn an_error_is_shown_in_the_process_language() {
        let e = ScanError::NoSuchPhoto(PathBuf::from("/p/x.jpg"));
        assert_eq!(e.to_string(), e.text(crate::i18n::current()));
        assert!(!e.to_string().is_empty());
    }
}
