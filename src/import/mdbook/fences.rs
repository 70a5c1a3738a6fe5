//! mdBook's code blocks made Syllabus's: hidden lines (`# ` in Rust, or the prefix that
//! `book.toml` or `hidelines=` sets) are removed from what learners see, the Rust test flags
//! that tell learners something (`editable`, `compile_fail`, `should_panic`, `ignore`,
//! `no_run`) become the block's title, and `mdbook-admonish` blocks become callouts.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};

use crate::import::challenges::apply;

/// The flags shown to learners, as the block's title; the others (`noplayground`,
/// `edition2021`, ...) only steer mdBook's playground and tests.
const SHOWN_FLAGS: [&str; 5] = [
    "editable",
    "compile_fail",
    "should_panic",
    "ignore",
    "no_run",
];

/// What the fences of a chapter became, for the report.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct FenceCounts {
    pub hidden_lines: usize,
    pub flagged: usize,
    pub admonitions: usize,
}

/// The chapter with its code blocks rewritten. `hidelines` maps a language to its hidden-line
/// prefix, from `[output.html.code.hidelines]`.
pub(crate) fn rewrite_fences(
    text: &str,
    hidelines: &BTreeMap<String, String>,
) -> (String, FenceCounts) {
    let mut counts = FenceCounts::default();
    let mut edits = Vec::new();
    for (info, range) in fenced_blocks(text) {
        let range = whole_lines(text, range);
        let block = &text[range.clone()];
        let Some(lines) = BlockLines::of(block) else {
            continue;
        };
        let words = info_words(&info);
        let Some(first) = words.first() else {
            continue;
        };
        if *first == "admonish" {
            counts.admonitions += 1;
            edits.push((range, admonition(&lines, &info)));
            continue;
        }
        let prefix = words
            .iter()
            .find_map(|w| w.strip_prefix("hidelines="))
            .map(str::to_string)
            .or_else(|| hidelines.get(*first).cloned());
        let flags: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| SHOWN_FLAGS.contains(w))
            .collect();
        let (content, hidden) = visible_lines(&lines, first, prefix.as_deref());
        let rewritten = hidden > 0 || flags.len() + 1 != words.len();
        if !rewritten {
            continue;
        }
        counts.hidden_lines += hidden;
        counts.flagged += usize::from(!flags.is_empty());
        let open = match flags.is_empty() {
            true => format!("{}{}{first}\n", lines.prefix, lines.fence),
            false => format!(
                "{}{}{{.{first} title=\"{}\"}}\n",
                lines.prefix,
                lines.fence,
                flags.join(", ")
            ),
        };
        edits.push((range, format!("{open}{content}{}", lines.close)));
    }
    (apply(text, edits).0, counts)
}

/// Each fenced code block's info string and its range, fences included.
fn fenced_blocks(text: &str) -> Vec<(String, Range<usize>)> {
    Parser::new_ext(text, Options::all())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                Some((info.into_string(), range))
            }
            _ => None,
        })
        .collect()
}

/// `range` widened to whole lines: from the start of the fence's line (so that a quote's `> `
/// is part of the block), through the closing fence's newline.
fn whole_lines(text: &str, range: Range<usize>) -> Range<usize> {
    let start = text[..range.start].rfind('\n').map_or(0, |at| at + 1);
    let end = match text[range.end..].starts_with('\n') && !text[..range.end].ends_with('\n') {
        true => range.end + 1,
        false => range.end,
    };
    start..end
}

/// mdBook splits an info string at commas, spaces and tabs.
fn info_words(info: &str) -> Vec<&str> {
    info.split([',', ' ', '\t'])
        .filter(|w| !w.is_empty())
        .collect()
}

/// A fenced block's lines: what stands before its fence (a list's indent, a quote's `> `), the
/// fence itself, the content lines, and the closing line.
struct BlockLines<'t> {
    prefix: &'t str,
    fence: &'t str,
    content: Vec<&'t str>,
    close: &'t str,
}

