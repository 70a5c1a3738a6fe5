//! mdBook's `links` preprocessor, redone for `import mdbook`: `{{#include}}`,
//! `{{#rustdoc_include}}`, `{{#playground}}` and `{{#title}}` in a chapter are expanded the way
//! mdBook expands them, so that the imported module reads as the book did.
//!
//! Only files of the book are read: a path that leads outside the book folder (by `..`, an
//! absolute path or a link), or to a hidden file, is refused and named, never read.

use std::fs;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

/// A chapter's text with its directives expanded.
#[derive(Debug, Default)]
pub(crate) struct Expanded {
    pub text: String,
    /// From `{{#title ...}}` (the directive itself is removed, with its line if alone on it).
    pub title: Option<String>,
    /// What the author must look at: a snippet that occurs in `text` (to find its line later)
    /// and the message. E.g. an include that could not be read.
    pub problems: Vec<Problem>,
    /// Files read, relative to the book root (for the report), sorted, deduplicated.
    pub read: Vec<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub needle: String,
    pub message: String,
}

/// mdBook's own limit on includes within includes.
const MAX_DEPTH: usize = 10;
/// Files that include each other several times over grow a chapter exponentially (within the
/// depth limit); past these limits, includes are refused instead.
const MAX_INCLUDES: usize = 10_000;
const MAX_GROWTH: usize = 64 << 20;

/// The chapter `text` with its directives expanded. `root`: the canonical book folder (the
/// folder with book.toml). `src_dir`: the canonical folder that SUMMARY.md's paths are relative
/// to (`src` unless book.toml says otherwise). `chapter_rel`: the chapter's path in `src_dir`.
pub(crate) fn expand(root: &Path, src_dir: &Path, chapter_rel: &Path, text: &str) -> Expanded {
    // A root that is not canonical would make every include look outside; make sure it is.
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let chapter = src_dir.join(chapter_rel);
    let chapter = chapter.canonicalize().unwrap_or(chapter);
    let dir = chapter.parent().unwrap_or(src_dir).to_path_buf();
    let mut expander = Expander {
        root: &root,
        title: None,
        problems: Vec::new(),
        read: Vec::new(),
        stack: vec![chapter],
        includes: 0,
        grown: 0,
    };
    let text = expander.expand_text(text, &dir, 0);
    let mut read = expander.read;
    read.sort();
    read.dedup();
    Expanded {
        text,
        title: expander.title,
        problems: expander.problems,
        read,
    }
}

struct Expander<'r> {
    root: &'r Path,
    title: Option<String>,
    problems: Vec<Problem>,
    read: Vec<PathBuf>,
    /// The canonical paths of the chapter and of the Markdown files being expanded in it,
    /// outermost first: one that comes again includes itself.
    stack: Vec<PathBuf>,
    includes: usize,
    grown: usize,
}

/// A `{{#name args}}` in the text.
struct Directive<'t> {
    range: Range<usize>,
    name: &'t str,
    args: &'t str,
}

