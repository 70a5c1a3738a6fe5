//! mdbook-quiz quizzes: a chapter says `{{#quiz ../quizzes/ch01.toml}}`, and the TOML file
//! lists `[[questions]]`. Those that Syllabus can ask become one ```` ```quiz ```` block; the
//! others are named so that the author can rewrite them.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::import::yaml_string;

/// A quiz block made from a mdbook-quiz file.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Converted {
    /// The ```` ```quiz ```` fence with its YAML, ending with a newline; empty when no
    /// question could be converted (an empty quiz block would not build).
    pub block: String,
    /// How many questions the block holds.
    pub questions: usize,
    /// One message for each question left out, saying which and why.
    pub skipped: Vec<String>,
}

#[derive(Deserialize)]
struct QuizFile {
    // Each question is read on its own, so that one odd question does not lose the others.
    #[serde(default)]
    questions: Vec<toml::Table>,
    /// The text that questions of one group share, by the group's key.
    #[serde(default)]
    multipart: HashMap<String, String>,
}

#[derive(Deserialize)]
struct Question {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    prompt: Prompt,
    #[serde(default)]
    answer: Answer,
    context: Option<String>,
    /// The key of the shared text in [`QuizFile::multipart`].
    multipart: Option<String>,
}

/// The fields of every type's prompt; each type reads its own.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Prompt {
    prompt: Option<String>,
    #[serde(default)]
    distractors: Vec<String>,
    answer_index: Option<usize>,
    #[serde(default)]
    sort_answers: bool,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Answer {
    answer: Option<OneOrMany>,
    #[serde(default)]
    alternatives: Vec<String>,
}

/// A multiple-choice answer is a string, or a list when several options are right.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(one) => vec![one],
            OneOrMany::Many(many) => many,
        }
    }
}

/// The quiz block (a ```quiz fence with YAML) made from a mdbook-quiz TOML text, or why not.
pub(crate) fn quiz_block(toml_text: &str) -> Result<Converted, String> {
    let file: QuizFile =
        toml::from_str(toml_text).map_err(|e| format!("not a mdbook-quiz file: {e}"))?;
    let QuizFile {
        questions: tables,
        multipart,
    } = file;
    if tables.is_empty() {
        return Err("no `[[questions]]` in this quiz file".to_string());
    }
    let mut yaml = String::new();
    let mut questions = 0;
    let mut skipped = Vec::new();
    for (index, table) in tables.into_iter().enumerate() {
        let name = question_name(index, &table);
        let converted = toml::Value::Table(table)
            .try_into::<Question>()
            .map_err(|e| format!("it is not a question mdbook-quiz knows: {}", e.message()))
            .and_then(|question| question_yaml(question, &multipart));
        match converted {
            Ok(question) => {
                yaml.push_str(&question);
                questions += 1;
            }
            Err(why) => skipped.push(format!("{name} was left out: {why}")),
        }
    }
    let block = if questions == 0 {
        String::new()
    } else {
        let fence = "`".repeat(longest_backtick_run(&yaml).max(2) + 1);
        format!("{fence}quiz\n{yaml}{fence}\n")
    };
    Ok(Converted {
        block,
        questions,
        skipped,
    })
}

/// "question 2 (`id`)", to find it in the TOML file.
fn question_name(index: usize, table: &toml::Table) -> String {
    match table.get("id").and_then(toml::Value::as_str) {
        Some(id) => format!("question {} (`{id}`)", index + 1),
        None => format!("question {}", index + 1),
    }
}

/// One question as an item of the YAML list.
fn question_yaml(
    question: Question,
    multipart: &HashMap<String, String>,
) -> Result<String, String> {
    match question.kind.as_str() {
        "MultipleChoice" | "ShortAnswer" => {}
        "Tracing" => {
            return Err(
                "a Tracing question (what a program prints, or whether it compiles) \
                needs a code block, and a Syllabus question is inline Markdown; rewrite it as \
                a multiple-choice question or an exercise"
                    .to_string(),
            );
        }
        other => {
            return Err(format!(
                "its type `{other}` is not one Syllabus can convert"
            ));
        }
    }
    let prompt = question
        .prompt
        .prompt
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .ok_or("it has no `prompt.prompt`")?;
    // A question of a group is asked after the text the group shares, as mdbook-quiz shows it.
    let shared = question
        .multipart
        .as_ref()
        .and_then(|key| multipart.get(key));
    let prompt = match shared.map(|text| text.trim()) {
        Some(shared) if !shared.is_empty() => format!("{shared}\n\n{prompt}"),
        _ => prompt.to_string(),
    };
    let mut yaml = format!("- question: {}\n", yaml_string(&prompt));
    if question.kind == "MultipleChoice" {
        multiple_choice(&mut yaml, question.prompt, question.answer)?;
    } else {
        short_answer(&mut yaml, question.answer)?;
    }
    if let Some(context) = question.context.as_deref().map(str::trim)
        && !context.is_empty()
    {
        yaml.push_str(&format!("  explanation: {}\n", yaml_string(context)));
    }
    Ok(yaml)
}

