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
    insta::assert_snapshot!("course_json", serde_json::to_string_pretty(&data).unwrap());
}
