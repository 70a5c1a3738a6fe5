//! Which pipeline a course language gets, and what Syllabus adds to elasticlunr-rs's pipelines
//! so that the browser, with lunr-languages' scripts, makes exactly the same terms of a query.
//!
//! elasticlunr-rs's stop words and stemmers (rust-stemmers) give the same stems as
//! lunr-languages 1.22 on whole dictionaries (`tests/it/search.rs` checks word lists in
//! Chromium), with two differences that are mended here on both sides:
//! - lunr-languages' trimmer keeps ASCII digits (`python3`, `2024`), elasticlunr-rs's
//!   `\p{Latin}` one drops them, so the trimmer is lunr-languages' own, written again here;
//! - lunr-languages' Portuguese stemmer has Spanish endings where Snowball's has `-ução`, so
//!   `execução` is `execuçã` in the browser and `execu` in Rust: a last step, which `search.js`
//!   registers too, ends both sides' stems in `u` there.
//!
//! Chinese, Japanese and Korean have no stemmer on either side and (but Korean) no spaces
//! between words: their characters are indexed as overlapping pairs, which `search-cjk.js`
//! makes of a query too.

use elasticlunr::Language as _;
use elasticlunr::pipeline::{FnWrapper, Pipeline, PipelineFn};

use crate::i18n::primary_subtag;

/// Pipeline name of the trimmer for languages without a stemmer; `search.js` registers the same
/// function under this name.
pub(super) const PLAIN_TRIMMER: &str = "syllabus-trimmer";

/// Pipeline name of the Portuguese step that mends the `-ução` stems (see the module's doc).
const PORTUGUESE_ENDINGS: &str = "syllabus-pt-endings";

/// The script every lunr-languages stemmer needs before its own.
const STEMMER_SUPPORT: &str = "lunr.stemmer.support.min.js";

/// lunr-languages' licence, shipped with its scripts.
const STEMMER_LICENCE: &str = "lunr-languages-LICENSE.txt";

/// The script that cuts CJK queries into pairs, for CJK sites only.
const CJK_SCRIPT: &str = "search-cjk.js";

/// Course languages (primary subtags) that elasticlunr-rs and lunr-languages both stem: the
/// code, elasticlunr-rs's name for it and lunr-languages' one (Dutch is `du` and `nl`).
const STEMMED: [(&str, &str, &str); 15] = [
    ("da", "da", "da"),
    ("de", "de", "de"),
    ("es", "es", "es"),
    ("fi", "fi", "fi"),
    ("fr", "fr", "fr"),
    ("hu", "hu", "hu"),
    ("it", "it", "it"),
    ("nb", "no", "no"),
    ("nl", "du", "nl"),
    ("no", "no", "no"),
    ("pt", "pt", "pt"),
    ("ro", "ro", "ro"),
    ("ru", "ru", "ru"),
    ("sv", "sv", "sv"),
    ("tr", "tr", "tr"),
];

/// Languages written without spaces between words, or (Korean) with particles glued to them.
const CJK: [&str; 3] = ["zh", "ja", "ko"];

/// How a course language's text is made into terms, on both sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum SearchLanguage {
    /// elasticlunr's own English pipeline, built into elasticlunr.js.
    English,
    /// A stemmer of elasticlunr-rs: its code there and in lunr-languages.
    Stemmed {
        rust: &'static str,
        js: &'static str,
    },
    /// Pairs of Chinese, Japanese or Korean characters, trimmed only.
    Cjk,
    /// Trimmed only: no stemmer on one side or the other (Polish, Hebrew, Arabic, ...).
    Plain,
}

impl SearchLanguage {
    /// The language of a course's `language` setting (`fi`, `pt-BR`; empty is English).
    pub(super) fn of(language: &str) -> SearchLanguage {
        let primary = primary_subtag(language).to_ascii_lowercase();
        if primary.is_empty() || primary == "en" {
            return SearchLanguage::English;
        }
        if CJK.contains(&primary.as_str()) {
            return SearchLanguage::Cjk;
        }
        STEMMED
            .iter()
            .find(|(code, _, _)| *code == primary)
            .map_or(SearchLanguage::Plain, |&(_, rust, js)| {
                SearchLanguage::Stemmed { rust, js }
            })
    }

