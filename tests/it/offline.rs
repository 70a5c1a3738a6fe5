//! Learning on the train: the service worker that keeps the course readable offline, played in
//! Chromium on a site served under a sub-path, with a server that can be taken off the network.
//! Also what the build writes for it, and the worker that unregisters itself (`offline: false`).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use headless_chrome::Tab;
use serde_json::json;

use crate::common::browser::*;
use crate::common::*;

const PREFIX: &str = "/train/";

/// The example course, copied so that a test may change it, and built under [`PREFIX`].
fn example_copy() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, course) = course_copy(&example_course());
    let out = dir.path().join("site");
    build_into(&course, &out);
    (dir, course, out)
}

fn build_into(course: &Path, out: &Path) -> String {
    let result = syllabus(&[
        "build",
        path_str(course),
        "-o",
        path_str(out),
        "--base-url",
        PREFIX,
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    stderr(&result)
}

/// Evaluates `js`, a promise, and gives what it resolves to.
fn eval_async(tab: &Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, true)
        .unwrap()
        .value
        .unwrap_or(serde_json::Value::Null)
}

/// Waits until the page is controlled by the course's service worker.
fn wait_for_worker(tab: &Tab) {
    expect_js(tab, "!!navigator.serviceWorker.controller", json!(true));
}

/// The addresses of a learning path's pages, from the site's `course.json`.
fn path_modules(out: &Path, id: &str) -> Vec<String> {
    let course: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("course.json")).unwrap()).unwrap();
    let urls: std::collections::HashMap<&str, &str> = course["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), m["url"].as_str().unwrap()))
        .collect();
    let path = course["paths"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .unwrap();
    path["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| urls[m.as_str().unwrap()].to_string())
        .collect()
}

const SAVE_BUTTON: &str = "document.querySelector('.save-offline-button')";
const SAVE_STATUS: &str = "document.querySelector('.save-offline-status').textContent";

#[test]
fn a_saved_path_reads_offline_with_search_and_quizzes_and_other_pages_say_they_are_not_saved() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let (_dir, _course, out) = example_copy();
    let (base, offline) = serve_with_switch(PREFIX, out.clone());
    let tab = new_tab(&browser, 375, 800);
    open(&tab, &base);
    wait_for_worker(&tab);

    // Save a path: its size first, then the download, then its state.
    open(&tab, &format!("{base}paths/collaborate/"));
    expect_js(
        &tab,
        &format!(
            "{SAVE_BUTTON}.textContent.startsWith('Save for offline (') && {SAVE_BUTTON}.textContent.endsWith(' KB)')"
        ),
        json!(true),
    );
    eval(
        &tab,
        &format!("{SAVE_BUTTON}.scrollIntoView({{block: 'center'}})"),
    );
    screenshot(&tab, "phone-save-offline");
    // A device without the room for it is told so before anything is downloaded.
    eval(
        &tab,
        "window.realEstimate = navigator.storage.estimate.bind(navigator.storage); navigator.storage.estimate = () => Promise.resolve({ usage: 9000, quota: 10000 })",
    );
    eval(&tab, &format!("{SAVE_BUTTON}.click()"));
    expect_js(
        &tab,
        &format!(
            "{SAVE_STATUS}.startsWith('There is not enough space on this device: this needs ') && {SAVE_STATUS}.endsWith(', and 1 KB is free.')"
        ),
        json!(true),
    );
    eval(&tab, "navigator.storage.estimate = window.realEstimate");
    eval(&tab, &format!("{SAVE_BUTTON}.click()"));
    expect_js(&tab, SAVE_STATUS, json!("Saved for offline on this device"));
    expect_js(
        &tab,
        &format!("{SAVE_BUTTON}.textContent"),
        json!("Remove from this device"),
    );

    offline.store(true, Ordering::SeqCst);
    let modules = path_modules(&out, "collaborate");
    assert!(modules.len() >= 5, "{modules:?}");
    for url in &modules {
        open(&tab, &format!("{base}{url}"));
        assert_eq!(
            eval(
                &tab,
                "!!document.querySelector('article.module') && !document.querySelector('.offline-header')"
            ),
            json!(true),
            "{url} opens offline"
        );
    }

    // Search works on the kept index.
    eval(&tab, "document.querySelector('.search-input').focus()");
    tab.type_str("merge").unwrap();
    expect_js(
        &tab,
        "document.querySelectorAll('.search-results a').length > 0",
        json!(true),
    );

    // A quiz of a saved module checks an answer and keeps the result, offline.
    let quizzed = modules
        .iter()
        .find(|url| {
            fs::read_to_string(out.join(url).join("index.html"))
                .unwrap()
                .contains("class=\"quiz-question\"")
        })
        .expect("a module of the path has a quiz");
    open(&tab, &format!("{base}{quizzed}"));
    eval(
        &tab,
        "{ const form = document.querySelector('.quiz-question'); form.querySelector('input').click(); form.querySelector('.quiz-check').click(); }",
    );
    expect_js(
        &tab,
        "document.querySelector('.quiz-question .quiz-feedback').textContent.length > 0",
        json!(true),
    );
    expect_js(
        &tab,
        "Object.keys(localStorage).some(k => k.startsWith('syllabus-quiz:') && localStorage.getItem(k).includes('attempts'))",
        json!(true),
    );

    // A page that was never opened nor saved: the offline page, at the page's own address,
    // listing what this device has.
    let unsaved = format!("{base}tags/");
    open(&tab, &unsaved);
    assert_eq!(
        eval(&tab, "!!document.querySelector('.offline-header')"),
        json!(true)
    );
    expect_js(
        &tab,
        "document.querySelectorAll('.offline-saved-list a').length",
        json!(modules.len() + 2),
    );
    let axe = axe_source().expect("axe-core is installed by scripts/test");
    assert_eq!(axe_violations(&tab, &axe), Vec::<String>::new());
    // Its links work from the address it is shown at.
    expect_js(
        &tab,
        &format!(
            "document.querySelector('.offline-saved-list a[href]').href === {:?}",
            format!("{base}")
        ),
        json!(true),
    );

    // Back online, the same address opens the page itself.
    offline.store(false, Ordering::SeqCst);
    open(&tab, &unsaved);
    assert_eq!(
        eval(&tab, "!!document.querySelector('.offline-header')"),
        json!(false)
    );

    // Removing the path frees its pages (but not the shell, which My learning still needs).
    open(&tab, &format!("{base}learning/"));
    expect_js(
        &tab,
        "document.querySelectorAll('.offline-saved-paths li').length",
        json!(1),
    );
    eval(
        &tab,
        "document.querySelector('.offline-saved-paths .save-offline-button').click()",
    );
    expect_js(
        &tab,
        "document.querySelector('.offline-saved-paths .save-offline-status').textContent",
        json!("Removed from this device"),
    );
    let last = &modules[modules.len() - 1];
    assert_eq!(
        eval_async(
            &tab,
            &format!(
                "caches.keys().then(names => Promise.all(names.filter(n => n.startsWith('syllabus ') && !n.endsWith(' saved')).map(n => caches.open(n).then(c => c.match({:?}))))).then(found => found.some(Boolean))",
                format!("{base}{last}")
            ),
        ),
        json!(false),
        "{last} is no longer kept"
    );
}

#[test]
fn a_new_build_is_offered_then_shown_and_offline_false_unregisters_the_worker() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let (_dir, course, out) = example_copy();
    let base = serve(PREFIX, out.clone());
    let tab = new_tab(&browser, 375, 800);
    let page = format!("{base}basics/first-commit/");
    open(&tab, &page);
    wait_for_worker(&tab);
    // A saved path, to be refreshed to the new version.
    open(&tab, &format!("{base}paths/fix-mistakes/"));
    expect_js(
        &tab,
        &format!("{SAVE_BUTTON}.textContent.startsWith('Save for offline')"),
        json!(true),
    );
    eval(&tab, &format!("{SAVE_BUTTON}.click()"));
    expect_js(&tab, SAVE_STATUS, json!("Saved for offline on this device"));
    open(&tab, &page);
    assert_eq!(
        eval(&tab, "document.body.textContent.includes('Version two')"),
        json!(false)
    );

    // A new build: the open page stays as it was until the learner says so.
    let module = course.join("modules/basics/first-commit.md");
    let text = fs::read_to_string(&module).unwrap();
    fs::write(&module, format!("{text}\n\nVersion two of this module.\n")).unwrap();
    build_into(&course, &out);
    open(&tab, &page);
    expect_js(
        &tab,
        "document.querySelector('.update-banner') && document.querySelector('.update-banner').textContent",
        json!("A new version of this course is available.Reload"),
    );
    assert_eq!(
        eval(&tab, "document.body.textContent.includes('Version two')"),
        json!(false),
        "never a silent swap"
    );
    eval(
        &tab,
        "document.querySelector('.update-banner button').click()",
    );
    expect_js(
        &tab,
        "document.readyState === 'complete' && document.body.textContent.includes('Version two') && !document.querySelector('.update-banner')",
        json!(true),
    );
    // Only this version's cache is left (and the list of saved groups).
    let caches_js =
        "caches.keys().then(names => JSON.stringify(names.filter(n => n.startsWith('syllabus '))))";
    let names: Vec<String> =
        serde_json::from_str(eval_async(&tab, caches_js).as_str().unwrap()).unwrap();
    let versions: Vec<&String> = names.iter().filter(|n| !n.ends_with(" saved")).collect();
    assert_eq!(versions.len(), 1, "{names:?}");
    // The saved path came along: a module of it never opened is in the new version's cache.
    let unopened = path_modules(&out, "fix-mistakes")
        .into_iter()
        .find(|url| url != "basics/first-commit/")
        .unwrap();
    assert_eq!(
        eval_async(
            &tab,
            &format!(
                "caches.open({:?}).then(c => c.match({:?})).then(Boolean)",
                versions[0],
                format!("{base}{unopened}")
            ),
        ),
        json!(true),
        "{unopened} of the saved path is kept in the new version"
    );

    // The kill switch: a build with `offline: false` ships a worker that removes itself.
    let settings = course.join("course.yaml");
    let yaml = fs::read_to_string(&settings).unwrap();
    fs::write(&settings, format!("{yaml}\noffline: false\n")).unwrap();
    build_into(&course, &out);
    open(&tab, &page);
    wait::until("the worker to unregister itself", || {
        let left = eval_async(
            &tab,
            "navigator.serviceWorker.getRegistrations().then(r => r.length)",
        );
        if left == json!(0) {
            Ok(())
        } else {
            Err(left.to_string())
        }
    });
    let names: Vec<String> =
        serde_json::from_str(eval_async(&tab, caches_js).as_str().unwrap()).unwrap();
    assert_eq!(names, Vec::<String>::new());
    open(&tab, &page);
    assert_eq!(
        eval(&tab, "!!navigator.serviceWorker.controller"),
        json!(false)
    );
    assert_eq!(
        eval(
            &tab,
            "!!document.querySelector('script[src$=\"offline.js\"]')"
        ),
        json!(false)
    );
}

