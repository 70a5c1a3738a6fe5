//! Pandoc's fenced divs (`::: exercise` ... `:::`) as the page's constructs: exercises,
//! solutions and hints, instructor notes, callouts, figures and tab sets.
//!
//! pulldown-cmark knows no fenced divs, so before the pass each fence line (found by
//! [`crate::read::divs::fences`]) is replaced by an HTML comment that names it. A comment line
//! is a complete HTML block that may interrupt a paragraph, so the parser ends the block before
//! it and starts a new one after it, as Pandoc does. The pass then sees each fence as one HTML
//! block at its place in lists and quotes, and [`Markers`] maps offsets back to the file.

pub(super) mod kinds;

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use super::State;
use super::headings::HeadingRole;
use super::labels;
use crate::diagnostics::{Diagnostic, Position, Severity, did_you_mean};
use crate::read::divs::{Attributes, Fence, FenceKind};
use crate::render::text::render_inline;
use crate::util::html::escape_html;
pub(super) use kinds::{Callout, Disclosure, Kind};
use kinds::{KNOWN_NAMES, kind_of};

/// The fence lines of a body, as comments in the text given to the parser.
#[derive(Debug, Default)]
pub(super) struct Markers {
    list: Vec<Marker>,
}

#[derive(Debug)]
struct Marker {
    /// The comment, in the parser's text.
    at: Range<usize>,
    fence: Fence,
    /// Bytes the parser's text has gained (or lost) over the body up to the end of this marker.
    shift: isize,
}

/// The body with its fences replaced, ready for the parser.
pub(super) fn prepare<'b>(body: &'b str, found: &[Fence]) -> (Cow<'b, str>, Markers) {
    if found.is_empty() {
        return (Cow::Borrowed(body), Markers::default());
    }
    let mut text = String::with_capacity(body.len() + found.len() * 16);
    let mut list = Vec::with_capacity(found.len());
    let mut copied = 0;
    for (index, fence) in found.iter().cloned().enumerate() {
        text.push_str(&body[copied..fence.range.start]);
        let start = text.len();
        text.push_str(&format!("<!--syllabus:{index}-->"));
        let at = start..text.len();
        copied = fence.range.end;
        let shift = text.len() as isize - copied as isize;
        list.push(Marker { at, fence, shift });
    }
    text.push_str(&body[copied..]);
    (Cow::Owned(text), Markers { list })
}

impl Markers {
    /// The body offset of an offset of the parser's text.
    pub(super) fn original(&self, offset: usize) -> usize {
        let before = self.list.partition_point(|m| m.at.start <= offset);
        match before.checked_sub(1).map(|i| &self.list[i]) {
            None => offset,
            Some(marker) if offset < marker.at.end => marker.fence.range.start,
            Some(marker) => (offset as isize - marker.shift).max(0) as usize,
        }
    }

    /// The marker that an HTML block at `range` of the parser's text is, if it is one.
    fn at(&self, range: &Range<usize>) -> Option<usize> {
        let index = self.list.partition_point(|m| m.at.start < range.start);
        self.list
            .get(index)
            .filter(|m| m.at.start < range.end)
            .map(|_| index)
    }
}

/// Who the page is for: learners see neither instructor notes nor, when the course hides
/// them, solutions; the instructor view shows both, marked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Audience {
    pub instructor: bool,
    pub hide_solutions: bool,
}

/// The fenced divs of the pass: the markers, the blocks open now, and the counts that number
/// exercises.
#[derive(Debug, Default)]
pub(super) struct Divs {
    pub(super) markers: Markers,
    open: Vec<OpenDiv>,
    /// The marker whose HTML block is being read.
    in_marker: Option<usize>,
    /// Set when a block that takes its title from a first heading has just opened.
    title_wanted: bool,
    /// Lists, items, quotes and footnotes open now.
    containers: usize,
    exercises: usize,
    /// Blocks open now whose content is not published, and those kept out of search.
    hidden: usize,
    unsearched: usize,
}

#[derive(Debug)]
struct OpenDiv {
    kind: Kind,
    marker: usize,
    containers: usize,
    attributes: Attributes,
    /// A closing fence was met inside a list item this block holds: it closes when the item
    /// does.
    closing: bool,
    /// Tab sets: the heading level that starts a tab, and whether a tab is open.
    tab_level: Option<HeadingLevel>,
    tab_open: bool,
    /// Figures: where their events start, to make the last paragraph the caption.
    first_event: usize,
}

