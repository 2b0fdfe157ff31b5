//! A QR code drawn in the terminal with Unicode half blocks, two module rows per line, to
//! be scanned from the screen by a phone.

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

/// Modules of quiet zone around the code; 2 keeps it inside 80×40 and phones read it.
pub const QUIET: usize = 2;
/// The terminal the code must fit in.
pub const MAX_COLUMNS: usize = 80;
pub const MAX_ROWS: usize = 40;

/// Encodes `text` as bytes after an ECI designator 26 (UTF-8), so that a reader does not
/// guess Latin-1 or Shift_JIS for "é"; `None` when the code would not fit an 80×40 terminal.
pub fn qr(text: &str) -> Option<QrCode> {
    let code = (1..=40).find_map(|v| {
        let mut bits = Bits::new(Version::Normal(v));
        if !text.is_ascii() {
            bits.push_eci_designator(26).ok()?;
        }
        bits.push_byte_data(text.as_bytes()).ok()?;
        bits.push_terminator(EcLevel::L).ok()?;
        QrCode::with_bits(bits, EcLevel::L).ok()
    })?;
    let side = code.width() + 2 * QUIET;
    (side <= MAX_COLUMNS && side.div_ceil(2) <= MAX_ROWS - 2).then_some(code)
}

/// The module matrix with its quiet zone, `true` for dark modules.
pub fn matrix(code: &QrCode) -> Vec<Vec<bool>> {
    let w = code.width();
    let colors = code.to_colors();
    let side = w + 2 * QUIET;
    let mut m = vec![vec![false; side]; side];
    for y in 0..w {
        for x in 0..w {
            m[y + QUIET][x + QUIET] = colors[y * w + x] == Color::Dark;
        }
    }
    m
}

/// Draws the code two module rows per line with ▀ ▄ █. With `light_on_dark`, light modules
/// are drawn (the terminal's foreground) and dark ones left blank, for dark terminals.
pub fn render_half_blocks(code: &QrCode, light_on_dark: bool) -> String {
    let m = matrix(code);
    let side = m.len();
    let mut out = String::new();
    for y in (0..side).step_by(2) {
        for x in 0..side {
            // A missing bottom row (odd height) counts as quiet zone, i.e. light.
            let top = m[y][x];
            let bottom = m.get(y + 1).map(|r| r[x]).unwrap_or(false);
            let (t, b) = if light_on_dark {
                (!top, !bottom)
            } else {
                (top, bottom)
            };
            out.push(match (t, b) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CARD: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Camille Roy-Lévesque\r\n\
        N:Roy-Lévesque;Camille;;;\r\nORG:Atelier\\; Roy\\, fils\r\nTEL:+1 514 555 0100\r\n\
        EMAIL:camille@roy.example\r\nURL:https://roy.example\r\nEND:VCARD\r\n";

    #[test]
    fn two_module_rows_a_line_inside_a_light_quiet_zone() {
        let code = qr(CARD).unwrap();
        let m = matrix(&code);
        // The finder pattern's top-left corner is dark, inside the quiet zone.
        assert!(m[QUIET][QUIET]);
        assert!(m.iter().all(|row| !row[0]) && m[0].iter().all(|d| !d));
        for light_on_dark in [true, false] {
            let text = render_half_blocks(&code, light_on_dark);
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), m.len().div_ceil(2));
            assert!(lines.iter().all(|l| l.chars().count() == m.len()));
            // The first line is quiet zone; the second holds the finder's top edge (dark)
            // over its light inner ring, and its left edge (dark over dark).
            assert!(lines[0]
                .chars()
                .all(|c| c == if light_on_dark { '█' } else { ' ' }));
            let mut second = lines[1].chars().skip(QUIET);
            let (edge, ring) = (second.next().unwrap(), second.next().unwrap());
            assert_eq!(edge, if light_on_dark { ' ' } else { '█' });
            assert_eq!(ring, if light_on_dark { '▄' } else { '▀' });
        }
        // Decoding the drawing back is tested on the binary's output, with a QR reader.
    }

    /// Decoded with rqrr, the code gives back the card's UTF-8 bytes exactly.
    #[test]
    fn accents_decode_as_utf8() {
        let code = qr(CARD).unwrap();
        let m = matrix(&code);
        let scale = 4;
        let side = m.len() * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if m[y / scale][x / scale] {
                0
            } else {
                255
            }
        });
        let mut grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        let mut bytes = Vec::new();
        grids.remove(0).decode_to(&mut bytes).unwrap();
        assert_eq!(bytes, CARD.as_bytes());
        assert!(String::from_utf8(bytes).unwrap().contains("Roy-Lévesque"));
    }

    #[test]
    fn a_full_card_fits_an_80_by_40_terminal() {
        let code = qr(CARD).unwrap();
        let text = render_half_blocks(&code, true);
        assert!(text.lines().count() <= MAX_ROWS);
        assert!(text.lines().all(|l| l.chars().count() <= MAX_COLUMNS));
    }

    #[test]
    fn an_oversized_card_is_refused() {
        assert!(qr(&CARD.replace("Atelier", &"x".repeat(900))).is_none());
    }
}
