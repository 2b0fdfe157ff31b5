//! Straightening a photo taken at a slight angle before it is read: Tesseract reads
//! letters, and accents most of all, better on level lines ("hbouchard" came back
//! "nbouchard", "Zoë" as "Zoé" on a card turned 4°).
//!
//! The angle is the one at which the dark marks (letters, the card's edges) stack into the
//! sharpest rows: for each angle tried, marks are counted by row along that slant, and the
//! sum of the squared counts is highest when rows of text line up.

use image::GrayImage;

/// Angles tried, in degrees either side of level; a phone photo of a card is rarely more
/// askew than this, and a card turned a quarter is the EXIF tag's business.
const MAX_ANGLE: f32 = 12.0;
const STEP: f32 = 0.25;
/// Below this the photo is read as it is.
const MIN_ANGLE: f32 = 0.4;
/// The side of the copy the angle is measured on.
const MEASURE_SIDE: u32 = 800;

/// The slant of the text lines in degrees (`y` grows downwards: a positive angle is a line
/// going down to the right), or 0 when no slant stands out.
pub fn skew_angle(img: &GrayImage) -> f32 {
    let small = super::photo::fit(img.clone(), MEASURE_SIDE);
    let marks = dark_marks(&small);
    if marks.len() < 50 {
        return 0.0;
    }
    let h = small.height() as f32;
    let w = small.width() as f32;
    let mut best = (0.0f32, 0.0f64);
    let steps = (MAX_ANGLE / STEP).round() as i32;
    let mut level_score = 0.0;
    for k in -steps..=steps {
        let angle = k as f32 * STEP;
        let (s, c) = angle.to_radians().sin_cos();
        // Rows along the slant; the offset keeps them positive.
        let offset = w * s.abs();
        let rows = (h + 2.0 * offset) as usize + 2;
        let mut counts = vec![0u32; rows];
        for &(x, y) in &marks {
            let r = (y * c - x * s + offset).round();
            if r >= 0.0 && (r as usize) < rows {
                counts[r as usize] += 1;
            }
        }
        let score: f64 = counts.iter().map(|&n| f64::from(n) * f64::from(n)).sum();
        if k == 0 {
            level_score = score;
        }
        if score > best.1 {
            best = (angle, score);
        }
    }
    // A slant must stand out from level clearly, or the photo is left as it is.
    if best.0.abs() < MIN_ANGLE || best.1 < level_score * 1.05 {
        0.0
    } else {
        best.0
    }
}

/// Pixels clearly darker than their surroundings: ink on paper, not a dark table.
fn dark_marks(img: &GrayImage) -> Vec<(f32, f32)> {
    let (w, h) = (img.width() as usize, img.height() as usize);
    // An integral image for the mean of a square around each pixel.
    let mut sum = vec![0u64; (w + 1) * (h + 1)];
    for y in 0..h {
        let mut row = 0u64;
        for x in 0..w {
            row += u64::from(img.get_pixel(x as u32, y as u32).0[0]);
            sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + row;
        }
    }
    let r = 12usize;
    let mut marks = Vec::new();
    for y in 0..h {
        let (y0, y1) = (y.saturating_sub(r), (y + r + 1).min(h));
        for x in 0..w {
            let (x0, x1) = (x.saturating_sub(r), (x + r + 1).min(w));
            let total = sum[y1 * (w + 1) + x1] + sum[y0 * (w + 1) + x0]
                - sum[y0 * (w + 1) + x1]
                - sum[y1 * (w + 1) + x0];
            let mean = total as f32 / ((x1 - x0) * (y1 - y0)) as f32;
            let p = f32::from(img.get_pixel(x as u32, y as u32).0[0]);
            if p < mean - 25.0 && p < 160.0 {
                marks.push((x as f32, y as f32));
            }
        }
    }
    marks
}

/// `img` turned so that lines slanted by `angle` degrees come out level; the corners
/// brought in are white.
pub fn rotate(img: &GrayImage, angle: f32) -> GrayImage {
    let (w, h) = img.dimensions();
    if w < 2 || h < 2 {
        return img.clone();
    }
    let (s, c) = angle.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let src = img.as_raw();
    let stride = w as usize;
    GrayImage::from_fn(w, h, |x, y| {
        let dx = x as f32 - cx;
        let dy = y as f32 - cy;
        let u = dx * c - dy * s + cx;
        let v = dx * s + dy * c + cy;
        if u < 0.0 || v < 0.0 || u > (w - 1) as f32 || v > (h - 1) as f32 {
            return image::Luma([255]);
        }
        let (x0, y0) = (u.floor() as usize, v.floor() as usize);
        let (x1, y1) = ((x0 + 1).min(w as usize - 1), (y0 + 1).min(h as usize - 1));
        let (fx, fy) = (u - x0 as f32, v - y0 as f32);
        let p = |x: usize, y: usize| f32::from(src[y * stride + x]);
        let top = p(x0, y0) * (1.0 - fx) + p(x1, y0) * fx;
        let bottom = p(x0, y1) * (1.0 - fx) + p(x1, y1) * fx;
        image::Luma([(top * (1.0 - fy) + bottom * fy).round() as u8])
    })
}

/// Straightens `img` if its text is slanted; returns the angle corrected.
pub fn straighten(img: GrayImage) -> (GrayImage, f32) {
    let angle = skew_angle(&img);
    if angle == 0.0 {
        (img, 0.0)
    } else {
        (rotate(&img, angle), angle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows of dashes (words) slanted by `angle` degrees on grey paper, on a dark table.
    fn page(angle: f32) -> GrayImage {
        let (w, h) = (900u32, 600u32);
        let t = angle.to_radians().tan();
        GrayImage::from_fn(w, h, |x, y| {
            let (xf, yf) = (x as f32, y as f32);
            if !(60..840).contains(&x) || !(40..560).contains(&y) {
                return image::Luma([70]);
            }
            // Level coordinate of this pixel.
            let row = yf - (xf - 450.0) * t;
            let in_line = (row as i32).rem_euclid(60) < 14 && row > 80.0 && row < 520.0;
            let in_word = (x / 40) % 3 != 2 && x > 100 && x < 800;
            image::Luma([if in_line && in_word { 20 } else { 235 }])
        })
    }

    #[test]
    fn the_slant_of_text_lines_is_found() {
        for angle in [-6.0f32, -3.0, -1.5, 2.0, 4.5, 9.0] {
            let found = skew_angle(&page(angle));
            assert!((found - angle).abs() <= 0.5, "{angle}: found {found}");
        }
        assert_eq!(skew_angle(&page(0.0)), 0.0);
        assert_eq!(skew_angle(&page(0.2)), 0.0);
        // Nothing to measure.
        assert_eq!(
            skew_angle(&GrayImage::from_pixel(300, 200, image::Luma([200]))),
            0.0
        );
    }

    #[test]
    fn straightened_text_is_level() {
        let (level, angle) = straighten(page(4.0));
        assert!((angle - 4.0).abs() <= 0.5, "{angle}");
        assert!(skew_angle(&level).abs() <= 0.5);
        let (same, angle) = straighten(page(0.0));
        assert_eq!(angle, 0.0);
        assert_eq!(same, page(0.0));
        assert_eq!(rotate(&GrayImage::new(1, 5), 3.0).dimensions(), (1, 5));
    }
}
