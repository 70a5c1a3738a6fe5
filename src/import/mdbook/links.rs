//! Links and images of a chapter, pointed at where their targets are in the new course:
//! chapters moved to the modules made from them, other files of the book copied beside the
//! modules at their place under `src/`.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::import::challenges::apply;
use crate::util::url::relative_file_path;

/// Where the book's files went.
pub(crate) struct Targets<'m> {
    /// A chapter's path under `src/` → its module's file in the course (`modules/...md`).
    pub chapters: &'m BTreeMap<PathBuf, String>,
    /// Whether a path under `src/` is a file of the book that may be copied.
    pub is_book_file: &'m dyn Fn(&Path) -> bool,
}

/// What became of a chapter's links.
#[derive(Debug, Default)]
pub(crate) struct Relinked {
    pub text: String,
    /// Files under `src/` to copy to `modules/` at the same place.
    pub assets: Vec<PathBuf>,
    /// Links left as written, with their offset in `text` and why.
    pub problems: Vec<(usize, String)>,
    pub moved: usize,
}

/// Rewrites the links of the chapter at `chapter` (under `src/`), which becomes `module`.
pub(crate) fn relink(text: &str, chapter: &Path, module: &str, targets: &Targets<'_>) -> Relinked {
    let mut relinked = Relinked::default();
    let mut edits = Vec::new();
    let chapter_dir = chapter.parent().unwrap_or(Path::new(""));
    let module_dir = Path::new(module).parent().unwrap_or(Path::new(""));
    for (range, written) in destinations(text) {
        match target(written, chapter_dir, module_dir, targets) {
            Target::Unchanged => {}
            Target::Moved(new) => {
                relinked.moved += 1;
                edits.push((range, new));
            }
            Target::Asset(file, new) => {
                relinked.assets.push(file);
                edits.push((range, new));
            }
            Target::Problem(why) => relinked.problems.push((range.start, why)),
        }
    }
    let (out, shift) = apply(text, edits);
    for problem in &mut relinked.problems {
        problem.0 = shift(problem.0);
    }
    relinked.text = out;
    relinked.assets.sort();
    relinked.assets.dedup();
    relinked
}

enum Target {
    Unchanged,
    Moved(String),
    Asset(PathBuf, String),
    Problem(String),
}

fn target(written: &str, chapter_dir: &Path, module_dir: &Path, targets: &Targets<'_>) -> Target {
    if is_external(written) {
        return Target::Unchanged;
    }
    let (path, fragment) = match written.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (written, None),
    };
    if path.starts_with('/') {
        return Target::Problem(format!(
            "the link `{written}` starts at the site's root, which a course does not share with the book; write it relative to this file"
        ));
    }
    let Some(resolved) = normalize(&chapter_dir.join(path.replace("%20", " "))) else {
        return Target::Problem(format!(
            "the link `{written}` leads outside the book's `src/`"
        ));
    };
    let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    if let Some(module) = chapter_file(&resolved, targets) {
        let new = relative(module_dir, Path::new(module));
        return Target::Moved(format!("{new}{fragment}"));
    }
    if (targets.is_book_file)(&resolved) && resolved.extension().is_none_or(|e| e != "md") {
        let new = relative(module_dir, &Path::new("modules").join(&resolved));
        return Target::Asset(resolved, format!("{new}{fragment}"));
    }
    Target::Problem(format!(
        "the link `{written}` names `{}`, which is neither a chapter of SUMMARY.md nor a file of the book",
        resolved.display()
    ))
}

/// A chapter's module, also when the link names the page mdBook makes of it (`x.html`,
/// `index.html` for `README.md`).
fn chapter_file<'m>(resolved: &Path, targets: &Targets<'m>) -> Option<&'m String> {
    let mut candidates = vec![resolved.to_path_buf()];
    if resolved.extension().is_some_and(|e| e == "html") {
        candidates.push(resolved.with_extension("md"));
        if resolved.file_name().is_some_and(|n| n == "index.html") {
            candidates.push(resolved.with_file_name("README.md"));
        }
    }
    if resolved.as_os_str().is_empty() || resolved.extension().is_none() {
        candidates.push(resolved.join("README.md"));
        candidates.push(resolved.join("index.md"));
    }
    candidates.iter().find_map(|c| targets.chapters.get(c))
}

fn is_external(dest: &str) -> bool {
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with("//") {
        return true;
    }
    let scheme_end = dest.find(':');
    let path_start = dest.find(['/', '#', '?']).unwrap_or(dest.len());
    scheme_end.is_some_and(|at| at < path_start)
}

/// `a/./b/../c` as `a/c`; `None` when `..` climbs out of the start.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// The relative link from a file in `from_dir` to `to`, both paths in the course.
pub(crate) fn relative(from_dir: &Path, to: &Path) -> String {
    relative_file_path(from_dir, to).replace(' ', "%20")
}

