//! Self-check quizzes: a fenced block with the info string `quiz` holds YAML, one question or
//! a list of them. This module reads and checks that YAML (every problem at its line in the
//! `.md` file) and writes the quiz's HTML: real form controls that read well without
//! JavaScript, with the answer in a `<details>`, and the data `quiz.js` needs to give feedback.

use std::fmt::{self, Write as _};
use std::ops::Range;

use serde::de::{
    self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
    value::MapAccessDeserializer,
};
use serde_saphyr::{Location, Spanned};

use crate::diagnostics::{Diagnostic, Position, did_you_mean};
use crate::read::yaml::{KnownKey, YamlSource};
use crate::render::text::render_inline;
use crate::util::html::escape_html;

pub(crate) mod pattern;

const QUESTION_KEYS: &[KnownKey] = &[
    ("question", "the question, as text (inline Markdown)"),
    (
        "type",
        "one of `single`, `multiple`, `truefalse`, `text`, `number`, `order`",
    ),
    (
        "options",
        "a list of options, each with `text`, and `correct: true` on the right ones",
    ),
    (
        "answer",
        "`true`/`false` for `truefalse`, a number for `number`",
    ),
    (
        "answers",
        "a list of accepted answers, such as `[\"git status\"]`",
    ),
    (
        "pattern",
        "a regular expression an answer must match as a whole",
    ),
    (
        "tolerance",
        "how far a `number` answer may be off, such as `0.5`",
    ),
    (
        "items",
        "the items of an `order` question, in the right order",
    ),
    ("hint", "a hint shown on request (inline Markdown)"),
    (
        "explanation",
        "an explanation shown after an attempt (Markdown)",
    ),
    ("shuffle", "`true` to shuffle the options in the browser"),
];

const OPTION_KEYS: &[KnownKey] = &[
    ("text", "the option's text (inline Markdown)"),
    ("correct", "`true` for a right option"),
    (
        "feedback",
        "what to tell a learner who picks it (inline Markdown)",
    ),
];

const TYPES: &[&str] = &["single", "multiple", "truefalse", "text", "number", "order"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Single,
    Multiple,
    TrueFalse,
    Text,
    Number,
    Order,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multiple => "multiple",
            Kind::TrueFalse => "truefalse",
            Kind::Text => "text",
            Kind::Number => "number",
            Kind::Order => "order",
        }
    }
}

/// A checked question, with its texts already rendered to HTML.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Question {
    pub kind: Kind,
    pub text: String,
    pub options: Vec<Choice>,
    pub answers: Vec<String>,
    pub pattern: Option<pattern::Program>,
    pub number: f64,
    pub tolerance: f64,
    /// Order items in the right order (HTML).
    pub items: Vec<String>,
    pub hint: Option<String>,
    pub explanation: Option<String>,
    pub shuffle: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Choice {
    pub text: String,
    pub correct: bool,
    pub feedback: Option<String>,
}

/// Reads a quiz block. `source` places the block's text in its file. Returns the questions
/// that are valid and a problem for everything else.
pub(crate) fn parse(source: &YamlSource) -> (Vec<Question>, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let raw = match serde_saphyr::from_str::<RawQuiz>(source.yaml) {
        Ok(raw) => raw.0,
        Err(error) => {
            let problems = vec![source.yaml_error(&error, QUESTION_KEYS)];
            return (Vec::new(), problems);
        }
    };
    if raw.is_empty() {
        problems.push(
            Diagnostic::error("this quiz has no questions")
                .at(source.file, source.file_text, source.line_position(0))
                .with_help(FORMAT_HELP),
        );
    }
    let questions = raw
        .into_iter()
        .filter_map(|q| check(source, q, &mut problems))
        .collect();
    (questions, problems)
}

const FORMAT_HELP: &str = "write one question as `question: …` with `options:` (or another \
    `type`), or a list of them, each starting with `- question: …`";

