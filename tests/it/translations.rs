//! A course in two languages (`tests/fixtures/bilingual`: English, with a Finnish
//! translation of one of its two modules): one tree per language, a language menu on every
//! page that leads to the same page in the other language, the untranslated module shown in
//! English with a note, one sitemap, the translations' problems reported at their lines, and
//! progress kept across languages in Chromium.

use std::fs;
use std::path::Path;

use regex::Regex;

use crate::common::browser::*;
use crate::common::*;

fn build(course: &Path) -> (tempfile::TempDir, std::process::Output) {
    let out = tempfile::tempdir().unwrap();
    let result = syllabus(&[
        "build",
        path_str(course),
        "-o",
        path_str(&out.path().join("site")),
        "--base-url",
        "https://example.org/git/",
    ]);
    (out, result)
}

fn page(out: &Path, path: &str) -> String {
    fs::read_to_string(out.join("site").join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn each_language_gets_its_tree_and_the_menu_leads_to_the_same_page() {
    let (out, result) = build(&fixture("bilingual"));
    assert!(result.status.success(), "{}", stderr(&result));
    let site = out.path().join("site");

    let finnish = page(out.path(), "fi/basics/first-commit/index.html");
    assert!(finnish.contains("<html lang=\"fi\""), "{finnish}");
    assert!(finnish.contains("<h1>Ensimmäinen kommitti</h1>"));
    assert!(finnish.contains("Mikä komento tallentaa tilannekuvan?"));
    assert!(finnish.contains("· Gitin perusteet</title>"));
    assert!(!finnish.contains("translation-note"));
    assert!(page(out.path(), "fi/basics/index.html").contains("<h1>Perusteet</h1>"));
    assert!(page(out.path(), "basics/index.html").contains("<h1>Basics</h1>"));
    assert!(
        page(out.path(), "fi/paths/beginner/index.html").contains("<h1>Aloittelijan polku</h1>")
    );

    // The module without a translation: the original, marked as English, with a note in Finnish.
    let fallback = page(out.path(), "fi/basics/history/index.html");
    assert!(
        fallback.contains("<h1 lang=\"en\">Reading history</h1>"),
        "{fallback}"
    );
    assert!(fallback.contains(
        "<p class=\"translation-note\">Tätä moduulia ei ole vielä käännetty, joten se näytetään alkuperäisellä kielellään (English).</p>"
    ));
    assert!(fallback.contains("<div lang=\"en\"><h2 id=\"the-log\">"));
    // Its link to the translated module, by the original's file and the anchor the translation
    // kept (`## Lavastus {#staging}`), leads to the Finnish page.
    assert!(
        fallback.contains("<a href=\"../../basics/first-commit/#staging\">your first commit</a>"),
        "{fallback}"
    );
    assert!(finnish.contains("<h2 id=\"staging\">Lavastus"), "{finnish}");

    // Every page of both trees links each language's version of itself, and that page exists.
    let pages: Vec<String> = all_pages(&site)
        .into_iter()
        .filter(|p| p.ends_with('/') || p.is_empty())
        .collect();
    assert!(pages.len() >= 20, "{pages:?}");
    for path in &pages {
        let html = page(out.path(), &format!("{path}index.html"));
        let in_finnish = path.starts_with("fi/");
        let same = path.strip_prefix("fi/").unwrap_or(path);
        for (code, target) in [("en", same.to_string()), ("fi", format!("fi/{same}"))] {
            let alternate = Regex::new(&format!(
                r#"<link rel="alternate" hreflang="{code}" href="([^"]*)">"#
            ))
            .unwrap();
            let href = &alternate
                .captures(&html)
                .unwrap_or_else(|| panic!("{path}: no hreflang {code}"))[1];
            assert_eq!(
                resolve(path, href).as_deref(),
                Some(target.as_str()),
                "{path}: hreflang {code}"
            );
            let current = if (code == "fi") == in_finnish {
                " aria-current=\"true\""
            } else {
                ""
            };
            assert!(
                html.contains(&format!(
                    "<a href=\"{href}\" hreflang=\"{code}\" lang=\"{code}\"{current}>"
                )),
                "{path}: the menu does not lead to {href}"
            );
            assert!(site.join(&target).join("index.html").is_file(), "{target}");
        }
        // Progress is kept under one key, whichever language the page is in.
        assert!(
            html.contains("data-course=\"https://example.org/git/ Git basics\""),
            "{path}"
        );
    }
    let (broken, checked) = broken_links(&site, "/git/");
    assert!(broken.is_empty() && checked > 100, "{broken:#?}");

    // One sitemap and one robots.txt, at the root, listing both languages with alternates.
    let sitemap = page(out.path(), "sitemap.xml");
    assert!(sitemap.contains(
        "<url><loc>https://example.org/git/fi/basics/history/</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/git/basics/history/\"/><xhtml:link rel=\"alternate\" hreflang=\"fi\" href=\"https://example.org/git/fi/basics/history/\"/></url>"
    ), "{sitemap}");
    assert_eq!(
        sitemap.matches("<loc>").count(),
        2 * sitemap.matches("<loc>https://example.org/git/fi/").count()
    );
    assert!(!site.join("fi/sitemap.xml").exists() && !site.join("fi/robots.txt").exists());
    // Each language has its own course data, and its own search index, stemmed the Finnish way
    // with the Finnish stemmer beside it (and none in the English tree).
    assert!(site.join("fi/course.json").is_file());
    let index = page(out.path(), "fi/search-index.json");
    assert!(
        index.contains("\"pipeline\":[\"trimmer-fi\",\"stopWordFilter-fi\",\"stemmer-fi\"]"),
        "{index}"
    );
    assert!(site.join("fi/lunr.fi.min.js").is_file() && !site.join("lunr.fi.min.js").exists());
    let canonical =
        "<link rel=\"canonical\" href=\"https://example.org/git/fi/basics/first-commit/\">";
    assert!(finnish.contains(canonical));
}

#[test]
fn check_reports_what_is_untranslated_and_what_changed_since() {
    let (_dir, course) = course_copy(&fixture("bilingual"));
    let result = syllabus(&["check", path_str(&course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let report = stderr(&result);
    assert!(
        report.contains("1 of 2 modules are not translated into `fi` yet: `basics/history`")
            && report.contains("course.yaml:5:16"),
        "{report}"
    );
    assert!(!report.contains("has changed since"), "{report}");

    // The original changes: the translation is out of date, at its `translated_from` line.
    let original = course.join("modules/basics/first-commit.md");
    let text = fs::read_to_string(&original).unwrap();
    fs::write(
        &original,
        text.replace("then commit them.", "then commit them with a message."),
    )
    .unwrap();
    let report = stderr(&syllabus(&["check", path_str(&course)]));
    assert!(
        report.contains("`modules/basics/first-commit.md` has changed since this translation was made (from version caf0873526cd to ")
            && report.contains("first-commit.fi.md:3:18"),
        "{report}"
    );
    let strict = syllabus(&["check", "--strict", path_str(&course)]);
    assert!(!strict.status.success());

    // Brought up to date, with the version `check` names, the warning goes.
    let help = report
        .lines()
        .find_map(|l| l.split("then set `translated_from: ").nth(1))
        .unwrap()
        .trim_end_matches('`')
        .to_string();
    let translation = course.join("modules/basics/first-commit.fi.md");
    let text = fs::read_to_string(&translation).unwrap();
    fs::write(&translation, text.replace("caf0873526cd", &help)).unwrap();
    let report = stderr(&syllabus(&["check", path_str(&course)]));
    assert!(!report.contains("has changed since"), "{report}");
}

#[test]
fn a_translation_cannot_change_what_every_language_shares() {
    let (_dir, course) = course_copy(&fixture("bilingual"));
    let translation = course.join("modules/basics/first-commit.fi.md");
    let text = fs::read_to_string(&translation).unwrap();
    fs::write(
        &translation,
        text.replace("objectives:", "difficulty: advanced\nobjectives:"),
    )
    .unwrap();
    fs::write(
        course.join("modules/basics/missing.fi.md"),
        "---\ntitle: Puuttuva\n---\nTeksti.\n",
    )
    .unwrap();
    fs::write(
        course.join("modules/basics/history.sv.md"),
        "---\ntitle: Historik\n---\nText.\n",
    )
    .unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    assert!(!result.status.success());
    let report = stderr(&result);
    assert!(
        report.contains("`difficulty` is shared by every language: a translation takes it from `modules/basics/first-commit.md`")
            && report.contains("first-commit.fi.md:5:13"),
        "{report}"
    );
    assert!(
        report.contains("this translates `modules/basics/missing.md`, which does not exist"),
        "{report}"
    );
    assert!(
        report.contains("this looks like a translation of `modules/basics/history.md` into `sv`, but `sv` is not in `translations:`"),
        "{report}"
    );
}

#[test]
fn a_translation_that_drops_an_anchor_is_told_how_to_keep_it() {
    let (_dir, course) = course_copy(&fixture("bilingual"));
    let translation = course.join("modules/basics/first-commit.fi.md");
    let text = fs::read_to_string(&translation).unwrap();
    fs::write(&translation, text.replace(" {#staging}", "")).unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    assert!(!result.status.success());
    let report = stderr(&result);
    assert!(
        report.contains("`#staging` is not a heading of `modules/basics/first-commit.fi.md`")
            && report.contains("write `{#staging}` after the translated heading"),
        "{report}"
    );
}

#[test]
fn a_folder_in_the_way_of_a_translation_is_an_error() {
    let (_dir, course) = course_copy(&fixture("bilingual"));
    fs::create_dir_all(course.join("modules/fi")).unwrap();
    fs::write(
        course.join("modules/fi/intro.md"),
        "---\ntitle: Intro\nobjectives: [Read]\n---\nText.\n",
    )
    .unwrap();
    let result = syllabus(&["check", path_str(&course)]);
    assert!(!result.status.success());
    assert!(
        stderr(&result).contains("the pages in `fi` go under `fi/`, but the course has a page or file there already (`fi/index.html`)"),
        "{}",
        stderr(&result)
    );
}

/// In Chromium: a module marked done in Finnish is done in English, and the language menu
/// opens by keyboard, leads to the English page, and fits a 320 px phone.
#[test]
fn progress_follows_the_learner_across_languages() {
    let Some(browser) = browser(320, 700) else {
        return;
    };
    let site = built_site(&fixture("bilingual"), "/bilingual/");
    let tab = new_tab(&browser, 320, 700);
    open(&tab, &format!("{}fi/basics/first-commit/", site.base));
    expect_js(
        &tab,
        "!!document.querySelector('.done-toggle:not([hidden])')",
        true.into(),
    );
    eval(&tab, "document.querySelector('.done-toggle').click()");
    expect_js(
        &tab,
        "document.querySelector('.done-toggle').getAttribute('aria-pressed')",
        "true".into(),
    );

    // The menu: a disclosure that the keyboard opens, with the page in each language.
    eval(
        &tab,
        "document.querySelector('.language-menu summary').focus()",
    );
    tab.press_key("Enter").unwrap();
    expect_js(
        &tab,
        "document.querySelector('.language-menu').open",
        true.into(),
    );
    screenshot(&tab, "phone-language-menu");
    expect_js(
        &tab,
        "[...document.querySelectorAll('.language-list a')].map(a => a.textContent + ' ' + a.href).join(', ')",
        format!(
            "English {0}basics/first-commit/, Suomi {0}fi/basics/first-commit/",
            site.base
        )
        .into(),
    );
    expect_js(
        &tab,
        "document.documentElement.scrollWidth <= 320",
        true.into(),
    );
    expect_js(
        &tab,
        "(() => { const r = document.querySelector('.language-list').getBoundingClientRect(); return r.left >= 0 && r.right <= 320; })()",
        true.into(),
    );
    if let Some(axe) = axe_source() {
        let violations = axe_violations(&tab, &axe);
        assert!(violations.is_empty(), "{violations:#?}");
    }

    eval(
        &tab,
        "document.querySelector('.language-list a[hreflang=en]').click()",
    );
    expect_js(
        &tab,
        "location.pathname",
        "/bilingual/basics/first-commit/".into(),
    );
    open(&tab, &format!("{}basics/first-commit/", site.base));
    expect_js(
        &tab,
        "document.querySelector('.done-toggle').getAttribute('aria-pressed')",
        "true".into(),
    );
    // And the untranslated module, read in Finnish, says so in Finnish and keeps the text English.
    open(&tab, &format!("{}fi/basics/history/", site.base));
    expect_js(
        &tab,
        "document.querySelector('.translation-note').lang || document.documentElement.lang",
        "fi".into(),
    );
    expect_js(&tab, "document.querySelector('h1').lang", "en".into());
    expect_js(
        &tab,
        "document.documentElement.scrollWidth <= 320",
        true.into(),
    );
}
