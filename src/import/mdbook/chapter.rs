//! One chapter made a module: its includes expanded, its quizzes, code blocks, speaker notes
//! and formulas made Syllabus's, its links pointed at their new places, and its `# Title` moved
//! into the front matter.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::fences::{FenceCounts, rewrite_fences};
use super::links::{Targets, relink};
use super::plan::PlannedModule;
use super::{Book, includes, prose, quiz};
use crate::import::{line_of, yaml_string};

/// What one chapter became.
#[derive(Debug, Default)]
pub(crate) struct Made {
    pub contents: String,
    pub assets: Vec<PathBuf>,
    pub attention: Vec<String>,
    pub counts: Counts,
}

/// How often each mapping happened, summed over the book for the report.
#[derive(Debug, Default)]
pub(crate) struct Counts {
    pub fences: FenceCounts,
    pub includes: usize,
    pub quizzes: usize,
    pub speaker_notes: usize,
    pub formulas: usize,
    pub links: usize,
}

impl Counts {
    pub(crate) fn add(&mut self, other: &Counts) {
        self.fences.hidden_lines += other.fences.hidden_lines;
        self.fences.flagged += other.fences.flagged;
        self.fences.admonitions += other.fences.admonitions;
        self.includes += other.includes;
        self.quizzes += other.quizzes;
        self.speaker_notes += other.speaker_notes;
        self.formulas += other.formulas;
        self.links += other.links;
    }
}

/// A chapter's text after includes, quizzes and the block and prose rewrites, with its title;
/// links are pointed at their new places later, once every chapter's module is known.
pub(crate) struct Prepared {
    pub title: Option<String>,
    pub body: String,
    /// Problems found so far: a text to find in the body, and the message.
    pub problems: Vec<(String, String)>,
    /// Files included, relative to the book's folder.
    pub read: Vec<PathBuf>,
    pub counts: Counts,
}

pub(crate) fn prepare(book: &Book, chapter: &Path, text: &str) -> Prepared {
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let mut expanded = includes::expand(&book.root, &book.src, chapter, &text);
    let mut counts = Counts {
        includes: expanded.read.len(),
        ..Counts::default()
    };
    let mut problems: Vec<(String, String)> = expanded
        .problems
        .drain(..)
        .map(|p| (p.needle, p.message))
        .collect();
    let text = quizzes(book, chapter, &expanded.text, &mut counts, &mut problems);
    let (text, fences) = rewrite_fences(&text, &book.hidelines);
    counts.fences = fences;
    let (heading, text) = prose::take_title(&text);
    let (text, _) = prose::headings_from_level_two(&text);
    let (text, notes) = prose::speaker_notes(&text);
    counts.speaker_notes = notes;
    let (body, formulas) = prose::mathjax_as_math(&text);
    counts.formulas = formulas;
    Prepared {
        title: heading.or(expanded.title),
        body,
        problems,
        read: expanded.read,
        counts,
    }
}

/// `{{#quiz file.toml}}` (mdbook-quiz) replaced by the quiz it holds.
fn quizzes(
    book: &Book,
    chapter: &Path,
    text: &str,
    counts: &mut Counts,
    problems: &mut Vec<(String, String)>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("{{#quiz ") {
        let Some(length) = rest[at..].find("}}") else {
            break;
        };
        out.push_str(&rest[..at]);
        let written = rest[at + 8..at + length].trim();
        let path = chapter.parent().unwrap_or(Path::new("")).join(written);
        let converted = book
            .read(&path)
            .and_then(|bytes| String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string()))
            .and_then(|toml| quiz::quiz_block(&toml));
        match converted {
            Ok(quiz) if quiz.questions == 0 => {
                let note = format!("[not included: {written} (no question could be converted)]");
                for skipped in quiz.skipped {
                    problems.push((note.clone(), format!("the quiz `{written}`: {skipped}")));
                }
                out.push_str(&note);
            }
            Ok(quiz) => {
                counts.quizzes += quiz.questions;
                let needle = quiz.block.lines().nth(1).unwrap_or("quiz").to_string();
                for skipped in quiz.skipped {
                    problems.push((needle.clone(), format!("the quiz `{written}`: {skipped}")));
                }
                out.push_str(&quiz.block);
            }
            Err(why) => {
                let note = format!("[not included: {written} ({why})]");
                problems.push((
                    note.clone(),
                    format!("the quiz `{written}` could not be made: {why}"),
                ));
                out.push_str(&note);
            }
        }
        rest = &rest[at + length + 2..];
    }
    out.push_str(rest);
    out
}

