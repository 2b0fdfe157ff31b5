//! Use cases: what carnet does, apart from how it is asked. Each takes parsed values, runs
//! in one transaction, and returns a report; none prints or prompts (cargo's `ops`).

pub mod bulk;
pub mod edit;
pub mod entry;
pub mod export;
pub mod followup;
pub mod import;
pub mod meeting;
pub mod scan;
pub mod strength;
pub mod sync;
pub mod vdir;
