//! QR codes on a card or a badge: found with rqrr (pure Rust), their payload read as a
//! vCard, a MeCard, a web address, or kept as text.

use image::GrayImage;
use serde::Serialize;

use crate::formats::{mecard, vcard};
use crate::model::scan::CardReading;
use crate::model::validate;

/// What a QR code holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QrKind {
    Vcard,
    Mecard,
    Url,
    Text,
}

/// One QR code found on a photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QrCode {
    pub kind: QrKind,
    pub text: String,
    /// Where it is on the image read (left, top, right, bottom), so that the OCR can
    /// leave it out.
    #[serde(skip)]
    pub area: (i32, i32, i32, i32),
}

impl QrCode {
    /// The card fields the code gives, if it gives any.
    pub fn reading(&self) -> Option<CardReading> {
        reading_of(&self.text).map(|(_, r)| r)
    }

    /// Whether the code alone names a person or a company (a vCard or MeCard does).
    pub fn gives_contact(&self) -> bool {
        matches!(self.kind, QrKind::Vcard | QrKind::Mecard)
            && self
                .reading()
                .is_some_and(|r| r.name.is_some() || r.company.is_some())
    }
}

/// Finds and decodes the QR codes of `img`. Codes that cannot be decoded are left out.
pub fn find(img: &GrayImage) -> Vec<QrCode> {
    let (w, h) = img.dimensions();
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
            img.get_pixel(x as u32, y as u32).0[0]
        });
    let mut out = Vec::new();
    for grid in prepared.detect_grids() {
        let Ok((_, text)) = grid.decode() else {
            continue;
        };
        let xs = grid.bounds.iter().map(|p| p.x);
        let ys = grid.bounds.iter().map(|p| p.y);
        let area = (
            xs.clone().min().unwrap_or(0),
            ys.clone().min().unwrap_or(0),
            xs.max().unwrap_or(0),
            ys.max().unwrap_or(0),
        );
        let kind = reading_of(&text).map_or(QrKind::Text, |(k, _)| k);
        if !out.iter().any(|q: &QrCode| q.text == text) {
            out.push(QrCode { kind, text, area });
        }
    }
    out
}

/// Paints the QR codes white, with a margin, so that the OCR does not read their modules
/// as letters.
pub fn blank(img: &mut GrayImage, codes: &[QrCode]) {
    let (w, h) = (img.width() as i32, img.height() as i32);
    for q in codes {
        let (l, t, r, b) = q.area;
        let margin = ((r - l).max(b - t) / 10).max(4);
        for y in (t - margin).max(0)..(b + margin).min(h) {
            for x in (l - margin).max(0)..(r + margin).min(w) {
                img.put_pixel(x as u32, y as u32, image::Luma([255]));
            }
        }
    }
}

/// A QR payload as card fields: a vCard or a MeCard, or a web address.
fn reading_of(text: &str) -> Option<(QrKind, CardReading)> {
    let t = text.trim();
    if mecard::is_mecard(t) {
        return mecard::read(t).map(|r| (QrKind::Mecard, r));
    }
    if t.get(..11)
        .is_some_and(|p| p.eq_ignore_ascii_case("BEGIN:VCARD"))
    {
        return vcard_reading(t).map(|r| (QrKind::Vcard, r));
    }
    let lower = t.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        if let Ok(u) = validate::url(t) {
            return Some((
                QrKind::Url,
                CardReading {
                    website: Some(u),
                    ..CardReading::default()
                },
            ));
        }
    }
    None
}

/// A vCard payload through carnet's vCard reader. Its name falls back to the company or
/// the email when the card has none: here a missing name stays missing.
fn vcard_reading(text: &str) -> Option<CardReading> {
    let record = vcard::read(text.as_bytes()).into_iter().next()?.ok()?;
    let c = record.contact;
    let named = vcard_has_name(text);
    let mut links = c.links.into_iter().map(|l| l.value);
    let mut other: Vec<String> = record.notes.into_iter().map(|(_, n)| n).collect();
    other.extend(links.by_ref().skip(1));
    Some(CardReading {
        name: named.then_some(c.name),
        company: c.company,
        title: c.title,
        emails: c.emails.into_iter().map(|e| e.value).collect(),
        phones: c.phones.into_iter().map(|p| p.value).collect(),
        website: vcard_first_link(text),
        address: vcard_address(text),
        other,
    })
}

/// The lines of a vCard payload as (property name, value), unfolded.
fn vcard_lines(text: &str) -> Vec<(String, String)> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split('\n') {
        let raw = raw.trim_end_matches('\r');
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(cont), Some(last)) => last.push_str(cont),
            _ => lines.push(raw.to_owned()),
        }
    }
    lines
        .into_iter()
        .filter_map(|l| {
            let (head, value) = l.split_once(':')?;
            let name = head
                .split(';')
                .next()?
                .rsplit('.')
                .next()?
                .to_ascii_uppercase();
            Some((name, value.to_owned()))
        })
        .collect()
}

