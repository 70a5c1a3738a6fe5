//! Tests of quiz parsing, validation and HTML.

use crate::render::math::MathRenderer;
use std::path::Path;

use super::*;

/// Parses `yaml` as a quiz block whose fence is on line 3 of a module, so its first line is
/// line 4 of the file.
fn parse_block(yaml: &str) -> (Vec<Question>, Vec<Diagnostic>) {
    let file_text = format!("---\ntitle: T\n```quiz\n{yaml}```\n");
    let source = YamlSource {
        file: Path::new("modules/m.md"),
        file_text: &file_text,
        yaml,
        line_offset: 3,
    };
    parse(&source, &MathRenderer::default())
}

fn questions(yaml: &str) -> Vec<Question> {
    let (questions, problems) = parse_block(yaml);
    assert!(problems.is_empty(), "{problems:#?}");
    questions
}

/// Each problem as (line in the file, message).
fn problems(yaml: &str) -> Vec<(usize, String)> {
    let (_, problems) = parse_block(yaml);
    problems
        .iter()
        .map(|p| (p.position.map_or(0, |p| p.line), p.message.clone()))
        .collect()
}

#[test]
fn every_type_is_read() {
    let quiz = questions(
        "- question: Which command records the staged changes?\n  options:\n    - text: \"`git commit`\"\n      correct: true\n      feedback: Right.\n    - text: \"`git add`\"\n  explanation: The staging area **chooses**.\n\
         - question: Which are safe?\n  shuffle: true\n  options:\n    - text: a\n      correct: true\n    - text: b\n      correct: true\n    - text: c\n\
         - question: \"`git add` uploads.\"\n  type: truefalse\n  answer: false\n\
         - question: State?\n  type: text\n  answers: [\"git status\"]\n  pattern: \"git +status( -s)?\"\n\
         - question: Parents?\n  type: number\n  answer: 2\n  tolerance: 0.5\n\
         - question: Order\n  type: order\n  items: [edit, add, commit, push]\n  hint: Start *local*.\n",
    );
    let kinds: Vec<Kind> = quiz.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::Single,
            Kind::Multiple,
            Kind::TrueFalse,
            Kind::Text,
            Kind::Number,
            Kind::Order
        ]
    );
    assert_eq!(quiz[0].text, "Which command records the staged changes?");
    assert_eq!(quiz[0].options[0].text, "<code>git commit</code>");
    assert_eq!(quiz[0].options[0].feedback.as_deref(), Some("Right."));
    assert_eq!(
        quiz[0].explanation.as_deref(),
        Some("<p>The staging area <strong>chooses</strong>.</p>\n")
    );
    assert!(quiz[1].shuffle);
    assert_eq!(
        quiz[2]
            .options
            .iter()
            .map(|o| (o.text.as_str(), o.correct))
            .collect::<Vec<_>>(),
        [("True", false), ("False", true)]
    );
    assert_eq!(quiz[3].answers, ["git status"]);
    assert_eq!(quiz[3].pattern, pattern::compile("git +status( -s)?").ok());
    assert_eq!((quiz[4].number, quiz[4].tolerance), (2.0, 0.5));
    assert_eq!(quiz[5].items, ["edit", "add", "commit", "push"]);
    assert_eq!(quiz[5].hint.as_deref(), Some("Start <em>local</em>."));
}

#[test]
fn a_single_question_may_be_written_without_a_list() {
    let quiz = questions("question: Two?\ntype: number\nanswer: 2\n");
    assert_eq!(quiz.len(), 1);
    assert_eq!(quiz[0].number, 2.0);
}

#[test]
fn option_mistakes_are_reported_at_their_lines() {
    assert_eq!(
        problems("- question: Q\n  options:\n    - text: a\n    - text: b\n"),
        [(6, "no option is marked correct".to_string())]
    );
    assert_eq!(
        problems("- question: Q\n  options:\n    - text: a\n      correct: true\n"),
        [(6, "every option is marked correct".to_string())]
    );
    assert_eq!(
        problems(
            "- question: Q\n  type: single\n  options:\n    - text: a\n      correct: true\n    - text: b\n      correct: true\n    - text: c\n"
        ),
        [(5, "a `single` question has 2 correct options".to_string())]
    );
    assert_eq!(
        problems(
            "- question: Q\n  options:\n    - text: a\n      correct: true\n    - text: b\n    - text: a\n"
        ),
        [(9, "the option `a` is listed twice".to_string())]
    );
}

