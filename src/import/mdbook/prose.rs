//! The parts of a chapter outside its code: the `# Title` that opens it, speaker notes in
//! `<details>`, MathJax's `\\( \\)` and `\\[ \\]`, and preprocessor syntax left over.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::import::challenges::apply;

/// The ranges of code (blocks and spans) in `text`, in order, raw HTML's `<code>…</code>` and
/// `<pre>…</pre>` included (mdBook's guide documents template syntax inside them).
pub(crate) fn code_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut html_open: Option<usize> = None;
    for (event, range) in Parser::new_ext(text, Options::all()).into_offset_iter() {
        let found = match &event {
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => Some(range),
            Event::InlineHtml(html) | Event::Html(html) => {
                let tag = html.trim_start().to_ascii_lowercase();
                if tag.starts_with("<code") || tag.starts_with("<pre") {
                    html_open.get_or_insert(range.start);
                    None
                } else if tag.starts_with("</code") || tag.starts_with("</pre") {
                    html_open.take().map(|start| start..range.end)
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(range) = found
            && ranges.last().is_none_or(|last| last.end <= range.start)
        {
            ranges.push(range);
        }
    }
    ranges
}

fn in_code(ranges: &[Range<usize>], offset: usize) -> bool {
    let at = ranges.partition_point(|r| r.end <= offset);
    ranges.get(at).is_some_and(|r| r.start <= offset)
}

/// The chapter's opening `# Title` (its first non-blank line), and the text without it.
pub(crate) fn take_title(text: &str) -> (Option<String>, String) {
    let start = text.len() - text.trim_start_matches(['\n', '\r', ' ']).len();
    let start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    let rest = &text[start..];
    let line_end = rest.find('\n').map_or(rest.len(), |at| at + 1);
    let Some(title) = rest[..line_end].trim().strip_prefix("# ") else {
        return (None, text.to_string());
    };
    let title = title.trim().trim_end_matches('#').trim().to_string();
    let after = rest[line_end..].trim_start_matches(['\n', '\r']);
    (Some(title), format!("{}{after}", &text[..start]))
}

/// The chapter's headings moved up so that its highest is `##`: a chapter whose title was its
/// `#` and whose sections start at `###` would otherwise skip a level under the module's `h1`.
/// Returns the text and how many levels they moved.
pub(crate) fn headings_from_level_two(text: &str) -> (String, usize) {
    let mut headings = Vec::new();
    for (event, range) in Parser::new_ext(text, Options::all()).into_offset_iter() {
        if let Event::Start(Tag::Heading { level, .. }) = event {
            // Only `#` headings move; an underlined one keeps its level.
            let atx = text[range.start..].starts_with('#');
            headings.push((atx.then_some(range.start), level as usize));
        }
    }
    let Some(highest) = headings.iter().map(|(_, level)| *level).min() else {
        return (text.to_string(), 0);
    };
    let shift = highest.saturating_sub(2);
    if shift == 0 {
        return (text.to_string(), 0);
    }
    let edits = headings
        .iter()
        .filter_map(|(start, _)| *start)
        .map(|start| (start..start + shift, String::new()))
        .collect();
    (apply(text, edits).0, shift)
}

/// `<details>` blocks without a summary, or whose summary says they are (speaker) notes, as in
/// mdbook-course and mdbook-speaker: instructor notes. Returns the text and how many.
pub(crate) fn speaker_notes(text: &str) -> (String, usize) {
    let code = code_ranges(text);
    let lines = line_ranges(text);
    let mut edits = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let open = lines[index].clone();
        let line = text[open.clone()].trim();
        if in_code(&code, open.start) || !(line == "<details>" || line.starts_with("<details ")) {
            index += 1;
            continue;
        }
        let Some(close) = (index + 1..lines.len()).find(|&i| {
            text[lines[i].clone()].trim() == "</details>" && !in_code(&code, lines[i].start)
        }) else {
            break;
        };
        let summary = (index + 1..close).find(|&i| !text[lines[i].clone()].trim().is_empty());
        let summary_text = summary.map(|i| text[lines[i].clone()].trim()).unwrap_or("");
        let is_notes = match summary_text.strip_prefix("<summary>") {
            Some(rest) => {
                let words = rest.trim_end_matches("</summary>").trim().to_lowercase();
                words.contains("speaker") || words == "notes" || words == "instructor notes"
            }
            None => true,
        };
        if is_notes {
            let opening_end = match summary_text.starts_with("<summary>") {
                true => summary.map_or(open.end, |i| lines[i].end),
                false => open.end,
            };
            edits.push((open.start..opening_end, "::: instructor\n\n".to_string()));
            edits.push((lines[close].clone(), "\n:::\n".to_string()));
        }
        index = close + 1;
    }
    let count = edits.len() / 2;
    (apply(text, edits).0, count)
}

fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut at = 0;
    text.split_inclusive('\n')
        .map(|line| {
            let range = at..at + line.len();
            at += line.len();
            range
        })
        .collect()
}