    /// The theme files the browser loads, in order, before it reads the index.
    pub(super) fn scripts(self) -> Vec<String> {
        match self {
            SearchLanguage::Stemmed { js, .. } => {
                vec![STEMMER_SUPPORT.to_string(), stemmer_script(js)]
            }
            SearchLanguage::Cjk => vec![CJK_SCRIPT.to_string()],
            SearchLanguage::English | SearchLanguage::Plain => Vec::new(),
        }
    }

    /// Whether a site in this language holds the language file `path`: its scripts and, with
    /// lunr-languages' ones, their licence.
    pub(super) fn needs_file(self, path: &str) -> bool {
        let scripts = self.scripts();
        let stemmed = scripts.iter().any(|script| script == STEMMER_SUPPORT);
        scripts.iter().any(|script| script == path) || (path == STEMMER_LICENCE && stemmed)
    }

    pub(super) fn pipeline(self) -> Pipeline {
        let stemmed = match self {
            SearchLanguage::English => return elasticlunr::lang::English::new().make_pipeline(),
            SearchLanguage::Stemmed { rust, js } => stemmed(rust, js),
            SearchLanguage::Cjk | SearchLanguage::Plain => None,
        };
        stemmed.unwrap_or_else(|| Pipeline {
            queue: vec![Box::new(FnWrapper(PLAIN_TRIMMER.into(), trim_word))],
        })
    }
}

/// The lunr-languages script of a language.
fn stemmer_script(js: &str) -> String {
    format!("lunr.{js}.min.js")
}

/// Whether `path` is a theme file of some languages only (lunr-languages' and the CJK script),
/// which a site holds only when its language needs it.
pub(super) fn is_language_file(path: &str) -> bool {
    path == STEMMER_SUPPORT
        || path == STEMMER_LICENCE
        || path == CJK_SCRIPT
        || STEMMED.iter().any(|(_, _, js)| path == stemmer_script(js))
}

/// elasticlunr-rs's stop words and stemmer behind lunr-languages' trimmer, each step under
/// lunr-languages' name, which the browser looks the functions up by.
fn stemmed(rust: &str, js: &str) -> Option<Pipeline> {
    let theirs = elasticlunr::lang::from_code(rust)?.make_pipeline();
    let trimmer: fn(String) -> Option<String> = if js == "ru" {
        trim_cyrillic
    } else {
        trim_latin
    };
    let mut queue: Vec<Box<dyn PipelineFn>> =
        vec![Box::new(FnWrapper(format!("trimmer-{js}"), trimmer))];
    for step in theirs.queue {
        let name = step.name();
        if name.starts_with("trimmer") {
            continue;
        }
        let kind = name.split('-').next().unwrap_or(&name).to_string();
        queue.push(Box::new(Renamed(format!("{kind}-{js}"), step)));
    }
    if js == "pt" {
        queue.push(Box::new(FnWrapper(
            PORTUGUESE_ENDINGS.into(),
            portuguese_endings,
        )));
    }
    Some(Pipeline { queue })
}

/// A step of elasticlunr-rs under another name (`stemmer-nl` for its `stemmer-du`).
struct Renamed(String, Box<dyn PipelineFn>);

impl PipelineFn for Renamed {
    fn name(&self) -> String {
        self.0.clone()
    }

    fn filter(&self, token: String) -> Option<String> {
        self.1.filter(token)
    }
}

/// `-uçã`, `-uçõ` (and `-ucion`, from lunr-languages' Spanish endings) become `-u`, where one
/// side's stemmer stopped and the other went on (see the module's doc).
fn portuguese_endings(token: String) -> Option<String> {
    for ending in ["uçã", "uçõ", "ucion"] {
        if let Some(stem) = token.strip_suffix(ending) {
            return Some(format!("{stem}u"));
        }
    }
    Some(token)
}

