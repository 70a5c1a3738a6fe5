//! Module bodies from Markdown to HTML: one pass over pulldown-cmark's events that adds heading
//! anchors, resolves links, turns GFM alerts and fenced divs into callouts, exercises and the
//! other blocks of `divs.rs`, and highlights code.

mod blocks;
mod code;
mod diagrams;
pub(crate) mod divs;
mod formulas;
mod glossary;
mod headings;
mod inline;
mod labels;
mod linking;
pub(crate) mod links;
mod output;
mod tasks;

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd, html};

use crate::course::TakenLists;
use crate::diagnostics::{Diagnostic, Position, ProblemBudget, SOURCE_LINE_LIMIT, Severity};
use crate::i18n::Words;
use crate::read::divs::Fence;
use crate::read::source::LineIndex;
use crate::render::glossary::Glossary;
use crate::render::highlight::HighlightCache;
use crate::render::math::{MathRenderer, PageMath, UnreadFormulas};
use crate::render::quiz::QuizWords;
use crate::render::text::options;
use crate::util::slug::UniqueSlugs;
use divs::{Audience, Divs};
use headings::PendingHeading;
use links::{LinkTargets, SitePath};

/// A heading of a module, for the table of contents and anchor checks.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
    /// Whether the table of contents lists it (tab titles are not listed).
    #[serde(skip)]
    pub in_toc: bool,
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
    /// Minutes of the page's exercises (`minutes=` on each, or an estimate).
    pub exercise_minutes: u32,
    /// Formulas on the page (its math font is loaded only then).
    pub formulas: usize,
    /// Diagrams drawn on the page (their stylesheet is loaded only then).
    pub diagrams: usize,
}

impl ReadingLoad {
    /// Minutes at ~200 words a minute, a line of code read like 8 words, an image looked at for
    /// about 12 seconds and a self-check question answered in about 30, plus the exercises'
    /// minutes. At least one minute.
    pub fn minutes(&self) -> u32 {
        let weighted =
            self.words + 8 * self.code_lines + 40 * self.images + 100 * self.quiz_questions;
        (weighted.div_ceil(200).max(1) as u32).saturating_add(self.exercise_minutes)
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
    /// Ids other than headings' that links may name as anchors (figures, spans).
    pub anchors: Vec<String>,
    /// Links to glossary terms (the popover script is loaded only then).
    pub terms: usize,
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
    pub audience: Audience,
    pub math: &'a MathRenderer,
    /// The front matter lists this module took from blocks of its body.
    pub taken: TakenLists,
    /// The body's `:::` fence lines, as the course stage found them.
    pub fences: &'a [Fence],
    /// The course's glossary, for `[term]{.term}` (empty when it has none).
    pub glossary: &'a Glossary,
    /// The words the renderer writes itself (labels, callouts), in the course's language.
    pub words: &'a Words,
    /// The quizzes' words, made once from `words` for every page.
    pub quiz_words: &'a QuizWords,
}

/// Renders the body of a module.
pub fn render(page: &Page) -> Rendered {
    let body = page.file_text.get(page.body_offset..).unwrap_or("");
    let (text, markers) = divs::prepare(body, page.fences);
    let lines = LineIndex::new(page.file_text);
    let mut out = Rendered::default();
    if page.collect_text {
        out.sections.push(SectionText::default());
    }
    let mut state = State {
        page,
        source: &text,
        lines: &lines,
        out,
        slugs: UniqueSlugs::default(),
        heading: None,
        code: None,
        code_title: None,
        quizzes: Vec::new(),
        image_alt: None,
        budget: ProblemBudget::default(),
        divs: Divs::with_markers(markers),
        figures: 0,
        diagrams: 0,
        math: None,
        unread_formulas: UnreadFormulas::default(),
        last_text: 0,
        inline: inline::Inline::default(),
        task: None,
        table_head: None,
    };
    let mut events: Vec<Event> = Vec::new();
    for (event, range) in Parser::new_ext(&text, options()).into_offset_iter() {
        state.handle(event, range, &mut events);
    }
    state.close_all_divs(&mut events);
    state.label_quizzes(&mut events);
    let mut html_out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut html_out, events.into_iter());
    state.out.html = html_out;
    let summary = state.budget.summary(page.file, page.file_text);
    state.out.problems.extend(summary);
    state.out
}

