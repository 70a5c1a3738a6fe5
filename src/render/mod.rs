//! Turning a module's Markdown into HTML: the event pass, quizzes and highlighted code.

pub mod highlight;
pub mod markdown;
pub mod quiz;
pub mod text;

use std::sync::Arc;

use crate::course::Module;
use markdown::Heading;

/// A module after its Markdown is rendered.
pub struct RenderedModule<'c> {
    pub module: &'c Module,
    /// The body's HTML, headings, links, reading load and (when the course has search) the
    /// text of each section; shared with the build cache.
    pub markdown: Arc<markdown::Rendered>,
    pub minutes: u32,
}

impl RenderedModule<'_> {
    pub fn html(&self) -> &str {
        &self.markdown.html
    }

    pub fn headings(&self) -> &[Heading] {
        &self.markdown.headings
    }

    pub fn sections(&self) -> &[markdown::SectionText] {
        &self.markdown.sections
    }

    /// Self-check questions on the page (the quiz script and styles are loaded only then).
    pub fn quiz_questions(&self) -> usize {
        self.markdown.load.quiz_questions
    }
}
