//! No script injection: `tests/fixtures/payloads` puts a script payload in every plain-text field
//! (titles, descriptions, objectives, key points, tags, levels, unit and path titles, quiz
//! texts, the author). Every payload must come out as text: never a tag, an event handler, a
//! `javascript:` link or evaluated template syntax; and in Chromium none of them may run.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "common/browser.rs"]
mod harness;

use std::fs;

use common::*;
use harness::*;
use regex::Regex;
use serde_json::json;

/// The exact texts of some fields in the fixture, as authors wrote them.
const MODULE_TITLE: &str = "First </script><script>window.__pwned='module title'</script>";
const COURSE_TITLE: &str = "Course <script>window.__pwned='course title'</script>";
const TEMPLATE_TITLE: &str = "Second {{ 7*7 }} {% if true %}evaluated{% endif %}";

fn unescape(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Whether a URL in an attribute would run script when followed.
fn runs_script(url: &str) -> bool {
    let cleaned: String = unescape(url)
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:text/html"]
        .iter()
        .any(|scheme| cleaned.starts_with(scheme) || cleaned.contains(&format!("url={scheme}")))
}

/// Every problem of one HTML page: tags a payload made, event handlers, script URLs, and inline
/// scripts that hold a payload.
fn injections(html: &str) -> Vec<String> {
    let tag = Regex::new(
        r#"<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*/?>"#,
    )
    .unwrap();
    let attribute =
        Regex::new(r#"([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?"#).unwrap();
    let inline_script = Regex::new(r"(?s)<script>(.*?)</script>").unwrap();
    let mut found = Vec::new();
    for tag_match in tag.captures_iter(html) {
        let name = tag_match[1].to_ascii_lowercase();
        for attr in attribute.captures_iter(&tag_match[2]) {
            let key = attr[1].to_ascii_lowercase();
            let value = attr
                .get(2)
                .or(attr.get(3))
                .or(attr.get(4))
                .map_or("", |v| v.as_str());
            if key.starts_with("on") {
                found.push(format!("<{name} {key}=…> event handler: {}", &tag_match[0]));
            }
            if matches!(
                key.as_str(),
                "href" | "src" | "action" | "formaction" | "xlink:href" | "content"
            ) && runs_script(value)
            {
                found.push(format!("<{name} {key}> runs script: {}", &tag_match[0]));
            }
        }
        if tag_match[0].contains("pwned") && !tag_match[0].contains('"') {
            found.push(format!("a payload made a tag: {}", &tag_match[0]));
        }
    }
    for script in inline_script.captures_iter(html) {
        if script[1].contains("pwned") {
            found.push(format!("a payload is inside a script: {}", &script[0]));
        }
    }
    found
}

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let result = syllabus(&[
        "build",
        path_str(&fixture("payloads")),
        "-o",
        path_str(&out),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    (dir, out)
}

#[test]
fn every_plain_text_field_comes_out_as_text() {
    let (_dir, out) = built();
    let site = read_tree(&out);
    let mut problems = Vec::new();
    let mut pages = 0;
    for (path, bytes) in &site {
        if path.ends_with(".html") || path.ends_with(".xml") {
            pages += 1;
            let text = String::from_utf8_lossy(bytes);
            problems.extend(
                injections(&text)
                    .into_iter()
                    .map(|p| format!("{path}: {p}")),
            );
        }
    }
    assert!(pages >= 10, "only {pages} pages");
    assert!(problems.is_empty(), "{problems:#?}");

    // The payloads are there, shown as the text the author wrote.
    let page = |path: &str| String::from_utf8_lossy(&site[path]).into_owned();
    let h1 = |path: &str| {
        let html = page(path);
        let start = html.find("<h1").unwrap();
        let end = html[start..].find("</h1>").unwrap();
        unescape(
            &Regex::new("<[^>]*>")
                .unwrap()
                .replace_all(&html[start..start + end], ""),
        )
    };
    assert_eq!(h1("unit/first/index.html").trim(), MODULE_TITLE);
    assert_eq!(h1("index.html").trim(), COURSE_TITLE);
    // Template syntax in a field is not evaluated.
    assert_eq!(h1("unit/second/index.html").trim(), TEMPLATE_TITLE);
    let first = page("unit/first/index.html");
    for shown in [
        "Key point &lt;script&gt;",
        "&lt;a href=\"javascript:window.__pwned=",
        "Objective &lt;img src=x onerror=",
        "&lt;script&gt;window.__pwned='option'&lt;/script&gt; this one",
    ] {
        assert!(first.contains(shown), "`{shown}` is not on the page");
    }
    // A Markdown link to `javascript:` in an objective keeps its words, not its target.
    assert!(first.contains("<li>a link</li>"), "the objective link");

    // Data files hold the texts as plain strings.
    let course: serde_json::Value = serde_json::from_slice(&site["course.json"]).unwrap();
    let titles: Vec<&str> = course["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&MODULE_TITLE), "{titles:?}");
    let index: serde_json::Value = serde_json::from_slice(&site["search-index.json"]).unwrap();
    assert!(
        index["modules"]
            .to_string()
            .contains("window.__pwned='module title'")
    );
}

#[test]
fn a_script_address_in_front_matter_is_an_error_at_its_place() {
    let (_guard, course) = course_copy(&fixture("payloads"));
    let module = course.join("modules/unit/first.md");
    let text = fs::read_to_string(&module).unwrap().replace(
        "aliases: [\"/old/first-page/\"]",
        "aliases: [\"javascript:window.__pwned='alias'\"]",
    );
    fs::write(&module, text).unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    assert_eq!(result.status.code(), Some(1));
    let report = stderr(&result);
    assert!(
        report.contains("modules/unit/first.md:12:11") && report.contains("invalid alias"),
        "{report}"
    );
}

/// In a real browser: every page, a search for the payloads, quiz answers right and wrong with
/// their feedback and the answer shown, and the learner pages. Nothing may have set
/// `window.__pwned`.
#[test]
fn no_payload_runs_in_the_browser() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let site = payload_site();
    let tab = new_tab(&browser, 375, 800);
    let errors = record_errors(&tab, &site.base);
    let pwned = "typeof window.__pwned === 'undefined' ? 'clean' : String(window.__pwned)";
    let pages = all_pages(&site.out);
    assert!(pages.len() >= 10, "{pages:?}");
    for page in &pages {
        open(&tab, &format!("{}{page}", site.base));
        expect_js(&tab, "document.readyState", json!("complete"));
        assert_eq!(eval(&tab, pwned), json!("clean"), "on {page}");
    }

    // The module page: its title is shown literally.
    open(&tab, &format!("{}unit/first/", site.base));
    expect_js(&tab, "document.readyState", json!("complete"));
    expect_js(
        &tab,
        "document.querySelector('h1').textContent.trim()",
        json!(MODULE_TITLE),
    );

    // Quiz: a right and a wrong answer, each with its feedback, then the answers shown.
    for option in ["this one", "that one"] {
        eval(
            &tab,
            &format!(
                "(() => {{ const form = document.getElementById('quiz-1-1'); \
                 const li = [...form.querySelectorAll('.quiz-option')].find(li => li.textContent.includes({option:?})); \
                 li.querySelector('label').click(); form.querySelector('.quiz-check').click(); return true; }})()"
            ),
        );
        expect_js(
            &tab,
            "document.querySelector('#quiz-1-1 .quiz-feedback').textContent.length > 0",
            json!(true),
        );
        assert_eq!(
            eval(&tab, pwned),
            json!("clean"),
            "after answering {option}"
        );
    }
    eval(
        &tab,
        "document.querySelectorAll('details').forEach(d => d.open = true); \
         document.querySelectorAll('.quiz-hint-button, .quiz-show-answer, button').forEach(b => { if (!b.closest('header')) b.click(); })",
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(eval(&tab, pwned), json!("clean"), "after showing answers");

    // Search: typed payloads, then every result opened.
    for query in ["pwned", "script", "<img src=x onerror=window.__pwned=1>"] {
        open(&tab, &format!("{}unit/second/", site.base));
        expect_js(&tab, "document.readyState", json!("complete"));
        eval(&tab, "document.querySelector('.search-input').focus()");
        tab.type_str(query).unwrap();
        expect_js(
            &tab,
            "!!document.querySelector('.search-message').textContent && !/Loading/.test(document.querySelector('.search-message').textContent)",
            json!(true),
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert_eq!(eval(&tab, pwned), json!("clean"), "searching {query}");
    }
    let results = eval(
        &tab,
        "JSON.stringify([...document.querySelectorAll('.search-results a')].map(a => a.href))",
    );
    let results: Vec<String> = serde_json::from_str(results.as_str().unwrap()).unwrap();
    for result in results {
        open(&tab, &result);
        expect_js(&tab, "document.readyState", json!("complete"));
        assert_eq!(eval(&tab, pwned), json!("clean"), "on result {result}");
    }

    // Learner pages draw course data with script: mark the module done and set a goal first.
    open(&tab, &format!("{}unit/first/", site.base));
    expect_js(&tab, "document.readyState", json!("complete"));
    eval(
        &tab,
        "document.querySelectorAll('button').forEach(b => { if (/done|goal/i.test(b.textContent)) b.click(); })",
    );
    for page in ["learning/", "map/", "paths/route/", ""] {
        open(&tab, &format!("{}{page}", site.base));
        expect_js(&tab, "document.readyState", json!("complete"));
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert_eq!(eval(&tab, pwned), json!("clean"), "on {page}");
    }
    let errors = errors.lock().unwrap();
    assert!(errors.is_empty(), "{errors:#?}");
}
