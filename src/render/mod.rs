//! Turning a module's Markdown into HTML: the event pass, quizzes and highlighted code.

pub(crate) mod diagram;
pub(crate) mod glossary;
pub(crate) mod highlight;
pub(crate) mod markdown;
pub(crate) mod math;
pub(crate) mod quiz;
pub(crate) mod text;

use std::collections::HashMap;
use std::sync::Arc;

use crate::course::{Module, Unit};
use markdown::Heading;

/// A module after its Markdown is rendered.
pub(crate) struct RenderedModule<'c> {
    pub module: &'c Module,
    /// The module's title, read as Markdown once for every page and file that shows it.
    pub title: text::Title,
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

/// A unit's title, read as Markdown, alone and with its parent's.
pub(crate) struct UnitTitle {
    pub own: text::Title,
    /// With its parent's for a sub-unit, for lists of every unit: "Day 1 › Morning".
    pub full: text::Title,
}

/// The titles of `units`, by id.
pub(crate) fn unit_titles(units: &[Unit]) -> HashMap<&str, UnitTitle> {
    let own: HashMap<&str, text::Title> = units
        .iter()
        .map(|u| (u.id.as_str(), text::render_title(&u.title)))
        .collect();
    units
        .iter()
        .map(|unit| {
            let title = own.get(unit.id.as_str()).cloned().unwrap_or_default();
            let full = match unit.parent.as_deref().and_then(|p| own.get(p)) {
                Some(parent) => title.within(parent),
                None => title.clone(),
            };
            (unit.id.as_str(), UnitTitle { own: title, full })
        })
        .collect()
}