#[test]
fn type_specific_mistakes_are_reported_at_their_lines() {
    assert_eq!(
        problems("- question: Q\n  type: number\n"),
        [(4, "this `number` question has no `answer`".to_string())]
    );
    assert_eq!(
        problems("- question: Q\n  type: number\n  answer: two\n"),
        [(6, "a `number` answer must be a number".to_string())]
    );
    assert_eq!(
        problems("- question: Q\n  type: order\n  items: [only]\n"),
        [(
            6,
            "an `order` question needs at least two `items`".to_string()
        )]
    );
    assert_eq!(
        problems("- question: Q\n  type: text\n  answers: [a]\n  pattern: \"(unclosed\"\n"),
        [(7, "invalid `pattern`: unclosed group".to_string())]
    );
    assert_eq!(
        problems("- question: Q\n  type: truefalse\n  answer: maybe\n"),
        [(
            6,
            "a `truefalse` answer must be `true` or `false`".to_string()
        )]
    );
    assert_eq!(
        problems("- question: \"  \"\n  type: truefalse\n  answer: true\n"),
        [(4, "the question is empty".to_string())]
    );
    assert_eq!(
        problems("- question: Q\n  type: truefalse\n  answer: true\n  items: [a, b]\n"),
        [(
            7,
            "`items` does not apply to a `truefalse` question".to_string()
        )]
    );
}

#[test]
fn unknown_types_and_keys_get_suggestions() {
    let (_, found) = parse_block(
        "- question: Q\n  type: multiple-choice\n  options: []\n- questoin: R\n  type: truefalse\n  answer: true\n  options:\n    - txt: a\n",
    );
    let summary: Vec<(usize, &str, Option<&str>)> = found
        .iter()
        .map(|p| {
            (
                p.position.map_or(0, |p| p.line),
                p.message.as_str(),
                p.help.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                5,
                "unknown question type `multiple-choice`",
                Some("did you mean `single`?")
            ),
            (
                7,
                "unknown key `questoin`",
                Some("did you mean `question`?")
            ),
            (
                7,
                "this question has no `question`",
                Some("add `question:` with the text of the question")
            ),
            (
                11,
                "`options` does not apply to a `truefalse` question",
                Some(
                    "`options` is for `single` and `multiple` questions; remove it or change `type`"
                )
            ),
        ]
    );
}

#[test]
fn broken_yaml_is_an_error_in_file_coordinates_not_a_panic() {
    for yaml in [
        "- question: [unclosed\n",
        "- question: Q\n\toptions: []\n",
        "just text\n",
        "- - nested\n",
        "- question: Q\n  options:\n    - plain option\n",
        "",
    ] {
        let (quiz, found) = parse_block(yaml);
        assert!(quiz.is_empty(), "{yaml}");
        assert!(!found.is_empty(), "{yaml}");
        assert!(
            found
                .iter()
                .all(|p| p.position.is_some_and(|p| p.line >= 3)),
            "{yaml}: {found:?}"
        );
    }
}

