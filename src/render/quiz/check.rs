//! Checking one parsed question: the keys it uses, its type, and the answer each type needs.
//! Every problem points at its line in the `.md` file; a question with a problem is left out.

use std::ops::Range;

use serde_saphyr::{Location, Spanned};

use super::pattern::{self, Program};
use super::{Choice, Kind, QUESTION_KEYS, Question, RawOption, RawQuestion, Scalar};
use crate::diagnostics::{Diagnostic, Position, did_you_mean};
use crate::read::yaml::{KnownKey, YamlSource};
use crate::render::math::{MathError, MathRenderer};
use crate::render::text::{render_inline_with, render_text_markdown_with};

const OPTION_KEYS: &[KnownKey] = &[
    ("text", "the option's text (inline Markdown)"),
    ("correct", "`true` for a right option"),
    (
        "feedback",
        "what to tell a learner who picks it (inline Markdown)",
    ),
];

const TYPES: &[&str] = &["single", "multiple", "truefalse", "text", "number", "order"];

const CHOICE_KINDS: &[Kind] = &[Kind::Single, Kind::Multiple];

/// Checks one question. Returns it when it has no problem; adds every problem to `problems`.
pub(super) fn check(
    source: &YamlSource,
    raw: RawQuestion,
    problems: &mut Vec<Diagnostic>,
    math: &MathRenderer,
) -> Option<Question> {
    let before = problems.len();
    let mut checker = Checker::new(source, &raw, problems, math);
    for key in &raw.unknown {
        checker
            .problems
            .push(source.unknown_key(key, QUESTION_KEYS));
    }
    let text = checker.question_text(&raw);
    let kind = checker.kind(&raw)?;
    checker.misplaced_keys(&raw, kind);
    let mut question = Question {
        kind,
        text,
        options: Vec::new(),
        answers: Vec::new(),
        pattern: None,
        number: 0.0,
        tolerance: 0.0,
        answer_text: None,
        items: Vec::new(),
        hint: non_empty(raw.hint.as_deref()).map(|hint| checker.inline(hint)),
        explanation: non_empty(raw.explanation.as_deref()).map(|text| checker.block(text)),
        shuffle: raw.shuffle.as_ref().is_some_and(|s| s.value),
    };
    match kind {
        Kind::Single | Kind::Multiple => question.options = checker.choices(&raw, kind),
        Kind::TrueFalse => question.options = checker.true_false(&raw),
        Kind::Text => {
            question.pattern = raw.pattern.as_ref().and_then(|p| checker.pattern(p));
            question.answers = checker.text_answers(&raw);
        }
        Kind::Number => {
            (question.number, question.tolerance) = checker.number(&raw);
            question.answer_text = non_empty(raw.answer_text.as_ref().map(|t| t.value.as_str()))
                .map(|text| checker.inline(text));
        }
        Kind::Order => question.items = checker.order_items(&raw),
    }
    (checker.problems.len() == before).then_some(question)
}

/// Where one question is, and the problems found so far.
struct Checker<'a, 's> {
    source: &'a YamlSource<'s>,
    problems: &'a mut Vec<Diagnostic>,
    /// The question's first key (or the block's first line).
    start: Position,
    /// The question's `question:` (or its start): where a missing key is reported.
    at_question: Position,
    math: &'a MathRenderer,
}

impl<'a, 's> Checker<'a, 's> {
    fn new(
        source: &'a YamlSource<'s>,
        raw: &RawQuestion,
        problems: &'a mut Vec<Diagnostic>,
        math: &'a MathRenderer,
    ) -> Self {
        let start = raw
            .start
            .map_or(source.line_position(0), |l| source.position(&l));
        let at_question = raw
            .question
            .as_ref()
            .map_or(start, |q| source.position(&q.referenced));
        Checker {
            source,
            problems,
            start,
            at_question,
            math,
        }
    }

    /// Inline Markdown of a field, its formulas checked: a mistake is an error at the question.
    fn inline(&mut self, text: &str) -> String {
        let mut errors = Vec::new();
        let html = render_inline_with(text, self.math, &mut errors);
        self.formula_errors(errors);
        html
    }

    /// Markdown blocks of a field (an explanation), as [`Checker::inline`].
    fn block(&mut self, text: &str) -> String {
        let mut errors = Vec::new();
        let html = render_text_markdown_with(text, self.math, &mut errors);
        self.formula_errors(errors);
        html
    }

