//! Projects and the roles people play in them. A networking habit: for each project, map
//! who helps (allies, mentors), who resists (opponents), and notice the roles still empty.

use chrono::NaiveDate;
use serde::Serialize;

use super::text::fold;
use super::validate::InvalidValue;
use super::ContactId;

pub type ProjectId = i64;

/// The standard roles, in the order `project show` lists them.
pub const STANDARD_ROLES: [&str; 8] = [
    "ally", "opponent", "mentor", "client", "partner", "referrer", "supplier", "investor",
];

/// The roles every project should have someone in; `project show` says when one is empty.
pub const KEY_ROLES: [&str; 3] = ["ally", "opponent", "mentor"];

/// The role of a member assigned without `--role`.
pub const DEFAULT_ROLE: &str = "member";

/// A role as typed (English or French, any case or accents) to its stored name: a standard
/// role by its English name, anything else kept as typed (trimmed).
pub fn normalize_role(raw: &str) -> Result<String, InvalidValue> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(InvalidValue::Field {
            field: "role",
            value: raw.to_owned(),
            reason: super::validate::REASON_EMPTY_ROLE,
        });
    }
    let composed = super::validate::text("role", t, false)?;
    let t = composed.as_str();
    let standard = match fold(t).as_str() {
        "ally" | "allies" | "allie" | "alliee" | "alliees" => "ally",
        "opponent" | "opponents" | "opposant" | "opposante" | "opposants" | "adversaire"
        | "adversaires" => "opponent",
        "mentor" | "mentors" | "mentore" | "mentores" => "mentor",
        "client" | "clients" | "cliente" | "clientes" | "customer" | "customers" => "client",
        "partner" | "partners" | "partenaire" | "partenaires" => "partner",
        "referrer" | "referrers" | "prescripteur" | "prescriptrice" | "prescripteurs" => "referrer",
        "supplier" | "suppliers" | "fournisseur" | "fournisseuse" | "fournisseurs" | "vendor" => {
            "supplier"
        }
        "investor" | "investors" | "investisseur" | "investisseuse" | "investisseurs" => "investor",
        _ => return Ok(t.to_owned()),
    };
    Ok(standard.to_owned())
}

/// Where a role sorts: the standard roles in their order, then the others by name.
pub fn role_order(role: &str) -> (usize, String) {
    let folded = fold(role);
    let pos = STANDARD_ROLES
        .iter()
        .position(|r| *r == folded)
        .unwrap_or(STANDARD_ROLES.len());
    (pos, folded)
}

#[derive(Debug, Clone, Serialize)]
pub struct Project {
    pub id: ProjectId,
    pub name: String,
    pub note: Option<String>,
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// A project as one line of `project list`.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectSummary {
    pub id: ProjectId,
    pub name: String,
    pub note: Option<String>,
    pub archived: bool,
    /// How many distinct contacts hold a role.
    pub members: i64,
    /// The roles someone holds, standard ones first.
    pub roles: Vec<String>,
}

/// One contact in one role of a project.
#[derive(Debug, Clone, Serialize)]
pub struct ProjectMember {
    pub contact_id: ContactId,
    pub name: String,
    #[serde(skip)]
    pub role: String,
    pub note: Option<String>,
    /// The date of the latest encounter.
    pub last_seen: Option<NaiveDate>,
    pub archived: bool,
    /// How many follow-ups with this contact are open, and the soonest due.
    pub open_followups: i64,
    pub next_due: Option<NaiveDate>,
}

/// A project a contact belongs to, with the roles held there.
#[derive(Debug, Clone, Serialize)]
pub struct ContactProject {
    pub project_id: ProjectId,
    pub name: String,
    pub roles: Vec<String>,
    pub archived: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_roles_map_to_the_standard_name() {
        for (typed, role) in [
            ("Allié", "ally"),
            ("alliée", "ally"),
            ("ALLY", "ally"),
            ("adversaire", "opponent"),
            ("Opposante", "opponent"),
            ("mentore", "mentor"),
            ("cliente", "client"),
            ("Partenaire", "partner"),
            ("prescripteur", "referrer"),
            ("fournisseur", "supplier"),
            ("investisseuse", "investor"),
        ] {
            assert_eq!(normalize_role(typed).unwrap(), role, "{typed}");
        }
    }

    #[test]
    fn other_words_are_custom_roles_kept_as_typed() {
        assert_eq!(
            normalize_role("  Sound engineer ").unwrap(),
            "Sound engineer"
        );
        assert_eq!(normalize_role("Ingé son").unwrap(), "Ingé son");
        assert!(normalize_role("  ").is_err());
        assert!(normalize_role("a\u{7}b").is_err());
    }

    #[test]
    fn standard_roles_sort_first_in_their_order() {
        let mut roles = vec!["zebra", "mentor", "Acoustics", "ally"];
        roles.sort_by_key(|r| role_order(r));
        assert_eq!(roles, ["ally", "mentor", "Acoustics", "zebra"]);
    }
}
