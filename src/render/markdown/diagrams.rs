//! ```` ```mermaid ```` blocks: drawn as inline SVG (see [`crate::render::diagram`]) in a
//! figure that is one image for assistive technology, with the source in a disclosure under
//! it as its text alternative. A diagram that is not drawn is a warning at its fence and stays
//! a code block.

use pulldown_cmark::Event;

use super::State;
use super::labels;
use crate::diagnostics::{Diagnostic, Position, Severity, did_you_mean};
use crate::render::diagram::{self, DiagramError};
use crate::util::html::escape_html;

impl<'a> State<'_, 'a> {
    pub(super) fn diagram_block(
        &mut self,
        code: &str,
        language: &str,
        fence: Position,
        events: &mut Vec<Event<'a>>,
    ) {
        self.diagrams += 1;
        let id = self.slugs.claim(&format!("diagram-{}", self.diagrams));
        match diagram::render(code, &id, self.page.highlighter) {
            Ok(drawn) => {
                if !self.divs.quiet() {
                    // Looked at like an image.
                    self.out.load.images += 1;
                }
                // Shown, though maybe not counted (in a disclosure or an instructor note): its styles
                // are needed.
                if !self.divs.hides() {
                    self.out.load.diagrams += 1;
                    self.out.anchors.push(id);
                }
                let name = escape_html(&labels::diagram(
                    self.page.words,
                    drawn.kind,
                    drawn.title.as_deref(),
                ));
                let source = self.code_html(code, language);
                let html = format!(
                    "<figure class=\"diagram\">\n<div class=\"diagram-image\" role=\"img\" aria-label=\"{name}\">{}</div>\n<details class=\"diagram-source\"><summary>{}</summary>\n{source}</details>\n</figure>\n",
                    drawn.svg(),
                    labels::diagram_source(self.page.words),
                );
                self.emit(Event::Html(html.into()), events);
            }
            Err(error) => {
                self.warn_undrawn_diagram(&error, fence);
                self.out.load.code_lines += code.lines().count();
                let html = self.code_html(code, language);
                self.emit(Event::Html(html.into()), events);
            }
        }
    }

    /// Why a diagram is shown as code, at its fence.
    fn warn_undrawn_diagram(&mut self, error: &DiagramError, fence: Position) {
        let (message, help) = match error {
            DiagramError::TooLarge(bytes) => (
                format!("this diagram is too large to draw ({bytes} bytes)"),
                format!(
                    "diagrams up to {} KB are drawn: split it into smaller ones",
                    diagram::SOURCE_LIMIT / 1024
                ),
            ),
            DiagramError::Unsupported(kind) if kind.is_empty() => (
                "this diagram does not say its kind".to_string(),
                format!("start it with its kind: {}", diagram::SUPPORTED),
            ),
            DiagramError::Unsupported(kind) => (
                format!("`{kind}` diagrams are not drawn"),
                match did_you_mean(kind, diagram::keywords()) {
                    Some(keyword) => format!("did you mean `{keyword}`?"),
                    None => format!(
                        "Syllabus draws {}; fence other text as ```text to show it as code without this warning",
                        diagram::SUPPORTED
                    ),
                },
            ),
            DiagramError::Invalid(reason) => (
                format!("this diagram cannot be drawn: {reason}"),
                "write it in Mermaid's syntax for its kind, as in Mermaid's documentation"
                    .to_string(),
            ),
            DiagramError::Unavailable => (
                "this build of Syllabus draws no diagrams".to_string(),
                "install Syllabus with its default features (the `diagrams` feature)".to_string(),
            ),
        };
        self.report(Severity::Warning, fence, |state| {
            Diagnostic::warning(message)
                .at(state.page.file, state.page.file_text, fence)
                .with_label("shown as code")
                .with_help(help)
        });
    }
}
