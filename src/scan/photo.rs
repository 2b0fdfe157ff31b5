//! A photo as the reader needs it: its bytes hashed (to know it again), decoded with its
//! EXIF orientation applied (phones store a turned picture and a tag that says so), in grey,
//! and brought to a size Tesseract reads fast and well.

use std::path::Path;

use image::{DynamicImage, GrayImage, ImageDecoder, ImageReader};
use sha2::{Digest, Sha256};

use super::ScanError;

/// The longest side a photo is brought to before reading: large enough for the small
/// print of a card that fills half the frame, small enough for Tesseract to read a
/// 3000 × 2000 photo within a couple of seconds. Smaller photos are read as they are.
pub const READ_SIDE: u32 = 2200;

/// The most memory decoding may take (a 48-megapixel phone photo is about 150 MB).
const MAX_DECODE_BYTES: u64 = 400 * 1024 * 1024;

/// `sha256:` and the hex digest of `bytes`: what tells a photo already filed.
pub fn content_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Decodes a JPEG or PNG, upright, in grey, its longest side at most `READ_SIDE`.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<GrayImage, ScanError> {
    let bad = |reason: String| ScanError::NotAnImage {
        path: path.to_owned(),
        reason,
    };
    let reader = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| bad(e.to_string()))?;
    match reader.format() {
        Some(image::ImageFormat::Jpeg | image::ImageFormat::Png) => {}
        _ => return Err(bad(crate::tr!("scan-not-jpeg-png"))),
    }
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    let mut reader = reader;
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|e| bad(e.to_string()))?;
    // A damaged EXIF block must not stop the reading: the photo is then taken as stored.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| bad(e.to_string()))?;
    img.apply_orientation(orientation);
    let grey = img.into_luma8();
    Ok(fit(grey, READ_SIDE))
}

/// Shrinks `img` so that its longest side is at most `side`.
pub fn fit(img: GrayImage, side: u32) -> GrayImage {
    let (w, h) = img.dimensions();
    let longest = w.max(h);
    if longest <= side || longest == 0 {
        return img;
    }
    let scale = f64::from(side) / f64::from(longest);
    let nw = ((f64::from(w) * scale).round() as u32).max(1);
    let nh = ((f64::from(h) * scale).round() as u32).max(1);
    image::imageops::resize(&img, nw, nh, image::imageops::FilterType::Triangle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_sha256_of_the_bytes() {
        assert_eq!(
            content_hash(b"abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn large_photos_are_shrunk_to_the_reading_size_and_small_ones_kept() {
        let img = fit(GrayImage::new(3000, 2000), READ_SIDE);
        assert_eq!(img.dimensions(), (2200, 1467));
        let img = fit(GrayImage::new(1000, 3000), 1500);
        assert_eq!(img.dimensions(), (500, 1500));
        let img = fit(GrayImage::new(800, 600), READ_SIDE);
        assert_eq!(img.dimensions(), (800, 600));
        let img = fit(GrayImage::new(2200, 10), READ_SIDE);
        assert_eq!(img.dimensions(), (2200, 10));
    }

    #[test]
    fn what_is_not_a_jpeg_or_png_is_refused_by_name() {
        let p = Path::new("/x/notes.txt");
        for bytes in [&b"hello"[..], b"", b"GIF89a\x01\x00\x01\x00"] {
            match decode(p, bytes) {
                Err(ScanError::NotAnImage { path, .. }) => assert_eq!(path, p),
                other => panic!("{other:?}"),
            }
        }
        // A PNG cut short.
        let mut png = Vec::new();
        image::DynamicImage::new_luma8(10, 10)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert!(matches!(
            decode(p, &png[..png.len() / 2]),
            Err(ScanError::NotAnImage { .. })
        ));
        assert_eq!(decode(p, &png).unwrap().dimensions(), (10, 10));
    }
}
