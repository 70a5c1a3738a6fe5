//! The index file's layout: module and section rows, and per field the field lengths and the
//! inverted index as sorted postings.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use super::FIELDS;
use super::documents::Document;
use super::language::SearchLanguage;
use crate::course::Course;
use crate::render::glossary::GLOSSARY_URL;
use crate::render::{RenderedModule, unit_titles};

/// A term and the documents holding it, written as `["term", gap, gap, -count, gap, ...]`:
/// document numbers as gaps from the previous one, each followed by its count when above 1.
struct Postings<'a>(&'a str, &'a [(usize, u32)]);

impl Serialize for Postings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        seq.serialize_element(self.0)?;
        let mut previous = 0;
        for &(doc, count) in self.1 {
            seq.serialize_element(&(doc - previous))?;
            previous = doc;
            if count > 1 {
                seq.serialize_element(&-i64::from(count))?;
            }
        }
        seq.end()
    }
}

/// One field's terms, each with the documents holding it and how often.
type FieldPostings<'a> = Vec<(&'a str, Vec<(usize, u32)>)>;

/// A module's row: `[title, url, difficulty, level number (1 = easiest), unit title]`.
type ModuleRow<'a> = (&'a str, &'a str, &'a str, usize, String);

#[derive(Serialize)]
struct SearchFile<'a> {
    /// Version of this file's layout, for the reader.
    format: u32,
    /// elasticlunr.js pipeline, applied to queries.
    pipeline: Vec<String>,
    /// Theme files with the pipeline's functions, which the reader loads first, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    scripts: Vec<String>,
    fields: [&'static str; FIELDS.len()],
    /// One row per module, in course order.
    modules: Vec<ModuleRow<'a>>,
    /// `[module, section heading, anchor, excerpt]` per document; the position is the ref.
    docs: Vec<(usize, &'a str, &'a str, &'a str)>,
    /// Per field, the length of that field in each document.
    lengths: BTreeMap<&'static str, Vec<usize>>,
    /// Per field, its terms in order with their postings.
    terms: BTreeMap<&'static str, Vec<Postings<'a>>>,
}

/// The JSON of the index of `documents`, each with the number of its module in `modules` (or,
/// after them, of the glossary page when `glossary` is set).
pub(super) fn to_json(
    course: &Course,
    modules: &[RenderedModule],
    language: SearchLanguage,
    documents: &[(usize, &Document)],
    glossary: bool,
) -> String {
    let mut rows = module_rows(course, modules);
    if glossary {
        // No level: the glossary belongs to every level, and shows no level badge.
        rows.push(("Glossary", GLOSSARY_URL, "", 0, String::new()));
    }
    let mut lengths = BTreeMap::new();
    let mut terms = BTreeMap::new();
    for (name, (field_lengths, postings)) in FIELDS.iter().zip(invert(documents)) {
        lengths.insert(*name, field_lengths);
        terms.insert(*name, postings);
    }
    let file = SearchFile {
        format: 1,
        pipeline: language
            .pipeline()
            .queue
            .iter()
            .map(|step| step.name())
            .collect(),
        scripts: language.scripts(),
        fields: FIELDS,
        modules: rows,
        docs: documents
            .iter()
            .map(|(module, d)| {
                (
                    *module,
                    d.heading.as_str(),
                    d.anchor.as_str(),
                    d.excerpt.as_str(),
                )
            })
            .collect(),
        lengths,
        terms: terms
            .iter()
            .map(|(field, postings)| {
                (
                    *field,
                    postings
                        .iter()
                        .map(|(term, docs)| Postings(term, docs))
                        .collect(),
                )
            })
            .collect(),
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Per field, in the order of [`FIELDS`]: its length in each document, and its terms in order
/// with the documents holding them.
fn invert<'a>(documents: &[(usize, &'a Document)]) -> Vec<(Vec<usize>, FieldPostings<'a>)> {
    (0..FIELDS.len())
        .into_par_iter()
        .map(|field| {
            let lengths = documents.iter().map(|(_, d)| d.lengths[field]).collect();
            // Hashing, then sorting the distinct terms once, is much cheaper than keeping a
            // sorted map of a million insertions.
            let mut postings: FxHashMap<&str, Vec<(usize, u32)>> = FxHashMap::default();
            for (doc, (_, document)) in documents.iter().enumerate() {
                for (term, count) in &document.terms[field] {
                    postings.entry(term).or_default().push((doc, *count));
                }
            }
            let mut postings: FieldPostings<'_> = postings.into_iter().collect();
            postings.sort_unstable_by(|a, b| a.0.cmp(b.0));
            (lengths, postings)
        })
        .collect()
}

/// What a result shows of its module, once per module in course order.
fn module_rows<'a>(course: &'a Course, modules: &'a [RenderedModule<'a>]) -> Vec<ModuleRow<'a>> {
    let levels = &course.config.level_labels;
    // A sub-unit is named with its unit, as "Day 1 › Morning".
    let unit_titles = unit_titles(&course.units);
    modules
        .iter()
        .map(|r| {
            let module = r.module;
            (
                r.title.text.as_str(),
                module.url.as_str(),
                levels.get(module.difficulty).map_or("", String::as_str),
                module.difficulty + 1,
                module
                    .unit
                    .as_deref()
                    .and_then(|id| unit_titles.get(id))
                    .map_or_else(String::new, |title| title.full.text.clone()),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_are_gaps_with_counts_above_one() {
        let json = serde_json::to_string(&Postings("rebas", &[(3, 1), (4, 2), (10, 1)]));
        assert_eq!(json.ok().as_deref(), Some(r#"["rebas",3,1,-2,6]"#));
    }
}
