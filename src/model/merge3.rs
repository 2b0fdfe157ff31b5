//! The three-way merge of a synced contact, field by field: the copy carnet last exported
//! (the common ancestor, `base`), the contact as carnet holds it now (`ours`) and the card as
//! the other side (a phone, another computer) left it (`theirs`). A field only the other side
//! changed is taken; one only carnet changed is kept; one both changed to different values is
//! a conflict — carnet's value stays and the other is kept visible beside it. Lists (emails,
//! phones, links, tags, addresses) merge as sets: what one side added is added, what one side
//! removed is removed, so they never conflict.

/// What to do with a single-valued field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick<T> {
    /// Keep carnet's value.
    Keep,
    /// Take the other side's value.
    Take(T),
    /// Both changed it differently: carnet's value stays, the other's is kept beside it.
    Conflict { ours: T, theirs: T },
}

/// The merge of one single-valued field.
pub fn field<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> Pick<T> {
    if theirs == base || theirs == ours {
        Pick::Keep
    } else if ours == base {
        Pick::Take(theirs.clone())
    } else {
        Pick::Conflict {
            ours: ours.clone(),
            theirs: theirs.clone(),
        }
    }
}

/// The merge of a list taken as a set, by `key`: what to add to carnet's list (added on the
/// other side, not in ours) and what to remove from it (removed on the other side, still in
/// ours).
pub fn set<T: Clone, K: PartialEq>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
) -> (Vec<T>, Vec<T>) {
    let has = |list: &[T], v: &T| list.iter().any(|x| key(x) == key(v));
    let add = theirs
        .iter()
        .filter(|v| !has(base, v) && !has(ours, v))
        .cloned()
        .collect();
    let remove = base
        .iter()
        .filter(|v| !has(theirs, v) && has(ours, v))
        .cloned()
        .collect();
    (add, remove)
}

/// Whether removing `n` of `total` synced items at once needs `--force`: more than a tenth
/// of them, and more than two (a phone wiped, a server emptied by mistake).
pub fn too_many_deletions(n: usize, total: usize) -> bool {
    n > 2 && n * 10 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_field() {
        let (a, b, c) = ("a".to_owned(), "b".to_owned(), "c".to_owned());
        assert_eq!(field(&a, &a, &a), Pick::Keep);
        assert_eq!(field(&a, &b, &a), Pick::Keep, "only carnet changed it");
        assert_eq!(
            field(&a, &a, &b),
            Pick::Take(b.clone()),
            "only they changed it"
        );
        assert_eq!(field(&a, &b, &b), Pick::Keep, "both the same way");
        assert_eq!(
            field(&a, &b, &c),
            Pick::Conflict {
                ours: b.clone(),
                theirs: c.clone()
            }
        );
        assert_eq!(
            field(&Some(1), &Some(1), &None),
            Pick::Take(None),
            "cleared there"
        );
    }

    #[test]
    fn lists_as_sets() {
        let key = |s: &&str| s.to_lowercase();
        let (add, remove) = set(
            &["a", "b", "c"],
            &["a", "b", "x"],
            &["A", "c", "y", "x"],
            key,
        );
        assert_eq!(add, ["y"], "x is in ours already; A is a");
        assert_eq!(remove, ["b"], "c was removed here already");
        let (add, remove) = set::<&str, String>(&[], &[], &[], key);
        assert!(add.is_empty() && remove.is_empty());
    }

    #[test]
    fn deletions_over_a_tenth_need_force() {
        assert!(!too_many_deletions(0, 0));
        assert!(!too_many_deletions(2, 2), "two at most without --force");
        assert!(!too_many_deletions(3, 30));
        assert!(too_many_deletions(3, 29));
        assert!(too_many_deletions(4, 30));
        assert!(!too_many_deletions(10, 1000));
    }
}