impl Expander<'_> {
    /// `text` with its directives expanded; `dir` is the canonical folder of its file.
    fn expand_text(&mut self, text: &str, dir: &Path, depth: usize) -> String {
        let mut out = String::with_capacity(text.len());
        let mut closes = NextClose::default();
        // `text[..copied]` is in `out`, as it is or expanded.
        let mut copied = 0;
        let mut search = 0;
        while let Some(found) = text[search..].find("{{") {
            let start = search + found;
            search = start + 1;
            if text[..start].ends_with('\\') && opens_directive(text, start).is_some() {
                // `\{{#` is written as `{{#` and left alone, as mdBook does.
                out.push_str(&text[copied..start - 1]);
                copied = start;
                search = start + 2;
                continue;
            }
            let Some(directive) = directive_at(text, start, &mut closes) else {
                continue;
            };
            search = directive.range.end;
            let names_file = directive.args.split_whitespace().next().is_some();
            let replacement = match directive.name {
                // mdBook leaves these as written too.
                "include" | "rustdoc_include" | "playground" if !names_file => continue,
                "include" => self.include(text, &directive, dir, depth, false),
                "rustdoc_include" => self.include(text, &directive, dir, depth, true),
                "playground" => self.playground(text, &directive, dir),
                "title" => {
                    self.title = Some(directive.args.trim().to_string());
                    let removed = alone_on_line(text, copied, directive.range.clone())
                        .unwrap_or(directive.range);
                    out.push_str(&text[copied..removed.start]);
                    copied = removed.end;
                    search = copied;
                    continue;
                }
                // The quiz module turns these into quiz blocks.
                "quiz" => continue,
                _ => {
                    self.unknown(&text[directive.range]);
                    continue;
                }
            };
            out.push_str(&text[copied..directive.range.start]);
            out.push_str(&replacement);
            copied = directive.range.end;
        }
        out.push_str(&text[copied..]);
        out
    }

    fn unknown(&mut self, written: &str) {
        self.problems.push(Problem {
            needle: written.to_string(),
            message: format!(
                "`{written}` is mdBook preprocessor syntax that Syllabus does not know; remove \
                 it or rewrite it"
            ),
        });
    }

    /// The text an `include` (or `rustdoc_include`, which hides the lines it does not show)
    /// stands for.
    fn include(
        &mut self,
        text: &str,
        directive: &Directive<'_>,
        dir: &Path,
        depth: usize,
        rustdoc: bool,
    ) -> String {
        let written = &text[directive.range.clone()];
        let spec = directive.args.split_whitespace().next().unwrap_or("");
        let (path, part) = parse_spec(spec);
        let file = match self.locate(written, path, dir) {
            Ok(file) => file,
            Err(needle) => return needle,
        };
        let markdown = !rustdoc
            && file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("md"));
        if markdown && self.stack.contains(&file) {
            return self.refuse(written, path, "it includes itself");
        }
        if markdown && depth >= MAX_DEPTH {
            return self.refuse(written, path, "includes nested more than 10 deep");
        }
        let content = match self.load(written, path, &file) {
            Ok(content) => content,
            Err(needle) => return needle,
        };
        let selected = if rustdoc {
            rustdoc_lines(&content, &part)
        } else {
            included_lines(&content, &part)
        };
        let Some(selected) = selected else {
            let reason = match part {
                Part::Anchor(name) => format!("no anchor `{name}` in it"),
                _ => "nothing to include".to_string(),
            };
            return self.refuse(written, path, &reason);
        };
        if !markdown {
            return selected;
        }
        let file_dir = file.parent().unwrap_or(self.root).to_path_buf();
        self.stack.push(file);
        let expanded = self.expand_text(&selected, &file_dir, depth + 1);
        self.stack.pop();
        expanded
    }

    /// A fenced Rust block of the file, with the attributes after its path.
    fn playground(&mut self, text: &str, directive: &Directive<'_>, dir: &Path) -> String {
        let written = &text[directive.range.clone()];
        let mut words = directive.args.split_whitespace();
        let path = words.next().unwrap_or("");
        let info: String = std::iter::once("rust")
            .chain(words)
            .collect::<Vec<_>>()
            .join(",");
        let code = match self
            .locate(written, path, dir)
            .and_then(|file| self.load(written, path, &file))
        {
            Ok(code) => code,
            Err(needle) => return needle,
        };
        let code = code.strip_suffix('\n').unwrap_or(&code);
        let code = code.strip_suffix('\r').unwrap_or(code);
        let fence = "`".repeat(longest_backtick_run(code).max(2) + 1);
        format!("{fence}{info}\n{code}\n{fence}")
    }

    /// The canonical path of the file `path` (written in a file of `dir`), or the text that
    /// stands for it when it may not be read (and a problem saying why).
    fn locate(&mut self, written: &str, path: &str, dir: &Path) -> Result<PathBuf, String> {
        if path.is_empty() {
            return Err(self.refuse(written, path, "no file named"));
        }
        self.includes += 1;
        if self.includes > MAX_INCLUDES {
            return Err(self.refuse(written, path, "more than 10,000 includes in one chapter"));
        }
        resolve(self.root, dir, path).map_err(|reason| self.refuse(written, path, reason))
    }

    /// The text of `file` (found by [`Self::locate`]), or the text that stands for it.
    fn load(&mut self, written: &str, path: &str, file: &Path) -> Result<String, String> {
        let size = fs::metadata(file).map_or(0, |meta| meta.len());
        if usize::try_from(size).map_or(true, |size| self.grown + size > MAX_GROWTH) {
            return Err(self.refuse(written, path, "the chapter would grow past 64 MB"));
        }
        let bytes = fs::read(file).map_err(|_| self.refuse(written, path, "cannot be read"))?;
        let content =
            String::from_utf8(bytes).map_err(|_| self.refuse(written, path, "not UTF-8 text"))?;
        self.grown += content.len();
        if self.grown > MAX_GROWTH {
            return Err(self.refuse(written, path, "the chapter would grow past 64 MB"));
        }
        if let Ok(relative) = file.strip_prefix(self.root) {
            self.read.push(relative.to_path_buf());
        }
        Ok(content)
    }

    /// The text `[not included: PATH (REASON)]`, with a problem pointing at it.
    fn refuse(&mut self, written: &str, path: &str, reason: &str) -> String {
        let needle = format!("[not included: {path} ({reason})]");
        self.problems.push(Problem {
            needle: needle.clone(),
            message: format!(
                "`{written}` was not expanded: {reason}; put the text in the module yourself \
                 or remove the directive"
            ),
        });
        needle
    }
}

