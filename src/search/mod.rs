//! The search index: one elasticlunr document per module section, written as one JSON file that
//! the browser fetches the first time a learner opens search.
//!
//! What a result shows is stored once per module (`modules`) and once per section (`docs`, whose
//! position is the elasticlunr document ref) rather than as elasticlunr stored fields, which would
//! repeat the module's title and unit in every section.

mod analyzer;
mod documents;
mod file;
mod language;

use std::sync::Arc;

use rayon::prelude::*;

use crate::course::Course;
use crate::render::RenderedModule;
use crate::render::glossary::Glossary;
use crate::util::fingerprint::fingerprint;
use crate::util::memo::Memo;
use analyzer::with_analyzer;
pub(crate) use documents::Document;
use documents::{glossary_documents, module_documents};
use language::{SearchLanguage, is_language_file};

/// Where the index is published.
pub(crate) const SEARCH_INDEX: &str = "search-index.json";

/// The indexed fields, in the order of `Document::terms`. Boosts are applied by the reader
/// (`search.js`), which must use the same names.
const FIELDS: [&str; 6] = ["title", "section", "description", "points", "body", "tags"];

/// Theme files that only search uses, left out of sites without search.
const SEARCH_ASSETS: [&str; 3] = ["search.js", "elasticlunr.min.js", "elasticlunr-LICENSE.txt"];

/// Whether the theme file at `path` belongs in a site in `language`: what only search uses is
/// left out of sites without search, and the files of other languages (stemmers, the CJK
/// tokenizer) out of every site.
pub(crate) fn wanted_asset(path: &str, search: bool, language: &str) -> bool {
    if is_language_file(path) {
        return search && SearchLanguage::of(language).needs_file(path);
    }
    search || !SEARCH_ASSETS.contains(&path)
}

/// A module's documents as the memo keeps them: the module's name, the fingerprint of what they
/// are made from, and the documents.
type ModuleDocuments = (String, u64, Arc<Vec<Document>>);

/// Builds the index of every module section and returns the file's JSON.
///
/// Terms come from elasticlunr-rs's pipeline for the course language (the same tokenizer, stop
/// words and stemmer that elasticlunr.js applies to queries). The inverted index is written as
/// sorted postings rather than elasticlunr's serialised tree, which spells every prefix of every
/// word as nested objects and made the file larger than the Markdown; `search.js` rebuilds the
/// tree and hands it to elasticlunr.js.
///
/// A module's documents are remembered in `memo` with a fingerprint of everything they are made
/// from, so a rebuild analyses only the modules that changed. The glossary's terms are
/// documents of the glossary page, which comes after the modules.
pub(crate) fn index_json(
    course: &Course,
    modules: &[RenderedModule],
    glossary: &Glossary,
    memo: &mut Memo<Vec<Document>>,
) -> String {
    let language = SearchLanguage::of(&course.config.language);
    let per_module = documents_per_module(modules, language, memo);
    let terms = with_analyzer(language, |analyzer| glossary_documents(glossary, analyzer));
    let documents: Vec<(usize, &Document)> = per_module
        .iter()
        .enumerate()
        .flat_map(|(module, (_, _, docs))| docs.iter().map(move |d| (module, d)))
        .chain(terms.iter().map(|d| (modules.len(), d)))
        .collect();
    let json = file::to_json(course, modules, language, &documents, !terms.is_empty());
    drop(documents);
    memo.keep(per_module);
    json
}

/// The documents of each module, from `memo` when nothing they are made from has changed.
fn documents_per_module(
    modules: &[RenderedModule],
    language: SearchLanguage,
    memo: &Memo<Vec<Document>>,
) -> Vec<ModuleDocuments> {
    modules
        .par_iter()
        .map(|rendered| {
            let module = rendered.module;
            let name = module.source.path.to_string_lossy().into_owned();
            let key = fingerprint(&(
                language,
                &module.title,
                &module.description,
                &module.objectives,
                &module.keypoints,
                &module.questions,
                &module.tags,
                rendered.sections(),
            ));
            let documents = memo.get(&name, key).unwrap_or_else(|| {
                Arc::new(with_analyzer(language, |analyzer| {
                    module_documents(rendered, analyzer)
                }))
            });
            (name, key, documents)
        })
        .collect()
}