fn multiple_choice(yaml: &mut String, prompt: Prompt, answer: Answer) -> Result<(), String> {
    // Syllabus refuses an option given twice, so repeated ones are dropped.
    let mut seen = HashSet::new();
    let right: Vec<String> = answer
        .answer
        .map(OneOrMany::into_vec)
        .unwrap_or_default()
        .into_iter()
        .filter(|text| seen.insert(text.clone()))
        .collect();
    let wrong: Vec<String> = prompt
        .distractors
        .into_iter()
        .filter(|text| seen.insert(text.clone()))
        .collect();
    if right.is_empty() {
        return Err("it has no `answer.answer`".to_string());
    }
    if wrong.is_empty() {
        return Err("it has no wrong option (`prompt.distractors`)".to_string());
    }
    let kind = if right.len() > 1 {
        "multiple"
    } else {
        "single"
    };
    yaml.push_str(&format!("  type: {kind}\n  options:\n"));
    let mut options: Vec<(String, bool)> = wrong.into_iter().map(|t| (t, false)).collect();
    // mdbook-quiz shuffles the options unless `answerIndex` places the answer among the
    // distractors or `sortAnswers` sorts them all; Syllabus is told the same.
    let fixed = prompt.answer_index.is_some() || prompt.sort_answers;
    let at = prompt.answer_index.unwrap_or(0).min(options.len());
    options.splice(at..at, right.into_iter().map(|t| (t, true)));
    if prompt.sort_answers {
        options.sort();
    }
    for (text, correct) in options {
        yaml.push_str(&format!("    - text: {}\n", yaml_string(&text)));
        if correct {
            yaml.push_str("      correct: true\n");
        }
    }
    if !fixed {
        yaml.push_str("  shuffle: true\n");
    }
    Ok(())
}

fn short_answer(yaml: &mut String, answer: Answer) -> Result<(), String> {
    let Some(OneOrMany::One(first)) = answer.answer else {
        return Err("its `answer.answer` is not one text".to_string());
    };
    let answers: Vec<String> = std::iter::once(first)
        .chain(answer.alternatives)
        .filter(|a| !a.trim().is_empty())
        .map(|a| yaml_string(&a))
        .collect();
    if answers.is_empty() {
        return Err("its `answer.answer` is empty".to_string());
    }
    yaml.push_str(&format!(
        "  type: text\n  answers: [{}]\n",
        answers.join(", ")
    ));
    Ok(())
}

fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::read::yaml::YamlSource;
    use crate::render::math::MathRenderer;
    use crate::render::quiz::{self, Kind};

    /// The questions Syllabus's own quiz reader makes of `block`, which must have no problem.
    fn read_back(block: &str) -> Vec<quiz::Question> {
        let fence_end = block.find('\n').map_or(0, |at| at + 1);
        let close = block
            .trim_end()
            .rfind('\n')
            .map_or(block.len(), |at| at + 1);
        let yaml = &block[fence_end..close];
        let source = YamlSource {
            file: Path::new("modules/m.md"),
            file_text: block,
            yaml,
            line_offset: 1,
        };
        let (questions, problems) = quiz::parse(&source, &MathRenderer::default());
        assert!(problems.is_empty(), "{problems:#?}\n{block}");
        questions
    }

    const QUIZ: &str = r#"
[[questions]]
id = "a1"
type = "MultipleChoice"
prompt.prompt = "What does it mean if a variable `x` is immutable?"
prompt.distractors = [
  "`x` is stored in the immutable region of memory.",
  "You cannot create a reference to `x`.",
]
answer.answer = "You cannot change the data bound to `x`."
context = "Immutable means \"not mutable\": the data cannot change."

[[questions]]
type = "MultipleChoice"
prompt.prompt = """
Which are integers?

Pick all that apply: "quotes", `ticks` and ```fences```.
"""
prompt.distractors = ["f32", "char"]
prompt.sortAnswers = true
answer.answer = ["u8", "i64"]

