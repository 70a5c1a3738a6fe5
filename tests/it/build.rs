//! `syllabus build` and `syllabus check`, run as a user runs them, on copies of fixture courses.

use std::fs;

use crate::common::*;

#[test]
fn small_course_builds_every_page_kind() {
    let course = TestCourse::fixture("small");
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let out = course.join("public");
    for page in [
        "index.html",
        "404.html",
        "basics/index.html",
        "basics/first/index.html",
        "basics/second/index.html",
        "next/later/index.html",
        "tags/index.html",
        "tags/start/index.html",
        "tags/steps/index.html",
        "old/first/index.html",
        "sitemap.xml",
        "robots.txt",
        ".nojekyll",
        "style.css",
        "highlight.css",
        "images/square.svg",
        "basics/img/diagram.svg",
    ] {
        assert!(out.join(page).is_file(), "missing {page}");
    }
    // Drafts are left out unless asked for.
    assert!(!out.join("next/unfinished").exists());
    let first = course.read("public/basics/first/index.html");
    assert!(
        first.contains("<title>First steps · Small course</title>"),
        "{first}"
    );
    assert!(first.contains("<meta name=\"description\" content=\"The very first module.\">"));
    assert!(first.contains("<meta property=\"og:title\" content=\"First steps\">"));
    assert!(
        first.contains("<h2 id=\"getting-ready-1\">"),
        "duplicate headings get unique ids"
    );
    assert!(
        first.contains("href=\"../../basics/second/#in-depth\""),
        "module links become page URLs"
    );
    assert!(
        first.contains("<li>Take the <code>first</code> step.</li>"),
        "objectives render inline Markdown"
    );
    let second = course.read("public/basics/second/index.html");
    assert!(second.contains("class=\"callout callout-tip\""));
    assert!(second.contains("<span class=\"hl-"), "code is highlighted");
    assert!(second.contains("rel=\"prev\" href=\"../../basics/first/\""));
    let redirect = course.read("public/old/first/index.html");
    assert!(
        redirect.contains("http-equiv=\"refresh\" content=\"0; url=../../basics/first/\""),
        "{redirect}"
    );
    let tag = course.read("public/tags/steps/index.html");
    assert!(
        tag.contains("First steps") && tag.contains("Second steps"),
        "tags that differ in case share a page"
    );
}

