//! Real-browser tests of the theme, the map and quizzes, on the example course and
//! `tests/fixtures/quiz` (harness in `common/browser.rs`).

use crate::common::{TestCourse, path_str, stderr};
use std::sync::Arc;

use headless_chrome::protocol::cdp::Emulation;
use headless_chrome::{Browser, Tab};

use crate::common::browser::*;

#[test]
fn no_page_scrolls_sideways_on_a_phone_and_none_logs_errors() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let site = site();
    let tab = new_tab(&browser, 375, 800);
    let errors = record_errors(&tab, &site.base);
    let pages = all_pages(&site.out);
    assert!(pages.len() > 20, "{pages:?}");
    let mut overflowing = Vec::new();
    // An old address's redirect page moves on by itself as soon as it loads (so `open`, which
    // waits for the address it opened, could miss it): the page it leads to is in the list.
    let redirects = |page: &str| {
        std::fs::read_to_string(site.out.join(page).join("index.html"))
            .is_ok_and(|html| html.contains("http-equiv=\"refresh\""))
    };
    for page in pages.iter().filter(|page| !redirects(page)) {
        open(&tab, &format!("{}{page}", site.base));
        // Read again until the page answers with both numbers.
        let widths = crate::common::wait::until(&format!("the widths of {page}"), || {
            let seen = tab
                .evaluate(
                    "[document.documentElement.scrollWidth, window.innerWidth].join(' ')",
                    false,
                )
                .ok()
                .and_then(|result| result.value)
                .and_then(|value| value.as_str().map(str::to_string))
                .unwrap_or_default();
            let numbers: Vec<u32> = seen.split(' ').filter_map(|w| w.parse().ok()).collect();
            match numbers[..] {
                [scroll, inner] => Ok((scroll, inner, seen)),
                _ => Err(seen),
            }
        });
        // A phone widens its layout viewport to content that does not fit, so both widths
        // are compared with the phone's own.
        let (scroll, inner, widths) = widths;
        if scroll > 375 || inner > 375 {
            overflowing.push(format!("{page}: {widths}"));
        }
    }
    expect_js(&tab, "window.innerWidth", serde_json::json!(375));
    assert!(
        overflowing.is_empty(),
        "pages wider than the phone:\n{}",
        overflowing.join("\n")
    );
    let errors = errors.lock().unwrap();
    assert!(
        errors.is_empty(),
        "errors in the console:\n{}",
        errors.join("\n")
    );
}

/// Video players pasted as YouTube, Vimeo and PeerTube give them (560 px wide) fit a phone and
/// keep their 16:9 picture; a wide widget fits too.
#[test]
fn wide_embeds_fit_a_phone_and_videos_keep_their_shape() {
    let Some(browser) = browser(320, 700) else {
        return;
    };
    let site = embeds_site();
    let tab = new_tab(&browser, 320, 700);
    open(&tab, &format!("{}video/", site.base));
    let widths = eval(
        &tab,
        "[document.documentElement.scrollWidth, window.innerWidth].join(' ')",
    );
    // A phone widens its layout viewport to content that does not fit, so both widths are
    // compared with the phone's own.
    assert_eq!(
        widths.as_str(),
        Some("320 320"),
        "the page is wider than the phone"
    );
    let shapes = eval(
        &tab,
        "JSON.stringify([...document.querySelectorAll('main iframe')].map(f => { const r = f.getBoundingClientRect(); return [f.title, r.width, r.height, r.right <= 320]; }))",
    );
    let shapes: Vec<(String, f64, f64, bool)> =
        serde_json::from_str(shapes.as_str().unwrap()).unwrap();
    assert_eq!(shapes.len(), 4, "{shapes:?}");
    for (title, width, height, inside) in &shapes {
        assert!(
            *inside && *width > 200.0,
            "{title}: {width} × {height} does not fit"
        );
        if title.ends_with("video") {
            let ratio = width / height;
            assert!(
                (ratio - 16.0 / 9.0).abs() < 0.02,
                "{title}: {width} × {height} is not 16:9"
            );
        } else {
            assert_eq!(*height, 400.0, "{title} keeps its height");
        }
    }
}