fn check(
    source: &YamlSource,
    raw: RawQuestion,
    problems: &mut Vec<Diagnostic>,
) -> Option<Question> {
    let before = problems.len();
    let start = raw.start;
    let start_position = start.map_or(source.line_position(0), |l| source.position(&l));
    let error = |position: Position, message: String| {
        Diagnostic::error(message).at(source.file, source.file_text, position)
    };
    let error_at = |location: &Location, message: String| error(source.position(location), message);
    for key in &raw.unknown {
        problems.push(source.unknown_key(key, QUESTION_KEYS));
    }
    let text = match &raw.question {
        Some(q) if !q.value.trim().is_empty() => render_inline(q.value.trim()),
        Some(q) => {
            problems.push(
                error_at(&q.referenced, "the question is empty".into())
                    .with_help("write the question after `question:`"),
            );
            String::new()
        }
        None => {
            problems.push(
                error(start_position, "this question has no `question`".into())
                    .with_help("add `question:` with the text of the question"),
            );
            String::new()
        }
    };
    let options = raw.options.as_ref();
    let correct_count = options.map_or(0, |o| {
        o.value
            .iter()
            .filter(|option| option.correct.unwrap_or(false))
            .count()
    });
    let kind = match &raw.kind {
        Some(kind) => match kind.value.trim() {
            "single" => Kind::Single,
            "multiple" => Kind::Multiple,
            "truefalse" => Kind::TrueFalse,
            "text" => Kind::Text,
            "number" => Kind::Number,
            "order" => Kind::Order,
            other => {
                let help = match did_you_mean(other, TYPES.iter().copied())
                    .or_else(|| usual_name(other))
                {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("use one of: {}", TYPES.join(", ")),
                };
                problems.push(
                    error_at(&kind.referenced, format!("unknown question type `{other}`"))
                        .with_label("not a question type")
                        .with_help(help),
                );
                return None;
            }
        },
        None if correct_count > 1 => Kind::Multiple,
        None if raw.options.is_some() => Kind::Single,
        None if raw.items.is_some() => Kind::Order,
        None => {
            let at = raw
                .question
                .as_ref()
                .map_or(start_position, |q| source.position(&q.referenced));
            problems.push(
                error(at, "this question has no answer to check".into())
                    .with_help("give it `options:` (with `correct: true` on the right ones), or a `type` with its answer: `truefalse` with `answer:`, `text` with `answers:`, `number` with `answer:`, or `order` with `items:`"),
            );
            return None;
        }
    };

    // Keys that belong to other types are mistakes worth pointing at.
    let misplaced = |name: &str, location: Option<Location>, allowed: &[Kind]| {
        location.filter(|_| !allowed.contains(&kind)).map(|at| {
            error_at(
                &at,
                format!("`{name}` does not apply to a `{}` question", kind.name()),
            )
            .with_help(format!(
                "`{name}` is for {} questions; remove it or change `type`",
                allowed
                    .iter()
                    .map(|k| format!("`{}`", k.name()))
                    .collect::<Vec<_>>()
                    .join(" and ")
            ))
        })
    };
    let choice_kinds = [Kind::Single, Kind::Multiple];
    problems.extend(
        [
            misplaced(
                "options",
                raw.options.as_ref().map(|o| o.referenced),
                &choice_kinds,
            ),
            misplaced(
                "shuffle",
                raw.shuffle.as_ref().map(|s| s.referenced),
                &choice_kinds,
            ),
            misplaced(
                "answer",
                raw.answer.as_ref().map(|a| a.referenced),
                &[Kind::TrueFalse, Kind::Number, Kind::Text],
            ),
            misplaced(
                "answers",
                raw.answers.as_ref().map(|a| a.referenced),
                &[Kind::Text],
            ),
            misplaced(
                "pattern",
                raw.pattern.as_ref().map(|p| p.referenced),
                &[Kind::Text],
            ),
            misplaced(
                "tolerance",
                raw.tolerance.as_ref().map(|t| t.referenced),
                &[Kind::Number],
            ),
            misplaced(
                "items",
                raw.items.as_ref().map(|i| i.referenced),
                &[Kind::Order],
            ),
        ]
        .into_iter()
        .flatten(),
    );

    let mut question = Question {
        kind,
        text,
        options: Vec::new(),
        answers: Vec::new(),
        pattern: None,
        number: 0.0,
        tolerance: 0.0,
        items: Vec::new(),
        hint: raw
            .hint
            .as_deref()
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .map(render_inline),
        explanation: raw
            .explanation
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(render_block),
        shuffle: raw.shuffle.as_ref().is_some_and(|s| s.value),
    };
    let at_question = raw
        .question
        .as_ref()
        .map_or(start_position, |q| source.position(&q.referenced));

    match kind {
        Kind::Single | Kind::Multiple => {
            let Some(options) = &raw.options else {
                problems.push(
                    error(at_question, format!("this `{}` question has no `options`", kind.name()))
                        .with_help("add `options:`, a list of `- text: …`, with `correct: true` on the right ones"),
                );
                return None;
            };
            let mut seen: Vec<&str> = Vec::new();
            for option in &options.value {
                for key in &option.unknown {
                    problems.push(source.unknown_key(key, OPTION_KEYS));
                }
                let Some(text) = &option.text else {
                    problems.push(
                        error_at(&option.start.unwrap_or(options.referenced), "this option has no `text`".into())
                            .with_help("write each option as `- text: …`, adding `correct: true` to the right ones"),
                    );
                    continue;
                };
                let trimmed = text.value.trim();
                if trimmed.is_empty() {
                    problems.push(error_at(&text.referenced, "this option is empty".into()));
                } else if seen.contains(&trimmed) {
                    problems.push(
                        error_at(
                            &text.referenced,
                            format!("the option `{trimmed}` is listed twice"),
                        )
                        .with_help("each option must be different; remove or reword one of them"),
                    );
                }
                seen.push(trimmed);
                question.options.push(Choice {
                    text: render_inline(trimmed),
                    correct: option.correct.unwrap_or(false),
                    feedback: option
                        .feedback
                        .as_deref()
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .map(render_inline),
                });
            }
            let count = question.options.len();
            if correct_count == 0 {
                problems.push(
                    error_at(&options.referenced, "no option is marked correct".into())
                        .with_label("none of these has `correct: true`")
                        .with_help("add `correct: true` to the right option (or options)"),
                );
            } else if correct_count == count {
                problems.push(
                    error_at(&options.referenced, "every option is marked correct".into())
                        .with_label("nothing left to choose")
                        .with_help("add at least one wrong option, or turn the question into a `truefalse`"),
                );
            } else if kind == Kind::Single && correct_count > 1 {
                problems.push(
                    error_at(
                        &raw.kind
                            .as_ref()
                            .map_or(options.referenced, |k| k.referenced),
                        format!("a `single` question has {correct_count} correct options"),
                    )
                    .with_help("keep one option with `correct: true`, or use `type: multiple`"),
                );
            }
        }
        Kind::TrueFalse => match raw.answer.as_ref().map(|a| (&a.value, a.referenced)) {
            Some((Scalar::Bool(answer), _)) => {
                question.options = [("True", true), ("False", false)]
                    .map(|(label, value)| Choice {
                        text: label.to_string(),
                        correct: value == *answer,
                        feedback: None,
                    })
                    .to_vec();
            }
            Some((_, at)) => problems.push(
                error_at(&at, "a `truefalse` answer must be `true` or `false`".into())
                    .with_help("write `answer: true` or `answer: false`"),
            ),
            None => problems.push(
                error(
                    at_question,
                    "this `truefalse` question has no `answer`".into(),
                )
                .with_help("add `answer: true` or `answer: false`"),
            ),
        },
        Kind::Text => {
            let mut answers: Vec<String> = raw
                .answers
                .as_ref()
                .map(|a| {
                    a.value
                        .iter()
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            // A single accepted answer may be written as `answer:`.
            if let Some(answer) = &raw.answer {
                match &answer.value {
                    Scalar::Text(text) if !text.trim().is_empty() => {
                        answers.push(text.trim().to_string())
                    }
                    Scalar::Number(n) => answers.push(n.to_string()),
                    _ => {}
                }
            }
            if let Some(pattern) = &raw.pattern {
                match pattern::compile(&pattern.value) {
                    Ok(program) => question.pattern = Some(program),
                    Err(refusal) => {
                        let exact = exact_position(source, pattern, refusal.span.clone());
                        let part = refusal.span.and_then(|span| pattern.value.get(span));
                        let problem = match (exact, part) {
                            (Some(at), _) => error(at, refusal.message),
                            // The pattern is pointed at as a whole: name the part.
                            (None, Some(part)) if !part.is_empty() => {
                                error_at(&pattern.referenced, refusal.message)
                                    .with_label(format!("at `{part}`"))
                            }
                            (None, _) => error_at(&pattern.referenced, refusal.message),
                        };
                        problems.push(problem.with_help(refusal.help));
                    }
                }
            }
            if answers.is_empty() && raw.pattern.is_none() {
                problems.push(
                    error(
                        at_question,
                        "this `text` question has no accepted answers".into(),
                    )
                    .with_help("add `answers: [\"…\"]` (and optionally a `pattern`)"),
                );
            }
            question.answers = answers;
        }
        Kind::Number => {
            match raw.answer.as_ref().map(|a| (&a.value, a.referenced)) {
                Some((Scalar::Number(n), _)) => question.number = *n,
                Some((_, at)) => problems.push(
                    error_at(&at, "a `number` answer must be a number".into()).with_help(
                        "write the answer as a number, such as `answer: 2` or `answer: 0.5`",
                    ),
                ),
                None => problems.push(
                    error(at_question, "this `number` question has no `answer`".into())
                        .with_help("add `answer:` with the right number"),
                ),
            }
            if let Some(tolerance) = &raw.tolerance {
                if tolerance.value.is_finite() && tolerance.value >= 0.0 {
                    question.tolerance = tolerance.value;
                } else {
                    problems.push(
                        error_at(&tolerance.referenced, "`tolerance` must be zero or more".into())
                            .with_help("write how far an answer may be from `answer`, such as `tolerance: 0.5`"),
                    );
                }
            }
        }
        Kind::Order => {
            let items: Vec<&str> = raw
                .items
                .as_ref()
                .map(|i| i.value.iter().map(|s| s.trim()).collect())
                .unwrap_or_default();
            let at = raw
                .items
                .as_ref()
                .map_or(at_question, |i| source.position(&i.referenced));
            if items.len() < 2 {
                problems.push(
                    error(at, "an `order` question needs at least two `items`".into())
                        .with_help("list the items in the right order, such as `items: [git add, git commit, git push]`"),
                );
            }
            for (i, item) in items.iter().enumerate() {
                if item.is_empty() {
                    problems.push(error(at, "an item of `items` is empty".into()));
                } else if items[..i].contains(item) {
                    problems.push(
                        error(at, format!("the item `{item}` is listed twice")).with_help(
                            "each item must be different, so that there is one right order",
                        ),
                    );
                }
            }
            question.items = items.into_iter().map(render_inline).collect();
        }
    }
    (problems.len() == before).then_some(question)
}

/// The type authors usually mean by names other tools use.
fn usual_name(name: &str) -> Option<&'static str> {
    let name = name.to_lowercase().replace(['-', '_', ' ', '/'], "");
    Some(match name.as_str() {
        "multiplechoice" | "mcq" | "choice" | "radio" => "single",
        "checkbox" | "checkboxes" | "multipleanswer" | "multipleanswers" | "multi" => "multiple",
        "truefalse" | "tf" | "boolean" | "bool" | "yesno" => "truefalse",
        "freetext" | "shortanswer" | "string" | "input" | "fillin" => "text",
        "numeric" | "numerical" | "integer" | "float" => "number",
        "ordering" | "sequence" | "sort" | "ranking" => "order",
        _ => return None,
    })
}

/// Markdown blocks (an explanation), with the course's dialect and without raw HTML.
fn render_block(text: &str) -> String {
    crate::render::text::render_text_markdown(text)
}

/// The HTML of one quiz block: `number` is the block's place on its page (1-based).
pub(crate) fn to_html(questions: &[Question], number: usize) -> String {
    let mut out = String::from(
        "<section class=\"quiz\" aria-label=\"Self-check\">\n<p class=\"quiz-summary\" hidden></p>\n",
    );
    let count = questions.len();
    for (index, question) in questions.iter().enumerate() {
        let id = format!("quiz-{number}-{}", index + 1);
        question_html(&mut out, question, &id, index + 1, count);
    }
    out.push_str("</section>\n");
    out
}

fn question_html(out: &mut String, q: &Question, id: &str, number: usize, count: usize) {
    let _ = write!(
        out,
        "<form class=\"quiz-question\" id=\"{id}\" data-type=\"{}\"",
        q.kind.name()
    );
    if q.shuffle {
        out.push_str(" data-shuffle");
    }
    match q.kind {
        Kind::Text => {
            let answers = serde_json::to_string(&q.answers).unwrap_or_else(|_| "[]".into());
            let _ = write!(out, " data-answers=\"{}\"", escape_html(&answers));
            if let Some(program) = &q.pattern {
                let _ = write!(out, " data-program=\"{}\"", escape_html(&program.to_json()));
            }
        }
        Kind::Number => {
            let _ = write!(
                out,
                " data-answer=\"{}\" data-tolerance=\"{}\"",
                q.number, q.tolerance
            );
        }
        _ => {}
    }
    let _ = write!(
        out,
        ">\n<fieldset>\n<legend><span class=\"quiz-number\">Question {number} of {count}</span> <span class=\"quiz-text\">{}</span></legend>\n",
        q.text
    );
    match q.kind {
        Kind::Single | Kind::Multiple | Kind::TrueFalse => {
            let input = if q.kind == Kind::Multiple {
                "checkbox"
            } else {
                "radio"
            };
            out.push_str("<ul class=\"quiz-options\">\n");
            for (i, option) in q.options.iter().enumerate() {
                let _ = write!(
                    out,
                    "<li class=\"quiz-option\" data-correct=\"{}\">\n<label><input type=\"{input}\" name=\"{id}\" value=\"{i}\"> <span class=\"quiz-option-text\">{}</span></label>\n",
                    option.correct, option.text
                );
                if let Some(feedback) = &option.feedback {
                    let _ = writeln!(
                        out,
                        "<p class=\"quiz-option-feedback\" hidden>{feedback}</p>"
                    );
                }
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        Kind::Text | Kind::Number => {
            let mode = if q.kind == Kind::Number {
                " inputmode=\"decimal\""
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "<p class=\"quiz-field\"><label for=\"{id}-input\">Your answer</label> <input type=\"text\" id=\"{id}-input\" class=\"quiz-input\"{mode} autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\"></p>"
            );
        }
        Kind::Order => {
            out.push_str("<ol class=\"quiz-order\">\n");
            for position in scrambled(q.items.len(), &q.text) {
                let item = &q.items[position];
                let label = escape_html(&strip_tags(item));
                let _ = writeln!(
                    out,
                    "<li class=\"quiz-order-item\" data-position=\"{position}\"><span class=\"quiz-order-text\">{item}</span> <span class=\"quiz-order-buttons\"><button type=\"button\" class=\"quiz-move\" data-move=\"up\" aria-label=\"Move “{label}” up\">↑</button> <button type=\"button\" class=\"quiz-move\" data-move=\"down\" aria-label=\"Move “{label}” down\">↓</button></span></li>"
                );
            }
            out.push_str("</ol>\n");
        }
    }
    if let Some(hint) = &q.hint {
        let _ = writeln!(out, "<p class=\"quiz-hint\" hidden>{hint}</p>");
    }
    out.push_str("</fieldset>\n<div class=\"quiz-actions\">\n<button type=\"submit\" class=\"quiz-check\">Check</button>\n");
    if q.hint.is_some() {
        out.push_str("<button type=\"button\" class=\"quiz-hint-button\" aria-expanded=\"false\">Show a hint</button>\n");
    }
    out.push_str("<button type=\"button\" class=\"quiz-retry\" hidden>Try again</button>\n</div>\n<div class=\"quiz-feedback\" role=\"status\" aria-live=\"polite\"></div>\n");
    if let Some(explanation) = &q.explanation {
        let _ = writeln!(
            out,
            "<div class=\"quiz-explanation\" hidden>{explanation}</div>"
        );
    }
    out.push_str("<details class=\"quiz-answer\"><summary>Show the answer</summary><div class=\"quiz-answer-body\">\n");
    answer_html(out, q);
    if let Some(explanation) = &q.explanation {
        out.push_str(explanation);
    }
    out.push_str("</div></details>\n</form>\n");
}

/// The answer, written out for readers without JavaScript.
fn answer_html(out: &mut String, q: &Question) {
    match q.kind {
        Kind::Single | Kind::Multiple | Kind::TrueFalse => {
            let right: Vec<&str> = q
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.text.as_str())
                .collect();
            let _ = writeln!(out, "<p><strong>Answer:</strong> {}</p>", right.join("; "));
            if q.options.iter().any(|o| o.feedback.is_some()) {
                out.push_str("<ul>\n");
                for option in &q.options {
                    let verdict = if option.correct { "right" } else { "wrong" };
                    let _ = write!(out, "<li>{} ({verdict})", option.text);
                    if let Some(feedback) = &option.feedback {
                        let _ = write!(out, ": {feedback}");
                    }
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
        }
        Kind::Text => {
            let answers: Vec<String> = q
                .answers
                .iter()
                .map(|a| format!("<code>{}</code>", escape_html(a)))
                .collect();
            let label = if answers.len() > 1 {
                "Accepted answers"
            } else {
                "Answer"
            };
            let _ = writeln!(
                out,
                "<p><strong>{label}:</strong> {}</p>",
                answers.join(", ")
            );
        }
        Kind::Number => {
            let _ = write!(out, "<p><strong>Answer:</strong> {}", q.number);
            if q.tolerance > 0.0 {
                let _ = write!(out, " (± {})", q.tolerance);
            }
            out.push_str("</p>\n");
        }
        Kind::Order => {
            out.push_str("<p><strong>The right order:</strong></p>\n<ol>\n");
            for item in &q.items {
                let _ = writeln!(out, "<li>{item}</li>");
            }
            out.push_str("</ol>\n");
        }
    }
}

/// A fixed shuffle of `0..n`, never the identity (when `n > 1`): the built page must not give
/// the order away, and the same question must always give the same bytes.
fn scrambled(n: usize, seed_text: &str) -> Vec<usize> {
    let mut seed = seed_text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) | 1;
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        order.swap(i, (seed % (i as u64 + 1)) as usize);
    }
    if n > 1 && order.iter().enumerate().all(|(i, &p)| i == p) {
        order.rotate_left(1);
    }
    order
}

fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    // `&amp;` last, so that `&amp;lt;` (the words `&lt;`) is not decoded twice.
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

// ---- Reading the YAML, with every key's place ----

/// A scalar whose type depends on the question: `true`, `2`, `0.5` or text.
#[derive(Debug, Clone, PartialEq)]
enum Scalar {
    Bool(bool),
    Number(f64),
    Text(String),
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScalarVisitor;
        impl Visitor<'_> for ScalarVisitor {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`true`, `false`, a number or a text")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Number(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_string()))
            }
        }
        deserializer.deserialize_any(ScalarVisitor)
    }
}

