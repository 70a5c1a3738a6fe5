//! Links and images in the event pass: each destination is resolved (see [`super::links`]) and
//! written relative to the page, internal ones are recorded for the site-wide check, broken ones
//! reported, and an image without alternative text is pointed out. Attributes written after a
//! link or image are read in `inline.rs`.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};

use super::inline::Target;
use super::links::{Resolved, not_a_module, resolve};
use super::{LinkRecord, State};
use crate::diagnostics::{Diagnostic, Position, Severity};
use crate::util::url::relative_url;

impl<'a> State<'_, 'a> {
    pub(super) fn start_link(
        &mut self,
        link_type: LinkType,
        dest_url: CowStr<'a>,
        title: CowStr<'a>,
        id: CowStr<'a>,
        range: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) {
        let dest_url = self.rewrite_link(dest_url, self.position(range));
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

    pub(super) fn start_image(
        &mut self,
        link_type: LinkType,
        dest_url: CowStr<'a>,
        title: CowStr<'a>,
        id: CowStr<'a>,
        range: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) {
        let position = self.position(range);
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

    /// Keeps the text of an image's description while one is open.
    pub(super) fn collect_alt(&mut self, event: &Event<'a>) {
        if let Some((alt, _)) = &mut self.image_alt
            && let Event::Text(text) | Event::Code(text) = event
        {
            alt.push_str(text);
        }
    }

    pub(super) fn end_image(&mut self, range: &Range<usize>, events: &mut Vec<Event<'a>>) {
        let written = self.image_alt.take();
        self.emit(Event::End(TagEnd::Image), events);
        let alt_given = self.after_link(Target::Image, range, events);
        if let Some((alt, at)) = written
            && alt.trim().is_empty()
            && !alt_given
        {
            self.report(Severity::Warning, at, |state| {
                Diagnostic::warning("this image has no alternative text")
                    .at(state.page.file, state.page.file_text, at)
                    .with_help("describe the image between the brackets, such as `![A commit graph with two branches](graph.svg)`, or in its attributes, `{alt=\"...\"}`, for readers who cannot see it")
            });
        }
    }

    pub(super) fn end_link(&mut self, range: &Range<usize>, events: &mut Vec<Event<'a>>) {
        self.emit(Event::End(TagEnd::Link), events);
        self.after_link(Target::Link, range, events);
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
}
