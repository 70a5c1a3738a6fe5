//! Generic helpers shared by every stage. Nothing here imports the rest of the crate.

pub mod fingerprint;
pub mod graph;
pub mod html;
pub mod memo;
pub mod slug;
pub mod timings;
pub mod url;
