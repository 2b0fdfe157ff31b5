//! Ties between people (`carnet relate`): "Michel is Chana's partner", "André works for
//! Zoë", "Melissa came with André".

use serde::Serialize;

use super::text::fold;
use super::validate::{check_text, InvalidValue};
use super::ContactId;

pub type RelationId = i64;

/// The kinds carnet knows, by their stored (English) names.
pub const KINDS: [&str; 6] = [
    "partner",
    "family",
    "friend",
    "colleague",
    "works-for",
    "came-with",
];

/// Whether a kind reads the same both ways ("A friend B" is "B friend A"). Only `works-for`
/// and custom kinds have a direction.
pub fn symmetric(kind: &str) -> bool {
    KINDS.contains(&kind) && kind != "works-for"
}

/// A kind as typed (English or French, any case or accents, `_` or space for `-`) to its
/// stored name: a known kind by its English name, anything else kept as typed (trimmed).
pub fn normalize_kind(raw: &str) -> Result<String, InvalidValue> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(InvalidValue::Field {
            field: "relation",
            value: raw.to_owned(),
            reason: "a relation needs a kind",
        });
    }
    check_text("relation", t, false)?;
    let folded = fold(t).replace(['_', ' '], "-");
    let known = match folded.as_str() {
        "partner" | "partners" | "spouse" | "husband" | "wife" | "partenaire" | "conjoint"
        | "conjointe" | "epoux" | "epouse" | "mari" | "femme" | "compagnon" | "compagne"
        | "chum" | "blonde" => "partner",
        "family" | "famille" | "kin" | "parent" | "relative" => "family",
        "friend" | "friends" | "ami" | "amie" | "amis" | "amies" | "copain" | "copine" => "friend",
        "colleague" | "colleagues" | "co-worker" | "coworker" | "collegue" | "collegues" => {
            "colleague"
        }
        "works-for" | "employee" | "employee-of" | "travaille-pour" | "employe" | "employe-de"
        | "salarie" | "salarie-de" => "works-for",
        "came-with" | "with" | "venu-avec" | "venue-avec" | "venus-avec" | "accompagne"
        | "accompagnee" | "avec" => "came-with",
        _ => return Ok(t.to_owned()),
    };
    Ok(known.to_owned())
}

/// The vCard 4.0 `RELATED` TYPE of a kind (RFC 6350 §6.6.6), and the label phones show in
/// the 3.0 form (`X-ABRELATEDNAMES` with `X-ABLabel`, Apple's, which Android reads too).
pub fn vcard_type(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "partner" => ("spouse", "_$!<Partner>!$_"),
        "family" => ("kin", "family"),
        "friend" => ("friend", "_$!<Friend>!$_"),
        "colleague" => ("colleague", "colleague"),
        "works-for" => ("co-worker", "works for"),
        "came-with" => ("met", "came with"),
        _ => ("contact", "contact"),
    }
}

/// A tie as seen from one of the two people: the other one, and how they are tied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tie {
    /// The relation's id (`r12` on screen).
    pub id: RelationId,
    /// The stored kind: `partner`, `works-for`, a custom word…
    pub kind: String,
    /// `out`: this contact is `kind` of the other ("works for"); `in`: the other is `kind`
    /// of this contact ("employs"). Symmetric kinds are always `out`.
    pub direction: Direction,
    pub contact_id: ContactId,
    pub name: String,
    pub archived: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Out,
    In,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_kinds_are_stored_under_the_english_name() {
        for (typed, stored) in [
            ("Partner", "partner"),
            ("conjoint", "partner"),
            ("Conjointe", "partner"),
            ("épouse", "partner"),
            ("famille", "family"),
            ("Amie", "friend"),
            ("collègue", "colleague"),
            ("works for", "works-for"),
            ("travaille_pour", "works-for"),
            ("venue avec", "came-with"),
            ("came-with", "came-with"),
        ] {
            assert_eq!(normalize_kind(typed).unwrap(), stored, "{typed}");
        }
        assert_eq!(
            normalize_kind("  mentor de cœur ").unwrap(),
            "mentor de cœur"
        );
        assert!(normalize_kind("  ").is_err());
        assert!(normalize_kind("a\u{7}b").is_err());
    }

    #[test]
    fn only_works_for_and_custom_kinds_have_a_direction() {
        for k in KINDS {
            assert_eq!(symmetric(k), k != "works-for", "{k}");
        }
        assert!(!symmetric("mentor"));
    }
}
