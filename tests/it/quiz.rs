//! Quizzes in a real build: mistakes reported at their line in the `.md` file, all at once, and
//! the quiz assets loaded only by pages that have quizzes. Reports are compared whole (insta
//! snapshots in `snapshots/`).

use std::fs;

use crate::common::*;

const GOOD_QUIZ: &str = "---\ntitle: Quizzed\nobjectives: [Answer.]\n---\n\nSome text.\n\n```quiz\n- question: Pick the right one\n  options:\n    - text: right\n      correct: true\n    - text: wrong\n- question: Two?\n  type: number\n  answer: 2\n```\n";

#[test]
fn quiz_mistakes_are_reported_at_their_lines_in_the_module() {
    let course = TestCourse::fixture("small").module(
        "next/quizzed.md",
        "---\ntitle: Quizzed\nobjectives: [Answer.]\n---\n\nIntro.\n\n```quiz\n- question: Pick\n  options:\n    - text: a\n    - text: b\n- question: Sort\n  type: ordr\n  items: [x, y]\n- question: Count\n  type: number\n```\n\nMore text.\n\n```quiz\nquestion: Again\ntype: text\npattern: \"[unclosed\"\n```\n",
    );
    let result = course.build();
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    insta::assert_snapshot!(course.report(&result));
}

#[test]
fn patterns_the_browser_would_read_differently_or_slowly_are_errors_with_a_fix() {
    let course = TestCourse::fixture("small").module(
        "next/quizzed.md",
        "---\ntitle: Quizzed\nobjectives: [Answer.]\n---\n\n```quiz\n- question: Which command?\n  type: text\n  pattern: 'git\\b'\n- question: Which flag?\n  type: text\n  pattern: '(?m)^-s$'\n- question: Many a?\n  type: text\n  pattern: '(a{100}){100}'\n- question: Fine\n  type: text\n  pattern: '(?i)\\Agit\\z|[[:alpha:]]+|(a+)+b'\n```\n",
    );
    let result = course.build();
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    insta::assert_snapshot!(course.report(&result));
}

#[test]
fn only_pages_with_quizzes_load_the_quiz_script() {
    let course = TestCourse::fixture("small").module("next/quizzed.md", GOOD_QUIZ);
    let result = course.run("build", &["--strict"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let quizzed = course.read("public/next/quizzed/index.html");
    assert!(quizzed.contains(r#"<script src="../../quiz.js" defer></script>"#));
    assert!(quizzed.contains(r#"<link rel="stylesheet" href="../../quiz.css">"#));
    assert!(quizzed.contains(r#"<article class="module" data-module="next/quizzed">"#));
    assert_eq!(quizzed.matches("<form class=\"quiz-question\"").count(), 2);
    let plain = course.read("public/basics/first/index.html");
    assert!(!plain.contains("quiz.js") && !plain.contains("quiz.css"));
    assert!(course.join("public/quiz.js").is_file());
}

#[test]
fn the_quiz_script_and_its_store_stay_under_8_kb_gzipped() {
    let course = TestCourse::fixture("quiz");
    let result = course.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let size = |file: &str| gzipped_len(&fs::read(course.join("public").join(file)).unwrap());
    let total = size("quiz.js") + size("store.js");
    assert!(
        total < 8 * 1024,
        "quiz.js and store.js are {total} bytes gzipped"
    );
}