#[test]
fn drafts_are_built_on_request() {
    let course = TestCourse::fixture("small");
    let result = course.run("build", &["--drafts"]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(course.join("public/next/unfinished/index.html").is_file());
}

#[test]
fn every_link_resolves_at_the_root_and_under_a_sub_path() {
    for source in [fixture("small"), example_course()] {
        let (_guard, course) = course_copy(&source);
        for (base_url, base_path) in [
            (None, "/"),
            (Some("https://user.github.io/repo/"), "/repo/"),
            (Some("/repo"), "/repo/"),
        ] {
            let out = course.join("public");
            let mut args = vec!["build", path_str(&course)];
            if let Some(url) = base_url {
                args.extend(["--base-url", url]);
            }
            let result = syllabus(&args);
            assert!(
                result.status.success(),
                "{}: {}",
                source.display(),
                stderr(&result)
            );
            let (broken, checked) = broken_links(&out, base_path);
            assert!(
                checked > 20,
                "only {checked} links checked in {}",
                source.display()
            );
            assert!(
                broken.is_empty(),
                "{} under {base_path}:\n{}",
                source.display(),
                broken.join("\n")
            );
            let not_found = fs::read_to_string(out.join("404.html")).unwrap();
            assert!(
                not_found.contains(&format!("href=\"{base_path}style.css\"")),
                "the 404 page uses absolute links"
            );
        }
    }
}

#[test]
fn absolute_base_url_gives_absolute_canonical_and_sitemap_urls() {
    let (_guard, course) = course_copy(&fixture("small"));
    let result = syllabus(&[
        "build",
        path_str(&course),
        "--base-url",
        "https://user.github.io/repo",
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    let out = course.join("public");
    let page = fs::read_to_string(out.join("basics/first/index.html")).unwrap();
    assert!(
        page.contains(
            "<link rel=\"canonical\" href=\"https://user.github.io/repo/basics/first/\">"
        )
    );
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(
        sitemap.contains("<loc>https://user.github.io/repo/basics/first/</loc>"),
        "{sitemap}"
    );
    assert!(
        !sitemap.contains("old/first"),
        "redirects are not in the sitemap"
    );
    let robots = fs::read_to_string(out.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://user.github.io/repo/sitemap.xml"));
}

#[test]
fn two_builds_are_byte_identical() {
    let (_guard, course) = course_copy(&example_course());
    let out_a = course.parent().unwrap().join("a");
    let out_b = course.parent().unwrap().join("b");
    for out in [&out_a, &out_b] {
        let result = syllabus(&["build", path_str(&course), "-o", path_str(out)]);
        assert!(result.status.success(), "{}", stderr(&result));
    }
    let (a, b) = (read_tree(&out_a), read_tree(&out_b));
    assert!(a.len() > 20);
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(b[path] == *bytes, "{path} differs between two builds");
    }
}

#[test]
fn check_validates_without_writing() {
    let course = TestCourse::fixture("small");
    let result = course.check();
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(stderr(&result).contains("no errors"));
    assert!(!course.join("public").exists());
}

#[test]
fn bom_and_crlf_modules_are_accepted() {
    let course = TestCourse::fixture("small").module(
        "next/windows.md",
        "\u{feff}---\r\ntitle: Written on Windows\r\n---\r\n\r\n## A heading\r\n\r\nText.\r\n",
    );
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let page = course.read("public/next/windows/index.html");
    assert!(page.contains("<h1>Written on Windows</h1>"));
    assert!(page.contains("<h2 id=\"a-heading\">"));
}

#[test]
fn template_overrides_take_effect() {
    let course = TestCourse::fixture("small").file(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<h1>Lost? {{ site.title }}</h1>{% endblock main %}",
    );
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let page = course.read("public/404.html");
    assert!(page.contains("<h1>Lost? Small course</h1>"), "{page}");
}

#[test]
fn a_broken_template_is_reported_with_its_file() {
    let course = TestCourse::fixture("small").file(
        "templates/module.html",
        "{% extends \"base.html\" %}{% block main %}{{ module.title }{% endblock main %}",
    );
    let result = course.build();
    assert_eq!(result.status.code(), Some(1));
    insta::assert_snapshot!(course.report(&result));
}

#[test]
fn usage_errors_exit_with_2() {
    let result = syllabus(&["build", "--no-such-flag"]);
    assert_eq!(result.status.code(), Some(2));
    let (_guard, course) = course_copy(&fixture("small"));
    let result = syllabus(&["build", path_str(&course), "--base-url", "ftp://x"]);
    assert_eq!(result.status.code(), Some(2));
    assert!(stderr(&result).contains("--base-url"));
    // An address without its scheme is not taken for a path.
    let result = syllabus(&[
        "build",
        path_str(&course),
        "--base-url",
        "someone.github.io/course",
    ]);
    assert_eq!(result.status.code(), Some(2));
    let report = stderr(&result);
    assert!(
        report.contains("did you mean `https://someone.github.io/course/`?"),
        "{report}"
    );
    assert!(report.contains("help: write the full address"), "{report}");
    assert!(!course.join("public").exists());
}

#[test]
fn a_folder_without_course_yaml_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let result = syllabus(&["build", path_str(dir.path())]);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr(&result).contains("no `course.yaml`"),
        "{}",
        stderr(&result)
    );
    assert!(!dir.path().join("public").exists());
}

#[test]
fn init_creates_a_course_that_builds() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("intro-to-rust");
    let result = syllabus(&["init", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let gitignore = fs::read_to_string(course.join(".gitignore")).unwrap();
    assert!(gitignore.lines().any(|l| l == "public/"));
    let workflow = fs::read_to_string(course.join(".github/workflows/pages.yml")).unwrap();
    assert!(
        workflow.contains("actions/deploy-pages") && workflow.contains("syllabus build --base-url")
    );
    // Syllabus is installed through this repository's setup action, at the version that wrote
    // the file (by tag here: a test build does not know the commit of its release).
    let repository = env!("CARGO_PKG_REPOSITORY");
    let version = env!("CARGO_PKG_VERSION");
    let slug = repository.trim_start_matches("https://github.com/");
    assert!(
        workflow.contains(&format!("uses: {slug}@v{version} ")),
        "{workflow}"
    );
    assert!(!course.join(".gitlab-ci.yml").exists());
    let result = syllabus(&["build", path_str(&course), "--strict"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let index = fs::read_to_string(course.join("public/index.html")).unwrap();
    assert!(index.contains("<h1>Intro to rust</h1>"), "{index}");
    // The sample path leads to the last module through the other two.
    let path = fs::read_to_string(course.join("public/paths/publish/index.html")).unwrap();
    assert_eq!(path.matches("class=\"module-card\"").count(), 3, "{path}");
    let (broken, _) = broken_links(&course.join("public"), "/");
    assert!(broken.is_empty(), "{broken:?}");
    // A second init into the same folder is refused and changes nothing.
    let before = read_tree(&course);
    let again = syllabus(&["init", path_str(&course)]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(read_tree(&course), before);
}

#[test]
fn init_ci_gitlab_writes_a_gitlab_pages_job_instead() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("course");
    let result = syllabus(&["init", path_str(&course), "--ci", "gitlab"]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(!course.join(".github").exists());
    let text = fs::read_to_string(course.join(".gitlab-ci.yml")).unwrap();
    let ci: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    // GitLab Pages publishes the `public` artifact of the job named `pages`.
    let job = &ci["pages"];
    assert_eq!(
        job["artifacts"]["paths"],
        serde_json::json!(["public"]),
        "{text}"
    );
    let script = job["script"].to_string();
    assert!(
        script.contains(r#"syllabus build --base-url \"$CI_PAGES_URL/\""#),
        "{script}"
    );
    // The release binary of the version that wrote the file, checked before it is used.
    let setup = job["before_script"].to_string();
    assert!(setup.contains("sha256sum -c"), "{setup}");
    let release = format!(
        "{}/releases/download/v{}",
        env!("CARGO_PKG_REPOSITORY"),
        env!("CARGO_PKG_VERSION")
    );
    assert_eq!(
        job["variables"]["SYLLABUS_RELEASE"],
        release.as_str(),
        "{text}"
    );
    let module = fs::read_to_string(course.join("modules/going-further/publishing.md")).unwrap();
    assert!(module.contains("GitLab Pages"), "{module}");
    let result = syllabus(&["build", path_str(&course), "--strict"]);
    assert!(result.status.success(), "{}", stderr(&result));
}

#[test]
fn init_ci_none_writes_no_ci_file() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("course");
    let result = syllabus(&["init", path_str(&course), "--ci", "none"]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(!course.join(".github").exists() && !course.join(".gitlab-ci.yml").exists());
    let result = syllabus(&["build", path_str(&course), "--strict"]);
    assert!(result.status.success(), "{}", stderr(&result));
}

#[test]
fn init_language_fi_writes_a_finnish_course_that_builds_strictly() {
    for ci in ["github", "gitlab", "none"] {
        let dir = tempfile::tempdir().unwrap();
        let course = dir.path().join("johdatus-rustiin");
        let result = syllabus(&["init", path_str(&course), "--language", "fi", "--ci", ci]);
        assert!(result.status.success(), "{}", stderr(&result));
        // The sample is in Finnish, so there is nothing in English to point out.
        assert!(!stderr(&result).contains("English"), "{}", stderr(&result));
        let settings = fs::read_to_string(course.join("course.yaml")).unwrap();
        assert!(settings.contains("\nlanguage: fi\n"), "{settings}");
        // The title still comes from the folder name.
        assert!(
            settings.contains("title: \"Johdatus rustiin\"\n"),
            "{settings}"
        );
        let result = syllabus(&["build", path_str(&course), "--strict"]);
        assert!(result.status.success(), "{}", stderr(&result));
        let report = stderr(&result);
        assert!(
            !report.contains("warning") && !report.contains("error"),
            "{report}"
        );
        let out = course.join("public");
        let (broken, _) = broken_links(&out, "/");
        assert!(broken.is_empty(), "{broken:?}");
        let publishing = match ci {
            "github" => "Julkaise GitHub Pagesissa",
            "gitlab" => "Julkaise GitLab Pagesissa",
            _ => "Julkaise missä tahansa",
        };
        for (module, headings) in [
            (
                "getting-started/welcome",
                &[
                    "<h1>Tervetuloa",
                    "Miten moduuli kirjoitetaan",
                    "Mitä seuraavaksi",
                ][..],
            ),
            (
                "getting-started/writing-modules",
                &[
                    "<h1>Moduulin kirjoittaminen",
                    "Linkit ja koodi",
                    "Tarkista, mitä opit",
                ],
            ),
            (
                "going-further/publishing",
                &["<h1>Kurssin julkaiseminen", "Rakenna sivusto", publishing],
            ),
        ] {
            let page = fs::read_to_string(out.join(module).join("index.html")).unwrap();
            assert!(page.contains("<html lang=\"fi\""), "{module}: {page}");
            for heading in headings {
                assert!(page.contains(heading), "{module} lacks {heading}: {page}");
            }
        }
        // The constructs of the sample work in Finnish too: the callout, the diagram, the quiz.
        let writing =
            fs::read_to_string(out.join("getting-started/writing-modules/index.html")).unwrap();
        for construct in [
            "class=\"callout callout-tip\"",
            "<figure class=\"diagram\">",
            "class=\"quiz\"",
        ] {
            assert!(writing.contains(construct), "{construct}: {writing}");
        }
        // The sample path leads to the last module through the other two.
        let path = fs::read_to_string(out.join("paths/publish/index.html")).unwrap();
        assert_eq!(path.matches("class=\"module-card\"").count(), 3, "{path}");
    }
}

#[test]
fn init_language_de_sets_the_language_and_says_the_sample_is_english() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("kurs");
    let result = syllabus(&["init", path_str(&course), "--language", "de"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let settings = fs::read_to_string(course.join("course.yaml")).unwrap();
    assert!(settings.contains("\nlanguage: de\n"), "{settings}");
    let welcome = fs::read_to_string(course.join("modules/getting-started/welcome.md")).unwrap();
    assert!(welcome.contains("## How a module is written"), "{welcome}");
    let report = stderr(&result);
    assert!(
        report.contains("The sample modules are in English")
            && report.contains("interface (buttons and labels) is in `de`"),
        "{report}"
    );
    let result = syllabus(&["build", path_str(&course), "--strict"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let page =
        fs::read_to_string(course.join("public/getting-started/welcome/index.html")).unwrap();
    assert!(page.contains("<html lang=\"de\""), "{page}");
    // A language whose interface Syllabus does not translate: that is said too, and the course
    // still builds (the build warns about the interface).
    let course = dir.path().join("tlh");
    let result = syllabus(&["init", path_str(&course), "--language", "tlh"]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(
        stderr(&result).contains("and so is the site's interface")
            && stderr(&result).contains("no translation of it for `tlh`"),
        "{}",
        stderr(&result)
    );
    let result = syllabus(&["build", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
}

#[test]
fn init_refuses_a_language_code_that_is_not_one() {
    let dir = tempfile::tempdir().unwrap();
    for code in ["", "fi_FI", "fi FI", "../fi", "fi\"x"] {
        let course = dir.path().join("course");
        let result = syllabus(&["init", path_str(&course), "--language", code]);
        assert_eq!(result.status.code(), Some(2), "{code}: {}", stderr(&result));
        assert!(
            stderr(&result).contains("letters, digits and `-`"),
            "{}",
            stderr(&result)
        );
        assert!(!course.exists(), "{code}");
    }
}

#[test]
fn every_module_page_stays_under_60_kb_with_its_css_and_js() {
    let (_guard, course) = course_copy(&example_course());
    let result = syllabus(&["build", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let out = course.join("public");
    let shared: usize = ["style.css", "highlight.css", "syllabus.js"]
        .iter()
        .map(|f| fs::metadata(out.join(f)).unwrap().len() as usize)
        .sum();
    let mut heaviest = (0, String::new());
    for (path, bytes) in read_tree(&out) {
        let page = String::from_utf8_lossy(&bytes);
        if path.ends_with("index.html") && page.contains("class=\"page-module\"") {
            // A diagram is content the author chose, like an image (whose file is not counted
            // either): its inline SVG is counted apart, and bounded.
            let mut diagrams = 0;
            for (start, _) in page.match_indices("<figure class=\"diagram\">") {
                let figure = page[start..].find("</figure>").unwrap() + "</figure>".len();
                assert!(
                    figure < 20 * 1024,
                    "a diagram of {path} weighs {figure} bytes"
                );
                diagrams += figure;
            }
            heaviest = heaviest.max((bytes.len() - diagrams, path));
        }
    }
    assert!(!heaviest.1.is_empty(), "no module page found");
    let total = heaviest.0 + shared;
    assert!(
        total < 60 * 1024,
        "{} weighs {} bytes with its CSS and JS ({shared} shared)",
        heaviest.1,
        total
    );
}

/// Every page listing every unit would make the site grow with the square of the course.
#[test]
fn pages_of_a_course_with_many_units_list_only_their_own_unit() {
    let page_size = |units: usize| {
        let course = TestCourse::generated(units, 2);
        let out = course.beside("out");
        let output = course.run("build", &["-o", path_str(&out)]);
        assert!(output.status.success(), "{}", stderr(&output));
        let page = fs::read_to_string(out.join("unit-001/m0/index.html")).unwrap();
        let (broken, _) = broken_links(&out, "/");
        assert!(broken.is_empty(), "{broken:?}");
        page
    };
    let few = page_size(30);
    assert_eq!(
        few.matches("Unit number").count(),
        30 + 1,
        "all units, and its own in the breadcrumb/title"
    );
    assert!(!few.contains("All 30 units"));
    let many = page_size(120);
    assert!(many.contains("All 120 units"));
    assert!(
        !many.contains("Unit number 7<"),
        "other units are not listed"
    );
    assert!(many.contains("Unit number 1<"), "its own unit is");
    let many_size = page_size(240).len();
    assert!(
        many_size < many.len() + 200,
        "a module page does not grow with the course: {} then {many_size} bytes",
        many.len()
    );
}

/// `syllabus theme eject` writes the default templates into `templates/`; the course then
/// builds to the very same site, and a second eject keeps the author's edits.
#[test]
fn ejected_templates_build_the_same_site_and_are_never_overwritten() {
    let (_guard, course) = course_copy(&fixture("small"));
    let result = syllabus(&[
        "build",
        path_str(&course),
        "-o",
        path_str(&course.join("before")),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    let result = syllabus(&["theme", "eject", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(
        stderr(&result).contains("Wrote 17 templates"),
        "{}",
        stderr(&result)
    );
    for name in ["base.html", "module.html", "partials/module-list.html"] {
        assert!(course.join("templates").join(name).is_file(), "{name}");
    }
    let result = syllabus(&[
        "build",
        path_str(&course),
        "-o",
        path_str(&course.join("after")),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(!stderr(&result).contains("warning"), "{}", stderr(&result));
    assert_eq!(
        read_tree(&course.join("before")),
        read_tree(&course.join("after"))
    );

    let base = course.join("templates/base.html");
    fs::write(&base, "{{ page.title }} edited").unwrap();
    let result = syllabus(&["theme", "eject", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(
        stderr(&result).contains("kept your `templates/base.html`"),
        "{}",
        stderr(&result)
    );
    assert_eq!(
        fs::read_to_string(&base).unwrap(),
        "{{ page.title }} edited"
    );
    let result = syllabus(&["theme", "eject", path_str(&course.join("modules"))]);
    assert_eq!(result.status.code(), Some(2), "{}", stderr(&result));
}

/// A mistake in an overridden template is told once, at its file, line and column, however
/// many pages it stops; a template file that overrides nothing is a warning with a guess.
#[test]
fn a_template_mistake_is_reported_once_at_its_line() {
    let base = include_str!("../../themes/default/templates/base.html").replacen(
        r#"<a class="site-title" href="{{ root }}">{{ site.title }}</a>"#,
        r#"<a class="site-title" href="{{ root }}">{{ site.titel }}</a>"#,
        1,
    );
    let line = base.lines().position(|l| l.contains("site.titel")).unwrap() + 1;
    let course = TestCourse::fixture("small")
        .file("templates/base.html", &base)
        .file("templates/modul.html", "{{ page.title }}");
    let result = course.check();
    let report = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{report}");
    // Not a snapshot: the report quotes the theme's template, which changes on its own. The
    // counts of the last line say that nothing else is reported.
    assert_eq!(
        report.matches("error: in the template `base.html`").count(),
        1,
        "{report}"
    );
    assert!(
        report.contains(&format!("--> templates/base.html:{line}:")),
        "{report}"
    );
    assert!(report.contains("other pages like it"), "{report}");
    assert!(
        report.contains("warning: `modul.html` is not a template of the theme"),
        "{report}"
    );
    assert!(report.contains("did you mean `module.html`?"), "{report}");
    assert!(report.contains("1 error, 1 warning"), "{report}");
}

/// `static/custom.css` and the stylesheets of `extra_css` come after the theme's on every
/// page; a missing one is an error at its line, and a `static/style.css` that replaces the
/// theme's stylesheet is a warning.
#[test]
fn course_stylesheets_are_added_after_the_themes() {
    let course = TestCourse::fixture("small")
        .file("static/custom.css", "body { color: teal; }")
        .file("static/css/course.css", "h1 { color: navy; }");
    let original = course.read("course.yaml");
    let course = course.add_config("extra_css: [css/course.css]\n");
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let page = course.read("public/basics/first/index.html");
    let at = |needle: &str| {
        page.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing"))
    };
    assert!(at("../../style.css") < at("../../custom.css"));
    if page.contains("quiz.css") {
        assert!(at("../../quiz.css") < at("../../custom.css"));
    }
    assert!(at("../../custom.css") < at("../../css/course.css"));
    let (broken, _) = broken_links(&course.join("public"), "/");
    assert!(broken.is_empty(), "{broken:?}");

    let course = course
        .config(&format!("{original}extra_css: [css/cours.css, logo.svg]\n"))
        .file("static/style.css", "body { color: red; }");
    let result = course.check();
    let report = course.report(&result);
    assert_eq!(result.status.code(), Some(1), "{report}");
    // At the line added to the fixture's `course.yaml`.
    let lines = original.lines().count() + 1;
    let at = format!("--> course.yaml:{lines}:");
    assert!(report.contains(&at), "{report}");
    insta::assert_snapshot!(report);
}