fn vcard_has_name(text: &str) -> bool {
    vcard_lines(text)
        .iter()
        .any(|(n, v)| (n == "FN" || n == "N") && v.split(';').any(|p| !p.trim().is_empty()))
}

fn vcard_first_link(text: &str) -> Option<String> {
    vcard_lines(text)
        .into_iter()
        .filter(|(n, _)| n == "URL")
        .find_map(|(_, v)| validate::url(&v.replace("\\:", ":")).ok())
}

/// ADR's parts (PO box, extended, street, city, region, postcode, country), joined.
fn vcard_address(text: &str) -> Option<String> {
    let (_, v) = vcard_lines(text).into_iter().find(|(n, _)| n == "ADR")?;
    let parts: Vec<String> = v
        .split(';')
        .map(|p| p.replace("\\,", ",").replace("\\n", " ").trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(payload: &str) -> GrayImage {
        let qr = qrcode::QrCode::new(payload.as_bytes()).unwrap();
        let n = qr.width() as u32;
        let module = 6;
        let quiet = 4;
        let side = (n + 2 * quiet) * module;
        let colors = qr.to_colors();
        GrayImage::from_fn(side + 100, side + 60, |x, y| {
            let (x, y) = (x as i64 - 50, y as i64 - 30);
            let (mx, my) = (
                x / module as i64 - quiet as i64,
                y / module as i64 - quiet as i64,
            );
            let dark = x >= 0
                && y >= 0
                && mx >= 0
                && my >= 0
                && (mx as u32) < n
                && (my as u32) < n
                && colors[(my as u32 * n + mx as u32) as usize] == qrcode::Color::Dark;
            image::Luma([if dark { 0 } else { 255 }])
        })
    }

    #[test]
    fn a_vcard_code_gives_the_whole_card() {
        let payload = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nowak;Łukasz;;;\r\nFN:Łukasz Nowak\r\n\
                       ORG:Wisła Robotics\r\nTITLE:Ingénieur\r\nEMAIL;TYPE=work:l@w.example\r\n\
                       TEL;TYPE=cell:+48 600 123 456\r\nURL:https://w.example\r\n\
                       URL:https://blog.w.example\r\nADR;TYPE=work:;;1 ul. Długa;Kraków;;31-000;Polska\r\n\
                       NOTE:Salon 2026\r\nEND:VCARD\r\n";
        let mut img = code(payload);
        let found = find(&img);
        assert_eq!(found.len(), 1);
        let q = &found[0];
        assert_eq!(q.kind, QrKind::Vcard);
        assert!(q.gives_contact());
        let r = q.reading().unwrap();
        assert_eq!(r.name.as_deref(), Some("Łukasz Nowak"));
        assert_eq!(r.company.as_deref(), Some("Wisła Robotics"));
        assert_eq!(r.title.as_deref(), Some("Ingénieur"));
        assert_eq!(r.emails, ["l@w.example"]);
        assert_eq!(r.phones, ["+48 600 123 456"]);
        assert_eq!(r.website.as_deref(), Some("https://w.example"));
        assert_eq!(
            r.address.as_deref(),
            Some("1 ul. Długa, Kraków, 31-000, Polska")
        );
        assert_eq!(r.other, ["Salon 2026", "https://blog.w.example"]);
        // Blanked, the code is gone and the area around it is white.
        let (l, t, rr, b) = q.area;
        assert!(l > 40 && t > 20 && rr > l && b > t, "{:?}", q.area);
        blank(&mut img, &found);
        assert!(find(&img).is_empty());
        assert!(img.pixels().all(|p| p.0[0] == 255));
    }

    #[test]
    fn a_vcard_without_a_name_leaves_the_name_empty() {
        let r = reading_of("BEGIN:VCARD\nVERSION:3.0\nORG:Studio\nEMAIL:a@b.example\nEND:VCARD")
            .unwrap()
            .1;
        assert_eq!(r.name, None);
        assert_eq!(r.company.as_deref(), Some("Studio"));
        let q = QrCode {
            kind: QrKind::Vcard,
            text: "BEGIN:VCARD\nVERSION:3.0\nEMAIL:a@b.example\nEND:VCARD".into(),
            area: (0, 0, 0, 0),
        };
        assert!(!q.gives_contact());
    }

    #[test]
    fn urls_mecards_and_plain_text() {
        let found = find(&code("https://studioboreal.com/amelie"));
        assert_eq!(found[0].kind, QrKind::Url);
        assert!(!found[0].gives_contact());
        assert_eq!(
            found[0].reading().unwrap().website.as_deref(),
            Some("https://studioboreal.com/amelie")
        );
        let found = find(&code("MECARD:N:Roy,Jean;EMAIL:j@r.example;;"));
        assert_eq!(found[0].kind, QrKind::Mecard);
        assert!(found[0].gives_contact());
        let found = find(&code("WIFI:S:Salon;T:WPA;P:secret;;"));
        assert_eq!(found[0].kind, QrKind::Text);
        assert_eq!(found[0].reading(), None);
        assert!(!found[0].gives_contact());
        assert!(find(&GrayImage::new(200, 200)).is_empty());
    }
}
