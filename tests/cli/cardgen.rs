//! Business-card photos made for the tests: text drawn with a real TrueType font (DejaVu,
//! from Debian's fonts-dejavu-core) at the sizes a phone photo of a card gives, optional QR
//! codes, and the card laid on a table at a slight angle, smaller than the frame, with a
//! little noise. Each sample knows what is printed on it, so a test can score a reading.
//!
//! Shared with `examples/card_photo.rs` (the benchmark's 3000 × 2000 photo).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use ab_glyph::{Font, FontVec, PxScale, ScaleFont};
use image::{Rgb, RgbImage};

/// Where Debian and Fedora put DejaVu.
const FONT_DIRS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu-sans-fonts",
    "/usr/share/fonts/dejavu",
];

pub struct Fonts {
    regular: FontVec,
    bold: FontVec,
}

impl Fonts {
    /// DejaVu Sans and DejaVu Sans Bold, or why they cannot be found.
    pub fn load() -> Result<Fonts, String> {
        let find = |file: &str| -> Result<PathBuf, String> {
            FONT_DIRS
                .iter()
                .map(|d| Path::new(d).join(file))
                .find(|p| p.is_file())
                .ok_or_else(|| {
                    format!("{file} not found in {FONT_DIRS:?} (install fonts-dejavu-core)")
                })
        };
        let read = |file: &str| -> Result<FontVec, String> {
            let path = find(file)?;
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            FontVec::try_from_vec(bytes).map_err(|e| format!("{}: {e}", path.display()))
        };
        Ok(Fonts {
            regular: read("DejaVuSans.ttf")?,
            bold: read("DejaVuSans-Bold.ttf")?,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// One line printed on a card. `x` is the left edge, the centre or the right edge by
/// `align`; `y` the baseline; sizes in pixels of a card 1050 pixels wide (≈ 300 dpi).
#[derive(Clone, Debug)]
pub struct Line {
    pub text: String,
    pub px: f32,
    pub bold: bool,
    pub x: f32,
    pub y: f32,
    pub align: Align,
    pub ink: [u8; 3],
}

pub fn line(text: &str, px: f32, x: f32, y: f32) -> Line {
    Line {
        text: text.to_owned(),
        px,
        bold: false,
        x,
        y,
        align: Align::Left,
        ink: [30, 30, 30],
    }
}

impl Line {
    pub fn bold(mut self) -> Line {
        self.bold = true;
        self
    }
    pub fn center(mut self) -> Line {
        self.align = Align::Center;
        self
    }
    pub fn right(mut self) -> Line {
        self.align = Align::Right;
        self
    }
    pub fn ink(mut self, ink: [u8; 3]) -> Line {
        self.ink = ink;
        self
    }
}

/// A QR code on the card: its payload, top-left corner and width in card pixels.
#[derive(Clone, Debug)]
pub struct Qr {
    pub payload: String,
    pub x: u32,
    pub y: u32,
    pub size: u32,
}

/// A card's face.
#[derive(Clone, Debug)]
pub struct Card {
    pub width: u32,
    pub height: u32,
    pub paper: [u8; 3],
    pub lines: Vec<Line>,
    pub qr: Option<Qr>,
}

/// What is printed on a sample, to score a reading against.
#[derive(Clone, Debug, Default)]
pub struct Expected {
    pub name: &'static str,
    pub company: &'static str,
    pub title: &'static str,
    pub emails: Vec<&'static str>,
    pub phones: Vec<&'static str>,
    /// As printed; carnet stores a bare host as https://host.
    pub website: Option<&'static str>,
    pub address: Option<&'static str>,
    /// The QR code holds a vCard or MeCard, which must be read whole.
    pub qr_contact: bool,
}

/// How the card is photographed.
#[derive(Clone, Debug)]
pub struct Shot {
    pub width: u32,
    pub height: u32,
    /// The card's width in the photo, as a share of the photo's width.
    pub fill: f32,
    /// Degrees, counter-clockwise.
    pub angle: f32,
    /// The card's centre, as shares of the photo's width and height.
    pub centre: (f32, f32),
    pub table: [u8; 3],
    pub seed: u32,
}

impl Default for Shot {
    fn default() -> Shot {
        Shot {
            width: 1600,
            height: 1200,
            fill: 0.9,
            angle: 0.0,
            centre: (0.5, 0.5),
            table: [92, 74, 60],
            seed: 7,
        }
    }
}

pub struct Sample {
    pub file: &'static str,
    pub card: Card,
    pub shot: Shot,
    pub expected: Expected,
}

fn font_of(fonts: &Fonts, bold: bool) -> &FontVec {
    if bold {
        &fonts.bold
    } else {
        &fonts.regular
    }
}

fn text_width(font: &FontVec, px: f32, text: &str) -> f32 {
    let f = font.as_scaled(PxScale::from(px));
    let mut w = 0.0;
    let mut prev = None;
    for ch in text.chars() {
        let id = f.glyph_id(ch);
        if let Some(p) = prev {
            w += f.kern(p, id);
        }
        w += f.h_advance(id);
        prev = Some(id);
    }
    w
}

fn blend(img: &mut RgbImage, x: i64, y: i64, ink: [u8; 3], cover: f32) {
    if x < 0 || y < 0 || x >= i64::from(img.width()) || y >= i64::from(img.height()) {
        return;
    }
    let p = img.get_pixel_mut(x as u32, y as u32);
    let c = cover.clamp(0.0, 1.0);
    for (channel, ink) in p.0.iter_mut().zip(ink) {
        *channel = (f32::from(*channel) * (1.0 - c) + f32::from(ink) * c).round() as u8;
    }
}

fn draw_line(img: &mut RgbImage, fonts: &Fonts, l: &Line) {
    let font = font_of(fonts, l.bold);
    let scaled = font.as_scaled(PxScale::from(l.px));
    let width = text_width(font, l.px, &l.text);
    let mut x = match l.align {
        Align::Left => l.x,
        Align::Center => l.x - width / 2.0,
        Align::Right => l.x - width,
    };
    let mut prev = None;
    for ch in l.text.chars() {
        let id = scaled.glyph_id(ch);
        if let Some(p) = prev {
            x += scaled.kern(p, id);
        }
        let glyph = id.with_scale_and_position(PxScale::from(l.px), ab_glyph::point(x, l.y));
        if let Some(outlined) = font.outline_glyph(glyph) {
            let b = outlined.px_bounds();
            outlined.draw(|gx, gy, c| {
                blend(
                    img,
                    b.min.x as i64 + i64::from(gx),
                    b.min.y as i64 + i64::from(gy),
                    l.ink,
                    c,
                )
            });
        }
        x += scaled.h_advance(id);
        prev = Some(id);
    }
}

fn draw_qr(img: &mut RgbImage, q: &Qr) {
    let code = qrcode::QrCode::new(q.payload.as_bytes()).expect("QR payload fits");
    let n = code.width() as u32;
    let quiet = 2;
    let module = q.size as f32 / (n + 2 * quiet) as f32;
    let colors = code.to_colors();
    for py in 0..q.size {
        for px in 0..q.size {
            let mx = (px as f32 / module) as i64 - i64::from(quiet);
            let my = (py as f32 / module) as i64 - i64::from(quiet);
            let dark = mx >= 0
                && my >= 0
                && (mx as u32) < n
                && (my as u32) < n
                && colors[(my as u32 * n + mx as u32) as usize] == qrcode::Color::Dark;
            let v = if dark { [0, 0, 0] } else { [255, 255, 255] };
            if q.x + px < img.width() && q.y + py < img.height() {
                img.put_pixel(q.x + px, q.y + py, Rgb(v));
            }
        }
    }
}

/// The card's face, upright.
pub fn render_card(fonts: &Fonts, card: &Card) -> RgbImage {
    let mut img = RgbImage::from_pixel(card.width, card.height, Rgb(card.paper));
    for l in &card.lines {
        draw_line(&mut img, fonts, l);
    }
    if let Some(q) = &card.qr {
        draw_qr(&mut img, q);
    }
    img
}

/// A badge with nothing but a QR code on it, photographed: needs no font.
pub fn qr_badge(payload: &str, seed: u32) -> RgbImage {
    let mut face = RgbImage::from_pixel(W, H, Rgb(WHITE));
    draw_qr(
        &mut face,
        &Qr {
            payload: payload.to_owned(),
            x: 345,
            y: 120,
            size: 360,
        },
    );
    photograph(
        &face,
        &Shot {
            angle: 1.5,
            seed,
            ..Shot::default()
        },
    )
}

/// A small deterministic noise source (xorshift), so photos are the same on every run.
struct Noise(u32);

impl Noise {
    fn next(&mut self) -> i32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        (self.0 % 13) as i32 - 6
    }
}

fn sample(img: &RgbImage, x: f32, y: f32) -> Option<[f32; 3]> {
    let (w, h) = (img.width() as f32, img.height() as f32);
    if x < 0.0 || y < 0.0 || x > w - 1.0 || y > h - 1.0 {
        return None;
    }
    let (x0, y0) = (x.floor() as u32, y.floor() as u32);
    let (x1, y1) = (
        (x0 + 1).min(img.width() - 1),
        (y0 + 1).min(img.height() - 1),
    );
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let mut out = [0.0; 3];
    for (i, o) in out.iter_mut().enumerate() {
        let p = |x, y| f32::from(img.get_pixel(x, y).0[i]);
        let top = p(x0, y0) * (1.0 - fx) + p(x1, y0) * fx;
        let bottom = p(x0, y1) * (1.0 - fx) + p(x1, y1) * fx;
        *o = top * (1.0 - fy) + bottom * fy;
    }
    Some(out)
}

/// The card photographed on a table: scaled, turned by `shot.angle`, placed, with noise and
/// a soft shadow of light across the table.
pub fn photograph(face: &RgbImage, shot: &Shot) -> RgbImage {
    let mut out = RgbImage::new(shot.width, shot.height);
    let scale = shot.fill * shot.width as f32 / face.width() as f32;
    let (sin, cos) = shot.angle.to_radians().sin_cos();
    let (cx, cy) = (
        shot.centre.0 * shot.width as f32,
        shot.centre.1 * shot.height as f32,
    );
    let (fx, fy) = (face.width() as f32 / 2.0, face.height() as f32 / 2.0);
    let mut noise = Noise(shot.seed.max(1));
    for (x, y, p) in out.enumerate_pixels_mut() {
        let dx = x as f32 - cx;
        let dy = y as f32 - cy;
        // Inverse of a counter-clockwise turn (y grows downwards).
        let u = (dx * cos - dy * sin) / scale + fx;
        let v = (dx * sin + dy * cos) / scale + fy;
        let light = 1.0 - 0.12 * (x as f32 / shot.width as f32);
        let base = sample(face, u, v).unwrap_or([
            f32::from(shot.table[0]),
            f32::from(shot.table[1]),
            f32::from(shot.table[2]),
        ]);
        let n = noise.next() as f32;
        *p = Rgb([
            (base[0] * light + n).clamp(0.0, 255.0) as u8,
            (base[1] * light + n).clamp(0.0, 255.0) as u8,
            (base[2] * light + n).clamp(0.0, 255.0) as u8,
        ]);
    }
    out
}

/// Renders and photographs a sample.
pub fn photo(fonts: &Fonts, s: &Sample) -> RgbImage {
    photograph(&render_card(fonts, &s.card), &s.shot)
}

const W: u32 = 1050;
const H: u32 = 600;
const WHITE: [u8; 3] = [250, 250, 246];
const NAVY: [u8; 3] = [20, 40, 90];
const GREY: [u8; 3] = [80, 80, 80];

fn card(lines: Vec<Line>) -> Card {
    Card {
        width: W,
        height: H,
        paper: WHITE,
        lines,
        qr: None,
    }
}

/// A vCard 3.0 as a badge's QR code carries it.
pub fn vcard(fields: &[(&str, &str)]) -> String {
    let mut s = String::from("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    for (k, v) in fields {
        s.push_str(&format!("{k}:{v}\r\n"));
    }
    s.push_str("END:VCARD\r\n");
    s
}

/// The deck the acceptance test scores: fourteen cards in the layouts cards come in.
pub fn deck() -> Vec<Sample> {
    vec![
        // Name large top left, activity under it, company, details at the bottom.
        Sample {
            file: "01-lavoie.png",
            card: card(vec![
                line("Karine Lavoie", 64.0, 70.0, 130.0).bold(),
                line("Stratège marketing", 38.0, 70.0, 185.0).ink(GREY),
                line("Lavoie Stratégies", 40.0, 70.0, 290.0).ink(NAVY),
                line("karine@lavoie-strategies.ca", 32.0, 70.0, 440.0),
                line("514-555-0142", 32.0, 70.0, 490.0),
                line("lavoie-strategies.ca", 32.0, 70.0, 540.0),
            ]),
            shot: Shot::default(),
            expected: Expected {
                name: "Karine Lavoie",
                company: "Lavoie Stratégies",
                title: "Stratège marketing",
                emails: vec!["karine@lavoie-strategies.ca"],
                phones: vec!["514-555-0142"],
                website: Some("lavoie-strategies.ca"),
                ..Default::default()
            },
        },
        // Company as a logo at the top, the person below, address in two lines.
        Sample {
            file: "02-nuagesur.png",
            card: card(vec![
                line("NuageSûr", 84.0, 70.0, 130.0).bold().ink(NAVY),
                line("Marc-André Tremblay", 46.0, 70.0, 250.0).bold(),
                line("Architecte infonuagique", 34.0, 70.0, 300.0).ink(GREY),
                line("marc-andre@nuagesur.ca", 30.0, 70.0, 400.0),
                line("+1 418 555 0199", 30.0, 70.0, 445.0),
                line("350, rue Saint-Paul Est", 30.0, 70.0, 500.0),
                line("Québec (Québec) G1K 3W6", 30.0, 70.0, 545.0),
            ]),
            shot: Shot {
                angle: 2.5,
                seed: 11,
                ..Shot::default()
            },
            expected: Expected {
                name: "Marc-André Tremblay",
                company: "NuageSûr",
                title: "Architecte infonuagique",
                emails: vec!["marc-andre@nuagesur.ca"],
                phones: vec!["+1 418 555 0199"],
                address: Some("350, rue Saint-Paul Est, Québec (Québec) G1K 3W6"),
                ..Default::default()
            },
        },
        // Centred, two labelled phones.
        Sample {
            file: "03-gagnon.png",
            card: card(vec![
                line("Sophie Gagnon", 60.0, 525.0, 120.0).bold().center(),
                line("Courtière immobilière", 36.0, 525.0, 175.0)
                    .center()
                    .ink(GREY),
                line("Gagnon Immobilier", 42.0, 525.0, 270.0)
                    .center()
                    .ink(NAVY),
                line("Cell. 438 555-0123", 30.0, 525.0, 390.0).center(),
                line("Bur. 514 555-0177", 30.0, 525.0, 435.0).center(),
                line("sophie.gagnon@gagnonimmo.com", 30.0, 525.0, 480.0).center(),
                line("www.gagnonimmo.com", 30.0, 525.0, 525.0).center(),
            ]),
            shot: Shot {
                angle: -3.0,
                seed: 13,
                ..Shot::default()
            },
            expected: Expected {
                name: "Sophie Gagnon",
                company: "Gagnon Immobilier",
                title: "Courtière immobilière",
                emails: vec!["sophie.gagnon@gagnonimmo.com"],
                phones: vec!["438 555-0123", "514 555-0177"],
                website: Some("www.gagnonimmo.com"),
                ..Default::default()
            },
        },
        // Two columns: the person on the left, the details on the right.
        Sample {
            file: "04-duval.png",
            card: card(vec![
                line("Frédéric Duval", 54.0, 60.0, 150.0).bold(),
                line("Président", 34.0, 60.0, 200.0).ink(GREY),
                line("Concours des vœux", 40.0, 60.0, 470.0)
                    .bold()
                    .ink(NAVY),
                line("fred@concoursdesvoeux.fr", 28.0, 1000.0, 330.0).right(),
                line("06 12 34 56 78", 28.0, 1000.0, 375.0).right(),
                line("12 rue de la Paix", 28.0, 1000.0, 420.0).right(),
                line("75002 Paris", 28.0, 1000.0, 465.0).right(),
                line("concoursdesvoeux.fr", 28.0, 1000.0, 510.0).right(),
            ]),
            shot: Shot::default(),
            expected: Expected {
                name: "Frédéric Duval",
                company: "Concours des vœux",
                title: "Président",
                emails: vec!["fred@concoursdesvoeux.fr"],
                phones: vec!["06 12 34 56 78"],
                website: Some("concoursdesvoeux.fr"),
                address: Some("12 rue de la Paix, 75002 Paris"),
                ..Default::default()
            },
        },
        // Turned a few degrees, labels before the details.
        Sample {
            file: "05-zoe.png",
            card: card(vec![
                line("Atelier Zoë", 70.0, 70.0, 120.0)
                    .bold()
                    .ink([120, 50, 30]),
                line("Zoë Martin", 48.0, 70.0, 240.0),
                line("Céramiste", 34.0, 70.0, 290.0).ink(GREY),
                line("Tél. +33 6 98 76 54 32", 30.0, 70.0, 430.0),
                line("Courriel : zoe@atelier-zoe.fr", 30.0, 70.0, 475.0),
                line("atelier-zoe.fr", 30.0, 70.0, 520.0),
            ]),
            shot: Shot {
                angle: 4.0,
                seed: 17,
                ..Shot::default()
            },
            expected: Expected {
                name: "Zoë Martin",
                company: "Atelier Zoë",
                title: "Céramiste",
                emails: vec!["zoe@atelier-zoe.fr"],
                phones: vec!["+33 6 98 76 54 32"],
                website: Some("atelier-zoe.fr"),
                ..Default::default()
            },
        },
        // A law firm: the firm's name long and at the top, turned the other way.
        Sample {
            file: "06-bouchard.png",
            card: card(vec![
                line("Bouchard Avocats", 58.0, 525.0, 110.0)
                    .bold()
                    .center()
                    .ink(NAVY),
                line("Hélène Bouchard", 44.0, 525.0, 250.0).center(),
                line("Avocate associée", 32.0, 525.0, 295.0)
                    .center()
                    .ink(GREY),
                line(
                    "T 514 555-0101 | hbouchard@bouchard-avocats.ca",
                    26.0,
                    525.0,
                    450.0,
                )
                .center(),
                line("bouchard-avocats.ca", 26.0, 525.0, 500.0).center(),
            ]),
            shot: Shot {
                angle: -4.5,
                seed: 19,
                ..Shot::default()
            },
            expected: Expected {
                name: "Hélène Bouchard",
                company: "Bouchard Avocats",
                title: "Avocate associée",
                emails: vec!["hbouchard@bouchard-avocats.ca"],
                phones: vec!["514 555-0101"],
                website: Some("bouchard-avocats.ca"),
                ..Default::default()
            },
        },
        // The name in capitals, a company with a legal suffix.
        Sample {
            file: "07-roy.png",
            card: card(vec![
                line("JEAN-FRANÇOIS ROY", 50.0, 70.0, 120.0).bold(),
                line("Directeur des opérations", 32.0, 70.0, 170.0).ink(GREY),
                line("Roy & Fils Construction inc.", 40.0, 70.0, 300.0).ink(NAVY),
                line("819-555-0134", 30.0, 70.0, 440.0),
                line("jf.roy@royfils.ca", 30.0, 70.0, 485.0),
                line("royfils.ca", 30.0, 70.0, 530.0),
            ]),
            shot: Shot {
                seed: 23,
                ..Shot::default()
            },
            expected: Expected {
                name: "Jean-François Roy",
                company: "Roy & Fils Construction inc.",
                title: "Directeur des opérations",
                emails: vec!["jf.roy@royfils.ca"],
                phones: vec!["819-555-0134"],
                website: Some("royfils.ca"),
                ..Default::default()
            },
        },
        // A QR code holding the studio's address on the web.
        Sample {
            file: "08-cote.png",
            card: Card {
                qr: Some(Qr {
                    payload: "https://studioboreal.com/amelie".to_owned(),
                    x: 760,
                    y: 300,
                    size: 240,
                }),
                ..card(vec![
                    line("Studio Boréal", 60.0, 70.0, 120.0)
                        .bold()
                        .ink([20, 90, 70]),
                    line("Amélie Côté", 46.0, 70.0, 250.0),
                    line("Designer graphique", 32.0, 70.0, 295.0).ink(GREY),
                    line("(514) 555-0188", 30.0, 70.0, 440.0),
                    line("amelie@studioboreal.com", 30.0, 70.0, 485.0),
                    line("studioboreal.com", 30.0, 70.0, 530.0),
                ])
            },
            shot: Shot {
                angle: 1.5,
                seed: 29,
                ..Shot::default()
            },
            expected: Expected {
                name: "Amélie Côté",
                company: "Studio Boréal",
                title: "Designer graphique",
                emails: vec!["amelie@studioboreal.com"],
                phones: vec!["(514) 555-0188"],
                website: Some("studioboreal.com"),
                ..Default::default()
            },
        },
        // A conference badge: large name, company, and a vCard in the QR code that carries
        // what is not printed.
        Sample {
            file: "09-badge-nowak.png",
            card: Card {
                qr: Some(Qr {
                    payload: vcard(&[
                        ("N", "Nowak;Łukasz;;;"),
                        ("FN", "Łukasz Nowak"),
                        ("ORG", "Wisła Robotics"),
                        ("TITLE", "Ingénieur logiciel"),
                        ("EMAIL;TYPE=work", "lukasz@wisla-robotics.example"),
                        ("TEL;TYPE=cell", "+48 600 123 456"),
                        ("URL", "https://wisla-robotics.example"),
                    ]),
                    x: 660,
                    y: 200,
                    size: 340,
                }),
                ..card(vec![
                    line("Łukasz", 72.0, 60.0, 150.0).bold(),
                    line("Nowak", 72.0, 60.0, 240.0).bold(),
                    line("Wisła Robotics", 38.0, 60.0, 330.0).ink(NAVY),
                    line("Salon Inno Québec 2026", 28.0, 60.0, 540.0).ink(GREY),
                ])
            },
            shot: Shot {
                angle: -2.0,
                seed: 31,
                ..Shot::default()
            },
            expected: Expected {
                name: "Łukasz Nowak",
                company: "Wisła Robotics",
                title: "Ingénieur logiciel",
                emails: vec!["lukasz@wisla-robotics.example"],
                phones: vec!["+48 600 123 456"],
                website: Some("https://wisla-robotics.example"),
                qr_contact: true,
                ..Default::default()
            },
        },
        // A MeCard QR code on a printed card.
        Sample {
            file: "10-pelletier-mecard.png",
            card: Card {
                qr: Some(Qr {
                    payload: "MECARD:N:Pelletier,Julie;ORG:Pelletier Traduction;\
                              TEL:+15145550155;EMAIL:julie@pelletier-traduction.ca;\
                              URL:https://pelletier-traduction.ca;NOTE:Traductrice agréée;;"
                        .to_owned(),
                    x: 740,
                    y: 280,
                    size: 260,
                }),
                ..card(vec![
                    line("Julie Pelletier", 54.0, 70.0, 130.0).bold(),
                    line("Traductrice agréée", 32.0, 70.0, 180.0).ink(GREY),
                    line("Pelletier Traduction", 40.0, 70.0, 300.0).ink(NAVY),
                    line("+1 514 555 0155", 30.0, 70.0, 460.0),
                    line("julie@pelletier-traduction.ca", 30.0, 70.0, 505.0),
                ])
            },
            shot: Shot {
                seed: 37,
                ..Shot::default()
            },
            expected: Expected {
                name: "Julie Pelletier",
                company: "Pelletier Traduction",
                title: "Traductrice agréée",
                emails: vec!["julie@pelletier-traduction.ca"],
                phones: vec!["+15145550155"],
                website: Some("https://pelletier-traduction.ca"),
                qr_contact: true,
                ..Default::default()
            },
        },
        // La Réunion: a SARL, the address with a postcode.
        Sample {
            file: "11-hoarau.png",
            card: card(vec![
                line("Vanille Péi SARL", 52.0, 525.0, 110.0)
                    .bold()
                    .center()
                    .ink([90, 60, 20]),
                line("Nicolas Hoarau", 46.0, 525.0, 230.0).center(),
                line("Fondateur", 32.0, 525.0, 275.0).center().ink(GREY),
                line("8 rue de Paris, 97400 Saint-Denis", 28.0, 525.0, 400.0).center(),
                line("0262 12 34 56 · nicolas@vanillepei.re", 28.0, 525.0, 450.0).center(),
                line("vanillepei.re", 28.0, 525.0, 500.0).center(),
            ]),
            shot: Shot {
                angle: 3.0,
                seed: 41,
                ..Shot::default()
            },
            expected: Expected {
                name: "Nicolas Hoarau",
                company: "Vanille Péi SARL",
                title: "Fondateur",
                emails: vec!["nicolas@vanillepei.re"],
                phones: vec!["0262 12 34 56"],
                website: Some("vanillepei.re"),
                address: Some("8 rue de Paris, 97400 Saint-Denis"),
                ..Default::default()
            },
        },
        // A generic mailbox, the card small in the frame and turned.
        Sample {
            file: "12-fortin-small.png",
            card: card(vec![
                line("Isabelle Fortin", 56.0, 70.0, 130.0).bold(),
                line("Coach d'affaires", 34.0, 70.0, 180.0).ink(GREY),
                line("Fortin Coaching", 42.0, 70.0, 290.0).ink(NAVY),
                line("1 800 555-0166", 30.0, 70.0, 430.0),
                line("info@fortincoaching.ca", 30.0, 70.0, 475.0),
                line("www.fortincoaching.ca", 30.0, 70.0, 520.0),
            ]),
            shot: Shot {
                width: 2400,
                height: 1800,
                fill: 0.5,
                angle: 2.0,
                centre: (0.42, 0.55),
                seed: 43,
                ..Shot::default()
            },
            expected: Expected {
                name: "Isabelle Fortin",
                company: "Fortin Coaching",
                title: "Coach d'affaires",
                emails: vec!["info@fortincoaching.ca"],
                phones: vec!["1 800 555-0166"],
                website: Some("www.fortincoaching.ca"),
                ..Default::default()
            },
        },
        // English, a scheme on the website.
        Sample {
            file: "13-chen.png",
            card: card(vec![
                line("Maple Analytics Ltd.", 50.0, 70.0, 110.0)
                    .bold()
                    .ink([150, 30, 30]),
                line("David Chen", 48.0, 70.0, 240.0),
                line("Data Scientist", 32.0, 70.0, 285.0).ink(GREY),
                line("david.chen@mapleanalytics.com", 30.0, 70.0, 430.0),
                line("Mobile: +1 (604) 555-0147", 30.0, 70.0, 475.0),
                line("https://mapleanalytics.com", 30.0, 70.0, 520.0),
            ]),
            shot: Shot {
                angle: -1.5,
                seed: 47,
                ..Shot::default()
            },
            expected: Expected {
                name: "David Chen",
                company: "Maple Analytics Ltd.",
                title: "Data Scientist",
                emails: vec!["david.chen@mapleanalytics.com"],
                phones: vec!["+1 (604) 555-0147"],
                website: Some("https://mapleanalytics.com"),
                ..Default::default()
            },
        },
        // A bakery: a long company name, dotted phone, an address in Québec.
        Sample {
            file: "14-thibault.png",
            card: card(vec![
                line("Boulangerie du Vieux-Québec", 48.0, 525.0, 100.0)
                    .bold()
                    .center()
                    .ink([110, 60, 20]),
                line("Marie-Ève Thibault", 42.0, 525.0, 210.0).center(),
                line("Propriétaire", 30.0, 525.0, 255.0).center().ink(GREY),
                line("45, rue Saint-Jean", 28.0, 525.0, 370.0).center(),
                line("Québec (Québec) G1R 1N9", 28.0, 525.0, 415.0).center(),
                line("418.555.0110", 28.0, 525.0, 470.0).center(),
                line("bonjour@boulangerievq.ca", 28.0, 525.0, 515.0).center(),
            ]),
            shot: Shot {
                angle: 2.0,
                seed: 53,
                ..Shot::default()
            },
            expected: Expected {
                name: "Marie-Ève Thibault",
                company: "Boulangerie du Vieux-Québec",
                title: "Propriétaire",
                emails: vec!["bonjour@boulangerievq.ca"],
                phones: vec!["418.555.0110"],
                address: Some("45, rue Saint-Jean, Québec (Québec) G1R 1N9"),
                ..Default::default()
            },
        },
    ]
}
