//! Relationship strength in words: the score and its reasons, in the interface language.

use chrono::NaiveDate;

use crate::i18n::{fmt, Lang};
use crate::model::strength::{Reason, Strength};
use crate::tr;

/// One reason: "3 meetings in 6 months, last a coffee on Thu 12 Nov".
pub fn reason(lang: Lang, r: &Reason, today: NaiveDate) -> String {
    match r {
        Reason::Meetings {
            count,
            months,
            last,
            last_how,
            last_event,
        } => {
            let how = tr!(lang; "strength-how",
                how = last_how.as_str(),
                event = last_event.as_deref().unwrap_or("none"));
            tr!(lang; "strength-meetings",
                count = *count as i64,
                months = *months,
                how = how,
                date = fmt::short_date(lang, *last, today))
        }
        Reason::FollowupsOnTime { count } => {
            tr!(lang; "strength-followups-on-time", count = *count as i64)
        }
        Reason::FollowupsLate { count } => {
            tr!(lang; "strength-followups-late", count = *count as i64)
        }
        Reason::FollowupsOverdue { count } => {
            tr!(lang; "strength-followups-overdue", count = *count as i64)
        }
        Reason::Introduced { names } => tr!(lang; "strength-introduced", names = names.join(", ")),
        Reason::IntroducedBy { name } => tr!(lang; "strength-introduced-by", name = name),
        Reason::Ties { names } => tr!(lang; "strength-ties", names = names.join(", ")),
        Reason::Cooling { from, to } => {
            tr!(lang; "strength-cooling", from = *from as i64, to = *to as i64)
        }
    }
}

/// The reasons joined: "…; introduced you to Paul".
pub fn reasons(lang: Lang, s: &Strength, today: NaiveDate) -> String {
    s.reasons
        .iter()
        .map(|r| reason(lang, r, today))
        .collect::<Vec<_>>()
        .join(&tr!(lang; "strength-separator"))
}

/// "Strength 75/100: 3 meetings in 6 months, …".
pub fn line(lang: Lang, s: &Strength, today: NaiveDate) -> String {
    if s.reasons.is_empty() {
        return tr!(lang; "strength-none");
    }
    tr!(lang; "strength-line",
        score = s.score as i64,
        reasons = reasons(lang, s, today)
    )
}

/// `text` folded at spaces into lines of at most `width` characters, the lines after the
/// first indented by `indent` spaces (a word longer than a line stays whole).
pub fn fold_lines(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut len = 0;
    for word in text.split(' ') {
        let n = word.chars().count();
        if len > indent && len + 1 + n > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            len = indent;
        } else if !out.is_empty() {
            out.push(' ');
            len += 1;
        }
        out.push_str(word);
        len += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold_lines;

    #[test]
    fn long_lines_fold_at_spaces() {
        assert_eq!(fold_lines("a bb ccc", 80, 2), "a bb ccc");
        assert_eq!(fold_lines("aaa bbb ccc", 7, 2), "aaa bbb\n  ccc");
        assert_eq!(fold_lines("aaa bbb ccc", 8, 2), "aaa bbb\n  ccc");
        assert_eq!(fold_lines("aaaaaaaaaa bb", 5, 1), "aaaaaaaaaa\n bb");
        assert_eq!(fold_lines("", 5, 1), "");
    }
}
