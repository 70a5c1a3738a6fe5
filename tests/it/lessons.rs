//! Real lessons: the Software Carpentry shell lesson (`../shared/corpora`, CC BY 4.0) builds
//! with its fenced divs as Syllabus's constructs after no more conversion than its front matter
//! and file layout; instructor notes reach the instructor view alone; and, in Chromium, tab
//! sets and solutions work from the keyboard.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::common::browser::*;
use crate::common::*;

fn corpus() -> PathBuf {
    let corpus =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/carpentries-shell-novice");
    assert!(
        corpus.join("episodes").is_dir(),
        "the shared Software Carpentry lesson is missing at {}",
        corpus.display()
    );
    corpus
}

/// The lesson's episodes as modules of one unit: `teaching` + `exercises` become `minutes`, the
/// episode order a weight. The body is copied as it is.
fn shell_lesson() -> TestCourse {
    let corpus = corpus();
    let mut course = TestCourse::new()
        .config("title: The Unix Shell\ndescription: Software Carpentry's shell lesson (CC BY 4.0).\nmodule_minutes: 60\n")
        // Episodes link to the Workbench's setup page; the layout gives it a module of its own.
        .module(
            "learners/setup.md",
            "---\ntitle: Setup\nobjectives: [Download the lesson data.]\n---\nDownload `shell-lesson-data.zip` and unzip it on your Desktop.\n",
        );
    let mut episodes: Vec<_> = fs::read_dir(corpus.join("episodes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    episodes.sort();
    for (weight, episode) in episodes.iter().enumerate() {
        let text = fs::read_to_string(episode).unwrap();
        let (front, body) = text[4..].split_once("\n---\n").unwrap();
        let field = |name: &str| {
            front
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{name}:")))
                .unwrap()
                .trim()
                .trim_matches('\'')
                .to_string()
        };
        let minutes: u32 =
            field("teaching").parse::<u32>().unwrap() + field("exercises").parse::<u32>().unwrap();
        let name = episode.file_name().unwrap().to_string_lossy();
        course = course.module(
            &format!("shell/{name}"),
            &format!(
                "---\ntitle: {:?}\nminutes: {minutes}\nweight: {weight}\n---\n{body}",
                field("title")
            ),
        );
    }
    copy_dir(
        &corpus.join("episodes/fig"),
        &course.join("modules/shell/fig"),
    );
    course
}

fn html_pages(out: &Path) -> Vec<(String, String)> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let name = e.path().strip_prefix(out).unwrap().display().to_string();
            (name, fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

/// A sentence of an instructor note of `03-create.md`.
const INSTRUCTOR_SENTENCE: &str = "rather\nthan introducing it in `cp` context";

#[test]
fn the_shell_lesson_builds_with_its_blocks_as_constructs() {
    let course = shell_lesson();
    let output = course.run("build", &[]);
    let report = stderr(&output);
    assert!(output.status.success(), "{report}");
    assert!(
        !report.contains("is not a block Syllabus knows"),
        "{report}"
    );
    let out = course.join("public");
    let pages = html_pages(&out);
    let fence_line = regex::Regex::new(r"(?m)^\s*(<p>)?:::").unwrap();
    for (name, html) in &pages {
        assert!(
            !fence_line.is_match(html),
            "{name} shows a literal ::: line"
        );
    }
    let all: String = pages.iter().map(|(_, html)| html.as_str()).collect();
    assert!(
        all.matches("<section class=\"exercise\"").count() >= 40,
        "the lesson's 41 challenges"
    );
    assert!(
        all.matches("<details class=\"disclosure disclosure-solution\"")
            .count()
            >= 40
    );
    assert!(
        all.contains("<summary>Show more: Clearing your terminal</summary>")
            || all.contains("<summary>Clearing your terminal</summary>")
    );
    assert!(all.matches("class=\"callout callout-callout\"").count() >= 30);
    let create = fs::read_to_string(out.join("shell/03-create/index.html")).unwrap();
    assert!(
        create.contains("<h2 id=\"syllabus-questions\">"),
        "questions from the body"
    );
    assert!(create.contains("How can I edit files?"));
    assert!(create.contains("Create a directory hierarchy that matches a given diagram."));
    let rendered_instructor_text = "than introducing it in <code>cp</code> context";
    for file in ["course.json", "search-index.json"] {
        let text = fs::read_to_string(out.join(file)).unwrap();
        assert!(
            !text.contains("introducing it in"),
            "{file} holds an instructor note"
        );
    }
    assert!(
        !all.contains(rendered_instructor_text),
        "a learner page holds an instructor note"
    );
    assert!(
        !all.contains("instructor-note"),
        "a learner page holds an instructor note"
    );
    assert!(
        fs::read_to_string(course.join("modules/shell/03-create.md"))
            .unwrap()
            .contains(INSTRUCTOR_SENTENCE)
    );
}

#[test]
fn the_instructor_view_shows_notes_and_hidden_solutions_marked() {
    let course = TestCourse::new().config("title: Graded\nsolutions: hidden\n").module(
        "unit/task.md",
        "---\ntitle: Task\nobjectives: [Do it.]\n---\n::: exercise\n## Count the files\nHow many?\n\n::: solution\nThere are 42.\n:::\n:::\n\n::: instructor\nGive them five minutes.\n:::\n",
    );
    let learner = course.build();
    assert!(learner.status.success(), "{}", stderr(&learner));
    let page = course.read("public/unit/task/index.html");
    assert!(
        page.contains("Count the files") && !page.contains("There are 42"),
        "{page}"
    );
    assert!(!page.contains("five minutes"));
    let search = course.read("public/search-index.json");
    assert!(
        !search.contains("42") && !search.contains("five"),
        "{search}"
    );
    let view = course.run("build", &["--instructor"]);
    assert!(view.status.success(), "{}", stderr(&view));
    let page = course.read("public-instructor/unit/task/index.html");
    assert!(
        page.contains("There are 42") && page.contains("Give them five minutes."),
        "{page}"
    );
    assert!(page.contains("class=\"instructor-banner\""), "{page}");
    assert!(page.contains("<meta name=\"robots\" content=\"noindex\">"));
    let learner_again = course.read("public/unit/task/index.html");
    assert!(
        !learner_again.contains("There are 42"),
        "the learner site is left alone"
    );
}

#[test]
fn tabs_and_solutions_work_from_the_keyboard() {
    let site = site();
    let Some(browser) = browser(1000, 800) else {
        return;
    };
    let tab = new_tab(&browser, 1000, 800);
    open(&tab, &format!("{}basics/setup/", site.base));
    expect_js(
        &tab,
        "[...document.querySelectorAll('.tabset [role=tab]')].map(t => t.textContent).join(',')",
        json!("Linux,macOS,Windows"),
    );
    expect_js(
        &tab,
        "document.querySelectorAll('.tabset [role=tabpanel]:not([hidden])').length",
        json!(1),
    );
    eval(
        &tab,
        "document.querySelector('.tabset [role=tab][aria-selected=true]').focus()",
    );
    tab.press_key("ArrowRight").unwrap();
    expect_js(
        &tab,
        "document.activeElement.textContent + ' ' + document.activeElement.getAttribute('aria-selected')",
        json!("macOS true"),
    );
    expect_js(
        &tab,
        "document.querySelector('.tabset [role=tabpanel]:not([hidden])').textContent.includes('Homebrew')",
        json!(true),
    );
    tab.press_key("End").unwrap();
    expect_js(&tab, "document.activeElement.textContent", json!("Windows"));
    // The choice is remembered for the course: the next visit opens on Windows.
    open(&tab, &format!("{}basics/", site.base));
    open(&tab, &format!("{}basics/setup/", site.base));
    expect_js(
        &tab,
        "document.querySelector('.tabset [role=tab][aria-selected=true]').textContent",
        json!("Windows"),
    );
    expect_js(
        &tab,
        "document.querySelector('details.disclosure-solution').open",
        json!(false),
    );
    eval(
        &tab,
        "document.querySelector('details.disclosure-solution > summary').focus()",
    );
    tab.press_key("Enter").unwrap();
    expect_js(
        &tab,
        "document.querySelector('details.disclosure-solution').open",
        json!(true),
    );
    expect_js(
        &tab,
        "document.querySelectorAll('.instructor-note').length",
        json!(0),
    );
}
