//! `syllabus import mdbook`: mdBook's own user guide (`../shared/corpora/mdbook-guide`,
//! MPL 2.0) and a small book with every construct the importer maps
//! (`tests/fixtures/mdbook-features`) become courses that build at once, the same bytes each
//! time, reading nothing outside the book and no hidden file.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::browser::*;
use crate::common::*;

fn guide() -> PathBuf {
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/mdbook-guide");
    assert!(
        book.join("book.toml").is_file(),
        "the shared mdBook user guide is missing at {}",
        book.display()
    );
    book
}

/// Imports `book` into `course`, which must succeed, and returns the report and the checks.
fn imported(book: &Path, course: &Path) -> (String, String) {
    let output = syllabus(&["import", "mdbook", path_str(book), path_str(course)]);
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{report}\n{}", stderr(&output));
    (report, stderr(&output))
}

fn built(course: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec!["build", path_str(course), "-o", path_str(out)];
    args.extend(extra);
    let build = syllabus(&args);
    assert!(build.status.success(), "{}", stderr(&build));
    assert!(stderr(&build).contains("0 errors"), "{}", stderr(&build));
}

/// A page's text outside `<pre>` and `<code>`, where a learner would see leftover syntax.
fn outside_code(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    loop {
        let next = ["<pre", "<code"]
            .iter()
            .filter_map(|tag| rest.find(tag).map(|at| (at, *tag)))
            .min();
        let Some((at, tag)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        let close = if tag == "<pre" { "</pre>" } else { "</code>" };
        match rest[at..].find(close) {
            Some(end) => rest = &rest[at + end + close.len()..],
            None => return out,
        }
    }
}

fn html_pages(out: &Path) -> Vec<(PathBuf, String)> {
    walkdir::WalkDir::new(out)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            (
                e.path().to_path_buf(),
                fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_mdbook_guide_imports_into_a_course_that_builds_with_nothing_left_over() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("guide");
    let (report, checks) = imported(&guide(), &course);
    assert!(checks.contains("0 errors"), "{checks}");
    assert!(report.contains("32 modules"), "{report}");
    for expected in [
        "SUMMARY.md: 32 chapters -> modules, in its order",
        "hidden code lines (`# ` in Rust, or book.toml's hidelines) -> left out of what learners see",
        "MathJax formulas",
        "the preprocessor `guide-helper` is the book's own",
        "modules/introduction.md:19: `{{ mdbook-version }}` is template or preprocessor syntax",
        "modules/for_developers/preprocessors.md:44: `{{#include ../../../examples/nop-preprocessor.rs}}` was not expanded: outside the book",
        "`src/404.md` is not a chapter of SUMMARY.md",
    ] {
        assert!(
            report.contains(expected),
            "{expected:?} missing from:\n{report}"
        );
    }
    assert_eq!(
        fs::read(course.join("LICENSE")).unwrap(),
        fs::read(guide().join("LICENSE")).unwrap(),
        "the licence is kept"
    );
    let cli = fs::read_to_string(course.join("modules/cli/_unit.yaml")).unwrap();
    assert!(
        cli.starts_with(
            "title: \"Command-line tool\"\nweight: 1\ndescription: \"The mdbook command-line tool"
        ),
        "a chapter with sub-chapters is a unit, described by its own page: {cli}"
    );
    let watch = fs::read_to_string(course.join("modules/cli/watch.md")).unwrap();
    assert!(
        watch.starts_with("---\ntitle: \"The watch command\"\n")
            && !watch.contains("\n# The watch command"),
        "the chapter's heading is the module's title, not a second h1: {watch}"
    );
    assert!(
        watch.contains("\n## Specify a directory\n") && watch.contains("\n## `--watcher`\n"),
        "the included arg-watcher.md is in the module, and sections that began at `####` are `##`: {watch}"
    );
    let out = dir.path().join("site");
    built(&course, &out, &[]);
    let mathjax = fs::read_to_string(out.join("format/mathjax/index.html")).unwrap();
    assert_eq!(
        outside_code(&mathjax).matches("<math").count(),
        2,
        "both MathJax formulas outside code are drawn as MathML"
    );
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains("Adapted from <a href=\"https://github.com/rust-lang/mdBook/tree/master/guide\">mdBook Documentation</a> by Mathieu David, Michael-F-Bryan, Mozilla Public License, version 2.0."),
        "the footer names the source, its authors and its licence"
    );
    for (path, html) in html_pages(&out) {
        let text = outside_code(&html);
        for literal in ["{{#", "{%", "{:", ":::", "\\\\("] {
            assert!(
                !text.contains(literal),
                "{} shows {literal:?} outside code",
                path.display()
            );
        }
    }
}

#[test]
fn every_mapped_mdbook_construct_of_the_fixture_book() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("ferris");
    let (report, checks) = imported(&fixture("mdbook-features"), &course);
    assert!(checks.contains("0 errors"), "{checks}");
    for expected in [
        "modules/welcome.md:16: `{{#custom thing}}` is mdBook preprocessor syntax that Syllabus does not know",
        "modules/basics/variables.md:19: the quiz `../quizzes/variables.toml`: question 3 was left out: a Tracing question",
        "modules/ownership/moves/clones.md:8: `{{#include ../.secret.md}}` was not expanded: a hidden file",
        "draft chapters (`[Name]()`) -> modules with `draft: true`, left out of the site until written: 1",
        "speaker notes (`<details>`) -> instructor notes: 1",
        "mdbook-admonish blocks -> callouts: 1",
        "mdbook-quiz questions -> quiz questions: 2",
    ] {
        assert!(
            report.contains(expected),
            "{expected:?} missing from:\n{report}"
        );
    }
    let read = |path: &str| fs::read_to_string(course.join(path)).unwrap();
    let welcome = read("modules/welcome.md");
    assert!(
        welcome.contains("Energy and mass: $E = mc^2$."),
        "{welcome}"
    );
    assert!(
        welcome.contains("[variables](basics/variables.md#shadowing)")
            && welcome.contains("[ownership overview](ownership/overview.md)"),
        "links follow their chapters to the modules: {welcome}"
    );
    assert!(
        welcome.contains("```rust\nfn main() {\n    println!(\"Hello, Ferris!\");\n}\n```"),
        "the anchored part of the file is included, without its anchor lines: {welcome}"
    );
    let variables = read("modules/basics/variables.md");
    assert!(
        variables.contains("```{.rust title=\"editable\"}\nlet x = 5;\nprintln!(\"{x}\");\n```"),
        "hidden lines go and the test flag is the block's title: {variables}"
    );
    assert!(
        variables.contains(
            "::: {.warning title=\"Shadowing\"}\nA second `let` makes a new variable.\n:::"
        ),
        "{variables}"
    );
    assert!(read("modules/basics/functions.md").contains("draft: true\n"));
    assert_eq!(
        read("modules/basics/_unit.yaml"),
        "title: \"Basics\"\nweight: 0\ndescription: \"The building blocks of every Rust program.\"\n",
        "a unit page of one paragraph is the unit's description and no module"
    );
    assert!(!course.join("modules/basics/overview.md").exists());
    assert!(read("modules/ownership/overview.md").contains("When the owner goes out of scope"));
    assert!(
        read("modules/ownership/moves/clones.md")
            .contains("[not included: ../.secret.md (a hidden file)]")
    );
    for (path, bytes) in read_tree(&course) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("SECRET TOKEN"),
            "{path} holds the hidden file's text"
        );
    }
    let out = dir.path().join("site");
    built(&course, &out, &[]);
    let page = |path: &str| fs::read_to_string(out.join(path)).unwrap();
    let variables = page("basics/variables/index.html");
    assert!(
        variables.contains("<p class=\"code-title\" aria-hidden=\"true\">editable</p>"),
        "{variables}"
    );
    assert_eq!(
        variables.matches("class=\"quiz-question\"").count(),
        2,
        "both convertible questions of the mdbook-quiz file are asked"
    );
    let moves = page("ownership/moves/overview/index.html");
    assert!(
        moves.contains("src=\"../../../images/ferris.svg\""),
        "{moves}"
    );
    assert!(
        out.join("images/ferris.svg").is_file(),
        "the image is published"
    );
    assert!(
        !moves.contains("Ask who has used C++"),
        "speaker notes are for instructors"
    );
    let instructor = dir.path().join("instructor");
    built(&course, &instructor, &["--instructor"]);
    let notes = fs::read_to_string(instructor.join("ownership/moves/overview/index.html")).unwrap();
    assert!(notes.contains("Ask who has used C++"), "{notes}");
}

