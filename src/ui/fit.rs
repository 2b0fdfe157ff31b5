//! Lines that fit the terminal: display widths (accents, wide CJK characters, emoji), and
//! cutting text to a width with "…" — at a word boundary when one is near — rather than
//! letting the terminal wrap a line in the middle of a word.
//!
//! A line of a screen is often made of a part that must stay whole (a date and an id), a
//! text that may be shortened, and a short tail worth keeping ("3 days late"):
//! [`fit_parts`] shortens the text first, then gives up the tail, then cuts what is left.

use unicode_width::UnicodeWidthChar;

/// The ellipsis ending a shortened text.
pub const ELLIPSIS: char = '…';

/// Under this many columns a shortened text says too little to keep a tail beside it.
const MIN_TEXT: usize = 12;

/// The columns `s` takes on a terminal. Control characters count as one column each: the
/// screens replace line breaks and tabs with spaces before fitting.
pub fn width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    if c.is_control() {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

/// One line: line breaks, tabs and other control characters each become a space, so that a
/// note typed on several lines cannot break a screen's layout.
pub fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `s` cut to at most `max` columns, ending with "…" when shortened. The cut goes back to
/// the last space when that keeps at least two thirds of the room (words stay whole), else
/// falls inside the word; blanks and separators left at the end (" —", " ·", ",") go.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    // Room for the text before the ellipsis, which takes one column.
    let room = max - 1;
    let mut used = 0;
    let mut cut = 0;
    for (i, c) in s.char_indices() {
        let w = char_width(c);
        if used + w > room {
            break;
        }
        used += w;
        cut = i + c.len_utf8();
    }
    let mut kept = &s[..cut];
    // The cut falls between two words when the next character is a blank.
    let at_boundary = s[cut..].starts_with(char::is_whitespace);
    if !at_boundary {
        if let Some(space) = kept.rfind(char::is_whitespace) {
            if width(&kept[..space]) * 3 >= room * 2 {
                kept = &kept[..space];
            }
        }
    }
    let kept = kept.trim_end_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
    let mut out = String::with_capacity(kept.len() + ELLIPSIS.len_utf8());
    out.push_str(kept);
    out.push(ELLIPSIS);
    out
}

/// Characters that read as a separator when a shortened text would end on them.
const SEPARATORS: [char; 9] = ['—', '–', '-', '·', ',', ';', ':', '(', '/'];

/// `head`, `text` and `tail` on one line of at most `max` columns (all of it when `max` is
/// `None`): `text` is shortened first; when that would leave it fewer than a dozen columns,
/// the tail is left out instead; when even `head` is too wide, the whole line is cut.
pub fn fit_parts(head: &str, text: &str, tail: &str, max: Option<usize>) -> String {
    let Some(max) = max else {
        return format!("{head}{text}{tail}");
    };
    let (h, t, x) = (width(head), width(text), width(tail));
    if h + t + x <= max {
        return format!("{head}{text}{tail}");
    }
    let with_tail = max.saturating_sub(h + x);
    if with_tail >= MIN_TEXT {
        return format!("{head}{}{tail}", truncate(text, with_tail));
    }
    if h + t <= max {
        return format!("{head}{text}");
    }
    if h < max {
        return format!("{head}{}", truncate(text, max - h));
    }
    truncate(&format!("{head}{text}"), max)
}

/// `s` cut to `max` columns when there is a width to fit; whole otherwise.
pub fn fit(s: &str, max: Option<usize>) -> String {
    match max {
        Some(m) => truncate(s, m),
        None => s.to_owned(),
    }
}

/// Pieces joined by `sep` on as few lines as fit in `max` columns, each line starting with
/// `indent`; a piece too wide for a line of its own is cut.
pub fn pack(pieces: &[String], sep: &str, indent: &str, max: Option<usize>) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for p in pieces {
        if line.is_empty() {
            line = format!("{indent}{p}");
            continue;
        }
        let fits = max.map_or(true, |m| width(&line) + width(sep) + width(p) <= m);
        if fits {
            line.push_str(sep);
            line.push_str(p);
        } else {
            lines.push(fit(&line, max));
            line = format!("{indent}{p}");
        }
    }
    if !line.is_empty() {
        lines.push(fit(&line, max));
    }
    lines
}

