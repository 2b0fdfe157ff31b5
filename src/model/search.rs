//! Recall search, the pure half: how a text is turned into the words the index holds, how
//! what the user typed becomes search terms, whether a word of a text matches a term, and
//! the snippet that shows where it was found.
//!
//! Words are compared as people type them: folded (accents, case and ligatures aside:
//! "oeuvre" finds "Œuvre"), singular and plural alike (`stem`), without the little words of
//! French and English (`STOP_WORDS`, dropped from queries only), and phone numbers by their
//! digits, the last four or more being enough (`phone_key`).

use std::collections::BTreeSet;

use serde::Serialize;

use super::text::{fold, folded_words};
use super::ContactId;

/// Words too common to tell people apart, in French and English, folded. A query drops
/// them ("the chocolatier with chili pralines" searches chocolatier, chili, pralines)
/// unless it holds nothing else. Single letters are elisions (l', d', qu'…) and "a"/"y".
/// Sorted, for `binary_search`.
pub const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "ai", "al", "an", "and", "are", "as", "at", "au", "aux", "avec", "be",
    "but", "by", "c", "ca", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle",
    "en", "est", "et", "for", "from", "had", "has", "have", "he", "her", "his", "i", "il", "in",
    "is", "it", "its", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "me",
    "mes", "mon", "my", "n", "ne", "nos", "notre", "nous", "of", "on", "or", "ou", "par", "pas",
    "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "she", "son", "sur", "t", "ta", "te",
    "tes", "that", "the", "their", "them", "they", "this", "to", "ton", "tu", "un", "une", "vos",
    "votre", "vous", "was", "we", "were", "who", "with", "y", "you", "your",
];

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// The form a folded word is indexed and searched under: singular and plural alike, in
/// French and English. A light stemmer of our own, deliberately narrow (Snowball's French
/// stemmer also cuts "chocolatier" to "chocolati" and "Marie" to "mar"):
///
/// - a final `s` goes (`pralines` → `praline`, `cartes` → `carte`), except after another
///   `s` (`business`);
/// - `-aux` becomes `-al` (`journaux` → `journal`), a final `x` after `eu`, `ou` or `au`
///   goes (`jeux` → `jeu`, `bijoux` → `bijou`, `bureaux` → `bureau`);
/// - then `-ie` and `-y` both become `-y`, so that `companies` → `company` and
///   `séries`/`série` → `sery` (French and English disagree on -ies).
///
/// Words of three letters or fewer, and words with digits, are kept as they are. The same
/// function reads the index and the query, so an odd stem ("sophy" for Sophie) is never
/// seen, only matched.
pub fn stem(word: &str) -> String {
    let n = word.chars().count();
    if n <= 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_owned();
    }
    let mut w = word.to_owned();
    if w.ends_with("aux") && !w.ends_with("eaux") {
        w.truncate(w.len() - 3);
        w.push_str("al");
    } else if w.ends_with("eux")
        || w.ends_with("oux")
        || w.ends_with("aux")
        || (w.ends_with('s') && !w.ends_with("ss"))
    {
        w.pop();
    }
    if w.ends_with("ie") && w.chars().count() > 3 {
        w.truncate(w.len() - 2);
        w.push('y');
    }
    w
}

/// The words of `text` as the index holds them: folded, stemmed, separated by spaces.
pub fn index_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in folded_words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stem(&w));
    }
    out
}

/// Where a piece of a person's record stands in the ranking: their own name, company or
/// title; a detail about them (city, tag, email, project…); something said about them (a
/// note, an encounter, an event…); or a phone number (a detail, matched on its digits).
/// `search_source.sql` names them `own`, `about`, `mentions` and `phones`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Own,
    About,
    Mentions,
    Phones,
}

impl Tier {
    pub fn of(col: &str) -> Tier {
        match col {
            "own" => Tier::Own,
            "about" => Tier::About,
            "phones" => Tier::Phones,
            _ => Tier::Mentions,
        }
    }

    /// How much a word found here weighs in the ranking.
    pub fn weight(self) -> i64 {
        match self {
            Tier::Own => 100,
            Tier::About | Tier::Phones => 30,
            Tier::Mentions => 10,
        }
    }
}

/// The index holds every word once as itself, and again with a mark for the words of a
/// person's own fields (`o_`) and of the details about them (`a_`), so that the ranking
/// finds who holds a word in their name or title through a list as short as the people
/// who do; phone numbers only with theirs (`t_`, then the reversed digits). The mark's `_`
/// is a word character for the index's tokenizer (`tokenchars '_'`) and never one of a
/// typed word (`folded_words` splits on it), so no query reads a marked word by accident.
const OWN: &str = "o_";
const ABOUT: &str = "a_";
const PHONE: &str = "t_";