#[test]
fn an_mdbook_import_is_the_same_bytes_each_time_and_never_writes_over_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("a"), dir.path().join("b"));
    imported(&guide(), &first);
    imported(&guide(), &second);
    assert_eq!(read_tree(&first), read_tree(&second));
    let again = syllabus(&["import", "mdbook", path_str(&guide()), path_str(&first)]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("already exists and is not empty"),
        "{}",
        stderr(&again)
    );
}

/// A chapter that is a link out of the book, and an include that climbs out of it, are
/// refused: nothing of the outside file reaches the course.
#[cfg(unix)]
#[test]
fn an_mdbook_import_reads_nothing_outside_the_book() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside.md");
    fs::write(&outside, "# Outside\n\nPRIVATE WORDS\n").unwrap();
    let book = dir.path().join("book");
    copy_dir(&fixture("mdbook-features"), &book);
    std::os::unix::fs::symlink(&outside, book.join("src/leak.md")).unwrap();
    let summary = fs::read_to_string(book.join("src/SUMMARY.md")).unwrap();
    fs::write(
        book.join("src/SUMMARY.md"),
        format!("{summary}- [Leak](leak.md)\n"),
    )
    .unwrap();
    fs::write(
        book.join("src/wrap-up.md"),
        "# Wrapping up\n\n{{#include ../../outside.md}}\n",
    )
    .unwrap();
    let course = dir.path().join("course");
    let (report, _) = imported(&book, &course);
    assert!(
        report.contains("the chapter `leak.md` was not read (outside the book)"),
        "{report}"
    );
    assert!(
        report.contains("`{{#include ../../outside.md}}` was not expanded: outside the book"),
        "{report}"
    );
    for (path, bytes) in read_tree(&course) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("PRIVATE WORDS"),
            "{path} holds text from outside the book"
        );
    }
}

