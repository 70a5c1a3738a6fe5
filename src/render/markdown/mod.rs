//! Module bodies from Markdown to HTML: one pass over pulldown-cmark's events that adds heading
//! anchors, resolves links, turns GFM alerts into callouts and highlights code.

pub(crate) mod links;

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, Parser, Tag, TagEnd, html,
};

use crate::diagnostics::{Diagnostic, Position, ProblemBudget, SOURCE_LINE_LIMIT, Severity};
use crate::read::source::LineIndex;
use crate::read::yaml::YamlSource;
use crate::render::highlight::{self, HighlightCache};
use crate::render::quiz;
use crate::render::text::options;
use crate::util::html::escape_html;
use crate::util::slug::{UniqueSlugs, heading_slug};
use crate::util::url::relative_url;
use links::{LinkTargets, Resolved, SitePath, not_a_module, resolve};

/// A heading of a module, for the table of contents and anchor checks.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// An internal link found in a module, checked once every page is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRecord {
    pub target: SitePath,
    pub written: String,
    pub position: Position,
}

/// How much there is to read, for the time estimate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadingLoad {
    pub words: usize,
    pub code_lines: usize,
    pub images: usize,
    pub quiz_questions: usize,
}

impl ReadingLoad {
    /// Minutes at ~200 words a minute, a line of code read like 8 words, an image looked at for
    /// about 12 seconds and a self-check question answered in about 30. At least one minute.
    pub fn minutes(&self) -> u32 {
        let weighted =
            self.words + 8 * self.code_lines + 40 * self.images + 100 * self.quiz_questions;
        weighted.div_ceil(200).max(1) as u32
    }
}

/// The readable text of a part of a module, for the search index: the part before the first
/// heading (`anchor` empty) or an `h1`–`h3` and what follows it up to the next one. Code blocks
/// and quizzes are left out; inline code and image descriptions stay.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SectionText {
    pub anchor: String,
    pub heading: String,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Filled only when `Page::collect_text` is set.
    pub sections: Vec<SectionText>,
    pub links: Vec<LinkRecord>,
    pub load: ReadingLoad,
    pub problems: Vec<Diagnostic>,
}

/// Where the Markdown comes from and where its page goes.
pub struct Page<'a> {
    /// Course-relative path of the module file.
    pub file: &'a Path,
    /// The whole file, for positions and quoted lines.
    pub file_text: &'a str,
    /// Byte offset of the body within `file_text`.
    pub body_offset: usize,
    /// Site path of the page (`basics/first-commit/`).
    pub url: &'a str,
    pub targets: &'a LinkTargets,
    /// Whether to keep the text of each section (for the search index).
    pub collect_text: bool,
    pub highlighter: &'a HighlightCache,
}

/// Renders the body of a module.
pub fn render(page: &Page) -> Rendered {
    let body = page.file_text.get(page.body_offset..).unwrap_or("");
    let lines = LineIndex::new(page.file_text);
    let mut out = Rendered::default();
    if page.collect_text {
        out.sections.push(SectionText::default());
    }
    let mut state = State {
        page,
        lines: &lines,
        out,
        slugs: UniqueSlugs::default(),
        heading: None,
        code: None,
        quizzes: 0,
        image_alt: None,
        budget: ProblemBudget::default(),
    };
    let mut events: Vec<Event> = Vec::new();
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        state.handle(event, range, &mut events);
    }
    let mut html_out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut html_out, events.into_iter());
    state.out.html = html_out;
    let summary = state.budget.summary(page.file, page.file_text);
    state.out.problems.extend(summary);
    state.out
}

struct PendingHeading<'a> {
    level: HeadingLevel,
    explicit_id: Option<String>,
    classes: Vec<String>,
    events: Vec<Event<'a>>,
    text: String,
}

struct State<'p, 'a> {
    page: &'p Page<'p>,
    lines: &'p LineIndex,
    out: Rendered,
    slugs: UniqueSlugs,
    heading: Option<PendingHeading<'a>>,
    /// The code block being read: its language, text and where its fence is.
    code: Option<(String, String, Position)>,
    /// Quiz blocks so far on this page, to number them.
    quizzes: usize,
    image_alt: Option<(String, Position)>,
    budget: ProblemBudget,
}

