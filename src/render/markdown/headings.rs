//! Headings: their events are held back until the heading ends, then written with an id (unique
//! on the page) and a link to themselves, listed for the table of contents and, for `h1`–`h3`,
//! made the start of a search section.

use pulldown_cmark::{CowStr, Event, HeadingLevel, html};

use super::{Heading, SectionText, State};
use crate::util::html::escape_html;
use crate::util::slug::heading_slug;

/// A heading being read: what it was written with, its events and its text so far.
pub(super) struct PendingHeading<'a> {
    level: HeadingLevel,
    explicit_id: Option<String>,
    classes: Vec<String>,
    pub(super) events: Vec<Event<'a>>,
    pub(super) text: String,
}

impl<'a> State<'_, 'a> {
    pub(super) fn start_heading(
        &mut self,
        level: HeadingLevel,
        id: Option<CowStr<'a>>,
        classes: Vec<CowStr<'a>>,
    ) {
        self.heading = Some(PendingHeading {
            level,
            explicit_id: id.map(|id| id.to_string()),
            classes: classes.iter().map(|c| c.to_string()).collect(),
            events: Vec::new(),
            text: String::new(),
        });
    }

    pub(super) fn finish_heading(&mut self, events: &mut Vec<Event<'a>>) {
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
}