impl Divs {
    pub(super) fn with_markers(markers: Markers) -> Divs {
        Divs {
            markers,
            ..Divs::default()
        }
    }

    /// Whether what is being read now is left out of the page.
    pub(super) fn hides(&self) -> bool {
        self.hidden > 0
    }

    /// Whether what is being read now is left out of the search index and the reading time.
    pub(super) fn quiet(&self) -> bool {
        self.hidden > 0 || self.unsearched > 0
    }
}

impl<'a> State<'_, 'a> {
    /// Takes the events that belong to fenced divs; returns the event when it is not one.
    pub(super) fn div_event(
        &mut self,
        event: Event<'a>,
        range: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) -> Option<Event<'a>> {
        if let Some(marker) = self.divs.in_marker {
            if matches!(event, Event::End(TagEnd::HtmlBlock)) {
                self.divs.in_marker = None;
                self.fence(marker, events);
            }
            return None;
        }
        if self.divs.title_wanted && !matches!(event, Event::Start(Tag::Heading { .. })) {
            self.divs.title_wanted = false;
            self.untitled(events);
        }
        match &event {
            Event::Start(Tag::HtmlBlock) => {
                if let Some(marker) = self.divs.markers.at(range) {
                    self.divs.in_marker = Some(marker);
                    return None;
                }
            }
            Event::Start(
                Tag::BlockQuote(_) | Tag::List(_) | Tag::Item | Tag::FootnoteDefinition(_),
            ) => self.divs.containers += 1,
            Event::End(
                TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item | TagEnd::FootnoteDefinition,
            ) => {
                self.divs.containers = self.divs.containers.saturating_sub(1);
                self.close_ended_containers(events);
            }
            _ => {}
        }
        Some(event)
    }

    fn fence(&mut self, marker: usize, events: &mut Vec<Event<'a>>) {
        match self.divs.markers.list[marker].fence.kind.clone() {
            FenceKind::Open(Ok(attributes)) => self.open_div(marker, attributes, events),
            FenceKind::Open(Err(error)) => {
                let start = self.divs.markers.list[marker].fence.range.start;
                let position = self.body_position(start + error.offset, 1);
                self.report(Severity::Error, position, |state| {
                    Diagnostic::error(error.message)
                        .at(state.page.file, state.page.file_text, position)
                        .with_help("write attributes as Pandoc does: `::: {.exercise title=\"Undo a commit\" minutes=5}`, or one name: `::: exercise`")
                });
                self.open_div(marker, Attributes::default(), events);
            }
            FenceKind::Close => self.close_fence(marker, events),
        }
    }

    fn open_div(&mut self, marker: usize, attributes: Attributes, events: &mut Vec<Event<'a>>) {
        let kind = match kind_of(&attributes, self.page.audience, self.page.taken) {
            Ok(kind) => kind,
            Err(unknown) => {
                self.warn_unknown(marker, &unknown);
                Kind::Plain
            }
        };
        let minutes = self.exercise_minutes(marker, &kind, &attributes);
        let div = OpenDiv {
            kind,
            marker,
            containers: self.divs.containers,
            attributes,
            closing: false,
            tab_level: None,
            tab_open: false,
            first_event: events.len(),
        };
        if div.kind.hides() {
            self.divs.hidden += 1;
        }
        if div.kind.is_quiet() {
            self.divs.unsearched += 1;
        }
        if !self.divs.quiet() {
            self.out.load.exercise_minutes += minutes;
        }
        self.collect_break();
        let opening = self.opening_html(&div);
        self.divs.open.push(div);
        if let Some(html) = opening {
            self.emit(Event::Html(html.into()), events);
        }
    }

    /// The HTML that opens a block, or `None` when it waits for its first event to decide its
    /// title (a first `## Title` becomes the exercise's title or the disclosure's summary).
    fn opening_html(&mut self, div: &OpenDiv) -> Option<String> {
        let id = div.attributes.id.as_deref().map(|id| self.claim_anchor(id));
        let id_attr = id
            .as_ref()
            .map(|id| format!(" id=\"{}\"", escape_html(id)))
            .unwrap_or_default();
        let classes = extra_classes(&div.attributes);
        let title = div.attributes.get("title").map(str::to_string);
        if self.divs.hides() {
            // Not published: it takes no number, so that the published ones have no gaps.
            return None;
        }
        match &div.kind {
            Kind::Exercise => {
                self.divs.exercises += 1;
                match title {
                    Some(title) => Some(self.exercise_heading(&title, &id_attr, &classes)),
                    None => {
                        self.divs.title_wanted = true;
                        None
                    }
                }
            }
            Kind::Disclosure(_) if title.is_none() => {
                self.divs.title_wanted = true;
                None
            }
            Kind::Disclosure(disclosure) => {
                let title = title.unwrap_or_default();
                let summary =
                    disclosure.summary(self.page.words, Some(&render_inline(&title)), &title);
                Some(disclosure_html(disclosure, &summary, &id_attr, &classes))
            }
            Kind::Callout(_) if title.is_none() => {
                self.divs.title_wanted = true;
                None
            }
            Kind::Callout(callout) => Some(callout.html(
                self.page.words,
                title.map(|t| render_inline(&t)).as_deref(),
                &id_attr,
                &classes,
            )),
            Kind::Instructor => Some(format!(
                "<aside class=\"instructor-note{classes}\"{id_attr} aria-label=\"{0}\">\n<p class=\"instructor-note-title\"><span class=\"callout-icon\" aria-hidden=\"true\">🎓</span> {0}</p>\n",
                labels::instructor_note(self.page.words)
            )),
            Kind::Figure => {
                self.figures += 1;
                let id =
                    id.unwrap_or_else(|| self.claim_anchor(&format!("figure-{}", self.figures)));
                Some(format!(
                    "<figure class=\"figure{classes}\" id=\"{}\">\n",
                    escape_html(&id)
                ))
            }
            Kind::Tabset => Some(format!(
                "<div class=\"tabset{classes}\"{id_attr} data-tabset>\n"
            )),
            Kind::Taken | Kind::Hidden => None,
            Kind::Plain => Some(format!(
                "<div class=\"{}\"{id_attr}>\n",
                escape_html(&div.attributes.classes.join(" "))
            )),
        }
    }

    /// The block opened last waits for a title, and its first event is not a heading.
    fn untitled(&mut self, events: &mut Vec<Event<'a>>) {
        let Some(kind) = self.divs.open.last().map(|div| div.kind) else {
            return;
        };
        let (id_attr, classes) = self.innermost_attributes();
        let html = match kind {
            Kind::Exercise => self.exercise_heading("", &id_attr, &classes),
            Kind::Disclosure(disclosure) => disclosure_html(
                disclosure,
                &disclosure.summary(self.page.words, None, ""),
                &id_attr,
                &classes,
            ),
            Kind::Callout(callout) => callout.html(self.page.words, None, &id_attr, &classes),
            _ => return,
        };
        self.emit(Event::Html(html.into()), events);
    }

    /// The `id` attribute (claimed on the page) and the extra classes of the block opened
    /// last, for blocks whose opening HTML waited for their title.
    pub(super) fn innermost_attributes(&mut self) -> (String, String) {
        let Some(div) = self.divs.open.last() else {
            return (String::new(), String::new());
        };
        let classes = extra_classes(&div.attributes);
        let id = div.attributes.id.clone();
        let id_attr = id
            .map(|id| format!(" id=\"{}\"", escape_html(&self.claim_anchor(&id))))
            .unwrap_or_default();
        (id_attr, classes)
    }

    /// Opens an exercise whose title is given (or absent): its section and its heading.
    fn exercise_heading(&mut self, title: &str, id_attr: &str, classes: &str) -> String {
        let number = self.divs.exercises;
        let label = labels::exercise(self.page.words, number);
        let heading_text = if title.is_empty() {
            label.clone()
        } else {
            format!("{label}: {title}")
        };
        let id = self
            .slugs
            .claim(&crate::util::slug::heading_slug(&heading_text));
        let inner = if title.is_empty() {
            format!(
                "<span class=\"exercise-label\">{}</span>",
                escape_html(&label)
            )
        } else {
            format!(
                "<span class=\"exercise-label\">{}:</span> {}",
                escape_html(&label),
                render_inline(title)
            )
        };
        let heading = self.heading_html(2, &id, "exercise-title", &inner, &heading_text);
        self.record_heading(2, &id, &heading_text, true);
        format!(
            "<section class=\"exercise{classes}\"{id_attr} aria-labelledby=\"{}\">\n{heading}",
            escape_html(&id)
        )
    }

    /// The role of a heading that starts now: a block's title, a tab, or a plain heading.
    pub(super) fn heading_role(&mut self, level: HeadingLevel, title_wanted: bool) -> HeadingRole {
        let containers = self.divs.containers;
        let Some(div) = self.divs.open.last_mut() else {
            return HeadingRole::Plain;
        };
        match &div.kind {
            Kind::Exercise if title_wanted => HeadingRole::ExerciseTitle(self.divs.exercises),
            Kind::Disclosure(disclosure) if title_wanted => HeadingRole::Summary(disclosure),
            Kind::Callout(callout) if title_wanted => HeadingRole::CalloutTitle(callout),
            Kind::Tabset if div.containers == containers => {
                let tab_level = *div.tab_level.get_or_insert(level);
                if tab_level != level {
                    return HeadingRole::Plain;
                }
                let close_previous = std::mem::replace(&mut div.tab_open, true);
                HeadingRole::Tab { close_previous }
            }
            _ => HeadingRole::Plain,
        }
    }

    /// Whether the heading that starts now is the title a block waits for.
    pub(super) fn take_title_wanted(&mut self) -> bool {
        std::mem::take(&mut self.divs.title_wanted)
    }

    fn close_fence(&mut self, marker: usize, events: &mut Vec<Event<'a>>) {
        match self.divs.open.last_mut() {
            None => {
                let position = self.fence_position(marker);
                self.report(Severity::Warning, position, |state| {
                    Diagnostic::warning("this `:::` closes no block")
                        .at(state.page.file, state.page.file_text, position)
                        .with_label("left out of the page")
                        .with_help("remove it, or give the block it should close a name where it opens (`::: note`)")
                });
            }
            Some(div) if div.containers < self.divs.containers => div.closing = true,
            Some(_) => self.close_div(events),
        }
    }

    /// A list item or quote ended: the blocks opened inside it end with it. One that was not
    /// closed by a fence is an error at its opening line.
    fn close_ended_containers(&mut self, events: &mut Vec<Event<'a>>) {
        while let Some(div) = self.divs.open.last() {
            let ended = div.containers > self.divs.containers;
            let closed = div.closing && div.containers == self.divs.containers;
            if !(ended || closed) {
                return;
            }
            if !div.closing {
                self.report_unclosed(div.marker, "before the list item or quote it is in ends");
            }
            self.close_div(events);
        }
    }

    /// The end of the body: every block still open is an error at its opening line.
    pub(super) fn close_all_divs(&mut self, events: &mut Vec<Event<'a>>) {
        if std::mem::take(&mut self.divs.title_wanted) {
            self.untitled(events);
        }
        while let Some(div) = self.divs.open.last() {
            if !div.closing {
                self.report_unclosed(div.marker, "before the end of the file");
            }
            self.close_div(events);
        }
    }

    fn report_unclosed(&mut self, marker: usize, before: &str) {
        let position = self.fence_position(marker);
        let message = format!("this block is never closed {before}");
        self.report(Severity::Error, position, |state| {
            Diagnostic::error(message)
                .at(state.page.file, state.page.file_text, position)
                .with_label("opened here")
                .with_help("end the block with a line of colons (`:::`) at the same indentation as its opening line")
        });
    }

    fn close_div(&mut self, events: &mut Vec<Event<'a>>) {
        let Some(div) = self.divs.open.pop() else {
            return;
        };
        let closing = match &div.kind {
            Kind::Exercise => "</section>\n",
            Kind::Disclosure(_) => "</details>\n",
            Kind::Instructor => "</aside>\n",
            Kind::Figure => {
                self.caption_last_paragraph(&div, events);
                "</figure>\n"
            }
            Kind::Tabset if div.tab_open => "</div>\n</div>\n",
            Kind::Callout(_) | Kind::Tabset | Kind::Plain => "</div>\n",
            Kind::Taken | Kind::Hidden => "",
        };
        if !closing.is_empty() {
            self.emit(Event::Html(closing.into()), events);
        }
        self.collect_break();
        if div.kind.hides() {
            self.divs.hidden -= 1;
        }
        if div.kind.is_quiet() {
            self.divs.unsearched -= 1;
        }
    }

    /// A figure's last paragraph is its caption, numbered.
    fn caption_last_paragraph(&mut self, div: &OpenDiv, events: &mut [Event<'a>]) {
        if self.divs.hides() {
            return;
        }
        let Some(figure_events) = events.get_mut(div.first_event..) else {
            return;
        };
        let Some(end) = figure_events
            .iter()
            .rposition(|e| matches!(e, Event::End(TagEnd::Paragraph)))
        else {
            return;
        };
        let Some(start) = figure_events[..end]
            .iter()
            .rposition(|e| matches!(e, Event::Start(Tag::Paragraph)))
        else {
            return;
        };
        unwrap_lone_images(&mut figure_events[..start]);
        let label = labels::figure_caption_label(self.page.words, self.figures);
        figure_events[start] = Event::Html(format!("<figcaption>{label}").into());
        figure_events[end] = Event::Html("</figcaption>\n".into());
    }

    fn exercise_minutes(&mut self, marker: usize, kind: &Kind, attributes: &Attributes) -> u32 {
        if !matches!(kind, Kind::Exercise) {
            return 0;
        }
        let Some(written) = attributes.get("minutes") else {
            return kinds::EXERCISE_MINUTES;
        };
        match written.trim().parse::<u32>() {
            Ok(minutes) if minutes <= 600 => minutes,
            _ => {
                let position = self.fence_position(marker);
                let message = format!("`minutes={written}` is not a number of minutes");
                self.report(Severity::Warning, position, |state| {
                    Diagnostic::warning(message)
                        .at(state.page.file, state.page.file_text, position)
                        .with_help(format!("write a whole number such as `minutes=5`; {} minutes are counted meanwhile", kinds::EXERCISE_MINUTES))
                });
                kinds::EXERCISE_MINUTES
            }
        }
    }

    fn warn_unknown(&mut self, marker: usize, unknown: &str) {
        let position = self.fence_position(marker);
        let suggestion = did_you_mean(unknown, KNOWN_NAMES.iter().copied());
        let message = format!("`::: {unknown}` is not a block Syllabus knows");
        let help = match suggestion {
            Some(known) => format!(
                "did you mean `{known}`? The known blocks are {}",
                KNOWN_NAMES.join(", ")
            ),
            None => format!(
                "the known blocks are {}; another name makes a plain `<div class>` for your own styles",
                KNOWN_NAMES.join(", ")
            ),
        };
        self.report(Severity::Warning, position, |state| {
            Diagnostic::warning(message)
                .at(state.page.file, state.page.file_text, position)
                .with_label("shown as a plain block")
                .with_help(help)
        });
    }

    fn fence_position(&self, marker: usize) -> Position {
        let fence = &self.divs.markers.list[marker].fence;
        self.body_position(fence.range.start, fence.range.len())
    }
}

