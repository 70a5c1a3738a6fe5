//! Pandoc's inline attributes in the event pass: `{#id .class key=value}` right after an image,
//! a link or a bracketed span (`[text]{.class}`), and figures (an image with a title alone in
//! its paragraph).
//!
//! pulldown-cmark knows neither: a block after a link is text, and the brackets of a span that
//! is no link come as text events `[` and `]`. So the pass remembers where in the events each
//! `[`, link and image started, reads a block from the source right after a `]` or the end of a
//! link or image, rewrites what it applies to, and drops the events the block's text made.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd, html};

use super::State;
use crate::diagnostics::{Diagnostic, Severity};
use crate::read::attributes::{self, Attributes, is_safe_name};
use crate::render::text::is_inline_tag;
use crate::util::html::escape_html;

/// What the pass remembers of open inline constructs. Indices are into the list of events being
/// written (a pending heading's own, or the page's).
#[derive(Debug, Default)]
pub(super) struct Inline {
    /// Open `[` texts, innermost last: their index, their offset in the body, and in a heading
    /// where the heading's text has the `[`.
    brackets: Vec<(usize, usize, Option<usize>)>,
    /// Open links and images: the index of their start, and whether it is a link.
    open: Vec<(usize, bool)>,
    /// Body offsets of the attribute block just read: the events of its text are dropped.
    skip: Range<usize>,
    /// The index of the current paragraph's start.
    paragraph: Option<usize>,
    /// The last image written, while it may still turn out to be a figure.
    image: Option<Image>,
}

/// An image as written, to be made into a figure or given attributes.
#[derive(Debug)]
struct Image {
    /// Indices of its first and last events (the same once it is one HTML event).
    first: usize,
    last: usize,
    dest_url: String,
    title: String,
    alt: String,
    /// Checked, from its attributes.
    id: Option<String>,
    classes: Vec<String>,
    style: String,
}

/// What an attribute block applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Target {
    Link,
    Image,
}

