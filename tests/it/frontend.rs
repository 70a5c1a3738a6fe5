//! The default theme's browser side as a whole: which page loads which script, the learner's
//! records known to `store.js` alone, one palette for both colour schemes, and, in Chromium
//! (harness in `common/browser.rs`), the palette for every system and chosen scheme, the stored
//! shapes, pages that survive a full, broken or disabled storage, and the learner's pages drawn
//! in full on a 320 px phone without sideways scrolling or axe-core findings, and the scripts'
//! words, plurals and dates in the course's language (Finnish).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use headless_chrome::protocol::cdp::Page;
use headless_chrome::{Browser, Tab};
use regex::Regex;
use serde_json::json;

use crate::common::browser::*;
use crate::common::*;

fn theme_static(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("themes/default/static")
        .join(name)
}

/// The default theme's scripts: file name → text.
fn theme_scripts() -> BTreeMap<String, String> {
    fs::read_dir(theme_static(""))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "js"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// The scripts a page loads from the site, in document order; each must be `defer`red, so that
/// they run in that order once the page is parsed.
fn scripts_of(page: &str) -> Vec<String> {
    let tag = Regex::new(r"<script\b([^>]*)>").unwrap();
    let src = Regex::new(r#"\ssrc="([^"]*)""#).unwrap();
    tag.captures_iter(page)
        .filter_map(|tag| {
            let attributes = tag.get(1).unwrap().as_str();
            let source = src.captures(attributes)?.get(1).unwrap().as_str();
            assert!(
                attributes.split_whitespace().any(|a| a == "defer"),
                "{source} is not deferred"
            );
            Some(source.rsplit('/').next().unwrap().to_string())
        })
        .collect()
}

const QUIZ: &str = "---\ntitle: Quizzed\nobjectives: [Answer.]\n---\n\nSome text.\n\n```quiz\n- question: Pick the right one\n  options:\n    - text: right\n      correct: true\n    - text: wrong\n```\n";

#[test]
fn the_learners_pages_alone_load_their_script_and_the_store_comes_first() {
    let (_guard, course) = course_copy(&fixture("small"));
    fs::write(course.join("modules/next/quizzed.md"), QUIZ).unwrap();
    let result = syllabus(&["build", path_str(&course), "--strict"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let out = course.join("public");
    // Deferred scripts run in document order: the words and `SyllabusT` (syllabus.js), then the
    // store, before everything that uses them.
    let scripts = |extra: &[&str]| -> Vec<String> {
        [
            "words.js",
            "syllabus.js",
            "store.js",
            "progress.js",
            "offline.js",
            "search.js",
        ]
        .iter()
        .chain(extra)
        .map(|name| name.to_string())
        .collect()
    };
    for (page, expected) in [
        ("index.html", scripts(&[])),
        ("basics/first/index.html", scripts(&[])),
        ("basics/index.html", scripts(&[])),
        ("404.html", scripts(&[])),
        ("next/quizzed/index.html", scripts(&["quiz.js"])),
        (
            "learning/index.html",
            scripts(&["learning.js", "offline-save.js"]),
        ),
        ("learning/record/index.html", scripts(&["learning.js"])),
        ("paths/all/index.html", scripts(&["offline-save.js"])),
    ] {
        let html = fs::read_to_string(out.join(page)).unwrap();
        assert_eq!(scripts_of(&html), expected, "{page}");
    }
    for script in ["store.js", "progress.js", "learning.js", "quiz.js"] {
        assert!(out.join(script).is_file(), "{script} is not published");
    }
}

#[test]
fn the_learners_records_are_known_to_the_store_alone() {
    let scripts = theme_scripts();
    let holding = |needle: &str| -> Vec<&str> {
        scripts
            .iter()
            .filter(|(_, text)| text.contains(needle))
            .map(|(name, _)| name.as_str())
            .collect()
    };
    // The keys, reading and writing, the records' validation and a new quiz result's shape.
    for needle in [
        "\"syllabus-progress:\"",
        "\"syllabus-quiz:\"",
        "JSON.parse(localStorage",
        "localStorage.removeItem",
        "function validProgress",
        "function validQuiz",
        "typeof r.score",
        "typeof m.done",
        "{ score: 0, total:",
        "navigator.storage",
    ] {
        assert_eq!(holding(needle), ["store.js"], "`{needle}`");
    }
    // Storage itself: the store, and the theme choice of syllabus.js (which the page's inline
    // script reads before anything is drawn).
    assert_eq!(holding("localStorage"), ["store.js", "syllabus.js"]);
    assert!(!scripts["syllabus.js"].contains("syllabus-progress"));
}

/// The declarations of custom properties whose value holds a colour, in rules on `:root`
/// (the palette), outside `@media print`: name → how many.
fn palette_declarations(css: &str) -> BTreeMap<String, usize> {
    let css = Regex::new(r"(?s)/\*.*?\*/").unwrap().replace_all(css, "");
    let css = match css.find("@media print") {
        Some(start) => {
            let mut depth = 0;
            let mut end = start;
            for (at, c) in css[start..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = start + at + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            format!("{}{}", &css[..start], &css[end..])
        }
        None => css.into_owned(),
    };
    let rule = Regex::new(r"([^{}]*)\{([^{}]*)\}").unwrap();
    let declaration = Regex::new(r"(--[\w-]+)\s*:([^;]*)").unwrap();
    let colour = Regex::new(r"#[0-9a-fA-F]{3,8}\b|rgb\(|hsl\(").unwrap();
    let mut found = BTreeMap::new();
    for rule in rule.captures_iter(&css) {
        if !rule[1].contains(":root") {
            continue;
        }
        for declaration in declaration.captures_iter(&rule[2]) {
            if colour.is_match(&declaration[2]) {
                *found.entry(declaration[1].to_string()).or_insert(0) += 1;
            }
        }
    }
    found
}

#[test]
fn the_stylesheet_writes_each_colour_of_the_palette_once() {
    let css = fs::read_to_string(theme_static("style.css")).unwrap();
    let palette = palette_declarations(&css);
    for name in [
        "--bg",
        "--text",
        "--link",
        "--border",
        "--accent",
        "--caution",
    ] {
        assert!(palette.contains_key(name), "{name} is not in the palette");
    }
    let repeated: Vec<_> = palette.iter().filter(|(_, count)| **count > 1).collect();
    assert!(repeated.is_empty(), "declared more than once: {repeated:?}");
    // The quiz's and the diagrams' stylesheets take every colour from the palette.
    let colour = Regex::new(r"#[0-9a-fA-F]{3,8}\b|rgb\(|hsl\(").unwrap();
    for sheet in ["quiz.css", "diagram.css"] {
        let css = fs::read_to_string(theme_static(sheet)).unwrap();
        assert!(!colour.is_match(&css), "{sheet} has colours of its own");
    }
}

// ---- In Chromium ----

fn tab_of(browser: &Browser) -> Arc<Tab> {
    new_tab(browser, 1280, 900)
}

/// Opens `page` of the example course and waits until progress.js has drawn module states.
fn visit(tab: &Tab, page: &str) {
    open(tab, &format!("{}{page}", site().base));
    expect_js(
        tab,
        "!!document.querySelector('[data-module] .state, .learning:not([hidden]), .record-missing:not([hidden])')",
        json!(true),
    );
}

/// The palette's custom properties as the page computes them on `<html>`.
const PALETTE: &str = "(() => { const s = getComputedStyle(document.documentElement); \
    return JSON.stringify(['--bg', '--bg-soft', '--code-bg', '--text', '--text-soft', '--link', '--border', '--accent', \
    '--beginner', '--intermediate', '--advanced', '--note', '--tip', '--important', '--warning', '--caution'] \
    .map(name => s.getPropertyValue(name).trim()).concat([s.colorScheme, getComputedStyle(document.body).backgroundColor, \
    getComputedStyle(document.body).color])); })()";

#[test]
fn the_palette_follows_the_system_unless_the_reader_chose() {
    let Some(browser) = browser(1280, 900) else {
        return;
    };
    let tab = tab_of(&browser);
    let page = format!("{}{}", site().base, first_module_page(&site().out));
    let mut seen: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for system in ["light", "dark"] {
        prefer_color_scheme(&tab, system);
        for choice in [None, Some("light"), Some("dark")] {
            open(&tab, &page);
            match choice {
                Some(theme) => eval(
                    &tab,
                    &format!("localStorage.setItem('syllabus-theme', {theme:?})"),
                ),
                None => eval(&tab, "localStorage.removeItem('syllabus-theme')"),
            };
            open(&tab, &page);
            let shown = choice.unwrap_or(system);
            let palette: Vec<String> =
                serde_json::from_str(eval(&tab, PALETTE).as_str().unwrap()).unwrap();
            let (scheme, background, text) = (&palette[16], &palette[17], &palette[18]);
            let label = format!("system {system}, choice {choice:?}");
            assert_eq!(
                (background.as_str(), text.as_str()),
                if shown == "dark" {
                    ("rgb(17, 20, 24)", "rgb(230, 233, 238)")
                } else {
                    ("rgb(255, 255, 255)", "rgb(27, 31, 36)")
                },
                "{label}"
            );
            if choice.is_some() {
                assert_eq!(scheme, shown, "{label}");
            }
            // The same colours however a scheme was reached.
            let before = seen.entry(shown).or_insert_with(|| palette[..16].to_vec());
            assert_eq!(*before, palette[..16].to_vec(), "{label}");
        }
    }
    let (light, dark) = (&seen["light"], &seen["dark"]);
    for (at, (l, d)) in light.iter().zip(dark).enumerate() {
        assert!(
            l.starts_with('#') && d.starts_with('#') && l != d,
            "colour {at}: {l} / {d}"
        );
    }
}

/// The quiz record of the example course's `basics/first-commit`, and another module's (as
/// an earlier version of quiz.js stored it, with a key this version does not know).
const OTHER_RESULT: &str = r#"{"score":1,"total":2,"attempts":3,"questions":{"quiz-2-1":{"correct":true,"attempts":1},"quiz-2-2":{"correct":false,"attempts":2}},"last":"2024-05-01T10:00:00.000Z","kept":"as is"}"#;

#[test]
fn quiz_results_keep_their_stored_shape_beside_other_modules() {
    let Some(browser) = browser(1280, 900) else {
        return;
    };
    let tab = tab_of(&browser);
    let errors = record_errors(&tab, &site().base);
    visit(&tab, "basics/first-commit/");
    eval(
        &tab,
        &format!(
            "localStorage.setItem('syllabus-quiz:' + document.body.dataset.course, JSON.stringify({{ 'basics/setup': {OTHER_RESULT} }}))"
        ),
    );
    visit(&tab, "basics/first-commit/");
    let total = answer_the_first_question_right(&tab);
    expect_js(
        &tab,
        "document.querySelector('.quiz-summary').textContent",
        json!(format!("So far: 1 of {total} correct.")),
    );
    let stored = eval(
        &tab,
        "localStorage.getItem('syllabus-quiz:' + document.body.dataset.course)",
    );
    let stored = stored.as_str().unwrap();
    // The other module's record is untouched, byte for byte; the new one has the keys, their
    // order and the types that quiz.js has always written.
    let expected = format!(
        r#"^\{{"basics/setup":{},"basics/first-commit":\{{"score":1,"total":{total},"attempts":1,"questions":\{{"quiz-1-1":\{{"correct":true,"attempts":1\}}\}},"last":"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\d\dZ"\}}\}}$"#,
        regex::escape(OTHER_RESULT)
    );
    assert!(Regex::new(&expected).unwrap().is_match(stored), "{stored}");
    // My learning reads both through the same store, in course order.
    visit(&tab, "learning/");
    assert_eq!(
        eval(
            &tab,
            "[...document.querySelectorAll('.quiz-scores tbody tr')].map(r => r.cells[1].textContent + ' / ' + r.cells[2].textContent).join(' | ')",
        ),
        json!(format!("1 of 2 / 3 | 1 of {total} / 1"))
    );
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

/// Pages that use the learner's storage: a module with a quiz, the home page, the map and
/// the learner's own pages.
const STORAGE_PAGES: [&str; 5] = [
    "basics/first-commit/",
    "",
    "map/",
    "learning/",
    "learning/record/?path=fix-mistakes",
];

/// Runs `source` in every document the tab opens, before the page's own scripts.
fn before_every_page(tab: &Tab, source: &str) {
    tab.call_method(Page::AddScriptToEvaluateOnNewDocument {
        source: source.to_string(),
        world_name: None,
        include_command_line_api: None,
        run_immediately: None,
    })
    .unwrap();
}

/// The quiz's running score counts the one answer given.
fn expect_one_answer_counted(tab: &Tab) {
    expect_js(
        tab,
        "document.querySelector('.quiz-summary').textContent.startsWith('So far: 1 of ')",
        json!(true),
    );
}

fn answer_first_question(tab: &Tab) {
    eval(
        tab,
        "const f = document.getElementById('quiz-1-1'); f.querySelector('.quiz-option[data-correct=true] label').click(); f.querySelector('.quiz-check').click();",
    );
    expect_js(
        tab,
        "document.querySelector('#quiz-1-1 .quiz-feedback').textContent",
        json!("✓ Correct!"),
    );
}

#[test]
fn corrupted_records_are_set_aside_without_breaking_a_page() {
    let Some(browser) = browser(1280, 900) else {
        return;
    };
    let tab = tab_of(&browser);
    let errors = record_errors(&tab, &site().base);
    visit(&tab, "");
    for junk in ["{ not json", "[1, 2]", "null", r#"{"modules": 3}"#] {
        eval(
            &tab,
            &format!(
                "localStorage.setItem('syllabus-progress:' + document.body.dataset.course, {junk:?}); localStorage.setItem('syllabus-quiz:' + document.body.dataset.course, {junk:?});"
            ),
        );
        for page in STORAGE_PAGES {
            visit(&tab, page);
        }
        // As a new learner: nothing done, and the module page still counts answers.
        visit(&tab, "learning/");
        assert!(
            eval(
                &tab,
                "document.querySelector('.learning-overall').textContent"
            )
            .as_str()
            .unwrap()
            .contains("0 of 16 done"),
            "{junk}"
        );
        visit(&tab, "basics/first-commit/");
        answer_first_question(&tab);
        expect_one_answer_counted(&tab);
    }
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

#[test]
fn a_full_storage_keeps_this_visit_working() {
    let Some(browser) = browser(1280, 900) else {
        return;
    };
    let tab = tab_of(&browser);
    before_every_page(
        &tab,
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    let errors = record_errors(&tab, &site().base);
    for page in STORAGE_PAGES {
        visit(&tab, page);
    }
    visit(&tab, "basics/first-commit/");
    answer_first_question(&tab);
    expect_one_answer_counted(&tab);
    tab.find_element(".done-toggle").unwrap().click().unwrap();
    expect_js(
        &tab,
        "document.querySelector('.done-toggle').getAttribute('aria-pressed')",
        json!("true"),
    );
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

#[test]
fn without_storage_pages_read_as_without_javascript_and_quizzes_still_answer() {
    let Some(browser) = browser(1280, 900) else {
        return;
    };
    let tab = tab_of(&browser);
    before_every_page(
        &tab,
        "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });",
    );
    let errors = record_errors(&tab, &site().base);
    for page in STORAGE_PAGES {
        open(&tab, &format!("{}{page}", site().base));
        // Deferred scripts have all run once the document is complete.
        expect_js(&tab, "document.readyState", json!("complete"));
        assert_eq!(
            eval(
                &tab,
                "document.querySelectorAll('[data-module] .state').length"
            ),
            json!(0),
            "/{page}"
        );
    }
    open(&tab, &format!("{}basics/first-commit/", site().base));
    expect_js(&tab, "document.readyState", json!("complete"));
    answer_first_question(&tab);
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

#[test]
fn the_learners_pages_drawn_in_full_fit_a_320_px_phone_and_pass_axe() {
    let Some(axe) = axe_source() else { return };
    let Some(browser) = browser(320, 700) else {
        return;
    };
    let tab = new_tab(&browser, 320, 700);
    let errors = record_errors(&tab, &site().base);
    visit(&tab, "");
    // Every module done (the longest lists and the completion record), a goal and a quiz score.
    let course: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(site().out.join("course.json")).unwrap()).unwrap();
    let modules: serde_json::Map<String, serde_json::Value> = course["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let id = m["id"].as_str().unwrap().to_string();
            (
                id,
                json!({ "done": true, "at": 1_700_000_000_000_u64, "hash": m["hash"] }),
            )
        })
        .collect();
    let progress = json!({ "modules": modules, "visits": {}, "goal": { "type": "path", "id": "fix-mistakes", "at": 1 }, "exported": 0 });
    let quizzes = json!({ "basics/first-commit": { "score": 1, "total": 2, "attempts": 2, "last": "2024-05-01T10:00:00.000Z", "questions": {} } });
    eval(
        &tab,
        &format!(
            "localStorage.setItem('syllabus-progress:' + document.body.dataset.course, {:?}); localStorage.setItem('syllabus-quiz:' + document.body.dataset.course, {:?});",
            progress.to_string(),
            quizzes.to_string()
        ),
    );
    let mut problems = Vec::new();
    for scheme in ["light", "dark"] {
        prefer_color_scheme(&tab, scheme);
        for (page, drawn) in [
            ("learning/", ".quiz-scores"),
            (
                "learning/record/?path=fix-mistakes",
                ".record:not([hidden])",
            ),
            ("paths/fix-mistakes/", ".personal-path .record-link"),
            ("basics/first-commit/", ".done-toggle[aria-pressed=true]"),
        ] {
            open(&tab, &format!("{}{page}", site().base));
            expect_js(
                &tab,
                &format!("!!document.querySelector({drawn:?})"),
                json!(true),
            );
            let widths = eval(
                &tab,
                "[document.documentElement.scrollWidth, window.innerWidth].join(' ')",
            );
            if widths != json!("320 320") {
                problems.push(format!("/{page} [{scheme}]: {widths} wide"));
            }
            problems.extend(
                axe_violations(&tab, &axe)
                    .into_iter()
                    .map(|v| format!("/{page} [{scheme}]: {v}")),
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

/// The example course in Finnish, built and served once.
fn finnish_site() -> &'static Site {
    static SITE: std::sync::OnceLock<(tempfile::TempDir, Site)> = std::sync::OnceLock::new();
    let (_, site) = SITE.get_or_init(|| {
        let (guard, course) = course_copy(&example_course());
        let config = fs::read_to_string(course.join("course.yaml")).unwrap();
        let config = config.replace("language: en", "language: fi");
        fs::write(course.join("course.yaml"), config).unwrap();
        let site = built_site(&course, "/fi/");
        (guard, site)
    });
    site
}

#[test]
fn the_scripts_speak_the_course_language_with_its_plurals_and_dates() {
    let Some(browser) = browser(1280, 900) else {
        return;
    };
    let tab = tab_of(&browser);
    let base = &finnish_site().base;
    let errors = record_errors(&tab, base);
    open(&tab, &format!("{base}basics/first-commit/"));
    expect_js(
        &tab,
        "!!document.querySelector('[data-module] .state')",
        json!(true),
    );
    let states = eval(
        &tab,
        "[...new Set([...document.querySelectorAll('[data-module] .state-text')].map(e => e.textContent))].sort().join('|')",
    );
    assert!(
        states.as_str().unwrap().contains("Voit aloittaa"),
        "{states}"
    );
    // A quiz: the running score and the feedback.
    let total = answer_the_first_question_right(&tab);
    expect_js(
        &tab,
        "document.querySelector('.quiz-summary').textContent",
        json!(format!("Tähän mennessä 1/{total} oikein.")),
    );
    expect_js(
        &tab,
        "document.querySelector('#quiz-1-1 .quiz-feedback').textContent",
        json!("✓ Oikein!"),
    );
    // Done on a day written the Finnish way (d.m.yyyy), whatever the browser's own language.
    tab.find_element(".done-toggle").unwrap().click().unwrap();
    expect_js(
        &tab,
        "/^Tehty \\d{1,2}\\.\\d{1,2}\\.\\d{4}\\.$/.test(document.querySelector('.personal-status').textContent)",
        json!(true),
    );
    // The words of My learning, with Finnish plural forms.
    open(&tab, &format!("{base}learning/"));
    expect_js(
        &tab,
        "!!document.querySelector('.learning:not([hidden]) .progress-line')",
        json!(true),
    );
    let overall = eval(
        &tab,
        "document.querySelector('.learning-overall').textContent",
    );
    let overall = overall.as_str().unwrap();
    assert!(
        overall.contains("Tehty 1/") && overall.contains("Kurssia on jäljellä noin "),
        "{overall}"
    );
    // No English word of the scripts among what they painted (module titles are the course's).
    let painted = eval(
        &tab,
        "[...document.querySelectorAll('.learning-overall, .learning-goal, .learning-paths, .learning-quizzes')].map(e => e.innerText).join('\\n')",
    );
    let painted = painted.as_str().unwrap();
    for word in [
        "Done",
        "Progress in",
        "minutes",
        "Continue where",
        "No goal",
        "Score",
        "min left",
        "undefined",
        "js-",
    ] {
        assert!(!painted.contains(word), "`{word}` in {painted}");
    }
    // Search says in Finnish that nothing was found.
    eval(&tab, "document.querySelector('.search-input').focus()");
    tab.type_str("kubernetes").unwrap();
    expect_js(
        &tab,
        "document.querySelector('.search-message').textContent.startsWith('Ei tuloksia haulla ”kubernetes”')",
        json!(true),
    );
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

/// Answers the page's first quiz question rightly and checks it; the number of questions on the
/// page, for the running score.
fn answer_the_first_question_right(tab: &headless_chrome::Tab) -> serde_json::Value {
    let total = eval(tab, "document.querySelectorAll('.quiz-question').length");
    eval(
        tab,
        "const f = document.getElementById('quiz-1-1'); f.querySelector('.quiz-option[data-correct=true] label').click(); f.querySelector('.quiz-check').click();",
    );
    total
}
