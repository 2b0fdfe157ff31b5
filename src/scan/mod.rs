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
use thiserror::Error;

use crate::model::scan::CardReading;
use ocr::Tesseract;
use qr::{QrCode, QrKind};

/// How to install Tesseract with its French data, by system.
pub const INSTALL_HINT: &str = "install Tesseract with its French data:\n  \
     Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-fra\n  \
     Fedora:        sudo dnf install tesseract tesseract-langpack-fra\n  \
     macOS:         brew install tesseract tesseract-lang";

#[derive(Debug, Clone, Error)]
pub enum ScanError {
    #[error("cannot read {}: {reason}", path.display())]
    Unreadable { path: PathBuf, reason: String },
    #[error("{} is not a photo carnet can read: {reason}", path.display())]
    NotAnImage { path: PathBuf, reason: String },
    #[error("Tesseract is not installed: carnet needs it to read the text printed on a card")]
    TesseractMissing,
    #[error("Tesseract has neither its French nor its English data")]
    TesseractNoLanguage,
    #[error("{0}")]
    Tesseract(String),
}

impl ScanError {
    pub fn hint(&self) -> Option<String> {
        match self {
            ScanError::TesseractMissing | ScanError::TesseractNoLanguage => Some(format!(
                "{INSTALL_HINT}\n(a QR code with a vCard or MeCard is read without it)"
            )),
            ScanError::NotAnImage { .. } => Some("card scan reads JPEG and PNG photos".into()),
            ScanError::Unreadable { .. } | ScanError::Tesseract(_) => None,
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
