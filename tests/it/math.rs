//! Formulas: LaTeX becomes MathML at build time (no script), with the course's macros, in the
//! body and in every inline Markdown field; mistakes are errors at their place, all reported
//! together; and in Chromium every formula is drawn, nothing overflows a phone, axe is clean.

use std::fs;

use serde_json::json;

use crate::common::browser::*;
use crate::common::*;

fn physics() -> TestCourse {
    TestCourse::copy_of(&fixture("physics"))
}

#[test]
fn every_formula_of_the_physics_course_is_mathml_with_the_course_macros() {
    let course = physics();
    let output = course.build();
    assert!(output.status.success(), "{}", stderr(&output));
    let page = course.read("public/motion/velocity/index.html");
    let body = &page[page.find("<main").unwrap()..page.find("</main>").unwrap()];
    // Three in the objectives and key points, twenty in the text, the quiz's (some shown twice,
    // in the answer that is revealed).
    assert_eq!(body.matches("<math ").count(), 31, "{body}");
    assert!(!body.contains("class=\"math math-inline\""), "{body}");
    assert!(
        !regex::Regex::new(r"\$[^<]*\\frac").unwrap().is_match(body),
        "LaTeX left as text"
    );
    assert!(body.contains("ℝ"), "the course macro \\R is used");
    assert!(body.contains("<mtable"), "the aligned equations");
    assert!(
        body.contains("<math alttext=\"\\bar v = \\frac{\\Delta x}{\\Delta t}\""),
        "{body}"
    );
    assert!(
        body.contains("<span class=\"math-display\"><math"),
        "{body}"
    );
    assert!(
        page.contains("href=\"../../math.css\""),
        "the page with formulas loads the math styles"
    );
    let home = course.read("public/index.html");
    assert!(
        !home.contains("math.css"),
        "a page without formulas does not"
    );
    assert!(course.join("public/STIXTwoMath-Regular.woff2").is_file());
    assert!(course.join("public/STIXTwoMath-LICENSE.txt").is_file());
    let index = course.read("public/search-index.json");
    assert!(index.contains("delta"), "formulas are found by their words");
    assert!(!index.contains("frac"), "but not by their LaTeX");
}

#[test]
fn latex_mistakes_are_errors_at_their_place_reported_together() {
    let course = TestCourse::new()
        .config("title: Broken\nmath:\n  macros:\n    bad: \"\\\\foo\"\n")
        .module(
            "unit/broken.md",
            "---\ntitle: Broken\nobjectives: [\"Solve $\\\\frac{a}{b$.\", 'Know $\\nope$.']\n---\nFirst $x + \\undefined{y}$ here, then $\\frac{1}{2$ unbalanced.\n\n$$\\begin{pmatrix} a \\end{bmatrix}$$\n\n```quiz\n- question: \"What is $\\\\sqrt{$?\"\n  options:\n    - text: $\\oops$\n      correct: true\n    - text: two\n```\n",
        );
    let output = course.build();
    assert!(!output.status.success());
    let report = course.report(&output);
    insta::assert_snapshot!("math_errors", report);
}

#[test]
fn formulas_are_drawn_and_fit_a_phone_in_chromium() {
    let course = physics();
    let out = course.beside("site");
    let output = syllabus(&["build", path_str(course.path()), "-o", path_str(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let base = serve("/physics/", out);
    let Some(axe) = axe_source() else { return };
    let mut problems = Vec::new();
    for (width, height) in [(375, 812), (1280, 900)] {
        let Some(browser) = browser(width, height) else {
            return;
        };
        let tab = new_tab(&browser, width, height);
        for scheme in ["light", "dark"] {
            prefer_color_scheme(&tab, scheme);
            open(&tab, &format!("{base}motion/velocity/"));
            expect_js(&tab, "document.fonts.status", json!("loaded"));
            let empty = eval(
                &tab,
                "[...document.querySelectorAll('math')].filter(m => m.checkVisibility()).filter(m => { const r = m.getBoundingClientRect(); return !(r.width > 0 && r.height > 0); }).map(m => m.getAttribute('alttext')).join(', ')",
            );
            if empty != json!("") {
                problems.push(format!("{width}px {scheme}: {empty} formulas have no box"));
            }
            let widths = eval(
                &tab,
                "[document.documentElement.scrollWidth, window.innerWidth].join(' ')",
            );
            if widths != json!(format!("{width} {width}")) {
                problems.push(format!("{width}px {scheme}: the page is {widths} wide"));
            }
            problems.extend(
                axe_violations(&tab, &axe)
                    .into_iter()
                    .map(|v| format!("{width}px {scheme}: {v}")),
            );
            let kind = if width < 500 { "phone" } else { "desktop" };
            screenshot(&tab, &format!("{kind}-math-{scheme}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let _ = fs::remove_dir_all(course.beside("site"));
}
