//! Older Carpentries lessons in the styles format (Jekyll and kramdown): `_config.yml`,
//! `_episodes/*.md` with their questions, objectives and key points in the front matter, blocks
//! written as block quotes followed by `{: .challenge}`, code blocks followed by
//! `{: .language-bash}` or `{: .output}`, and `{% include links.md %}` for shared link
//! references. Each episode is rewritten in the Workbench's form, which the rest of the importer
//! reads.

use serde::Deserialize;

use crate::import::{Imported, line_of};

/// The blocks a `{: .class}` after a block quote makes; others are kept as plain quotes.
const BLOCKS: &[&str] = &[
    "challenge",
    "solution",
    "callout",
    "prereq",
    "discussion",
    "testimonial",
    "checklist",
    "keypoints",
    "objectives",
    "hint",
    "instructor",
];

#[derive(Debug, Default, Deserialize)]
pub(super) struct StylesFront {
    pub title: Option<String>,
    pub teaching: Option<u32>,
    pub exercises: Option<u32>,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default)]
    pub keypoints: Vec<String>,
}

/// An episode's front matter and body in the Workbench's form. `links` is the lesson's
/// `_includes/links.md`, if it has one, and `episodes` the stems of its episodes' files; what cannot be carried over is reported against
/// `course_file`.
pub(super) fn to_workbench(
    text: &str,
    links: Option<&str>,
    episodes: &[String],
    course_file: &str,
    imported: &mut Imported,
) -> String {
    let (front, body) = super::split_front_matter(text);
    let front: StylesFront = serde_saphyr::from_str(front).unwrap_or_default();
    let mut head = String::from("---\n");
    if let Some(title) = &front.title {
        head.push_str(&format!("title: {}\n", crate::import::yaml_string(title)));
    }
    for (key, value) in [("teaching", front.teaching), ("exercises", front.exercises)] {
        if let Some(value) = value {
            head.push_str(&format!("{key}: {value}\n"));
        }
    }
    head.push_str("---\n");
    let mut lists = String::new();
    for (class, items) in [
        ("questions", &front.questions),
        ("objectives", &front.objectives),
    ] {
        lists.push_str(&list_block(class, items));
    }
    let mut body = blocks(&code_classes(body)).0;
    body = includes(&body, links, course_file, imported);
    body = liquid_roots(&body, episodes, course_file, imported);
    let keypoints = list_block("keypoints", &front.keypoints);
    format!("{head}{lists}{body}{keypoints}")
}

fn list_block(class: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let items: String = items.iter().map(|item| format!("- {item}\n")).collect();
    format!("\n::: {class}\n\n{items}\n:::\n\n")
}

/// `{: .language-bash}` after a code block as its language, `{: .output}` and `{: .error}`
/// as Syllabus's output and error blocks.
fn code_classes(body: &str) -> String {
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < lines.len() {
        let (quote, rest) = split_quote(lines[i]);
        let fence = rest.trim_end();
        if fence.starts_with("~~~") || fence.starts_with("```") {
            let marker = &fence[..3];
            let end = (i + 1..lines.len()).find(|&j| split_quote(lines[j]).1.trim_end() == marker);
            if let Some(end) = end {
                let class = lines
                    .get(end + 1)
                    .and_then(|l| ial_class(split_quote(l).1))
                    .map(|class| class.strip_prefix("language-").unwrap_or(class).to_string());
                let info = fence[3..].trim();
                let info = class.as_deref().filter(|c| *c != "source").unwrap_or(info);
                out.push_str(&format!("{quote}```{info}\n"));
                for line in &lines[i + 1..end] {
                    out.push_str(line);
                }
                out.push_str(&format!("{quote}```\n"));
                i = end + 1 + usize::from(class.is_some());
                continue;
            }
        }
        out.push_str(lines[i]);
        i += 1;
    }
    out
}

/// The quote markers of a line (`> > `) and the rest.
fn split_quote(line: &str) -> (&str, &str) {
    let rest = line.trim_start_matches(['>', ' ']);
    line.split_at(line.len() - rest.len())
}

/// The class of a kramdown attribute line such as `{: .challenge}`.
fn ial_class(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix("{:")?.strip_suffix('}')?.trim();
    inner.strip_prefix('.').map(str::trim)
}

/// Block quotes followed by `{: .challenge}` (and the other block classes) as fenced divs,
/// from the innermost out. Returns the text and how deep its blocks nest.
fn blocks(body: &str) -> (String, usize) {
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut out = String::with_capacity(body.len());
    let mut height = 0;
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].starts_with('>') {
            out.push_str(lines[i]);
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| !lines[j].starts_with('>'))
            .unwrap_or(lines.len());
        let class = lines.get(end).and_then(|l| ial_class(l));
        match class.filter(|c| BLOCKS.contains(c)) {
            Some(class) => {
                let inner: String = lines[i..end].iter().map(|l| unquote(l)).collect();
                let (inner, inner_height) = blocks(&inner);
                let colons = ":".repeat(3 + inner_height);
                out.push_str(&format!(
                    "{colons} {class}\n\n{}\n{colons}\n",
                    inner.trim_end()
                ));
                height = height.max(inner_height + 1);
                i = end + 1;
            }
            None => {
                for line in &lines[i..end] {
                    out.push_str(line);
                }
                i = end;
            }
        }
    }
    (out, height)
}

