//! Integration tests: the real `carnet` binary against a temporary database, with a fixed
//! clock (`CARNET_NOW`), time zone, terminal width and no colour.

#![allow(clippy::unwrap_used)]
mod common;
mod pty;

mod completions;
mod contacts;
mod damaged;
mod editor;
mod events;
mod followups;
mod fuzz;
mod fuzz_formats;
mod help;
mod interop;
mod language;
mod log;
mod projects;
mod prompts;
mod recall;
mod reliability;
mod safety;
mod schema;
mod screens;
mod store;
