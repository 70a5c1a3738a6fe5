//! `[term]{.term}` and `[shown text]{.term key="term"}`: a link to the term's entry on the
//! glossary page, with its definition beside it for the popover (`glossary.js`). Without
//! scripts the definition stays hidden and the link leads to the glossary; assistive technology
//! gets it as the link's description either way.

use std::ops::Range;

use pulldown_cmark::Event;

use super::State;
use super::inline::plain_text;
use crate::diagnostics::{Diagnostic, Severity, did_you_mean};
use crate::read::attributes::Attributes;
use crate::render::glossary::GLOSSARY_URL;
use crate::util::html::escape_html;
use crate::util::url::relative_url;

impl<'a> State<'_, 'a> {
    /// Ends the span whose `[` is the event at `at` as a term link; `whole` is all of it.
    pub(super) fn term_span(
        &mut self,
        at: usize,
        attributes: Attributes,
        whole: &Range<usize>,
        events: &mut Vec<Event<'a>>,
    ) {
        let shown = plain_text(self.sink(events).get(at + 1..).unwrap_or(&[]));
        let key = attributes.get("key").unwrap_or(&shown).trim().to_string();
        self.term_keys(&attributes, whole);
        let glossary = self.page.glossary;
        let Some(term) = glossary.find(&key) else {
            self.unknown_term(&key, whole);
            self.replace(at, "<span class=\"term\">".into(), events);
            self.emit(Event::Html("</span>".into()), events);
            return;
        };
        self.out.terms += 1;
        let tip = self.slugs.claim(&format!("term-tip-{}", self.out.terms));
        let href = format!("{}#{}", relative_url(self.page.url, GLOSSARY_URL), term.id);
        let open = format!(
            "<span class=\"term-ref\"><a class=\"term\" href=\"{}\" aria-describedby=\"{tip}\">",
            escape_html(&href)
        );
        self.replace(at, open, events);
        let close = format!(
            "</a><span class=\"term-tip\" id=\"{tip}\" role=\"tooltip\" hidden>{}</span></span>",
            term.tip
        );
        self.emit(Event::Html(close.into()), events);
    }

    /// A term span takes `key` only: an id or other classes would be lost in the link.
    fn term_keys(&mut self, attributes: &Attributes, whole: &Range<usize>) {
        let extra = attributes.id.is_some()
            || attributes.classes.iter().any(|c| c != "term")
            || attributes.pairs.iter().any(|(k, _)| k != "key");
        if extra {
            self.attribute_warning(
                whole,
                "a glossary term takes only `.term` and `key=…`; the other attributes are left out".into(),
                "write `[shown text]{.term key=\"term\"}`, or put the other attributes on a span around it".into(),
            );
        }
    }

    fn unknown_term(&mut self, key: &str, whole: &Range<usize>) {
        if self.page.glossary.file.is_some() && !self.page.glossary.readable {
            return;
        }
        let position = self.position(whole);
        self.report(Severity::Warning, position, |state| {
            let glossary = state.page.glossary;
            let names = glossary.terms.iter().map(|t| t.name.as_str());
            let help = match (did_you_mean(key, names), &glossary.file) {
                (Some(name), _) => format!("did you mean `{name}`?"),
                (None, Some(file)) => format!(
                    "add `{key}` to `{}`, or name the term with `key=\"…\"`",
                    file.display()
                ),
                (None, None) => "the course has no glossary: add `glossary.yaml` with `- term: …` and `definition: …` entries".to_string(),
            };
            Diagnostic::warning(format!("`{key}` is not a term of the glossary"))
                .at(state.page.file, state.page.file_text, position)
                .with_label("unknown term")
                .with_help(help)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::render_with_glossary;
    use crate::diagnostics::Position;
    use crate::read::glossary::{GlossarySource, RawTerm};
    use crate::render::glossary::Glossary;

    fn git_glossary() -> Glossary {
        let term = |name: &str, definition: &str| RawTerm {
            name: name.into(),
            definition: definition.into(),
            position: Position::start(),
        };
        Glossary::new(Some(&GlossarySource {
            file: "glossary.yaml".into(),
            terms: vec![
                term("Staging area", "Where `git add` puts *changes*."),
                term("commit", "A snapshot."),
            ],
            readable: true,
        }))
    }

    #[test]
    fn terms_link_to_the_glossary_with_their_definition() {
        let out = render_with_glossary(
            "Add it to the [staging area]{.term}, then [make a snapshot]{.term key=\"Commit\"}.\n",
            &git_glossary(),
        );
        assert!(
            out.html.contains(
                "<span class=\"term-ref\"><a class=\"term\" href=\"../../glossary/#term-staging-area\" aria-describedby=\"term-tip-1\">staging area</a><span class=\"term-tip\" id=\"term-tip-1\" role=\"tooltip\" hidden>Where <code>git add</code> puts <em>changes</em>.</span></span>"
            ),
            "{}",
            out.html
        );
        assert!(
            out.html
                .contains("#term-commit\" aria-describedby=\"term-tip-2\">make a snapshot</a>"),
            "{}",
            out.html
        );
        assert_eq!(out.terms, 2);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
    }

    #[test]
    fn an_unknown_term_is_a_warning_with_a_suggestion() {
        let out = render_with_glossary("The [comit]{.term} and [x]{.term #a}.\n", &git_glossary());
        assert!(
            out.html.contains("The <span class=\"term\">comit</span>"),
            "{}",
            out.html
        );
        let found: Vec<_> = out
            .problems
            .iter()
            .map(|d| {
                (
                    d.message.as_str(),
                    d.help.as_deref(),
                    d.position.map(|p| p.column),
                )
            })
            .collect();
        assert_eq!(
            found[0],
            (
                "`comit` is not a term of the glossary",
                Some("did you mean `commit`?"),
                Some(5)
            )
        );
        assert!(found[1].0.contains("takes only `.term`"), "{found:?}");
        assert_eq!(found.len(), 3, "{found:?}");
        let none = render_with_glossary("[commit]{.term}\n", &Glossary::default());
        assert!(
            none.problems[0]
                .help
                .as_deref()
                .is_some_and(|h| h.contains("no glossary"))
        );
    }
}