impl<'t> BlockLines<'t> {
    fn of(block: &'t str) -> Option<Self> {
        let mut lines: Vec<&str> = block.split_inclusive('\n').collect();
        let open = lines.first().copied()?;
        let fence_at = open.find(['`', '~'])?;
        let fence_char = open[fence_at..].chars().next()?;
        let fence_len = open[fence_at..]
            .chars()
            .take_while(|&c| c == fence_char)
            .count();
        let fence = &open[fence_at..fence_at + fence_len];
        let closed = lines.len() > 1
            && lines.last().is_some_and(|l| {
                l.trim().starts_with(fence) && l.trim().trim_matches(fence_char).is_empty()
            });
        let close = if closed {
            lines.pop().unwrap_or("")
        } else {
            ""
        };
        Some(Self {
            prefix: &open[..fence_at],
            fence,
            content: lines.get(1..).unwrap_or(&[]).to_vec(),
            close,
        })
    }

    /// A content line without the block's prefix (an indent, or `> `).
    fn unprefixed(&self, line: &'t str) -> &'t str {
        if let Some(rest) = line.strip_prefix(self.prefix) {
            return rest;
        }
        let indent = self.prefix.len();
        let spaces = line.len() - line.trim_start_matches(' ').len();
        &line[spaces.min(indent)..]
    }
}

/// The content lines a learner sees, and how many were hidden. In Rust, a line whose text
/// starts with `# ` (or is `#`) is hidden and `##` stands for a literal `#`, as in rustdoc;
/// with another prefix, a line whose text starts with it is hidden.
fn visible_lines(lines: &BlockLines<'_>, language: &str, prefix: Option<&str>) -> (String, usize) {
    let mut out = String::new();
    let mut hidden = 0;
    for &line in &lines.content {
        let text = lines.unprefixed(line);
        let code = text.trim_start();
        let lead = &line[..line.len() - code.len()];
        let is_hidden = match prefix {
            Some(prefix) => code.starts_with(prefix),
            None if language == "rust" => {
                let bare = code.trim_end_matches(['\n', '\r']);
                bare == "#" || code.starts_with("# ")
            }
            None => false,
        };
        if is_hidden {
            hidden += 1;
        } else if prefix.is_none() && language == "rust" && code.starts_with("##") {
            out.push_str(lead);
            out.push_str(&code[1..]);
        } else {
            out.push_str(line);
        }
    }
    (out, hidden)
}

/// mdbook-admonish's kinds, as Syllabus's callouts.
fn callout_kind(kind: &str) -> &'static str {
    match kind {
        "tip" | "hint" => "tip",
        "important" => "important",
        "warning" | "attention" => "warning",
        "caution" | "danger" | "error" | "failure" | "fail" | "missing" | "bug" => "caution",
        _ => "note",
    }
}

