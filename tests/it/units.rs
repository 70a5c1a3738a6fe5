//! Units that hold sub-units (`modules/day1/morning/`): their pages, the navigation, the
//! breadcrumbs and the data, and the error for a third level. Titles with inline code too.

use std::fs;

use crate::common::{TestCourse, stderr};

fn module(title: &str) -> String {
    format!("---\ntitle: \"{title}\"\nobjectives: [Read it.]\n---\nSome words.\n")
}

/// Two days, the first with a module of its own and two sessions.
fn days() -> TestCourse {
    TestCourse::new()
        .file("modules/day1/_unit.yaml", "title: Day `one`\nweight: 1\n")
        .file(
            "modules/day1/morning/_unit.yaml",
            "title: Morning\nweight: 1\n",
        )
        .file(
            "modules/day1/afternoon/_unit.yaml",
            "title: Afternoon\nweight: 2\n",
        )
        .file("modules/day2/_unit.yaml", "title: Day two\nweight: 2\n")
        .module("day1/welcome.md", &module("Welcome"))
        .module("day1/morning/intro.md", &module("`if` expressions"))
        .module("day1/afternoon/loops.md", &module("Loops"))
        .module("day2/review.md", &module("Review"))
}

#[test]
fn sub_units_have_pages_navigation_and_breadcrumbs() {
    let course = days();
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let page = |path: &str| fs::read_to_string(course.join(&format!("public/{path}"))).unwrap();

    let intro = page("day1/morning/intro/index.html");
    assert!(
        intro.contains("<h1><code>if</code> expressions</h1>"),
        "{intro}"
    );
    assert!(intro.contains("<title>if expressions · Test course</title>"));
    assert!(intro.contains(
        "<p class=\"breadcrumb\"><a href=\"../../../day1/\">Day <code>one</code></a> › <a href=\"../../../day1/morning/\">Morning</a></p>"
    ));
    // The menu opens the unit, then the current sub-unit with its modules.
    let menu = &intro[intro.find("<ul class=\"nav-units\">").unwrap()..];
    let order: Vec<usize> = [
        "Day <code>one</code>",
        "nav-subunits",
        "Morning",
        "nav-modules",
        "Afternoon",
        "Day two",
    ]
    .iter()
    .map(|text| menu.find(text).unwrap_or(usize::MAX))
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]) && order[5] < usize::MAX,
        "{menu}"
    );

    let day1 = page("day1/index.html");
    assert!(
        day1.contains("<p class=\"course-stats\">3 modules"),
        "{day1}"
    );
    let sections: Vec<usize> = [
        "Welcome",
        "Morning",
        "<code>if</code> expressions",
        "Afternoon",
        "Loops",
    ]
    .iter()
    .map(|text| day1.find(text).unwrap_or(usize::MAX))
    .collect();
    assert!(sections.windows(2).all(|w| w[0] < w[1]), "{day1}");
    let morning = page("day1/morning/index.html");
    assert!(
        morning.contains("› <a href=\"../../day1/\">Day <code>one</code></a></p>"),
        "{morning}"
    );

    let data: serde_json::Value = serde_json::from_str(&page("course.json")).unwrap();
    let units: Vec<(&str, Option<&str>, &str)> = data["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["id"].as_str().unwrap(),
                u["parent"].as_str(),
                u["title"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        units,
        [
            ("day1", None, "Day one"),
            ("day1/morning", Some("day1"), "Morning"),
            ("day1/afternoon", Some("day1"), "Afternoon"),
            ("day2", None, "Day two"),
        ]
    );
    let titles: Vec<&str> = data["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"if expressions"), "{titles:?}");
}

#[test]
fn a_third_level_of_units_is_an_error_at_its_folder() {
    let course = days()
        .module("day1/morning/extra/deep.md", &module("Deep"))
        .module("day1/morning/extra/deeper.md", &module("Deeper"));
    let result = course.check();
    assert!(!result.status.success());
    insta::assert_snapshot!(course.report(&result));
}
