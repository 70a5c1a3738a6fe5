//! Turning a module's Markdown into HTML: the event pass, quizzes and highlighted code.

pub(crate) mod glossary;
pub(crate) mod highlight;
pub(crate) mod markdown;
pub(crate) mod quiz;
pub(crate) mod text;

use std::sync::Arc;

use crate::course::Module;
use markdown::Heading;

/// A module after its Markdown is rendered.
pub(crate) struct RenderedModule<'c> {
    pub module: &'c Module,
    /// The body's HTML, headings, links, reading load and (when the course has search) the
    /// text of each section; shared with the build cache.
    pub markdown: Arc<markdown::Rendered>,
    pub minutes: u32,
}

impl RenderedModule<'_> {
    pub(crate) fn html(&self) -> &str {
        &self.markdown.html
    }

    pub(crate) fn headings(&self) -> &[Heading] {
        &self.markdown.headings
    }

    pub(crate) fn sections(&self) -> &[markdown::SectionText] {
        &self.markdown.sections
    }

    /// Self-check questions on the page (the quiz script and styles are loaded only then).
    pub(crate) fn quiz_questions(&self) -> usize {
        self.markdown.load.quiz_questions
    }

    /// Links to glossary terms on the page (the popover script is loaded only then).
    pub(crate) fn terms(&self) -> usize {
        self.markdown.terms
    }
}