/// lunr-languages' `wordCharacters` of its Latin-script languages, and the digits its trimmer adds.
const LATIN: &[(char, char)] = &[
    ('0', '9'),
    ('A', 'Z'),
    ('a', 'z'),
    ('\u{AA}', '\u{AA}'),
    ('\u{BA}', '\u{BA}'),
    ('\u{C0}', '\u{D6}'),
    ('\u{D8}', '\u{F6}'),
    ('\u{F8}', '\u{2B8}'),
    ('\u{2E0}', '\u{2E4}'),
    ('\u{1D00}', '\u{1D25}'),
    ('\u{1D2C}', '\u{1D5C}'),
    ('\u{1D62}', '\u{1D65}'),
    ('\u{1D6B}', '\u{1D77}'),
    ('\u{1D79}', '\u{1DBE}'),
    ('\u{1E00}', '\u{1EFF}'),
    ('\u{2071}', '\u{2071}'),
    ('\u{207F}', '\u{207F}'),
    ('\u{2090}', '\u{209C}'),
    ('\u{212A}', '\u{212B}'),
    ('\u{2132}', '\u{2132}'),
    ('\u{214E}', '\u{214E}'),
    ('\u{2160}', '\u{2188}'),
    ('\u{2C60}', '\u{2C7F}'),
    ('\u{A722}', '\u{A787}'),
    ('\u{A78B}', '\u{A7AD}'),
    ('\u{A7B0}', '\u{A7B7}'),
    ('\u{A7F7}', '\u{A7FF}'),
    ('\u{AB30}', '\u{AB5A}'),
    ('\u{AB5C}', '\u{AB64}'),
    ('\u{FB00}', '\u{FB06}'),
    ('\u{FF21}', '\u{FF3A}'),
    ('\u{FF41}', '\u{FF5A}'),
];

/// lunr-languages' `wordCharacters` of Russian, and the digits.
const CYRILLIC: &[(char, char)] = &[
    ('0', '9'),
    ('\u{400}', '\u{484}'),
    ('\u{487}', '\u{52F}'),
    ('\u{1D2B}', '\u{1D2B}'),
    ('\u{1D78}', '\u{1D78}'),
    ('\u{2DE0}', '\u{2DFF}'),
    ('\u{A640}', '\u{A69F}'),
    ('\u{FE2E}', '\u{FE2F}'),
];

fn trim_latin(token: String) -> Option<String> {
    trim_to(token, LATIN)
}

fn trim_cyrillic(token: String) -> Option<String> {
    trim_to(token, CYRILLIC)
}

/// lunr-languages' trimmer: what is not a word character goes from both ends.
fn trim_to(token: String, word: &[(char, char)]) -> Option<String> {
    let is_word = |c: char| word.iter().any(|&(low, high)| (low..=high).contains(&c));
    let trimmed = token.trim_matches(|c: char| !is_word(c));
    if trimmed.is_empty() {
        None
    } else if trimmed.len() == token.len() {
        Some(token)
    } else {
        Some(trimmed.to_string())
    }
}

/// Trims punctuation around a word, on letters and digits of any script.
pub(super) fn trim_word(token: String) -> Option<String> {
    let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Chinese, Japanese and Korean letters: kana, Han ideographs, Hangul (`search-cjk.js` has the
/// same ranges).
const CJK_LETTERS: &[(char, char)] = &[
    ('\u{1100}', '\u{11FF}'),
    ('\u{3005}', '\u{3007}'),
    ('\u{3041}', '\u{309F}'),
    ('\u{30A0}', '\u{30FA}'),
    ('\u{30FC}', '\u{30FF}'),
    ('\u{3130}', '\u{318F}'),
    ('\u{31F0}', '\u{31FF}'),
    ('\u{3400}', '\u{4DBF}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7AF}'),
    ('\u{F900}', '\u{FAFF}'),
    ('\u{FF66}', '\u{FF9F}'),
    ('\u{20000}', '\u{3134F}'),
];

fn is_cjk(c: char) -> bool {
    CJK_LETTERS
        .iter()
        .any(|&(low, high)| (low..=high).contains(&c))
}

/// A word cut into runs of CJK letters and of anything else; each CJK run gives its
/// overlapping pairs of letters (a run of one letter, that letter), the rest stays whole.
/// Without a dictionary nobody knows where a Japanese or Chinese word ends, but any word of two
/// letters or more is a sequence of pairs, and a query's pairs are found in the text that holds it.
pub(super) fn cjk_pieces(word: &str, pieces: &mut Vec<String>) {
    let letters: Vec<char> = word.chars().collect();
    let mut start = 0;
    while start < letters.len() {
        let cjk = is_cjk(letters[start]);
        let end = letters[start..]
            .iter()
            .position(|&c| is_cjk(c) != cjk)
            .map_or(letters.len(), |length| start + length);
        let run = &letters[start..end];
        if !cjk || run.len() == 1 {
            pieces.push(run.iter().collect());
        } else {
            pieces.extend(run.windows(2).map(|pair| pair.iter().collect::<String>()));
        }
        start = end;
    }
}
