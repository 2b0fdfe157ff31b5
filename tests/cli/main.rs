//! Integration tests: the real `carnet` binary against a temporary database, with a fixed
//! clock (`CARNET_NOW`), time zone, terminal width and no colour.

#![allow(clippy::unwrap_used)]
mod common;

mod completions;
mod contacts;
mod events;
mod followups;
mod help;
mod interop;
mod log;
mod projects;
mod recall;
mod store;
