//! Folding text so that accents, case and ligatures never get in the way of a match:
//! "Frédéric" and "frederic", "Œuvre" and "oeuvre", "Côté" and "COTE" fold alike — typed
//! composed (NFC) or decomposed (NFD, as macOS and some keyboards send it).
//!
//! Also what makes text safe to show: `escape_unsafe` turns the characters a terminal
//! would obey instead of showing (escapes, bells, bidirectional overrides) into visible
//! `\u{…}` escapes.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `s` in Unicode's composed form (NFC): "e" followed by a combining acute accent becomes
/// "é". Borrowed when it already is (nearly always: ASCII is).
pub fn nfc(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
/// reorder how the text around them is drawn, so that a name can show as another.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether a terminal would act on `c` rather than show it: a control character (C0, DEL,
/// C1) or a bidirectional control.
pub fn is_unsafe_to_show(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// `s` with every character a terminal would act on written as a visible `\u{1b}`
/// escape; newlines (and tabs) are kept when `keep_lines`. Borrowed when nothing needs it.
pub fn escape_unsafe(s: &str, keep_lines: bool) -> Cow<'_, str> {
    let unsafe_here = |c: char| is_unsafe_to_show(c) && !(keep_lines && (c == '\n' || c == '\t'));
    if !s.chars().any(unsafe_here) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_here(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Folds `s` for comparison: composed (NFC), transliterated to ASCII where a
/// transliteration exists, lower-cased, with runs of whitespace collapsed to one space and
/// the ends trimmed.
pub fn fold(s: &str) -> String {
    let s = nfc(s);
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
    fn folds_composed_and_decomposed_alike() {
        assert_eq!(fold("Fre\u{301}de\u{301}ric"), "frederic");
        assert_eq!(fold("Fre\u{301}de\u{301}ric"), fold("Frédéric"));
        assert_eq!(fold("Co\u{302}te\u{301}"), "cote");
        assert!(matches!(nfc("Zoë Łukasz 安藤"), Cow::Borrowed(_)));
        assert_eq!(nfc("Que\u{301}bec"), "Québec");
    }

    #[test]
    fn unsafe_characters_are_made_visible() {
        assert!(matches!(escape_unsafe("Zoë\tx\ny", true), Cow::Borrowed(_)));
        assert_eq!(
            escape_unsafe("a\u{1b}[2Jb\u{7}", false),
            "a\\u{1b}[2Jb\\u{7}"
        );
        assert_eq!(escape_unsafe("x\ny\tz", false), "x\\u{a}y\\u{9}z");
        assert_eq!(escape_unsafe("x\ny", true), "x\ny");
        assert_eq!(
            escape_unsafe("\u{202E}abc\u{2066}", true),
            "\\u{202e}abc\\u{2066}"
        );
        assert_eq!(
            escape_unsafe("\u{9b}\u{7f}\u{0}", true),
            "\\u{9b}\\u{7f}\\u{0}"
        );
        assert!(!is_unsafe_to_show('\u{200D}'));
        assert!(is_bidi_control('\u{202A}') && is_bidi_control('\u{2069}'));
        assert!(!is_bidi_control('\u{2029}') && !is_bidi_control('\u{206A}'));
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
