//! Generic helpers shared by every stage. Nothing here imports the rest of the crate.

pub(crate) mod fingerprint;
pub(crate) mod graph;
pub(crate) mod html;
pub(crate) mod memo;
pub(crate) mod new_dir;
pub(crate) mod slug;
pub(crate) mod timings;
pub(crate) mod url;