/// One question or a list of them.
struct RawQuiz(Vec<RawQuestion>);

impl<'de> Deserialize<'de> for RawQuiz {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct QuizVisitor;
        impl<'de> Visitor<'de> for QuizVisitor {
            type Value = RawQuiz;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a question (`question: …`) or a list of questions")
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawQuiz, E> {
                Ok(RawQuiz(Vec::new()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawQuiz, A::Error> {
                Ok(RawQuiz(vec![RawQuestion::deserialize(
                    MapAccessDeserializer::new(map),
                )?]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawQuiz, A::Error> {
                let mut questions = Vec::new();
                while let Some(question) = seq.next_element::<RawQuestion>()? {
                    questions.push(question);
                }
                Ok(RawQuiz(questions))
            }
        }
        deserializer.deserialize_any(QuizVisitor)
    }
}

#[derive(Debug, Default)]
struct RawQuestion {
    start: Option<Location>,
    question: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    options: Option<Spanned<Vec<RawOption>>>,
    answer: Option<Spanned<Scalar>>,
    answers: Option<Spanned<Vec<String>>>,
    pattern: Option<Spanned<String>>,
    tolerance: Option<Spanned<f64>>,
    items: Option<Spanned<Vec<String>>>,
    hint: Option<String>,
    explanation: Option<String>,
    shuffle: Option<Spanned<bool>>,
    unknown: Vec<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawQuestion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct QuestionVisitor;
        impl<'de> Visitor<'de> for QuestionVisitor {
            type Value = RawQuestion;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a question: `question: …` and its answer on their own lines")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawQuestion, A::Error> {
                let mut raw = RawQuestion::default();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    raw.start.get_or_insert(key.referenced);
                    match key.value.as_str() {
                        "question" => raw.question = Some(map.next_value()?),
                        "type" => raw.kind = Some(map.next_value()?),
                        "options" => raw.options = Some(map.next_value()?),
                        "answer" => raw.answer = Some(map.next_value()?),
                        "answers" => raw.answers = Some(map.next_value()?),
                        "pattern" => raw.pattern = Some(map.next_value()?),
                        "tolerance" => raw.tolerance = Some(map.next_value()?),
                        "items" => raw.items = Some(map.next_value()?),
                        "hint" => raw.hint = Some(map.next_value()?),
                        "explanation" => raw.explanation = Some(map.next_value()?),
                        "shuffle" => raw.shuffle = Some(map.next_value()?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            raw.unknown.push(key);
                        }
                    }
                }
                Ok(raw)
            }
        }
        deserializer.deserialize_map(QuestionVisitor)
    }
}

#[derive(Debug, Default)]
struct RawOption {
    start: Option<Location>,
    text: Option<Spanned<String>>,
    correct: Option<bool>,
    feedback: Option<String>,
    unknown: Vec<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawOption {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OptionVisitor;
        impl<'de> Visitor<'de> for OptionVisitor {
            type Value = RawOption;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an option: `- text: …`, with `correct: true` on the right ones")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawOption, E> {
                Err(E::custom(format!(
                    "an option must be written `- text: {v}`, not as plain text"
                )))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawOption, A::Error> {
                let mut raw = RawOption::default();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    raw.start.get_or_insert(key.referenced);
                    match key.value.as_str() {
                        "text" => raw.text = Some(map.next_value()?),
                        "correct" => raw.correct = Some(map.next_value()?),
                        "feedback" => raw.feedback = Some(map.next_value()?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            raw.unknown.push(key);
                        }
                    }
                }
                Ok(raw)
            }
        }
        deserializer.deserialize_any(OptionVisitor)
    }
}

/// Where the part `span` (bytes) of a `pattern` is in the file, when the pattern is written as
/// it reads, on one line (plain, or quoted without escapes).
fn exact_position(
    source: &YamlSource,
    pattern: &Spanned<String>,
    span: Option<Range<usize>>,
) -> Option<Position> {
    let span = span?;
    let value = pattern.value.as_str();
    let written = pattern
        .referenced
        .span()
        .byte_offset()
        .and_then(|start| source.yaml.get(usize::try_from(start).ok()?..))?;
    let quote = written
        .get(..1)
        .filter(|q| *q == "\"" || *q == "'")
        .unwrap_or("");
    let verbatim = written
        .get(quote.len()..)
        .and_then(|rest| rest.strip_prefix(value))
        .is_some_and(|after| after.starts_with(quote));
    if !verbatim || value.contains('\n') {
        return None;
    }
    let before = value.get(..span.start)?.chars().count();
    let width = value.get(span)?.chars().count();
    let start = source.position(&pattern.referenced);
    Some(Position::new(
        start.line,
        start.column + quote.len() + before,
        width,
    ))
}

#[cfg(test)]
mod tests;
