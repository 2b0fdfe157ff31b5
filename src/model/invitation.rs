//! Invitations to the events the user organises, and the guests' answers.

use serde::Serialize;

use super::ContactId;

/// A guest's answer to an invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rsvp {
    Yes,
    No,
    Maybe,
}

impl Rsvp {
    pub fn as_str(self) -> &'static str {
        match self {
            Rsvp::Yes => "yes",
            Rsvp::No => "no",
            Rsvp::Maybe => "maybe",
        }
    }

    /// Reads an answer as people type it, in English or French.
    pub fn parse(s: &str) -> Option<Rsvp> {
        match super::text::fold(s).as_str() {
            "yes" | "y" | "oui" | "o" => Some(Rsvp::Yes),
            "no" | "n" | "non" => Some(Rsvp::No),
            "maybe" | "m" | "peut-etre" | "peut etre" | "peutetre" | "p" => Some(Rsvp::Maybe),
            _ => None,
        }
    }
}

/// An invitation to an event the user organises.
#[derive(Debug, Clone, Serialize)]
pub struct Invitation {
    pub contact_id: ContactId,
    pub name: String,
    pub rsvp: Option<Rsvp>,
    pub attended: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rsvp_in_english_and_french() {
        assert_eq!(Rsvp::parse("Oui"), Some(Rsvp::Yes));
        assert_eq!(Rsvp::parse("NON"), Some(Rsvp::No));
        assert_eq!(Rsvp::parse("peut-être"), Some(Rsvp::Maybe));
        assert_eq!(Rsvp::parse("maybe"), Some(Rsvp::Maybe));
        assert_eq!(Rsvp::parse("perhaps"), None);
    }
}
