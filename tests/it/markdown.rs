//! The small Markdown constructs of lessons: figures, attribute blocks, bracketed spans,
//! definition lists, the glossary with its page, term links and search documents, output
//! blocks, named task checkboxes and empty table headers. Built with the real binary; the
//! glossary popover is checked in Chromium with axe-core.

use std::fs;

use serde_json::json;

use crate::common::browser::{axe_source, axe_violations, browser, eval, expect_js, new_tab};
use crate::common::*;

const GLOSSARY: &str = "\
- term: Staging area
  definition: The snapshot of your next commit, also called the *index*.
- term: Commit
  definition: A recorded snapshot of the project.
";

/// A module using every construct.
const LESSON: &str = r#"---
title: Every construct
objectives: [Use every construct]
---
Git keeps changes in the [staging area]{.term} until you [record them]{.term key="commit"}.

![Three boxes joined by arrows](areas.svg "Where changes go"){#fig-areas width=60%}

As [the figure](#fig-areas) shows, a [note]{.aside} can sit in a sentence.

Working tree
: The files as you edit them.

```bash
$ git switch -c topic
```

```output
Switched to a new branch 'topic'
```

```{.error}
fatal: not a git repository
```

- [ ] Stage the file
- [x] Commit it

| Command | Effect |
|---|---|
| `git add` | stages |
"#;

const SVG: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#;

fn lesson_course() -> TestCourse {
    TestCourse::new()
        .file("glossary.yaml", GLOSSARY)
        .module("basics/every.md", LESSON)
        .module("basics/areas.svg", SVG)
        .module(
            "basics/other.md",
            "---\ntitle: Other\nobjectives: [Link]\n---\nSee [the areas](every.md#fig-areas) and [the glossary](/glossary/#term-commit).\n",
        )
}

/// The body of a module page: its content's `<div>`.
fn body_of(page: &str) -> &str {
    let start = page
        .find("<div class=\"content\">")
        .expect("the module's content");
    let end = page[start..].find("\n  </div>").expect("its end") + start;
    &page[start..end]
}

#[test]
fn a_page_with_every_construct() {
    let course = lesson_course();
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    assert_eq!(
        course.report(&result).matches("warning").count(),
        0,
        "{}",
        course.report(&result)
    );
    let page = fs::read_to_string(course.join("public/basics/every/index.html")).unwrap();
    insta::assert_snapshot!("every_construct", body_of(&page));
    assert!(page.contains("glossary.js"), "the popover script is loaded");
    let other = fs::read_to_string(course.join("public/basics/other/index.html")).unwrap();
    assert!(
        !other.contains("glossary.js"),
        "only pages with terms load it"
    );
    assert!(
        other.contains("href=\"../../glossary/\""),
        "the menu links the glossary"
    );
    let (broken, _) = broken_links(&course.join("public"), "/");
    assert!(broken.is_empty(), "{broken:?}");
}

#[test]
fn the_glossary_page_lists_every_term_and_search_finds_them() {
    let course = lesson_course();
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let page = fs::read_to_string(course.join("public/glossary/index.html")).unwrap();
    assert!(
        page.contains("<dt id=\"term-staging-area\">Staging area</dt>"),
        "{page}"
    );
    assert!(
        page.contains(
            "<dd><p>The snapshot of your next commit, also called the <em>index</em>.</p>\n</dd>"
        ),
        "{page}"
    );
    assert!(
        page.contains("aria-current=\"page\">Glossary</a>"),
        "{page}"
    );
    let index: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(course.join("public/search-index.json")).unwrap())
            .unwrap();
    let modules = index["modules"].as_array().unwrap();
    let glossary = modules.len() - 1;
    assert_eq!(
        modules[glossary],
        json!(["Glossary", "glossary/", "", 0, ""])
    );
    let terms: Vec<_> = index["docs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d[0] == json!(glossary))
        .map(|d| (d[1].as_str().unwrap(), d[2].as_str().unwrap()))
        .collect();
    assert_eq!(
        terms,
        [
            ("Staging area", "term-staging-area"),
            ("Commit", "term-commit")
        ]
    );
    let sitemap = fs::read_to_string(course.join("public/sitemap.xml")).unwrap();
    assert!(sitemap.contains("/glossary/"), "{sitemap}");
}

#[test]
fn a_course_without_a_glossary_has_no_glossary_page() {
    let course = TestCourse::new().module("a.md", "---\ntitle: A\n---\nText.\n");
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(!course.join("public/glossary").exists());
    let page = fs::read_to_string(course.join("public/a/index.html")).unwrap();
    assert!(!page.contains("Glossary"), "{page}");
}

#[test]
fn the_glossary_module_is_the_glossary_page_not_a_module() {
    let course = TestCourse::new()
        .module(
            "glossary.md",
            "Remote\n: Another copy of the repository.\n\nHEAD\n: Where you are.\n",
        )
        .module(
            "a.md",
            "---\ntitle: A\nobjectives: [Push]\n---\nPush to a [remote]{.term}; see [all terms](glossary.md).\n",
        );
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(
        !course.report(&result).contains("warning"),
        "{}",
        course.report(&result)
    );
    let page = fs::read_to_string(course.join("public/glossary/index.html")).unwrap();
    assert!(
        page.contains("<dt id=\"term-remote\">Remote</dt>"),
        "{page}"
    );
    let data = fs::read_to_string(course.join("public/course.json")).unwrap();
    assert!(!data.contains("glossary"), "not a module: {data}");
    let a = fs::read_to_string(course.join("public/a/index.html")).unwrap();
    assert!(a.contains("href=\"../glossary/\">all terms</a>"), "{a}");
    assert!(a.contains("href=\"../glossary/#term-remote\""), "{a}");
}

#[test]
fn content_problems_are_reported_where_they_are_written() {
    let course = TestCourse::new()
        .file(
            "glossary.yaml",
            "- term: Commit\n  definition: A snapshot.\n- term: Branch\n  defintion: A name.\n- term: commit\n  definition: Again.\n",
        )
        .module("basics/glossary.md", "---\ntitle: Not the glossary\nobjectives: [Be a module]\n---\nA module like any other.\n")
        .module("glossary.md", "Commit\n: Ignored.\n")
        .module(
            "basics/a.md",
            "---\ntitle: A\nobjectives: [Break]\n---\nA [comit]{.term}, a [span]{.x onclick=go()} and [bad]{.x y}.\n\n\
             ![x](https://example.org/a.png){width=wide}\n\n| | Effect |\n|---|---|\n| a | b |\n\n\
             See [the figure](#fig-missing).\n",
        );
    let result = course.check();
    assert!(!result.status.success());
    insta::assert_snapshot!("construct_problems", course.report(&result));
}

#[test]
fn a_glossary_popover_is_accessible_and_stays_on_a_phone_screen() {
    let Some(axe) = axe_source() else { return };
    let course = lesson_course();
    let out = course.beside("site");
    let result = course.run("build", &["-o", path_str(&out)]);
    assert!(result.status.success(), "{}", stderr(&result));
    // Read from the files: every address of a page is relative, and nothing here needs a
    // server (a page's scripts only miss `course.json`, which nothing checked here uses).
    let base = format!("file://{}/", path_str(&out.canonicalize().unwrap()));
    let Some(browser) = browser(320, 800) else {
        return;
    };
    let tab = new_tab(&browser, 320, 800);
    for scheme in ["light", "dark"] {
        crate::common::browser::prefer_color_scheme(&tab, scheme);
        // A query of its own for each scheme, so that each visit is a navigation.
        visit(&tab, &format!("{base}basics/every/index.html?{scheme}"));
        // Focus shows the definition; it fits the screen; Escape hides it.
        eval(&tab, "document.querySelector('a.term').focus()");
        expect_js(
            &tab,
            "document.querySelector('.term-tip').hidden",
            json!(false),
        );
        let violations = axe_violations(&tab, &axe);
        assert!(violations.is_empty(), "{scheme}: {violations:#?}");
        expect_js(
            &tab,
            "document.documentElement.scrollWidth <= window.innerWidth",
            json!(true),
        );
        expect_js(
            &tab,
            "(() => { const r = document.querySelector('.term-tip').getBoundingClientRect(); return r.left >= 0 && r.right <= document.documentElement.clientWidth; })()",
            json!(true),
        );
        eval(
            &tab,
            "document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))",
        );
        expect_js(
            &tab,
            "document.querySelector('.term-tip').hidden",
            json!(true),
        );
        // The definition is the link's description, shown or not.
        expect_js(
            &tab,
            "document.getElementById(document.querySelector('a.term').getAttribute('aria-describedby')).textContent",
            json!("The snapshot of your next commit, also called the index."),
        );
    }
    visit(&tab, &format!("{base}glossary/index.html"));
    let violations = axe_violations(&tab, &axe);
    assert!(violations.is_empty(), "glossary page: {violations:#?}");
}

/// Opens `url`, and waits until the page has loaded (by the page's own state: a fresh tab
/// sometimes reports no end of its first navigation).
fn visit(tab: &headless_chrome::Tab, url: &str) {
    tab.navigate_to(url).unwrap();
    let script = format!(
        "document.readyState === 'complete' && location.href === {}",
        serde_json::to_string(url).unwrap()
    );
    expect_js(tab, &script, json!(true));
}