impl<'a> State<'_, 'a> {
    /// The body as the parser reads it (the text that event offsets count in).
    pub(super) fn body(&self) -> &'a str {
        self.source
    }

    /// Where events are being written: into a pending heading, or the page.
    pub(super) fn sink<'s>(&'s mut self, events: &'s mut Vec<Event<'a>>) -> &'s mut Vec<Event<'a>> {
        match &mut self.heading {
            Some(heading) => &mut heading.events,
            None => events,
        }
    }

    /// Looks at an event before the pass handles it: drops the text of an attribute block,
    /// keeps track of brackets, links, images and paragraphs, and makes figures. Returns the
    /// event if the pass still has to handle it.
    pub(super) fn inline_event(
        &mut self,
        event: Event<'a>,
        range: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) -> Option<Event<'a>> {
        let skip = &self.inline.skip;
        if range.start >= skip.start && range.start < skip.end {
            return self.skipped(event, range);
        }
        let source = self.body().get(range.clone()).unwrap_or("");
        match &event {
            Event::Text(text) if source == "[" && text.as_ref() == "[" => {
                let at = self.sink(events).len();
                let in_heading = self.heading.as_ref().map(|h| h.text.len());
                self.inline.brackets.push((at, range.start, in_heading));
                self.emit(event, events);
                return None;
            }
            Event::Text(text) if source == "]" && text.as_ref() == "]" => {
                self.close_bracket(event, range, events);
                return None;
            }
            Event::Start(Tag::Paragraph) => {
                self.inline.paragraph = Some(self.sink(events).len());
                self.inline.brackets.clear();
            }
            Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
                let at = self.sink(events).len();
                let is_link = matches!(tag, Tag::Link { .. });
                self.inline.open.push((at, is_link));
            }
            Event::End(TagEnd::Paragraph) => {
                self.inline.brackets.clear();
                if self.figure(events) {
                    self.collect_break();
                    return None;
                }
            }
            Event::End(_) | Event::Start(_) if !is_inline(&event) => self.inline.brackets.clear(),
            _ => {}
        }
        Some(event)
    }

    /// An event inside an attribute block: dropped, except the part of a text after the block.
    fn skipped(&mut self, event: Event<'a>, range: &Range<usize>) -> Option<Event<'a>> {
        let end = self.inline.skip.end;
        if range.end <= end {
            return None;
        }
        match event {
            Event::Text(text) => {
                let source = self.body().get(range.clone()).unwrap_or("");
                let rest = match (source == text.as_ref(), text.get(end - range.start..)) {
                    (true, Some(rest)) => rest.to_string(),
                    _ => self.body().get(end..range.end).unwrap_or("").to_string(),
                };
                Some(Event::Text(rest.into()))
            }
            other => Some(other),
        }
    }

    /// A `]`: the end of a bracketed span when an attribute block follows, else text.
    fn close_bracket(
        &mut self,
        event: Event<'a>,
        range: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) {
        let open = self.inline.brackets.pop();
        let follows_block = self.body()[range.end..].starts_with('{');
        let Some((at, start, in_heading)) = open.filter(|_| follows_block) else {
            self.emit(event, events);
            return;
        };
        let Some(attributes) = self.read_attributes(range.end) else {
            self.emit(event, events);
            return;
        };
        // A heading's text (its slug, its table-of-contents entry) has the span's words only.
        if let (Some(heading), Some(bracket)) = (&mut self.heading, in_heading)
            && heading.text.get(bracket..bracket + 1) == Some("[")
        {
            heading.text.remove(bracket);
        }
        let whole = start..self.inline.skip.end;
        let inside_link = self.inline.open.iter().any(|&(_, is_link)| is_link);
        if attributes.classes.iter().any(|c| c == "term") && !inside_link {
            self.term_span(at, attributes, &whole, events);
        } else {
            let open_tag = self.span_tag(&attributes, &whole);
            self.replace(at, open_tag, events);
            self.emit(Event::Html("</span>".into()), events);
        }
    }

    /// Reads the attribute block starting at body offset `at`, marking its text to be dropped;
    /// `None`, with a warning, when it is malformed.
    fn read_attributes(&mut self, at: usize) -> Option<Attributes> {
        match attributes::parse(&self.body()[at..]) {
            Ok((attributes, len)) => {
                self.inline.skip = at..at + len;
                Some(attributes)
            }
            Err(malformed) => {
                let start = at + malformed.at;
                let position = self.position(&(start..start + 1));
                self.report(Severity::Warning, position, |state| {
                    Diagnostic::warning(format!(
                        "this attribute block is not read: {}",
                        malformed.problem
                    ))
                    .at(state.page.file, state.page.file_text, position)
                    .with_label("malformed attributes")
                    .with_help(attributes::HELP)
                });
                None
            }
        }
    }

    /// Replaces the event at `at` of the events being written by raw HTML.
    pub(super) fn replace(&mut self, at: usize, html: String, events: &mut Vec<Event<'a>>) {
        if let Some(event) = self.sink(events).get_mut(at) {
            *event = Event::Html(html.into());
        }
    }

    /// The opening tag of a bracketed span.
    fn span_tag(&mut self, attributes: &Attributes, at: &Range<usize>) -> String {
        let mut tag = String::from("<span");
        self.common_attributes(&mut tag, attributes, at, &["title"], "a span");
        tag.push('>');
        tag
    }

    /// Writes ` id=".." class=".."` and the `allowed` keys, warning about everything else.
    fn common_attributes(
        &mut self,
        tag: &mut String,
        attributes: &Attributes,
        at: &Range<usize>,
        allowed: &[&str],
        what: &str,
    ) {
        if let Some(id) = self.checked_id(attributes, at) {
            tag.push_str(&format!(" id=\"{}\"", escape_html(&id)));
        }
        let classes = self.checked_classes(attributes, at);
        tag.push_str(&class_attribute(&classes));
        for (key, value) in &attributes.pairs {
            if allowed.contains(&key.as_str()) {
                tag.push_str(&format!(" {key}=\"{}\"", escape_html(value)));
            }
        }
        self.warn_unknown_keys(attributes, at, allowed, what);
    }

    /// The id of `attributes`, made unique on the page and known as an anchor for links.
    pub(super) fn checked_id(
        &mut self,
        attributes: &Attributes,
        at: &Range<usize>,
    ) -> Option<String> {
        let id = attributes.id.as_deref()?;
        if !is_safe_name(id) {
            self.attribute_warning(
                at,
                format!("the id `{id}` is left out: ids are letters, digits, `-` and `_`"),
                "start the id with a letter, such as `{#fig-branches}`".into(),
            );
            return None;
        }
        Some(self.claim_anchor(id))
    }

    /// An id for an element of the page, unique among its headings and other ids, that links
    /// may name as their `#anchor`.
    pub(super) fn claim_anchor(&mut self, wanted: &str) -> String {
        let id = self.slugs.claim(wanted);
        self.out.anchors.push(id.clone());
        id
    }

    /// The classes of `attributes` that are safe to write.
    fn checked_classes(&mut self, attributes: &Attributes, at: &Range<usize>) -> Vec<String> {
        let (safe, unsafe_names): (Vec<&String>, Vec<&String>) =
            attributes.classes.iter().partition(|c| is_safe_name(c));
        for class in unsafe_names {
            self.attribute_warning(
                at,
                format!(
                    "the class `{class}` is left out: classes are letters, digits, `-` and `_`"
                ),
                "start the class with a letter, such as `.wide`".into(),
            );
        }
        safe.into_iter().cloned().collect()
    }

    fn warn_unknown_keys(
        &mut self,
        attributes: &Attributes,
        at: &Range<usize>,
        allowed: &[&str],
        what: &str,
    ) {
        for (key, _) in &attributes.pairs {
            if allowed.contains(&key.as_str()) {
                continue;
            }
            let known = if allowed.is_empty() {
                "only `#id` and `.class`".to_string()
            } else {
                let keys: Vec<String> = allowed.iter().map(|k| format!("`{k}`")).collect();
                format!("`#id`, `.class` and {}", keys.join(", "))
            };
            self.attribute_warning(
                at,
                format!("`{key}` is not an attribute of {what}; it is left out"),
                format!("{what} takes {known}"),
            );
        }
    }

    pub(super) fn attribute_warning(&mut self, at: &Range<usize>, message: String, help: String) {
        let position = self.position(at);
        self.report(Severity::Warning, position, |state| {
            Diagnostic::warning(message)
                .at(state.page.file, state.page.file_text, position)
                .with_help(help)
        });
    }

    /// After the end of a link or image (`range` is all of it): applies an attribute block
    /// that follows it, and keeps an image in mind in case it is a figure.
    /// Reads the attribute block after a link or an image, if any; whether it gave an `alt`.
    pub(super) fn after_link(
        &mut self,
        target: Target,
        range: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) -> bool {
        let Some((first, _)) = self.inline.open.pop() else {
            return false;
        };
        let with_block = self.body()[range.end..].starts_with('{');
        let attributes = if with_block {
            self.read_attributes(range.end).unwrap_or_default()
        } else {
            Attributes::default()
        };
        let alt_given = attributes
            .get("alt")
            .is_some_and(|alt| !alt.trim().is_empty());
        let whole = range.start..self.inline.skip.end.max(range.end);
        match target {
            Target::Link if with_block => self.link_attributes(first, &attributes, &whole, events),
            Target::Link => {}
            Target::Image => self.image_written(first, attributes, &whole, events),
        }
        alt_given
    }

    fn link_attributes(
        &mut self,
        first: usize,
        attributes: &Attributes,
        at: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) {
        let Some(start @ Event::Start(Tag::Link { .. })) = self.sink(events).get(first).cloned()
        else {
            return;
        };
        let mut tag = String::new();
        html::push_html(&mut tag, std::iter::once(start));
        tag.pop();
        self.common_attributes(&mut tag, attributes, at, &[], "a link");
        tag.push('>');
        self.replace(first, tag, events);
        let last = self.sink(events).len() - 1;
        self.replace(last, "</a>".into(), events);
    }

    /// An image just ended: remembered (a figure is known at its paragraph's end), and written
    /// as HTML of its own if it has attributes.
    fn image_written(
        &mut self,
        first: usize,
        attributes: Attributes,
        at: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) {
        let sink = self.sink(events);
        let Some(Event::Start(Tag::Image {
            dest_url, title, ..
        })) = sink.get(first)
        else {
            return;
        };
        let mut image = Image {
            first,
            last: sink.len() - 1,
            dest_url: dest_url.to_string(),
            title: title.to_string(),
            alt: plain_text(&sink[first + 1..]),
            id: None,
            classes: Vec::new(),
            style: String::new(),
        };
        if attributes != Attributes::default() {
            if let Some(alt) = attributes.get("alt") {
                image.alt = alt.to_string();
            }
            image.id = self.checked_id(&attributes, at);
            image.classes = self.checked_classes(&attributes, at);
            image.style = self.image_size(&attributes, at);
            self.warn_unknown_keys(&attributes, at, IMAGE_KEYS, "an image");
            let html = image_tag(&image, true);
            let sink = self.sink(events);
            sink.truncate(first);
            sink.push(Event::Html(html.into()));
            image.last = first;
        }
        self.inline.image = Some(image);
    }

    /// `width` and `height` as CSS, each checked to be a length.
    fn image_size(&mut self, attributes: &Attributes, at: &Range<usize>) -> String {
        let mut style = String::new();
        for key in ["width", "height"] {
            let Some(value) = attributes.get(key) else {
                continue;
            };
            match css_length(value) {
                Some(length) => style.push_str(&format!("{key}:{length};")),
                None => self.attribute_warning(
                    at,
                    format!("the {key} `{value}` is left out: it is not a length"),
                    format!("write a number with `%`, `px`, `em` or `rem`, such as `{key}=40%` or `{key}=320px`"),
                ),
            }
        }
        style
    }

    /// At the end of a paragraph: when it holds nothing but an image with a title, the image
    /// becomes a numbered figure with the title as its caption.
    fn figure(&mut self, events: &mut Vec<Event<'a>>) -> bool {
        let (Some(paragraph), Some(image)) =
            (self.inline.paragraph.take(), self.inline.image.take())
        else {
            return false;
        };
        let len = self.sink(events).len();
        if image.first != paragraph + 1 || image.last + 1 != len || image.title.trim().is_empty() {
            return false;
        }
        self.figures += 1;
        let id = match &image.id {
            Some(id) => id.clone(),
            None => self.claim_anchor(&format!("figure-{}", self.figures)),
        };
        let img = image_tag(&image, false);
        self.collect(&image.title);
        let class = class_attribute(&image.classes);
        let html = format!(
            "<figure id=\"{}\"{class}>\n{img}\n<figcaption>{}{}</figcaption>\n</figure>\n",
            escape_html(&id),
            super::labels::figure_caption_label(self.page.words, self.figures),
            escape_html(image.title.trim())
        );
        let sink = self.sink(events);
        sink.truncate(paragraph);
        sink.push(Event::Html(html.into()));
        true
    }
}

