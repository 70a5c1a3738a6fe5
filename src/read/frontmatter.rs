//! The YAML front matter at the top of a module: finding it, and reading it into typed fields
//! that keep their positions for later checks (difficulty, prerequisites, aliases).

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Position};
use crate::read::source::SourceFile;
use crate::read::yaml::{KnownKey, YamlSource};

/// A module file cut into its front matter and its Markdown body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split<'a> {
    pub yaml: &'a str,
    pub body: &'a str,
    /// Byte offset of the body in the file.
    pub body_offset: usize,
}

/// Finds the `---` block at the top of a module.
pub(crate) fn split(file: &SourceFile) -> Result<Split<'_>, Diagnostic> {
    let text = file.text.as_str();
    let first_line = text.lines().next().unwrap_or("");
    if first_line.trim_end() != "---" {
        let message = if text.trim().is_empty() {
            "this module is empty"
        } else {
            "this module does not start with front matter"
        };
        return Err(Diagnostic::error(message)
            .at(&file.path, text, Position::start())
            .with_label("expected `---` here")
            .with_help(
                "start the file with a front matter block, for example:\n---\ntitle: Your first commit\n---",
            ));
    }
    let yaml_start = first_line.len() + 1;
    let mut offset = yaml_start.min(text.len());
    while offset < text.len() {
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = text[offset..line_end].trim_end();
        if line == "---" || line == "..." {
            let body_offset = (line_end + 1).min(text.len());
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                body: &text[body_offset..],
                body_offset,
            });
        }
        offset = line_end + 1;
    }
    Err(Diagnostic::error("the front matter block is never closed")
        .at(&file.path, text, Position::new(1, 1, 3))
        .with_label("the block opened here has no closing `---`")
        .with_help("add a line containing only `---` after the last front matter line"))
}

/// The front matter as written, before it is checked against the course.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct FrontMatter {
    pub title: Option<Spanned<String>>,
    pub id: Option<Spanned<String>>,
    pub description: Option<String>,
    pub difficulty: Option<Spanned<String>>,
    pub minutes: Option<Spanned<u32>>,
    pub prerequisites: Option<Vec<Spanned<String>>>,
    pub objectives: Option<Vec<String>>,
    pub keypoints: Option<Vec<String>>,
    pub questions: Option<Vec<String>>,
    pub tags: Option<Vec<Spanned<String>>>,
    pub weight: Option<Spanned<i64>>,
    pub draft: Option<Spanned<bool>>,
    pub aliases: Option<Vec<Spanned<String>>>,
    /// In a translation (`first-commit.fi.md`): the original's version it was translated from.
    pub translated_from: Option<Spanned<String>>,
}

pub(crate) const FRONT_MATTER_KEYS: &[KnownKey] = &[
    ("title", "the module's title, as text"),
    (
        "id",
        "a module id such as `basics/first-commit` (letters, digits, `-`, `_` and `/`)",
    ),
    ("description", "one sentence describing the module"),
    (
        "difficulty",
        "one of the course's `levels`, such as `beginner`",
    ),
    ("minutes", "a whole number of minutes, such as `8`"),
    (
        "prerequisites",
        "a list of module ids, such as `[basics/first-commit]`",
    ),
    (
        "objectives",
        "a list of short texts, one per learning objective",
    ),
    ("keypoints", "a list of short texts, one per key point"),
    (
        "questions",
        "a list of the questions the module answers, such as `- How do I undo a commit?`",
    ),
    ("tags", "a list of short words, such as `[history, undo]`"),
    (
        "weight",
        "a whole number; modules with smaller weights come first",
    ),
    ("draft", "`true` or `false`"),
    (
        "aliases",
        "a list of old paths that redirect here, such as `[/basics/commit/]`",
    ),
    (
        "translated_from",
        "in a translation, the version of the original it translates, as `syllabus check` prints it",
    ),
];

/// Reads the front matter of `file`. On success, also returns the body's position.
pub(crate) fn parse(file: &SourceFile) -> (Option<(FrontMatter, Split<'_>)>, Vec<Diagnostic>) {
    let split = match split(file) {
        Ok(split) => split,
        Err(problem) => return (None, vec![problem]),
    };
    let source = YamlSource {
        file: &file.path,
        file_text: &file.text,
        yaml: split.yaml,
        line_offset: 1,
    };
    let (front_matter, problems) = source.parse::<FrontMatter>(FRONT_MATTER_KEYS);
    (front_matter.map(|fm| (fm, split)), problems)
}

/// Moves a position reported by serde-saphyr for front matter into file coordinates.
pub(crate) fn position_of(
    file: &SourceFile,
    split: &Split,
    location: &serde_saphyr::Location,
) -> Position {
    YamlSource {
        file: &file.path,
        file_text: &file.text,
        yaml: split.yaml,
        line_offset: 1,
    }
    .position(location)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            path: PathBuf::from("modules/a.md"),
            text: text.to_string(),
        }
    }

    #[test]
    fn splits_front_matter_and_body() {
        let f = file("---\ntitle: A\n---\n## Body\n");
        let split = split(&f).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(split.yaml, "title: A\n");
        assert_eq!(split.body, "## Body\n");
        assert_eq!(split.body_offset, 17);
    }

    #[test]
    fn front_matter_at_end_of_file_has_empty_body() {
        let f = file("---\ntitle: A\n---");
        let split = split(&f).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!((split.yaml, split.body), ("title: A\n", ""));
    }

    #[test]
    fn unclosed_and_missing_blocks_are_errors() {
        let unclosed = split(&file("---\ntitle: A\n\nBody text\n")).unwrap_err();
        assert_eq!(unclosed.message, "the front matter block is never closed");
        let missing = split(&file("# Title\n")).unwrap_err();
        assert_eq!(
            missing.message,
            "this module does not start with front matter"
        );
        let empty = split(&file("")).unwrap_err();
        assert_eq!(empty.message, "this module is empty");
    }

    #[test]
    fn yaml_positions_are_file_lines() {
        let f = file("---\ntitle: A\nlevel: hard\n---\n");
        let (_, problems) = parse(&f);
        assert_eq!(problems[0].position.map(|p| p.line), Some(3));
        assert_eq!(problems[0].message, "unknown key `level`");
    }
}
