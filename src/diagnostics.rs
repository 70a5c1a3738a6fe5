//! Problems found in a course, with the place in the author's file where they are.
//!
//! Every stage pushes [`Diagnostic`]s into a [`Diagnostics`] collection instead of stopping at
//! the first problem, so that one run reports everything an author has to fix. Positions are
//! always in file coordinates (1-based line and column of the original file, after BOM and CRLF
//! normalisation, which do not move lines or columns).

use std::fmt::Write as _;
use std::io::{IsTerminal, Write as _};
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use rayon::prelude::*;

/// How bad a problem is. Errors fail the build; warnings do not, unless `--strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a source file: 1-based line and column (in characters), and how many characters
/// the problem spans on that line (at least one, so that a caret is always drawn).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub width: usize,
}

/// A value written in a file (a prerequisite, an alias, a module named by a path), with where
/// it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub value: String,
    pub position: Position,
}

impl Position {
    pub fn new(line: usize, column: usize, width: usize) -> Self {
        Position {
            line: line.max(1),
            column: column.max(1),
            width: width.max(1),
        }
    }

    /// The first character of a file, for problems about a file as a whole.
    pub fn start() -> Self {
        Position::new(1, 1, 1)
    }
}

/// One problem, where it is, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the course folder when it is inside it.
    pub file: Option<PathBuf>,
    pub position: Option<Position>,
    /// The text of the offending line, shown under the message: all of it, or for a line longer
    /// than [`SOURCE_LINE_LIMIT`] characters, that many around the problem.
    pub source_line: Option<String>,
    /// How many characters of the line come before `source_line` (0 unless it was cut).
    pub source_start: usize,
    pub message: String,
    /// A short note drawn under the caret.
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
    /// Further context, such as the other file of a duplicate.
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            position: None,
            source_line: None,
            source_start: 0,
            message: message.into(),
            label: None,
            help: None,
            notes: Vec::new(),
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    /// Points the diagnostic at `position` in `file`, whose full text is `text` (used to show the
    /// offending line).
    pub fn at(mut self, file: &Path, text: &str, mut position: Position) -> Self {
        self.file = Some(file.to_path_buf());
        self.source_line = None;
        self.source_start = 0;
        if let Some(line) = text.lines().nth(position.line - 1) {
            let chars = line.chars().count();
            // A problem after the end of a line (a missing value) is shown just after its text.
            position.column = position.column.min(chars + 1);
            if chars <= SOURCE_LINE_LIMIT {
                self.source_line = Some(line.to_string());
            } else {
                // Keeping the whole line would make many problems on one long line (thousands
                // of links in a minified paragraph) use memory by the square of its length.
                let start = (position.column - 1)
                    .saturating_sub(SOURCE_LINE_LIMIT / 2)
                    .min(chars - SOURCE_LINE_LIMIT);
                self.source_line = Some(line.chars().skip(start).take(SOURCE_LINE_LIMIT).collect());
                self.source_start = start;
            }
        }
        self.position = Some(position);
        self
    }

    /// Names a file without a position inside it.
    pub fn in_file(mut self, file: &Path) -> Self {
        self.file = Some(file.to_path_buf());
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// `file:line:column`, the way editors and terminals make it clickable.
    pub fn location(&self) -> String {
        match (&self.file, &self.position) {
            (Some(file), Some(pos)) => format!("{}:{}:{}", file.display(), pos.line, pos.column),
            (Some(file), None) => file.display().to_string(),
            _ => String::new(),
        }
    }

    /// Renders rustc-style, with the source line and a caret under the problem.
    pub fn render(&self, colored: bool) -> String {
        let renderer = if colored {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let path = self.file.as_ref().map(|f| f.display().to_string());
        let title = level.primary_title(self.message.as_str());
        let mut group = match (&self.source_line, &self.position, &path) {
            (Some(line), Some(pos), Some(path)) => {
                let column = pos.column.saturating_sub(self.source_start);
                let (start, end) = char_span_to_bytes(line, column, pos.width);
                let mut annotation = AnnotationKind::Primary.span(start..end);
                if let Some(label) = &self.label {
                    annotation = annotation.label(label.as_str());
                }
                title.element(
                    Snippet::source(line.as_str())
                        .line_start(pos.line)
                        .path(path.as_str())
                        .annotation(annotation),
                )
            }
            (_, _, Some(path)) => {
                let location = self.location();
                let _ = path;
                title.element(annotate_snippets::Origin::path(location))
            }
            _ => Group::with_title(title),
        };
        for note in &self.notes {
            group = group.element(Level::NOTE.message(note.as_str()));
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let mut out = renderer.render(&[group]);
        if let (Some(path), Some(pos), 1..) = (&path, &self.position, self.source_start) {
            // The snippet is part of its line, so annotate-snippets counts columns from the
            // part's start: name the column in the file instead.
            let shown = format!("{path}:{}:{}", pos.line, pos.column - self.source_start);
            let title_end = out.find('\n').unwrap_or(0);
            if let Some(at) = out[title_end..].find(&shown) {
                let at = title_end + at;
                out.replace_range(at..at + shown.len(), &self.location());
            }
        }
        out
    }
}

/// The longest source line a diagnostic keeps whole (see [`Diagnostic::source_line`]).
pub const SOURCE_LINE_LIMIT: usize = 400;

/// Converts a 1-based character column and width into a byte range of `line`, clamped to it.
fn char_span_to_bytes(line: &str, column: usize, width: usize) -> (usize, usize) {
    let byte_at = |chars: usize| {
        line.char_indices()
            .nth(chars)
            .map(|(index, _)| index)
            .unwrap_or(line.len())
    };
    let start = byte_at(column.saturating_sub(1));
    let end = byte_at(column.saturating_sub(1) + width).max(start);
    if start == end && start == line.len() {
        // Past the end of the line (e.g. a missing value): point just after the text.
        return (start, start);
    }
    (start, end)
}

/// All problems of one run, in a deterministic order.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

/// Whether the terminal report may use colours: stderr is a terminal and `NO_COLOR` is unset.
pub fn stderr_is_colored() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

impl Diagnostics {
    /// Writes every diagnostic to stderr, in colour on a terminal.
    pub fn print(&self) {
        if !self.is_empty() {
            let mut stderr = std::io::stderr().lock();
            let _ = write!(stderr, "{}", self.render(stderr_is_colored()));
        }
    }

    pub fn new() -> Self {
        Diagnostics::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Sorts by file and position, so that parallel stages report in a stable order and an
    /// author can work through a file from top to bottom.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (&a.file, &a.position, a.severity, &a.message).cmp(&(
                &b.file,
                &b.position,
                b.severity,
                &b.message,
            ))
        });
        self.items.dedup();
    }

    /// Everything, rendered, followed by a one-line summary.
    pub fn render(&self, colored: bool) -> String {
        // A large course can have thousands of warnings, each laid out with its source lines.
        let rendered: Vec<String> = self
            .items
            .par_iter()
            .map(|diagnostic| diagnostic.render(colored))
            .collect();
        let mut out = String::with_capacity(rendered.iter().map(|r| r.len() + 2).sum());
        for diagnostic in rendered {
            out.push_str(&diagnostic);
            out.push_str("\n\n");
        }
        let (errors, warnings) = (self.error_count(), self.warning_count());
        if errors + warnings > 0 {
            let _ = writeln!(
                out,
                "{} {}, {} {}",
                errors,
                plural(errors, "error", "errors"),
                warnings,
                plural(warnings, "warning", "warnings")
            );
        }
        out
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// The most problems of each severity listed for one file by one stage (see [`ProblemBudget`]).
pub const PROBLEMS_PER_FILE: usize = 100;

/// Lists at most [`PROBLEMS_PER_FILE`] errors and as many warnings of one file, and counts the
/// rest: a file with fifty thousand broken links gets its first hundred and one line for the
/// others. Finding a problem's line and a suggestion costs time by the size of the file or of
/// the site, so the problems past the limit are only counted, never built.
#[derive(Debug, Default)]
pub struct ProblemBudget {
    listed: [usize; 2],
    unlisted: [usize; 2],
    /// Where the first problem that was not listed is.
    first_unlisted: Option<Position>,
}

impl ProblemBudget {
    /// Whether a problem of `severity` at `position` is to be listed; if not, it is counted.
    pub fn admit(&mut self, severity: Severity, position: Position) -> bool {
        let index = severity as usize;
        if self.listed[index] < PROBLEMS_PER_FILE {
            self.listed[index] += 1;
            return true;
        }
        self.unlisted[index] += 1;
        self.first_unlisted = Some(self.first_unlisted.map_or(position, |p| p.min(position)));
        false
    }

    /// One problem that says how many were not listed, if any were not, at the first of them
    /// in `file` (whose text is `text`): an error when errors were left out, so that the build
    /// still fails.
    pub fn summary(&self, file: &Path, text: &str) -> Option<Diagnostic> {
        let [errors, warnings] = self.unlisted;
        let count = |n: usize, one: &str, many: &str| format!("{n} more {}", plural(n, one, many));
        let (severity, what) = match (errors, warnings) {
            (0, 0) => return None,
            (0, _) => (Severity::Warning, count(warnings, "warning", "warnings")),
            (_, 0) => (Severity::Error, count(errors, "error", "errors")),
            _ => (
                Severity::Error,
                format!(
                    "{} and {}",
                    count(errors, "error", "errors"),
                    count(warnings, "warning", "warnings")
                ),
            ),
        };
        let verb = plural(errors + warnings, "is", "are");
        let message = format!("{what} in this file {verb} not listed, from this one on");
        let position = self.first_unlisted.unwrap_or_else(Position::start);
        Some(
            Diagnostic {
                severity,
                ..Diagnostic::error(message)
            }
            .at(file, text, position)
            .with_label("the first problem not listed")
            .with_help(format!(
                "only the first {PROBLEMS_PER_FILE} errors and {PROBLEMS_PER_FILE} warnings of a file are listed: fix these and build again to see the rest"
            )),
        )
    }
}

/// Names longer than this get no suggestion: comparing two names takes time by the product of
/// their lengths.
const SUGGESTION_LENGTH_LIMIT: usize = 200;

/// The closest candidate to a misspelt name, if one is close enough to be a likely typo: at
/// most about a third of its characters differ (a swap of two letters counts as one).
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let wrong_length = wrong.chars().count();
    if wrong_length > SUGGESTION_LENGTH_LIMIT {
        return None;
    }
    candidates
        .into_iter()
        // The distance is at least the difference in length, so names much shorter or longer
        // cannot score 0.65 (0.6 leaves room for rounding).
        .filter(|candidate| {
            let length = candidate.chars().take(SUGGESTION_LENGTH_LIMIT + 1).count();
            length <= SUGGESTION_LENGTH_LIMIT
                && length.min(wrong_length) as f64 >= 0.6 * length.max(wrong_length) as f64
        })
        .map(|candidate| {
            (
                strsim::normalized_damerau_levenshtein(wrong, candidate),
                candidate,
            )
        })
        .filter(|(score, _)| *score >= 0.65)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_file_line_column_source_and_help() {
        let text = "---\ntitle: Intro\ndifficulty: expert\n---\n";
        let diagnostic = Diagnostic::error("unknown difficulty `expert`")
            .at(Path::new("modules/intro.md"), text, Position::new(3, 13, 6))
            .with_label("not one of the course's levels")
            .with_help("use one of: beginner, intermediate, advanced");
        let out = diagnostic.render(false);
        assert!(out.contains("error: unknown difficulty `expert`"), "{out}");
        assert!(out.contains("modules/intro.md:3:13"), "{out}");
        assert!(out.contains("difficulty: expert"), "{out}");
        assert!(out.contains("^^^^^^"), "{out}");
        assert!(out.contains("help: use one of"), "{out}");
    }

    #[test]
    fn caret_past_end_of_line_does_not_panic() {
        let diagnostic = Diagnostic::error("missing value").at(
            Path::new("a.md"),
            "title:",
            Position::new(1, 40, 3),
        );
        let out = diagnostic.render(false);
        assert!(out.contains("a.md:1:7"), "{out}");
    }

    #[test]
    fn long_lines_are_cut_around_the_problem() {
        // 20,000 problems on one 240 KB line must not keep 20,000 copies of it.
        let line = "![a](missing.png)".repeat(14_000);
        let text = format!("---\ntitle: T\n---\n{line}\n");
        let column = 17 * 9_000 + 1;
        let diagnostic = Diagnostic::error("missing image").at(
            Path::new("m.md"),
            &text,
            Position::new(4, column, 17),
        );
        let kept = diagnostic.source_line.as_deref().unwrap_or_default();
        assert_eq!(kept.chars().count(), SOURCE_LINE_LIMIT);
        assert_eq!(diagnostic.source_start, column - 1 - SOURCE_LINE_LIMIT / 2);
        let out = diagnostic.render(false);
        assert!(out.contains(&format!(" --> m.md:4:{column}\n")), "{out}");
        assert!(out.contains("^^^^^^^^^^^^^^^^^"), "{out}");
        assert!(out.len() < 2_000, "{out}");
        let colored = diagnostic.render(true);
        assert!(colored.contains(&format!("m.md:4:{column}")), "{colored}");
        // Near the end of the line the window ends with the line, and the caret is still under
        // the problem.
        let end = Diagnostic::error("missing image").at(
            Path::new("m.md"),
            &text,
            Position::new(4, line.len() - 16, 17),
        );
        assert_eq!(end.source_start, line.len() - SOURCE_LINE_LIMIT);
        let out = end.render(false);
        assert!(
            out.contains(&format!("m.md:4:{}", line.len() - 16)),
            "{out}"
        );
        assert!(out.contains("![a](missing.png)"), "{out}");
    }

    #[test]
    fn suggests_close_names_only() {
        let keys = ["title", "description", "prerequisites"];
        assert_eq!(did_you_mean("titel", keys), Some("title"));
        assert_eq!(did_you_mean("prerequisite", keys), Some("prerequisites"));
        assert_eq!(did_you_mean("zzz", keys), None);
        assert_eq!(did_you_mean("setup", ["first", "second"]), None);
        assert_eq!(
            did_you_mean("basics/frist", ["basics/first", "basics/second"]),
            Some("basics/first")
        );
    }

    #[test]
    fn names_too_long_to_compare_get_no_suggestion() {
        let long = "a".repeat(50_000);
        let near = format!("{long}b");
        assert_eq!(did_you_mean(&long, [near.as_str()]), None);
        let name = "x".repeat(SUGGESTION_LENGTH_LIMIT - 1);
        let typo = format!("{name}y");
        assert_eq!(did_you_mean(&typo, [name.as_str()]), Some(name.as_str()));
    }

    #[test]
    fn a_file_lists_its_first_problems_and_counts_the_rest() {
        let text = "line\n".repeat(300);
        let mut budget = ProblemBudget::default();
        let listed = (1..=250)
            .filter(|&line| budget.admit(Severity::Warning, Position::new(line, 1, 4)))
            .count();
        assert_eq!(listed, PROBLEMS_PER_FILE);
        // Errors have their own share, so warnings cannot hide them.
        assert!(budget.admit(Severity::Error, Position::new(260, 1, 4)));
        let summary = budget.summary(Path::new("m.md"), &text).unwrap();
        assert_eq!(summary.severity, Severity::Warning);
        assert_eq!(
            summary.message,
            "150 more warnings in this file are not listed, from this one on"
        );
        assert_eq!(summary.position, Some(Position::new(101, 1, 4)));

        for line in 261..=400 {
            budget.admit(Severity::Error, Position::new(line, 1, 4));
        }
        let summary = budget.summary(Path::new("m.md"), &text).unwrap();
        assert_eq!(
            summary.severity,
            Severity::Error,
            "the build must still fail"
        );
        assert!(
            summary
                .message
                .starts_with("41 more errors and 150 more warnings in"),
            "{}",
            summary.message
        );
        assert!(
            ProblemBudget::default()
                .summary(Path::new("m.md"), &text)
                .is_none()
        );
    }

    #[test]
    fn sorts_by_file_then_position() {
        let mut all = Diagnostics::new();
        all.push(Diagnostic::error("b").at(Path::new("b.md"), "x", Position::start()));
        all.push(Diagnostic::error("a2").at(Path::new("a.md"), "x\ny", Position::new(2, 1, 1)));
        all.push(Diagnostic::error("a1").at(Path::new("a.md"), "x", Position::start()));
        all.sort();
        let order: Vec<_> = all.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["a1", "a2", "b"]);
    }
}
