//! Hostile and broken input: whatever is in the course folder, Syllabus answers with located
//! errors or warnings and exit code 0 or 1; it never panics (101), hangs or runs out of memory.

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use crate::common::wait;
use crate::common::*;

/// Generous for a debug build on a busy 2-core machine: this catches hangs, it does not time
/// anything.
const HANG: Duration = Duration::from_secs(180);

/// Address space allowed to a build of a tiny course: an alias bomb that expanded would need
/// far more.
const MEMORY_CAP: &str = "--as=3221225472";

/// Runs the binary like [`syllabus`], but under `prlimit`'s memory cap when there is one, and
/// fails the test if it runs longer than [`HANG`].
fn guarded(args: &[&str]) -> Output {
    let binary = env!("CARGO_BIN_EXE_syllabus");
    let mut command = if Path::new("/usr/bin/prlimit").exists() {
        let mut command = Command::new("/usr/bin/prlimit");
        command.arg(MEMORY_CAP).arg("--").arg(binary);
        command
    } else {
        Command::new(binary)
    };
    let mut child = command
        .args(args)
        .env("NO_COLOR", "1")
        .env("SYLLABUS_CACHE_DIR", test_cache_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The pipes are read on threads so that a full pipe cannot stall the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let stdout = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut bytes).ok();
        bytes
    });
    let stderr = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut bytes).ok();
        bytes
    });
    let Some(status) = wait::within(HANG, || child.try_wait().unwrap()) else {
        child.kill().ok();
        panic!("`syllabus {}` hung for {HANG:?}", args.join(" "));
    };
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

/// The build's exit code, which must be 0 or 1: anything else is a crash.
fn exit_code(output: &Output) -> i32 {
    let code = output.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "exit status {:?}: a crash, not an answer\n{}",
        output.status,
        stderr(output)
    );
    code.unwrap_or(-1)
}

/// Asserts that `report` names `file` with a line and column, and says `what`.
fn reported(report: &str, file: &str, what: &str) {
    let located = regex::Regex::new(&format!(r"{}:\d+:\d+", regex::escape(file))).unwrap();
    assert!(
        located.is_match(report),
        "no line and column for `{file}`:\n{report}"
    );
    assert!(report.contains(what), "`{what}` not said:\n{report}");
}

/// `depth` levels of aliases, each a list of ten of the one below: 10^depth nodes if expanded.
fn alias_bomb(depth: usize) -> String {
    let mut yaml = format!("l0: &l0 [{}]\n", ["lol"; 10].join(", "));
    for level in 1..depth {
        let below = vec![format!("*l{}", level - 1); 10].join(", ");
        yaml.push_str(&format!("l{level}: &l{level} [{below}]\n"));
    }
    yaml
}