/// The words the index holds for a piece of text of `tier` (see `OWN`).
pub fn index_tokens(tier: Tier, text: &str) -> String {
    if tier == Tier::Phones {
        return phone_key(text)
            .map(|k| format!("{PHONE}{k}"))
            .unwrap_or_default();
    }
    let words = index_text(text);
    let mark = match tier {
        Tier::Own => OWN,
        Tier::About => ABOUT,
        _ => return words,
    };
    let marked: Vec<String> = words
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| format!("{mark}{w}"))
        .collect();
    if marked.is_empty() {
        return words;
    }
    format!("{words} {}", marked.join(" "))
}

/// A phone number as the index holds it: its digits in reverse order, so that the last
/// digits typed are a prefix ("4567" finds +1 514 555-4567). `None` without a digit.
pub fn phone_key(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    (!digits.is_empty()).then(|| digits.chars().rev().collect())
}

/// The digits looked for when a number is typed: without the leading zeros of a trunk
/// prefix ("06 12…" is "+33 6 12…"), and at most the last nine, so that "+1 514 555 4567"
/// also finds a number stored without its country code. Reversed, like `phone_key`.
fn phone_query(digits: &str) -> String {
    let significant = digits.trim_start_matches('0');
    let start = significant.len().saturating_sub(PHONE_DIGITS);
    significant[start..].chars().rev().collect()
}

/// How many trailing digits of a typed number are compared.
const PHONE_DIGITS: usize = 9;

/// A typed run of digits counts as a phone number from this many digits on.
pub const PHONE_MIN_DIGITS: usize = 4;

/// One thing to find: a word, or a number typed in one or several groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Word(Word),
    /// Digits typed in groups ("514 555-4567", "+1", "75011"): a phone number ending with
    /// them, or else every group as a word.
    Number {
        groups: Vec<String>,
        phone: String,
    },
}

/// A word of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// As typed, folded.
    pub typed: String,
    /// As indexed (`stem`).
    pub stem: String,
    /// Whether longer words starting with it match too (the last word typed).
    pub prefix: bool,
    /// Words of the index one letter away, searched instead when nothing matched exactly.
    pub close: Vec<String>,
}

impl Word {
    fn new(typed: &str, prefix: bool) -> Word {
        Word {
            typed: typed.to_owned(),
            stem: stem(typed),
            prefix,
            close: Vec::new(),
        }
    }

    /// Whether a one-letter mistake is allowed in it: five letters or more.
    pub fn may_be_misspelt(&self) -> bool {
        self.typed.chars().count() >= TYPO_MIN_LETTERS
            && self.typed.chars().all(char::is_alphabetic)
    }
}

/// Words shorter than this must be typed exactly.
pub const TYPO_MIN_LETTERS: usize = 5;

/// A prefix shorter than this would match too much: such a last word is a whole word.
const PREFIX_MIN: usize = 2;

impl Term {
    /// What to show for the term: the word or the number as typed (folded).
    pub fn typed(&self) -> String {
        match self {
            Term::Word(w) => w.typed.clone(),
            Term::Number { groups, .. } => groups.join(" "),
        }
    }
}

/// What the user typed as search terms: words folded and split on anything that is not a
/// letter or a digit (so no character is ever read as search syntax: quotes, `*`, `-`,
/// `:`, parentheses, and AND, OR, NEAR are plain words), little words dropped unless
/// nothing else is left, consecutive groups of digits read as one number, the last word a
/// prefix.
pub fn parse_query(query: &str) -> Vec<Term> {
    let words = folded_words(query);
    let all_little = words.iter().all(|w| is_stop_word(w));
    let mut terms: Vec<Term> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut i = 0;
    while i < words.len() {
        if words[i].bytes().all(|b| b.is_ascii_digit()) {
            let start = i;
            while i < words.len() && words[i].bytes().all(|b| b.is_ascii_digit()) {
                i += 1;
            }
            let groups = words[start..i].to_vec();
            let digits: String = groups.concat();
            if digits.len() >= PHONE_MIN_DIGITS && !phone_query(&digits).is_empty() {
                if seen.insert(digits.clone()) {
                    terms.push(Term::Number {
                        phone: phone_query(&digits),
                        groups,
                    });
                }
            } else {
                for g in groups {
                    if seen.insert(g.clone()) {
                        terms.push(Term::Word(Word::new(&g, false)));
                    }
                }
            }
            continue;
        }
        let w = &words[i];
        i += 1;
        if (all_little || !is_stop_word(w)) && seen.insert(w.clone()) {
            terms.push(Term::Word(Word::new(w, false)));
        }
    }
    // The last word typed is a prefix when it is the last term.
    let last_typed = words.last();
    if let Some(Term::Word(w)) = terms.last_mut() {
        if Some(&w.typed) == last_typed
            && w.typed.chars().count() >= PREFIX_MIN
            && !w.typed.bytes().all(|b| b.is_ascii_digit())
        {
            w.prefix = true;
        }
    }
    terms
}

/// A phrase of the FTS5 query language for one index word (words hold only letters, digits
/// and marks, so no quote needs escaping).
fn quoted(word: &str, prefix: bool) -> String {
    if prefix {
        format!("\"{word}\"*")
    } else {
        format!("\"{word}\"")
    }
}