fn unquote(line: &str) -> &str {
    let rest = &line[1..];
    rest.strip_prefix(' ').unwrap_or(rest)
}

/// `{% include links.md %}` as the link references it holds; any other Liquid tag is taken
/// out and reported.
fn includes(body: &str, links: Option<&str>, course_file: &str, imported: &mut Imported) -> String {
    let mut out = String::with_capacity(body.len());
    let mut references = false;
    for (offset, line) in line_offsets(body) {
        let trimmed = line.trim();
        if !(trimmed.starts_with("{%") && trimmed.ends_with("%}")) {
            out.push_str(line);
            continue;
        }
        let tag = trimmed[2..trimmed.len() - 2].trim();
        if tag == "include links.md" && links.is_some() {
            references = true;
            continue;
        }
        imported.attention.push(format!(
            "{course_file}: line {} of the episode's body held the Jekyll tag `{trimmed}`, which Syllabus does not run: it was taken out",
            line_of(body, offset)
        ));
    }
    if let (true, Some(links)) = (references, links) {
        out.push('\n');
        for line in links
            .lines()
            .filter(|l| !l.contains("{{") && !l.contains("{%"))
        {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `{{ page.root }}` and `{{ site.root }}` (the lesson's root, one folder up from an episode):
/// before an episode's address, that episode's file; otherwise `..`. Any other `{{ ... }}` is
/// reported.
fn liquid_roots(
    body: &str,
    episodes: &[String],
    course_file: &str,
    imported: &mut Imported,
) -> String {
    let mut out = String::with_capacity(body.len());
    for (offset, line) in line_offsets(body) {
        let mut line = line.to_string();
        for root in ["{{ page.root }}/", "{{ site.root }}/", "{{page.root}}/"] {
            line = rooted(&line, root, episodes);
        }
        if line.contains("{{") && line.contains("}}") {
            imported.attention.push(format!(
                "{course_file}: line {} of the episode's body uses a Jekyll variable (`{}`), which Syllabus does not fill in",
                line_of(body, offset),
                line.trim()
            ));
        }
        out.push_str(&line);
    }
    out
}

fn rooted(line: &str, root: &str, episodes: &[String]) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(root) {
        out.push_str(&rest[..at]);
        rest = &rest[at + root.len()..];
        let episode = episodes.iter().find(|stem| {
            rest.strip_prefix(stem.as_str())
                .is_some_and(|after| after.starts_with('/') || after.starts_with(".html"))
        });
        match episode {
            Some(stem) => {
                out.push_str(&format!("{stem}.md"));
                let after = &rest[stem.len()..];
                rest = after
                    .strip_prefix(".html")
                    .or_else(|| after.strip_prefix("/index.html"))
                    .or_else(|| after.strip_prefix('/'))
                    .unwrap_or(after);
            }
            None => out.push_str("../"),
        }
    }
    out.push_str(rest);
    out
}

fn line_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |offset, line| {
        let at = *offset;
        *offset += line.len();
        Some((at, line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_blocks_with_a_class_become_fenced_divs_nested_as_written() {
        let body = "> ## Try it\n>\n> What does `ls -F` show?\n>\n> > ## Solution\n> >\n> > Folders end in `/`.\n> {: .solution}\n{: .challenge}\n\n> Just a quote.\n";
        let (out, height) = blocks(body);
        assert_eq!(height, 2);
        assert_eq!(
            out,
            ":::: challenge\n\n## Try it\n\nWhat does `ls -F` show?\n\n::: solution\n\n## Solution\n\nFolders end in `/`.\n:::\n::::\n\n> Just a quote.\n"
        );
    }

    #[test]
    fn code_block_classes_become_languages_and_output_blocks() {
        let body = "~~~\n$ ls\n~~~\n{: .language-bash}\n\n~~~\nDesktop/\n~~~\n{: .output}\n\n> ~~~\n> $ pwd\n> ~~~\n> {: .language-bash}\n";
        assert_eq!(
            code_classes(body),
            "```bash\n$ ls\n```\n\n```output\nDesktop/\n```\n\n> ```bash\n> $ pwd\n> ```\n"
        );
    }

    #[test]
    fn link_references_are_included_and_other_liquid_is_reported() {
        let mut imported = Imported::default();
        let body = "See [the shell][shell].\n\n{% include links.md %}\n{% include carpentries.html %}\n![]({{ page.root }}/fig/a.svg) {{ site.swc_site }}\n";
        let links = "[shell]: https://example.org/shell\n[lesson]: {{ site.lesson }}\n";
        let out = includes(body, Some(links), "modules/episodes/a.md", &mut imported);
        let out = liquid_roots(
            &out,
            &["01-intro".into()],
            "modules/episodes/a.md",
            &mut imported,
        );
        assert_eq!(
            out,
            "See [the shell][shell].\n\n![](../fig/a.svg) {{ site.swc_site }}\n\n[shell]: https://example.org/shell\n"
        );
        let line = "[first]({{ page.root }}/01-intro/#top), [home]({{ page.root }}/index.html)\n";
        assert_eq!(
            liquid_roots(line, &["01-intro".into()], "a.md", &mut imported),
            "[first](01-intro.md#top), [home](../index.html)\n"
        );
        assert_eq!(imported.attention.len(), 2, "{:?}", imported.attention);
        assert!(
            imported.attention[0].contains("line 4"),
            "{:?}",
            imported.attention
        );
    }
}
