//! The learner's progress, goal, recommendations, export/import and completion record, tried in
//! real Chromium on the example course (harness in `common/browser.rs`). Each test starts its
//! own browser, so each learner starts with empty storage.

use std::sync::Arc;

use headless_chrome::protocol::cdp::Emulation;
use headless_chrome::{Browser, Tab};
use serde_json::json;

use crate::common::browser::*;
use crate::common::gzipped_len;

fn learner() -> Option<(Browser, Arc<Tab>)> {
    let browser = browser(1280, 900)?;
    let tab = new_tab(&browser, 1280, 900);
    Some((browser, tab))
}

/// Opens a page and waits until progress.js has drawn the learner's parts.
fn visit(tab: &Tab, page: &str) {
    open(tab, &format!("{}{page}", site().base));
    expect_js(
        tab,
        "!!document.querySelector('[data-module] .state, .map-state:not(:empty), .learning:not([hidden]), .record-missing:not([hidden]), .record:not([hidden])')",
        json!(true),
    );
}

/// The example course's `course.json`, as the browser reads it.
fn course_data() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(site().out.join("course.json")).unwrap()).unwrap()
}

fn mark_done(tab: &Tab, module: &str) {
    visit(tab, &format!("{module}/"));
    expect_js(
        tab,
        "document.querySelector('.done-toggle').getAttribute('aria-pressed')",
        json!("false"),
    );
    tab.find_element(".done-toggle").unwrap().click().unwrap();
    expect_js(
        tab,
        "document.querySelector('.done-toggle').getAttribute('aria-pressed')",
        json!("true"),
    );
}

fn text(tab: &Tab, selector: &str) -> String {
    eval(
        tab,
        &format!("(document.querySelector({selector:?}) || {{}}).textContent || ''"),
    )
    .as_str()
    .unwrap_or("")
    .to_string()
}

fn list(tab: &Tab, selector: &str) -> Vec<String> {
    let value = eval(
        tab,
        &format!(
            "JSON.stringify([...document.querySelectorAll({selector:?})].map(e => e.dataset.module))"
        ),
    );
    serde_json::from_str(value.as_str().unwrap()).unwrap()
}