#[test]
fn the_theme_toggle_is_remembered_across_a_reload() {
    let Some(browser) = browser(1280, 900) else {
        return;
    };
    let site = site();
    let tab = new_tab(&browser, 1280, 900);
    prefer_color_scheme(&tab, "light");
    open(&tab, &site.base);
    let background = "getComputedStyle(document.body).backgroundColor";
    expect_js(&tab, background, serde_json::json!("rgb(255, 255, 255)"));
    let button = tab.wait_for_element(".theme-button").unwrap();
    expect_js(
        &tab,
        "document.querySelector('.theme-button').getAttribute('aria-pressed')",
        serde_json::json!("false"),
    );
    button.click().unwrap();
    expect_js(
        &tab,
        "document.documentElement.dataset.theme",
        serde_json::json!("dark"),
    );
    expect_js(&tab, background, serde_json::json!("rgb(17, 20, 24)"));
    // Another page of the site, loaded fresh, starts dark without a flash of light.
    open(
        &tab,
        &format!("{}{}", site.base, first_module_page(&site.out)),
    );
    expect_js(&tab, background, serde_json::json!("rgb(17, 20, 24)"));
    expect_js(
        &tab,
        "document.querySelector('.theme-button').getAttribute('aria-pressed')",
        serde_json::json!("true"),
    );
    tab.reload(false, None)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab.wait_for_element(".theme-button").unwrap();
    expect_js(
        &tab,
        "document.documentElement.dataset.theme",
        serde_json::json!("dark"),
    );
}

#[test]
fn a_keyboard_walk_reaches_navigation_content_and_next_module() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let site = site();
    let tab = new_tab(&browser, 375, 800);
    open(
        &tab,
        &format!("{}{}", site.base, first_module_page(&site.out)),
    );
    // The skip link is the first stop and moves focus to the content.
    tab.press_key("Tab").unwrap();
    expect_js(
        &tab,
        "document.activeElement.className",
        serde_json::json!("skip-link"),
    );
    tab.press_key("Enter").unwrap();
    expect_js(&tab, "location.hash", serde_json::json!("#main"));
    // The menu opens the drawer from the keyboard, focus goes into it, Escape closes it.
    let focus_menu =
        "document.querySelector('.menu-button').focus(); document.activeElement.className";
    expect_js(
        &tab,
        focus_menu,
        serde_json::json!("icon-button menu-button"),
    );
    tab.press_key("Enter").unwrap();
    expect_js(
        &tab,
        "document.querySelector('.menu-button').getAttribute('aria-expanded')",
        serde_json::json!("true"),
    );
    expect_js(
        &tab,
        "!!document.activeElement.closest('#course-nav')",
        serde_json::json!(true),
    );
    tab.press_key("Escape").unwrap();
    expect_js(
        &tab,
        "document.querySelector('.menu-button').getAttribute('aria-expanded')",
        serde_json::json!("false"),
    );
    expect_js(
        &tab,
        "document.activeElement.className",
        serde_json::json!("icon-button menu-button"),
    );
    // Tabbing on from the menu reaches the content and then the next-module link.
    let mut reached_content = false;
    let mut reached_next = false;
    for _ in 0..200 {
        tab.press_key("Tab").unwrap();
        let here = eval(
            &tab,
            "(document.activeElement.closest('.content') ? 'content ' : '') + document.activeElement.className",
        );
        let here = here.as_str().unwrap_or("");
        reached_content |= here.starts_with("content");
        if here.contains("pager-next") {
            reached_next = true;
            break;
        }
    }
    assert!(
        reached_content,
        "no link in the content was reached by keyboard"
    );
    assert!(
        reached_next,
        "the next-module link was not reached by keyboard"
    );
    let next = eval(&tab, "document.activeElement.href");
    tab.press_key("Enter").unwrap();
    expect_js(&tab, "location.href", next);
    expect_js(
        &tab,
        "document.body.className",
        serde_json::json!("page-module"),
    );
}

#[test]
fn pages_read_well_without_javascript() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let site = site();
    let tab = new_tab(&browser, 375, 800);
    tab.call_method(Emulation::SetScriptExecutionDisabled { value: true })
        .unwrap();
    open(
        &tab,
        &format!("{}{}", site.base, first_module_page(&site.out)),
    );
    let html = tab.get_content().unwrap();
    assert!(html.contains("class=\"content\""));
    let nav_visible = tab
        .find_element("#course-nav")
        .unwrap()
        .get_box_model()
        .map(|b| b.width > 100.0)
        .unwrap_or(false);
    assert!(
        nav_visible,
        "without JavaScript the navigation must be shown"
    );
    let buttons_hidden = tab
        .find_elements(".icon-button")
        .unwrap()
        .iter()
        .all(|b| b.get_box_model().is_err());
    assert!(
        buttons_hidden,
        "buttons that need JavaScript must be hidden without it"
    );
}

