//! The words the event pass writes into pages itself, in one table, so that a translation (or
//! a course language setting) has one place to change.

use crate::render::diagram::Kind;

/// Before a figure's number: "Figure 2: The commit graph".
const FIGURE: &str = "Figure";
/// Before an exercise's number: "Exercise 1: Undo a commit".
const EXERCISE: &str = "Exercise";
/// The title and accessible name of an instructor note.
pub(super) const INSTRUCTOR_NOTE: &str = "Instructor note";
/// The visible label and accessible name of a ```` ```output ```` block.
pub(super) const OUTPUT: &str = "Output";
/// The visible label and accessible name of a ```` ```error ```` block.
pub(super) const ERROR: &str = "Error";

/// "Exercise 3".
pub(super) fn exercise(number: usize) -> String {
    format!("{EXERCISE} {number}")
}

/// The label a figure's caption starts with, as HTML: `<span …>Figure 2:</span> `, the same for
/// an image with a title and a fenced figure.
pub(super) fn figure_caption_label(number: usize) -> String {
    format!("<span class=\"figure-number\">{FIGURE} {number}:</span> ")
}

/// The summary of a diagram's source, shown under the diagram as its text alternative.
pub(super) const DIAGRAM_SOURCE: &str = "Diagram source";

/// The accessible name of a diagram: its kind, and the author's `accTitle` after it.
pub(super) fn diagram(kind: Kind, title: Option<&str>) -> String {
    let kind = match kind {
        Kind::Flowchart => "Flowchart",
        Kind::Sequence => "Sequence diagram",
        Kind::State => "State diagram",
        Kind::Class => "Class diagram",
    };
    match title {
        Some(title) => format!("{kind}: {title}"),
        None => kind.to_string(),
    }
}
