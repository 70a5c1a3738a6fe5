//! The Workbench's `learners/reference.md`: its definition lists are the course's glossary.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::split_front_matter;
use crate::import::Imported;
use crate::read::glossary::term_id;

/// The Workbench's anchors of `learners/reference.md` (`path` of `[path]{#path}`), each with
/// its term's anchor on the glossary page (`term-path`).
pub(super) type Anchors = HashMap<String, String>;

/// The definition lists of `learners/reference.md` as the course's glossary, the Workbench's
/// `[term]{#anchor}` titles as plain terms (the glossary gives each its anchor). Returns the
/// anchors when the page gave a glossary, so that links to the page can lead to it.
pub(super) fn glossary(source: &Path, imported: &mut Imported) -> Option<Anchors> {
    let text = fs::read_to_string(source.join("learners/reference.md")).ok()?;
    let text = text.replace("\r\n", "\n");
    let body = split_front_matter(&text).1;
    let mut lists = Vec::new();
    let mut anchors = Anchors::new();
    let mut depth = 0usize;
    let mut start = 0;
    let parser = Parser::new_ext(body, Options::ENABLE_DEFINITION_LIST);
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::DefinitionList) if depth == 0 => start = range.start,
            Event::End(TagEnd::DefinitionList) if depth == 1 => {
                lists.push(plain_titles(&body[start..range.end], &mut anchors));
            }
            _ => {}
        }
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if lists.is_empty() {
        return None;
    }
    let glossary = lists.join("\n\n");
    let terms = glossary
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with([' ', ':', '\t']))
        .count();
    imported.add("modules/glossary.md", format!("{}\n", glossary.trim_end()));
    imported.mapped.push(format!(
        "learners/reference.md: {terms} terms of its definition lists -> the course glossary (modules/glossary.md), linked from every page that names them as `[term]{{.term}}`; the rest of the page was not imported, and links to it lead to the glossary page"
    ));
    Some(anchors)
}

/// A definition list with its `[term]{#anchor}` title lines as `term`, and the links to those
/// anchors made links to the terms' anchors on the glossary page; the anchors found are added
/// to `anchors`.
fn plain_titles(list: &str, anchors: &mut Anchors) -> String {
    let text = list
        .lines()
        .map(|line| {
            let title = line
                .strip_prefix('[')
                .and_then(|rest| rest.split_once("]{#"))
                .and_then(|(term, rest)| Some((term, rest.trim_end().strip_suffix('}')?)));
            match title {
                Some((term, anchor)) => {
                    anchors.insert(anchor.to_string(), term_id(term));
                    term
                }
                None => line,
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("](#") {
        let (before, after) = rest.split_at(at + 3);
        out.push_str(before);
        let end = after.find(')').unwrap_or(after.len());
        out.push_str(
            anchors
                .get(&after[..end])
                .map_or(&after[..end], String::as_str),
        );
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