/// The canonical path of `path`, written in a file of the folder `dir`, if it is a visible
/// regular file inside `root`; else why not.
fn resolve(root: &Path, dir: &Path, path: &str) -> Result<PathBuf, &'static str> {
    // Checked on the written path first, so that nothing outside is even looked at...
    let lexical = normalize(&dir.join(path));
    let Ok(relative) = lexical.strip_prefix(root) else {
        return Err("outside the book");
    };
    if is_hidden(relative) {
        return Err("a hidden file");
    }
    let Ok(file) = lexical.canonicalize() else {
        return Err("not found");
    };
    // ...and again on where links lead.
    let Ok(relative) = file.strip_prefix(root) else {
        return Err("outside the book");
    };
    if is_hidden(relative) {
        return Err("a hidden file");
    }
    match fs::metadata(&file) {
        Ok(meta) if meta.is_file() => Ok(file),
        Ok(_) => Err("not a file"),
        Err(_) => Err("not found"),
    }
}

/// `path` with its `.` and `..` resolved by name alone (without following links).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn is_hidden(relative: &Path) -> bool {
    relative
        .components()
        .any(|c| matches!(c, Component::Normal(name) if name.to_string_lossy().starts_with('.')))
}

/// Which lines of a file to include.
#[derive(Debug, PartialEq, Eq)]
enum Part<'s> {
    Whole,
    /// 0-based first line, and the line after the last (none: to the end).
    Lines(usize, Option<usize>),
    Anchor(&'s str),
}

/// `PATH`, `PATH:N`, `PATH::N`, `PATH:N:`, `PATH:N:M` or `PATH:ANCHOR`, as mdBook reads them.
fn parse_spec(spec: &str) -> (&str, Part<'_>) {
    let mut parts = spec.splitn(3, ':');
    let path = parts.next().unwrap_or("");
    let part = match (parts.next(), parts.next()) {
        (None, _) | (Some(""), None) => Part::Whole,
        (Some(first), None) => match first.parse::<usize>() {
            Ok(line) => Part::Lines(line.saturating_sub(1), Some(line)),
            Err(_) => Part::Anchor(first),
        },
        (Some(first), Some(second)) => {
            let start = match first {
                "" => Some(0),
                first => first.parse::<usize>().ok().map(|n| n.saturating_sub(1)),
            };
            match start {
                Some(start) => Part::Lines(start, second.parse().ok()),
                None => Part::Anchor(first),
            }
        }
    };
    (path, part)
}