    fn formula_errors(&mut self, errors: Vec<(String, MathError)>) {
        for (latex, error) in errors {
            let problem = self
                .error(
                    self.at_question,
                    crate::render::math::field_message(&latex, &error),
                )
                .with_help("write LaTeX math as in amsmath (`\\frac{a}{b}`); in YAML, quote the text and double each backslash inside double quotes");
            self.push(problem);
        }
    }

    fn error(&self, position: Position, message: String) -> Diagnostic {
        Diagnostic::error(message).at(self.source.file, self.source.file_text, position)
    }

    fn error_at(&self, location: &Location, message: String) -> Diagnostic {
        self.error(self.source.position(location), message)
    }

    fn push(&mut self, problem: Diagnostic) {
        self.problems.push(problem);
    }

    /// The question's text as HTML (empty, with a problem, when it is missing).
    fn question_text(&mut self, raw: &RawQuestion) -> String {
        match &raw.question {
            Some(q) if !q.value.trim().is_empty() => self.inline(q.value.trim()),
            Some(q) => {
                let problem = self
                    .error_at(&q.referenced, "the question is empty".into())
                    .with_help("write the question after `question:`");
                self.push(problem);
                String::new()
            }
            None => {
                let problem = self
                    .error(self.start, "this question has no `question`".into())
                    .with_help("add `question:` with the text of the question");
                self.push(problem);
                String::new()
            }
        }
    }

    /// The question's type: as written, or guessed from the keys it has.
    fn kind(&mut self, raw: &RawQuestion) -> Option<Kind> {
        if let Some(kind) = &raw.kind {
            let written = kind.value.trim();
            let known = Kind::from_name(written);
            if known.is_none() {
                self.unknown_type(written, &kind.referenced);
            }
            return known;
        }
        if correct_count(raw) > 1 {
            Some(Kind::Multiple)
        } else if raw.options.is_some() {
            Some(Kind::Single)
        } else if raw.items.is_some() {
            Some(Kind::Order)
        } else {
            let problem = self
                .error(self.at_question, "this question has no answer to check".into())
                .with_help("give it `options:` (with `correct: true` on the right ones), or a `type` with its answer: `truefalse` with `answer:`, `text` with `answers:`, `number` with `answer:`, or `order` with `items:`");
            self.push(problem);
            None
        }
    }