/// ```` ```admonish warning title="Careful" ```` → `::: {.warning title="Careful"}`.
fn admonition(lines: &BlockLines<'_>, info: &str) -> String {
    let rest = info
        .trim_start()
        .trim_start_matches("admonish")
        .trim_start();
    let kind = rest
        .split_whitespace()
        .next()
        .filter(|w| !w.contains('='))
        .unwrap_or("note");
    let title = rest
        .find("title=\"")
        .map(|at| &rest[at + 7..])
        .and_then(|t| t.find('"').map(|end| &t[..end]))
        .filter(|t| !t.is_empty());
    let colons = 3 + lines
        .content
        .iter()
        .map(|l| {
            lines
                .unprefixed(l)
                .trim_start()
                .chars()
                .take_while(|&c| c == ':')
                .count()
        })
        .max()
        .unwrap_or(0)
        .saturating_sub(2);
    let fence = ":".repeat(colons);
    let kind = callout_kind(kind);
    let open = match title {
        Some(title) => format!("{{.{kind} title=\"{}\"}}", title.replace('"', "'")),
        None => kind.to_string(),
    };
    let mut out = format!("{}{fence} {open}\n", lines.prefix);
    for line in &lines.content {
        out.push_str(line);
    }
    out.push_str(&format!("{}{fence}\n", lines.prefix));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(text: &str) -> String {
        rewrite_fences(text, &BTreeMap::new()).0
    }

    #[test]
    fn hidden_rust_lines_are_removed_and_double_hashes_kept_as_one() {
        let text =
            "Text\n\n```rust\n# fn main() {\n    let x = 5;\n    ## not hidden\n#\n# }\n```\n";
        let (out, counts) = rewrite_fences(text, &BTreeMap::new());
        assert_eq!(
            out,
            "Text\n\n```rust\n    let x = 5;\n    # not hidden\n```\n"
        );
        assert_eq!(counts.hidden_lines, 3);
        assert_eq!(
            rewrite("```bash\n# a comment\n```\n"),
            "```bash\n# a comment\n```\n"
        );
    }

    #[test]
    fn a_book_or_block_prefix_hides_lines_of_other_languages() {
        let mut hidelines = BTreeMap::new();
        hidelines.insert("python".to_string(), "~".to_string());
        let (out, _) = rewrite_fences(
            "```python\n~hidden()\nshown()\n    ~hidden()\n```\n",
            &hidelines,
        );
        assert_eq!(out, "```python\nshown()\n```\n");
        assert_eq!(
            rewrite("```python,hidelines=!!!\n!!!hidden()\nshown()\n```\n"),
            "```python\nshown()\n```\n"
        );
    }

    #[test]
    fn test_flags_become_the_title_and_playground_flags_go() {
        assert_eq!(
            rewrite("```rust,editable,should_panic,edition2021\npanic!();\n```\n"),
            "```{.rust title=\"editable, should_panic\"}\npanic!();\n```\n"
        );
        assert_eq!(
            rewrite("```rust,noplayground\nx\n```\n"),
            "```rust\nx\n```\n"
        );
        assert_eq!(rewrite("```rust\nx\n```\n"), "```rust\nx\n```\n");
    }

    #[test]
    fn blocks_in_lists_and_quotes_keep_their_prefix() {
        assert_eq!(
            rewrite("- item\n\n  ```rust\n  # hidden\n  shown\n  ```\n"),
            "- item\n\n  ```rust\n  shown\n  ```\n"
        );
        assert_eq!(
            rewrite("> ```rust\n> # hidden\n> shown\n> ```\n"),
            "> ```rust\n> shown\n> ```\n"
        );
    }

    #[test]
    fn admonitions_become_callouts_with_their_titles() {
        let (out, counts) = rewrite_fences(
            "```admonish warning title=\"Mind the gap\"\nBody *text*.\n```\n\n~~~admonish\nPlain.\n~~~\n\n```admonish danger\nX\n```\n",
            &BTreeMap::new(),
        );
        assert_eq!(counts.admonitions, 3);
        assert!(
            out.starts_with("::: {.warning title=\"Mind the gap\"}\nBody *text*.\n:::\n"),
            "{out}"
        );
        assert!(out.contains("::: note\nPlain.\n:::\n"), "{out}");
        assert!(out.contains("::: caution\nX\n:::\n"), "{out}");
    }

    #[test]
    fn an_admonition_holding_a_block_gets_longer_colons() {
        let out = rewrite("```admonish tip\n::: hint\nx\n:::\n```\n");
        assert_eq!(out, ":::: tip\n::: hint\nx\n:::\n::::\n");
    }

    #[test]
    fn unclosed_and_odd_blocks_do_not_panic() {
        for text in [
            "```rust\n# x",
            "```",
            "```admonish",
            "> ```rust\n#",
            "```\u{e9}\n```",
        ] {
            let _ = rewrite(text);
        }
        assert_eq!(rewrite("```rust\n# x\ny"), "```rust\ny");
    }
}
