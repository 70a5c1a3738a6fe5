//! `syllabus import`: the shared Software Carpentry lesson (CC BY 4.0, `../shared/corpora`)
//! becomes a course that builds at once, the same bytes each time, into a folder that must be
//! new.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::*;

fn shell_lesson() -> PathBuf {
    let lesson =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/carpentries-shell-novice");
    assert!(
        lesson.join("config.yaml").is_file(),
        "the shared Software Carpentry lesson is missing at {}",
        lesson.display()
    );
    lesson
}

fn import_into(dest: &Path) -> std::process::Output {
    syllabus(&[
        "import",
        "carpentries",
        path_str(&shell_lesson()),
        path_str(dest),
    ])
}

/// The shell lesson with a fixture folder of the Workbench added as `folder` (the shared copy
/// has no `learners/` or `instructors/`), in `dir`.
fn shell_lesson_with(dir: &Path, fixture_name: &str, folder: &str) -> PathBuf {
    let lesson = dir.join("lesson");
    copy_dir(&shell_lesson(), &lesson);
    copy_dir(&fixture(fixture_name), &lesson.join(folder));
    lesson
}

/// Imports `lesson` into `course`, which must succeed, and returns what it printed.
fn imported_report(lesson: &Path, course: &Path) -> std::process::Output {
    let output = syllabus(&["import", "carpentries", path_str(lesson), path_str(course)]);
    assert!(
        output.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
    output
}

#[test]
fn the_shell_lesson_imports_into_a_course_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("shell");
    let output = import_into(&course);
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "{report}\n{}", stderr(&output));
    assert!(report.contains("7 modules"), "{report}");
    assert!(
        report.contains("modules/episodes/02-filedir.md:415: the link to `../learners/setup.md`"),
        "{report}"
    );
    assert!(
        report.contains("modules/episodes/03-create.md: takes 50 minutes"),
        "{report}"
    );
    assert!(
        report.contains("modules/episodes/02-filedir.md:679: a challenge with 9 numbered options"),
        "a multiple-choice challenge is reported at its line in the new course: {report}"
    );
    assert!(stderr(&output).contains("0 errors"), "{}", stderr(&output));
    let front = fs::read_to_string(course.join("modules/episodes/02-filedir.md")).unwrap();
    assert!(front.starts_with("---\ntitle: \"Navigating Files and Directories\"\nweight: 1\nminutes: 40\nprerequisites: [episodes/01-intro]\n---\n"), "{front}");
    assert_eq!(
        fs::read(course.join("LICENSE.md")).unwrap(),
        fs::read(shell_lesson().join("LICENSE.md")).unwrap()
    );
    let out = dir.path().join("site");
    let build = syllabus(&["build", path_str(&course), "-o", path_str(&out)]);
    assert!(build.status.success(), "{}", stderr(&build));
    let page = fs::read_to_string(out.join("episodes/03-create/index.html")).unwrap();
    assert!(
        page.contains(
            "Adapted from <a href=\"https://swcarpentry.github.io/shell-novice\">The Unix Shell</a>"
        ),
        "the footer names the source"
    );
    let filedir = fs::read_to_string(out.join("episodes/02-filedir/index.html")).unwrap();
    assert_eq!(
        filedir.matches("<section class=\"quiz\"").count(),
        3,
        "three of the episode's challenges ask which option is right, and became quizzes"
    );
    assert!(
        filedir.contains("which of the following commands could Nelle use")
            && filedir.contains(
                "quiz-option-feedback\" hidden><code>.</code> stands for the current directory.</p>"
            )
            && !filedir.contains("No: <code>.</code> stands for"),
        "the challenge's question is the quiz's, and the solution's verdict on each option is that option's feedback"
    );
    assert!(
        page.contains("<h2 id=\"syllabus-objectives\">"),
        "objectives from the body"
    );
    assert!(
        page.contains("<section class=\"keypoints\""),
        "key points from the body"
    );
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "html") {
            let html = fs::read_to_string(entry.path()).unwrap();
            for literal in ["\n:::", "<p>:::", "{{#", "{%"] {
                assert!(
                    !html.contains(literal),
                    "{} shows {literal:?}",
                    entry.path().display()
                );
            }
        }
    }
}

