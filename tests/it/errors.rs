//! Content errors are all reported in one run, with file, line and column, and a failed or
//! refused build leaves existing folders exactly as they were.

use std::fs;
use std::path::Path;

use crate::common::*;

/// Breaks a working course in six different ways, one per file.
fn break_course(course: &std::path::Path) {
    let write = |path: &str, text: &str| fs::write(course.join(path), text).unwrap();
    // 1. A YAML syntax error.
    write(
        "modules/next/syntax.md",
        "---\ntitle: Fine\ntags: [unclosed\n---\nBody.\n",
    );
    // 2. An unknown key.
    write(
        "modules/next/unknown.md",
        "---\ntitle: Unknown key\ndificulty: beginner\n---\nBody.\n",
    );
    // 3. A missing title.
    write(
        "modules/next/untitled.md",
        "---\ndescription: No title here.\n---\nBody.\n",
    );
    // 4. An unknown difficulty.
    write(
        "modules/next/hard.md",
        "---\ntitle: Hard\ndifficulty: expert\n---\nBody.\n",
    );
    // 5. A broken internal link.
    write(
        "modules/next/links.md",
        "---\ntitle: Links\n---\n\nSee [the setup](../basics/setup.md).\n",
    );
    // 6. A prerequisite naming a missing module.
    write(
        "modules/next/needs.md",
        "---\ntitle: Needs\nprerequisites: [basics/frist]\n---\nBody.\n",
    );
}

#[test]
fn all_six_errors_are_reported_together_and_the_old_site_survives() {
    let (_guard, course) = course_copy(&fixture("small"));
    let first = syllabus(&["build", path_str(&course)]);
    assert!(first.status.success(), "{}", stderr(&first));
    let out = course.join("public");
    let before = read_tree(&out);

    break_course(&course);
    let result = syllabus(&["build", path_str(&course)]);
    assert_eq!(result.status.code(), Some(1));
    let report = stderr(&result);
    for (location, message) in [
        ("modules/next/syntax.md:3:", "invalid YAML"),
        ("modules/next/unknown.md:3:1", "unknown key `dificulty`"),
        ("modules/next/untitled.md:1:1", "this module has no `title`"),
        ("modules/next/hard.md:3:13", "unknown difficulty `expert`"),
        ("modules/next/links.md:5:5", "the link `../basics/setup.md`"),
        (
            "modules/next/needs.md:3:17",
            "the prerequisite `basics/frist` is not a module",
        ),
    ] {
        assert!(
            report.contains(location),
            "missing {location} in:\n{report}"
        );
        assert!(report.contains(message), "missing {message} in:\n{report}");
    }
    assert!(
        report.contains("help: did you mean `difficulty`?"),
        "{report}"
    );
    assert!(
        report.contains("help: did you mean `basics/first`?"),
        "{report}"
    );
    assert!(report.contains("6 errors"), "{report}");
    assert!(
        report.contains("the previous site was left as it was"),
        "{report}"
    );
    assert_eq!(
        read_tree(&out),
        before,
        "a failed build must not touch the previous site"
    );
    let leftovers: Vec<_> = fs::read_dir(&course)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary folders left behind: {leftovers:?}"
    );

    // `check` reports the same problems and writes nothing.
    let check = syllabus(&["check", path_str(&course)]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stderr(&check).contains("6 errors"));
}

