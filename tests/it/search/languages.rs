//! Search in the course language: inflected forms find their module in German, French and
//! Finnish, Japanese finds words inside sentences without spaces, and for every language the
//! browser makes of a word exactly the terms the build indexed it under.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde_json::{Value, json};

use super::{result_titles, search_tab_at, type_query};
use crate::common::browser::*;
use crate::common::*;

/// `tests/fixtures/search-LANG`, built and served once per language.
fn language_site(language: &'static str) -> &'static Site {
    static SITES: OnceLock<std::sync::Mutex<BTreeMap<&str, &'static Site>>> = OnceLock::new();
    let mut sites = SITES.get_or_init(Default::default).lock().unwrap();
    sites.entry(language).or_insert_with(|| {
        let prefix: &'static str = Box::leak(format!("/{language}/").into_boxed_str());
        Box::leak(Box::new(built_site(
            &fixture(&format!("search-{language}")),
            prefix,
        )))
    })
}

/// Types each query on a page of `site` and checks the first result's module title.
fn first_results(site: &Site, page: &str, queries: &[(&str, &str)]) {
    let Some((_browser, tab)) = search_tab_at(375, &format!("{}{page}", site.base)) else {
        return;
    };
    let errors = record_errors(&tab, &site.base);
    for (query, expected) in queries {
        super::clear_query(&tab);
        type_query(&tab, query);
        let titles = result_titles(&tab);
        assert_eq!(
            titles.first().map(String::as_str),
            Some(*expected),
            "{query}: {titles:?}"
        );
    }
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

#[test]
fn the_index_names_its_language_s_pipeline_scripts_and_tokenizer() {
    let index_of = |language: &str, search: &str| {
        let course = TestCourse::fixture("small")
            .add_config(&format!("language: {language}\nsearch: {search}\n"));
        let result = course.build();
        assert!(result.status.success(), "{}", stderr(&result));
        let out = course.join("public");
        let shipped: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with("lunr") || name == "search-cjk.js")
            .collect();
        let index = std::fs::read_to_string(out.join("search-index.json")).ok();
        let index: Value = index.map_or(Value::Null, |i| serde_json::from_str(&i).unwrap());
        (index, shipped)
    };
    let (index, mut shipped) = index_of("fi-FI", "true");
    assert_eq!(
        index["pipeline"],
        json!(["trimmer-fi", "stopWordFilter-fi", "stemmer-fi"])
    );
    assert_eq!(
        index["scripts"],
        json!(["lunr.stemmer.support.min.js", "lunr.fi.min.js"])
    );
    shipped.sort();
    assert_eq!(
        shipped,
        [
            "lunr-languages-LICENSE.txt",
            "lunr.fi.min.js",
            "lunr.stemmer.support.min.js"
        ]
    );
    let (index, shipped) = index_of("ja", "true");
    assert_eq!(index["pipeline"], json!(["syllabus-trimmer"]));
    assert_eq!(index["scripts"], json!(["search-cjk.js"]));
    assert_eq!(shipped, ["search-cjk.js"]);
    let (index, shipped) = index_of("pl", "true");
    assert_eq!(index["pipeline"], json!(["syllabus-trimmer"]));
    assert!(index.get("scripts").is_none());
    assert!(shipped.is_empty(), "{shipped:?}");
    let (index, shipped) = index_of("de", "false");
    assert!(index.is_null() && shipped.is_empty(), "{shipped:?}");
}

#[test]
fn german_plurals_and_nouns_find_the_module_of_their_stem() {
    let site = language_site("de");
    // Only the course language's stemmer is shipped.
    assert!(site.out.join("lunr.de.min.js").is_file());
    assert!(site.out.join("lunr.stemmer.support.min.js").is_file());
    assert!(site.out.join("lunr-languages-LICENSE.txt").is_file());
    assert!(!site.out.join("lunr.fi.min.js").exists());
    first_results(
        site,
        "grundlagen/erster-commit/",
        &[
            ("Zweige", "Mit einem Zweig arbeiten"),
            ("Zusammenführung", "Zusammenführen und Konflikte"),
            ("Konflikts", "Zusammenführen und Konflikte"),
        ],
    );
}

#[test]
fn french_plurals_and_verb_forms_find_their_module() {
    first_results(
        language_site("fr"),
        "bases/premier-commit/",
        &[
            ("branches", "Travailler sur une branche"),
            ("fusionnées", "Fusionner et résoudre les conflits"),
            ("enregistrés", "Le premier commit"),
        ],
    );
}

#[test]
fn finnish_kommitit_finds_kommitti() {
    let course = TestCourse::fixture("finnish").module(
        "perusteet/kommitti.md",
        "---\ntitle: Mikä on kommitti\ndescription: Tallennuksen toinen nimi.\n---\n\n\
         ## Kommitti\n\nKommitti on Gitin tallennus: se kirjaa lavastetut muutokset.\n",
    );
    let site = built_site(course.path(), "/fi-search/");
    first_results(
        &site,
        "perusteet/aloitus/",
        &[
            ("kommitit", "Mikä on kommitti"),
            ("kommittia", "Mikä on kommitti"),
        ],
    );
}

#[test]
fn japanese_words_inside_sentences_are_found_by_their_characters() {
    let site = language_site("ja");
    assert!(!site.out.join("lunr.stemmer.support.min.js").exists());
    first_results(
        site,
        "kihon/commit/",
        &[
            ("衝突", "統合と衝突の解決"),
            ("衝突を解決", "統合と衝突の解決"),
            ("ブランチ", "ブランチで作業する"),
            ("本線に戻る", "ブランチで作業する"),
            ("記録", "最初のコミット"),
        ],
    );
}

/// Words of each course language (the primary subtag and what it stands for), inflected, with
/// stop words, capitals, digits and punctuation around them.
const WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "Merging", "branches", "the", "rebased", "Python3", "(2024)", "commits.",
        ],
    ),
    (
        "fi-FI",
        &[
            "kommitit",
            "kommitti",
            "kommittia",
            "haarat",
            "haaran",
            "yhdistäminen",
            "ja",
            "«Tallennus»,",
            "versioon",
            "muutokset",
            "2024",
            "Älä",
        ],
    ),
    (
        "sv",
        &[
            "grenar",
            "grenen",
            "sammanfogning",
            "ändringar",
            "och",
            "incheckningar",
        ],
    ),
    (
        "de",
        &[
            "Zweige",
            "Zweig",
            "Zweiges",
            "Änderungen",
            "Zusammenführung",
            "und",
            "«Konflikte»",
            "Straße",
            "Python3",
            "2024",
        ],
    ),
    (
        "fr",
        &[
            "branches",
            "branche",
            "fusionnées",
            "fusionner",
            "les",
            "l’état",
            "conflits",
            "«résoudre»",
            "été",
            "enregistrés",
        ],
    ),
    (
        "es",
        &[
            "ramas",
            "rama",
            "fusionando",
            "cambios",
            "los",
            "confirmación",
            "canción",
        ],
    ),
    (
        "pt-BR",
        &[
            "ramificações",
            "execução",
            "soluções",
            "introdução",
            "os",
            "mudanças",
            "evoluciones",
            "resolução",
        ],
    ),
    (
        "it",
        &["rami", "ramo", "unione", "modifiche", "gli", "perché"],
    ),
    (
        "nl",
        &["takken", "tak", "samenvoegen", "wijzigingen", "de", "één"],
    ),
    (
        "ru",
        &[
            "ветки",
            "ветка",
            "слияние",
            "изменения",
            "и",
            "2024",
            "«коммиты»",
        ],
    ),
    ("da", &["grene", "ændringer", "og"]),
    ("nb", &["greiner", "endringer", "og"]),
    ("hu", &["ágak", "változtatások", "és"]),
    ("ro", &["ramuri", "modificările", "și"]),
    ("tr", &["dallar", "değişiklikler", "ve", "İstanbul"]),
    ("pl", &["gałęzie", "«scalanie»", "i"]),
    ("he", &["ענפים", "מיזוג."]),
    ("ar", &["الفروع", "دمج،"]),
    (
        "ja",
        &[
            "ブランチを作る",
            "衝突を解決する。",
            "コミット",
            "統合",
            "git",
        ],
    ),
    ("zh-Hans", &["合并分支", "创建「分支」", "提交", "树"]),
    ("ko", &["브랜치를", "병합하기"]),
];

