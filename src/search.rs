//! The search index: one elasticlunr document per module section, written as one JSON file that
//! the browser fetches the first time a learner opens search.
//!
//! What a result shows is stored once per module (`modules`) and once per section (`docs`, whose
//! position is the elasticlunr document ref) rather than as elasticlunr stored fields, which would
//! repeat the module's title and unit in every section.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;

use elasticlunr::Language;
use elasticlunr::pipeline::{FnWrapper, Pipeline};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use std::sync::Arc;

use crate::course::Course;
use crate::render::RenderedModule;
use crate::util::fingerprint::fingerprint;
use crate::util::memo::Memo;

/// Where the index is published.
pub(crate) const SEARCH_INDEX: &str = "search-index.json";

/// The indexed fields, in the order of `Document::terms`. Boosts are applied by the reader
/// (`search.js`), which must use the same names.
const FIELDS: [&str; 6] = ["title", "section", "description", "points", "body", "tags"];

/// Longer words are hashes, URLs or paths: nobody types them into a search box.
const LONGEST_WORD: usize = 32;

/// Characters of section text kept to show under a result: enough to recognise the section on
/// a phone, short enough that excerpts stay a small part of the file.
const EXCERPT_CHARS: usize = 80;

/// Theme files that only search uses, left out of sites without search.
pub(crate) const SEARCH_ASSETS: [&str; 3] =
    ["search.js", "elasticlunr.min.js", "elasticlunr-LICENSE.txt"];

/// Pipeline name of the trimmer for languages elasticlunr.js cannot stem; `search.js` registers
/// the same function under this name.
const PLAIN_TRIMMER: &str = "syllabus-trimmer";

/// One searchable section of a module.
pub struct Document {
    heading: String,
    anchor: String,
    excerpt: String,
    /// Per field: each term after the pipeline with how often it occurs, sorted by term. Terms
    /// are shared with the analyzer's memo: a course repeats its words, and a string per
    /// occurrence was the largest part of the index's memory.
    terms: [Vec<(Arc<str>, u32)>; FIELDS.len()],
    /// Per field: the number of terms (elasticlunr's field length).
    lengths: [usize; FIELDS.len()],
}

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

#[derive(Serialize)]
struct SearchFile<'a> {
    /// Version of this file's layout, for the reader.
    format: u32,
    /// elasticlunr.js pipeline, applied to queries.
    pipeline: Vec<String>,
    fields: [&'static str; FIELDS.len()],
    /// `[title, url, difficulty, level number (1 = easiest), unit title]` per module, in course
    /// order.
    modules: Vec<(&'a str, &'a str, &'a str, usize, &'a str)>,
    /// `[module, section heading, anchor, excerpt]` per document; the position is the ref.
    docs: Vec<(usize, &'a str, &'a str, &'a str)>,
    /// Per field, the length of that field in each document.
    lengths: BTreeMap<&'static str, Vec<usize>>,
    /// Per field, its terms in order with their postings.
    terms: BTreeMap<&'static str, Vec<Postings<'a>>>,
}

/// Builds the index of every module section and returns the file's JSON.
///
/// Terms come from elasticlunr-rs's pipeline for the course language (the same tokenizer, stop
/// words and stemmer that elasticlunr.js applies to queries). The inverted index is written as
/// sorted postings rather than elasticlunr's serialised tree, which spells every prefix of every
/// word as nested objects and made the file larger than the Markdown; `search.js` rebuilds the
/// tree and hands it to elasticlunr.js.
///
/// A module's documents are remembered in `memo` with a fingerprint of everything they are made
/// from, so a rebuild analyses only the modules that changed.
pub(crate) fn index_json(
    course: &Course,
    modules: &[RenderedModule],
    memo: &mut Memo<Vec<Document>>,
) -> String {
    let english = is_english(&course.config.language);
    let per_module: Vec<(String, u64, Arc<Vec<Document>>)> = modules
        .par_iter()
        .map(|rendered| {
            let module = rendered.module;
            let name = module.source.path.to_string_lossy().into_owned();
            let key = fingerprint(&(
                english,
                &module.title,
                &module.description,
                &module.objectives,
                &module.keypoints,
                &module.tags,
                rendered.sections(),
            ));
            let documents = memo.get(&name, key).unwrap_or_else(|| {
                Arc::new(with_analyzer(english, |analyzer| {
                    module_documents(rendered, analyzer)
                }))
            });
            (name, key, documents)
        })
        .collect();
    let documents: Vec<(usize, &Document)> = per_module
        .iter()
        .enumerate()
        .flat_map(|(module, (_, _, docs))| docs.iter().map(move |d| (module, d)))
        .collect();

    let per_field: Vec<(Vec<usize>, FieldPostings<'_>)> = (0..FIELDS.len())
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
        .collect();
    let mut lengths = BTreeMap::new();
    let mut terms = BTreeMap::new();
    for (name, (field_lengths, postings)) in FIELDS.iter().zip(per_field) {
        lengths.insert(*name, field_lengths);
        terms.insert(*name, postings);
    }
    let levels = &course.config.levels;
    let unit_titles: BTreeMap<&str, &str> = course
        .units
        .iter()
        .map(|u| (u.id.as_str(), u.title.as_str()))
        .collect();
    let file = SearchFile {
        format: 1,
        pipeline: pipeline(english)
            .queue
            .iter()
            .map(|step| step.name())
            .collect(),
        fields: FIELDS,
        modules: modules
            .iter()
            .map(|r| {
                let module = r.module;
                (
                    module.title.as_str(),
                    module.url.as_str(),
                    levels.get(module.difficulty).map_or("", String::as_str),
                    module.difficulty + 1,
                    module
                        .unit
                        .as_deref()
                        .and_then(|id| unit_titles.get(id).copied())
                        .unwrap_or(""),
                )
            })
            .collect(),
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
    let json = serde_json::to_string(&file).unwrap_or_default();
    drop(file);
    drop(terms);
    drop(documents);
    memo.keep(per_module);
    json
}

/// elasticlunr's pipeline for one language, with the result for every word seen so far: a
/// course repeats its words, and stemming is most of the cost of indexing.
struct Analyzer {
    english: bool,
    pipeline: Pipeline,
    known: FxHashMap<String, Option<Arc<str>>>,
}

impl Analyzer {
    /// Each word through the pipeline (which treats words one by one), with its count, sorted
    /// by term; and the number of terms.
    fn terms(&mut self, text: &str) -> (Vec<(Arc<str>, u32)>, usize) {
        let words = words(text);
        for word in &words {
            if !self.known.contains_key(word.as_ref()) {
                let term = self.pipeline.run(vec![word.to_string()]).pop();
                self.known.insert(word.to_string(), term.map(Arc::from));
            }
        }
        let mut found: Vec<&Arc<str>> = Vec::with_capacity(words.len());
        for word in &words {
            if let Some(Some(term)) = self.known.get(word.as_ref()) {
                found.push(term);
            }
        }
        let length = found.len();
        found.sort_unstable();
        let mut terms: Vec<(Arc<str>, u32)> = Vec::new();
        for term in found {
            match terms.last_mut() {
                Some((last, count)) if **last == **term => *count += 1,
                _ => terms.push((Arc::clone(term), 1)),
            }
        }
        (terms, length)
    }
}

thread_local! {
    static ANALYZER: RefCell<Option<Analyzer>> = const { RefCell::new(None) };
}

/// Runs `work` with this thread's analyzer for the language, made on first use.
fn with_analyzer<T>(english: bool, work: impl FnOnce(&mut Analyzer) -> T) -> T {
    ANALYZER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let analyzer = match slot.take() {
            Some(analyzer) if analyzer.english == english => analyzer,
            _ => Analyzer {
                english,
                pipeline: pipeline(english),
                known: FxHashMap::default(),
            },
        };
        work(slot.insert(analyzer))
    })
}

fn module_documents(rendered: &RenderedModule, analyzer: &mut Analyzer) -> Vec<Document> {
    let module = rendered.module;
    let points = module
        .objectives
        .iter()
        .chain(&module.keypoints)
        .map(String::as_str)
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
            module.title.as_str(),
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
        for (field, text) in texts.iter().enumerate() {
            let (terms, length) = analyzer.terms(text);
            document.lengths[field] = length;
            document.terms[field] = terms;
        }
        documents.push(document);
    }
    documents
}

