//! Search: the index file and the search field, built on the example course and tried in
//! real Chromium (harness in `common/browser.rs`).

use headless_chrome::Tab;
use headless_chrome::protocol::cdp::Emulation;
use serde_json::json;

use crate::common::browser::*;
use crate::common::*;

mod languages;

#[test]
fn the_index_has_a_document_per_section_that_links_to_its_heading() {
    let out = &site().out;
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("search-index.json")).unwrap())
            .unwrap();
    let modules = index["modules"].as_array().unwrap();
    let docs = index["docs"].as_array().unwrap();
    // The 16 modules, then the glossary page, whose documents are its terms.
    assert_eq!(modules.len(), 17);
    assert_eq!(modules[16][1], "glossary/");
    // Every document's anchor is a real heading of its module page (or a term's anchor).
    for doc in docs {
        let module = &modules[doc[0].as_u64().unwrap() as usize];
        let page =
            std::fs::read_to_string(out.join(module[1].as_str().unwrap()).join("index.html"))
                .unwrap();
        let anchor = doc[2].as_str().unwrap();
        if !anchor.is_empty() {
            assert!(page.contains(&format!("id=\"{anchor}\"")), "{doc}");
        }
        assert!(doc[3].as_str().unwrap().chars().count() <= 81, "{doc}");
    }
    let rebase = docs
        .iter()
        .find(|d| d[1] == "The golden rule")
        .expect("the section is indexed");
    assert_eq!(
        modules[rebase[0].as_u64().unwrap() as usize][0],
        "Rebasing a branch"
    );
    assert_eq!(rebase[2], "the-golden-rule");
    // Sections holding only a quiz are not indexed.
    assert!(!docs.iter().any(|d| d[1] == "Check your understanding"));
    let body_terms: Vec<&str> = index["terms"]["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t[0].as_str().unwrap())
        .collect();
    assert!(body_terms.contains(&"rebas"), "English words are stemmed");
    assert!(!body_terms.contains(&"the"), "stop words are left out");
}

#[test]
fn search_can_be_turned_off() {
    let course = TestCourse::fixture("small").add_config("\nsearch: false\n");
    let out = course.join("public");
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    for file in ["search-index.json", "search.js", "elasticlunr.min.js"] {
        assert!(!out.join(file).exists(), "{file} written without search");
    }
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!home.contains("search"), "{home}");
}

#[test]
fn the_search_script_stays_small_and_the_library_keeps_its_licence() {
    let out = &site().out;
    let script = std::fs::read(out.join("search.js")).unwrap();
    assert!(gzipped_len(&script) < 10 * 1024);
    let library = std::fs::read_to_string(out.join("elasticlunr.min.js")).unwrap();
    assert!(library.contains("MIT Licensed"));
    let licence = std::fs::read_to_string(out.join("elasticlunr-LICENSE.txt")).unwrap();
    assert!(licence.contains("Permission is hereby granted"));
}

// ---- In the browser ----

/// Records in `window.shownFor` the query of the results on show: search.js says how many
/// results it found (or that it is loading) each time it shows them, and the observer reads
/// the field's query then. Results shown for a query typed only in part are not mistaken for
/// the final ones.
const WATCH_RESULTS: &str = "{ const input = document.querySelector('.search-input'); \
    const message = document.querySelector('.search-message'); window.shownFor = null; \
    new MutationObserver(() => { if (!/Loading/.test(message.textContent)) window.shownFor = input.value.trim(); }) \
    .observe(message, { childList: true, characterData: true, subtree: true }); }";

fn search_tab(width: u32) -> Option<(headless_chrome::Browser, std::sync::Arc<Tab>)> {
    search_tab_at(width, &format!("{}basics/setup/", site().base))
}

/// A tab of `width` at `url`, whose results are watched.
fn search_tab_at(width: u32, url: &str) -> Option<(headless_chrome::Browser, std::sync::Arc<Tab>)> {
    let browser = browser(width, 800)?;
    let tab = new_tab(&browser, width, 800);
    open(&tab, url);
    expect_js(&tab, "document.readyState", json!("complete"));
    eval(&tab, WATCH_RESULTS);
    Some((browser, tab))
}

/// Waits until the results shown are those of `query`.
fn wait_for_results(tab: &Tab, query: &str) {
    expect_js(tab, "window.shownFor", json!(query));
}

/// Types `query` into the search field as keystrokes and waits for its results.
fn type_query(tab: &Tab, query: &str) {
    eval(tab, "document.querySelector('.search-input').focus()");
    tab.type_str(query).unwrap();
    wait_for_results(tab, query);
}

fn clear_query(tab: &Tab) {
    eval(
        tab,
        "{ const i = document.querySelector('.search-input'); i.value = ''; i.dispatchEvent(new Event('input')); }",
    );
}

fn result_titles(tab: &Tab) -> Vec<String> {
    let value = eval(
        tab,
        "JSON.stringify([...document.querySelectorAll('.search-results a')].map(a => a.querySelector('.search-result-title').firstChild.textContent))",
    );
    serde_json::from_str(value.as_str().unwrap()).unwrap()
}

