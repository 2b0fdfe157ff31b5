//! Folding text so that accents, case and ligatures never get in the way of a match:
//! "Frédéric" and "frederic", "Œuvre" and "oeuvre", "Côté" and "COTE" fold alike.

/// Folds `s` for comparison: transliterated to ASCII where a transliteration exists,
/// lower-cased, with runs of whitespace collapsed to one space and the ends trimmed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for ch in s.chars() {
        if ch.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        // ASCII, most of any text, without a String per character: folding the notes of a
        // 10,000-card import for the search index spent most of its time allocating.
        if ch.is_ascii() {
            out.push(ch.to_ascii_lowercase());
            continue;
        }
        match deunicode::deunicode_char(ch) {
            // Transliterations of CJK and the like come with trailing spaces.
            Some(t) if !t.trim().is_empty() => {
                for c in t.trim().chars() {
                    out.extend(c.to_lowercase());
                }
            }
            _ => out.extend(ch.to_lowercase()),
        }
    }
    out
}

/// The folded words of `s`, split on anything that is not a letter or a digit.
pub fn folded_words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Trims `s` and returns `None` when nothing is left.
pub fn non_empty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_ligatures() {
        assert_eq!(fold("Frédéric Duval"), "frederic duval");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("  Côté   Québec "), "cote quebec");
        assert_eq!(fold("Łukasz"), "lukasz");
        assert_eq!(fold("Zoë"), "zoe");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn folds_ascii_and_mixed_text_alike() {
        assert_eq!(fold("\tHello,\r\n  WORLD-42 \u{b}"), "hello, world-42");
        assert_eq!(fold("ÉCOLE  d'Été"), "ecole d'ete");
        assert_eq!(
            fold("'; DROP TABLE contacts; --"),
            "'; drop table contacts; --"
        );
    }

    #[test]
    fn folds_cjk_without_stray_spaces() {
        let f = fold("安藤");
        assert!(!f.is_empty());
        assert!(!f.ends_with(' '));
    }

    #[test]
    fn splits_words_on_punctuation() {
        assert_eq!(
            folded_words("Jean-Éric O'Brien"),
            ["jean", "eric", "o", "brien"]
        );
    }
}