#[test]
fn axe_finds_no_accessibility_violations_in_light_and_dark() {
    let Some(axe) = axe_source() else { return };
    let site = site();
    let unit = all_pages(&site.out)
        .into_iter()
        .find(|p| p.matches('/').count() == 1 && !["tags/", "paths/", "map/"].contains(&p.as_str()))
        .expect("a unit page");
    let pages = [
        "".to_string(),
        unit,
        first_module_page(&site.out),
        "404.html".to_string(),
        "map/".to_string(),
        "paths/".to_string(),
        "paths/collaborate/".to_string(),
        "learning/".to_string(),
        // Exercises, a hint, solutions, a tab set and a figure.
        "basics/setup/".to_string(),
        "branching/merging/".to_string(),
    ];
    // The instructor view marks its pages and shows instructor notes.
    let instructor = format!("{}basics/setup/", instructor_site().base);
    let mut violations = Vec::new();
    for (width, height) in [(375, 800), (1280, 900)] {
        let Some(browser) = browser(width, height) else {
            return;
        };
        let tab = new_tab(&browser, width, height);
        for scheme in ["light", "dark"] {
            prefer_color_scheme(&tab, scheme);
            let addresses = pages.iter().map(|page| format!("{}{page}", site.base));
            for address in addresses.chain([instructor.clone()]) {
                open(&tab, &address);
                let found = axe_violations(&tab, &axe);
                violations.extend(
                    found
                        .into_iter()
                        .map(|v| format!("{address} [{width}px, {scheme}]: {v}")),
                );
            }
        }
    }
    assert!(
        violations.is_empty(),
        "axe-core violations:\n{}",
        violations.join("\n")
    );
}

/// Each quiz is a landmark (`section` with a name), and a page of three quizzes names each
/// one apart, or axe-core's `landmark-unique` fails and a screen reader lists three
/// "Self-check" regions it cannot tell apart.
#[test]
fn three_quizzes_on_one_page_are_landmarks_of_their_own() {
    let Some(axe) = axe_source() else { return };
    let quiz = |n: usize| {
        format!(
            "```quiz\nquestion: Question number {n}?\noptions:\n  - text: Yes\n    correct: true\n  - text: No\n```\n"
        )
    };
    let course = TestCourse::new().module(
        "three.md",
        &format!(
            "---\ntitle: Three checks\nobjectives: [Answer three quizzes.]\n---\n\n## One\n\n{}\n## Two\n\n{}\n## Three\n\n{}",
            quiz(1),
            quiz(2),
            quiz(3)
        ),
    );
    let site = built_site(course.path(), "/quizzes/");
    let Some(browser) = browser(320, 700) else {
        return;
    };
    let tab = new_tab(&browser, 320, 700);
    // Waits for the page's load event itself, loading the page again when one of its scripts
    // is never answered: under load the test server sometimes leaves `quiz.js` unanswered (seen
    // here and in the quiz fixture's tests), and headless_chrome's navigation wait then never
    // ends.
    tab.navigate_to(&format!("{}three/", site.base)).unwrap();
    let loaded = "new Promise(done => { if (document.readyState === 'complete') done(true); \
        addEventListener('load', () => done(true)); setTimeout(() => done(false), 20000); })";
    let mut attempts = 0;
    while tab.evaluate(loaded, true).unwrap().value != Some(serde_json::json!(true)) {
        attempts += 1;
        assert!(attempts < 4, "the page never finished loading");
        tab.reload(true, None).unwrap();
    }
    tab.evaluate(&axe, false).unwrap();
    let names = eval(
        &tab,
        "axe.setup(document); JSON.stringify([...document.querySelectorAll('section.quiz')]\
         .map(n => axe.commons.text.accessibleText(n)))",
    );
    assert_eq!(
        names.as_str(),
        Some(r#"["Self-check 1 of 3","Self-check 2 of 3","Self-check 3 of 3"]"#)
    );
    let violations = axe_violations(&tab, &axe);
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn the_course_map_draws_every_module_as_a_readable_link() {
    let Some(browser) = browser(1280, 900) else {
        return;
    };
    let site = site();
    let tab = new_tab(&browser, 1280, 900);
    open(&tab, &format!("{}map/", site.base));
    // Measured in the browser, with the reader's real font: no box overlaps another, no text
    // spills out of its box, and the level labels stay clear of the boxes.
    let report = eval(
        &tab,
        r#"(() => {
          const inside = (r, box) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5
            && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
          const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const nodes = [...document.querySelectorAll('.course-map .map-node')];
          const boxes = nodes.map(n => n.querySelector('rect').getBoundingClientRect());
          const problems = [];
          nodes.forEach((node, i) => {
            const name = node.textContent.trim();
            // An empty line (the learner's state, before progress.js fills it) draws nothing,
            // and Chromium places its empty box at the drawing's origin.
            node.querySelectorAll('text').forEach(t => {
              if (!t.textContent.trim()) return;
              if (!inside(t.getBoundingClientRect(), boxes[i])) problems.push('text outside its box: ' + name);
            });
            boxes.slice(0, i).forEach((other, j) => {
              if (meet(boxes[i], other)) problems.push('boxes overlap: ' + name + ' / ' + nodes[j].textContent.trim());
            });
          });
          document.querySelectorAll('.course-map .map-level').forEach(label => {
            const r = label.getBoundingClientRect();
            if (boxes.some(b => meet(r, b))) problems.push('level label over a box: ' + label.textContent);
          });
          const hrefs = nodes.map(n => n.getAttribute('href'));
          return JSON.stringify({ count: nodes.length, hrefs, problems });
        })()"#,
    );
    let report: serde_json::Value = serde_json::from_str(report.as_str().unwrap()).unwrap();
    assert_eq!(report["problems"], serde_json::json!([]), "{report}");
    let modules = all_pages(&site.out)
        .into_iter()
        .filter(|p| {
            std::fs::read_to_string(site.out.join(p).join("index.html"))
                .is_ok_and(|h| h.contains("class=\"page-module\""))
        })
        .count();
    assert_eq!(report["count"], serde_json::json!(modules));

    // Screen readers hear each box as one link named by its words, title, level and the
    // learner's state (without the decorative icon)
    // (the name as axe-core computes it, following the accessible-name rules).
    if let Some(axe) = axe_source() {
        expect_js(
            &tab,
            "!!document.querySelector('.course-map .map-state:not(:empty)')",
            serde_json::json!(true),
        );
        tab.evaluate(&axe, false).unwrap();
        let names = eval(
            &tab,
            "axe.setup(document); JSON.stringify([...document.querySelectorAll('.course-map .map-node')]\
             .map(n => axe.commons.text.accessibleText(n)))",
        );
        let names: Vec<String> = serde_json::from_str(names.as_str().unwrap()).unwrap();
        let name = regex::Regex::new(
            r"^What version control does for you beginner · \d+ min Ready to start$",
        )
        .unwrap();
        assert!(names.iter().any(|n| name.is_match(n)), "{names:?}");
    }

    // The first module is a link to its page.
    tab.find_element(".course-map .map-node")
        .unwrap()
        .click()
        .unwrap();
    expect_js(
        &tab,
        "document.querySelector('h1').textContent",
        serde_json::json!("What version control does for you"),
    );
}

