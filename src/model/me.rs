//! The user's own card.

use serde::Serialize;

/// The user's own card.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Me {
    pub name: Option<String>,
    pub company: Option<String>,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

impl Me {
    pub fn is_empty(&self) -> bool {
        *self == Me::default()
    }
}