#[test]
fn alias_bombs_and_deep_nesting_are_refused_quickly_where_they_are() {
    let course = TestCourse::fixture("small")
        .module(
            "next/bomb.md",
            &format!("---\ntitle: Bomb\n{}---\nBody.\n", alias_bomb(9)),
        )
        .module(
            "next/deep.md",
            &format!(
                "---\ntitle: Deep\ntags: {}{}\n---\nBody.\n",
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
        )
        .module(
            "next/quiz-bomb.md",
            &format!(
                "---\ntitle: Quiz bomb\n---\n\n```quiz\n{}- question: Which?\n  answers: [a, b]\n```\n",
                alias_bomb(9)
            ),
        )
        .file(
            "modules/basics/_unit.yaml",
            format!("title: Basics\n{}", alias_bomb(9)),
        );
    let result = guarded(&["check", path_str(course.path())]);
    assert_eq!(exit_code(&result), 1);
    let report = stderr(&result);
    for file in [
        "modules/next/bomb.md",
        "modules/next/deep.md",
        "modules/next/quiz-bomb.md",
        "modules/basics/_unit.yaml",
    ] {
        reported(&report, file, "");
    }

    // The course file too, alone: a broken `course.yaml` stops the build before modules.
    let course = TestCourse::fixture("small").add_config(&alias_bomb(9));
    let result = guarded(&["build", path_str(course.path())]);
    assert_eq!(exit_code(&result), 1);
    reported(&stderr(&result), "course.yaml", "");
    assert!(!course.join("public").exists());
}

#[test]
fn a_module_of_tens_of_megabytes_builds() {
    let (_guard, course) = course_copy(&fixture("small"));
    let mut text = String::from("---\ntitle: Everything at once\nminutes: 9\n---\n\n");
    let mut section = 0;
    while text.len() < 20_000_000 {
        section += 1;
        text.push_str(&format!(
            "## Part {section}\n\nA paragraph about part {section} with *emphasis*, `code` and a \
             [link](#part-{section}). It repeats so that the module grows to many megabytes.\n\n\
             - one point\n- another point\n\n",
        ));
        if section % 500 == 0 {
            text.push_str(&format!("```python\nprint({section})\n```\n\n"));
        }
    }
    fs::write(course.join("modules/next/huge.md"), &text).unwrap();
    let out = course.join("public");
    let result = guarded(&["build", path_str(&course), "-o", path_str(&out)]);
    assert_eq!(exit_code(&result), 0, "{}", stderr(&result));
    let page = fs::read_to_string(out.join("next/huge/index.html")).unwrap();
    assert!(page.contains(&format!("id=\"part-{section}\"")));
}

#[test]
fn broken_files_are_reported_at_their_lines() {
    let course = TestCourse::fixture("small")
        .module("next/tabs.md", "---\ntitle: Tabs\ntags:\n\t- one\n---\n")
        .module(
            "next/twice.md",
            "---\ntitle: Once\ntitle: Twice\n---\nBody.\n",
        )
        .module("next/only-dashes.md", "---\n---\n")
        .module("next/unclosed.md", "---\ntitle: Open\n\nBody.\n")
        .module("next/blank.md", "\n\n\n")
        .file("modules/basics/_unit.yaml", "");
    let result = guarded(&["check", path_str(course.path())]);
    assert_eq!(exit_code(&result), 1);
    let report = stderr(&result);
    reported(&report, "modules/next/tabs.md", "tab");
    reported(&report, "modules/next/twice.md", "duplicate");
    reported(&report, "modules/next/only-dashes.md", "title");
    reported(&report, "modules/next/unclosed.md", "never closed");
    reported(&report, "modules/next/blank.md", "");

    // An empty `course.yaml` is a course without a title.
    let course = TestCourse::fixture("small").config("");
    let result = guarded(&["check", path_str(course.path())]);
    assert_eq!(exit_code(&result), 1);
    reported(&stderr(&result), "course.yaml", "title");
}

#[cfg(unix)]
#[test]
fn symbolic_links_in_loops_or_leading_outside_are_not_followed() {
    use std::os::unix::fs::symlink;
    let (guard, course) = course_copy(&fixture("small"));
    let outside = guard.path().join("outside");
    fs::create_dir_all(&outside).unwrap();
    fs::write(
        outside.join("secret.md"),
        "---\ntitle: Secret\n---\nTOP SECRET TEXT\n",
    )
    .unwrap();
    let next = course.join("modules/next");
    symlink(outside.join("secret.md"), next.join("secret.md")).unwrap();
    symlink(&outside, next.join("elsewhere")).unwrap();
    symlink(next.join("loop.md"), next.join("loop.md")).unwrap();
    symlink(&next, next.join("again")).unwrap();
    symlink(next.join("missing.md"), next.join("dangling.md")).unwrap();
    // A link that stays inside the course is content like any file.
    symlink(
        course.join("modules/basics/second.md"),
        next.join("linked.md"),
    )
    .unwrap();
    fs::write(
        course.join("modules/basics/second.md"),
        fs::read_to_string(course.join("modules/basics/second.md"))
            .unwrap()
            .replacen("---\n", "---\nid: basics/second\n", 1),
    )
    .unwrap();

    let out = guard.path().join("site");
    let result = guarded(&["build", path_str(&course), "-o", path_str(&out)]);
    let report = stderr(&result);
    // `linked.md` is a second copy of `second.md`: a duplicate id is the right answer, and it
    // proves that in-course links are read.
    assert_eq!(exit_code(&result), 1, "{report}");
    assert!(report.contains("modules/next/linked.md"), "{report}");
    for (file, what) in [
        ("modules/next/secret.md", "points outside the course"),
        ("modules/next/elsewhere", "points outside the course"),
        ("modules/next/loop.md", "broken"),
        ("modules/next/again", "folders are not followed"),
        ("modules/next/dangling.md", "broken"),
    ] {
        assert!(
            report.contains(file) && report.contains(what),
            "{file}: {what}\n{report}"
        );
    }

    fs::remove_file(next.join("linked.md")).unwrap();
    let result = guarded(&["build", path_str(&course), "-o", path_str(&out)]);
    assert_eq!(exit_code(&result), 0, "{}", stderr(&result));
    for (path, bytes) in read_tree(&out) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("TOP SECRET"),
            "{path} holds a file from outside the course"
        );
    }
}

