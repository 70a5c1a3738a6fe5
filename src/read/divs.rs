//! Pandoc's fenced divs in a Markdown body: where the `::: name` and `:::` lines are, what their
//! attributes say, and the lists that `objectives`, `keypoints` and `questions` blocks hold.
//!
//! The course stage reads the lists (a Workbench lesson writes its objectives in the body); the
//! render stage turns the fences into HTML. Both use [`fences`], so they agree on every fence.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// One fence line of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fence {
    /// From the first colon to the end of the line (without the line break), in the body.
    pub range: Range<usize>,
    pub kind: FenceKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FenceKind {
    /// `::: exercise`, `:::: {.callout-tip title="Try it"}`: the attributes, or why they
    /// cannot be read.
    Open(Result<Attributes, AttributeError>),
    /// A line of colons alone: closes the innermost open block (Pandoc's rule; the number of
    /// colons need not match).
    Close,
}

/// Pandoc attributes: `{#id .class key=value key="quoted value"}`, or one bare class name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Attributes {
    pub id: Option<String>,
    pub classes: Vec<String>,
    pub pairs: Vec<(String, String)>,
}

impl Attributes {
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Why an attribute list cannot be read, with the byte offset of the problem in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AttributeError {
    pub offset: usize,
    pub message: String,
}

/// The fence lines of `body`, in order. Lines inside code blocks and raw HTML blocks are not
/// fences. Code blocks are found with CommonMark's block rules (an indented line inside a list
/// item is text, four spaces at the top level are code), by a first parse of the body.
pub(crate) fn fences(body: &str) -> Vec<Fence> {
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

/// Reads `{#id .class key=value key="a value"}`, or a bare class name optionally followed by a
/// title (`::: exercise Undo a commit`, as Docusaurus and MyST write it).
pub(crate) fn parse_attributes(info: &str) -> Result<Attributes, AttributeError> {
    let Some(inner) = info.strip_prefix('{') else {
        return Ok(bare_class(info));
    };
    let Some(inner) = inner.trim_end().strip_suffix('}') else {
        return Err(AttributeError {
            offset: info.len(),
            message: "this attribute list has no closing `}`".into(),
        });
    };
    let mut attributes = Attributes::default();
    let mut rest = inner;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return Ok(attributes);
        }
        let offset = 1 + inner.len() - rest.len();
        let (token, after) =
            next_attribute(rest).map_err(|message| AttributeError { offset, message })?;
        match token {
            Attribute::Id(id) => attributes.id = Some(id),
            Attribute::Class(class) => attributes.classes.push(class),
            Attribute::Pair(key, value) => attributes.pairs.push((key, value)),
        }
        rest = after;
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

enum Attribute {
    Id(String),
    Class(String),
    Pair(String, String),
}

/// One attribute at the start of `text`, and the text after it.
fn next_attribute(text: &str) -> Result<(Attribute, &str), String> {
    let word_end = |s: &str| {
        s.find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(s.len())
    };
    if let Some(prefixed) = text.strip_prefix(['#', '.']) {
        let end = word_end(prefixed);
        let (word, rest) = prefixed.split_at(end);
        let attribute = if text.starts_with('#') {
            Attribute::Id(name(word, "an id")?)
        } else {
            Attribute::Class(name(word, "a class")?)
        };
        return Ok((attribute, rest));
    }
    let (key, after) = text.split_at(word_end(text));
    let key = name(key, "a key")?;
    let Some(after) = after.strip_prefix('=') else {
        return Err(format!(
            "`{key}` needs a value (`{key}=\"...\"`), or a `.` before it if it is a class"
        ));
    };
    let (value, rest) = value(after)?;
    Ok((Attribute::Pair(key, value), rest))
}

fn name(text: &str, what: &str) -> Result<String, String> {
    let valid = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':'));
    if valid {
        Ok(text.to_string())
    } else {
        Err(format!(
            "`{text}` is not {what}: use letters, digits, `-` and `_`"
        ))
    }
}

/// A value: quoted with `"` or `'` (no escapes inside, as in Pandoc), or up to the next space.
fn value(text: &str) -> Result<(String, &str), String> {
    match text.chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let inner = &text[1..];
            let end = inner
                .find(quote)
                .ok_or_else(|| format!("this value has no closing {quote}"))?;
            Ok((inner[..end].to_string(), &inner[end + 1..]))
        }
        _ => {
            let end = text.find(char::is_whitespace).unwrap_or(text.len());
            Ok((text[..end].to_string(), &text[end..]))
        }
    }
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
