//! Integration tests: the real `carnet` binary against a temporary database, with a fixed
//! clock (`CARNET_NOW`), time zone, terminal width and no colour.

#![allow(clippy::unwrap_used)]
mod cardgen;
mod common;
mod crypto;
mod pty;

mod backups;
mod brief;
mod capture;
mod characters;
mod checks;
mod completions;
mod contacts;
mod damaged;
mod dates;
mod editor;
mod entries;
mod evening;
mod events;
mod fidelity;
mod files;
mod followups;
mod fuzz;
mod fuzz_formats;
mod help;
mod history;
mod import_damage;
mod interop;
mod language;
mod log;
mod projects;
mod prompts;
mod recall;
mod relations;
mod reliability;
mod restore;
mod safety;
mod scan;
mod schema;
mod screens;
mod select;
mod signals;
mod stats;
mod store;
mod strength;
mod sync;
