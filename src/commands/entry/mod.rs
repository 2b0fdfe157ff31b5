//! Correcting and removing the entries of a contact's history by the id `show` prints next
//! to each: `carnet note edit n12`, `carnet met edit m7`, `carnet card edit c3`, and
//! `carnet rm ID` (also `carnet note rm`, `carnet met rm`) for notes, encounters, cards and
//! follow-ups. The work is in `ops::entry`.

pub mod met_edit;
pub mod note_edit;
pub mod rm;