// ---- Quizzes, on `tests/fixtures/quiz`: #quiz-1-1 single, -2 multiple, -3 truefalse, -4 text,
// -5 number, -6 order. ----

/// Runs `js` with `form` bound to the question's form element and returns its value.
fn in_form(tab: &Tab, question: usize, js: &str) -> serde_json::Value {
    eval(
        tab,
        &format!("(() => {{ const form = document.getElementById('quiz-1-{question}'); {js} }})()"),
    )
}

/// Clicks the option of `question` whose text contains `text` (through its label, as a
/// pointer user would).
fn choose(tab: &Tab, question: usize, text: &str) {
    in_form(
        tab,
        question,
        &format!(
            "const li = [...form.querySelectorAll('.quiz-option')].find(li => li.textContent.includes({text:?})); li.querySelector('label').click(); return true;"
        ),
    );
}

fn check(tab: &Tab, question: usize) -> String {
    in_form(
        tab,
        question,
        "form.querySelector('.quiz-check').click(); return true;",
    );
    feedback(tab, question)
}

fn feedback(tab: &Tab, question: usize) -> String {
    in_form(
        tab,
        question,
        "return form.querySelector('.quiz-feedback').textContent;",
    )
    .as_str()
    .unwrap_or("")
    .to_string()
}

fn retry(tab: &Tab, question: usize) {
    in_form(
        tab,
        question,
        "form.querySelector('.quiz-retry').click(); return true;",
    );
}

fn type_answer(tab: &Tab, question: usize, text: &str) {
    in_form(
        tab,
        question,
        &format!(
            "const input = form.querySelector('.quiz-input'); input.value = {text:?}; input.dispatchEvent(new Event('input', {{ bubbles: true }})); return true;"
        ),
    );
}

/// The order question's items, as their right positions, top to bottom.
fn order_now(tab: &Tab) -> Vec<u64> {
    let value = in_form(
        tab,
        6,
        "return JSON.stringify([...form.querySelectorAll('.quiz-order-item')].map(li => Number(li.dataset.position)));",
    );
    serde_json::from_str(value.as_str().unwrap()).unwrap()
}

