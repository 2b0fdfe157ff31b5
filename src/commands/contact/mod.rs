//! Contacts: add, list, show, edit, rm, note, tag, archive.

pub mod add;
pub mod archive;
pub mod edit;
mod edit_doc;
pub mod list;
pub mod note;
pub mod rm;
pub mod show;
pub mod tag;