#[test]
fn queries_find_the_expected_module_first() {
    let Some((_browser, tab)) = search_tab(375) else {
        return;
    };
    let errors = record_errors(&tab, &site().base);
    // The index is fetched only once the learner comes to search.
    let fetched =
        "performance.getEntriesByType('resource').some(e => e.name.endsWith('search-index.json'))";
    expect_js(&tab, fetched, json!(false));
    for (query, expected) in [
        ("rebase", "Rebasing a branch"),
        ("rebasing", "Rebasing a branch"),
        ("merge conflict", "Resolving merge conflicts"),
        (
            "bisect",
            "Finding the commit that broke something with git bisect",
        ),
        ("staging area", "The staging area and git diff"),
        ("pull request review", "Pull requests and code review"),
        ("squash", "Cleaning up history with interactive rebase"),
    ] {
        type_query(&tab, query);
        let titles = result_titles(&tab);
        assert_eq!(
            titles.first().map(String::as_str),
            Some(expected),
            "{query}: {titles:?}"
        );
        clear_query(&tab);
    }
    expect_js(&tab, fetched, json!(true));
    // Matched words are marked in the excerpt.
    type_query(&tab, "golden rule");
    screenshot(&tab, "phone-search");
    let marked = eval(
        &tab,
        "[...document.querySelectorAll('.search-results mark')].map(m => m.textContent.toLowerCase()).join(' ')",
    );
    assert!(marked.as_str().unwrap().contains("rule"), "{marked}");
    // The difficulty filter keeps only modules of that level.
    clear_query(&tab);
    eval(
        &tab,
        "{ const s = document.querySelector('.search-level'); s.value = 'advanced'; s.dispatchEvent(new Event('change')); }",
    );
    type_query(&tab, "rebase");
    let levels = eval(
        &tab,
        "[...new Set([...document.querySelectorAll('.search-results .badge')].map(b => b.textContent))].join()",
    );
    assert_eq!(levels, json!("advanced"));
    assert_eq!(
        result_titles(&tab).first().map(String::as_str),
        Some("Cleaning up history with interactive rebase")
    );
    // Nothing found says so, and how to find more.
    clear_query(&tab);
    type_query(&tab, "kubernetes");
    let message = eval(
        &tab,
        "document.querySelector('.search-message').textContent",
    );
    let message = message.as_str().unwrap();
    assert!(
        message.contains("No results for “kubernetes”") && message.contains("All levels"),
        "{message}"
    );
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

#[test]
fn a_result_opens_at_its_section() {
    let Some((_browser, tab)) = search_tab(375) else {
        return;
    };
    type_query(&tab, "golden rule");
    let href = eval(&tab, "document.querySelector('.search-results a').href");
    let href = href.as_str().unwrap().to_string();
    assert!(
        href.ends_with("branching/rebase/#the-golden-rule"),
        "{href}"
    );
    tab.find_element(".search-results a")
        .unwrap()
        .click()
        .unwrap();
    expect_js(&tab, "location.hash", json!("#the-golden-rule"));
    expect_js(
        &tab,
        "(() => { const r = document.getElementById('the-golden-rule').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 2; })()",
        json!(true),
    );
}

#[test]
fn search_works_by_keyboard_alone() {
    let Some((_browser, tab)) = search_tab(1280) else {
        return;
    };
    // `/` focuses the field from anywhere on the page.
    tab.press_key("/").unwrap();
    expect_js(&tab, "document.activeElement.id", json!("search-input"));
    tab.type_str("branch").unwrap();
    wait_for_results(&tab, "branch");
    expect_js(
        &tab,
        "document.querySelectorAll('.search-results a').length > 2",
        json!(true),
    );
    screenshot(&tab, "desktop-search");
    // Arrows move through the results and back to the field.
    tab.press_key("ArrowDown").unwrap();
    expect_js(
        &tab,
        "document.activeElement === document.querySelectorAll('.search-results a')[0]",
        json!(true),
    );
    tab.press_key("ArrowDown").unwrap();
    expect_js(
        &tab,
        "document.activeElement === document.querySelectorAll('.search-results a')[1]",
        json!(true),
    );
    tab.press_key("ArrowUp").unwrap();
    tab.press_key("ArrowUp").unwrap();
    expect_js(&tab, "document.activeElement.id", json!("search-input"));
    // Escape closes the results; the field keeps the query.
    tab.press_key("Escape").unwrap();
    expect_js(
        &tab,
        "document.querySelector('.search-panel').hidden",
        json!(true),
    );
    expect_js(&tab, "document.activeElement.id", json!("search-input"));
    expect_js(
        &tab,
        "document.querySelector('.search-input').value",
        json!("branch"),
    );
    // Typing reopens them; Down then Enter opens the second result.
    tab.type_str("es").unwrap();
    expect_js(
        &tab,
        "document.querySelector('.search-panel').hidden",
        json!(false),
    );
    wait_for_results(&tab, "branches");
    let second = eval(
        &tab,
        "document.querySelectorAll('.search-results a')[1].href",
    );
    tab.press_key("ArrowDown").unwrap();
    tab.press_key("ArrowDown").unwrap();
    tab.press_key("Enter").unwrap();
    expect_js(&tab, "location.href", second);
}

#[test]
fn html_typed_as_a_query_is_shown_as_text() {
    let Some((_browser, tab)) = search_tab(375) else {
        return;
    };
    eval(
        &tab,
        "window.alerted = false; window.alert = () => { window.alerted = true; };",
    );
    let payload = "<img src=x onerror=alert(1)>";
    type_query(&tab, payload);
    let message = eval(
        &tab,
        "document.querySelector('.search-message').textContent",
    );
    assert!(message.as_str().unwrap().contains(payload), "{message}");
    expect_js(
        &tab,
        "document.querySelectorAll('.search img').length",
        json!(0),
    );
    expect_js(&tab, "window.alerted", json!(false));
}

#[test]
fn without_javascript_the_search_field_is_hidden() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let tab = new_tab(&browser, 375, 800);
    tab.call_method(Emulation::SetScriptExecutionDisabled { value: true })
        .unwrap();
    open(&tab, &format!("{}basics/setup/", site().base));
    assert!(
        tab.find_element(".search-input")
            .unwrap()
            .get_box_model()
            .is_err(),
        "a search field that cannot work must not be shown"
    );
}
