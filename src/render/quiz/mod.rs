//! Self-check quizzes: a fenced block with the info string `quiz` holds YAML, one question or
//! a list of them. This module reads and checks that YAML (every problem at its line in the
//! `.md` file) and writes the quiz's HTML: real form controls that read well without
//! JavaScript, with the answer in a `<details>`, and the data `quiz.js` needs to give feedback.

use std::fmt::{self, Write as _};

use serde::de::{
    self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor,
    value::MapAccessDeserializer,
};
use serde_saphyr::{Location, Spanned};

use fluent_bundle::FluentValue;

use crate::diagnostics::Diagnostic;
use crate::i18n::Words;
use crate::read::yaml::{KnownKey, YamlSource};
use crate::render::math::MathRenderer;
use crate::util::html::escape_html;

mod check;
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
        "answer_text",
        "how a `number` answer is shown once revealed, with Markdown and formulas, such as `'$3 \\times 10^{8}$ m/s'`",
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

    fn from_name(name: &str) -> Option<Kind> {
        Some(match name {
            "single" => Kind::Single,
            "multiple" => Kind::Multiple,
            "truefalse" => Kind::TrueFalse,
            "text" => Kind::Text,
            "number" => Kind::Number,
            "order" => Kind::Order,
            _ => return None,
        })
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
    /// How a `number` answer is shown (HTML), when the author wrote it out.
    pub answer_text: Option<String>,
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
pub(crate) fn parse(source: &YamlSource, math: &MathRenderer) -> (Vec<Question>, Vec<Diagnostic>) {
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
        .filter_map(|q| check::check(source, q, &mut problems, math))
        .collect();
    (questions, problems)
}

const FORMAT_HELP: &str = "write one question as `question: …` with `options:` (or another \
    `type`), or a list of them, each starting with `- question: …`";

/// Every word the quiz HTML puts around the author's text, in the course's language (`quiz.js`
/// says the rest).
pub struct QuizWords {
    self_check: String,
    /// The name of one of several quizzes of a page, with `{number}` and `{total}`.
    self_check_of: String,
    question_of: String,
    check: String,
    show_hint: String,
    retry: String,
    show_answer: String,
    your_answer: String,
    /// With `{item}`.
    move_up: String,
    move_down: String,
    answer: String,
    accepted_answers: String,
    right_order: String,
    right: String,
    wrong: String,
    /// The two options of a `truefalse` question.
    truth: String,
    falsity: String,
}

impl QuizWords {
    pub fn new(words: &Words) -> QuizWords {
        let get = |id: &str| escape_html(&words.get(id, &[]));
        let placeholders = |id: &str| {
            let args = [
                ("number", FluentValue::from("{number}")),
                ("total", FluentValue::from("{total}")),
                ("item", FluentValue::from("{item}")),
            ];
            escape_html(&words.get(id, &args))
        };
        QuizWords {
            self_check: get("quiz-self-check"),
            self_check_of: placeholders("quiz-self-check-of"),
            question_of: placeholders("quiz-question-of"),
            check: get("quiz-check"),
            show_hint: get("quiz-show-hint"),
            retry: get("quiz-retry"),
            show_answer: get("quiz-show-answer"),
            your_answer: get("quiz-your-answer"),
            move_up: placeholders("quiz-move-up"),
            move_down: placeholders("quiz-move-down"),
            answer: get("quiz-answer"),
            accepted_answers: get("quiz-accepted-answers"),
            right_order: get("quiz-right-order"),
            right: get("quiz-right"),
            wrong: get("quiz-wrong"),
            truth: get("quiz-true"),
            falsity: get("quiz-false"),
        }
    }

    /// An option's text as shown: a `truefalse` question's two options in the course's words.
    fn option_text<'q>(&'q self, q: &'q Question, index: usize, option: &'q Choice) -> &'q str {
        match (q.kind, index) {
            (Kind::TrueFalse, 0) => &self.truth,
            (Kind::TrueFalse, 1) => &self.falsity,
            _ => &option.text,
        }
    }
}

/// `template` of [`QuizWords`] with its `{number}` and `{total}` filled in.
fn counted(template: &str, number: usize, total: usize) -> String {
    template
        .replace("{number}", &number.to_string())
        .replace("{total}", &total.to_string())
}