#[test]
fn the_html_reads_without_javascript_and_carries_the_answers() {
    let quiz = questions(
        "- question: Pick\n  options:\n    - text: right\n      correct: true\n      feedback: Yes.\n    - text: wrong\n\
         - question: Type it\n  type: text\n  answers: [\"git status\"]\n\
         - question: Sort\n  type: order\n  items: [one, two, three]\n",
    );
    let html = to_html(&quiz, 2, &english());
    for expected in [
        "<section class=\"quiz\" aria-label=\"Self-check\">",
        "<form class=\"quiz-question\" id=\"quiz-2-1\" data-type=\"single\">",
        "<legend><span class=\"quiz-number\">Question 1 of 3</span> <span class=\"quiz-text\">Pick</span></legend>",
        "<li class=\"quiz-option\" data-correct=\"true\">\n<label><input type=\"radio\" name=\"quiz-2-1\" value=\"0\"> <span class=\"quiz-option-text\">right</span></label>\n<p class=\"quiz-option-feedback\" hidden>Yes.</p>",
        "<details class=\"quiz-answer\"><summary>Show the answer</summary>",
        "<p><strong>Answer:</strong> right</p>",
        "data-type=\"text\" data-answers=\"[&quot;git status&quot;]\"",
        "<label for=\"quiz-2-2-input\">Your answer</label>",
        "<p><strong>The right order:</strong></p>\n<ol>\n<li>one</li>\n<li>two</li>\n<li>three</li>\n</ol>",
        "<div class=\"quiz-feedback\" role=\"status\" aria-live=\"polite\"></div>",
    ] {
        assert!(html.contains(expected), "missing {expected} in\n{html}");
    }
    // The order items are scrambled, never given away in the page.
    let positions: Vec<&str> = html
        .match_indices("data-position=\"")
        .map(|(i, m)| &html[i + m.len()..i + m.len() + 1])
        .collect();
    assert_eq!(positions.len(), 3);
    assert_ne!(positions, ["0", "1", "2"]);
    assert_eq!(
        to_html(&quiz, 2, &english()),
        html,
        "the same quiz gives the same bytes"
    );
}

#[test]
fn scrambling_never_keeps_the_right_order() {
    for n in 2..9 {
        for seed in ["a", "b", "Sort these", "Put the steps in order"] {
            let order = scrambled(n, seed);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>());
            assert!(order.iter().enumerate().any(|(i, &p)| i != p), "{n} {seed}");
        }
    }
}

#[test]
fn pattern_mistakes_point_at_their_place_in_the_file() {
    let at = |yaml_pattern: &str| {
        let (_, found) = parse_block(&format!(
            "- question: Q\n  type: text\n  pattern: {yaml_pattern}\n"
        ));
        assert_eq!(found.len(), 1, "{yaml_pattern}: {found:?}");
        let position = found[0].position.unwrap();
        (
            position.line,
            position.column,
            position.width,
            found[0].message.clone(),
            found[0].label.clone(),
        )
    };
    let word_boundary = "word boundaries are not supported in a `pattern`".to_string();
    // Written as it reads: the caret is under the offending part.
    assert_eq!(at(r"git\b"), (6, 15, 2, word_boundary.clone(), None));
    assert_eq!(at(r"'git\b'"), (6, 16, 2, word_boundary.clone(), None));
    assert_eq!(
        at(r#""git (?m)x""#),
        (
            6,
            19,
            1,
            "the `m` flag does not apply to a `pattern`".into(),
            None
        )
    );
    assert_eq!(
        at(r"'día [a'"),
        (
            6,
            17,
            1,
            "invalid `pattern`: unclosed character class".into(),
            None
        )
    );
    // With YAML escapes the pattern's characters are not where they read, so the whole pattern
    // is pointed at, and the label names the part.
    assert_eq!(
        at(r#""git\\b""#),
        (6, 12, 8, word_boundary, Some("at `\\b`".into()))
    );
    let (_, found) = parse_block("- question: Q\n  type: text\n  pattern: '(a{100}){100}'\n");
    assert_eq!(
        (found[0].position.unwrap().column, found[0].message.as_str()),
        (
            12,
            "this `pattern` is too complex: it needs more than 5000 steps for each character of an answer"
        )
    );
    assert!(found[0].help.as_deref().unwrap().contains("repeat less"));
}

#[test]
fn quizzes_of_one_page_are_named_apart() {
    let quiz = questions("question: Sure?\ntype: truefalse\nanswer: true\n");
    let lone = to_html(&quiz, 1, &english());
    assert!(lone.starts_with("<section class=\"quiz\" aria-label=\"Self-check\">\n"));
    let second = label_among(&to_html(&quiz, 2, &english()), 2, 3, &english());
    assert!(
        second.starts_with("<section class=\"quiz\" aria-label=\"Self-check 2 of 3\">\n"),
        "{second}"
    );
    assert_eq!(
        second.replace(" 2 of 3", ""),
        to_html(&quiz, 2, &english()),
        "only the name changes"
    );
}

fn english() -> QuizWords {
    QuizWords::new(&crate::i18n::Words::new("en"))
}
