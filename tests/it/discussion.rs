//! Asking the teacher (the flipped classroom): `discussion:` in `course.yaml` gives every module
//! an "Ask a question" link to the course's forum, with the module's title and address in it.

use std::fs;

use serde_json::json;

use crate::common::browser::*;
use crate::common::*;

const FORUM: &str = "discussion:\n  ask: \"https://github.com/owner/repo/discussions/new?category=q-a&title={title}&body=About%20{url}\"\n  see: \"https://github.com/owner/repo/discussions?discussions_q={title}\"\n";

#[test]
fn every_module_links_to_its_question_with_its_title_and_address() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let (_dir, course) = course_copy(&fixture("small"));
    let settings = course.join("course.yaml");
    let yaml = fs::read_to_string(&settings).unwrap();
    fs::write(&settings, format!("{yaml}\n{FORUM}")).unwrap();
    let site = built_site(&course, "/ask/");
    let tab = new_tab(&browser, 375, 800);
    open(&tab, &format!("{}basics/first/", site.base));
    // `{url}` is the page's address from `base_url`: here a path (a full address on a real host).
    let module_address = "/ask/basics/first/";
    expect_js(
        &tab,
        "document.querySelector('.ask .button').href",
        json!(format!(
            "https://github.com/owner/repo/discussions/new?category=q-a&title=First%20steps&body=About%20{}",
            utf8_encoded(module_address)
        )),
    );
    expect_js(
        &tab,
        "document.querySelector('.ask-links a:not(.button)').href",
        json!("https://github.com/owner/repo/discussions?discussions_q=First%20steps"),
    );
    assert_eq!(
        eval(&tab, "document.querySelector('.ask .button').textContent"),
        json!("Ask a question about this module")
    );
    let axe = axe_source().expect("axe-core is installed by scripts/test");
    assert_eq!(axe_violations(&tab, &axe), Vec::<String>::new());
}

/// What `encodeURIComponent` would make of an address, written out (`:` and `/` encoded).
fn utf8_encoded(text: &str) -> String {
    text.replace(':', "%3A").replace('/', "%2F")
}

#[test]
fn a_discussion_address_that_cannot_work_is_an_error_at_its_line() {
    let (_dir, course) = course_copy(&fixture("small"));
    let settings = course.join("course.yaml");
    let yaml = fs::read_to_string(&settings).unwrap();
    fs::write(
        &settings,
        format!("{yaml}\ndiscussion:\n  ask: \"https://forum.example.org/new?t={{titel}}\"\n  see: forum.example.org\n"),
    )
    .unwrap();
    let result = syllabus(&["build", path_str(&course)]);
    assert_eq!(result.status.code(), Some(1));
    let report = stderr(&result);
    let line = yaml.lines().count() + 3;
    assert!(
        report.contains("`{titel}` is not a word Syllabus fills in")
            && report.contains("did you mean `{title}`?")
            && report.contains(&format!("course.yaml:{line}:")),
        "{report}"
    );
    assert!(
        report.contains("`forum.example.org` is not a web or mail address")
            && report.contains("`https://`"),
        "{report}"
    );
    // Without `discussion:`, no module shows the links.
    let (_dir, plain) = course_copy(&fixture("small"));
    let result = syllabus(&["build", path_str(&plain)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let page = fs::read_to_string(plain.join("public/basics/first/index.html")).unwrap();
    assert!(!page.contains("class=\"ask\""));
}