#[test]
fn marking_a_module_done_updates_the_map_the_lists_and_my_learning() {
    let Some((_browser, tab)) = learner() else {
        return;
    };
    let errors = record_errors(&tab, &site().base);
    mark_done(&tab, "basics/what-is-git");
    assert!(text(&tab, ".personal-status").starts_with("Done on "));

    visit(&tab, "map/");
    let node = |id: &str| {
        eval(
            &tab,
            &format!(
                "(() => {{ const n = document.querySelector('.course-map [data-module=\"{id}\"]'); return n.getAttribute('class') + ' | ' + n.querySelector('.map-state').textContent; }})()"
            ),
        )
    };
    assert_eq!(
        node("basics/what-is-git"),
        json!("map-node map-unit-1 state-done | ✓ Done")
    );
    assert_eq!(
        node("basics/setup"),
        json!("map-node map-unit-1 state-ready | → Ready to start")
    );
    assert_eq!(
        node("basics/first-commit"),
        json!("map-node map-unit-1 state-locked | ⋯ Not ready yet")
    );
    assert_eq!(
        text(
            &tab,
            ".map-modules [data-module='basics/what-is-git'] .state"
        ),
        "✓ Done"
    );

    visit(&tab, "");
    assert_eq!(
        text(
            &tab,
            ".module-card[data-module='basics/what-is-git'] .state"
        ),
        "✓ Done"
    );
    assert_eq!(
        text(&tab, ".module-card[data-module='basics/setup'] .state"),
        "→ Ready to start"
    );

    visit(&tab, "learning/");
    assert!(text(&tab, ".learning-overall").contains("1 of 16 done"));
    let course = course_data();
    let left: u64 = course["modules"].as_array().unwrap()[1..]
        .iter()
        .map(|m| m["minutes"].as_u64().unwrap())
        .sum();
    assert!(text(&tab, ".learning-overall").contains(&format!("About {left} minutes left")));
    assert!(text(&tab, ".learning-paths").contains("1 of 8 done"));

    // Undoing it is one more press.
    visit(&tab, "basics/what-is-git/");
    tab.find_element(".done-toggle").unwrap().click().unwrap();
    visit(&tab, "map/");
    assert!(
        node("basics/what-is-git")
            .as_str()
            .unwrap()
            .contains("state-ready")
    );
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

#[test]
fn a_goal_lists_exactly_the_modules_still_needed() {
    let Some((_browser, tab)) = learner() else {
        return;
    };
    mark_done(&tab, "basics/what-is-git");
    mark_done(&tab, "basics/setup");
    visit(&tab, "learning/");
    eval(
        &tab,
        "document.querySelector('.goal-choice').value = 'module:branching/rebase'",
    );
    tab.find_element(".goal-form button[type=submit]")
        .unwrap()
        .click()
        .unwrap();
    expect_js(
        &tab,
        "document.querySelectorAll('.goal-left li').length",
        json!(5),
    );
    // Everything rebase needs, transitively, minus what is done, in course order.
    assert_eq!(
        list(&tab, ".goal-left li"),
        [
            "basics/first-commit",
            "basics/history",
            "branching/branches",
            "branching/merging",
            "branching/rebase"
        ]
    );
    let summary = text(&tab, ".learning-goal .goal-summary");
    assert!(
        summary.contains("Rebasing a branch") && summary.contains("5 modules, about 31 min"),
        "{summary}"
    );
    assert_eq!(
        text(&tab, ".learning-goal .start-next"),
        "Start next: Your first commit"
    );
    screenshot(&tab, "desktop-learning");
    // Remembered, and shown on the home page with the same next step.
    visit(&tab, "");
    expect_js(
        &tab,
        "document.querySelector('.personal-home .goal-summary').textContent.includes('Rebasing a branch')",
        json!(true),
    );
    tab.find_element(".personal-home .start-next")
        .unwrap()
        .click()
        .unwrap();
    expect_js(
        &tab,
        "document.querySelector('h1').textContent",
        json!("Your first commit"),
    );
    // A path can be the goal too, from its own page.
    visit(&tab, "paths/collaborate/");
    tab.find_element(".goal-toggle").unwrap().click().unwrap();
    visit(&tab, "learning/");
    assert_eq!(
        list(&tab, ".goal-left li"),
        [
            "basics/first-commit",
            "branching/branches",
            "branching/merging",
            "collaboration/remotes",
            "collaboration/pull-requests",
            "collaboration/ci-for-pull-requests"
        ]
    );
}

#[test]
fn recommendations_follow_the_prerequisite_graph() {
    let Some((_browser, tab)) = learner() else {
        return;
    };
    visit(&tab, "basics/what-is-git/");
    assert_eq!(list(&tab, ".recommendations li"), Vec::<String>::new());
    mark_done(&tab, "basics/what-is-git");
    assert_eq!(list(&tab, ".recommendations li"), ["basics/setup"]);
    mark_done(&tab, "basics/setup");
    mark_done(&tab, "basics/first-commit");
    // What first-commit opens up, easiest first and then in course order.
    assert_eq!(
        list(&tab, ".recommendations li"),
        [
            "basics/staging-area",
            "basics/history",
            "branching/branches"
        ]
    );
    // With a goal, what the goal needs comes first.
    visit(&tab, "collaboration/remotes/");
    tab.find_element(".goal-toggle").unwrap().click().unwrap();
    visit(&tab, "basics/first-commit/");
    assert_eq!(
        list(&tab, ".recommendations li"),
        [
            "branching/branches",
            "basics/staging-area",
            "basics/history"
        ]
    );
    // A wrong quiz answer here suggests revisiting what this module builds on.
    assert!(!text(&tab, ".recommendations").contains("Worth revisiting"));
    eval(
        &tab,
        "const f = document.getElementById('quiz-1-1'); f.querySelector('.quiz-option[data-correct=false] label').click(); f.querySelector('.quiz-check').click();",
    );
    expect_js(
        &tab,
        "document.querySelector('.recommendations').textContent.includes('Worth revisiting')",
        json!(true),
    );
    assert_eq!(
        list(&tab, ".recommendations li").last().map(String::as_str),
        Some("basics/setup")
    );
}

/// Makes the page hand the exported file's text to `window.exported` instead of downloading it.
const CAPTURE_EXPORT: &str = "window.exported = null; HTMLAnchorElement.prototype.click = function () { window.exportName = this.download; fetch(this.href).then(r => r.text()).then(t => { window.exported = t; }); };";

fn import(tab: &Tab, contents: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    std::fs::write(&file, contents).unwrap();
    eval(
        tab,
        "document.querySelector('.data-status').textContent = ''",
    );
    tab.find_element(".import-progress")
        .unwrap()
        .set_input_files(&[file.to_str().unwrap()])
        .unwrap();
    expect_js(
        tab,
        "document.querySelector('.data-status').textContent !== ''",
        json!(true),
    );
    text(tab, ".data-status")
}

#[test]
fn exported_progress_imports_into_a_fresh_browser_and_bad_files_are_refused() {
    let exported = {
        let Some((_browser, tab)) = learner() else {
            return;
        };
        mark_done(&tab, "basics/what-is-git");
        mark_done(&tab, "basics/setup");
        mark_done(&tab, "basics/first-commit");
        eval(
            &tab,
            "const f = document.getElementById('quiz-1-1'); f.querySelector('.quiz-option[data-correct=true] label').click(); f.querySelector('.quiz-check').click();",
        );
        visit(&tab, "learning/");
        eval(
            &tab,
            "document.querySelector('.goal-choice').value = 'path:fix-mistakes'",
        );
        tab.find_element(".goal-form button[type=submit]")
            .unwrap()
            .click()
            .unwrap();
        eval(&tab, CAPTURE_EXPORT);
        tab.find_element(".export-progress")
            .unwrap()
            .click()
            .unwrap();
        expect_js(&tab, "typeof window.exported", json!("string"));
        let name = eval(&tab, "window.exportName");
        assert!(
            regex::Regex::new(
                r"^progress-git-from-first-commit-to-pull-requests-\d{4}-\d\d-\d\d\.json$"
            )
            .unwrap()
            .is_match(name.as_str().unwrap()),
            "{name}"
        );
        eval(&tab, "window.exported").as_str().unwrap().to_string()
    };

    // Another browser profile: a new device.
    let Some((_browser, tab)) = learner() else {
        return;
    };
    mark_done(&tab, "advanced/internals");
    visit(&tab, "learning/");
    assert!(text(&tab, ".learning-overall").contains("1 of 16 done"));

    // Refused, with nothing changed: not JSON, another course, a damaged file.
    let refused = [
        ("{ not json".to_string(), "not a Syllabus progress export"),
        (
            exported.replace("Git, from first commit to pull requests", "Another course"),
            "not for this course",
        ),
        (
            exported.replacen("\"done\": true", "\"done\": \"yes\"", 1),
            "damaged",
        ),
    ];
    for (file, message) in refused {
        let said = import(&tab, &file);
        assert!(
            said.contains(message) && said.contains("Nothing was changed"),
            "{said}"
        );
        assert!(text(&tab, ".learning-overall").contains("1 of 16 done"));
    }

    // Merged: both devices' modules, the goal and the quiz score.
    let said = import(&tab, &exported);
    assert!(said.contains("You now have 4 modules done"), "{said}");
    assert!(text(&tab, ".learning-overall").contains("4 of 16 done"));
    let course = course_data();
    let path_title = course["paths"][1]["title"].as_str().unwrap();
    assert_eq!(course["paths"][1]["id"], "fix-mistakes");
    assert!(text(&tab, ".learning-goal").contains(path_title));
    assert_eq!(
        eval(&tab, "document.querySelector('.goal-choice').value"),
        json!("path:fix-mistakes")
    );
    assert!(text(&tab, ".learning-quizzes").contains("Your first commit"));
    visit(&tab, "map/");
    expect_js(
        &tab,
        "[...document.querySelectorAll('.course-map .state-done')].map(n => n.dataset.module).sort().join()",
        json!("advanced/internals,basics/first-commit,basics/setup,basics/what-is-git"),
    );

    // Reset asks first, then empties everything.
    visit(&tab, "learning/");
    eval(&tab, "window.confirm = () => false");
    tab.find_element(".reset-progress")
        .unwrap()
        .click()
        .unwrap();
    assert!(text(&tab, ".learning-overall").contains("4 of 16 done"));
    eval(&tab, "window.confirm = () => true");
    tab.find_element(".reset-progress")
        .unwrap()
        .click()
        .unwrap();
    expect_js(
        &tab,
        "document.querySelector('.learning-overall').textContent.includes('0 of 16 done')",
        json!(true),
    );
}

#[test]
fn the_completion_record_appears_only_once_the_path_is_complete() {
    let Some((_browser, tab)) = learner() else {
        return;
    };
    let path = [
        "basics/history",
        "basics/undoing-changes",
        "branching/rebase",
        "advanced/interactive-rebase",
        "advanced/bisect",
    ];
    visit(&tab, "learning/record/?path=fix-mistakes");
    assert!(text(&tab, ".record-missing").contains("5 modules to go"));
    expect_js(
        &tab,
        "document.querySelector('.record').hidden",
        json!(true),
    );
    for module in &path[..4] {
        mark_done(&tab, module);
    }
    visit(&tab, "learning/record/?path=fix-mistakes");
    assert!(text(&tab, ".record-missing").contains("1 module to go"));
    mark_done(&tab, path[4]);

    visit(&tab, "paths/fix-mistakes/");
    tab.find_element(".personal-path .record-link")
        .unwrap()
        .click()
        .unwrap();
    expect_js(
        &tab,
        "document.querySelector('.record').hidden",
        json!(false),
    );
    tab.find_element(".record-name").unwrap().click().unwrap();
    tab.type_str("Ada Lovelace").unwrap();
    let statement = text(&tab, ".record-statement");
    assert!(
        statement.starts_with("Ada Lovelace completed the learning path")
            && statement.contains("of Git, from first commit to pull requests on "),
        "{statement}"
    );
    assert_eq!(
        eval(
            &tab,
            "document.querySelectorAll('.record-modules tbody tr').length"
        ),
        json!(5)
    );
    assert!(text(&tab, ".record-notice").contains("Self-reported"));
    // Printed, it is one page with no navigation.
    let pdf = tab.print_to_pdf(None).unwrap();
    // Chromium's PDF has one `/Type /Page` object per page (and one `/Type /Pages` tree).
    let pages = regex::bytes::Regex::new(r"/Type\s*/Page[^s]")
        .unwrap()
        .find_iter(&pdf)
        .count();
    assert_eq!(pages, 1, "the record prints on {pages} pages");
    screenshot(&tab, "desktop-record");
}

#[test]
fn a_module_changed_since_it_was_finished_says_so() {
    let Some((_browser, tab)) = learner() else {
        return;
    };
    mark_done(&tab, "basics/setup");
    // The learner finished an earlier version: its hash differs from today's course.json.
    eval(
        &tab,
        "const k = 'syllabus-progress:' + document.body.dataset.course; const p = JSON.parse(localStorage.getItem(k)); p.modules['basics/setup'].hash = 'an-older-version'; localStorage.setItem(k, JSON.stringify(p));",
    );
    visit(&tab, "basics/setup/");
    expect_js(
        &tab,
        "document.querySelector('.personal-updated').hidden",
        json!(false),
    );
    visit(&tab, "map/");
    assert_eq!(
        text(&tab, ".course-map [data-module='basics/setup'] .map-state"),
        "✓ Done · updated"
    );
}

#[test]
fn without_javascript_no_personal_feature_appears() {
    let Some((_browser, tab)) = learner() else {
        return;
    };
    tab.call_method(Emulation::SetScriptExecutionDisabled { value: true })
        .unwrap();
    for page in ["", "basics/setup/", "paths/collaborate/"] {
        open(&tab, &format!("{}{page}", site().base));
        let shown = eval(
            &tab,
            "[...document.querySelectorAll('.personal, .js-only, .state')].filter(e => e.getClientRects().length).length",
        );
        assert_eq!(shown, json!(0), "/{page}");
    }
    open(&tab, &format!("{}learning/", site().base));
    assert!(text(&tab, "main").contains("needs JavaScript"));
}

#[test]
fn the_progress_scripts_stay_small_gzipped() {
    let size = |file: &str| gzipped_len(&std::fs::read(site().out.join(file)).unwrap());
    // What every page loads, then what the learner's own pages add.
    let every_page = size("store.js") + size("progress.js");
    assert!(
        every_page < 8 * 1024,
        "store.js and progress.js are {every_page} bytes gzipped"
    );
    let learner_pages = every_page + size("learning.js");
    assert!(
        learner_pages < 12 * 1024,
        "with learning.js they are {learner_pages} bytes gzipped"
    );
}

#[test]
fn a_module_whose_quiz_is_all_right_suggests_marking_it_done() {
    let Some((_browser, tab)) = learner() else {
        return;
    };
    visit(&tab, "basics/first-commit/");
    expect_js(
        &tab,
        "document.querySelector('.personal-quiz-done').hidden",
        json!(true),
    );
    // Results as quiz.js stores them when every question was answered right.
    eval(
        &tab,
        "const total = document.querySelectorAll('.quiz-question').length; const questions = {}; document.querySelectorAll('.quiz-question').forEach(f => { questions[f.id] = { correct: true, attempts: 1 }; }); localStorage.setItem('syllabus-quiz:' + document.body.dataset.course, JSON.stringify({ 'basics/first-commit': { score: total, total, attempts: total, last: new Date().toISOString(), questions } }));",
    );
    visit(&tab, "basics/first-commit/");
    expect_js(
        &tab,
        "document.querySelector('.personal-quiz-done').hidden",
        json!(false),
    );
    tab.find_element(".done-toggle").unwrap().click().unwrap();
    expect_js(
        &tab,
        "document.querySelector('.personal-quiz-done').hidden",
        json!(true),
    );
}

#[test]
fn progress_follows_a_module_to_its_new_address() {
    let Some((_browser, tab)) = learner() else {
        return;
    };
    visit(&tab, "");
    // Recorded when the module lived at `basics/commit/` (now one of its `aliases`).
    eval(
        &tab,
        "localStorage.setItem('syllabus-progress:' + document.body.dataset.course, JSON.stringify({ modules: { 'basics/commit': { done: true, at: 1, hash: 'old' } }, visits: {}, goal: null }));",
    );
    visit(&tab, "basics/first-commit/");
    expect_js(
        &tab,
        "document.querySelector('.done-toggle').getAttribute('aria-pressed')",
        json!("true"),
    );
}
