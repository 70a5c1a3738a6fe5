//! Content errors are all reported in one run, with file, line and column, and a failed or
//! refused build leaves existing folders exactly as they were. Reports are compared whole
//! (insta snapshots in `snapshots/`), so that a diagnostic missing, added or told twice fails.

use std::fs;
use std::path::Path;

use crate::common::*;

/// Breaks a working course in six different ways, one per file.
fn break_course(course: TestCourse) -> TestCourse {
    course
        // 1. A YAML syntax error.
        .module(
            "next/syntax.md",
            "---\ntitle: Fine\ntags: [unclosed\n---\nBody.\n",
        )
        // 2. An unknown key.
        .module(
            "next/unknown.md",
            "---\ntitle: Unknown key\ndificulty: beginner\n---\nBody.\n",
        )
        // 3. A missing title.
        .module(
            "next/untitled.md",
            "---\ndescription: No title here.\n---\nBody.\n",
        )
        // 4. An unknown difficulty.
        .module(
            "next/hard.md",
            "---\ntitle: Hard\ndifficulty: expert\n---\nBody.\n",
        )
        // 5. A broken internal link.
        .module(
            "next/links.md",
            "---\ntitle: Links\n---\n\nSee [the setup](../basics/setup.md).\n",
        )
        // 6. A prerequisite naming a missing module.
        .module(
            "next/needs.md",
            "---\ntitle: Needs\nprerequisites: [basics/frist]\n---\nBody.\n",
        )
}

#[test]
fn all_six_errors_are_reported_together_and_the_old_site_survives() {
    let course = TestCourse::fixture("small");
    let first = course.build();
    assert!(first.status.success(), "{}", stderr(&first));
    let out = course.join("public");
    let before = read_tree(&out);

    let course = break_course(course);
    let result = course.build();
    assert_eq!(result.status.code(), Some(1));
    let report = course.report(&result);
    insta::assert_snapshot!(report);
    assert_eq!(
        read_tree(&out),
        before,
        "a failed build must not touch the previous site"
    );
    let leftovers: Vec<_> = fs::read_dir(course.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary folders left behind: {leftovers:?}"
    );

    // `check` reports the same problems and writes nothing.
    let check = course.check();
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(problems(&course.report(&check)), problems(&report));
}