impl<'a> State<'_, 'a> {
    /// Adds the problem that `make` builds, unless the file has had its share of problems
    /// of that severity: then it is only counted.
    fn report(
        &mut self,
        severity: Severity,
        position: Position,
        make: impl FnOnce(&Self) -> Diagnostic,
    ) {
        if self.budget.admit(severity, position) {
            let problem = make(self);
            self.out.problems.push(problem);
        }
    }

    /// Where the event at `range` of the body is in the file. Only the events that may need it
    /// ask: a paragraph of a megabyte can have a million events.
    fn position(&self, range: &Range<usize>) -> Position {
        let offset = self.page.body_offset + range.start;
        let (line, column) = self.lines.position(self.page.file_text, offset);
        let rest = self.page.file_text.get(offset..).unwrap_or("");
        // A diagnostic shows at most this much of a line, so a link spanning the rest of a long
        // paragraph (nested images) is not measured to its end each time.
        let width = rest
            .get(..range.len().min(rest.len()))
            .unwrap_or(rest)
            .chars()
            .take_while(|&c| c != '\n')
            .take(SOURCE_LINE_LIMIT)
            .count();
        Position::new(line, column, width)
    }

    fn emit(&mut self, event: Event<'a>, events: &mut Vec<Event<'a>>) {
        if let Some(heading) = &mut self.heading {
            if let Event::Text(text) | Event::Code(text) = &event {
                heading.text.push_str(text);
            }
            heading.events.push(event);
        } else {
            events.push(event);
        }
    }

    /// Adds body text to the current section, when text is being collected.
    fn collect(&mut self, text: &str) {
        if self.heading.is_some() {
            return;
        }
        if let Some(section) = self.out.sections.last_mut() {
            section.text.push_str(text);
        }
    }

    /// Separates the words of two blocks, or of two lines.
    fn collect_break(&mut self) {
        if let Some(section) = self.out.sections.last_mut() {
            if !section.text.is_empty() && !section.text.ends_with(' ') {
                section.text.push(' ');
            }
        }
    }

    fn handle(&mut self, event: Event<'a>, range: Range<usize>, events: &mut Vec<Event<'a>>) {
        if let Some((_, code, _)) = &mut self.code {
            match event {
                Event::Text(text) => code.push_str(&text),
                Event::End(TagEnd::CodeBlock) => self.finish_code(events),
                _ => {}
            }
            return;
        }
        if let Some((alt, _)) = &mut self.image_alt {
            if let Event::Text(text) | Event::Code(text) = &event {
                alt.push_str(text);
            }
        }
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                self.heading = Some(PendingHeading {
                    level,
                    explicit_id: id.map(|id| id.to_string()),
                    classes: classes.iter().map(|c| c.to_string()).collect(),
                    events: Vec::new(),
                    text: String::new(),
                });
            }
            Event::End(TagEnd::Heading(_)) => self.finish_heading(events),
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split([' ', ',', '{']).next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some((language, String::new(), self.position(&range)));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = self.rewrite_link(dest_url, self.position(&range));
                self.emit(
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }),
                    events,
                );
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let position = self.position(&range);
                let dest_url = self.rewrite_link(dest_url, position);
                self.image_alt = Some((String::new(), position));
                self.out.load.images += 1;
                self.emit(
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }),
                    events,
                );
            }
            Event::End(TagEnd::Image) => {
                if let Some((alt, at)) = self.image_alt.take() {
                    if alt.trim().is_empty() {
                        self.report(Severity::Warning, at, |state| {
                            Diagnostic::warning("this image has no alternative text")
                                .at(state.page.file, state.page.file_text, at)
                                .with_help("describe the image between the brackets, such as `![A commit graph with two branches](graph.svg)`, for readers who cannot see it")
                        });
                    }
                }
                self.emit(Event::End(TagEnd::Image), events);
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (class, title) = alert(kind);
                let html = format!(
                    "<div class=\"callout callout-{class}\" role=\"note\">\n<p class=\"callout-title\">{title}</p>\n"
                );
                self.emit(Event::Html(html.into()), events);
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                self.emit(Event::Html("</div>\n".into()), events)
            }
            Event::Start(Tag::Table(alignments)) => {
                // Focusable, so that a table wider than a phone can be scrolled from the keyboard.
                self.emit(
                    Event::Html("<div class=\"table-wrap\" tabindex=\"0\">\n".into()),
                    events,
                );
                self.emit(Event::Start(Tag::Table(alignments)), events);
            }
            Event::End(TagEnd::Table) => {
                self.emit(Event::End(TagEnd::Table), events);
                self.emit(Event::Html("</div>\n".into()), events);
            }
            Event::Text(text) => {
                self.out.load.words += text.split_whitespace().count();
                self.collect(&text);
                self.emit(Event::Text(text), events);
            }
            Event::Code(text) => {
                self.out.load.words += text.split_whitespace().count().max(1);
                self.collect(&text);
                self.emit(Event::Code(text), events);
            }
            event @ (Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::List(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition,
            )
            | Event::SoftBreak
            | Event::HardBreak) => {
                self.collect_break();
                self.emit(event, events);
            }
            other => self.emit(other, events),
        }
    }

    fn rewrite_link(&mut self, dest_url: CowStr<'a>, position: Position) -> CowStr<'a> {
        let page = self.page;
        match resolve(&dest_url, page.file, page.url, page.targets) {
            Resolved::External => dest_url,
            Resolved::Internal(target) => {
                let mut url = if target.path == page.url && target.anchor.is_some() {
                    String::new()
                } else {
                    relative_url(page.url, &target.path)
                };
                if let Some(anchor) = &target.anchor {
                    url.push('#');
                    url.push_str(anchor);
                }
                self.out.links.push(LinkRecord {
                    target,
                    written: dest_url.to_string(),
                    position,
                });
                url.into()
            }
            Resolved::Broken { problem, help } => {
                self.report_broken_link(position, || (problem, help));
                dest_url
            }
            Resolved::NotAModule { course_path } => {
                self.report_broken_link(position, || {
                    not_a_module(&dest_url, page.file, &course_path, page.targets)
                });
                dest_url
            }
        }
    }

    /// Reports a link that cannot work; `explain` gives the problem and its help.
    fn report_broken_link(
        &mut self,
        position: Position,
        explain: impl FnOnce() -> (String, String),
    ) {
        self.report(Severity::Error, position, |state| {
            let (problem, help) = explain();
            Diagnostic::error(problem)
                .at(state.page.file, state.page.file_text, position)
                .with_label("broken link")
                .with_help(help)
        });
    }

    fn finish_heading(&mut self, events: &mut Vec<Event<'a>>) {
        let Some(heading) = self.heading.take() else {
            return;
        };
        let text = heading.text.trim().to_string();
        let id = match heading.explicit_id {
            Some(id) => self.slugs.claim(&id),
            None => self.slugs.claim(&heading_slug(&text)),
        };
        let level = heading.level as u8;
        let mut inner = String::new();
        html::push_html(&mut inner, heading.events.into_iter());
        let class = if heading.classes.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", escape_html(&heading.classes.join(" ")))
        };
        let id_attr = escape_html(&id);
        let html = format!(
            "<h{level} id=\"{id_attr}\"{class}>{inner} <a class=\"anchor\" href=\"#{id_attr}\" aria-label=\"Link to this section: {}\">#</a></h{level}>\n",
            escape_html(&text)
        );
        events.push(Event::Html(html.into()));
        if level <= 3 && !self.out.sections.is_empty() {
            self.out.sections.push(SectionText {
                anchor: id.clone(),
                heading: text.clone(),
                text: String::new(),
            });
        } else {
            self.collect(&text);
            self.collect_break();
        }
        self.out.headings.push(Heading { level, id, text });
    }

    fn finish_code(&mut self, events: &mut Vec<Event<'a>>) {
        let Some((language, code, fence)) = self.code.take() else {
            return;
        };
        if language == "quiz" {
            let source = YamlSource {
                file: self.page.file,
                file_text: self.page.file_text,
                yaml: &code,
                line_offset: fence.line,
            };
            let (questions, problems) = quiz::parse(&source);
            self.out.problems.extend(problems);
            self.out.load.quiz_questions += questions.len();
            self.quizzes += 1;
            let html = quiz::to_html(&questions, self.quizzes);
            self.emit(Event::Html(html.into()), events);
            return;
        }
        self.out.load.code_lines += code.lines().count();
        self.warn_unhighlighted_lines(&code, &language, fence);
        let inner = self.page.highlighter.highlight(&code, &language);
        let html = if language.is_empty() {
            format!("<pre class=\"code\" tabindex=\"0\"><code>{inner}</code></pre>\n")
        } else {
            let language = escape_html(&language);
            format!(
                "<pre class=\"code\" data-lang=\"{language}\" tabindex=\"0\"><code class=\"language-{language}\">{inner}</code></pre>\n"
            )
        };
        let event = Event::Html(html.into());
        self.emit(event, events);
    }
}

impl State<'_, '_> {
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

fn alert(kind: BlockQuoteKind) -> (&'static str, &'static str) {
    match kind {
        BlockQuoteKind::Note => ("note", "Note"),
        BlockQuoteKind::Tip => ("tip", "Tip"),
        BlockQuoteKind::Important => ("important", "Important"),
        BlockQuoteKind::Warning => ("warning", "Warning"),
        BlockQuoteKind::Caution => ("caution", "Caution"),
    }
}

#[cfg(test)]
mod tests;