    fn unknown_type(&mut self, written: &str, at: &Location) {
        let help =
            match did_you_mean(written, TYPES.iter().copied()).or_else(|| usual_name(written)) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("use one of: {}", TYPES.join(", ")),
            };
        let problem = self
            .error_at(at, format!("unknown question type `{written}`"))
            .with_label("not a question type")
            .with_help(help);
        self.push(problem);
    }

    /// Keys that belong to other types are mistakes worth pointing at.
    fn misplaced_keys(&mut self, raw: &RawQuestion, kind: Kind) {
        let keys: [(&str, Option<Location>, &[Kind]); 8] = [
            (
                "options",
                raw.options.as_ref().map(|o| o.referenced),
                CHOICE_KINDS,
            ),
            (
                "shuffle",
                raw.shuffle.as_ref().map(|s| s.referenced),
                CHOICE_KINDS,
            ),
            (
                "answer",
                raw.answer.as_ref().map(|a| a.referenced),
                &[Kind::TrueFalse, Kind::Number, Kind::Text],
            ),
            (
                "answers",
                raw.answers.as_ref().map(|a| a.referenced),
                &[Kind::Text],
            ),
            (
                "pattern",
                raw.pattern.as_ref().map(|p| p.referenced),
                &[Kind::Text],
            ),
            (
                "tolerance",
                raw.tolerance.as_ref().map(|t| t.referenced),
                &[Kind::Number],
            ),
            (
                "answer_text",
                raw.answer_text.as_ref().map(|t| t.referenced),
                &[Kind::Number],
            ),
            (
                "items",
                raw.items.as_ref().map(|i| i.referenced),
                &[Kind::Order],
            ),
        ];
        for (name, location, allowed) in keys {
            if let Some(at) = location.filter(|_| !allowed.contains(&kind)) {
                let problem = self.misplaced(name, &at, kind, allowed);
                self.push(problem);
            }
        }
    }

    fn misplaced(&self, name: &str, at: &Location, kind: Kind, allowed: &[Kind]) -> Diagnostic {
        let kinds = allowed
            .iter()
            .map(|k| format!("`{}`", k.name()))
            .collect::<Vec<_>>()
            .join(" and ");
        self.error_at(
            at,
            format!("`{name}` does not apply to a `{}` question", kind.name()),
        )
        .with_help(format!(
            "`{name}` is for {kinds} questions; remove it or change `type`"
        ))
    }

    /// The options of a `single` or `multiple` question, and the marks of the right ones.
    fn choices(&mut self, raw: &RawQuestion, kind: Kind) -> Vec<Choice> {
        let Some(options) = &raw.options else {
            let problem = self
                .error(
                    self.at_question,
                    format!("this `{}` question has no `options`", kind.name()),
                )
                .with_help(
                    "add `options:`, a list of `- text: …`, with `correct: true` on the right ones",
                );
            self.push(problem);
            return Vec::new();
        };
        let mut seen: Vec<&str> = Vec::new();
        let choices: Vec<Choice> = options
            .value
            .iter()
            .filter_map(|option| self.choice(option, options.referenced, &mut seen))
            .collect();
        self.correct_marks(raw, kind, options.referenced, choices.len());
        choices
    }

    /// One option; `None` when it has no text. `seen` holds the texts of the options before.
    fn choice<'r>(
        &mut self,
        option: &'r RawOption,
        options_at: Location,
        seen: &mut Vec<&'r str>,
    ) -> Option<Choice> {
        for key in &option.unknown {
            self.problems
                .push(self.source.unknown_key(key, OPTION_KEYS));
        }
        let Some(text) = &option.text else {
            let problem = self
                .error_at(
                    &option.start.unwrap_or(options_at),
                    "this option has no `text`".into(),
                )
                .with_help(
                    "write each option as `- text: …`, adding `correct: true` to the right ones",
                );
            self.push(problem);
            return None;
        };
        let trimmed = text.value.trim();
        if trimmed.is_empty() {
            let problem = self.error_at(&text.referenced, "this option is empty".into());
            self.push(problem);
        } else if seen.contains(&trimmed) {
            let problem = self
                .error_at(
                    &text.referenced,
                    format!("the option `{trimmed}` is listed twice"),
                )
                .with_help("each option must be different; remove or reword one of them");
            self.push(problem);
        }
        seen.push(trimmed);
        Some(Choice {
            text: self.inline(trimmed),
            correct: option.correct.unwrap_or(false),
            feedback: non_empty(option.feedback.as_deref()).map(|f| self.inline(f)),
        })
    }

    /// Some options, but not all, must be right; a `single` question has one right option.
    /// `count` is the number of options with a text.
    fn correct_marks(&mut self, raw: &RawQuestion, kind: Kind, options_at: Location, count: usize) {
        let correct_count = correct_count(raw);
        let problem = if correct_count == 0 {
            self.error_at(&options_at, "no option is marked correct".into())
                .with_label("none of these has `correct: true`")
                .with_help("add `correct: true` to the right option (or options)")
        } else if correct_count == count {
            self.error_at(&options_at, "every option is marked correct".into())
                .with_label("nothing left to choose")
                .with_help("add at least one wrong option, or turn the question into a `truefalse`")
        } else if kind == Kind::Single && correct_count > 1 {
            self.error_at(
                &raw.kind.as_ref().map_or(options_at, |k| k.referenced),
                format!("a `single` question has {correct_count} correct options"),
            )
            .with_help("keep one option with `correct: true`, or use `type: multiple`")
        } else {
            return;
        };
        self.push(problem);
    }

    /// The two options of a `truefalse` question, the right one marked.
    fn true_false(&mut self, raw: &RawQuestion) -> Vec<Choice> {
        let problem = match raw.answer.as_ref().map(|a| (&a.value, a.referenced)) {
            Some((Scalar::Bool(answer), _)) => {
                return [("True", true), ("False", false)]
                    .map(|(label, value)| Choice {
                        text: label.to_string(),
                        correct: value == *answer,
                        feedback: None,
                    })
                    .to_vec();
            }
            Some((_, at)) => self
                .error_at(&at, "a `truefalse` answer must be `true` or `false`".into())
                .with_help("write `answer: true` or `answer: false`"),
            None => self
                .error(
                    self.at_question,
                    "this `truefalse` question has no `answer`".into(),
                )
                .with_help("add `answer: true` or `answer: false`"),
        };
        self.push(problem);
        Vec::new()
    }

    /// The accepted answers of a `text` question: `answers`, and `answer` when there is one.
    fn text_answers(&mut self, raw: &RawQuestion) -> Vec<String> {
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
        if answers.is_empty() && raw.pattern.is_none() {
            let problem = self
                .error(
                    self.at_question,
                    "this `text` question has no accepted answers".into(),
                )
                .with_help("add `answers: [\"…\"]` (and optionally a `pattern`)");
            self.push(problem);
        }
        answers
    }

    /// The compiled `pattern` of a `text` question, or a problem at the part refused.
    fn pattern(&mut self, pattern: &Spanned<String>) -> Option<Program> {
        let refusal = match pattern::compile(&pattern.value) {
            Ok(program) => return Some(program),
            Err(refusal) => refusal,
        };
        let exact = exact_position(self.source, pattern, refusal.span.clone());
        let part = refusal.span.and_then(|span| pattern.value.get(span));
        let problem = match (exact, part) {
            (Some(at), _) => self.error(at, refusal.message),
            // The pattern is pointed at as a whole: name the part.
            (None, Some(part)) if !part.is_empty() => self
                .error_at(&pattern.referenced, refusal.message)
                .with_label(format!("at `{part}`")),
            (None, _) => self.error_at(&pattern.referenced, refusal.message),
        };
        self.push(problem.with_help(refusal.help));
        None
    }

    /// The answer and the tolerance of a `number` question.
    fn number(&mut self, raw: &RawQuestion) -> (f64, f64) {
        let mut number = 0.0;
        match raw.answer.as_ref().map(|a| (&a.value, a.referenced)) {
            Some((Scalar::Number(n), _)) => number = *n,
            Some((_, at)) => {
                let problem = self
                    .error_at(&at, "a `number` answer must be a number".into())
                    .with_help(
                        "write the answer as a number, such as `answer: 2` or `answer: 0.5`",
                    );
                self.push(problem);
            }
            None => {
                let problem = self
                    .error(
                        self.at_question,
                        "this `number` question has no `answer`".into(),
                    )
                    .with_help("add `answer:` with the right number");
                self.push(problem);
            }
        }
        let mut tolerance = 0.0;
        if let Some(given) = &raw.tolerance {
            if given.value.is_finite() && given.value >= 0.0 {
                tolerance = given.value;
            } else {
                let problem = self
                    .error_at(&given.referenced, "`tolerance` must be zero or more".into())
                    .with_help(
                        "write how far an answer may be from `answer`, such as `tolerance: 0.5`",
                    );
                self.push(problem);
            }
        }
        (number, tolerance)
    }

    /// The items of an `order` question as HTML, in the right order: at least two, all different.
    fn order_items(&mut self, raw: &RawQuestion) -> Vec<String> {
        let items: Vec<&str> = raw
            .items
            .as_ref()
            .map(|i| i.value.iter().map(|s| s.trim()).collect())
            .unwrap_or_default();
        let at = raw
            .items
            .as_ref()
            .map_or(self.at_question, |i| self.source.position(&i.referenced));
        if items.len() < 2 {
            let problem = self
                .error(at, "an `order` question needs at least two `items`".into())
                .with_help("list the items in the right order, such as `items: [git add, git commit, git push]`");
            self.push(problem);
        }
        for (i, item) in items.iter().enumerate() {
            if item.is_empty() {
                let problem = self.error(at, "an item of `items` is empty".into());
                self.push(problem);
            } else if items[..i].contains(item) {
                let problem = self
                    .error(at, format!("the item `{item}` is listed twice"))
                    .with_help("each item must be different, so that there is one right order");
                self.push(problem);
            }
        }
        items.into_iter().map(|item| self.inline(item)).collect()
    }
}

/// How many options are marked `correct: true`, those without a text included.
fn correct_count(raw: &RawQuestion) -> usize {
    raw.options.as_ref().map_or(0, |o| {
        o.value
            .iter()
            .filter(|option| option.correct.unwrap_or(false))
            .count()
    })
}

/// A text with its spaces trimmed, unless nothing is left.
fn non_empty(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
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
