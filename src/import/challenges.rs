//! Carpentries challenges that are multiple-choice questions in disguise: a numbered list of
//! options ends the challenge, and its solution says which are right ("Option 3 is correct",
//! "The correct answer is 2", or a list of "Yes: ..." / "No: ..." items). Those become Syllabus
//! quizzes, which check the learner's answer; every other challenge stays an exercise.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::yaml_string;
use crate::read::divs::{self, Block};

/// A challenge that became a quiz: where it was in the body, and how many options it has.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Converted {
    pub offset: usize,
    pub options: usize,
}

/// The body with every challenge that is a multiple-choice question made a quiz.
pub(super) fn challenges_as_quizzes(body: &str) -> (String, Vec<Converted>) {
    let fences = divs::fences(body);
    let blocks = divs::blocks(body, &fences);
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut converted = Vec::new();
    for challenge in blocks.iter().filter(|b| has_class(b, "challenge")) {
        let Some(solution) = blocks.iter().find(|b| {
            has_class(b, "solution")
                && b.depth == challenge.depth + 1
                && challenge.content.contains(&b.open.range.start)
        }) else {
            continue;
        };
        let stem = challenge.content.start..solution.open.range.start;
        let Some(quiz) = quiz_of(body, stem, solution) else {
            continue;
        };
        converted.push(Converted {
            offset: challenge.open.range.start,
            options: quiz.options,
        });
        edits.push((quiz.replaced, quiz.block));
        edits.push((solution_lines(body, solution), String::new()));
    }
    let (out, shift) = apply(body, edits);
    for quiz in &mut converted {
        quiz.offset = shift(quiz.offset);
    }
    (out, converted)
}

fn has_class(block: &Block<'_>, class: &str) -> bool {
    block.attributes.classes.iter().any(|c| c == class)
}

struct Quiz {
    /// The question's paragraph and the list of options, which the quiz block replaces.
    replaced: Range<usize>,
    block: String,
    options: usize,
}

fn quiz_of(body: &str, stem: Range<usize>, solution: &Block<'_>) -> Option<Quiz> {
    let stem_text = &body[stem.clone()];
    let list = last_ordered_list(stem_text)?;
    if list.items.len() < 2 {
        return None;
    }
    let question = question_before(stem_text, list.range.start)?;
    // What follows the options (a figure to answer by) stays, before the quiz.
    let after = stem_text[list.range.end..].trim();
    let answer = body[solution.content.clone()].trim_start();
    let answer = answer
        .strip_prefix("## Solution")
        .map_or(answer, |rest| rest.trim_start_matches(|c: char| c != '\n'))
        .trim();
    let options = judged_options(&list.items, answer)?;
    let block = quiz_block(&stem_text[question.clone()], &options);
    let block = match after {
        "" => block,
        after => format!("{after}\n\n{block}"),
    };
    Some(Quiz {
        replaced: stem.start + question.start..stem.end,
        block,
        options: options.options.len(),
    })
}

struct List {
    range: Range<usize>,
    /// Each item's Markdown on one line, without its number.
    items: Vec<String>,
}

/// The last top-level numbered list of `text` whose items are single paragraphs.
fn last_ordered_list(text: &str) -> Option<List> {
    let mut found = None;
    let mut depth = 0usize;
    let mut current: Option<List> = None;
    let mut simple = true;
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::List(Some(_))) if depth == 0 => {
                depth = 1;
                simple = true;
                current = Some(List {
                    range: range.clone(),
                    items: Vec::new(),
                });
            }
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    found = current.take().filter(|_| simple).or(found);
                }
            }
            Event::Start(Tag::Item) if depth == 1 => {
                if let Some(list) = current.as_mut() {
                    list.items.push(item_text(&text[range]));
                }
            }
            Event::Start(Tag::CodeBlock(_) | Tag::BlockQuote(_) | Tag::HtmlBlock) if depth > 0 => {
                simple = false;
            }
            _ if depth > 1 => simple = false,
            _ => {}
        }
    }
    found
}

