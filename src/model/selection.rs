//! A selection of people, the same for every command that acts on many at once (`list`,
//! `tag`, `event invite`, `follow-up add`, `met`, `archive`, `project assign`, `export`,
//! `card list`): what `--tag`, `--met-at`, `--new-at`, `--project`/`--role`, `--company`,
//! `--city`, `--not-seen-since`, `--invited-to`/`--answer`, `--search` and `--introduced-by`
//! resolved to. Different selectors combine with AND; the values of one selector repeated
//! are alternatives (OR). The one SQL builder over it is `store::selection`.

use chrono::NaiveDate;

use super::event::EventId;
use super::invitation::Rsvp;
use super::project::ProjectId;
use super::ContactId;

/// An answer to an invitation, as `--answer` takes it: one of the RSVPs, or none yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Said(Rsvp),
    None,
}

/// Who is selected. Every list empty (and no date, no search) selects everyone not
/// archived.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Tag groups, by folded name: a contact holding every tag of one group.
    pub tags: Vec<Vec<String>>,
    /// Met at one of these events.
    pub met_at: Vec<EventId>,
    /// First recorded at one of these events (new there).
    pub new_at: Vec<EventId>,
    /// Member of one of these projects (with one of `roles` when given).
    pub projects: Vec<ProjectId>,
    /// Holding one of these roles (stored names), in `projects` when given, else anywhere.
    pub roles: Vec<String>,
    /// Folded parts of the company, one of which it contains.
    pub companies: Vec<String>,
    /// Folded parts of the city, one of which it contains.
    pub cities: Vec<String>,
    /// No encounter on this day or after.
    pub not_seen_since: Option<NaiveDate>,
    /// Invited to one of these events (with one of `answers` when given).
    pub invited_to: Vec<EventId>,
    /// The answers to those invitations.
    pub answers: Vec<Answer>,
    /// FTS5 match expressions of the recall search, one of which the contact's whole
    /// world matches.
    pub search: Vec<String>,
    /// Introduced by one of these contacts.
    pub introduced_by: Vec<ContactId>,
    /// Archived contacts too.
    pub include_archived: bool,
}

impl Selection {
    /// Whether no selector narrows it: everyone (not archived) is in it.
    pub fn is_everyone(&self) -> bool {
        self.tags.is_empty()
            && self.met_at.is_empty()
            && self.new_at.is_empty()
            && self.projects.is_empty()
            && self.roles.is_empty()
            && self.companies.is_empty()
            && self.cities.is_empty()
            && self.not_seen_since.is_none()
            && self.invited_to.is_empty()
            && self.answers.is_empty()
            && self.search.is_empty()
            && self.introduced_by.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_selector_narrows_the_selection() {
        assert!(Selection::default().is_everyone());
        let archived = Selection {
            include_archived: true,
            ..Default::default()
        };
        assert!(archived.is_everyone());
        let day = NaiveDate::from_ymd_opt(2026, 1, 1);
        let narrowed = [
            Selection {
                tags: vec![vec!["a".into()]],
                ..Default::default()
            },
            Selection {
                met_at: vec![1],
                ..Default::default()
            },
            Selection {
                new_at: vec![1],
                ..Default::default()
            },
            Selection {
                projects: vec![1],
                ..Default::default()
            },
            Selection {
                roles: vec!["ally".into()],
                ..Default::default()
            },
            Selection {
                companies: vec!["a".into()],
                ..Default::default()
            },
            Selection {
                cities: vec!["a".into()],
                ..Default::default()
            },
            Selection {
                not_seen_since: day,
                ..Default::default()
            },
            Selection {
                invited_to: vec![1],
                ..Default::default()
            },
            Selection {
                answers: vec![Answer::None],
                ..Default::default()
            },
            Selection {
                search: vec!["a".into()],
                ..Default::default()
            },
            Selection {
                introduced_by: vec![1],
                ..Default::default()
            },
        ];
        for s in narrowed {
            assert!(!s.is_everyone(), "{s:?}");
        }
    }
}
