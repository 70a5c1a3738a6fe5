//! The words the event pass writes into pages itself, from the course language's table (see
//! `i18n`), each escaped for HTML once here.

use fluent_bundle::FluentValue;

use crate::i18n::Words;
use crate::render::diagram::Kind;
use crate::util::html::escape_html;

/// The title and accessible name of an instructor note.
pub(super) fn instructor_note(words: &Words) -> String {
    escape_html(&words.get("instructor-note", &[]))
}

/// The visible label and accessible name of a ```` ```output ```` block.
pub(super) fn output(words: &Words) -> String {
    escape_html(&words.get("code-output", &[]))
}

/// The visible label and accessible name of a ```` ```error ```` block.
pub(super) fn error(words: &Words) -> String {
    escape_html(&words.get("code-error", &[]))
}

/// "Exercise 3", as text.
pub(super) fn exercise(words: &Words, number: usize) -> String {
    words.get("exercise-number", &[("number", FluentValue::from(number))])
}

/// The label a figure's caption starts with, as HTML: `<span …>Figure 2:</span> `, the same for
/// an image with a title and a fenced figure.
pub(super) fn figure_caption_label(words: &Words, number: usize) -> String {
    let label = words.get("figure-number", &[("number", FluentValue::from(number))]);
    format!(
        "<span class=\"figure-number\">{}</span> ",
        escape_html(&label)
    )
}

/// The accessible name of a heading's link to itself.
pub(super) fn section_link(words: &Words, heading: &str) -> String {
    escape_html(&words.get("section-link", &[("title", FluentValue::from(heading))]))
}

/// The summary of a diagram's source, shown under the diagram as its text alternative.
pub(super) fn diagram_source(words: &Words) -> String {
    escape_html(&words.get("diagram-source", &[]))
}

/// The accessible name of a diagram: its kind, and the author's `accTitle` after it (as text).
pub(super) fn diagram(words: &Words, kind: Kind, title: Option<&str>) -> String {
    let kind = words.get(
        match kind {
            Kind::Flowchart => "diagram-flowchart",
            Kind::Sequence => "diagram-sequence",
            Kind::State => "diagram-state",
            Kind::Class => "diagram-class",
        },
        &[],
    );
    match title {
        Some(title) => words.get(
            "diagram-titled",
            &[
                ("kind", FluentValue::from(kind)),
                ("title", FluentValue::from(title)),
            ],
        ),
        None => kind,
    }
}