#[test]
fn an_import_is_the_same_bytes_each_time_and_never_writes_over_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("a"), dir.path().join("b"));
    assert!(import_into(&first).status.success());
    assert!(import_into(&second).status.success());
    assert_eq!(read_tree(&first), read_tree(&second));
    let again = import_into(&first);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("already exists and is not empty"),
        "{}",
        stderr(&again)
    );
    let taken = dir.path().join("taken");
    fs::create_dir(&taken).unwrap();
    fs::write(taken.join("notes.txt"), "mine").unwrap();
    assert_eq!(import_into(&taken).status.code(), Some(2));
    assert_eq!(fs::read_to_string(taken.join("notes.txt")).unwrap(), "mine");
}

/// The Workbench's `learners/reference.md` (its glossary written after the shell lesson's own,
/// since the shared copy of the lesson has no `learners/` folder).
#[test]
fn the_reference_page_glossary_becomes_the_course_glossary() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = shell_lesson_with(dir.path(), "carpentries-learners", "learners");
    let course = dir.path().join("course");
    let report = String::from_utf8_lossy(&imported_report(&lesson, &course).stdout).into_owned();
    assert!(
        report.contains("learners/reference.md: 4 terms"),
        "{report}"
    );
    let out = dir.path().join("site");
    let build = syllabus(&["build", path_str(&course), "-o", path_str(&out)]);
    assert!(build.status.success(), "{}", stderr(&build));
    let page = fs::read_to_string(out.join("glossary/index.html")).unwrap();
    for term in ["absolute-path", "path", "root-directory", "file-system"] {
        assert!(
            page.contains(&format!("<dt id=\"term-{term}\">")),
            "{term} is on the glossary page"
        );
    }
    assert!(
        !page.contains("]{#"),
        "the Workbench's anchors are plain terms"
    );
    assert!(
        page.contains("<a href=\"#term-root-directory\">root directory</a>"),
        "a definition's link to another term leads to that term's entry"
    );
}

/// The lesson's `index.md` (written for the test, since the shared copy has none): its first
/// paragraph describes the course, and the whole page is the first module; a link to the
/// reference page, once it is the glossary, leads to the term on the glossary page.
#[test]
fn the_home_page_becomes_the_introduction_and_links_to_the_reference_reach_the_glossary() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = shell_lesson_with(dir.path(), "carpentries-learners", "learners");
    fs::write(
        lesson.join("index.md"),
        "---\nsite: sandpaper::sandpaper_site\n---\n\nThe shell lets people run programs by typing.\n\n\
         Each command works on a [path](learners/reference.md#path) from the\n\
         [root directory](learners/reference.md#root-directory).\n\n\
         :::::::: prereq\n\n## Prerequisites\n\nA computer with a shell.\n\n::::::::\n",
    )
    .unwrap();
    let course = dir.path().join("course");
    let report = String::from_utf8_lossy(&imported_report(&lesson, &course).stdout).into_owned();
    assert!(
        report.contains("index.md -> the course's description"),
        "{report}"
    );
    let course_yaml = fs::read_to_string(course.join("course.yaml")).unwrap();
    assert!(
        course_yaml.contains("description: \"The shell lets people run programs by typing.\""),
        "{course_yaml}"
    );
    let out = dir.path().join("site");
    let build = syllabus(&["build", path_str(&course), "-o", path_str(&out)]);
    assert!(build.status.success(), "{}", stderr(&build));
    let page = fs::read_to_string(out.join("introduction/index.html")).unwrap();
    assert!(
        page.contains("href=\"../glossary/#term-root-directory\""),
        "the reference page's anchor is the term's on the glossary page: {page}"
    );
    assert!(page.contains("class=\"callout callout-prereq\""), "{page}");
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    let introduction = home
        .find("introduction/")
        .expect("the home page lists the introduction");
    let first_episode = home
        .find("episodes/01-intro/")
        .expect("and the first episode");
    assert!(introduction < first_episode, "the introduction comes first");
}

