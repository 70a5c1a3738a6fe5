//! Blocks that the page wraps in HTML of its own: GFM alerts become callouts, and tables sit in
//! a scrollable frame (and an empty header cell, which leaves its column without a name for
//! assistive technology, is pointed out). Fenced divs have `divs.rs`.

use std::ops::Range;

use pulldown_cmark::{Alignment, BlockQuoteKind, Event, Tag, TagEnd};

use super::State;
use super::divs::kinds;
use crate::diagnostics::{Diagnostic, Severity};

impl<'a> State<'_, 'a> {
    pub(super) fn start_callout(&mut self, kind: BlockQuoteKind, events: &mut Vec<Event<'a>>) {
        let html = kinds::alert(alert_class(kind)).html(self.page.words, None, "", "");
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

impl<'a> State<'_, 'a> {
    pub(super) fn start_table_head(&mut self, events: &mut Vec<Event<'a>>) {
        self.table_head = Some(None);
        self.emit(Event::Start(Tag::TableHead), events);
    }

    pub(super) fn end_table_head(&mut self, events: &mut Vec<Event<'a>>) {
        self.table_head = None;
        self.emit(Event::End(TagEnd::TableHead), events);
    }

    pub(super) fn start_cell(&mut self, range: &Range<usize>, events: &mut Vec<Event<'a>>) {
        if let Some(cell) = &mut self.table_head {
            *cell = Some((events.len() + 1, range.clone()));
        }
        self.emit(Event::Start(Tag::TableCell), events);
    }

    pub(super) fn end_cell(&mut self, events: &mut Vec<Event<'a>>) {
        if let Some(Some((first, range))) = self.table_head.as_mut().map(Option::take) {
            let empty = events[first.min(events.len())..]
                .iter()
                .all(|event| matches!(event, Event::Text(text) if text.trim().is_empty()));
            if empty {
                self.empty_header_cell(&range);
            }
        }
        self.collect_break();
        self.emit(Event::End(TagEnd::TableCell), events);
    }

    fn empty_header_cell(&mut self, range: &Range<usize>) {
        // An empty cell's range may be empty, or only its spaces.
        let range = range.start..range.end.max(range.start + 1);
        let position = self.position(&range);
        self.report(Severity::Warning, position, |state| {
            Diagnostic::warning("this table header cell is empty")
                .at(state.page.file, state.page.file_text, position)
                .with_label("empty header")
                .with_help("name the column, such as `| Command | What it does |`: screen readers announce a cell by its column's header")
        });
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

#[cfg(test)]
mod tests {
    use super::super::tests::render_body;

    #[test]
    fn an_empty_header_cell_is_a_warning_at_its_place() {
        let out = render_body("| Command | |\n|---|---|\n| `git add` | |\n");
        let found: Vec<_> = out
            .problems
            .iter()
            .map(|d| (d.message.as_str(), d.position.map(|p| (p.line, p.column))))
            .collect();
        assert_eq!(found, [("this table header cell is empty", Some((4, 12)))]);
    }
}