fn is_right(feedback: &str) -> bool {
    feedback.contains("Correct")
}

fn quiz_tab(browser: &Browser) -> Arc<Tab> {
    let site = quiz_site();
    let tab = new_tab(browser, 375, 800);
    open(&tab, &format!("{}all-types/", site.base));
    expect_js(
        &tab,
        "!!document.querySelector('.quiz-question') && typeof document.querySelector('.quiz-answer').hidden",
        serde_json::json!("boolean"),
    );
    tab
}

#[test]
fn every_question_type_gives_feedback_on_right_and_wrong_answers() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let tab = quiz_tab(&browser);
    let errors = record_errors(&tab, &quiz_site().base);

    // Single: a wrong choice shows that option's feedback and the explanation.
    assert!(check(&tab, 1).contains("Choose an answer first"));
    choose(&tab, 1, "git add");
    let verdict = check(&tab, 1);
    assert!(verdict.contains("Not quite"), "{verdict}");
    let marked = in_form(
        &tab,
        1,
        "const li = form.querySelector('.quiz-option.is-incorrect'); return li.textContent + '|' + li.querySelector('.quiz-option-feedback').hidden + '|' + form.querySelector('.quiz-explanation').hidden;",
    );
    let marked = marked.as_str().unwrap();
    assert!(
        marked.contains("stages changes") && marked.ends_with("|false|false"),
        "{marked}"
    );
    retry(&tab, 1);
    assert_eq!(feedback(&tab, 1), "");
    choose(&tab, 1, "git commit");
    assert!(is_right(&check(&tab, 1)));
    assert_eq!(
        in_form(
            &tab,
            1,
            "return form.querySelectorAll('.quiz-option.is-correct').length;"
        ),
        serde_json::json!(1)
    );

    // Multiple: one right option of two is not enough.
    choose(&tab, 2, "git switch");
    let verdict = check(&tab, 2);
    assert!(verdict.contains("Not quite"), "{verdict}");
    assert!(verdict.contains("1 right option not chosen"), "{verdict}");
    retry(&tab, 2);
    choose(&tab, 2, "git switch");
    choose(&tab, 2, "git restore");
    assert!(is_right(&check(&tab, 2)), "{}", feedback(&tab, 2));

    // True or false.
    choose(&tab, 3, "True");
    assert!(check(&tab, 3).contains("Not quite"));
    retry(&tab, 3);
    choose(&tab, 3, "False");
    assert!(is_right(&check(&tab, 3)));

    // Text: case and spaces do not matter; the pattern accepts other forms.
    type_answer(&tab, 4, "git stat");
    assert!(check(&tab, 4).contains("Not quite"));
    retry(&tab, 4);
    type_answer(&tab, 4, "  Git   STATUS ");
    assert!(is_right(&check(&tab, 4)));
    retry(&tab, 4);
    type_answer(&tab, 4, "git status --short");
    assert!(is_right(&check(&tab, 4)));

    // Number.
    type_answer(&tab, 5, "two");
    assert!(check(&tab, 5).contains("Enter a number first"));
    type_answer(&tab, 5, "3");
    assert!(check(&tab, 5).contains("Not quite"));
    retry(&tab, 5);
    type_answer(&tab, 5, "2");
    assert!(is_right(&check(&tab, 5)));

    // Order: shuffled at first, right once the items are moved into place.
    let start = order_now(&tab);
    assert_ne!(start, [0, 1, 2, 3]);
    assert!(check(&tab, 6).contains("Not quite"));
    retry(&tab, 6);
    for target in 0..4u64 {
        while order_now(&tab).iter().position(|&p| p == target).unwrap() as u64 > target {
            in_form(
                &tab,
                6,
                &format!(
                    "form.querySelector('.quiz-order-item[data-position=\"{target}\"] [data-move=up]').click(); return true;"
                ),
            );
        }
    }
    assert_eq!(order_now(&tab), [0, 1, 2, 3]);
    assert!(is_right(&check(&tab, 6)), "{}", feedback(&tab, 6));

    // The hint is given on request.
    in_form(
        &tab,
        1,
        "form.querySelector('.quiz-hint-button').click(); return true;",
    );
    assert_eq!(
        in_form(&tab, 1, "return form.querySelector('.quiz-hint').hidden;"),
        serde_json::json!(false)
    );
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}

