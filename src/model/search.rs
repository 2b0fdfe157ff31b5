//! Recall search, the pure half: what the user typed as search terms, and the snippet that
//! shows why a contact matched.

use serde::Serialize;

use super::text::{fold, folded_words};
use super::ContactId;

/// The folded words of a query, grouped by what was typed between spaces: "fred@example.org
/// choco" gives [[fred, example, org], [choco]]. Every character the search syntax could
/// read as an operator (quotes, `*`, `-`, `:`, parentheses) is a separator here, and words
/// like AND or NEAR are plain words, so no input is ever a syntax error.
pub fn query_terms(query: &str) -> Vec<Vec<String>> {
    query
        .split_whitespace()
        .map(folded_words)
        .filter(|w| !w.is_empty())
        .collect()
}

/// One contact found by `search`: the best-matching field and a snippet of it.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub contact_id: ContactId,
    pub name: String,
    /// Which field matched: name, company, title, city, how_met, tag, note, encounter,
    /// event, card or email.
    pub matched: String,
    pub snippet: String,
    pub archived: bool,
    /// The whole text of the matched field.
    #[serde(skip)]
    pub text: String,
}

/// Whether a folded word matches a term: whole words, and the very last term as a prefix.
fn word_matches(word: &str, terms: &[&str], prefix: Option<&str>) -> bool {
    terms.contains(&word) || prefix.is_some_and(|p| word.starts_with(p))
}

/// At most `width` characters of `text` around the first matching word, on one line, cut
/// at word boundaries with "…", the matching words wrapped in `mark` when given.
pub fn snippet(
    text: &str,
    terms: &[Vec<String>],
    width: usize,
    mark: Option<(&str, &str)>,
) -> String {
    let flat: Vec<&str> = terms.iter().flatten().map(String::as_str).collect();
    let prefix = flat.last().copied();
    let chars: Vec<char> = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();

    // Words as runs of letters and digits, by char index, with whether each matches.
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            let start = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let f = fold(&word);
            let hit = word_matches(&f, &flat, prefix)
                || folded_words(&word)
                    .iter()
                    .any(|w| word_matches(w, &flat, prefix));
            words.push((start, i, hit));
        } else {
            i += 1;
        }
    }

    let (mut start, mut end) = (0, chars.len());
    if chars.len() > width {
        let first = words.iter().find(|w| w.2).map_or(0, |w| w.0);
        start = first.saturating_sub(width / 3);
        if start + width > chars.len() {
            start = chars.len().saturating_sub(width);
        }
        // Start and end on word boundaries.
        if start > 0 {
            if let Some(w) = words.iter().find(|w| w.0 >= start) {
                start = w.0.min(first);
            }
        }
        end = (start + width).min(chars.len());
        if end < chars.len() {
            if let Some(w) = words.iter().rev().find(|w| w.1 <= end && w.0 > start) {
                end = w.1;
            }
        }
    }

    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut pos = start;
    for &(ws, we, hit) in words.iter().filter(|w| w.0 >= start && w.1 <= end) {
        out.extend(&chars[pos..ws]);
        match (hit, mark) {
            (true, Some((open, close))) => {
                out.push_str(open);
                out.extend(&chars[ws..we]);
                out.push_str(close);
            }
            _ => out.extend(&chars[ws..we]),
        }
        pos = we;
    }
    out.extend(&chars[pos..end]);
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_fold_and_drop_search_syntax() {
        assert_eq!(
            query_terms("Frédéric \"CHOCO*\" -x (a:b) NEAR AND"),
            vec![
                vec!["frederic".to_owned()],
                vec!["choco".to_owned()],
                vec!["x".to_owned()],
                vec!["a".to_owned(), "b".to_owned()],
                vec!["near".to_owned()],
                vec!["and".to_owned()]
            ]
        );
        assert!(query_terms("  \"*\" -- ( ) :").is_empty());
        assert_eq!(query_terms("Œuvre"), vec![vec!["oeuvre".to_owned()]]);
    }

    #[test]
    fn snippet_marks_whole_words_and_the_last_prefix() {
        let t = query_terms("marie choco");
        assert_eq!(
            snippet("Marie's partner is a Chocolatier", &t, 80, Some(("[", "]"))),
            "[Marie]'s partner is a [Chocolatier]"
        );
        // Folded comparison: ligatures and accents.
        let t = query_terms("oeuvre");
        assert_eq!(
            snippet("Œuvre de Côté", &t, 80, Some(("[", "]"))),
            "[Œuvre] de Côté"
        );
    }

    #[test]
    fn long_text_is_cut_around_the_first_match() {
        let text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod \
                    tempor incididunt ut labore et dolore magna aliqua. Her brother is a \
                    chocolatier in Lyon and she loves jazz. Ut enim ad minim veniam, quis \
                    nostrud exercitation ullamco laboris.";
        let s = snippet(text, &query_terms("chocolat"), 60, None);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("chocolatier"), "{s}");
        assert!(s.chars().count() <= 62, "{s}");
        // Newlines never reach a one-line snippet.
        assert_eq!(snippet("a\n\nb  c", &query_terms("b"), 60, None), "a b c");
    }

    #[test]
    fn no_match_in_the_text_shows_its_start() {
        let s = snippet(&"word ".repeat(40), &query_terms("zzz"), 20, None);
        assert!(s.starts_with("word word"), "{s}");
        assert!(s.ends_with('…'));
    }
}
