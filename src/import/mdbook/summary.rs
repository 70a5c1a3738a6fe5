//! `SUMMARY.md`, mdBook's table of contents: prefix chapters (links before the first list),
//! numbered chapters (nested list items) grouped by part titles (`# Part`), and suffix chapters
//! (links after the lists). A chapter written `[Name]()` is a draft: it has no file yet.

use std::path::PathBuf;

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Summary {
    pub prefix: Vec<Chapter>,
    pub parts: Vec<Part>,
    pub suffix: Vec<Chapter>,
}

/// Numbered chapters under one part title (none for those before the first title).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Part {
    pub title: Option<String>,
    pub chapters: Vec<Chapter>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Chapter {
    pub name: String,
    /// Relative to the book's `src/`; `None` for a draft chapter.
    pub path: Option<PathBuf>,
    /// Its line in SUMMARY.md.
    pub line: usize,
    pub children: Vec<Chapter>,
}

/// Reads SUMMARY.md. Lines that are none of its constructs are returned as `(line, text)` for
/// the report.
pub(crate) fn parse(text: &str) -> (Summary, Vec<(usize, String)>) {
    let mut summary = Summary::default();
    let mut ignored = Vec::new();
    let mut open: Vec<(usize, Chapter)> = Vec::new();
    let mut seen_title = false;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || is_rule(trimmed) || trimmed.starts_with("<!--") {
            continue;
        }
        if let Some(heading) = trimmed.strip_prefix("# ") {
            close_all(&mut open, &mut summary);
            if seen_title || has_chapters(&summary) {
                summary.parts.push(Part {
                    title: Some(heading.trim().to_string()),
                    chapters: Vec::new(),
                });
            }
            seen_title = true;
            continue;
        }
        if let Some(item) = list_item(trimmed) {
            let Some((name, path)) = link(item) else {
                ignored.push((line, trimmed.to_string()));
                continue;
            };
            let indent = indent_width(raw);
            close_deeper(&mut open, indent, &mut summary);
            let chapter = Chapter {
                name,
                path,
                line,
                children: Vec::new(),
            };
            open.push((indent, chapter));
            continue;
        }
        match link(trimmed) {
            Some((name, path)) => {
                close_all(&mut open, &mut summary);
                let chapter = Chapter {
                    name,
                    path,
                    line,
                    children: Vec::new(),
                };
                if has_chapters(&summary) {
                    summary.suffix.push(chapter);
                } else {
                    summary.prefix.push(chapter);
                }
            }
            None => ignored.push((line, trimmed.to_string())),
        }
    }
    close_all(&mut open, &mut summary);
    (summary, ignored)
}

fn has_chapters(summary: &Summary) -> bool {
    summary.parts.iter().any(|part| !part.chapters.is_empty())
}

fn is_rule(line: &str) -> bool {
    line.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|&c| line.chars().all(|l| l == c || l == ' '))
        && line.chars().filter(|c| !c.is_whitespace()).count() >= 3
}

fn list_item(line: &str) -> Option<&str> {
    ["- ", "* ", "+ "]
        .iter()
        .find_map(|marker| line.strip_prefix(marker))
        .map(str::trim)
}

/// `[Name](path)`: the name and the path, `None` when the path is empty (a draft).
fn link(text: &str) -> Option<(String, Option<PathBuf>)> {
    let inner = text.strip_prefix('[')?;
    let split = inner.rfind("](")?;
    let name = inner[..split].trim().to_string();
    let target = inner[split + 2..].strip_suffix(')')?.trim();
    let target = target
        .strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .unwrap_or(target);
    let path = (!target.is_empty()).then(|| PathBuf::from(target.replace("%20", " ")));
    Some((name, path))
}

/// Leading whitespace, a tab counting as four spaces.
fn indent_width(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// Closes the open chapters at `indent` or deeper: each goes into its parent, or into the
/// current part when it has none.
fn close_deeper(open: &mut Vec<(usize, Chapter)>, indent: usize, summary: &mut Summary) {
    while open.last().is_some_and(|(at, _)| *at >= indent) {
        close_last(open, summary);
    }
}

fn close_all(open: &mut Vec<(usize, Chapter)>, summary: &mut Summary) {
    while !open.is_empty() {
        close_last(open, summary);
    }
}

fn close_last(open: &mut Vec<(usize, Chapter)>, summary: &mut Summary) {
    let Some((_, chapter)) = open.pop() else {
        return;
    };
    match open.last_mut() {
        Some((_, parent)) => parent.children.push(chapter),
        None => {
            if summary.parts.is_empty() {
                summary.parts.push(Part::default());
            }
            if let Some(part) = summary.parts.last_mut() {
                part.chapters.push(chapter);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(chapters: &[Chapter]) -> Vec<&str> {
        chapters.iter().map(|c| c.name.as_str()).collect()
    }

    #[test]
    fn prefix_parts_nesting_drafts_and_suffix() {
        let text = "# Summary\n\n[Introduction](README.md)\n\n# User guide\n\n- [Install](guide/install.md)\n- [Format](format/README.md)\n    - [SUMMARY.md](format/summary.md)\n        - [Draft chapter]()\n    - [Theme](format/theme/README.md)\n\t- [Editor](format/theme/editor.md)\n\n# Reference\n\n- [CI](ci.md)\n\n-----------\n\n[Contributors](misc/contributors.md)\n";
        let (summary, ignored) = parse(text);
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(names(&summary.prefix), ["Introduction"]);
        assert_eq!(names(&summary.suffix), ["Contributors"]);
        assert_eq!(summary.parts.len(), 2);
        assert_eq!(summary.parts[0].title.as_deref(), Some("User guide"));
        let format = &summary.parts[0].chapters[1];
        assert_eq!(format.line, 8);
        assert_eq!(names(&format.children), ["SUMMARY.md", "Theme", "Editor"]);
        let draft = &format.children[0].children[0];
        assert_eq!(
            (draft.name.as_str(), draft.path.as_ref()),
            ("Draft chapter", None)
        );
        assert_eq!(names(&summary.parts[1].chapters), ["CI"]);
    }

    #[test]
    fn a_book_without_parts_or_title_has_one_untitled_part() {
        let (summary, _) =
            parse("- [One](one.md)\n  - [Two](<two words.md>)\n- [Three](three%20x.md)\n");
        assert_eq!(summary.parts.len(), 1);
        assert_eq!(summary.parts[0].title, None);
        let chapters = &summary.parts[0].chapters;
        assert_eq!(
            chapters[0].children[0].path,
            Some(PathBuf::from("two words.md"))
        );
        assert_eq!(chapters[1].path, Some(PathBuf::from("three x.md")));
    }

    #[test]
    fn other_lines_are_returned_for_the_report() {
        let (summary, ignored) = parse("# Summary\n\nSome words\n- not a link\n- [A](a.md)\n");
        assert_eq!(
            ignored,
            [
                (3, "Some words".to_string()),
                (4, "- not a link".to_string())
            ]
        );
        assert_eq!(names(&summary.parts[0].chapters), ["A"]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "[",
            "- [",
            "- []()",
            "[a](",
            "# ",
            "\u{feff}- [é](é.md)",
            "    - [deep](d.md)\n- [top](t.md)",
        ] {
            let _ = parse(text);
        }
        let (summary, _) = parse("    - [deep](d.md)\n- [top](t.md)");
        assert_eq!(names(&summary.parts[0].chapters), ["deep", "top"]);
    }
}