#[test]
fn a_quiz_can_be_answered_with_the_keyboard_alone() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let tab = quiz_tab(&browser);
    // Focus is put on each question's first control, as tabbing there would; the answering
    // itself is keys only.
    let focus_first = |question: usize, selector: &str| {
        in_form(
            &tab,
            question,
            &format!(
                "form.querySelector({selector:?}).focus(); return document.activeElement === form.querySelector({selector:?});"
            ),
        )
    };
    let focused_class = || eval(&tab, "document.activeElement.className");

    // Single: arrows move between the radio buttons, then Tab to Check and Enter.
    assert_eq!(focus_first(1, "input"), serde_json::json!(true));
    tab.press_key("ArrowDown").unwrap();
    tab.press_key("ArrowUp").unwrap();
    tab.press_key("Tab").unwrap();
    assert_eq!(focused_class(), serde_json::json!("quiz-check"));
    tab.press_key("Enter").unwrap();
    expect_js(
        &tab,
        "document.querySelector('#quiz-1-1 .quiz-feedback').textContent.includes('Correct')",
        serde_json::json!(true),
    );

    // Multiple: Space ticks the focused box, Tab moves on.
    assert_eq!(focus_first(2, "input"), serde_json::json!(true));
    tab.press_key(" ").unwrap();
    tab.press_key("Tab").unwrap();
    tab.press_key(" ").unwrap();
    tab.press_key("Tab").unwrap();
    tab.press_key("Tab").unwrap();
    assert_eq!(focused_class(), serde_json::json!("quiz-check"));
    tab.press_key("Enter").unwrap();
    expect_js(
        &tab,
        "document.querySelector('#quiz-1-2 .quiz-feedback').textContent.includes('Correct')",
        serde_json::json!(true),
    );

    // Text: type and press Enter in the field.
    assert_eq!(focus_first(4, "input"), serde_json::json!(true));
    tab.type_str("git status").unwrap();
    tab.press_key("Enter").unwrap();
    expect_js(
        &tab,
        "document.querySelector('#quiz-1-4 .quiz-feedback').textContent.includes('Correct')",
        serde_json::json!(true),
    );

    // Order: the move buttons work with Enter and keep the focus on the moved item.
    for target in 0..4u64 {
        loop {
            let at = order_now(&tab).iter().position(|&p| p == target).unwrap() as u64;
            if at == target {
                break;
            }
            focus_first(
                6,
                &format!(".quiz-order-item[data-position=\"{target}\"] [data-move=up]"),
            );
            for _ in target..at {
                tab.press_key("Enter").unwrap();
            }
        }
    }
    assert_eq!(order_now(&tab), [0, 1, 2, 3]);
    assert!(
        eval(&tab, "document.activeElement.dataset.move === 'up'")
            .as_bool()
            .unwrap()
    );
    focus_first(6, ".quiz-check");
    tab.press_key("Enter").unwrap();
    expect_js(
        &tab,
        "document.querySelector('#quiz-1-6 .quiz-feedback').textContent.includes('Correct')",
        serde_json::json!(true),
    );
}

#[test]
fn quiz_results_are_kept_and_shown_after_a_reload() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let tab = quiz_tab(&browser);
    choose(&tab, 1, "git commit");
    assert!(is_right(&check(&tab, 1)));
    choose(&tab, 3, "True");
    assert!(check(&tab, 3).contains("Not quite"));
    type_answer(&tab, 5, "2");
    assert!(is_right(&check(&tab, 5)));

    tab.reload(false, None).unwrap();
    tab.wait_until_navigated().unwrap();
    expect_js(
        &tab,
        "(() => { const s = document.querySelector('.quiz-summary'); return !s.hidden && s.textContent.includes('2 of 6 correct'); })()",
        serde_json::json!(true),
    );
    let stored = eval(
        &tab,
        "JSON.stringify(JSON.parse(localStorage.getItem('syllabus-quiz:' + document.body.dataset.course))['all-types'])",
    );
    let stored: serde_json::Value = serde_json::from_str(stored.as_str().unwrap()).unwrap();
    assert_eq!(stored["score"], 2);
    assert_eq!(stored["total"], 6);
    assert_eq!(stored["attempts"], 3);
    assert!(
        stored["last"].as_str().unwrap().starts_with("20"),
        "{stored}"
    );
    assert_eq!(stored["questions"]["quiz-1-3"]["correct"], false);
}

