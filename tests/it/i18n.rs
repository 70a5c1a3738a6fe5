//! Every learner in their own language: a course written in Finnish (`tests/fixtures/finnish`)
//! shows no English word of the theme in any page, before or after its scripts run, and a
//! right-to-left language turns the page.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::common::browser::*;
use crate::common::*;

fn table(language: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/i18n/locales")
        .join(language);
    ["theme.ftl", "render.ftl", "scripts.ftl"]
        .iter()
        .map(|name| fs::read_to_string(dir.join(name)).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The literal words of a Fluent table: each message's and variant's text without its
/// placeables, in pieces of at least four characters.
fn phrases(ftl: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in ftl.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line == "}" {
            continue;
        }
        let text = match line.split_once(" = ") {
            Some((_, text)) => text,
            None => line.rsplit_once(']').map_or(line, |(_, text)| text),
        };
        let mut depth = 0;
        let mut piece = String::new();
        for c in text.chars().chain(['{']) {
            match c {
                '{' => {
                    depth += 1;
                    let trimmed = piece
                        .trim()
                        .trim_matches(|c: char| c.is_ascii_punctuation() || c == ' ');
                    if trimmed.chars().count() >= 4 && trimmed.chars().any(char::is_alphabetic) {
                        found.insert(trimmed.to_string());
                    }
                    piece.clear();
                }
                '}' => depth -= 1,
                _ if depth == 0 => piece.push(c),
                _ => {}
            }
        }
    }
    found
}

/// Everything a learner reads or hears on the page: its text and the names, titles, hints and
/// alternative texts of its elements.
const PAGE_WORDS: &str = r#"(() => {
  const parts = [document.title, document.body.innerText];
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-description]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      if (el.hasAttribute(name)) parts.push(el.getAttribute(name));
    }
  }
  for (const el of document.querySelectorAll('details:not([open]) > :not(summary), [hidden]')) {
    parts.push(el.textContent);
  }
  return parts.join('\n');
})()"#;

/// Whether `phrase` stands in `text` as words of its own (French "progression" does not hold
/// the English "progress").
fn contains_word(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The languages Syllabus bundles besides English: the folders of `src/i18n/locales/`.
fn bundled_languages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales");
    let mut languages: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "en")
        .collect();
    languages.sort();
    languages
}

/// The Finnish course with its interface in `language`; its content stays Finnish, so that an
/// English word on its pages can only be the theme's.
fn course_in(language: &str, dir: &Path) -> std::path::PathBuf {
    let course = dir.join(language);
    copy_dir(&fixture("finnish"), &course);
    let yaml = fs::read_to_string(course.join("course.yaml")).unwrap();
    fs::write(
        course.join("course.yaml"),
        yaml.replace("language: fi", &format!("language: {language}")),
    )
    .unwrap();
    course
}

/// What a learner reads on `pages` of `site`, and on the module with the quiz after answering,
/// marking it done and opening My learning.
fn words_seen(
    tab: &headless_chrome::Tab,
    site: &Site,
    language: &str,
    pages: &[&str],
) -> Vec<(String, String)> {
    let mut seen = Vec::new();
    for page in pages {
        open(tab, &format!("{}{page}", site.base));
        assert_eq!(eval(tab, "document.documentElement.lang"), language);
        seen.push((
            page.to_string(),
            eval(tab, PAGE_WORDS).as_str().unwrap_or("").to_string(),
        ));
    }
    // What the scripts write after a learner acts: a wrong answer, a right one, a module done.
    open(tab, &format!("{}perusteet/historia/", site.base));
    eval(
        tab,
        "document.querySelector('.quiz-question input[value=\"1\"]').click()",
    );
    eval(
        tab,
        "document.querySelector('.quiz-question .quiz-check').click()",
    );
    eval(
        tab,
        "document.querySelector('.quiz-question .quiz-hint-button')?.click()",
    );
    eval(
        tab,
        "[...document.querySelectorAll('.quiz-question')][2].querySelector('input').value = 'git status'",
    );
    eval(
        tab,
        "[...document.querySelectorAll('.quiz-question')][2].querySelector('.quiz-check').click()",
    );
    eval(tab, "document.querySelector('.done-toggle')?.click()");
    wait::until("the quiz's feedback", || {
        let text = eval(tab, "document.querySelector('.quiz-feedback').textContent");
        let text = text.as_str().unwrap_or("");
        if text.trim().is_empty() {
            Err("empty".into())
        } else {
            Ok(())
        }
    });
    seen.push((
        "perusteet/historia/ after answers".into(),
        eval(tab, PAGE_WORDS).as_str().unwrap_or("").to_string(),
    ));
    open(tab, &format!("{}learning/", site.base));
    seen.push((
        "learning/ after progress".into(),
        eval(tab, PAGE_WORDS).as_str().unwrap_or("").to_string(),
    ));
    seen
}