fn is_english(language: &str) -> bool {
    language.is_empty() || language.to_ascii_lowercase().starts_with("en")
}

/// elasticlunr's English pipeline (trimmer, stop words, Porter stemmer), or for other
/// languages a trimmer only: elasticlunr.js has no stemmer or stop words for them, and the
/// reader's prefix matching finds most inflected forms.
fn pipeline(english: bool) -> Pipeline {
    if english {
        elasticlunr::lang::English::new().make_pipeline()
    } else {
        Pipeline {
            queue: vec![Box::new(FnWrapper(PLAIN_TRIMMER.into(), trim_word))],
        }
    }
}

/// Splits like elasticlunr.js does on the query side (whitespace and hyphens, lower case), and
/// drops words nobody searches for.
/// elasticlunr's tokenizer (split on white space and hyphens, lower case), without copying
/// words that are lower case already.
fn words(text: &str) -> Vec<Cow<'_, str>> {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|word| !word.is_empty() && word.chars().count() <= LONGEST_WORD)
        .map(|word| {
            if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(word)
            } else {
                Cow::Owned(word.to_lowercase())
            }
        })
        .collect()
}

#[cfg(test)]
fn tokenize(text: &str) -> Vec<String> {
    words(text).into_iter().map(Cow::into_owned).collect()
}

/// Trims punctuation around a word, on letters and digits of any script.
fn trim_word(token: String) -> Option<String> {
    let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
    (!trimmed.is_empty()).then(|| trimmed.to_string())
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

    #[test]
    fn long_words_and_hyphens_are_split_like_the_reader_does() {
        assert_eq!(
            tokenize("Fast-forward merges 0123456789abcdef0123456789abcdef01234567 Now"),
            ["fast", "forward", "merges", "now"]
        );
    }

    #[test]
    fn other_languages_are_trimmed_on_any_script_but_not_stemmed() {
        assert_eq!(trim_word("«école»,".into()), Some("école".into()));
        assert_eq!(trim_word("—".into()), None);
        let french = pipeline(false).run(tokenize("Fusionner les branches."));
        assert_eq!(french, ["fusionner", "les", "branches"]);
        let english = pipeline(true).run(tokenize("Merging the branches."));
        assert_eq!(english, ["merg", "branch"]);
    }

    #[test]
    fn postings_are_gaps_with_counts_above_one() {
        let json = serde_json::to_string(&Postings("rebas", &[(3, 1), (4, 2), (10, 1)]));
        assert_eq!(json.ok().as_deref(), Some(r#"["rebas",3,1,-2,6]"#));
    }
}
