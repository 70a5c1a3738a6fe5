//! The words the event pass writes into pages itself, from the course language's table (see
//! `i18n`), each escaped for HTML once here.

use crate::i18n::Words;
use crate::util::html::escape_html;
use fluent_bundle::FluentValue;

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