/// Every bundled language: no English word of the theme on its pages, in Chromium, before and
/// after the scripts act. Finnish is checked on every kind of page, the others on the main ones.
#[test]
fn every_bundled_language_shows_no_english_word_of_the_theme() {
    let english = phrases(&table("en"));
    assert!(english.len() > 40, "the English table is read: {english:?}");
    let languages = bundled_languages();
    assert!(languages.contains(&"fi".to_string()), "{languages:?}");
    let dir = tempfile::tempdir().unwrap();
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let tab = new_tab(&browser, 375, 800);
    let every_page = [
        "",
        "perusteet/",
        "perusteet/aloitus/",
        "perusteet/historia/",
        "paths/",
        "paths/aloittelija/",
        "map/",
        "learning/",
        "tags/",
        "glossary/",
        "404.html",
    ];
    let main_pages = ["", "perusteet/aloitus/", "paths/aloittelija/", "map/"];
    let mut left = Vec::new();
    for language in &languages {
        let own = phrases(&table(language));
        let site = built_site(&course_in(language, dir.path()), "/course/");
        let pages: &[&str] = if language == "fi" {
            &every_page
        } else {
            &main_pages
        };
        for (page, text) in words_seen(&tab, &site, language, pages) {
            for phrase in english.iter().filter(|p| !own.contains(*p)) {
                if contains_word(&text, phrase) {
                    left.push(format!("{language} {page}: {phrase:?}"));
                }
            }
        }
    }
    assert!(
        left.is_empty(),
        "English theme words on translated pages:\n{}",
        left.join("\n")
    );
}

/// An Arabic course (`tests/fixtures/arabic`, with no paths of its own, so the path through
/// the whole course is the theme's): right to left, no wider than a phone, and no English.
#[test]
fn an_arabic_course_is_right_to_left_and_fits_a_phone() {
    let english = phrases(&table("en"));
    let arabic = phrases(&table("ar"));
    let site = built_site(&fixture("arabic"), "/ar-course/");
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let tab = new_tab(&browser, 375, 800);
    let mut left = Vec::new();
    for page in [
        "",
        "asasiyat/tarikh/",
        "paths/",
        "paths/all/",
        "map/",
        "learning/",
    ] {
        open(&tab, &format!("{}{page}", site.base));
        assert_eq!(eval(&tab, "document.documentElement.dir"), "rtl", "{page}");
        assert_eq!(
            eval(&tab, "getComputedStyle(document.body).direction"),
            "rtl",
            "{page}"
        );
        let width = eval(&tab, "document.documentElement.scrollWidth");
        assert!(
            width.as_u64().is_some_and(|w| w <= 375),
            "{page} is {width} px wide at 375 px"
        );
        let text = eval(&tab, PAGE_WORDS).as_str().unwrap_or("").to_string();
        for phrase in english.iter().filter(|p| !arabic.contains(*p)) {
            if contains_word(&text, phrase) {
                left.push(format!("{page}: {phrase:?}"));
            }
        }
    }
    assert!(
        left.is_empty(),
        "English theme words on Arabic pages:\n{}",
        left.join("\n")
    );
}

