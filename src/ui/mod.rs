//! The terminal: output (stdout data, stderr messages), tables, prompts, the editor, QR
//! codes and progress bars.

pub mod editor;
pub mod fit;
pub mod output;
pub mod pager;
pub mod progress;
pub mod prompt;
pub mod qr;
pub mod render;