/// The Workbench's `instructors/instructor-notes.md` (written for the tests, since the shared
/// copy of the lesson has no `instructors/` folder).
#[test]
fn instructor_notes_go_to_their_episodes_and_show_only_to_instructors() {
    let dir = tempfile::tempdir().unwrap();
    let lesson = shell_lesson_with(dir.path(), "carpentries-instructors", "instructors");
    let course = dir.path().join("course");
    let report = String::from_utf8_lossy(&imported_report(&lesson, &course).stdout).into_owned();
    assert!(
        report.contains("2 sections about an episode")
            && report.contains("`instructors/additional-material.md` was not imported"),
        "{report}"
    );
    let (learners, instructors) = (dir.path().join("site"), dir.path().join("instructor"));
    let build = syllabus(&["build", path_str(&course), "-o", path_str(&learners)]);
    assert!(build.status.success(), "{}", stderr(&build));
    let build = syllabus(&[
        "build",
        "--instructor",
        path_str(&course),
        "-o",
        path_str(&instructors),
    ]);
    assert!(build.status.success(), "{}", stderr(&build));
    let page = |site: &Path, episode: &str| {
        fs::read_to_string(site.join(format!("episodes/{episode}/index.html"))).unwrap()
    };
    for (episode, note) in [
        ("01-intro", "the answer sets the pace"),
        ("01-intro", "Leave about two hours"),
        ("02-filedir", "Draw the tree of <code>/Users</code>"),
    ] {
        assert!(
            page(&instructors, episode).contains(note),
            "{episode}: {note}"
        );
        assert!(
            !page(&learners, episode).contains(note),
            "{episode}: {note}"
        );
    }
    assert!(
        page(&instructors, "02-filedir").contains("## this is a comment in a code block"),
        "a `##` line in a code block is no section"
    );
}

/// A lesson in the Carpentries' older styles format (Jekyll, kramdown), written for the tests.
#[test]
fn a_styles_format_lesson_imports_with_its_blocks_code_classes_and_links() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("course");
    let output = imported_report(&fixture("carpentries-styles"), &course);
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(report.contains("2 modules"), "{report}");
    assert!(
        report.contains("`_includes/links.md`: 1 link references use Jekyll variables")
            && report.contains("[lesson-home]: {{ relative_root_path }}/index.html"),
        "a link reference that cannot be carried over is named: {report}"
    );
    assert!(stderr(&output).contains("no errors"), "{}", stderr(&output));
    let out = dir.path().join("site");
    let build = syllabus(&["build", path_str(&course), "-o", path_str(&out)]);
    assert!(build.status.success(), "{}", stderr(&build));
    let lines = fs::read_to_string(out.join("episodes/01-lines/index.html")).unwrap();
    for (shown, what) in [
        (
            "class=\"language-bash\"",
            "`{: .language-bash}` is the code's language",
        ),
        ("class=\"code-output\"", "`{: .output}` is an output block"),
        (
            "class=\"callout callout-callout\"",
            "`{: .callout}` is a callout",
        ),
        (
            "<section class=\"quiz\"",
            "the challenge with options is a quiz",
        ),
        (
            "<img src=\"../../fig/folder.svg\"",
            "`{{ page.root }}/fig` is the lesson's figures",
        ),
        (
            "wc-invocation.html\">its manual</a>",
            "`{% include links.md %}` gives the link",
        ),
        (
            "Count the lines of a file with <code>wc -l</code>",
            "objectives from the front matter",
        ),
        (
            "<code>wc -l</code> counts lines.",
            "key points from the front matter",
        ),
    ] {
        assert!(lines.contains(shown), "{what}");
    }
    assert!(out.join("fig/folder.svg").is_file());
    let files = fs::read_to_string(out.join("episodes/02-files/index.html")).unwrap();
    assert!(files.contains("<a href=\"../../episodes/01-lines/\">Counting Lines</a>"));
    assert!(files.contains("class=\"exercise\""));
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "html") {
            let html = fs::read_to_string(entry.path()).unwrap();
            for literal in ["{:", "{%", ":::", "{{"] {
                assert!(
                    !html.contains(literal),
                    "{} shows {literal:?}",
                    entry.path().display()
                );
            }
        }
    }
}