/// A course changes the theme's words in `i18n/<language>.ftl`, or translates them into a
/// language Syllabus does not have; a mistake there is an error at its line.
#[test]
fn a_course_brings_its_own_words_and_their_mistakes_are_errors_at_their_line() {
    let course = TestCourse::fixture("finnish");
    course.write(
        "i18n/fi.ftl",
        "# Meidän sanamme\nsearch-label = Etsi kurssilta\nquiz-check = Katso\n",
    );
    let built = course.run("build", &["--strict"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let page = course.read("public/perusteet/historia/index.html");
    assert!(
        page.contains(">Katso</button>"),
        "the course's word for Check"
    );
    assert!(
        page.contains("Etsi kurssilta"),
        "the course's word for Search"
    );

    course.write(
        "i18n/fi.ftl",
        "search-lable = Etsi\nmodule-count = { $total } moduulia\n",
    );
    course.write("i18n/de.ftl", "search-label = Suche\n");
    let failed = course.run("build", &[]);
    let report = stderr(&failed);
    assert_eq!(failed.status.code(), Some(1), "{report}");
    assert!(
        report.contains("`search-lable` is not a message of the theme"),
        "{report}"
    );
    assert!(report.contains("i18n/fi.ftl:1:1"), "{report}");
    assert!(report.contains("did you mean `search-label`?"), "{report}");
    assert!(
        report.contains("`module-count` uses `{ $total }`"),
        "{report}"
    );
    assert!(report.contains("i18n/fi.ftl:2:1"), "{report}");
    assert!(report.contains("this translation is for `de`"), "{report}");
}

/// A language Syllabus does not translate is a warning, and with the course's own complete
/// table nothing is missing.
#[test]
fn an_untranslated_language_is_a_warning_that_strict_refuses() {
    let course = TestCourse::new().config("title: Kurs\nlanguage: eo\n");
    course.write("modules/a.md", "---\ntitle: A\n---\nTeksto.\n");
    let built = course.run("build", &[]);
    assert!(built.status.success(), "{}", stderr(&built));
    assert!(
        stderr(&built).contains("no translation of its interface for the language `eo`"),
        "{}",
        stderr(&built)
    );
    let strict = course.run("build", &["--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
}

/// In Chromium at 375 px, an Arabic module page is mirrored: the order quiz's ↑/↓ buttons sit
/// at the left of their items, the previous module's link at the right, the course menu
/// slides in from the right, and progress bars fill from the right. Screenshots of each are
/// written when `SYLLABUS_SCREENSHOTS` names a folder.
#[test]
fn an_arabic_page_is_mirrored() {
    let site = built_site(&fixture("arabic"), "/ar-mirror/");
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let tab = new_tab(&browser, 375, 800);
    open(&tab, &format!("{}asasiyat/tarikh/", site.base));
    let rect = |selector: &str| {
        let js = format!(
            "(() => {{ const r = document.querySelector({selector:?}).getBoundingClientRect(); return JSON.stringify([r.left, r.right]); }})()"
        );
        let value = eval(&tab, &js);
        let edges: Vec<f64> = serde_json::from_str(value.as_str().unwrap_or("[]")).unwrap();
        (edges[0], edges[1])
    };
    eval(
        &tab,
        "document.querySelector('.quiz-order').scrollIntoView()",
    );
    let (_, buttons_right) = rect(".quiz-order-item .quiz-order-buttons");
    let (text_left, _) = rect(".quiz-order-item .quiz-order-text");
    assert!(
        buttons_right <= text_left,
        "the ↑/↓ buttons are not at the left: {buttons_right} > {text_left}"
    );
    screenshot(&tab, "rtl-order-quiz");
    eval(&tab, "document.querySelector('.pager').scrollIntoView()");
    // On a phone each link of the pager takes a row: its words start at the right.
    let words = eval(
        &tab,
        "(() => { const a = document.querySelector('.pager-prev'); const range = document.createRange(); \
         range.selectNodeContents(a.querySelector('.pager-label')); \
         return JSON.stringify([range.getBoundingClientRect().left, a.getBoundingClientRect().right]); })()",
    );
    let edges: Vec<f64> = serde_json::from_str(words.as_str().unwrap_or("[]")).unwrap();
    assert!(
        edges[0] > 375.0 / 2.0 && edges[0] < edges[1],
        "the previous module's link does not start at the right: {edges:?}"
    );
    eval(&tab, "window.scrollTo(0, 0)");
    eval(&tab, "document.querySelector('.menu-button').click()");
    expect_js(
        &tab,
        "document.querySelector('.menu-button').getAttribute('aria-expanded')",
        "true".into(),
    );
    wait::until("the drawer to slide in", || {
        let (left, right) = rect(".course-nav");
        if right >= 374.0 && left > 0.0 {
            Ok(())
        } else {
            Err(format!("{left}..{right}"))
        }
    });
    screenshot(&tab, "rtl-drawer");
    eval(&tab, "document.querySelector('.menu-button').click()");
    eval(&tab, "document.querySelector('.done-toggle').click()");
    open(&tab, &format!("{}learning/", site.base));
    expect_js(&tab, "!!document.querySelector('progress')", true.into());
    expect_js(
        &tab,
        "getComputedStyle(document.querySelector('progress')).direction",
        "rtl".into(),
    );
    screenshot(&tab, "rtl-progress");
}