/// The lines an `include` takes (without the file's last newline), or `None` for an anchor
/// that is not in the file. Anchor lines are markers, never content.
fn included_lines(content: &str, part: &Part<'_>) -> Option<String> {
    let lines = content.lines();
    match *part {
        Part::Whole => Some(join(lines.filter(|l| !is_marker(l)))),
        Part::Lines(start, end) => {
            let count = end.map_or(usize::MAX, |end| end.saturating_sub(start));
            Some(join(lines.skip(start).take(count)))
        }
        Part::Anchor(name) => {
            let mut kept = Vec::new();
            let mut inside = false;
            for line in lines {
                if inside {
                    if anchor_name(line, "ANCHOR_END:") == Some(name) {
                        return Some(join(kept.into_iter()));
                    }
                    if !is_marker(line) {
                        kept.push(line);
                    }
                } else if anchor_name(line, "ANCHOR:") == Some(name) {
                    inside = true;
                }
            }
            // An anchor that is never closed runs to the end of the file.
            inside.then(|| join(kept.into_iter()))
        }
    }
}

/// The whole file for a `rustdoc_include`, with the lines outside the part made Rust's hidden
/// lines (`# `), so that the reader can still expand the full example.
fn rustdoc_lines(content: &str, part: &Part<'_>) -> Option<String> {
    let lines = content.lines();
    match *part {
        Part::Whole => Some(join(lines.filter(|l| !is_marker(l)))),
        Part::Lines(start, end) => {
            let shown = start..end.unwrap_or(usize::MAX);
            Some(join(lines.enumerate().map(|(i, line)| {
                if shown.contains(&i) {
                    line.to_string()
                } else {
                    hidden(line)
                }
            })))
        }
        Part::Anchor(name) => {
            let mut out = Vec::new();
            let (mut inside, mut found) = (false, false);
            for line in lines {
                if inside && anchor_name(line, "ANCHOR_END:") == Some(name) {
                    inside = false;
                } else if !inside && anchor_name(line, "ANCHOR:") == Some(name) {
                    (inside, found) = (true, true);
                } else if !is_marker(line) {
                    out.push(if inside {
                        line.to_string()
                    } else {
                        hidden(line)
                    });
                }
            }
            found.then(|| join(out.into_iter()))
        }
    }
}

fn hidden(line: &str) -> String {
    if line.is_empty() {
        "#".to_string()
    } else {
        format!("# {line}")
    }
}

fn join<S: AsRef<str>>(lines: impl Iterator<Item = S>) -> String {
    let mut out = String::new();
    for (i, line) in lines.enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line.as_ref());
    }
    out
}

fn is_marker(line: &str) -> bool {
    anchor_name(line, "ANCHOR:").is_some() || anchor_name(line, "ANCHOR_END:").is_some()
}

/// The name of the first `KEYWORD name` of the line (mdBook's `ANCHOR:\s*([\w_-]+)`).
fn anchor_name<'l>(line: &'l str, keyword: &str) -> Option<&'l str> {
    line.match_indices(keyword).find_map(|(at, _)| {
        let rest = line[at + keyword.len()..].trim_start();
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        (end > 0).then(|| &rest[..end])
    })
}

/// Where `{{` at `start` is followed by spaces and `#`: the offset after the `#`.
fn opens_directive(text: &str, start: usize) -> Option<usize> {
    let after = &text[start + 2..];
    let trimmed = after.trim_start_matches(|c: char| c.is_ascii_whitespace());
    trimmed
        .starts_with('#')
        .then(|| text.len() - trimmed.len() + 1)
}

