//! The course's glossary, rendered: each term with its anchor on the glossary page, its
//! definition as HTML for that page, as inline HTML for the popover of a `[term]{.term}` link,
//! and as text for the search index. Definitions are Markdown of the author's that may come from
//! YAML, so they get the same treatment as other YAML text (no raw HTML, safe links only).

use std::path::PathBuf;

use pulldown_cmark::{Event, Parser, Tag, TagEnd, html};
use serde::Serialize;

use super::text::{is_inline_tag, is_safe_url, options, render_text_markdown};
use crate::read::glossary::{GlossarySource, term_id};

/// Where the glossary page is published.
pub(crate) const GLOSSARY_URL: &str = "glossary/";

/// The glossary; empty when the course has none.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
pub struct Glossary {
    /// The file the terms come from (`glossary.yaml` or `modules/glossary.md`).
    pub file: Option<PathBuf>,
    pub terms: Vec<Term>,
    /// False when the file could not be read (its error is reported): terms are not looked up.
    pub readable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Term {
    pub name: String,
    /// Its anchor on the glossary page: `term-` and the slug of its name.
    pub id: String,
    /// The definition as blocks of HTML.
    pub definition: String,
    /// The definition as inline HTML without links, for a popover inside a paragraph.
    pub tip: String,
    /// The definition as plain text, for the search index.
    pub text: String,
}

impl Glossary {
    pub(crate) fn new(source: Option<&GlossarySource>) -> Glossary {
        let Some(source) = source else {
            return Glossary::default();
        };
        let terms = source
            .terms
            .iter()
            .map(|raw| Term {
                name: raw.name.clone(),
                id: term_id(&raw.name),
                definition: render_text_markdown(&raw.definition),
                tip: tip_html(&raw.definition),
                text: plain_text(&raw.definition),
            })
            .collect();
        Glossary {
            file: Some(source.file.clone()),
            terms,
            readable: source.readable,
        }
    }

    /// The term `key` names, whatever its case, spacing or punctuation.
    pub(crate) fn find(&self, key: &str) -> Option<&Term> {
        let id = term_id(key);
        self.terms.iter().find(|term| term.id == id)
    }
}

/// The definition as inline HTML: blocks become spaces, links their text, images their
/// description, so that it can sit in a `<span>` and hold nothing to focus.
fn tip_html(markdown: &str) -> String {
    let mut out = String::new();
    let mut events = Vec::new();
    let mut in_image = false;
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::Image { .. }) => in_image = true,
            Event::End(TagEnd::Image) => in_image = false,
            Event::Text(text) | Event::Code(text) if in_image => events.push(Event::Text(text)),
            event @ (Event::Text(_) | Event::Code(_) | Event::InlineMath(_)) => events.push(event),
            event @ Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => {
                events.push(event)
            }
            event @ Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough) => {
                events.push(event)
            }
            Event::Html(html) | Event::InlineHtml(html) => events.push(Event::Text(html)),
            Event::Start(Tag::Link { dest_url, .. }) if !is_safe_url(&dest_url) => {}
            Event::SoftBreak | Event::HardBreak => events.push(Event::Text(" ".into())),
            Event::End(tag) if !is_inline_tag(tag) => events.push(Event::Text(" ".into())),
            _ => {}
        }
    }
    html::push_html(&mut out, events.into_iter());
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of the definition.
fn plain_text(markdown: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(tag) if !is_inline_tag(tag) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Position;
    use crate::read::glossary::RawTerm;

    fn glossary(terms: &[(&str, &str)]) -> Glossary {
        let source = GlossarySource {
            file: "glossary.yaml".into(),
            terms: terms
                .iter()
                .map(|(name, definition)| RawTerm {
                    name: name.to_string(),
                    definition: definition.to_string(),
                    position: Position::start(),
                })
                .collect(),
            readable: true,
        };
        Glossary::new(Some(&source))
    }

    #[test]
    fn terms_are_found_whatever_their_case_and_spacing() {
        let glossary = glossary(&[("Staging area", "The *index*."), ("HEAD", "x")]);
        assert_eq!(
            glossary.find("staging area").map(|t| t.id.as_str()),
            Some("term-staging-area")
        );
        assert_eq!(
            glossary.find(" Staging Area ").map(|t| t.name.as_str()),
            Some("Staging area")
        );
        assert!(glossary.find("head").is_some());
        assert!(glossary.find("staging").is_none());
        assert!(Glossary::new(None).terms.is_empty());
    }

    #[test]
    fn definitions_are_blocks_tips_and_text() {
        let glossary = glossary(&[(
            "commit",
            "A *snapshot*, see [the book](https://git-scm.com/) or [x](javascript:alert(1)).\n\n- `git commit`\n\n<b>raw</b>",
        )]);
        let term = &glossary.terms[0];
        assert!(
            term.definition.starts_with("<p>A <em>snapshot</em>"),
            "{}",
            term.definition
        );
        assert!(term.definition.contains("&lt;b&gt;"), "{}", term.definition);
        assert_eq!(
            term.tip,
            "A <em>snapshot</em>, see the book or x. <code>git commit</code> &lt;b&gt;raw&lt;/b&gt;"
        );
        assert_eq!(term.text, "A snapshot, see the book or x. git commit raw");
    }
}
