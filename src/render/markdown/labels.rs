//! The words the event pass writes into pages itself, in one table, so that a translation (or
//! a course language setting) has one place to change.

/// Before a figure's number: "Figure 2: The commit graph".
pub(super) const FIGURE: &str = "Figure";
/// The visible label and accessible name of a ```` ```output ```` block.
pub(super) const OUTPUT: &str = "Output";
/// The visible label and accessible name of a ```` ```error ```` block.
pub(super) const ERROR: &str = "Error";