#[test]
fn without_javascript_a_quiz_reads_as_questions_with_answers_to_reveal() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let site = quiz_site();
    let tab = new_tab(&browser, 375, 800);
    tab.call_method(Emulation::SetScriptExecutionDisabled { value: true })
        .unwrap();
    open(&tab, &format!("{}all-types/", site.base));
    let state = eval(
        &tab,
        "JSON.stringify({ actions: getComputedStyle(document.querySelector('.quiz-actions')).display, answers: document.querySelectorAll('details.quiz-answer').length, legends: document.querySelectorAll('legend').length })",
    );
    let state: serde_json::Value = serde_json::from_str(state.as_str().unwrap()).unwrap();
    assert_eq!(
        state["actions"], "none",
        "buttons that need JavaScript are hidden"
    );
    assert_eq!(state["answers"], 6);
    assert_eq!(state["legends"], 6);
    let answer = eval(
        &tab,
        "document.querySelector('#quiz-1-6 .quiz-answer').textContent",
    );
    assert!(answer.as_str().unwrap().contains("edit a file"));
}

// ---- Quiz patterns: the browser's verdict is `regex`'s, and comes at once. ----

/// Patterns of the issue and of real quizzes, with answers right and wrong by `regex`.
const PATTERN_VERDICTS: &[(&str, &[(&str, bool)])] = &[
    (r"\Agit\z", &[("git", true), ("Git", true), ("gitk", false)]),
    (
        r"[[:alpha:]]+",
        &[("Status", true), ("git2", false), ("a]", false)],
    ),
    (r"(?i)git", &[("GIT", true), ("(?i)git", false)]),
    (r"(a+)+b", &[("aaab", true)]),
    (r"ÄÖ", &[("äö", true), ("ÄÖ", true), ("AO", false)]),
    (r"straße", &[("STRAẞE", true), ("STRASSE", false)]),
    (r"σ+", &[("ΣΣς", true)]),
    (r"\w+", &[("日本語", true), ("a-b", false)]),
    (r"\d+", &[("٣٤", true), ("3a", false)]),
    (r"\p{Greek}+", &[("λόγος", true), ("logos", false)]),
    (r"k", &[("\u{212A}", true)]),
    (r".", &[("😀", true)]),
    (r"..", &[("😀", false)]),
    (
        r"git +status( -s)?",
        &[("  Git   STATUS ", true), ("git status -", false)],
    ),
    (r"[a-c&&b]", &[("b", true), ("a", false)]),
    (r"a$b|x\Ay", &[("ab", false), ("xy", false)]),
];