#[test]
fn file_names_with_spaces_accents_and_reserved_characters_get_working_addresses() {
    let (_guard, course) = course_copy(&fixture("small"));
    let write = |path: &str, text: &str| fs::write(course.join(path), text).unwrap();
    write(
        "modules/next/my first lesson.md",
        "---\ntitle: Spaces\n---\nSee [the accents](<Über straße.md>) and [the symbols](what%3F%20%23%26%25.md).\n",
    );
    write(
        "modules/next/Über straße.md",
        "---\ntitle: Accents\n---\nBack to [spaces](my%20first%20lesson.md).\n",
    );
    write(
        "modules/next/what? #&%.md",
        "---\ntitle: Symbols\n---\nBody.\n",
    );
    // Characters that Windows forbids in file names, written on a system that allows them.
    write(
        "modules/next/a<b>c:d\"e|f*g.md",
        "---\ntitle: Windows would refuse this name\n---\nBody.\n",
    );
    fs::create_dir_all(course.join("modules/Ünit 2 (draft)")).unwrap();
    write(
        "modules/Ünit 2 (draft)/lesson.md",
        "---\ntitle: In a unit\n---\nBody.\n",
    );
    let out = course.join("public");
    let result = guarded(&["build", path_str(&course), "-o", path_str(&out)]);
    assert_eq!(exit_code(&result), 0, "{}", stderr(&result));
    let pages: Vec<String> = files_under(&out)
        .into_iter()
        .map(|p| p.strip_prefix(&out).unwrap().to_string_lossy().into_owned())
        .filter(|p| p.ends_with("index.html"))
        .collect();
    // Letters of any script are fine in an address (browsers show them as typed); spaces and
    // URL syntax characters are not.
    for page in &pages {
        assert!(
            page.chars()
                .all(|c| c.is_alphanumeric() || "/-._".contains(c)),
            "the address `{page}` needs escaping in a URL"
        );
    }
    for expected in [
        "next/my-first-lesson/index.html",
        "next/über-straße/index.html",
    ] {
        assert!(
            pages.iter().any(|p| p == expected),
            "{expected} in {pages:#?}"
        );
    }
    let (broken, checked) = broken_links(&out, "/");
    assert!(broken.is_empty(), "broken links: {broken:#?}");
    assert!(checked > 0);
}

#[test]
fn names_that_differ_only_in_case_are_an_error() {
    let course = TestCourse::fixture("small")
        .file("static/Logo.svg", "<svg/>")
        .file("static/logo.svg", "<svg/>")
        .module("Next/other.md", "---\ntitle: Other\n---\n");
    let result = guarded(&["check", path_str(course.path())]);
    assert_eq!(exit_code(&result), 1);
    let report = stderr(&result);
    assert!(
        report.contains("Logo.svg") && report.contains("logo.svg"),
        "{report}"
    );
    assert!(report.contains("differ only in case"), "{report}");
}

/// `unit` repeated to about `bytes` bytes.
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len())
}