fn item_text(item: &str) -> String {
    let marker_end = item
        .find(|c: char| !c.is_ascii_digit())
        .map_or(item.len(), |at| at + 1);
    item[marker_end.min(item.len())..]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The paragraph right before `list_start`, if it is one (not a heading, code or list).
fn question_before(text: &str, list_start: usize) -> Option<Range<usize>> {
    let before = text[..list_start].trim_end();
    let start = before.rfind("\n\n").map_or(0, |at| at + 2);
    let paragraph = &before[start..];
    let plain = !paragraph.is_empty()
        && !paragraph.starts_with(['#', '`', '~', '>', '-', '*', '|', '<', ':'])
        && !paragraph.contains("```");
    plain.then_some(start..before.len())
}

struct Judged {
    /// Each option's text, whether it is right, and what the solution says of it.
    options: Vec<(String, bool, Option<String>)>,
    explanation: Option<String>,
}

/// Which options the solution calls right, or `None` when it does not say so plainly.
fn judged_options(items: &[String], answer: &str) -> Option<Judged> {
    if let Some(list) = last_ordered_list(answer)
        && list.items.len() == items.len()
    {
        let verdicts: Vec<Option<(bool, String)>> =
            list.items.iter().map(|item| verdict(item)).collect();
        if verdicts.iter().all(Option::is_some) {
            let rest = format!(
                "{}{}",
                &answer[..list.range.start],
                &answer[list.range.end..]
            );
            let options = items
                .iter()
                .zip(verdicts.into_iter().flatten())
                .map(|(text, (right, said))| (text.clone(), right, Some(said)))
                .collect();
            return Some(Judged {
                options,
                explanation: non_empty(&rest),
            });
        }
        let named: Vec<usize> = (0..items.len())
            .filter(|&i| says_correct(&list.items[i]))
            .collect();
        if let [right] = named[..] {
            let options = items
                .iter()
                .zip(&list.items)
                .enumerate()
                .map(|(i, (text, said))| (text.clone(), i == right, Some(said.clone())))
                .collect();
            return Some(Judged {
                options,
                explanation: None,
            });
        }
        return None;
    }
    let right = named_option(answer, items.len())?;
    Some(Judged {
        options: items
            .iter()
            .enumerate()
            .map(|(i, text)| (text.clone(), i + 1 == right, None))
            .collect(),
        explanation: non_empty(answer),
    })
}

/// "Yes: ..." or "No. ..." (bold or not): whether the item says the option is right.
fn verdict(item: &str) -> Option<(bool, String)> {
    let plain = item.trim_start_matches(['*', '_']);
    let lower = plain.to_lowercase();
    let right = if lower.starts_with("yes") {
        true
    } else if lower.starts_with("no") && !lower[2..].starts_with(char::is_alphanumeric) {
        false
    } else {
        return None;
    };
    let word = if right { 3 } else { 2 };
    let rest = plain[word..].trim_start_matches(['*', '_', ':', '.', ',', ';', ' ']);
    let mut chars = rest.chars();
    let said = chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    Some((right, said))
}

fn says_correct(item: &str) -> bool {
    let lower = item.to_lowercase();
    ["correct answer", "is correct", "the solution"]
        .iter()
        .any(|phrase| lower.contains(phrase))
}

/// The one option the solution's first sentence names as right ("Option 3 is correct", "4 is
/// the correct answer", "The correct answer is 2", "The solution is `3.`"), unless the
/// solution goes on to say that another one also works.
fn named_option(answer: &str, count: usize) -> Option<usize> {
    let lower = answer.to_lowercase();
    if ["also works", "also correct", "also right"]
        .iter()
        .any(|p| lower.contains(p))
    {
        return None;
    }
    let sentence_end = lower.find(['\n', ',']).unwrap_or(lower.len());
    let first = lower[..sentence_end].replace(['`', '*'], "");
    let number = |text: &str| -> Option<usize> {
        let digits: String = text
            .trim_start()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok().filter(|n| (1..=count).contains(n))
    };
    for lead in ["the correct answer is", "the solution is", "the answer is"] {
        if let Some(rest) = first.trim_start().strip_prefix(lead) {
            return number(rest.trim_start().trim_start_matches("option"));
        }
    }
    let rest = first.trim_start();
    let rest = rest.strip_prefix("option").unwrap_or(rest);
    let n = number(rest)?;
    let after = rest
        .trim_start()
        .trim_start_matches(|c: char| c.is_ascii_digit());
    [
        "is correct",
        "is the correct answer",
        "is the solution",
        "is the answer",
    ]
    .iter()
    .any(|p| after.trim_start().starts_with(p))
    .then_some(n)
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn quiz_block(question: &str, judged: &Judged) -> String {
    let question = question.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut yaml = format!("- question: {}\n  options:\n", yaml_string(&question));
    for (text, right, said) in &judged.options {
        yaml.push_str(&format!("    - text: {}\n", yaml_string(text)));
        if *right {
            yaml.push_str("      correct: true\n");
        }
        if let Some(said) = said.as_deref().filter(|s| !s.is_empty()) {
            yaml.push_str(&format!("      feedback: {}\n", yaml_string(said)));
        }
    }
    if let Some(explanation) = &judged.explanation {
        yaml.push_str("  explanation: |\n");
        for line in explanation.lines() {
            match line.trim_end() {
                "" => yaml.push('\n'),
                line => yaml.push_str(&format!("    {line}\n")),
            }
        }
    }
    let fence = "`".repeat(longest_backtick_run(&yaml).max(2) + 1);
    format!("{fence}quiz\n{yaml}{fence}\n")
}

pub(super) fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

/// The solution block from its opening fence line through its closing one.
fn solution_lines(body: &str, solution: &Block<'_>) -> Range<usize> {
    let close_start = solution.content.end;
    let close_end = body[close_start..]
        .find('\n')
        .map_or(body.len(), |at| close_start + at + 1);
    solution.open.range.start..close_end
}

/// The body with the edits made, and where an offset of the body outside the edits is in it.
pub(super) fn apply(
    body: &str,
    mut edits: Vec<(Range<usize>, String)>,
) -> (String, impl Fn(usize) -> usize) {
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    // (end of an edit in the body, the same place in the output)
    let mut ends = vec![(0, 0)];
    for (range, replacement) in edits {
        if range.start < at {
            continue;
        }
        out.push_str(&body[at..range.start]);
        out.push_str(&replacement);
        at = range.end;
        ends.push((at, out.len()));
    }
    out.push_str(&body[at..]);
    let shift = move |offset: usize| {
        let (end, out_end) = ends
            .iter()
            .rev()
            .find(|(end, _)| *end <= offset)
            .copied()
            .unwrap_or((0, 0));
        out_end + (offset - end)
    };
    (out, shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn challenge(options: &str, solution: &str) -> String {
        format!(
            "Intro.\n\n:::: challenge\n\n## Where to?\n\nStarting from `/Users/nelle/data`, which command goes home?\n\n{options}\n::: solution\n\n## Solution\n\n{solution}\n\n:::\n\n::::\n\nAfter.\n"
        )
    }

    #[test]
    fn a_solution_of_yes_and_no_items_makes_a_quiz_with_feedback() {
        let body = challenge(
            "1. `cd .`\n2. `cd ~`\n3. `cd`\n",
            "1. No: `.` stands for the current directory.\n2. Yes: `~` is home.\n3. **Yes**, a shortcut.",
        );
        let (out, converted) = challenges_as_quizzes(&body);
        assert_eq!(converted.len(), 1, "{out}");
        assert!(out.contains("```quiz\n- question: \"Starting from `/Users/nelle/data`, which command goes home?\"\n  options:\n    - text: \"`cd .`\"\n      feedback: \"`.` stands for the current directory.\"\n    - text: \"`cd ~`\"\n      correct: true\n      feedback: \"`~` is home.\"\n    - text: \"`cd`\"\n      correct: true\n      feedback: \"A shortcut.\"\n```\n"), "{out}");
        assert!(
            !out.contains("solution"),
            "the solution block is gone: {out}"
        );
        assert!(
            out.contains(":::: challenge\n\n## Where to?\n\n```quiz"),
            "{out}"
        );
        assert!(out.ends_with("```\n\n::::\n\nAfter.\n"), "{out}");
        assert_eq!(&out[converted[0].offset..][..14], ":::: challenge");
    }

    #[test]
    fn a_solution_that_names_one_option_makes_a_single_choice_quiz() {
        for said in [
            "Option 2 is correct. The others stay.",
            "The correct answer is 2, because it is.",
            "2 is the correct answer.",
            "The solution is `2.`\n`1.` would not.",
        ] {
            let body = challenge("1. `cd .`\n2. `cd ~`\n3. `cd /`\n", said);
            let (out, converted) = challenges_as_quizzes(&body);
            assert_eq!(converted.len(), 1, "{said}: {out}");
            assert!(
                out.contains("    - text: \"`cd ~`\"\n      correct: true\n    - text: \"`cd /`\"\n  explanation: |\n"),
                "{said}: {out}"
            );
        }
    }

    #[test]
    fn challenges_that_are_not_multiple_choice_stay_exercises() {
        for (options, said) in [
            (
                "1. `cd .`\n2. `cd ~`\n",
                "Option 1 is correct. Option 2 also works here.",
            ),
            ("1. `cd .`\n2. `cd ~`\n", "Both work, in a way."),
            ("1. `cd .`\n2. `cd ~`\n", "Option 7 is correct."),
            (
                "1. Make a folder.\n2. Move the file.\n\nWhat is left?\n",
                "The file.",
            ),
        ] {
            let body = challenge(options, said);
            let (out, converted) = challenges_as_quizzes(&body);
            assert!(converted.is_empty(), "{said}: {out}");
            assert_eq!(out, body);
        }
    }

    #[test]
    fn an_explanation_with_code_gets_a_longer_fence() {
        let body = challenge(
            "1. `head`\n2. `tail`\n",
            "The correct answer is 2.\n\n```bash\n$ tail -n 1 a.pdb\n```",
        );
        let (out, _) = challenges_as_quizzes(&body);
        assert!(out.contains("````quiz\n"), "{out}");
        assert!(
            out.contains("    ```bash\n    $ tail -n 1 a.pdb\n    ```\n````\n"),
            "{out}"
        );
    }
}