/// What quiz.js does to an answer before checking it (for the answers used here).
fn normalise(answer: &str) -> String {
    answer
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `regex` as a quiz `pattern` is documented to work: the whole answer, ignoring case.
fn whole_answer_regex(pattern: &str) -> Option<regex::Regex> {
    regex::Regex::new(&format!("(?i)^(?:{pattern})$")).ok()
}

/// A pattern and answers with `regex`'s verdicts on them.
type Case = (String, Vec<(String, bool)>);

/// Patterns made of pieces that regex-syntax reads alike alone and inside `^(?:…)$` (no `#`
/// comments, no word boundaries, no `m` flag), from a fixed seed, each with up to three answers
/// `regex` takes and three it refuses.
fn random_cases(count: usize) -> Vec<Case> {
    const PIECES: &[&str] = &[
        "a",
        "b",
        "A",
        "é",
        "É",
        "ß",
        "ſ",
        "k",
        "K",
        "σ",
        "Σ",
        " ",
        "1",
        ".",
        r"\d",
        r"\w",
        r"\s",
        "[a-c]",
        "[^a]",
        "[[:alpha:]]",
        r"\p{Greek}",
        "|",
        "(",
        ")",
        "(?:",
        "*",
        "+",
        "?",
        "*?",
        "{2}",
        "{1,3}",
        "{2,}",
        "^",
        "$",
        r"\A",
        r"\z",
        "(?i)",
        "(?s)",
        "(?U)",
        "(?i:",
    ];
    const LETTERS: &[&str] = &[
        "a", "a", "b", "A", "é", "É", "ß", "ẞ", "ſ", "k", "K", "\u{212A}", "1", "٣", "σ", "ς", "Σ",
        "λ", " ",
    ];
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut cases = Vec::new();
    while cases.len() < count {
        let pattern: String = (0..1 + next(7))
            .map(|_| PIECES[next(PIECES.len())])
            .collect();
        let (Ok(_), Some(regex)) = (regex::Regex::new(&pattern), whole_answer_regex(&pattern))
        else {
            continue;
        };
        let (mut right, mut wrong) = (Vec::new(), Vec::new());
        for _ in 0..60 {
            let answer: String = (0..1 + next(3))
                .map(|_| LETTERS[next(LETTERS.len())])
                .collect();
            let expected = regex.is_match(&normalise(&answer));
            let side = if expected { &mut right } else { &mut wrong };
            let case = (answer, expected);
            if side.len() < 3 && !case.0.trim().is_empty() && !side.contains(&case) {
                side.push(case);
            }
        }
        right.append(&mut wrong);
        cases.push((pattern, right));
    }
    cases
}

/// Builds a course whose one module asks a `text` question per case, and serves it.
fn serve_pattern_quiz(cases: &[Case]) -> (TestCourse, String) {
    let mut quiz = String::new();
    for (i, (pattern, _)) in cases.iter().enumerate() {
        quiz.push_str(&format!(
            "- question: Pattern {i}\n  type: text\n  pattern: {}\n",
            serde_json::to_string(pattern).unwrap()
        ));
    }
    let course = TestCourse::fixture("quiz").module(
        "patterns.md",
        &format!("---\ntitle: Patterns\nobjectives: [Match.]\n---\n\n```quiz\n{quiz}```\n"),
    );
    let out = course.join("site");
    let result = course.run("build", &["-o", path_str(&out), "--base-url", "/patterns/"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let base = serve("/patterns/", out);
    (course, base)
}

#[test]
fn pattern_answers_get_the_verdict_of_regex_at_once() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let mut cases: Vec<Case> = PATTERN_VERDICTS
        .iter()
        .map(|(pattern, answers)| {
            let regex = whole_answer_regex(pattern).unwrap();
            let answers = answers
                .iter()
                .map(|&(answer, expected)| {
                    assert_eq!(
                        regex.is_match(&normalise(answer)),
                        expected,
                        "{pattern} / {answer}"
                    );
                    (answer.to_string(), expected)
                })
                .collect();
            (pattern.to_string(), answers)
        })
        .collect();
    // 100,000 `a`s and `!`: a backtracking engine tries 2^100,000 ways before it says no.
    let many = "a".repeat(100_000);
    cases.push((
        r"(a+)+b".into(),
        vec![(format!("{many}!"), false), (format!("{many}b"), true)],
    ));
    cases.extend(random_cases(150));
    let (_guard, base) = serve_pattern_quiz(&cases);

    let tab = new_tab(&browser, 375, 800);
    let errors = record_errors(&tab, &base);
    open(&tab, &format!("{base}patterns/"));
    expect_js(
        &tab,
        "document.querySelectorAll('.quiz-question').length",
        serde_json::json!(cases.len()),
    );
    // Each answer is typed and checked as a learner would, and its verdict read from the
    // feedback, which the Check button's handler writes before it returns. Questions go by
    // twenties, so that each call is short.
    let mut verdicts: Vec<Vec<serde_json::Value>> = Vec::new();
    for chunk in cases.chunks(20) {
        let first = verdicts.len() + 1;
        let answers: Vec<Vec<&str>> = chunk
            .iter()
            .map(|(_, answers)| answers.iter().map(|(a, _)| a.as_str()).collect())
            .collect();
        let found = eval(
            &tab,
            &format!(
                "JSON.stringify({}.map((answers, i) => {{
                   const form = document.getElementById('quiz-1-' + ({first} + i));
                   return answers.map((answer) => {{
                     form.querySelector('.quiz-retry').click();
                     form.querySelector('.quiz-input').value = answer;
                     form.querySelector('.quiz-check').click();
                     const box = form.querySelector('.quiz-feedback');
                     return box.classList.contains('is-correct') || (box.classList.contains('is-incorrect') ? false : box.textContent);
                   }});
                 }}))",
                serde_json::to_string(&answers).unwrap()
            ),
        );
        verdicts.extend(
            serde_json::from_str::<Vec<Vec<serde_json::Value>>>(found.as_str().unwrap()).unwrap(),
        );
    }
    let mut differences = Vec::new();
    for ((pattern, answers), verdicts) in cases.iter().zip(&verdicts) {
        for ((answer, expected), verdict) in answers.iter().zip(verdicts) {
            if *verdict != serde_json::json!(expected) {
                let shown: String = answer.chars().take(40).collect();
                differences.push(format!(
                    "{pattern:?} on {shown:?}: browser {verdict}, regex {expected}"
                ));
            }
        }
    }
    assert_eq!(differences, Vec::<String>::new());
    let right = cases
        .iter()
        .flat_map(|(_, a)| a)
        .filter(|(_, e)| *e)
        .count();
    assert!(
        right > 100,
        "right answers are checked too, not only wrong ones: {right}"
    );
    assert_eq!(*errors.lock().unwrap(), Vec::<String>::new());
}