/// Per section heading, the distinct terms the build indexed the heading under.
fn indexed_terms(index: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let docs = index["docs"].as_array().unwrap();
    let mut terms: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entry in index["terms"]["section"].as_array().unwrap() {
        let entry = entry.as_array().unwrap();
        let mut doc = 0;
        for number in &entry[1..] {
            let number = number.as_i64().unwrap();
            if number >= 0 {
                doc += number as usize;
                let heading = docs[doc][1].as_str().unwrap().to_string();
                terms
                    .entry(heading)
                    .or_default()
                    .insert(entry[0].as_str().unwrap().into());
            }
        }
    }
    terms
}

/// Builds a course per language whose sections are headed by that language's words, all in one
/// folder served at `/words/` (one server for all: fewer servers, fewer stalled page loads).
fn word_sites() -> (tempfile::TempDir, String) {
    let root = tempfile::tempdir().unwrap();
    for (language, words) in WORDS {
        let sections: String = words.iter().map(|w| format!("## {w}\n\nx\n\n")).collect();
        let course = TestCourse::new()
            .config(&format!("title: Words\nlanguage: {language}\n"))
            .module(
                "words/words.md",
                &format!("---\ntitle: Words\n---\n\n{sections}"),
            );
        let out = root.path().join(language);
        let base = format!("/words/{language}/");
        let result = syllabus(&[
            "build",
            path_str(course.path()),
            "-o",
            path_str(&out),
            "--base-url",
            &base,
        ]);
        assert!(result.status.success(), "{}", stderr(&result));
    }
    let base = serve("/words/", root.path().to_path_buf());
    (root, base)
}

#[test]
fn the_browser_makes_the_terms_the_build_indexed_in_every_language() {
    let Some(browser) = browser(1024, 800) else {
        return;
    };
    let tab = new_tab(&browser, 1024, 800);
    let (root, base) = word_sites();
    let mut differences = Vec::new();
    for (language, words) in WORDS {
        // Each word heads a section: the terms of its document are the word's.
        let file = root.path().join(language).join("search-index.json");
        let index: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let indexed = indexed_terms(&index);
        open(&tab, &format!("{base}{language}/words/words/"));
        eval(&tab, super::WATCH_RESULTS);
        type_query(&tab, "x");
        // What search.js makes of a query word: its tokenizer, then the index's pipeline.
        let script = format!(
            "JSON.stringify({words}.map(w => [...new Set(elasticlunr.Pipeline.load({pipeline})\
             .run(elasticlunr.tokenizer(w)))].sort()))",
            words = json!(words),
            pipeline = index["pipeline"],
        );
        let browser_terms: Vec<BTreeSet<String>> =
            serde_json::from_str(eval(&tab, &script).as_str().unwrap()).unwrap();
        for (word, terms) in words.iter().zip(browser_terms) {
            let built = indexed.get(*word).cloned().unwrap_or_default();
            if built != terms {
                differences.push(format!(
                    "{language} {word}: built {built:?}, browser {terms:?}"
                ));
            }
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}