/// `s` padded with spaces to `w` columns.
pub fn pad(s: &str, w: usize) -> String {
    let mut out = s.to_owned();
    for _ in width(s)..w {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_count_columns_not_bytes() {
        assert_eq!(width("Zoë"), 3);
        assert_eq!(width("安藤"), 4);
        assert_eq!(width("👋 hi"), 5);
        assert_eq!(width("a\tb"), 3);
        assert_eq!(width("e\u{301}"), 1, "a combining accent takes no column");
        assert_eq!(width(""), 0);
    }

    #[test]
    fn short_text_is_left_alone() {
        assert_eq!(truncate("Zoë", 3), "Zoë");
        assert_eq!(truncate("Zoë", 10), "Zoë");
        assert_eq!(truncate("", 0), "");
    }

    #[test]
    fn a_cut_ends_with_an_ellipsis_within_the_width() {
        assert_eq!(truncate("abcdef", 5), "abcd…");
        assert_eq!(truncate("abcdef", 1), "…");
        assert_eq!(truncate("abcdef", 0), "");
        assert_eq!(truncate("ab", 1), "…");
    }

    #[test]
    fn a_cut_goes_back_to_the_last_space_when_it_keeps_most_of_the_room() {
        // Room 14: "Send the deck " fits, the cut is between words.
        assert_eq!(truncate("Send the deck to Zoë", 15), "Send the deck…");
        // Room 11: "Send the de" — back to "Send the" (8 ≥ 2/3 of 11).
        assert_eq!(truncate("Send the deck to Zoë", 12), "Send the…");
        // Room 9: "Send the " — the next character is a blank: cut there.
        assert_eq!(truncate("Send the deck", 10), "Send the…");
        // Room 7: "Send th" — back to "Send" would keep 4 of 7 (< 2/3): cut in the word.
        assert_eq!(truncate("Send the deck", 8), "Send th…");
        // Exactly two thirds: 6 of 9 kept.
        assert_eq!(truncate("abcdef ghijkl", 10), "abcdef…");
        // Just under: 5 of 9.
        assert_eq!(truncate("abcde fghijkl", 10), "abcde fgh…");
    }

    #[test]
    fn separators_and_blanks_before_the_ellipsis_go() {
        assert_eq!(truncate("Call him — Frédéric Duval", 11), "Call him…");
        assert_eq!(truncate("Zoë, André, Łukasz", 7), "Zoë…");
        assert_eq!(truncate("a · b · c · d", 6), "a · b…");
    }

    #[test]
    fn wide_characters_are_never_split_across_the_width() {
        // 安藤 takes 4 columns: with room for 3, only one fits.
        assert_eq!(truncate("安藤安藤", 4), "安…");
        assert_eq!(width(&truncate("安藤安藤", 4)), 3);
        assert_eq!(truncate("安藤安藤", 5), "安藤…");
        for max in 0..12 {
            for s in ["安藤 Ando", "Zoë Łukasz 👋", "Frédéric", "a b c d e f g"] {
                assert!(width(&truncate(s, max)) <= max, "{s:?} at {max}");
            }
        }
    }

    #[test]
    fn one_line_replaces_breaks() {
        assert_eq!(one_line("a\nb\tc\r"), "a b c ");
        assert_eq!(one_line("Zoë"), "Zoë");
    }

    #[test]
    fn parts_fit_by_shortening_the_text_first() {
        let head = "  f1  ";
        let text = "Call about the sponsorship";
        let tail = " · 3 days late";
        let whole = format!("{head}{text}{tail}");
        assert_eq!(fit_parts(head, text, tail, None), whole);
        assert_eq!(fit_parts(head, text, tail, Some(46)), whole);
        assert_eq!(width(&whole), 46);
        // One column less: the text is shortened, the tail kept.
        let line = fit_parts(head, text, tail, Some(45));
        assert_eq!(line, "  f1  Call about the sponsorsh… · 3 days late");
        assert_eq!(width(&line), 45);
        // Room for exactly a dozen columns of text: the tail stays.
        let line = fit_parts(head, text, tail, Some(6 + 12 + 14));
        assert!(line.ends_with(tail), "{line}");
        assert_eq!(width(&line), 31);
        // One column less: the tail goes, the text keeps the room.
        let line = fit_parts(head, text, tail, Some(31));
        assert_eq!(line, "  f1  Call about the sponsorsh…");
        // Without the tail the text fits whole: it is shown whole.
        let text = "Call about the spons";
        assert_eq!(
            fit_parts(head, text, tail, Some(26)),
            format!("{head}{text}")
        );
        assert_eq!(
            fit_parts(head, text, tail, Some(25)),
            "  f1  Call about the…"
        );
        // Too narrow for the head: everything is cut.
        let line = fit_parts(head, text, tail, Some(5));
        assert_eq!(line, "  f1…");
        let line = fit_parts(head, text, tail, Some(6));
        assert_eq!(line, "  f1…");
        let line = fit_parts(head, text, tail, Some(7));
        assert_eq!(line, "  f1  …");
    }

    #[test]
    fn a_short_text_is_kept_whole_rather_than_its_tail() {
        let line = fit_parts("ab ", "hello", " · tail", Some(14));
        assert_eq!(line, "ab hello");
        let line = fit_parts("ab ", "hello", " · tail", Some(15));
        assert_eq!(line, "ab hello · tail");
    }

    #[test]
    fn every_fitted_line_is_within_the_width() {
        let cases = [
            (
                "  jeu. 19 nov.  f12  ",
                "Appeler pour le parrainage — Frédéric Duval (Concours des vœux)",
                " · en retard de 3 jours",
            ),
            ("  ", "安藤 Ando — 安藤安藤安藤安藤安藤", " · 40 ans"),
            ("", "", ""),
            ("    ", "x", ""),
        ];
        for max in 0..100 {
            for (h, t, x) in cases {
                let line = fit_parts(h, t, x, Some(max));
                assert!(width(&line) <= max, "{line:?} wider than {max}");
            }
        }
    }

    #[test]
    fn pieces_are_packed_on_as_few_lines_as_fit() {
        let p: Vec<String> = [
            "carnet fu done f1",
            "carnet fu snooze f1 tomorrow",
            "carnet met #3",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            pack(&p, " · ", "→ ", None),
            ["→ carnet fu done f1 · carnet fu snooze f1 tomorrow · carnet met #3"]
        );
        let one = "→ carnet fu done f1 · carnet fu snooze f1 tomorrow · carnet met #3";
        assert_eq!(pack(&p, " · ", "→ ", Some(width(one))), [one]);
        assert_eq!(
            pack(&p, " · ", "→ ", Some(width(one) - 1)),
            [
                "→ carnet fu done f1 · carnet fu snooze f1 tomorrow",
                "→ carnet met #3"
            ]
        );
        assert_eq!(
            pack(&p, " · ", "→ ", Some(30)),
            [
                "→ carnet fu done f1",
                "→ carnet fu snooze f1 tomorrow",
                "→ carnet met #3"
            ]
        );
        assert_eq!(
            pack(&p, " · ", "→ ", Some(20)),
            [
                "→ carnet fu done f1",
                "→ carnet fu snooze…",
                "→ carnet met #3"
            ]
        );
        assert!(pack(&[], " · ", "→ ", Some(20)).is_empty());
    }

    #[test]
    fn padding_counts_columns() {
        assert_eq!(pad("Zoë", 5), "Zoë  ");
        assert_eq!(pad("安藤", 5), "安藤 ");
        assert_eq!(pad("abcdef", 3), "abcdef");
    }
}
