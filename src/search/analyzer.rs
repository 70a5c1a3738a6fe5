//! Words to index terms: elasticlunr's tokenizer and pipeline for the course language, with a
//! memo of every word seen per thread.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use elasticlunr::Language;
use elasticlunr::pipeline::{FnWrapper, Pipeline};
use rustc_hash::FxHashMap;

/// Longer words are hashes, URLs or paths: nobody types them into a search box.
const LONGEST_WORD: usize = 32;

/// Pipeline name of the trimmer for languages elasticlunr.js cannot stem; `search.js` registers
/// the same function under this name.
const PLAIN_TRIMMER: &str = "syllabus-trimmer";

/// elasticlunr's pipeline for one language, with the result for every word seen so far: a
/// course repeats its words, and stemming is most of the cost of indexing.
pub(super) struct Analyzer {
    english: bool,
    pipeline: Pipeline,
    known: FxHashMap<String, Option<Arc<str>>>,
}

impl Analyzer {
    /// Each word through the pipeline (which treats words one by one), with its count, sorted
    /// by term; and the number of terms.
    pub(super) fn terms(&mut self, text: &str) -> (Vec<(Arc<str>, u32)>, usize) {
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
pub(super) fn with_analyzer<T>(english: bool, work: impl FnOnce(&mut Analyzer) -> T) -> T {
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

pub(super) fn is_english(language: &str) -> bool {
    language.is_empty() || language.to_ascii_lowercase().starts_with("en")
}

/// elasticlunr's English pipeline (trimmer, stop words, Porter stemmer), or for other
/// languages a trimmer only: elasticlunr.js has no stemmer or stop words for them, and the
/// reader's prefix matching finds most inflected forms.
pub(super) fn pipeline(english: bool) -> Pipeline {
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

/// Trims punctuation around a word, on letters and digits of any script.
fn trim_word(token: String) -> Option<String> {
    let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(text: &str) -> Vec<String> {
        words(text).into_iter().map(Cow::into_owned).collect()
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
}
