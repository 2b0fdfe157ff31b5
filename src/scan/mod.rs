//! Reading business cards from photos: the photo (orientation, size, hash), its QR codes,
//! its printed text through Tesseract, and the sorting of what was read into a card.

pub mod classify;