/// The module's file: front matter, then the body with its links pointed at their new places.
pub(crate) fn finish(
    prepared: Prepared,
    planned: &PlannedModule,
    targets: &Targets<'_>,
    custom_preprocessors: &[String],
) -> Made {
    let title = prepared
        .title
        .clone()
        .unwrap_or_else(|| planned.name.clone());
    let mut head = format!(
        "---\ntitle: {}\nweight: {}\n",
        yaml_string(&title),
        planned.weight
    );
    if planned.chapter.is_none() {
        head.push_str("draft: true\n");
    }
    head.push_str("---\n");
    let body_line = head.lines().count();
    let chapter = planned.chapter.as_deref().unwrap_or(Path::new(""));
    let relinked = relink(&prepared.body, chapter, &planned.file, targets);
    let body = relinked.text;
    let at_line = |offset: usize| body_line + line_of(&body, offset);
    let mut attention = Vec::new();
    for (needle, message) in &prepared.problems {
        let line = body
            .find(needle.as_str())
            .map(at_line)
            .unwrap_or(body_line + 1);
        attention.push(format!("{}:{line}: {message}", planned.file));
    }
    for (offset, message) in &relinked.problems {
        attention.push(format!("{}:{}: {message}", planned.file, at_line(*offset)));
    }
    for (offset, found) in prose::leftover_syntax(&body) {
        attention.push(format!(
            "{}:{}: `{found}` is template or preprocessor syntax that Syllabus does not fill in; write what it stood for",
            planned.file,
            at_line(offset)
        ));
    }
    if !custom_preprocessors.is_empty() {
        attention.extend(code_syntax_note(
            &body,
            body_line,
            planned,
            custom_preprocessors,
        ));
    }
    let mut counts = prepared.counts;
    counts.links = relinked.moved;
    Made {
        contents: format!("{head}{body}"),
        assets: relinked.assets,
        attention,
        counts,
    }
}

/// Lines of code with `{{ … }}` in a book whose own preprocessors may have filled them in.
fn code_syntax_note(
    body: &str,
    body_line: usize,
    planned: &PlannedModule,
    preprocessors: &[String],
) -> Option<String> {
    let code = prose::code_ranges(body);
    let mut lines: Vec<usize> = Vec::new();
    let mut offset = 0;
    for (index, line) in body.split_inclusive('\n').enumerate() {
        let inside = code.iter().any(|r| r.contains(&offset));
        if inside && line.contains("{{ ") && line.contains(" }}") {
            lines.push(body_line + index + 1);
        }
        offset += line.len();
    }
    if lines.is_empty() {
        return None;
    }
    let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
    Some(format!(
        "{}: code on lines {} has `{{{{ … }}}}`, which the book's own preprocessor{} `{}` may have filled in; Syllabus does not run it, so check those lines",
        planned.file,
        lines.join(", "),
        if preprocessors.len() > 1 { "s" } else { "" },
        preprocessors.join("`, `")
    ))
}

/// A section page's first paragraph as plain text (for its unit's description), and whether
/// that paragraph is all the page says.
pub(crate) fn first_paragraph(body: &str) -> (Option<String>, bool) {
    let mut text = String::new();
    let mut paragraphs = 0;
    let mut blocks = 0;
    let mut images = 0;
    for event in Parser::new_ext(body, Options::all()) {
        match event {
            Event::Start(Tag::Paragraph) => paragraphs += 1,
            Event::Start(Tag::Image { .. }) => images += 1,
            Event::End(TagEnd::Image) => images -= 1,
            Event::Text(_) if images > 0 => {}
            Event::Start(tag) if is_block(&tag) => blocks += 1,
            Event::Text(t) | Event::Code(t) if paragraphs == 1 && blocks == 0 => text.push_str(&t),
            Event::SoftBreak if paragraphs == 1 && blocks == 0 => text.push(' '),
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // A paragraph that leads into a list ("You will learn how to:") describes nothing alone.
    let first = (!text.is_empty() && !text.ends_with(':')).then_some(text);
    (first, paragraphs <= 1 && blocks == 0)
}

fn is_block(tag: &Tag<'_>) -> bool {
    !matches!(
        tag,
        Tag::Paragraph
            | Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

/// The hidden-line prefixes of `[output.html.code.hidelines]`, by language.
pub(crate) type Hidelines = BTreeMap<String, String>;