/// The `<img>` of an image written by the pass: `inline` with its title, id and classes, else
/// as the picture of a figure, which carries those.
fn image_tag(image: &Image, inline: bool) -> String {
    let title = if inline { image.title.as_str() } else { "" };
    let events = [
        Event::Start(Tag::Image {
            link_type: LinkType::Inline,
            dest_url: CowStr::from(image.dest_url.as_str()),
            title: title.into(),
            id: "".into(),
        }),
        Event::Text(image.alt.as_str().into()),
        Event::End(TagEnd::Image),
    ];
    // pulldown-cmark's own writer, so that the address and text are escaped as for any image.
    let mut tag = String::new();
    html::push_html(&mut tag, events.into_iter());
    let Some(open) = tag.strip_suffix(" />") else {
        return tag;
    };
    let mut tag = open.to_string();
    if inline {
        if let Some(id) = &image.id {
            tag.push_str(&format!(" id=\"{}\"", escape_html(id)));
        }
        tag.push_str(&class_attribute(&image.classes));
    }
    if !image.style.is_empty() {
        tag.push_str(&format!(" style=\"{}\"", image.style));
    }
    tag.push_str(" />");
    tag
}

/// ` class="a b"`, or nothing.
fn class_attribute(classes: &[String]) -> String {
    if classes.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", escape_html(&classes.join(" ")))
    }
}