/// The accessible name of a quiz, from the words of [`QuizWords`]: "Self-check" when it is the
/// page's only one, else "Self-check 2 of 3", since landmarks of one page need names of their
/// own for a screen reader's list of them to tell them apart.
fn quiz_label(words: &QuizWords, number: usize, total: usize) -> String {
    if total <= 1 {
        words.self_check.clone()
    } else {
        counted(&words.self_check_of, number, total)
    }
}

fn opening(words: &QuizWords, number: usize, total: usize) -> String {
    format!(
        "<section class=\"quiz\" aria-label=\"{}\">\n",
        quiz_label(words, number, total)
    )
}

/// The HTML of one quiz block: `number` is the block's place on its page (1-based). It is
/// named as the page's only quiz; [`label_among`] names it among others once they are known.
pub(crate) fn to_html(questions: &[Question], number: usize, words: &QuizWords) -> String {
    let mut out = opening(words, number, 1);
    out.push_str("<p class=\"quiz-summary\" hidden></p>\n");
    let count = questions.len();
    for (index, question) in questions.iter().enumerate() {
        let id = format!("quiz-{number}-{}", index + 1);
        question_html(&mut out, question, &id, (index + 1, count), words);
    }
    out.push_str("</section>\n");
    out
}

/// The HTML of quiz `number` of [`to_html`], named as one of the page's `total` quizzes.
pub(crate) fn label_among(html: &str, number: usize, total: usize, words: &QuizWords) -> String {
    match html.strip_prefix(&opening(words, number, 1)) {
        Some(rest) => opening(words, number, total) + rest,
        None => html.to_string(),
    }
}

/// One question: `place` is its number and the quiz's count of questions.
fn question_html(
    out: &mut String,
    q: &Question,
    id: &str,
    (number, count): (usize, usize),
    words: &QuizWords,
) {
    let _ = write!(
        out,
        "<form class=\"quiz-question\" id=\"{id}\" data-type=\"{}\"",
        q.kind.name()
    );
    if q.shuffle {
        out.push_str(" data-shuffle");
    }
    data_attributes(out, q);
    let _ = write!(
        out,
        ">\n<fieldset>\n<legend><span class=\"quiz-number\">{}</span> <span class=\"quiz-text\">{}</span></legend>\n",
        counted(&words.question_of, number, count),
        q.text
    );
    controls_html(out, q, id, words);
    if let Some(hint) = &q.hint {
        let _ = writeln!(out, "<p class=\"quiz-hint\" hidden>{hint}</p>");
    }
    let _ = writeln!(
        out,
        "</fieldset>\n<div class=\"quiz-actions\">\n<button type=\"submit\" class=\"quiz-check\">{}</button>",
        words.check
    );
    if q.hint.is_some() {
        let _ = writeln!(
            out,
            "<button type=\"button\" class=\"quiz-hint-button\" aria-expanded=\"false\">{}</button>",
            words.show_hint
        );
    }
    let _ = writeln!(
        out,
        "<button type=\"button\" class=\"quiz-retry\" hidden>{}</button>\n</div>\n<div class=\"quiz-feedback\" role=\"status\" aria-live=\"polite\"></div>",
        words.retry
    );
    if let Some(explanation) = &q.explanation {
        let _ = writeln!(
            out,
            "<div class=\"quiz-explanation\" hidden>{explanation}</div>"
        );
    }
    let _ = writeln!(
        out,
        "<details class=\"quiz-answer\"><summary>{}</summary><div class=\"quiz-answer-body\">",
        words.show_answer
    );
    answer_html(out, q, words);
    if let Some(explanation) = &q.explanation {
        out.push_str(explanation);
    }
    out.push_str("</div></details>\n</form>\n");
}

/// The data `quiz.js` checks an answer with, as attributes of the question's `<form>`.
fn data_attributes(out: &mut String, q: &Question) {
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
}