#[test]
fn the_build_says_what_the_first_visit_keeps_and_lists_what_each_path_needs() {
    let (dir, course) = course_copy(&example_course());
    let out = dir.path().join("site");
    let report = build_into(&course, &out);
    let line = report
        .lines()
        .find(|l| l.starts_with("Offline: "))
        .unwrap_or_else(|| panic!("{report}"));
    let gzipped: u64 = line
        .split('(')
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|kb| kb.parse().ok())
        .unwrap_or_else(|| panic!("{line}"));
    assert!(gzipped < 300, "the shell stays small: {line}");

    let data: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("offline.json")).unwrap()).unwrap();
    let files = data["files"].as_array().unwrap();
    let names = |numbers: &serde_json::Value| -> Vec<String> {
        numbers
            .as_array()
            .unwrap()
            .iter()
            .map(|n| {
                files[n.as_u64().unwrap() as usize][0]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let shell = names(&data["shell"]);
    for needed in [
        "",
        "learning/",
        "offline/",
        "style.css",
        "course.json",
        "search-index.json",
        "elasticlunr.min.js",
        "offline.js",
    ] {
        assert!(
            shell.contains(&needed.to_string()),
            "the shell has `{needed}`: {shell:?}"
        );
    }
    // A path holds its page, its modules and what they load (a figure, the math font), and
    // every size is the file's.
    let path = names(&data["groups"]["path:collaborate"]);
    assert!(path.contains(&"paths/collaborate/".to_string()));
    for url in path_modules(&out, "collaborate") {
        assert!(path.contains(&url), "{url} is in the path: {path:?}");
    }
    for (name, size) in files
        .iter()
        .map(|f| (f[0].as_str().unwrap(), f[1].as_u64().unwrap()))
    {
        let file = if name.is_empty() || name.ends_with('/') {
            out.join(name).join("index.html")
        } else {
            out.join(name)
        };
        assert_eq!(fs::metadata(&file).unwrap().len(), size, "{name}");
    }
    let whole = names(&data["groups"]["course"]);
    assert!(
        whole.iter().any(|n| n.ends_with(".woff2")),
        "the math font: {whole:?}"
    );
    assert!(
        whole.iter().any(|n| n.starts_with("images/")),
        "the course's images: {whole:?}"
    );
    assert!(!whole.contains(&"404.html".to_string()));

    // The worker names this build's version; a change to any file is a new one.
    let worker = fs::read_to_string(out.join("sw.js")).unwrap();
    assert!(
        worker.contains(&format!("\"version\":{}", data["version"])),
        "{worker:.200}"
    );
    let image = fs::read_dir(course.join("static/images"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut bytes = fs::read(&image).unwrap();
    bytes.push(b'\n');
    fs::write(&image, bytes).unwrap();
    build_into(&course, &out);
    let changed = fs::read_to_string(out.join("sw.js")).unwrap();
    assert_ne!(worker, changed);
}

/// Each language's tree is a site of its own for the browser: its worker, its shell, its groups;
/// the root's worker leaves the other trees to theirs.
#[test]
fn every_language_has_its_own_worker() {
    let (dir, course) = course_copy(&fixture("bilingual"));
    let out = dir.path().join("site");
    build_into(&course, &out);
    let root = fs::read_to_string(out.join("sw.js")).unwrap();
    let finnish = fs::read_to_string(out.join("fi/sw.js")).unwrap();
    assert!(root.contains("\"others\":[\"fi/\"]"), "{root:.200}");
    assert!(finnish.contains("\"others\":[]"), "{finnish:.200}");
    let data: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("fi/offline.json")).unwrap()).unwrap();
    let files = data["files"].as_array().unwrap();
    assert!(
        files
            .iter()
            .all(|f| !f[0].as_str().unwrap().starts_with("fi/")),
        "names are the tree's own"
    );
    assert!(out.join("fi/offline/index.html").is_file());
}

#[test]
fn offline_false_ships_the_worker_that_unregisters_and_nothing_else_of_it() {
    let (dir, course) = course_copy(&fixture("small"));
    let settings = course.join("course.yaml");
    let yaml = fs::read_to_string(&settings).unwrap();
    fs::write(&settings, format!("{yaml}\noffline: false\n")).unwrap();
    let out = dir.path().join("site");
    let report = build_into(&course, &out);
    assert!(!report.contains("Offline:"), "{report}");
    assert!(
        fs::read_to_string(out.join("sw.js"))
            .unwrap()
            .contains("unregister()")
    );
    for absent in [
        "offline.json",
        "offline.js",
        "offline/index.html",
        "manifest.webmanifest",
    ] {
        assert!(!out.join(absent).exists(), "{absent}");
    }
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!home.contains("offline.js") && !home.contains("save-offline"));
}
