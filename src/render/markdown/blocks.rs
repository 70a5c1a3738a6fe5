//! Blocks that the page wraps in HTML of its own: GFM alerts become callouts, and tables sit in
//! a scrollable frame. Fenced divs have `divs.rs`.

use pulldown_cmark::{Alignment, BlockQuoteKind, Event, Tag, TagEnd};

use super::State;
use super::divs::kinds;

impl<'a> State<'_, 'a> {
    pub(super) fn start_callout(&mut self, kind: BlockQuoteKind, events: &mut Vec<Event<'a>>) {
        let html = kinds::alert(alert_class(kind)).html(None, "", "");
        self.emit(Event::Html(html.into()), events);
    }

    pub(super) fn end_callout(&mut self, events: &mut Vec<Event<'a>>) {
        self.emit(Event::Html("</div>\n".into()), events)
    }

    pub(super) fn start_table(&mut self, alignments: Vec<Alignment>, events: &mut Vec<Event<'a>>) {
        // Focusable, so that a table wider than a phone can be scrolled from the keyboard.
        self.emit(
            Event::Html("<div class=\"table-wrap\" tabindex=\"0\">\n".into()),
            events,
        );
        self.emit(Event::Start(Tag::Table(alignments)), events);
    }

    pub(super) fn end_table(&mut self, events: &mut Vec<Event<'a>>) {
        self.emit(Event::End(TagEnd::Table), events);
        self.emit(Event::Html("</div>\n".into()), events);
    }
}

fn alert_class(kind: BlockQuoteKind) -> &'static str {
    match kind {
        BlockQuoteKind::Note => "note",
        BlockQuoteKind::Tip => "tip",
        BlockQuoteKind::Important => "important",
        BlockQuoteKind::Warning => "warning",
        BlockQuoteKind::Caution => "caution",
    }
}