/// The controls a learner answers with: options, a text field, or items to put in order.
fn controls_html(out: &mut String, q: &Question, id: &str, words: &QuizWords) {
    match q.kind {
        Kind::Single | Kind::Multiple | Kind::TrueFalse => {
            let input = if q.kind == Kind::Multiple {
                "checkbox"
            } else {
                "radio"
            };
            out.push_str("<ul class=\"quiz-options\">\n");
            for (i, option) in q.options.iter().enumerate() {
                // A formula names nothing (MathML is read, not used as a name): an option that
                // holds one is named by its text with the formula's LaTeX.
                let name = if option.text.contains("<math") {
                    format!(" aria-label=\"{}\"", escape_html(&strip_tags(&option.text)))
                } else {
                    String::new()
                };
                let _ = write!(
                    out,
                    "<li class=\"quiz-option\" data-correct=\"{}\">\n<label><input type=\"{input}\" name=\"{id}\" value=\"{i}\"{name}> <span class=\"quiz-option-text\">{}</span></label>\n",
                    option.correct,
                    words.option_text(q, i, option)
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
                "<p class=\"quiz-field\"><label for=\"{id}-input\">{}</label> <input type=\"text\" id=\"{id}-input\" class=\"quiz-input\"{mode} autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\"></p>",
                words.your_answer
            );
        }
        Kind::Order => {
            out.push_str("<ol class=\"quiz-order\">\n");
            for position in scrambled(q.items.len(), &q.text) {
                let item = &q.items[position];
                let label = escape_html(&strip_tags(item));
                let up = words.move_up.replace("{item}", &label);
                let down = words.move_down.replace("{item}", &label);
                let _ = writeln!(
                    out,
                    "<li class=\"quiz-order-item\" data-position=\"{position}\"><span class=\"quiz-order-text\">{item}</span> <span class=\"quiz-order-buttons\"><button type=\"button\" class=\"quiz-move\" data-move=\"up\" aria-label=\"{up}\">↑</button> <button type=\"button\" class=\"quiz-move\" data-move=\"down\" aria-label=\"{down}\">↓</button></span></li>"
                );
            }
            out.push_str("</ol>\n");
        }
    }
}

/// The answer, written out for readers without JavaScript.
fn answer_html(out: &mut String, q: &Question, words: &QuizWords) {
    match q.kind {
        Kind::Single | Kind::Multiple | Kind::TrueFalse => {
            let right: Vec<&str> = q
                .options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.correct)
                .map(|(i, o)| words.option_text(q, i, o))
                .collect();
            let _ = writeln!(
                out,
                "<p><strong>{}:</strong> {}</p>",
                words.answer,
                right.join("; ")
            );
            if q.options.iter().any(|o| o.feedback.is_some()) {
                out.push_str("<ul>\n");
                for (i, option) in q.options.iter().enumerate() {
                    let verdict = if option.correct {
                        &words.right
                    } else {
                        &words.wrong
                    };
                    let _ = write!(out, "<li>{} ({verdict})", words.option_text(q, i, option));
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
                &words.accepted_answers
            } else {
                &words.answer
            };
            let _ = writeln!(
                out,
                "<p><strong>{label}:</strong> {}</p>",
                answers.join(", ")
            );
        }
        Kind::Number => {
            match &q.answer_text {
                Some(shown) => {
                    let _ = write!(out, "<p><strong>{}:</strong> {shown}", words.answer);
                }
                None => {
                    let _ = write!(out, "<p><strong>{}:</strong> {}", words.answer, q.number);
                }
            }
            if q.tolerance > 0.0 {
                let _ = write!(out, " (± {})", q.tolerance);
            }
            out.push_str("</p>\n");
        }
        Kind::Order => {
            let _ = writeln!(out, "<p><strong>{}:</strong></p>\n<ol>", words.right_order);
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

/// Each `<math alttext="...">…</math>` as its (escaped) LaTeX.
fn formulas_as_source(html: &str) -> std::borrow::Cow<'_, str> {
    const OPEN: &str = "<math alttext=\"";
    if !html.contains(OPEN) {
        return html.into();
    }
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start]);
        let after = &rest[start + OPEN.len()..];
        let source_end = after.find('"').unwrap_or(after.len());
        out.push_str(&after[..source_end]);
        rest = after
            .find("</math>")
            .map_or("", |end| &after[end + "</math>".len()..]);
    }
    out.push_str(rest);
    out.into()
}

fn strip_tags(html: &str) -> String {
    let html = formulas_as_source(html);
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
    answer_text: Option<Spanned<String>>,
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
                        "answer_text" => raw.answer_text = Some(map.next_value()?),
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

#[cfg(test)]
mod tests;