/// MathJax's `\\(…\\)` and `\\[…\\]` outside code as `$…$` and `$$…$$`, the formula as
/// MathJax received it (Markdown's backslash escapes undone). Returns the text and how many.
pub(crate) fn mathjax_as_math(text: &str) -> (String, usize) {
    let code = code_ranges(text);
    let mut edits = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("\\\\") {
        let start = from + found;
        let (close, dollars) = match text[start + 2..].chars().next() {
            Some('(') => ("\\\\)", "$"),
            Some('[') => ("\\\\]", "$$"),
            _ => {
                from = start + 2;
                continue;
            }
        };
        let inner_start = start + 3;
        let Some(length) = text[inner_start..].find(close) else {
            break;
        };
        let end = inner_start + length + close.len();
        if !in_code(&code, start) {
            let formula = unescape(text[inner_start..inner_start + length].trim());
            edits.push((start..end, format!("{dollars}{formula}{dollars}")));
        }
        from = end;
    }
    let count = edits.len();
    (apply(text, edits).0, count)
}

/// CommonMark's backslash escapes undone: `\\` → `\`, `\_` → `_`, and so on.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next)) if next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Template or preprocessor syntax outside code that nothing here expands (`{{ name }}`,
/// `{{%…}}`, `{%…%}`; `{{#…}}` directives are reported where they are expanded): each with its
/// offset.
pub(crate) fn leftover_syntax(text: &str) -> Vec<(usize, String)> {
    let code = code_ranges(text);
    let mut found = Vec::new();
    for opener in ["{{", "{%"] {
        let mut from = 0;
        while let Some(at) = text[from..].find(opener) {
            let start = from + at;
            let closer = if opener == "{%" { "%}" } else { "}}" };
            let end = text[start..]
                .find(closer)
                .filter(|&length| !text[start..start + length].contains('\n'))
                .map_or(start + opener.len(), |length| start + length + closer.len());
            // `{{#…}}` directives are the include expander's to report.
            let directive = text[start..].starts_with("{{#");
            let escaped = text[..start].ends_with('\\');
            if !escaped && !directive && !in_code(&code, start) {
                found.push((start, text[start..end].to_string()));
            }
            from = end.max(start + opener.len());
        }
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opening_heading_is_the_title() {
        assert_eq!(
            take_title("\n# Installation\n\nText\n"),
            (Some("Installation".into()), "\nText\n".into())
        );
        assert_eq!(
            take_title("Text\n# Late\n"),
            (None, "Text\n# Late\n".into())
        );
        assert_eq!(take_title("## Sub\n"), (None, "## Sub\n".into()));
        assert_eq!(take_title("# Only"), (Some("Only".into()), String::new()));
    }

    #[test]
    fn sections_that_start_below_level_two_move_up() {
        assert_eq!(
            headings_from_level_two("Intro\n\n### A\n\n#### B\n\n```md\n### code\n```\n"),
            (
                "Intro\n\n## A\n\n### B\n\n```md\n### code\n```\n".to_string(),
                1
            )
        );
        assert_eq!(headings_from_level_two("## A\n### B\n").1, 0);
        assert_eq!(headings_from_level_two("Setext\n---\n### C\n").1, 0);
    }

    #[test]
    fn speaker_notes_become_instructor_notes_and_other_details_stay() {
        let text = "Slide\n\n<details>\n\n* Say this.\n\n</details>\n\n<details>\n<summary>Example</summary>\n\nCode\n</details>\n\n<details>\n<summary>Speaker Notes</summary>\n\nMore\n</details>\n";
        let (out, count) = speaker_notes(text);
        assert_eq!(count, 2);
        assert!(
            out.starts_with("Slide\n\n::: instructor\n\n\n* Say this.\n\n\n:::\n"),
            "{out}"
        );
        assert!(out.contains("<summary>Example</summary>"), "{out}");
        assert!(out.ends_with("::: instructor\n\n\nMore\n\n:::\n"), "{out}");
        let code = "```html\n<details>\n</details>\n```\n";
        assert_eq!(speaker_notes(code), (code.to_string(), 0));
    }

    #[test]
    fn mathjax_delimiters_become_dollars_outside_code() {
        let (out, count) = mathjax_as_math(
            "So \\\\( \\int x dx = \\frac{x^2}{2} \\\\) and\n\n\\\\[ \\mu = x\\_i \\\\\\\\ y \\\\]\n\n`\\\\(` stays.\n",
        );
        assert_eq!(count, 2);
        assert_eq!(
            out,
            "So $\\int x dx = \\frac{x^2}{2}$ and\n\n$$\\mu = x_i \\\\ y$$\n\n`\\\\(` stays.\n"
        );
        assert_eq!(mathjax_as_math("\\\\( open").0, "\\\\( open");
    }

    #[test]
    fn leftover_template_syntax_outside_code_is_found() {
        let found = leftover_syntax(
            "Version: {{ mdbook-version }}\n\n`{{ code }}`\n\n```\n{{#x}}\n```\n{% raw %}\n\\{{#include x}}\n\nAn <code>lang=\"{{ language }}\"</code> attribute.\n",
        );
        let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["{{ mdbook-version }}", "{% raw %}"]);
        assert_eq!(found[0].0, 9);
        let _ = leftover_syntax("{{ {% }} %} {{");
    }
}