#[test]
fn diagnostics_show_the_source_line_and_a_caret() {
    let course = break_course(TestCourse::fixture("small"));
    let report = stderr(&course.check());
    let start = report.find("error: unknown difficulty").unwrap();
    let block: String = report[start..]
        .lines()
        .take(7)
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!(block, @r"
    error: unknown difficulty `expert`
     --> modules/next/hard.md:3:13
      |
    3 | difficulty: expert
      |             ^^^^^^ not one of the course's levels
      |
      = help: use one of the course's levels: beginner, intermediate, advanced (set in `course.yaml` under `levels`)
    ");
}

#[test]
fn a_foreign_output_folder_is_refused_and_left_alone() {
    let course = TestCourse::fixture("small");
    let foreign = course.beside("holiday-photos");
    fs::create_dir_all(&foreign).unwrap();
    fs::write(foreign.join("beach.jpg"), "not really a photo").unwrap();
    let before = read_tree(&foreign);
    let result = course.run("build", &["-o", path_str(&foreign)]);
    assert_eq!(result.status.code(), Some(2));
    insta::assert_snapshot!(course.report(&result));
    assert_eq!(read_tree(&foreign), before);

    // With --force, the user takes responsibility and the folder is replaced.
    let forced = course.run("build", &["-o", path_str(&foreign), "--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(foreign.join("index.html").is_file() && !foreign.join("beach.jpg").exists());
}

#[test]
fn the_course_and_its_parents_are_never_the_output() {
    let course = TestCourse::fixture("small");
    let temp = course.path().parent().unwrap();
    let before = read_tree(temp);
    let mut reports = String::new();
    for out in [
        course.path().to_path_buf(),
        temp.to_path_buf(),
        course.join("modules/site"),
    ] {
        let result = course.run("build", &["-o", path_str(&out), "--force"]);
        assert_eq!(result.status.code(), Some(2), "{}", out.display());
        reports.push_str(&course.report(&result));
    }
    insta::assert_snapshot!(reports);
    assert_eq!(read_tree(temp), before);
}

#[test]
fn warnings_do_not_fail_the_build_unless_strict() {
    let long = format!("---\ntitle: Long\n---\n\n{}\n", "word ".repeat(2500));
    let course = TestCourse::fixture("small").module("next/long.md", &long);
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    insta::assert_snapshot!(course.report(&result));
    let strict = course.run("build", &["--strict"]);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn duplicate_ids_and_urls_name_both_files() {
    let course = TestCourse::fixture("small")
        .module("next/copy.md", "---\ntitle: Copy\nid: basics/first\n---\n")
        .module("next/Later.md", "---\ntitle: Later again\n---\n");
    let result = course.check();
    assert_eq!(result.status.code(), Some(1));
    insta::assert_snapshot!(course.report(&result));
}

#[test]
fn anchors_and_static_links_are_checked() {
    let course = TestCourse::fixture("small").module(
        "next/anchors.md",
        "---\ntitle: Anchors\n---\n\n[a](../basics/second.md#in-dept) [b](/images/circle.svg) [c](#nowhere)\n",
    );
    let result = course.check();
    assert_eq!(result.status.code(), Some(1));
    insta::assert_snapshot!(course.report(&result));
}

#[test]
fn binary_and_broken_files_are_errors_not_crashes() {
    let course = TestCourse::fixture("small")
        .file("modules/next/binary.md", [0xff, 0xfe, 0x00, 0x41])
        .module("next/empty.md", "")
        .module("next/open.md", "---\ntitle: Never closed\n\nText\n")
        .module(
            "next/bomb.md",
            &format!(
                "---\ntitle: Bomb\na: &a [{}]\nb: &b [{}]\nc: [{}]\n---\n",
                "x,".repeat(100),
                "*a,".repeat(100),
                "*b,".repeat(100)
            ),
        );
    let result = course.check();
    assert_eq!(result.status.code(), Some(1));
    insta::assert_snapshot!(course.report(&result));
}

#[test]
fn course_and_unit_settings_errors_come_with_module_errors() {
    let course = TestCourse::fixture("small")
        .config("title: Small\nlevels: [easy, hard]\nmodule_minute: 5\n")
        .file("modules/basics/_unit.yaml", "title: Basics\nwieght: 2\n");
    let result = course.check();
    assert_eq!(result.status.code(), Some(1));
    // The levels of course.yaml still apply despite its unknown key.
    insta::assert_snapshot!(course.report(&result));
}

#[test]
fn micro_learning_checks_warn_and_strict_turns_them_into_errors() {
    let mut course = TestCourse::fixture("small").module(
        "next/aimless.md",
        "---\ntitle: Aimless\n---\nNo objectives here.\n",
    );
    for n in 1..=13 {
        course = course.module(
            &format!("big/part-{n:02}.md"),
            &format!("---\ntitle: Part {n}\nobjectives: [Learn part {n}.]\n---\nBody.\n"),
        );
    }
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    insta::assert_snapshot!(course.report(&result));
    let strict = course.run("build", &["--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
}

/// `check` says what `build` will say: addresses that cannot be written (an alias over a
/// generated file or the output marker, a name longer than file systems allow) are located
/// content errors in both, never a raw system error from `build` after a clean `check`.
#[test]
fn check_refuses_every_address_that_build_could_not_write() {
    let long_tag = "t".repeat(300);
    let cases = [
        ("aliases: [/style.css]", "the alias `/style.css/`"),
        ("aliases: [/course.json]", "the alias `/course.json/`"),
        ("aliases: [/404.html]", "the alias `/404.html/`"),
        (
            "aliases: [/search-index.json/]",
            "the alias `/search-index.json/`",
        ),
        (
            "aliases: [/.syllabus-output]",
            "invalid alias `/.syllabus-output`",
        ),
        ("aliases: [/.git/config]", "invalid alias `/.git/config`"),
        (
            "aliases: [/images/square.svg]",
            "the alias `/images/square.svg/`",
        ),
        (
            &format!("tags: [{long_tag}]") as &str,
            "this tag is too long",
        ),
        (
            &format!("id: basics/{long_tag}") as &str,
            "file systems allow at most 255",
        ),
    ];
    let mut reports = String::new();
    for (front, says) in cases {
        let course = TestCourse::fixture("small").module(
            "basics/odd.md",
            &format!("---\ntitle: Odd\n{front}\n---\nBody.\n"),
        );
        let check = course.check();
        let build = course.build();
        for (what, result) in [("check", &check), ("build", &build)] {
            let report = stderr(result);
            assert_eq!(result.status.code(), Some(1), "{front}: {what}: {report}");
            assert!(
                report.contains(says),
                "{front}: {what} should say {says:?}: {report}"
            );
            for raw in [
                "Is a directory",
                "Not a directory",
                "File name too long",
                "os error",
            ] {
                assert!(!report.contains(raw), "{front}: {what}: {report}");
            }
        }
        let report = course.report(&check);
        assert_eq!(
            problems(&course.report(&build)),
            problems(&report),
            "{front}"
        );
        reports.push_str(&format!("==> {front:.40}\n{report}\n"));
        assert!(!course.join("public").exists(), "{front}");
    }
    insta::assert_snapshot!(reports);
}

/// A static file and a module folder that need the same name as file and as folder.
#[test]
fn a_file_where_a_folder_is_needed_is_an_error_naming_both() {
    let course = TestCourse::fixture("small").file("static/basics", "a file named like the unit");
    let result = course.check();
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    insta::assert_snapshot!(course.report(&result));
}

/// Minutes add up without wrapping around, however large the numbers authors write.
#[test]
fn huge_minutes_add_up_without_wrapping() {
    let mut course = TestCourse::fixture("small");
    for name in ["one", "two", "three"] {
        course = course.module(
            &format!("next/{name}.md"),
            &format!("---\ntitle: Long {name}\nminutes: 4294967295\n---\nBody.\n"),
        );
    }
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let home = course.read("public/index.html");
    let total: u64 = home
        .split_once("about ")
        .and_then(|(_, rest)| rest.split_once(" minutes in all"))
        .and_then(|(number, _)| number.parse().ok())
        .unwrap_or_else(|| panic!("no total on the home page"));
    assert!(
        total >= 3 * u64::from(u32::MAX),
        "the total wrapped around: {total}"
    );
}

/// Two spellings of one accented name (composed and decomposed, as macOS may store it) are one
/// file on macOS: an error naming both, not two addresses that look alike.
#[test]
fn names_that_differ_only_in_unicode_normalisation_are_an_error() {
    let composed = "caf\u{e9}";
    let decomposed = "cafe\u{301}";
    let course = TestCourse::fixture("small")
        .module(
            &format!("next/{composed}.md"),
            "---\ntitle: One\n---\nBody.\n",
        )
        .module(
            &format!("next/{decomposed}.md"),
            "---\ntitle: Two\n---\nBody.\n",
        )
        .file(&format!("static/{composed}.txt"), "one")
        .file(&format!("static/{decomposed}.txt"), "two");
    let result = course.check();
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    let report = course.report(&result);
    // Both spellings are in the snapshot, which shows them alike: checked here byte for byte.
    for name in [
        format!("modules/next/{composed}.md"),
        format!("modules/next/{decomposed}.md"),
        format!("static/{decomposed}.txt"),
    ] {
        assert!(report.contains(&name), "{name:?} in {report}");
    }
    insta::assert_snapshot!(report);
}

/// A module whose front matter cannot be read is the one error: what only follows from it (a
/// prerequisite naming it, a path listing it, a link to it, a did-you-mean pointing at
/// another module) is not reported as well.
#[test]
fn a_broken_front_matter_is_reported_without_its_consequences() {
    let course = TestCourse::fixture("small")
        .module("basics/first.md", "---\ntitle: [unclosed\n---\nBody.\n")
        .module(
            "next/needs-first.md",
            "---\ntitle: Needs the first\nprerequisites: [basics/first]\n---\nSee [the first](../basics/first.md).\n",
        )
        .add_config(
            "paths:\n  - id: start\n    title: Start\n    modules: [basics/first, basics/second]\n",
        );
    let result = course.check();
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    // Only the cause: `1 error`, and no `not a module of this course` nor `basics/second`?`.
    insta::assert_snapshot!(course.report(&result));
}

/// The diagnostics of a report, without its last line (`error: check failed`, `error: build
/// failed; ...`), which says what the command did.
fn problems(report: &str) -> String {
    let (problems, last) = report.trim_end().rsplit_once('\n').unwrap_or(("", report));
    assert!(last.starts_with("error: "), "{report}");
    problems.to_string()
}

/// A theme's static file used to lose silently to a generated file of the same name.
#[test]
fn a_theme_file_named_like_a_generated_file_is_an_error_at_the_theme_file() {
    let (_dir, course) = course_copy(Path::new("tests/fixtures/small"));
    let statics = course.join("themes/mine/static");
    fs::create_dir_all(&statics).unwrap();
    fs::write(statics.join("sitemap.xml"), "<urlset/>\n").unwrap();
    fs::write(statics.join("extra.css"), "p {}\n").unwrap();
    let config = course.join("course.yaml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(&config, format!("{text}theme: mine\n")).unwrap();
    let output = syllabus(&["check", path_str(&course)]);
    let stderr = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "error: the theme file `sitemap.xml` and the generated `sitemap.xml` would both be published as `/sitemap.xml`\n --> themes/mine/static/sitemap.xml"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("1 error, 0 warnings"), "{stderr}");
}