struct State<'p, 'a> {
    page: &'p Page<'p>,
    /// The body as the parser reads it (fence lines replaced, see `divs.rs`): the text that
    /// event ranges point into.
    source: &'a str,
    lines: &'p LineIndex,
    out: Rendered,
    slugs: UniqueSlugs,
    heading: Option<PendingHeading<'a>>,
    /// The code block being read: its language, text and where its fence is.
    code: Option<(String, String, Position)>,
    /// The code block's `title="..."`, shown above it.
    code_title: Option<String>,
    /// Where each quiz block so far is among the page's events, to number and name them.
    quizzes: Vec<usize>,
    image_alt: Option<(String, Position)>,
    budget: ProblemBudget,
    divs: Divs,
    /// Figures so far on this page, to number them (images with a caption, and fenced
    /// figures).
    figures: usize,
    /// ```` ```mermaid ```` blocks so far on this page, to give each SVG its own ids.
    diagrams: usize,
    /// Brackets, links, images and attribute blocks being read (see `inline.rs`).
    inline: inline::Inline,
    /// The task-list checkbox waiting for its item's text (see `tasks.rs`).
    task: Option<tasks::PendingTask>,
    /// Inside a table's header: the cell being read, where its events start and where it is
    /// written.
    table_head: Option<Option<(usize, Range<usize>)>>,
    /// The page's formulas, made when the first one is met.
    math: Option<PageMath>,
    unread_formulas: UnreadFormulas,
    /// Where the last text event started, for a `$` given as a text of its own.
    last_text: usize,
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
        self.body_position(self.divs.markers.original(range.start), range.len())
    }

    /// Where the text at `start` of the body, `len` bytes long at most, is in the file.
    fn body_position(&self, start: usize, len: usize) -> Position {
        let offset = self.page.body_offset + start;
        let (line, column) = self.lines.position(self.page.file_text, offset);
        let rest = self.page.file_text.get(offset..).unwrap_or("");
        // A diagnostic shows at most this much of a line, so a link spanning the rest of a long
        // paragraph (nested images) is not measured to its end each time.
        let width = rest
            .get(..len.min(rest.len()))
            .unwrap_or(rest)
            .chars()
            .take_while(|&c| c != '\n')
            .take(SOURCE_LINE_LIMIT)
            .count();
        Position::new(line, column, width)
    }

    fn emit(&mut self, event: Event<'a>, events: &mut Vec<Event<'a>>) {
        if self.divs.hides() {
            return;
        }
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
        if self.heading.is_some() || self.divs.quiet() {
            return;
        }
        if let Some(section) = self.out.sections.last_mut() {
            section.text.push_str(text);
        }
    }

    /// Separates the words of two blocks, or of two lines.
    fn collect_break(&mut self) {
        if let Some(section) = self.out.sections.last_mut()
            && !section.text.is_empty()
            && !section.text.ends_with(' ')
        {
            section.text.push(' ');
        }
    }

    /// Takes one event of the pass to the construct it belongs to. A new block construct gets
    /// its arms here and its methods in a file of its own, as callouts and tables have theirs in
    /// `blocks.rs`.
    fn handle(&mut self, event: Event<'a>, range: Range<usize>, events: &mut Vec<Event<'a>>) {
        if self.code.is_some() {
            self.code_block_event(event, events);
            return;
        }
        let Some(event) = self.div_event(event, &range, events) else {
            return;
        };
        let Some(event) = self.inline_event(event, &range, events) else {
            return;
        };
        self.collect_alt(&event);
        self.task_event(&event, events);
        match event {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => self.start_heading(level, id, classes),
            Event::End(TagEnd::Heading(_)) => self.finish_heading(events),
            Event::Start(Tag::CodeBlock(kind)) => self.start_code(kind, &range),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => self.start_link(link_type, dest_url, title, id, &range, events),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => self.start_image(link_type, dest_url, title, id, &range, events),
            Event::End(TagEnd::Image) => self.end_image(&range, events),
            Event::End(TagEnd::Link) => self.end_link(&range, events),
            Event::TaskListMarker(checked) => self.task_marker(checked, events),
            Event::Start(Tag::BlockQuote(Some(kind))) => self.start_callout(kind, events),
            Event::End(TagEnd::BlockQuote(Some(_))) => self.end_callout(events),
            Event::Start(Tag::Table(alignments)) => self.start_table(alignments, events),
            Event::End(TagEnd::Table) => self.end_table(events),
            Event::Start(Tag::TableHead) => self.start_table_head(events),
            Event::End(TagEnd::TableHead) => self.end_table_head(events),
            Event::Start(Tag::TableCell) => self.start_cell(&range, events),
            Event::End(TagEnd::TableCell) => self.end_cell(events),
            Event::Text(text) => self.text(text, &range, events),
            Event::InlineMath(latex) => self.formula(latex, false, &range, events),
            Event::DisplayMath(latex) => self.formula(latex, true, &range, events),
            Event::Code(text) => self.inline_code(text, events),
            event @ (Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
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

    /// Text: counted for the reading time and kept for the search index.
    fn text(&mut self, text: CowStr<'a>, range: &Range<usize>, events: &mut Vec<Event<'a>>) {
        if !self.divs.quiet() {
            self.out.load.words += text.split_whitespace().count();
        }
        if self.unread_formulas.check(&text) {
            self.warn_unread_formula(range, &text);
        }
        self.last_text = range.start;
        self.collect(&text);
        self.emit(Event::Text(text), events);
    }

    /// Inline code: read like text, and at least one word however it is spaced.
    fn inline_code(&mut self, text: CowStr<'a>, events: &mut Vec<Event<'a>>) {
        if !self.divs.quiet() {
            self.out.load.words += text.split_whitespace().count().max(1);
        }
        self.collect(&text);
        self.emit(Event::Code(text), events);
    }
}

#[cfg(test)]
pub(super) mod tests;