/// A paragraph holding only an image is no paragraph inside a figure: the image is the figure.
fn unwrap_lone_images(events: &mut [Event<'_>]) {
    let mut start = None;
    for at in 0..events.len() {
        match &events[at] {
            Event::Start(Tag::Paragraph) => start = Some(at),
            Event::End(TagEnd::Paragraph) => {
                let Some(first) = start.take() else { continue };
                let inner = &events[first + 1..at];
                let lone_image = matches!(inner.first(), Some(Event::Start(Tag::Image { .. })))
                    && matches!(inner.last(), Some(Event::End(TagEnd::Image)))
                    && inner[1..inner.len() - 1]
                        .iter()
                        .all(|e| !matches!(e, Event::End(TagEnd::Image)));
                if lone_image {
                    events[first] = Event::Html("".into());
                    events[at] = Event::Html("\n".into());
                }
            }
            _ => {}
        }
    }
}

pub(super) fn exercise_label(words: &crate::i18n::Words, number: usize) -> String {
    labels::exercise(words, number)
}

/// The classes written after the one that names the block, for the author's own styles.
fn extra_classes(attributes: &Attributes) -> String {
    attributes
        .classes
        .iter()
        .skip(1)
        .map(|class| format!(" {}", escape_html(class)))
        .collect()
}

pub(super) fn disclosure_html(
    disclosure: &kinds::Disclosure,
    summary: &str,
    id_attr: &str,
    classes: &str,
) -> String {
    format!(
        "<details class=\"disclosure disclosure-{}{classes}\"{id_attr}>\n<summary>{summary}</summary>\n",
        disclosure.class
    )
}

#[cfg(test)]
mod tests;
