//! Code blocks: their text is gathered until the block ends, then highlighted, or read as a
//! self-check quiz when the block is fenced as `quiz`, labelled as a command's output (see
//! `output.rs`) or drawn as a diagram when fenced as `mermaid` (see `diagrams.rs`).

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, TagEnd};

use super::State;
use super::output::{Output, fence_language, fence_title};
use crate::diagnostics::{Diagnostic, Position, SOURCE_LINE_LIMIT, Severity};
use crate::read::yaml::YamlSource;
use crate::render::highlight;
use crate::render::quiz;
use crate::util::html::escape_html;

impl<'a> State<'_, 'a> {
    pub(super) fn start_code(&mut self, kind: CodeBlockKind<'a>, range: &Range<usize>) {
        let (language, title) = match kind {
            CodeBlockKind::Fenced(info) => (fence_language(&info), fence_title(&info)),
            CodeBlockKind::Indented => (String::new(), None),
        };
        self.code_title = title;
        self.code = Some((language, String::new(), self.position(range)));
    }

    /// An event inside a code block: its text is kept, its end writes the block.
    pub(super) fn code_block_event(&mut self, event: Event<'a>, events: &mut Vec<Event<'a>>) {
        let Some((_, code, _)) = &mut self.code else {
            return;
        };
        match event {
            Event::Text(text) => code.push_str(&text),
            Event::End(TagEnd::CodeBlock) => self.finish_code(events),
            _ => {}
        }
    }

    fn finish_code(&mut self, events: &mut Vec<Event<'a>>) {
        let Some((language, code, fence)) = self.code.take() else {
            return;
        };
        let title = self.code_title.take();
        if language == "quiz" {
            self.quiz_block(&code, fence, events);
            return;
        }
        if let Some(kind) = Output::of_language(&language) {
            self.output_block(kind, &code, events);
            return;
        }
        if language == "mermaid" {
            self.diagram_block(&code, &language, fence, events);
            return;
        }
        self.out.load.code_lines += code.lines().count();
        self.warn_unhighlighted_lines(&code, &language, fence);
        let mut html = self.code_html(&code, &language);
        if let Some(title) = title {
            // As for output blocks, assistive technology gets the title once, as the name.
            let title = escape_html(&title);
            html = format!(
                "<div class=\"code-titled\" role=\"group\" aria-label=\"{title}\">\n<p class=\"code-title\" aria-hidden=\"true\">{title}</p>\n{html}</div>\n"
            );
        }
        let event = Event::Html(html.into());
        self.emit(event, events);
    }

    /// A code block's HTML, highlighted.
    pub(super) fn code_html(&self, code: &str, language: &str) -> String {
        let inner = self.page.highlighter.highlight(code, language);
        if language.is_empty() {
            format!("<pre class=\"code\" tabindex=\"0\"><code>{inner}</code></pre>\n")
        } else {
            let language = escape_html(language);
            format!(
                "<pre class=\"code\" data-lang=\"{language}\" tabindex=\"0\"><code class=\"language-{language}\">{inner}</code></pre>\n"
            )
        }
    }

    /// A ```` ```quiz ```` block: its questions, numbered after the page's earlier quizzes.
    fn quiz_block(&mut self, code: &str, fence: Position, events: &mut Vec<Event<'a>>) {
        let source = YamlSource {
            file: self.page.file,
            file_text: self.page.file_text,
            yaml: code,
            line_offset: fence.line,
        };
        let (questions, problems) = quiz::parse(&source, self.page.math);
        self.out.problems.extend(problems);
        self.out.load.quiz_questions += questions.len();
        // A code block is never inside a heading, so the quiz is the next event of the page.
        self.quizzes.push(events.len());
        let html = quiz::to_html(&questions, self.quizzes.len(), self.page.quiz_words);
        self.emit(Event::Html(html.into()), events);
    }

    /// Names each quiz among the page's others, now that their number is known.
    pub(super) fn label_quizzes(&self, events: &mut [Event<'a>]) {
        let total = self.quizzes.len();
        if total < 2 {
            return;
        }
        for (number, &at) in (1..).zip(&self.quizzes) {
            if let Some(Event::Html(html)) = events.get(at) {
                let html = quiz::label_among(html, number, total, self.page.quiz_words);
                events[at] = Event::Html(html.into());
            }
        }
    }

    /// Tells the author when lines of a block are too long to highlight (see
    /// [`highlight::LINE_LIMIT`]): once per block, at the first such line.
    fn warn_unhighlighted_lines(&mut self, code: &str, language: &str, fence: Position) {
        let mut long_lines = code
            .lines()
            .enumerate()
            .filter(|(_, line)| line.len() > highlight::LINE_LIMIT);
        let Some((first, line)) = long_lines.next() else {
            return;
        };
        if !highlight::is_highlighted(language) {
            return;
        }
        let others = long_lines.count();
        let message = match others {
            0 => format!(
                "this line of code is too long to highlight ({} bytes)",
                line.len()
            ),
            _ => format!(
                "this line of code and {others} more in this block are too long to highlight (this one is {} bytes)",
                line.len()
            ),
        };
        let width = line.chars().take(SOURCE_LINE_LIMIT).count();
        let position = Position::new(fence.line + 1 + first, 1, width);
        self.report(Severity::Warning, position, |state| {
            Diagnostic::warning(message)
                .at(state.page.file, state.page.file_text, position)
                .with_label("shown as plain text")
                .with_help(format!(
                    "lines up to {} bytes are highlighted: break the line, or start the block with ```text if it is data",
                    highlight::LINE_LIMIT
                ))
        });
    }
}