[[questions]]
type = "ShortAnswer"
prompt.prompt = "What keyword makes a variable mutable?"
answer.answer = "mut"
answer.alternatives = ["`mut`"]

[[questions]]
id = "t1"
type = "Tracing"
prompt.program = "fn main() { println!(\"hi\"); }"
answer.doesCompile = true
answer.stdout = "hi"

[[questions]]
type = "Essay"
prompt.prompt = "Tell me."
"#;

    #[test]
    fn each_type_is_converted_or_named() {
        let converted = match quiz_block(QUIZ) {
            Ok(converted) => converted,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(converted.questions, 3, "{}", converted.block);
        assert_eq!(converted.skipped.len(), 2, "{:?}", converted.skipped);
        assert!(converted.skipped[0].starts_with("question 4 (`t1`)"));
        assert!(converted.skipped[0].contains("Tracing"));
        assert!(converted.skipped[1].contains("`Essay`"));
        assert!(
            converted.block.starts_with("````quiz\n"),
            "{}",
            converted.block
        );
        assert!(converted.block.ends_with("\n````\n"));

        let questions = read_back(&converted.block);
        assert_eq!(questions.len(), 3);
        let first = &questions[0];
        assert_eq!(first.kind, Kind::Single);
        assert!(first.shuffle);
        let right: Vec<bool> = first.options.iter().map(|o| o.correct).collect();
        assert_eq!(right, [true, false, false]);
        assert!(
            first
                .explanation
                .as_deref()
                .is_some_and(|e| e.contains("not mutable"))
        );

        let second = &questions[1];
        assert_eq!(second.kind, Kind::Multiple);
        assert!(!second.shuffle, "sortAnswers keeps the order");
        let texts: Vec<&str> = second.options.iter().map(|o| o.text.as_str()).collect();
        assert_eq!(texts, ["char", "f32", "i64", "u8"]);
        assert!(
            second.text.contains("Pick all that apply"),
            "{}",
            second.text
        );

        let third = &questions[2];
        assert_eq!(third.kind, Kind::Text);
        assert_eq!(third.answers, ["mut", "`mut`"]);
    }

    #[test]
    fn answer_index_places_the_answer_and_multipart_text_comes_first() {
        let text = r#"
[multipart]
a = "Consider `x`."

[[questions]]
type = "MultipleChoice"
multipart = "a"
prompt.prompt = "Which?"
prompt.distractors = ["one", "two", "two", "three"]
prompt.answerIndex = 2
answer.answer = "right"
"#;
        let converted = quiz_block(text).unwrap_or_else(|e| panic!("{e}"));
        let questions = read_back(&converted.block);
        let texts: Vec<&str> = questions[0]
            .options
            .iter()
            .map(|o| o.text.as_str())
            .collect();
        assert_eq!(texts, ["one", "two", "right", "three"]);
        assert!(questions[0].options[2].correct);
        assert!(!questions[0].shuffle);
        assert!(
            converted
                .block
                .contains("question: \"Consider `x`.\\n\\nWhich?\""),
            "{}",
            converted.block
        );
    }

    #[test]
    fn a_multi_line_prompt_keeps_its_lines() {
        let converted = quiz_block(QUIZ).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            converted.block.contains(
                "- question: \"Which are integers?\\n\\nPick all that apply: \\\"quotes\\\""
            ),
            "{}",
            converted.block
        );
    }

    #[test]
    fn questions_that_cannot_be_asked_are_skipped_not_fatal() {
        let text = r#"
[[questions]]
type = "MultipleChoice"
prompt.prompt = "No wrong option"
answer.answer = "a"
prompt.distractors = ["a"]

[[questions]]
type = "MultipleChoice"
prompt.prompt = "No answer"
prompt.distractors = ["a"]

[[questions]]
type = "ShortAnswer"
answer.answer = "no prompt"

[[questions]]
type = 3

[[questions]]
prompt.prompt = "no type"
"#;
        let converted = quiz_block(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(converted.questions, 0);
        assert_eq!(converted.block, "");
        assert_eq!(converted.skipped.len(), 5, "{:?}", converted.skipped);
    }

    #[test]
    fn broken_files_are_errors_not_panics() {
        for text in [
            "",
            "questions = 3",
            "[[questions]",
            "questions = []",
            "\u{0}",
            "[[questions]]\ntype = \"ShortAnswer\"\nprompt.prompt = \"x\"\nanswer.answer = [\"a\"]",
        ] {
            match quiz_block(text) {
                Ok(converted) => assert_eq!(converted.questions, 0, "{text:?}"),
                Err(e) => assert!(!e.is_empty()),
            }
        }
    }
}