#[test]
fn diagnostics_show_the_source_line_and_a_caret() {
    let (_guard, course) = course_copy(&fixture("small"));
    break_course(&course);
    let report = stderr(&syllabus(&["check", path_str(&course)]));
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
    let (guard, course) = course_copy(&fixture("small"));
    let foreign = guard.path().join("holiday-photos");
    fs::create_dir_all(&foreign).unwrap();
    fs::write(foreign.join("beach.jpg"), "not really a photo").unwrap();
    let before = read_tree(&foreign);
    let result = syllabus(&["build", path_str(&course), "-o", path_str(&foreign)]);
    assert_eq!(result.status.code(), Some(2));
    assert!(
        stderr(&result).contains("not empty and was not made by Syllabus"),
        "{}",
        stderr(&result)
    );
    assert_eq!(read_tree(&foreign), before);

    // With --force, the user takes responsibility and the folder is replaced.
    let forced = syllabus(&[
        "build",
        path_str(&course),
        "-o",
        path_str(&foreign),
        "--force",
    ]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(foreign.join("index.html").is_file() && !foreign.join("beach.jpg").exists());
}

#[test]
fn the_course_and_its_parents_are_never_the_output() {
    let (guard, course) = course_copy(&fixture("small"));
    let before = read_tree(guard.path());
    for out in [
        course.clone(),
        guard.path().to_path_buf(),
        course.join("modules/site"),
    ] {
        let result = syllabus(&["build", path_str(&course), "-o", path_str(&out), "--force"]);
        assert_eq!(result.status.code(), Some(2), "{}", out.display());
        assert!(stderr(&result).contains("refusing"), "{}", stderr(&result));
    }
    assert_eq!(read_tree(guard.path()), before);
}

#[test]
fn warnings_do_not_fail_the_build_unless_strict() {
    let (_guard, course) = course_copy(&fixture("small"));
    let long = format!("---\ntitle: Long\n---\n\n{}\n", "word ".repeat(2500));
    fs::write(course.join("modules/next/long.md"), long).unwrap();
    let result = syllabus(&["build", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(
        stderr(&result).contains("warning: this module takes about 13 minutes"),
        "{}",
        stderr(&result)
    );
    assert!(
        stderr(&result).contains("modules/next/long.md:2:8"),
        "{}",
        stderr(&result)
    );
    let strict = syllabus(&["build", path_str(&course), "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn duplicate_ids_and_urls_name_both_files() {
    let (_guard, course) = course_copy(&fixture("small"));
    fs::write(
        course.join("modules/next/copy.md"),
        "---\ntitle: Copy\nid: basics/first\n---\n",
    )
    .unwrap();
    fs::write(
        course.join("modules/next/Later.md"),
        "---\ntitle: Later again\n---\n",
    )
    .unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    assert_eq!(result.status.code(), Some(1));
    let report = stderr(&result);
    assert!(
        report.contains("two modules have the id `basics/first`"),
        "{report}"
    );
    assert!(
        report.contains("modules/basics/first.md") && report.contains("modules/next/copy.md"),
        "{report}"
    );
    assert!(
        report.contains("would both be published at `/next/later/`"),
        "{report}"
    );
    assert!(
        report.contains("modules/next/Later.md") && report.contains("modules/next/later.md"),
        "{report}"
    );
}

#[test]
fn anchors_and_static_links_are_checked() {
    let (_guard, course) = course_copy(&fixture("small"));
    fs::write(
        course.join("modules/next/anchors.md"),
        "---\ntitle: Anchors\n---\n\n[a](../basics/second.md#in-dept) [b](/images/circle.svg) [c](#nowhere)\n",
    )
    .unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    assert_eq!(result.status.code(), Some(1));
    let report = stderr(&result);
    assert!(
        report.contains("`#in-dept` is not a heading of `modules/basics/second.md`"),
        "{report}"
    );
    assert!(report.contains("did you mean `#in-depth`?"), "{report}");
    assert!(report.contains("modules/next/anchors.md:5:34"), "{report}");
    assert!(
        report.contains("`/images/circle.svg`, which is not a page or file"),
        "{report}"
    );
    assert!(report.contains("`#nowhere` is not a heading"), "{report}");
}

#[test]
fn binary_and_broken_files_are_errors_not_crashes() {
    let (_guard, course) = course_copy(&fixture("small"));
    fs::write(
        course.join("modules/next/binary.md"),
        [0xff, 0xfe, 0x00, 0x41],
    )
    .unwrap();
    fs::write(course.join("modules/next/empty.md"), "").unwrap();
    fs::write(
        course.join("modules/next/open.md"),
        "---\ntitle: Never closed\n\nText\n",
    )
    .unwrap();
    fs::write(
        course.join("modules/next/bomb.md"),
        format!(
            "---\ntitle: Bomb\na: &a [{}]\nb: &b [{}]\nc: [{}]\n---\n",
            "x,".repeat(100),
            "*a,".repeat(100),
            "*b,".repeat(100)
        ),
    )
    .unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    assert_eq!(result.status.code(), Some(1));
    let report = stderr(&result);
    assert!(
        report.contains("modules/next/binary.md") && report.contains("not valid UTF-8"),
        "{report}"
    );
    assert!(
        report.contains("modules/next/empty.md:1:1") && report.contains("this module is empty"),
        "{report}"
    );
    assert!(
        report.contains("modules/next/open.md:1:1") && report.contains("never closed"),
        "{report}"
    );
    assert!(report.contains("modules/next/bomb.md"), "{report}");
}

#[test]
fn course_and_unit_settings_errors_come_with_module_errors() {
    let (_guard, course) = course_copy(&fixture("small"));
    fs::write(
        course.join("course.yaml"),
        "title: Small\nlevels: [easy, hard]\nmodule_minute: 5\n",
    )
    .unwrap();
    fs::write(
        course.join("modules/basics/_unit.yaml"),
        "title: Basics\nwieght: 2\n",
    )
    .unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    assert_eq!(result.status.code(), Some(1));
    let report = stderr(&result);
    assert!(
        report.contains("course.yaml:3:1") && report.contains("did you mean `module_minutes`?"),
        "{report}"
    );
    assert!(
        report.contains("modules/basics/_unit.yaml:2:1")
            && report.contains("did you mean `weight`?"),
        "{report}"
    );
    // The levels of course.yaml still apply despite its unknown key.
    assert!(
        report.contains("unknown difficulty `intermediate`")
            && report.contains("use one of the course's levels: easy, hard"),
        "{report}"
    );
}

#[test]
fn micro_learning_checks_warn_and_strict_turns_them_into_errors() {
    let (_guard, course) = course_copy(&fixture("small"));
    fs::create_dir_all(course.join("modules/big")).unwrap();
    for n in 1..=13 {
        fs::write(
            course.join(format!("modules/big/part-{n:02}.md")),
            format!("---\ntitle: Part {n}\nobjectives: [Learn part {n}.]\n---\nBody.\n"),
        )
        .unwrap();
    }
    fs::write(
        course.join("modules/next/aimless.md"),
        "---\ntitle: Aimless\n---\nNo objectives here.\n",
    )
    .unwrap();
    let result = syllabus(&["build", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let report = stderr(&result);
    for expected in [
        "warning: the unit `big` has 13 modules, more than 12",
        "modules/big",
        "help: split it into two units",
        "warning: this module has no objectives",
        "modules/next/aimless.md:2:8",
        "help: add `objectives:`",
        "0 errors, 2 warnings",
    ] {
        assert!(
            report.contains(expected),
            "missing `{expected}` in:\n{report}"
        );
    }
    let strict = syllabus(&["build", path_str(&course), "--strict"]);
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
    for (front, says) in cases {
        let (_guard, course) = course_copy(&fixture("small"));
        fs::write(
            course.join("modules/basics/odd.md"),
            format!("---\ntitle: Odd\n{front}\n---\nBody.\n"),
        )
        .unwrap();
        let check = syllabus(&["check", path_str(&course)]);
        let build = syllabus(&["build", path_str(&course)]);
        for (what, result) in [("check", &check), ("build", &build)] {
            let report = stderr(result);
            assert_eq!(result.status.code(), Some(1), "{front}: {what}: {report}");
            assert!(
                report.contains(says),
                "{front}: {what} should say {says:?}: {report}"
            );
            assert!(
                report.contains("modules/basics/odd.md"),
                "{front}: {what}: {report}"
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
        assert!(!course.join("public").exists(), "{front}");
    }
}

/// A static file and a module folder that need the same name as file and as folder.
#[test]
fn a_file_where_a_folder_is_needed_is_an_error_naming_both() {
    let (_guard, course) = course_copy(&fixture("small"));
    fs::write(course.join("static/basics"), "a file named like the unit").unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    let report = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{report}");
    assert!(
        report.contains(
            "needs the folder `/basics/`, but the file `static/basics` is the file `/basics`"
        ),
        "{report}"
    );
}

/// Minutes add up without wrapping around, however large the numbers authors write.
#[test]
fn huge_minutes_add_up_without_wrapping() {
    let (_guard, course) = course_copy(&fixture("small"));
    for name in ["one", "two", "three"] {
        fs::write(
            course.join(format!("modules/next/{name}.md")),
            format!("---\ntitle: Long {name}\nminutes: 4294967295\n---\nBody.\n"),
        )
        .unwrap();
    }
    let result = syllabus(&["build", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let home = fs::read_to_string(course.join("public/index.html")).unwrap();
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
    let (_guard, course) = course_copy(&fixture("small"));
    let composed = "caf\u{e9}";
    let decomposed = "cafe\u{301}";
    for (name, title) in [(composed, "One"), (decomposed, "Two")] {
        fs::write(
            course.join(format!("modules/next/{name}.md")),
            format!("---\ntitle: {title}\n---\nBody.\n"),
        )
        .unwrap();
    }
    fs::write(course.join(format!("static/{composed}.txt")), "one").unwrap();
    fs::write(course.join(format!("static/{decomposed}.txt")), "two").unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    let report = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{report}");
    assert!(
        report.contains(&format!("modules/next/{composed}.md")),
        "{report}"
    );
    assert!(
        report.contains(&format!("modules/next/{decomposed}.md")),
        "{report}"
    );
    assert!(
        report.contains(&format!("static/{decomposed}.txt")),
        "{report}"
    );
}

/// A module whose front matter cannot be read is the one error: what only follows from it (a
/// prerequisite naming it, a path listing it, a link to it, a did-you-mean pointing at
/// another module) is not reported as well.
#[test]
fn a_broken_front_matter_is_reported_without_its_consequences() {
    let (_guard, course) = course_copy(&fixture("small"));
    fs::write(
        course.join("modules/basics/first.md"),
        "---\ntitle: [unclosed\n---\nBody.\n",
    )
    .unwrap();
    fs::write(
        course.join("modules/next/needs-first.md"),
        "---\ntitle: Needs the first\nprerequisites: [basics/first]\n---\nSee [the first](../basics/first.md).\n",
    )
    .unwrap();
    let config = course.join("course.yaml");
    let original = fs::read_to_string(&config).unwrap();
    fs::write(
        &config,
        format!("{original}paths:\n  - id: start\n    title: Start\n    modules: [basics/first, basics/second]\n"),
    )
    .unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    let report = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{report}");
    assert!(report.contains("modules/basics/first.md:2:"), "{report}");
    assert!(
        report.contains("1 error, "),
        "only the cause is reported: {report}"
    );
    assert!(!report.contains("not a module of this course"), "{report}");
    assert!(!report.contains("basics/second`?"), "{report}");
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
