//! Formulas of a module body: `$...$` and `$$...$$` as MathML (see [`crate::render::math`]),
//! numbered per page, with their words in the search text and their mistakes at their place.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event};

use super::State;
use crate::diagnostics::{Diagnostic, Severity};
use crate::render::math;

impl<'a> State<'_, 'a> {
    pub(super) fn formula(
        &mut self,
        latex: CowStr<'a>,
        display: bool,
        range: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) {
        let words = math::words(&latex);
        if !self.divs.quiet() {
            self.out.load.words += words.split_whitespace().count().max(1);
            self.out.load.formulas += 1;
        }
        self.collect(&words);
        self.collect_break();
        let page = self.page;
        let converter = self.math.get_or_insert_with(|| page.math.page());
        match converter.convert(&latex, display) {
            Ok(mathml) => self.emit(Event::InlineHtml(mathml.into()), events),
            Err(error) => {
                self.report_formula(&latex, display, range, error);
                self.emit(Event::Code(latex), events);
            }
        }
    }

    /// Text that looks like a formula pulldown-cmark did not read as one: at its `$`, in this
    /// text or the one before.
    pub(super) fn warn_unread_formula(&mut self, range: &Range<usize>, text: &str) {
        let start = match text.find("$\\") {
            Some(at) => self.divs.markers.original(range.start) + at,
            None => self.divs.markers.original(self.last_text),
        };
        let position = self.body_position(start, 1);
        self.report(Severity::Error, position, |state| {
            Diagnostic::error(math::UNREAD_FORMULA)
                .at(state.page.file, state.page.file_text, position)
                .with_label("shown as text")
                .with_help("close the formula with `$` and balance its braces (`\\frac{a}{b}`); write `\\$` for a dollar sign")
        });
    }

    fn report_formula(
        &mut self,
        latex: &str,
        display: bool,
        range: &Range<usize>,
        error: math::MathError,
    ) {
        let start = self.divs.markers.original(range.start);
        let opening = self.page.file_text[self.page.body_offset + start..]
            .chars()
            .take_while(|&c| c == '$')
            .count()
            .min(if display { 2 } else { 1 });
        let at = start + opening + error.range.start.min(latex.len());
        let position = self.body_position(at, error.range.len().max(1));
        self.report(Severity::Error, position, |state| {
            Diagnostic::error(format!("this formula cannot be read: {}", error.message))
                .at(state.page.file, state.page.file_text, position)
                .with_help("write LaTeX math as in amsmath (`\\frac{a}{b}`, `\\begin{aligned}`); define your own commands in `course.yaml` under `math: { macros: ... }`")
        });
    }
}