/// The forms of a word that match, with `mark` before each, as FTS5 phrases joined by OR.
fn word_forms(w: &Word, mark: &str) -> String {
    let mut forms: Vec<String> = vec![quoted(&format!("{mark}{}", w.stem), false)];
    if w.prefix && w.typed.chars().count() >= PREFIX_MIN {
        forms.push(quoted(&format!("{mark}{}", w.typed), true));
    }
    for c in &w.close {
        forms.push(quoted(&format!("{mark}{c}"), false));
    }
    format!("({})", forms.join(" OR "))
}

/// The FTS5 expression finding `term` anywhere in a person's record (`None`), or in the
/// words of their own fields, or of the details about them (which take phone numbers).
pub fn term_expression(term: &Term, tier: Option<Tier>) -> String {
    let mark = match tier {
        None | Some(Tier::Mentions) => "",
        Some(Tier::Own) => OWN,
        Some(Tier::About | Tier::Phones) => ABOUT,
    };
    match term {
        Term::Word(w) => word_forms(w, mark),
        Term::Number { groups, phone } => {
            let plain: Vec<String> = groups
                .iter()
                .map(|g| quoted(&format!("{mark}{}", stem(g)), false))
                .collect();
            let plain = format!("({})", plain.join(" AND "));
            match tier {
                Some(Tier::Own) => plain,
                _ => format!("({} OR {plain})", quoted(&format!("{PHONE}{phone}"), true)),
            }
        }
    }
}

/// The FTS5 expression finding every term somewhere in a person's record. `None` without
/// terms.
pub fn match_expression(terms: &[Term]) -> Option<String> {
    let parts: Vec<String> = terms.iter().map(|t| term_expression(t, None)).collect();
    (!parts.is_empty()).then(|| parts.join(" AND "))
}

/// Whether a folded word of a text matches a query word.
fn word_matches(word: &str, w: &Word) -> bool {
    w.matches_exactly(word) || w.close.contains(&stem(word))
}

impl Word {
    /// Whether a folded word of a text is this word, in the singular or the plural, or
    /// (for the last word typed) starts with it.
    pub fn matches_exactly(&self, word: &str) -> bool {
        stem(word) == self.stem || (self.prefix && word.starts_with(&self.typed))
    }
}

/// Whether `text` (of the field `is_phone` says) holds `term`, and the folded words of the
/// text that make it so.
pub fn found_in(text: &str, is_phone: bool, term: &Term) -> Option<Vec<String>> {
    match term {
        Term::Word(w) => {
            let hits: Vec<String> = folded_words(text)
                .into_iter()
                .filter(|word| word_matches(word, w))
                .collect();
            (!hits.is_empty()).then_some(hits)
        }
        Term::Number { groups, phone } => {
            if is_phone && phone_key(text).is_some_and(|k| k.starts_with(phone.as_str())) {
                // Every group of digits of the number is marked.
                return Some(
                    folded_words(text)
                        .into_iter()
                        .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
                        .collect(),
                );
            }
            let words = folded_words(text);
            groups
                .iter()
                .all(|g| words.contains(g))
                .then(|| groups.clone())
        }
    }
}

/// One contact found by `search`: where its best match is, and where each word was found.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub contact_id: ContactId,
    pub name: String,
    /// The field of the best match: name, company, title, city, how_met, tag, note,
    /// encounter, event, card, email, phone, link, follow_up, project, project_note,
    /// introduced_by or introduced.
    pub matched: String,
    /// A snippet of that field with the words found.
    pub snippet: String,
    pub archived: bool,
    /// Each word searched and the field it was found in, best field first.
    pub found: Vec<Found>,
    /// False when the words were found only with a one-letter mistake allowed.
    pub exact: bool,
    /// The whole text of the matched field.
    #[serde(skip)]
    pub text: String,
}

/// Where one word of the query was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    /// The word (or number) as typed, folded.
    pub word: String,
    pub field: String,
    pub snippet: String,
    /// The word of the record that stood in for a misspelt one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instead: Option<String>,
    /// The whole text of the field.
    #[serde(skip)]
    pub text: String,
    /// The folded words of the text that matched a word of the query, to mark them.
    #[serde(skip)]
    pub marked: Vec<String>,
}

/// At most `width` characters of `text` around the first of `marked` (folded words), on
/// one line, cut at word boundaries with "…", those words wrapped in `mark` when given.
pub fn snippet(text: &str, marked: &[String], width: usize, mark: Option<(&str, &str)>) -> String {
    let chars: Vec<char> = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .collect();

    // Words as runs of letters and digits, by char index, with whether each is marked.
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            let start = i;
            while i < chars.len() && chars[i].is_alphanumeric() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let hit = marked.contains(&fold(&word))
                || folded_words(&word).iter().any(|w| marked.contains(w));
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
mod tests;
