//! Reading printed text with Tesseract. carnet runs the `tesseract` program rather than
//! linking the library, so that `cargo install` works where Tesseract is absent and only
//! `card scan` needs it. The image goes in on stdin as a PGM; the words come back as TSV
//! (one row per word, with its box and confidence), grouped here into lines.

use std::io::Write;
use std::process::{Command, Stdio};

use image::GrayImage;

use super::classify::{Line, Word};
use super::ScanError;

/// The program's name, looked up on PATH.
const PROGRAM: &str = "tesseract";

/// Tesseract, found, with the languages it will read in.
#[derive(Debug, Clone)]
pub struct Tesseract {
    /// `fra+eng`, or whichever of the two is installed.
    pub languages: String,
    /// Whether the French data is missing (accents are then often misread).
    pub without_french: bool,
}

impl Tesseract {
    /// Finds Tesseract and its French and English data.
    pub fn find() -> Result<Tesseract, ScanError> {
        let out = Command::new(PROGRAM)
            .arg("--list-langs")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied => {
                    ScanError::TesseractMissing
                }
                _ => ScanError::TesseractCannotRun(e.to_string()),
            })?;
        // Old versions list the languages on stderr.
        let listing = format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let installed: Vec<&str> = listing.lines().map(str::trim).collect();
        let wanted: Vec<&str> = ["fra", "eng"]
            .into_iter()
            .filter(|l| installed.contains(l))
            .collect();
        if wanted.is_empty() {
            return Err(ScanError::TesseractNoLanguage);
        }
        Ok(Tesseract {
            without_french: !wanted.contains(&"fra"),
            languages: wanted.join("+"),
        })
    }

    /// Reads the printed lines of `img`.
    pub fn read(&self, img: &GrayImage) -> Result<Vec<Line>, ScanError> {
        let (w, h) = img.dimensions();
        let mut pgm = format!("P5\n{w} {h}\n255\n").into_bytes();
        pgm.extend_from_slice(img.as_raw());
        let mut child = Command::new(PROGRAM)
            .args([
                "stdin",
                "stdout",
                "-l",
                &self.languages,
                "--dpi",
                "300",
                "tsv",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => ScanError::TesseractMissing,
                _ => ScanError::TesseractCannotRun(e.to_string()),
            })?;
        // Written from another thread: Tesseract may start writing before it has read all.
        let mut stdin = child.stdin.take();
        let writer = std::thread::spawn(move || -> std::io::Result<()> {
            if let Some(s) = stdin.as_mut() {
                s.write_all(&pgm)?;
            }
            drop(stdin);
            Ok(())
        });
        let out = child
            .wait_with_output()
            .map_err(|e| ScanError::TesseractCannotRun(e.to_string()))?;
        let written = writer.join();
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            let last = err
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            return Err(ScanError::TesseractFailed {
                status: out.status.to_string(),
                detail: last.to_owned(),
            });
        }
        if let Ok(Err(e)) = written {
            return Err(ScanError::TesseractRefused(e.to_string()));
        }
        Ok(parse_tsv(&String::from_utf8_lossy(&out.stdout)))
    }
}

/// Tesseract's TSV as lines of words. Columns: level, page, block, paragraph, line, word,
/// left, top, width, height, confidence, text; words are level 5. Rows that do not parse
/// are skipped (the header among them).
pub fn parse_tsv(tsv: &str) -> Vec<Line> {
    let mut lines: Vec<((u32, u32, u32, u32), Line)> = Vec::new();
    for row in tsv.lines() {
        let cols: Vec<&str> = row.split('\t').collect();
        if cols.len() < 12 || cols[0] != "5" {
            continue;
        }
        let num = |i: usize| cols[i].trim().parse::<i32>().ok();
        let key = |i: usize| cols[i].trim().parse::<u32>().ok();
        let (Some(page), Some(block), Some(par), Some(line)) = (key(1), key(2), key(3), key(4))
        else {
            continue;
        };
        let (Some(left), Some(top), Some(width), Some(height)) = (num(6), num(7), num(8), num(9))
        else {
            continue;
        };
        let conf = cols[10].trim().parse::<f32>().unwrap_or(0.0);
        // The text is the rest of the row: a tab inside it is not a column.
        let text = cols[11..].join("\t").trim().to_owned();
        if text.is_empty() {
            continue;
        }
        let word = Word {
            text,
            left,
            top,
            width,
            height,
            conf,
        };
        let k = (page, block, par, line);
        match lines.iter_mut().find(|(lk, _)| *lk == k) {
            Some((_, l)) => l.words.push(word),
            None => lines.push((k, Line { words: vec![word] })),
        }
    }
    lines.into_iter().map(|(_, l)| l).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_words_are_grouped_into_lines() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   1\t1\t0\t0\t0\t0\t0\t0\t1600\t1200\t-1\t\n\
                   4\t1\t1\t1\t1\t0\t183\t309\t570\t59\t-1\t\n\
                   5\t1\t1\t1\t1\t1\t183\t309\t266\t59\t95.87\tKarine\n\
                   5\t1\t1\t1\t1\t2\t486\t309\t267\t59\t95.96\tLavoie\n\
                   5\t1\t2\t1\t1\t1\t179\t406\t187\t45\t92.1\tStratège\n\
                   5\t1\t2\t1\t1\t2\t387\t408\t220\t43\t96.3\t   \n\
                   5\t1\t2\t1\t2\t1\t10\t500\t20\t40\tx\tA\tB\n\
                   5\t1\tz\t1\t1\t1\t1\t1\t1\t1\t1\tbad key\n\
                   5\t1\t3\t1\t1\t1\t1\tq\t1\t1\t1\tbad box\n\
                   5\t1\t3\t1\t1\n";
        let lines = parse_tsv(tsv);
        let texts: Vec<Vec<&str>> = lines
            .iter()
            .map(|l| l.words.iter().map(|w| w.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts,
            [vec!["Karine", "Lavoie"], vec!["Stratège"], vec!["A\tB"]]
        );
        let w = &lines[0].words[1];
        assert_eq!((w.left, w.top, w.width, w.height), (486, 309, 267, 59));
        assert!((w.conf - 95.96).abs() < 0.001);
        assert_eq!(lines[2].words[0].conf, 0.0);
    }
}
