//! Learning paths, the course order, the course map and `course.json`, on the `paths` fixture:
//! a diamond of prerequisites (start → left, right → merge → extra) and one unrelated module.

use std::fs;
use std::path::Path;

use crate::common::*;

fn build(course: &Path) -> String {
    let result = syllabus(&["build", path_str(course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    stderr(&result)
}

fn page(course: &Path, url: &str) -> String {
    fs::read_to_string(course.join("public").join(url).join("index.html")).unwrap()
}

/// The `href`s of the elements with `class` (the first link inside each), in page order.
fn links_in(html: &str, class: &str) -> Vec<String> {
    let pattern = format!(r#"class="{class}"[^>]*>\s*(?:<[^a][^>]*>\s*)*<a href="([^"]+)""#);
    regex::Regex::new(&pattern)
        .unwrap()
        .captures_iter(html)
        .map(|c| c[1].to_string())
        .collect()
}

fn course_data(course: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(course.join("public/course.json")).unwrap()).unwrap()
}

fn ids(values: &serde_json::Value) -> Vec<String> {
    values
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            v.as_str()
                .unwrap_or_else(|| v["id"].as_str().unwrap())
                .to_string()
        })
        .collect()
}

#[test]
fn the_course_order_goes_from_easy_to_hard_within_the_prerequisites() {
    let (_guard, course) = course_copy(&fixture("paths"));
    build(&course);
    let data = course_data(&course);
    // `two/side` (beginner, no prerequisites) comes before the intermediate `one/right`,
    // although its unit comes later: difficulty first, then units.
    assert_eq!(
        ids(&data["modules"]),
        [
            "one/start",
            "one/left",
            "two/side",
            "one/right",
            "two/merge",
            "two/extra"
        ]
    );
    // Previous and next links follow that order.
    let side = page(&course, "two/side");
    assert!(
        side.contains(r#"rel="prev" href="../../one/left/""#),
        "{side}"
    );
    assert!(
        side.contains(r#"rel="next" href="../../one/right/""#),
        "{side}"
    );
    let merge = &data["modules"][4];
    assert_eq!(merge["url"], "two/merge/");
    assert_eq!(merge["unit"], "two");
    assert_eq!(merge["difficulty"], "intermediate");
    assert_eq!(ids(&merge["prerequisites"]), ["one/left", "one/right"]);
    assert!(merge["minutes"].as_u64().unwrap() >= 1);
    assert_eq!(ids(&data["units"]), ["one", "two"]);
}

#[test]
fn paths_by_goal_and_by_list_get_pages_and_steps_on_module_pages() {
    let (_guard, course) = course_copy(&fixture("paths"));
    build(&course);
    let data = course_data(&course);
    let paths = data["paths"].as_array().unwrap();
    assert_eq!(ids(&data["paths"]), ["to-merge", "quick"]);
    // By goal: everything `two/merge` needs, in course order (not `two/side`).
    assert_eq!(
        ids(&paths[0]["modules"]),
        ["one/start", "one/left", "one/right", "two/merge"]
    );
    assert_eq!(ids(&paths[0]["goals"]), ["two/merge"]);
    // By list: as written.
    assert_eq!(
        ids(&paths[1]["modules"]),
        ["one/right", "one/left", "two/merge"]
    );

    let path_page = page(&course, "paths/to-merge");
    assert_eq!(
        links_in(&path_page, "module-card-title"),
        [
            "../../one/start/",
            "../../one/left/",
            "../../one/right/",
            "../../two/merge/"
        ]
    );
    assert!(path_page.contains("4 modules · about 4 minutes in all"));
    assert!(path_page.contains("Leads to: <a href=\"../../two/merge/\">Merge both</a>"));

    let merge = page(&course, "two/merge");
    assert!(merge.contains(r#"Step 4 of 4 in <a href="../../paths/to-merge/">Up to merging</a>"#));
    assert!(merge.contains(r#"Step 3 of 3 in <a href="../../paths/quick/">Quick route</a>"#));
    // Previous within each path, beside the course's own previous and next.
    assert!(merge.contains(r#"<a class="pager-prev" href="../../one/right/"><span class="pager-label">Previous in this path</span> Right branch</a>"#));
    assert!(merge.contains(r#"<a class="pager-prev" href="../../one/left/"><span class="pager-label">Previous in this path</span> Left branch</a>"#));
    // What the module opens up.
    assert!(
        merge.contains(r#"<li data-module="two/extra"><a href="../../two/extra/">Extra mile</a>"#),
        "{merge}"
    );

    let list = page(&course, "paths");
    assert_eq!(
        links_in(&list, "path-card-title"),
        ["../paths/to-merge/", "../paths/quick/"]
    );
    let home = page(&course, "");
    assert_eq!(
        links_in(&home, "path-card-title"),
        ["./paths/to-merge/", "./paths/quick/"]
    );
}

#[test]
fn a_course_without_paths_has_one_through_every_module() {
    let (_guard, course) = course_copy(&fixture("paths"));
    let config = fs::read_to_string(course.join("course.yaml")).unwrap();
    let config = &config[..config.find("paths:").unwrap()];
    fs::write(course.join("course.yaml"), config).unwrap();
    build(&course);
    let data = course_data(&course);
    assert_eq!(ids(&data["paths"]), ["all"]);
    assert_eq!(data["paths"][0]["implicit"], true);
    assert_eq!(data["paths"][0]["modules"].as_array().unwrap().len(), 6);
    let side = page(&course, "two/side");
    assert!(side.contains(r#"Step 3 of 6 in <a href="../../paths/all/">The whole course</a>"#));
    // The implicit path is the course order: no second pager for it.
    assert!(!side.contains("Previous in this path"));
}

#[test]
fn the_map_has_a_box_per_module_and_the_same_as_a_list() {
    let (_guard, course) = course_copy(&fixture("paths"));
    build(&course);
    let map = page(&course, "map");
    let nodes = regex::Regex::new(
        r#"<a class="map-node map-unit-(\d)" href="([^"]+)" data-module="[^"]+">"#,
    )
    .unwrap();
    let mut found: Vec<(String, String)> = nodes
        .captures_iter(&map)
        .map(|c| (c[1].to_string(), c[2].to_string()))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            ("1", "../one/left/"),
            ("1", "../one/right/"),
            ("1", "../one/start/"),
            ("2", "../two/extra/"),
            ("2", "../two/merge/"),
            ("2", "../two/side/"),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // One arrow per prerequisite.
    assert_eq!(map.matches("marker-end=\"url(#map-arrow)\"").count(), 5);
    // The legend names the units; the list repeats every module with what it needs.
    assert!(
        map.contains(
            r#"<li><span class="map-swatch map-unit-2" aria-hidden="true"></span>Two</li>"#
        )
    );
    assert!(map.contains(
        r#"Needs: <a href="../one/left/">Left branch</a>, <a href="../one/right/">Right branch</a>"#
    ));
    assert_eq!(map.matches("No prerequisites").count(), 2);
}

#[test]
fn cycles_and_path_mistakes_are_reported_together_with_their_places() {
    let course = TestCourse::fixture("paths")
        // A cycle: start requires merge, which requires left, which requires start. It is
        // told from `one/left`, the first of the three in the course's preferred order.
        .module(
            "one/start.md",
            "---\ntitle: Start here\nobjectives: [Start.]\nprerequisites: [two/merge]\n---\nBody.\n",
        )
        // A beginner module needing an advanced one: a warning.
        .module(
            "two/side.md",
            "---\ntitle: Side trip\nobjectives: [Wander.]\nprerequisites:\n  - two/extra\n---\nBody.\n",
        )
        .config(
            "title: Paths course\npaths:\n  - id: to-merge\n    title: Up to merging\n    goals: [two/merg]\n  - id: quick\n    titel: Quick route\n    modules: [two/merge, one/left]\n  - id: Not A Slug\n    title: X\n    goals: [two/merge]\n",
        );
    let result = course.build();
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    insta::assert_snapshot!(course.report(&result));
    assert!(!course.join("public").exists());
}

#[test]
fn a_module_hash_in_course_data_changes_only_with_the_module() {
    let (_guard, course) = course_copy(&fixture("paths"));
    build(&course);
    let hashes = |data: &serde_json::Value| -> Vec<(String, String)> {
        data["modules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["id"].as_str().unwrap().to_string(),
                    m["hash"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let before = hashes(&course_data(&course));
    build(&course);
    assert_eq!(
        hashes(&course_data(&course)),
        before,
        "a rebuild keeps every hash"
    );
    let file = course.join("modules/one/left.md");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, format!("{text}\nOne more sentence.\n")).unwrap();
    build(&course);
    let after = hashes(&course_data(&course));
    let changed: Vec<&str> = before
        .iter()
        .zip(&after)
        .filter(|(a, b)| a.1 != b.1)
        .map(|(a, _)| a.0.as_str())
        .collect();
    assert_eq!(changed, ["one/left"]);
}