/// The directive that starts at `start` (at `{{`), as mdBook's pattern
/// `\{\{\s*#([a-zA-Z0-9_]+)\s+([^}]+)\}\}` reads it.
fn directive_at<'t>(text: &'t str, start: usize, closes: &mut NextClose) -> Option<Directive<'t>> {
    let name_start = opens_directive(text, start)?;
    let bytes = text.as_bytes();
    let mut at = name_start;
    while bytes
        .get(at)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    {
        at += 1;
    }
    if at == name_start || !bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        return None;
    }
    let close = closes.at_or_after(text, at)?;
    // `\s+([^}]+)`: a space, and at least one more character.
    if close < at + 2 || bytes.get(close + 1) != Some(&b'}') {
        return None;
    }
    Some(Directive {
        range: start..close + 2,
        name: &text[name_start..at],
        args: &text[at..close],
    })
}

/// Where the next `}` is, remembered: directives are looked for from left to right, so each
/// stretch of text is searched once, even when many `{{#` are never closed (linear time).
#[derive(Default)]
struct NextClose {
    /// (searched from, the first `}` at or after it)
    known: Option<(usize, Option<usize>)>,
}

impl NextClose {
    fn at_or_after(&mut self, text: &str, from: usize) -> Option<usize> {
        match self.known {
            Some((searched, found)) if searched <= from && found.is_none_or(|f| f >= from) => found,
            _ => {
                let found = text[from..].find('}').map(|at| from + at);
                self.known = Some((from, found));
                found
            }
        }
    }
}

/// The line of the directive at `range` with its newline, if nothing else is on it and it
/// starts at or after `copied` (what was copied already cannot be taken back).
fn alone_on_line(text: &str, copied: usize, range: Range<usize>) -> Option<Range<usize>> {
    let line_start = match text[copied..range.start].rfind('\n') {
        Some(at) => copied + at + 1,
        None if copied == 0 || text[..copied].ends_with('\n') => copied,
        None => return None,
    };
    if !text[line_start..range.start].trim().is_empty() {
        return None;
    }
    let after = &text[range.end..];
    let end = range.end + after.len() - after.trim_start_matches([' ', '\t', '\r']).len();
    match text[end..].chars().next() {
        None => Some(line_start..end),
        Some('\n') => Some(line_start..end + 1),
        Some(_) => None,
    }
}

fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A book folder with `book.toml`, `src/` and the given files (path → text).
    struct Book {
        _dir: tempfile::TempDir,
        /// The folder around the book, where "outside" files go.
        outside: PathBuf,
        root: PathBuf,
        src: PathBuf,
    }

    fn book(files: &[(&str, &str)]) -> Book {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let outside = dir.path().canonicalize().unwrap_or_else(|e| panic!("{e}"));
        let root = outside.join("book");
        let src = root.join("src");
        write(&root.join("book.toml"), "[book]\n");
        fs::create_dir_all(&src).unwrap_or_else(|e| panic!("{e}"));
        for (path, text) in files {
            write(&root.join(path), text);
        }
        Book {
            _dir: dir,
            outside,
            root,
            src,
        }
    }

    fn write(path: &Path, text: &str) {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
    }

    impl Book {
        /// The chapter `src/chapter.md` with `text`, expanded.
        fn expand(&self, text: &str) -> Expanded {
            write(&self.src.join("chapter.md"), text);
            expand(&self.root, &self.src, Path::new("chapter.md"), text)
        }
    }

    const FIVE: &str = "one\ntwo\nthree\nfour\nfive\n";

    #[test]
    fn each_line_range_form_takes_its_lines() {
        let book = book(&[("src/five.txt", FIVE)]);
        for (spec, lines) in [
            ("five.txt", "one\ntwo\nthree\nfour\nfive"),
            ("five.txt:2", "two"),
            ("five.txt::2", "one\ntwo"),
            ("five.txt:4:", "four\nfive"),
            ("five.txt:2:3", "two\nthree"),
            ("five.txt:4:2", ""),
            ("five.txt:9", ""),
            ("five.txt:0", ""),
        ] {
            let expanded = book.expand(&format!("```\n{{{{#include {spec}}}}}\n```\n"));
            assert_eq!(expanded.text, format!("```\n{lines}\n```\n"), "{spec}");
            assert!(
                expanded.problems.is_empty(),
                "{spec}: {:?}",
                expanded.problems
            );
            assert_eq!(expanded.read, [PathBuf::from("src/five.txt")]);
        }
    }

    const ANCHORED: &str = "/* ANCHOR: all */\n\n// ANCHOR: component\nstruct Paddle {\n    hello: f32,\n}\n// ANCHOR_END: component\n\n////////// ANCHOR: system\nimpl System for MySystem { ... }\n////////// ANCHOR_END: system\n\n/* ANCHOR_END: all */\n";

    #[test]
    fn anchors_take_their_part_without_any_marker_line() {
        let book = book(&[("src/file.rs", ANCHORED)]);
        let expanded = book.expand(
            "{{#include file.rs:component}}\n--\n{{#include file.rs:system}}\n--\n{{#include file.rs:all}}\n--\n{{#include file.rs}}",
        );
        let all = "\nstruct Paddle {\n    hello: f32,\n}\n\nimpl System for MySystem { ... }\n";
        assert_eq!(
            expanded.text,
            format!(
                "struct Paddle {{\n    hello: f32,\n}}\n--\nimpl System for MySystem {{ ... }}\n--\n{all}\n--\n{all}"
            )
        );
        assert!(expanded.problems.is_empty(), "{:?}", expanded.problems);
    }

    #[test]
    fn an_unknown_anchor_is_a_problem_in_the_text() {
        let book = book(&[("src/file.rs", ANCHORED)]);
        let expanded = book.expand("Before {{#include file.rs:nope}} after");
        let needle = "[not included: file.rs (no anchor `nope` in it)]";
        assert_eq!(expanded.text, format!("Before {needle} after"));
        assert_eq!(expanded.problems.len(), 1);
        assert_eq!(expanded.problems[0].needle, needle);
        assert!(
            expanded.problems[0]
                .message
                .contains("{{#include file.rs:nope}}")
        );
    }

    #[test]
    fn rustdoc_include_hides_the_lines_it_does_not_show() {
        let program = "fn main() {\n    let x = add_one(2);\n    assert_eq!(x, 3);\n}\n\nfn add_one(num: i32) -> i32 {\n    num + 1\n}\n";
        let book = book(&[("src/file.rs", program), ("src/file2.rs", ANCHORED)]);
        let expanded = book.expand("```rust\n{{#rustdoc_include file.rs:2}}\n```\n");
        assert_eq!(
            expanded.text,
            "```rust\n# fn main() {\n    let x = add_one(2);\n#     assert_eq!(x, 3);\n# }\n#\n# fn add_one(num: i32) -> i32 {\n#     num + 1\n# }\n```\n"
        );
        let expanded = book.expand("{{#rustdoc_include file2.rs:component}}");
        assert_eq!(
            expanded.text,
            "#\nstruct Paddle {\n    hello: f32,\n}\n#\n# impl System for MySystem { ... }\n#"
        );
        let expanded = book.expand("{{#rustdoc_include file.rs}}");
        assert_eq!(expanded.text, program.trim_end());
    }

    #[test]
    fn playground_makes_a_rust_block_with_the_attributes() {
        let book = book(&[
            ("src/example.rs", "fn main() {}\n"),
            ("src/ticks.rs", "// ```\n"),
        ]);
        let expanded = book.expand("{{#playground example.rs editable no_run}}\n");
        assert_eq!(
            expanded.text,
            "```rust,editable,no_run\nfn main() {}\n```\n"
        );
        let expanded = book.expand("{{#playground example.rs}}");
        assert_eq!(expanded.text, "```rust\nfn main() {}\n```");
        let expanded = book.expand("{{#playground ticks.rs}}");
        assert_eq!(expanded.text, "````rust\n// ```\n````");
    }

    #[test]
    fn the_title_is_taken_and_its_line_removed() {
        let book = book(&[]);
        let expanded = book.expand("{{#title My  Title }}\n# Heading\n");
        assert_eq!(expanded.title.as_deref(), Some("My  Title"));
        assert_eq!(expanded.text, "# Heading\n");
        let expanded = book.expand("# Heading\n  {{#title T}}  \nText\n");
        assert_eq!(expanded.text, "# Heading\nText\n");
        let expanded = book.expand("A\r\n{{#title T}}\r\nB\r\n");
        assert_eq!(expanded.text, "A\r\nB\r\n");
        let expanded = book.expand("Text {{#title T}} more\n{{#title U}}");
        assert_eq!(expanded.text, "Text  more\n");
        assert_eq!(expanded.title.as_deref(), Some("U"));
    }

    #[test]
    fn an_escaped_directive_is_written_as_is_even_in_code() {
        let book = book(&[("src/five.txt", FIVE)]);
        let text = "\\{{#include five.txt}}\n```hbs\n\\{{#include five.txt:2}}\n```\n{{ #include five.txt:2 }}";
        let expanded = book.expand(text);
        assert_eq!(
            expanded.text,
            "{{#include five.txt}}\n```hbs\n{{#include five.txt:2}}\n```\ntwo"
        );
        assert!(expanded.problems.is_empty());
    }

    fn refused(expanded: &Expanded, needle: &str) {
        assert!(expanded.text.contains(needle), "{}", expanded.text);
        assert_eq!(expanded.problems.len(), 1, "{:?}", expanded.problems);
        assert_eq!(expanded.problems[0].needle, needle);
        assert!(expanded.read.is_empty(), "{:?}", expanded.read);
    }

    #[test]
    fn files_outside_the_book_are_never_read() {
        let book = book(&[]);
        write(&book.outside.join("secret.rs"), "SECRET");
        let expanded = book.expand("{{#include ../../secret.rs}}");
        refused(
            &expanded,
            "[not included: ../../secret.rs (outside the book)]",
        );
        let absolute = book.outside.join("secret.rs");
        let expanded = book.expand(&format!("{{{{#include {}}}}}", absolute.display()));
        assert!(!expanded.text.contains("SECRET"), "{}", expanded.text);
        assert!(expanded.text.contains("(outside the book)]"));
        let expanded = book.expand("{{#playground ../../../../../../../../etc/passwd}}");
        assert!(expanded.text.contains("(outside the book)]"));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_leading_outside_the_book_is_refused() {
        let book = book(&[]);
        write(&book.outside.join("secret.rs"), "SECRET");
        std::os::unix::fs::symlink(book.outside.join("secret.rs"), book.src.join("link.rs"))
            .unwrap_or_else(|e| panic!("{e}"));
        std::os::unix::fs::symlink(&book.outside, book.src.join("up"))
            .unwrap_or_else(|e| panic!("{e}"));
        let expanded = book.expand("{{#include link.rs}}");
        refused(&expanded, "[not included: link.rs (outside the book)]");
        let expanded = book.expand("{{#rustdoc_include up/secret.rs}}");
        refused(&expanded, "[not included: up/secret.rs (outside the book)]");
    }

    #[test]
    fn hidden_missing_and_folder_paths_are_refused() {
        let book = book(&[("src/.hidden.rs", "HIDDEN"), (".git/config", "GIT")]);
        for (path, reason) in [
            (".hidden.rs", "a hidden file"),
            ("../.git/config", "a hidden file"),
            ("sub/../.hidden.rs", "a hidden file"),
            ("missing.rs", "not found"),
            (".", "not a file"),
        ] {
            let expanded = book.expand(&format!("{{{{#include {path}}}}}"));
            refused(&expanded, &format!("[not included: {path} ({reason})]"));
        }
    }

    #[test]
    fn markdown_is_expanded_again_relative_to_its_own_folder() {
        let book = book(&[
            (
                "src/parts/part.md",
                "Part {{#include code.rs:2}} {{#title From part}}\n",
            ),
            ("src/parts/code.rs", "a\nb {{#include nothing}}\n"),
            ("shared/links.md", "[x]: https://example.org\n"),
        ]);
        let expanded = book.expand("{{#include parts/part.md}}\n{{#include ../shared/links.md}}\n");
        assert_eq!(
            expanded.text,
            "Part b {{#include nothing}} \n[x]: https://example.org\n"
        );
        assert_eq!(expanded.title.as_deref(), Some("From part"));
        assert_eq!(
            expanded.read,
            [
                PathBuf::from("shared/links.md"),
                PathBuf::from("src/parts/code.rs"),
                PathBuf::from("src/parts/part.md"),
            ]
        );
        assert!(expanded.problems.is_empty(), "{:?}", expanded.problems);
    }

    #[test]
    fn a_file_that_includes_itself_stops_with_a_problem() {
        let book = book(&[
            ("src/a.md", "A {{#include b.md}}"),
            ("src/b.md", "B {{#include a.md}}"),
        ]);
        let expanded = book.expand("Me {{#include chapter.md}} and {{#include a.md}}");
        assert_eq!(
            expanded.text,
            "Me [not included: chapter.md (it includes itself)] and A B [not included: a.md (it includes itself)]"
        );
        assert_eq!(expanded.problems.len(), 2);
    }

    #[test]
    fn includes_nest_ten_deep_and_no_deeper() {
        let files: Vec<(String, String)> = (1..=12)
            .map(|n| {
                (
                    format!("src/d{n}.md"),
                    format!("{n} {{{{#include d{}.md}}}}", n + 1),
                )
            })
            .collect();
        let files: Vec<(&str, &str)> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let book = book(&files);
        let expanded = book.expand("{{#include d1.md}}");
        assert_eq!(
            expanded.text,
            "1 2 3 4 5 6 7 8 9 10 [not included: d11.md (includes nested more than 10 deep)]"
        );
        assert_eq!(expanded.problems.len(), 1);
    }

    #[test]
    fn unknown_directives_stay_as_written_with_a_problem_and_quizzes_stay_quietly() {
        let book = book(&[]);
        let text = "{{#quiz ../quizzes/ch1.toml}}\n{{#template footer.md year=2024}}\n";
        let expanded = book.expand(text);
        assert_eq!(expanded.text, text);
        assert_eq!(expanded.problems.len(), 1);
        assert_eq!(
            expanded.problems[0].needle,
            "{{#template footer.md year=2024}}"
        );
        assert!(
            expanded.problems[0]
                .message
                .contains("Syllabus does not know")
        );
    }

    #[test]
    fn odd_text_is_left_alone_and_never_panics() {
        let book = book(&[("src/five.txt", FIVE), ("src/é.md", "É")]);
        let pieces = [
            "{{",
            "}}",
            "#",
            "\\",
            " ",
            "\n",
            "é",
            "{{#include",
            "five.txt",
            ":",
            "{{#title",
            "{{#",
            "{{ #x y}}",
            "{{#include é.md}}",
            "}",
            "{",
            "ANCHOR: a",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    let expanded = expand(&book.root, &book.src, Path::new("chapter.md"), &text);
                    for problem in &expanded.problems {
                        assert!(expanded.text.contains(&problem.needle), "{text:?}");
                    }
                }
            }
        }
        for text in [
            "{{#include }}",
            "`{{ #include }}`",
            "{{#include  }}",
            "{{#playground \n}}",
        ] {
            let expanded = book.expand(text);
            assert_eq!(expanded.text, text);
            assert!(
                expanded.problems.is_empty(),
                "{text}: {:?}",
                expanded.problems
            );
        }
        for text in ["{{#include  :::}}", "{{#include five.txt:x:y:z}}"] {
            let expanded = book.expand(text);
            assert_eq!(expanded.problems.len(), 1, "{text}: {}", expanded.text);
        }
        assert_eq!(book.expand("{{#include é.md}}").text, "É");
    }

    #[test]
    fn many_unclosed_directives_take_linear_time() {
        let book = book(&[]);
        let text = "{{#include a ".repeat(200_000);
        let start = std::time::Instant::now();
        let expanded = book.expand(&text);
        assert_eq!(expanded.text, text);
        assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
        let text = "{{#x }".repeat(200_000);
        assert_eq!(book.expand(&text).text, text);
    }
}
