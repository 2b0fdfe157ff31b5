pub mod output;
pub mod prompt;
pub mod render;