/// The text of events, as an image's description is written in its `alt`.
pub(super) fn plain_text(events: &[Event]) -> String {
    events
        .iter()
        .filter_map(|event| match event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            _ => None,
        })
        .collect()
}

/// Keys an image takes besides `#id` and `.class`.
const IMAGE_KEYS: &[&str] = &["alt", "width", "height"];

/// Whether an event starts or ends an inline construct (within which brackets may still close).
fn is_inline(event: &Event) -> bool {
    match event {
        Event::Start(tag) => is_inline_tag(tag.to_end()),
        Event::End(tag) => is_inline_tag(*tag),
        _ => true,
    }
}

/// `value` as a CSS length, when it is a number with `%`, `px`, `em` or `rem` (a bare number is
/// pixels, as in HTML's `width` attribute).
pub(super) fn css_length(value: &str) -> Option<String> {
    let unit_at = value
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(unit_at);
    let is_number = !number.is_empty()
        && number.chars().filter(|&c| c == '.').count() <= 1
        && number.chars().any(|c| c.is_ascii_digit());
    if !is_number || !matches!(unit, "" | "px" | "%" | "em" | "rem") {
        return None;
    }
    Some(format!(
        "{number}{}",
        if unit.is_empty() { "px" } else { unit }
    ))
}

#[cfg(test)]
mod tests {
    use super::super::tests::render_body;
    use super::*;