/// Every link and image destination as written, with its range: inline ones, reference
/// definitions, and `src`/`href` attributes of raw HTML.
fn destinations(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut found = Vec::new();
    let mut parser = Parser::new_ext(text, Options::all()).into_offset_iter();
    for (event, range) in parser.by_ref() {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                if let Some(at) = inline_destination(&text[range.clone()], &dest_url) {
                    let start = range.start + at;
                    found.push((
                        start..start + dest_url.len(),
                        &text[start..start + dest_url.len()],
                    ));
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                html_destinations(text, range, &mut found);
            }
            _ => {}
        }
    }
    for (_, definition) in parser.reference_definitions().iter() {
        let span = definition.span.clone();
        let Some(colon) = text[span.clone()].find("]:") else {
            continue;
        };
        let after = span.start + colon + 2;
        if let Some(at) = text[after..span.end].find(definition.dest.as_ref()) {
            let start = after + at;
            found.push((
                start..start + definition.dest.len(),
                &text[start..start + definition.dest.len()],
            ));
        }
    }
    found.sort_by_key(|(range, _)| range.start);
    found.dedup_by_key(|(range, _)| range.start);
    found
}

/// Where `dest` is written in an inline link's source `[text](dest "title")`.
fn inline_destination(source: &str, dest: &str) -> Option<usize> {
    if dest.is_empty() {
        return None;
    }
    let open = source.rfind("](")? + 2;
    let rest = &source[open..];
    let skipped = rest.len() - rest.trim_start_matches([' ', '\n', '<']).len();
    source[open + skipped..]
        .starts_with(dest)
        .then_some(open + skipped)
}

fn html_destinations<'t>(
    text: &'t str,
    range: Range<usize>,
    found: &mut Vec<(Range<usize>, &'t str)>,
) {
    let html = &text[range.clone()];
    for attribute in ["src=\"", "href=\""] {
        let mut from = 0;
        while let Some(at) = html[from..].find(attribute) {
            let start = from + at + attribute.len();
            let Some(length) = html[start..].find('"') else {
                break;
            };
            let absolute = range.start + start;
            if length > 0 {
                found.push((
                    absolute..absolute + length,
                    &text[absolute..absolute + length],
                ));
            }
            from = start + length;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, chapter: &str, module: &str) -> Relinked {
        let mut chapters = BTreeMap::new();
        chapters.insert(
            PathBuf::from("cli/test.md"),
            "modules/reference/test.md".to_string(),
        );
        chapters.insert(
            PathBuf::from("format/README.md"),
            "modules/format/overview.md".to_string(),
        );
        chapters.insert(
            PathBuf::from("format/theme/editor.md"),
            "modules/format/theme/editor.md".to_string(),
        );
        let is_book_file = |p: &Path| p == Path::new("format/images/logo.svg");
        let targets = Targets {
            chapters: &chapters,
            is_book_file: &is_book_file,
        };
        relink(text, Path::new(chapter), module, &targets)
    }

    #[test]
    fn links_to_chapters_follow_them_to_their_modules() {
        let out = run(
            "See [test](../cli/test.md#options), [the format](README.md), [editor][e] and [html](theme/editor.html).\n\n[e]: theme/editor.md\n",
            "format/mathjax.md",
            "modules/format/mathjax.md",
        );
        assert_eq!(
            out.text,
            "See [test](../reference/test.md#options), [the format](overview.md), [editor][e] and [html](theme/editor.md).\n\n[e]: theme/editor.md\n"
        );
        assert_eq!(out.moved, 4);
        assert!(out.problems.is_empty());
    }

    #[test]
    fn book_files_are_copied_and_linked_from_the_new_place() {
        let out = run(
            "![Logo](images/logo.svg)\n\n<img class=\"right\" src=\"images/logo.svg\" alt=\"\">\n",
            "format/mdbook.md",
            "modules/reference/mdbook.md",
        );
        assert_eq!(
            out.text,
            "![Logo](../format/images/logo.svg)\n\n<img class=\"right\" src=\"../format/images/logo.svg\" alt=\"\">\n"
        );
        assert_eq!(out.assets, [PathBuf::from("format/images/logo.svg")]);
    }

    #[test]
    fn web_links_anchors_and_unknown_targets() {
        let out = run(
            "[w](https://x.org/a.md) [m](mailto:a@b) [a](#here) [gone](nope.md) [up](../../x.md) [root](/x.md)\n",
            "cli/test.md",
            "modules/reference/test.md",
        );
        assert_eq!(out.moved, 0);
        let problems: Vec<&str> = out.problems.iter().map(|(_, p)| p.as_str()).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("`nope.md`"), "{problems:?}");
        assert!(problems[1].contains("outside"), "{problems:?}");
        assert!(problems[2].contains("site's root"), "{problems:?}");
        assert_eq!(
            out.problems[0].0,
            "[w](https://x.org/a.md) [m](mailto:a@b) [a](#here) [gone](".len()
        );
    }

    #[test]
    fn relative_paths_between_course_files() {
        assert_eq!(
            relative(Path::new("modules/a"), Path::new("modules/a/b.md")),
            "b.md"
        );
        assert_eq!(
            relative(Path::new("modules/a/b"), Path::new("modules/c.md")),
            "../../c.md"
        );
        assert_eq!(
            relative(Path::new("modules"), Path::new("modules/x y.md")),
            "x%20y.md"
        );
    }
}
