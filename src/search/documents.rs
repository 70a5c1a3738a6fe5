//! The documents of a module: one per section with something to read, each field's text
//! analysed into terms.

use std::sync::Arc;

use super::FIELDS;
use super::analyzer::Analyzer;
use crate::render::RenderedModule;
use crate::render::glossary::Glossary;
use crate::render::text::searchable_text;

/// Characters of section text kept to show under a result: enough to recognise the section on
/// a phone, short enough that excerpts stay a small part of the file.
const EXCERPT_CHARS: usize = 80;

/// One searchable section of a module.
pub struct Document {
    pub(super) heading: String,
    pub(super) anchor: String,
    pub(super) excerpt: String,
    /// Per field: each term after the pipeline with how often it occurs, sorted by term. Terms
    /// are shared with the analyzer's memo: a course repeats its words, and a string per
    /// occurrence was the largest part of the index's memory.
    pub(super) terms: [Vec<(Arc<str>, u32)>; FIELDS.len()],
    /// Per field: the number of terms (elasticlunr's field length).
    pub(super) lengths: [usize; FIELDS.len()],
}

pub(super) fn module_documents(
    rendered: &RenderedModule,
    analyzer: &mut Analyzer,
) -> Vec<Document> {
    let module = rendered.module;
    let points = module
        .objectives
        .iter()
        .chain(&module.keypoints)
        .chain(&module.questions)
        .map(|point| searchable_text(point))
        .collect::<Vec<_>>()
        .join(" ");
    let tags = module.tags.join(" ");
    let mut documents = Vec::with_capacity(rendered.sections().len());
    for (at, section) in rendered.sections().iter().enumerate() {
        let intro = at == 0;
        // A heading with nothing to read under it (a quiz, a code block) has nothing to find.
        if !intro && section.text.trim().is_empty() {
            continue;
        }
        // The module's description, objectives and tags describe it as a whole, so they go with
        // its first document (which links to the top of the page) only.
        let (description, points, tags) = if intro {
            (module.description.as_str(), points.as_str(), tags.as_str())
        } else {
            ("", "", "")
        };
        let texts = [
            rendered.title.text.as_str(),
            section.heading.as_str(),
            description,
            points,
            section.text.as_str(),
            tags,
        ];
        let mut document = Document {
            heading: section.heading.clone(),
            anchor: section.anchor.clone(),
            excerpt: excerpt(
                if intro && section.text.trim().is_empty() {
                    &module.description
                } else {
                    &section.text
                },
                EXCERPT_CHARS,
            ),
            terms: Default::default(),
            lengths: [0; FIELDS.len()],
        };
        analyse(&mut document, &texts, analyzer);
        documents.push(document);
    }
    documents
}

/// The terms and lengths of each field of `document`, from the field's text.
fn analyse(document: &mut Document, texts: &[&str], analyzer: &mut Analyzer) {
    for (field, text) in texts.iter().enumerate().take(FIELDS.len()) {
        let (terms, length) = analyzer.terms(text);
        document.lengths[field] = length;
        document.terms[field] = terms;
    }
}

/// One document per glossary term: its name as the section, its definition as the body.
pub(super) fn glossary_documents(glossary: &Glossary, analyzer: &mut Analyzer) -> Vec<Document> {
    glossary
        .terms
        .iter()
        .map(|term| {
            let texts = ["", term.name.as_str(), "", "", term.text.as_str(), ""];
            let mut document = Document {
                heading: term.name.clone(),
                anchor: term.id.clone(),
                excerpt: excerpt(&term.text, EXCERPT_CHARS),
                terms: Default::default(),
                lengths: [0; FIELDS.len()],
            };
            analyse(&mut document, &texts, analyzer);
            document
        })
        .collect()
}

/// The start of `text`, cut at a word boundary, with an ellipsis when something was left out.
fn excerpt(text: &str, max_chars: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max_chars {
        return text;
    }
    let cut = text
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(at, _)| at);
    let head = &text[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end_matches([',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_end_at_a_word_with_an_ellipsis() {
        assert_eq!(excerpt("  short   text ", 140), "short text");
        assert_eq!(
            excerpt("Rebasing replays commits, one by one", 20),
            "Rebasing replays…"
        );
        assert_eq!(excerpt("ééééé ééééé", 7), "ééééé…");
    }
}