    fn warnings(out: &super::super::Rendered) -> Vec<(String, usize, usize)> {
        out.problems
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .map(|d| {
                let p = d
                    .position
                    .unwrap_or_else(crate::diagnostics::Position::start);
                (d.message.clone(), p.line, p.column)
            })
            .collect()
    }

    #[test]
    fn an_image_with_a_title_alone_in_its_paragraph_is_a_numbered_figure() {
        let out = render_body(
            "![A graph](graph.svg \"Two branches\")\n\n![Plain](a.png)\n\nText ![inline](b.png \"t\")\n\n![Second](c.svg \"Merged\"){#fig-merge .wide width=60%}\n",
        );
        assert!(
            out.html.contains(
                "<figure id=\"figure-1\">\n<img src=\"graph.svg\" alt=\"A graph\" />\n<figcaption><span class=\"figure-number\">Figure 1:</span> Two branches</figcaption>\n</figure>"
            ),
            "{}",
            out.html
        );
        assert!(
            out.html
                .contains("<p><img src=\"a.png\" alt=\"Plain\" /></p>"),
            "{}",
            out.html
        );
        assert!(
            out.html
                .contains("<img src=\"b.png\" alt=\"inline\" title=\"t\" />"),
            "{}",
            out.html
        );
        assert!(
            out.html.contains(
                "<figure id=\"fig-merge\" class=\"wide\">\n<img src=\"c.svg\" alt=\"Second\" style=\"width:60%;\" />\n<figcaption><span class=\"figure-number\">Figure 2:</span> Merged</figcaption>"
            ),
            "{}",
            out.html
        );
        assert!(!out.html.contains('{'), "{}", out.html);
        assert_eq!(out.anchors, ["figure-1", "fig-merge"]);
        assert!(warnings(&out).is_empty(), "{:?}", out.problems);
    }