#[test]
fn a_line_of_megabytes_in_a_code_block_is_shown_plain() {
    // Highlighting takes time by the square of a line's length (170 KB: 11 s): this line would
    // take hours.
    let (_guard, course) = course_copy(&fixture("small"));
    let long = repeated("echo \"$((1+", 2_000_000);
    fs::write(
        course.join("modules/next/long-line.md"),
        format!(
            "---\ntitle: One long line\n---\n\n```bash\necho before\n{long}\necho after\n```\n"
        ),
    )
    .unwrap();
    let out = course.join("public");
    let result = guarded(&["build", path_str(&course), "-o", path_str(&out)]);
    let report = stderr(&result);
    assert_eq!(exit_code(&result), 0, "{report}");
    assert!(
        report.contains("modules/next/long-line.md:7:1")
            && report.contains("too long to highlight"),
        "{report}"
    );
    let page = fs::read_to_string(out.join("next/long-line/index.html")).unwrap();
    assert!(page.contains(&long.replace('"', "&quot;")));
    assert_eq!(
        page.matches("<span class=\"hl-f\">echo</span>").count(),
        2,
        "the lines around the long one are highlighted"
    );
}

#[test]
fn paragraphs_of_megabytes_of_quotes_brackets_and_references_build() {
    // Every event used to count its column from the start of its line: a paragraph of a
    // million quotes or links took time by the square of its length (400 KB of quotes: 10 s).
    let (_guard, course) = course_copy(&fixture("small"));
    let size = 2_000_000;
    let paragraphs = [
        repeated("\"'", size),
        repeated("[a][b] ", size),
        repeated("[a] ", size),
        "[".repeat(size),
        repeated("![", size),
    ];
    fs::write(
        course.join("modules/next/runs.md"),
        format!(
            "---\ntitle: Long runs\n---\n\n{}\n\n[a]: /\n[b]: https://example.com/b\n",
            paragraphs.join("\n\n")
        ),
    )
    .unwrap();
    let out = course.join("public");
    let result = guarded(&["build", path_str(&course), "-o", path_str(&out)]);
    assert_eq!(exit_code(&result), 0, "{}", stderr(&result));
    let page = fs::read_to_string(out.join("next/runs/index.html")).unwrap();
    // Smart punctuation and reference links still apply (`[a]` leads to the home page).
    assert!(page.contains('“') && page.contains('’'));
    assert_eq!(
        page.matches("<a href=\"https://example.com/b\">a</a>")
            .count(),
        size / "[a][b] ".len()
    );
    assert_eq!(
        page.matches("<a href=\"../../\">a</a>").count(),
        size / "[a] ".len()
    );
}

#[test]
fn thousands_of_problems_in_one_file_are_counted_and_the_first_listed() {
    // Each problem used to find its line from the start of the file and search the whole site
    // or module for a suggestion (8,000 broken anchors: 95 s and 2.8 GB).
    let (_guard, course) = course_copy(&fixture("small"));
    let write = |name: &str, body: String| {
        fs::write(
            course.join(format!("modules/next/{name}.md")),
            format!("---\ntitle: {name}\n---\n\n{body}\n"),
        )
        .unwrap()
    };
    let images = 50_000;
    write("images", "![](missing.png)\n\n".repeat(images));
    let anchors = 50_000;
    write("anchors", "## Part\n\n[x](#nowhere)\n\n".repeat(anchors));
    let one_line = repeated("[x](nope.md) ", 2_000_000);
    let links = one_line.matches("nope.md").count();
    write("one-line", one_line);
    write(
        "long-names",
        format!("# {}\n\n[x](#{})", "a".repeat(300_000), "b".repeat(300_000)),
    );
    let result = guarded(&["check", path_str(&course)]);
    assert_eq!(exit_code(&result), 1);
    let report = stderr(&result);
    let listed = 100;
    for (file, count) in [
        (
            "images",
            format!("{} more errors and {0} more warnings", images - listed),
        ),
        ("anchors", format!("{} more errors", anchors - listed)),
        ("one-line", format!("{} more errors", links - listed)),
    ] {
        let summary = format!("{count} in this file are not listed, from this one on");
        assert!(
            report.contains(&summary),
            "{file}: `{summary}` not in\n{report:.3000}"
        );
        reported(&report, &format!("modules/next/{file}.md"), "");
    }
    assert!(report.contains("is not a heading of `modules/next/long-names.md`"));
    assert!(
        report.len() < 4_000_000,
        "the report has {} bytes",
        report.len()
    );
}
