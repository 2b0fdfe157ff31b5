//! Totals of long lists, counted only so far: counting every item reads the whole range of
//! an index (16,810 overdue follow-ups and 19,500 contacts to reconnect with on the 100,000
//! set), so the text counts stop at `CAP` and cost the same whatever the size of the
//! address book. The JSON has exact totals.

/// Beyond this many items a total is shown as "1000+" in the text.
pub const CAP: i64 = 1000;

/// What the text counts up to: one past `CAP`, so that a count reaching it is known to be
/// "more than"; `None` (every item) when more than that many are listed anyway.
pub fn cap_for(limit: Option<usize>) -> Option<i64> {
    match limit {
        Some(l) if (l as u64) < CAP as u64 => Some(CAP + 1),
        _ => None,
    }
}

/// A total as the text shows it: "1000+" once counting stopped at `cap`.
pub fn text(n: i64, cap: Option<i64>) -> String {
    beyond(n, 0, cap)
}

/// How many of `n` are left after the `shown` first: "980+" once counting stopped at `cap`.
pub fn beyond(n: i64, shown: i64, cap: Option<i64>) -> String {
    match cap {
        Some(cap) if n >= cap => format!("{}+", cap - 1 - shown),
        _ => (n - shown).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_stop_at_the_cap() {
        assert_eq!(cap_for(Some(20)), Some(CAP + 1));
        assert_eq!(cap_for(Some(1000)), None);
        assert_eq!(cap_for(None), None);
        assert_eq!(text(12, Some(CAP + 1)), "12");
        assert_eq!(text(1000, Some(CAP + 1)), "1000");
        assert_eq!(text(1001, Some(CAP + 1)), "1000+");
        assert_eq!(beyond(1001, 20, Some(CAP + 1)), "980+");
        assert_eq!(beyond(1001, 20, None), "981");
    }
}
