//! Writes photos of business cards made like the tests' (DejaVu text, QR codes, a slight
//! turn, a table around the card), for the benchmark and for looking at by hand:
//!
//!     cargo run --release --example card_photo -- OUT_DIR            # the tests' deck, PNG
//!     cargo run --release --example card_photo -- OUT_DIR --big      # one 3000 × 2000 JPEG
//!
//! Needs fonts-dejavu-core. Prints the paths written, one a line.

#![allow(clippy::unwrap_used)]

#[path = "../tests/cli/cardgen.rs"]
mod cardgen;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: card_photo OUT_DIR [--big]");
        return ExitCode::from(2);
    };
    let fonts = match cardgen::Fonts::load() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let deck = cardgen::deck();
    if args.iter().any(|a| a == "--big") {
        // A phone photo: 3000 × 2000, the card filling two thirds of the width.
        let mut s = deck.into_iter().next().unwrap();
        s.shot = cardgen::Shot {
            width: 3000,
            height: 2000,
            fill: 0.66,
            angle: 2.0,
            ..cardgen::Shot::default()
        };
        let path = dir.join("card-3000x2000.jpg");
        let img = cardgen::photo(&fonts, &s);
        if let Err(e) = img.save(&path) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
        return ExitCode::SUCCESS;
    }
    for s in &deck {
        let path = dir.join(s.file);
        if let Err(e) = cardgen::photo(&fonts, s).save(&path) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}
