//! GFM task lists: pulldown-cmark writes a bare checkbox, which assistive technology announces
//! without a name. The checkbox is held back until its item's text is read, and written with
//! that text as its accessible name.

use pulldown_cmark::{Event, Tag, TagEnd};

use super::State;
use crate::util::html::escape_html;

/// A checkbox whose item's text is still being read.
#[derive(Debug)]
pub(super) struct PendingTask {
    /// Where its placeholder is among the events being written.
    at: usize,
    checked: bool,
    text: String,
}

impl<'a> State<'_, 'a> {
    pub(super) fn task_marker(&mut self, checked: bool, events: &mut Vec<Event<'a>>) {
        self.finish_task(events);
        let at = self.sink(events).len();
        self.emit(Event::Html("".into()), events);
        self.task = Some(PendingTask {
            at,
            checked,
            text: String::new(),
        });
    }

    /// Reads the item's text into a pending checkbox, and writes the checkbox where the text
    /// ends (the item's end, or a nested list or paragraph).
    pub(super) fn task_event(&mut self, event: &Event<'a>, events: &mut Vec<Event<'a>>) {
        let Some(task) = &mut self.task else {
            return;
        };
        match event {
            Event::Text(text) | Event::Code(text) => task.text.push_str(text),
            Event::SoftBreak | Event::HardBreak => task.text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Item) | Event::Start(Tag::List(_)) => {
                self.finish_task(events)
            }
            _ => {}
        }
    }

    fn finish_task(&mut self, events: &mut Vec<Event<'a>>) {
        let Some(task) = self.task.take() else {
            return;
        };
        let checked = if task.checked { " checked=\"\"" } else { "" };
        let label = task.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let label = if label.is_empty() {
            String::new()
        } else {
            format!(" aria-label=\"{}\"", escape_html(&label))
        };
        let html = format!("<input disabled=\"\" type=\"checkbox\"{checked}{label}/>\n");
        self.replace(task.at, html, events);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::render_body;

    #[test]
    fn task_checkboxes_are_named_by_their_item() {
        let out = render_body("- [ ] Run `git status` *first*\n- [x] Commit\n  - [ ] nested\n");
        assert!(
            out.html.contains("<li><input disabled=\"\" type=\"checkbox\" aria-label=\"Run git status first\"/>\nRun <code>git status</code> <em>first</em></li>"),
            "{}",
            out.html
        );
        assert!(
            out.html.contains("checked=\"\" aria-label=\"Commit\"/>"),
            "{}",
            out.html
        );
        assert!(out.html.contains("aria-label=\"nested\"/>"), "{}", out.html);
    }
}
