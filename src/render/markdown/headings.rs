//! Headings: their events are held back until the heading ends, then written with an id (unique
//! on the page) and a link to themselves, listed for the table of contents and, for `h1`–`h3`,
//! made the start of a search section. A heading may also be a block's title (see `divs.rs`):
//! an exercise's, a disclosure's summary, or a tab's.

use pulldown_cmark::{CowStr, Event, HeadingLevel, html};

use super::divs::{Callout, Disclosure, disclosure_html, exercise_label};
use super::{Heading, SectionText, State};
use crate::util::html::escape_html;
use crate::util::slug::heading_slug;

/// What a heading is on the page.
#[derive(Debug, Clone, Copy)]
pub(super) enum HeadingRole {
    Plain,
    /// The first heading of the exercise with this number: its title.
    ExerciseTitle(usize),
    /// The first heading of a solution, hint or details block: its summary.
    Summary(&'static Disclosure),
    /// The first heading of a callout: its title.
    CalloutTitle(&'static Callout),
    /// A heading that starts a tab of a tab set, after closing the previous tab if one is open.
    Tab {
        close_previous: bool,
    },
}

/// A heading being read: what it was written with, its events and its text so far.
pub(super) struct PendingHeading<'a> {
    level: HeadingLevel,
    explicit_id: Option<String>,
    classes: Vec<String>,
    role: HeadingRole,
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
        let title_wanted = self.take_title_wanted();
        let role = self.heading_role(level, title_wanted);
        self.heading = Some(PendingHeading {
            level,
            explicit_id: id.map(|id| id.to_string()),
            classes: classes.iter().map(|c| c.to_string()).collect(),
            role,
            events: Vec::new(),
            text: String::new(),
        });
    }

    pub(super) fn finish_heading(&mut self, events: &mut Vec<Event<'a>>) {
        let Some(heading) = self.heading.take() else {
            return;
        };
        let mut text = heading.text.trim().to_string();
        let mut inner = String::new();
        html::push_html(&mut inner, heading.events.into_iter());
        let block_title = match heading.role {
            HeadingRole::Summary(disclosure) => {
                let (id_attr, classes) = self.innermost_attributes();
                let summary = disclosure.summary(self.page.words, Some(&inner), &text);
                Some(disclosure_html(disclosure, &summary, &id_attr, &classes))
            }
            HeadingRole::CalloutTitle(callout) => {
                let (id_attr, classes) = self.innermost_attributes();
                Some(callout.html(self.page.words, Some(&inner), &id_attr, &classes))
            }
            _ => None,
        };
        if let Some(html) = block_title {
            self.emit(Event::Html(html.into()), events);
            return;
        }
        let mut classes = heading.classes;
        let mut opening = String::new();
        match heading.role {
            HeadingRole::ExerciseTitle(number) => {
                let label = exercise_label(self.page.words, number);
                inner = format!(
                    "<span class=\"exercise-label\">{}:</span> {inner}",
                    escape_html(&label)
                );
                text = format!("{label}: {text}");
                classes.insert(0, "exercise-title".into());
            }
            HeadingRole::Tab { close_previous } => {
                if close_previous {
                    opening.push_str("</div>\n");
                }
                opening.push_str("<div class=\"tab-panel\" data-tab-panel>\n");
                classes.insert(0, "tab-title".into());
            }
            HeadingRole::Plain | HeadingRole::Summary(_) | HeadingRole::CalloutTitle(_) => {}
        }
        let id = match heading.explicit_id {
            Some(id) => self.slugs.claim(&id),
            None => self.slugs.claim(&heading_slug(&text)),
        };
        let level = heading.level as u8;
        let html = self.heading_html(level, &id, &classes.join(" "), &inner, &text);
        if let HeadingRole::ExerciseTitle(_) = heading.role {
            let (id_attr, classes) = self.innermost_attributes();
            opening = format!(
                "<section class=\"exercise{classes}\"{id_attr} aria-labelledby=\"{}\">\n",
                escape_html(&id)
            );
        }
        self.emit(Event::Html(format!("{opening}{html}").into()), events);
        let in_toc = !matches!(heading.role, HeadingRole::Tab { .. });
        self.record_heading(level, &id, &text, in_toc);
    }

    /// A heading's HTML, with its link to itself.
    pub(super) fn heading_html(
        &self,
        level: u8,
        id: &str,
        classes: &str,
        inner: &str,
        text: &str,
    ) -> String {
        let class = if classes.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", escape_html(classes))
        };
        let id_attr = escape_html(id);
        format!(
            "<h{level} id=\"{id_attr}\"{class}>{inner} <a class=\"anchor\" href=\"#{id_attr}\" aria-label=\"{}\">#</a></h{level}>\n",
            super::labels::section_link(self.page.words, text)
        )
    }

    /// Lists a heading that was written: for the table of contents (unless `in_toc` is false),
    /// the anchor checks and the search sections. Headings of unpublished blocks are not.
    pub(super) fn record_heading(&mut self, level: u8, id: &str, text: &str, in_toc: bool) {
        if self.divs.hides() {
            return;
        }
        if self.divs.quiet() {
            // Kept out of search, but still a place on the page.
        } else if level <= 3 && !self.out.sections.is_empty() {
            self.out.sections.push(SectionText {
                anchor: id.to_string(),
                heading: text.to_string(),
                text: String::new(),
            });
        } else {
            self.collect(text);
            self.collect_break();
        }
        self.out.headings.push(Heading {
            level,
            id: id.to_string(),
            text: text.to_string(),
            in_toc,
        });
    }
}