    #[test]
    fn image_and_link_attributes_are_written_and_their_text_dropped() {
        let out = render_body(
            "![Old](a.png){width=320 alt=\"A \\\"quoted\\\" graph\" .small} and [the book](https://git-scm.com/){.external #book}.\n",
        );
        assert!(
            out.html.contains(
                "<img src=\"a.png\" alt=\"A &quot;quoted&quot; graph\" class=\"small\" style=\"width:320px;\" /> and <a href=\"https://git-scm.com/\" id=\"book\" class=\"external\">the book</a>.</p>"
            ),
            "{}",
            out.html
        );
        assert_eq!(out.anchors, ["book"]);
    }

    #[test]
    fn bracketed_spans_become_spans_and_undefined_references_stay_text() {
        let out = render_body(
            "A [small *note*]{.aside #n1 title=\"More\"} and [a [nested]{.x} one]{.y}, [plain] and [1]{.bad\"class}.\n",
        );
        assert!(
            out.html.contains(
                "A <span id=\"n1\" class=\"aside\" title=\"More\">small <em>note</em></span> and <span class=\"y\">a <span class=\"x\">nested</span> one</span>, [plain] and"
            ),
            "{}",
            out.html
        );
        assert!(out.html.contains("[1]{.bad"), "{}", out.html);
        assert_eq!(warnings(&out).len(), 1, "{:?}", out.problems);
    }

    #[test]
    fn unsafe_names_and_unknown_keys_are_left_out_with_a_warning() {
        let out = render_body(
            "Some [text]{.ok .2bad onclick=alert(1)} here.\n\n![x](a.png){width=wide}\n",
        );
        assert!(
            out.html.contains("<span class=\"ok\">text</span>"),
            "{}",
            out.html
        );
        assert!(
            out.html.contains("<img src=\"a.png\" alt=\"x\" />"),
            "{}",
            out.html
        );
        let found = warnings(&out);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0].0.contains("`2bad`") && found[0].1 == 4 && found[0].2 == 6,
            "{found:?}"
        );
        assert!(found[1].0.contains("`onclick`"), "{found:?}");
        assert!(
            found[2].0.contains("`wide`") && found[2].1 == 6,
            "{found:?}"
        );
    }

    #[test]
    fn a_malformed_block_is_a_warning_at_its_column() {
        let out = render_body("See [this]{.a b} and ![x](a.png){width=\"40%}.\n");
        let found = warnings(&out);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].1, found[0].2), (4, 16), "{found:?}");
        assert!(found[0].0.contains("followed by `=`"), "{found:?}");
        assert_eq!((found[1].1, found[1].2), (4, 40), "{found:?}");
        assert!(out.html.contains("[this]{.a b}"), "{}", out.html);
    }

    #[test]
    fn a_span_in_a_heading_keeps_the_heading_text_plain() {
        let out = render_body("## The [index]{.tech} file\n");
        assert_eq!(out.headings[0].text, "The index file");
        assert_eq!(out.headings[0].id, "the-index-file");
        assert!(
            out.html
                .contains("The <span class=\"tech\">index</span> file"),
            "{}",
            out.html
        );
    }

    #[test]
    fn css_lengths() {
        assert_eq!(css_length("40%").as_deref(), Some("40%"));
        assert_eq!(css_length("320").as_deref(), Some("320px"));
        assert_eq!(css_length("2.5em").as_deref(), Some("2.5em"));
        for bad in ["", "%", "wide", "1.2.3px", "10vw", "40%;color:red"] {
            assert_eq!(css_length(bad), None, "{bad}");
        }
    }
}
