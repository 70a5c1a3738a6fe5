//! Words to index terms: elasticlunr's tokenizer and the pipeline of the course language
//! (`language.rs`), with a memo of every word seen per thread.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use elasticlunr::pipeline::Pipeline;
use rustc_hash::FxHashMap;

use super::language::{SearchLanguage, cjk_pieces};

/// Longer words are hashes, URLs or paths: nobody types them into a search box.
const LONGEST_WORD: usize = 32;

/// elasticlunr's pipeline for one language, with the result for every word seen so far: a
/// course repeats its words, and stemming is most of the cost of indexing.
pub(super) struct Analyzer {
    language: SearchLanguage,
    pipeline: Pipeline,
    known: FxHashMap<String, Option<Arc<str>>>,
}

impl Analyzer {
    /// Each word through the pipeline (which treats words one by one), with its count, sorted
    /// by term; and the number of terms.
    pub(super) fn terms(&mut self, text: &str) -> (Vec<(Arc<str>, u32)>, usize) {
        let words = words(text, self.language == SearchLanguage::Cjk);
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
pub(super) fn with_analyzer<T>(
    language: SearchLanguage,
    work: impl FnOnce(&mut Analyzer) -> T,
) -> T {
    ANALYZER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let analyzer = match slot.take() {
            Some(analyzer) if analyzer.language == language => analyzer,
            _ => Analyzer {
                language,
                pipeline: language.pipeline(),
                known: FxHashMap::default(),
            },
        };
        work(slot.insert(analyzer))
    })
}

/// elasticlunr's tokenizer, as elasticlunr.js splits queries (white space and hyphens, lower
/// case), without copying words that are lower case already, and without words nobody
/// searches for. With `cjk`, runs of CJK letters become pairs first, as `search-cjk.js`
/// makes them.
fn words(text: &str, cjk: bool) -> Vec<Cow<'_, str>> {
    let lowered = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|word| !word.is_empty())
        .map(|word| {
            if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(word)
            } else {
                Cow::Owned(word.to_lowercase())
            }
        });
    let short = |word: &Cow<'_, str>| word.chars().count() <= LONGEST_WORD;
    if !cjk {
        return lowered.filter(short).collect();
    }
    let mut pieces = Vec::new();
    for word in lowered {
        cjk_pieces(&word, &mut pieces);
    }
    pieces.into_iter().map(Cow::Owned).filter(short).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::language::trim_word;

    fn tokenize(text: &str) -> Vec<String> {
        words(text, false)
            .into_iter()
            .map(Cow::into_owned)
            .collect()
    }

    /// The terms of `text` in the course language `code`, in the text's order.
    fn terms(code: &str, text: &str) -> Vec<String> {
        let language = SearchLanguage::of(code);
        let words = words(text, language == SearchLanguage::Cjk);
        language
            .pipeline()
            .run(words.into_iter().map(Cow::into_owned).collect())
    }

    #[test]
    fn long_words_and_hyphens_are_split_like_the_reader_does() {
        assert_eq!(
            tokenize("Fast-forward merges 0123456789abcdef0123456789abcdef01234567 Now"),
            ["fast", "forward", "merges", "now"]
        );
    }

    #[test]
    fn english_keeps_its_porter_stemmer() {
        assert_eq!(terms("en-GB", "Merging the branches."), ["merg", "branch"]);
        assert_eq!(terms("", "Merging"), ["merg"]);
    }

    #[test]
    fn finnish_forms_of_a_word_share_a_stem_without_stop_words() {
        assert_eq!(
            terms("fi", "Kommitit ja kommitti, kommittia."),
            ["kommit", "kommit", "kommit"]
        );
        assert_eq!(terms("fi-FI", "haarat haaran"), ["haara", "haara"]);
    }

    #[test]
    fn german_plurals_meet_their_singular() {
        assert_eq!(
            terms("de", "Die Zweige und der Zweig: Änderungen, Änderung"),
            ["zweig", "zweig", "ander", "ander"]
        );
    }

    #[test]
    fn french_plurals_and_verb_forms_meet() {
        assert_eq!(
            terms("fr", "Fusionner les branches ; la branche fusionnée"),
            ["fusion", "branch", "branch", "fusion"]
        );
    }

    #[test]
    fn digits_are_kept_as_lunr_languages_keeps_them() {
        assert_eq!(terms("de", "Python3 (2024)"), ["python3", "2024"]);
        assert_eq!(terms("ru", "«Ветки» 2024"), ["ветк", "2024"]);
    }

    #[test]
    fn portuguese_ucao_stems_end_in_u_on_both_sides() {
        // rust-stemmers: execu, soluçã; lunr-languages: execuçã, soluçã: both become -u.
        assert_eq!(
            terms("pt-BR", "execução soluções evoluciones"),
            ["execu", "solu", "evolu"]
        );
    }

    #[test]
    fn pipelines_carry_lunr_languages_names() {
        let names = |code: &str| -> Vec<String> {
            let pipeline = SearchLanguage::of(code).pipeline();
            pipeline.queue.iter().map(|step| step.name()).collect()
        };
        assert_eq!(
            names("nl"),
            ["trimmer-nl", "stopWordFilter-nl", "stemmer-nl"]
        );
        assert_eq!(
            names("fi"),
            ["trimmer-fi", "stopWordFilter-fi", "stemmer-fi"]
        );
        assert_eq!(names("en"), ["trimmer", "stopWordFilter", "stemmer"]);
        for plain in ["pl", "he", "ar", "zh", "ja", "xx"] {
            assert_eq!(names(plain), ["syllabus-trimmer"], "{plain}");
        }
        let scripts = SearchLanguage::of("nl").scripts();
        assert_eq!(scripts, ["lunr.stemmer.support.min.js", "lunr.nl.min.js"]);
        assert!(SearchLanguage::of("pl").scripts().is_empty());
        assert_eq!(SearchLanguage::of("ko").scripts(), ["search-cjk.js"]);
    }

    #[test]
    fn languages_without_a_stemmer_are_trimmed_on_any_script() {
        assert_eq!(trim_word("«école»,".into()), Some("école".into()));
        assert_eq!(trim_word("—".into()), None);
        assert_eq!(terms("pl", "Gałęzie, «scalanie»."), ["gałęzie", "scalanie"]);
        assert_eq!(terms("he", "ענפים."), ["ענפים"]);
    }

    #[test]
    fn cjk_runs_become_pairs_and_other_words_stay_whole() {
        assert_eq!(
            terms("ja", "ブランチを統合する。Git-merge"),
            [
                "ブラ", "ラン", "ンチ", "チを", "を統", "統合", "合す", "する", "git", "merge"
            ]
        );
        assert_eq!(
            terms("zh-Hans", "合并分支，「git」"),
            ["合并", "并分", "分支", "git"]
        );
        // A letter alone between punctuation is kept as it is.
        assert_eq!(terms("zh", "（树）"), ["树"]);
        // A sentence longer than a word may be is still indexed.
        let long =
            "変更を記録するにはコミットを作成し、ブランチを切り替えるにはチェックアウトを使います";
        assert!(terms("ja", long).contains(&"コミ".to_string()));
    }
}
