//! The shape of generated pages, pinned with insta snapshots: a change to the templates or the
//! Markdown pipeline shows up here as a reviewable diff.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::fs;

use common::*;

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
