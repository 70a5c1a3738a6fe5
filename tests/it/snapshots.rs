//! The shape of generated pages, pinned with insta snapshots: a change to the templates or the
//! Markdown pipeline shows up here as a reviewable diff.

use std::fs;

use crate::common::*;

#[test]
fn module_page_html() {
    let (_guard, course) = course_copy(&fixture("small"));
    let result = syllabus(&[
        "build",
        path_str(&course),
        "--base-url",
        "https://example.org/course/",
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    let page = fs::read_to_string(course.join("public/basics/second/index.html")).unwrap();
    insta::assert_snapshot!("module_page", page);
    let redirect = fs::read_to_string(course.join("public/old/first/index.html")).unwrap();
    insta::assert_snapshot!("redirect_page", redirect);
    let sitemap = fs::read_to_string(course.join("public/sitemap.xml")).unwrap();
    insta::assert_snapshot!("sitemap", sitemap);
}

#[test]
fn course_map_and_course_data() {
    let (_guard, course) = course_copy(&fixture("paths"));
    let result = syllabus(&["build", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let page = fs::read_to_string(course.join("public/map/index.html")).unwrap();
    let start = page
        .find("<svg class=\"course-map\"")
        .expect("the map's svg");
    let end = page[start..].find("</svg>").expect("the end of the svg") + start + "</svg>".len();
    insta::assert_snapshot!("course_map_svg", &page[start..end]);
    let data = fs::read_to_string(course.join("public/course.json")).unwrap();
    let data: serde_json::Value = serde_json::from_str(&data).unwrap();
    insta::assert_snapshot!(
        "course_json",
        serde_json::to_string_pretty(&sorted(data)).unwrap()
    );
}

/// The value with the keys of every object in order: `serde_json` keeps them as read when a
/// dependency turns on its `preserve_order` (merman does), and sorts them otherwise.
fn sorted(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            let mut entries: Vec<_> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            serde_json::Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        serde_json::Value::Array(items) => {
            serde_json::Value::Array(items.into_iter().map(sorted).collect())
        }
        other => other,
    }
}

/// Every fenced block of a lesson, as the learner and the instructor see it: the body of the
/// page only, between `<div class="content">` and the key points.
#[test]
fn lesson_blocks_html() {
    const LESSON: &str = r#"---
title: Blocks
difficulty: beginner
---
::: questions
- How do I undo a commit?
:::

::: objectives
- Undo a commit with `git revert`.
:::

::::: {.exercise minutes=4}
## Undo the last commit

Undo it, keeping a record.

::: hint
One command makes a new commit.
:::

::: solution
## Solution
`git revert HEAD`
:::
:::::

::: {.callout-warning title="Shared branches"}
Never rewrite them.
:::

::: discussion
Which do you prefer?
:::

::: instructor
Ask who has rewritten a shared branch.
:::

::: {.figure #fig-one}
![A graph](graph.svg)

The graph after the revert.
:::

:::: tabset
## Linux
`apt install git`

## Windows
Git for Windows.
::::

::: spoiler
## Why revert?
It keeps history.
:::
"#;
    let course = TestCourse::new()
        .config("title: Blocks\n")
        .module("unit/blocks.md", LESSON)
        .file(
            "modules/unit/graph.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        );
    for (args, folder, name) in [
        (&[][..], "public", "lesson_blocks_learner"),
        (
            &["--instructor"][..],
            "public-instructor",
            "lesson_blocks_instructor",
        ),
    ] {
        let output = course.run("build", args);
        assert!(output.status.success(), "{}", stderr(&output));
        let page = course.read(&format!("{folder}/unit/blocks/index.html"));
        let start = page
            .find("<section class=\"objectives questions\"")
            .expect("the questions");
        let end = page
            .find("<section class=\"personal")
            .expect("the end of the body");
        insta::assert_snapshot!(name, &page[start..end]);
    }
}