/// Imported courses are pages like any other: axe-clean in light and dark, on a phone and a
/// laptop, with no page wider than a 320 px screen. The shell lesson's import is checked here
/// too, so that both importers' pages are.
#[test]
fn imported_lessons_are_accessible_and_fit_a_phone() {
    let Some(axe) = axe_source() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (guide_course, ferris_course) = (dir.path().join("guide"), dir.path().join("ferris"));
    imported(&guide(), &guide_course);
    imported(&fixture("mdbook-features"), &ferris_course);
    let shell_course = dir.path().join("shell");
    let shell =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/carpentries-shell-novice");
    let output = syllabus(&[
        "import",
        "carpentries",
        path_str(&shell),
        path_str(&shell_course),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let guide_site = built_site(&guide_course, "/guide/");
    let ferris_site = built_site(&ferris_course, "/ferris/");
    let shell_site = built_site(&shell_course, "/shell/");
    let pages = [
        format!("{}format/mdbook/", guide_site.base),
        format!("{}format/mathjax/", guide_site.base),
        format!("{}cli/", guide_site.base),
        format!("{}for_developers/preprocessors/", guide_site.base),
        format!("{}basics/variables/", ferris_site.base),
        format!("{}ownership/moves/overview/", ferris_site.base),
        format!("{}episodes/02-filedir/", shell_site.base),
        format!("{}episodes/04-pipefilter/", shell_site.base),
    ];
    let mut problems = Vec::new();
    for (width, height) in [(320, 700), (1280, 900)] {
        let Some(browser) = browser(width, height) else {
            return;
        };
        let tab = new_tab(&browser, width, height);
        for scheme in ["light", "dark"] {
            prefer_color_scheme(&tab, scheme);
            for address in &pages {
                open(&tab, address);
                problems.extend(
                    axe_violations(&tab, &axe)
                        .into_iter()
                        .map(|v| format!("{address} [{width}px, {scheme}]: {v}")),
                );
                let wide = eval(&tab, "document.documentElement.scrollWidth");
                if width == 320 && wide.as_u64().is_none_or(|w| w > 320) {
                    problems.push(format!("{address} is {wide} px wide at 320 px"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
