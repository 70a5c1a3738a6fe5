//! Pandoc's fenced divs in a Markdown body: where the `::: name` and `:::` lines are, what their
//! attributes say, and the lists that `objectives`, `keypoints` and `questions` blocks hold.
//!
//! The course stage finds the fences once, with [`fences`], and reads the lists (a Workbench
//! lesson writes its objectives in the body); the module carries the fences to the render stage,
//! which turns them into HTML.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::read::attributes;
pub(crate) use crate::read::attributes::Attributes;

/// One fence line of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fence {
    /// From the first colon to the end of the line (without the line break), in the body.
    pub range: Range<usize>,
    pub kind: FenceKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FenceKind {
    /// `::: exercise`, `:::: {.callout-tip title="Try it"}`: the attributes, or why they
    /// cannot be read.
    Open(Result<Attributes, AttributeError>),
    /// A line of colons alone: closes the innermost open block (Pandoc's rule; the number of
    /// colons need not match).
    Close,
}

/// Why an attribute list cannot be read, with the byte offset of the problem in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeError {
    pub offset: usize,
    pub message: String,
}

/// The fence lines of `body`, in order. Lines inside code blocks and raw HTML blocks are not
/// fences. Code blocks are found with CommonMark's block rules (an indented line inside a list
/// item is text, four spaces at the top level are code), by a first parse of the body.
pub fn fences(body: &str) -> Vec<Fence> {
    if !body.contains(":::") {
        return Vec::new();
    }
    let literal = literal_blocks(body);
    let mut literal = literal.iter().peekable();
    let mut found = Vec::new();
    let mut start = 0;
    while start < body.len() {
        let end = body[start..].find('\n').map_or(body.len(), |i| start + i);
        while literal.next_if(|block| block.end <= start).is_some() {}
        let in_literal = literal
            .peek()
            .is_some_and(|block| block.start < end.max(start + 1));
        if !in_literal && let Some(fence) = fence_in_line(body, start..end) {
            found.push(fence);
        }
        start = end + 1;
    }
    found
}

/// Code and raw HTML blocks, whose lines are never fences.
fn literal_blocks(body: &str) -> Vec<Range<usize>> {
    Parser::new_ext(body, Options::ENABLE_FOOTNOTES)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => Some(range),
            _ => None,
        })
        .collect()
}

/// The fence on one line, if it is one: after the indentation and any `>` of block quotes,
/// three or more colons.
fn fence_in_line(body: &str, line: Range<usize>) -> Option<Fence> {
    let text = &body[line.clone()];
    let content = text.trim_start_matches([' ', '\t', '>']);
    if !content.starts_with(":::") {
        return None;
    }
    let first_colon = line.start + (text.len() - content.len());
    let after_colons = content.trim_start_matches(':');
    // Pandoc allows colons after the attributes too: `::: Warning ::::::`.
    let info = after_colons.trim().trim_end_matches(':').trim_end();
    let kind = if info.is_empty() {
        FenceKind::Close
    } else {
        let info_offset = content.len() - after_colons.trim_start().len();
        FenceKind::Open(parse_attributes(info).map_err(|error| AttributeError {
            offset: error.offset + info_offset,
            ..error
        }))
    };
    Some(Fence {
        range: first_colon..line.start + text.trim_end().len(),
        kind,
    })
}

/// Reads `{#id .class key=value key="a value"}` (see [`attributes::parse`]), or a bare class
/// name optionally followed by a title (`::: exercise Undo a commit`, as Docusaurus and MyST
/// write it).
pub(crate) fn parse_attributes(info: &str) -> Result<Attributes, AttributeError> {
    if !info.starts_with('{') {
        return Ok(bare_class(info));
    }
    match attributes::parse(info) {
        Ok((found, length)) if info[length..].trim().is_empty() => Ok(found),
        Ok((_, length)) => Err(AttributeError {
            offset: length,
            message: "a fence's attributes end at their `}`: nothing may follow them".into(),
        }),
        Err(malformed) => Err(AttributeError {
            offset: malformed.at,
            message: malformed.problem.to_string(),
        }),
    }
}

fn bare_class(info: &str) -> Attributes {
    let (class, title) = info.split_once(char::is_whitespace).unwrap_or((info, ""));
    let mut attributes = Attributes {
        classes: vec![class.trim_start_matches('.').to_string()],
        ..Attributes::default()
    };
    let title = title.trim();
    if !title.is_empty() {
        attributes.pairs.push(("title".into(), title.to_string()));
    }
    attributes
}

/// A block of the body between an opening fence and the fence that closes it, by the order of
/// the fences alone (the render stage also checks that both are in the same list item).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block<'f> {
    pub open: &'f Fence,
    pub attributes: &'f Attributes,
    /// The body between the two fence lines.
    pub content: Range<usize>,
    /// How many blocks hold this one.
    pub depth: usize,
}

/// The blocks whose fences pair up, in the order they open.
pub(crate) fn blocks<'f>(body: &str, fences: &'f [Fence]) -> Vec<Block<'f>> {
    let mut open: Vec<(&Fence, Option<&Attributes>)> = Vec::new();
    let mut found = Vec::new();
    for fence in fences {
        match &fence.kind {
            FenceKind::Open(attributes) => open.push((fence, attributes.as_ref().ok())),
            FenceKind::Close => {
                let Some((opening, attributes)) = open.pop() else {
                    continue;
                };
                if let Some(attributes) = attributes {
                    let start = line_end(body, opening.range.end);
                    found.push(Block {
                        open: opening,
                        attributes,
                        content: start..fence.range.start.max(start),
                        depth: open.len(),
                    });
                }
            }
        }
    }
    found.sort_by_key(|block| block.open.range.start);
    found
}

fn line_end(body: &str, offset: usize) -> usize {
    body[offset..]
        .find('\n')
        .map_or(body.len(), |i| offset + i + 1)
}

/// The items of the first list in `content`, each as the Markdown of its first line or
/// paragraph (nested lists left out), joined onto one line.
pub(crate) fn list_items(content: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut item_starts = false;
    for (event, range) in Parser::new_ext(content, Options::empty()).into_offset_iter() {
        let first_in_item = std::mem::take(&mut item_starts);
        match event {
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Event::Start(Tag::Item) => item_starts = depth == 1,
            _ => {}
        }
        if first_in_item && !matches!(event, Event::Start(Tag::List(_)) | Event::End(_)) {
            let item = first_paragraph(&content[range.start..]);
            if !item.is_empty() {
                items.push(item);
            }
        }
    }
    items
}

/// The text from `text`'s start to its first blank line or nested list, on one line.
fn first_paragraph(text: &str) -> String {
    let mut lines = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        let nested_list = !lines.is_empty()
            && (trimmed.starts_with("- ")
                || trimmed.starts_with("* ")
                || trimmed.starts_with("+ "));
        if trimmed.is_empty() || nested_list {
            break;
        }
        lines.push(trimmed);
    }
    lines.join(" ")
}

#[cfg(test)]
mod tests;
