//! The Workbench's `instructors/instructor-notes.md`: each `##` section about an episode (by a
//! link to it or by its title) becomes an instructor note at the end of that episode; the
//! general sections become one note at the start of the first episode. Instructor notes show
//! only in the instructor build (`syllabus build --instructor`).

use std::fs;
use std::path::Path;

use super::split_front_matter;
use crate::import::{Imported, visible_files};

/// A `##` section of the notes: its heading (empty before the first one) and its text.
struct Section<'t> {
    heading: &'t str,
    text: String,
}

pub(super) fn notes(source: &Path, episodes: &[(String, String)], imported: &mut Imported) {
    let folder = source.join("instructors");
    let mut skipped = Vec::new();
    for file in visible_files(&folder, &mut skipped) {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.as_deref() != Some("instructor-notes.md") {
            imported.attention.push(format!(
                "`instructors/{}` was not imported: copy what instructors need into `::: instructor` notes",
                name.unwrap_or_default()
            ));
        }
    }
    imported.attention.extend(skipped);
    let Ok(text) = fs::read_to_string(folder.join("instructor-notes.md")) else {
        return;
    };
    let text = text.replace("\r\n", "\n");
    let mut general = Vec::new();
    let mut placed = 0;
    for section in sections(split_front_matter(&text).1) {
        if section.text.trim().is_empty() {
            continue;
        }
        match episode_of(section.heading, episodes) {
            Some(name) => {
                let note = format!("\n::: instructor\n\n{}\n\n:::\n", section.text.trim());
                append(imported, &format!("modules/episodes/{name}"), &note);
                placed += 1;
            }
            None => general.push(section),
        }
    }
    let general_count = general.len();
    if let (Some((first, _)), false) = (episodes.first(), general.is_empty()) {
        let text: Vec<String> = general
            .iter()
            .map(|s| match s.heading {
                "" => s.text.trim().to_string(),
                heading => format!("**{heading}**\n\n{}", s.text.trim()),
            })
            .collect();
        let note = format!("\n::: instructor\n\n{}\n\n:::\n", text.join("\n\n"));
        append(imported, &format!("modules/episodes/{first}"), &note);
    }
    imported.mapped.push(format!(
        "instructors/instructor-notes.md: {placed} sections about an episode -> instructor notes at the end of that episode, {general_count} general ones -> a note at the end of the first episode (shown with `build --instructor`)"
    ));
}

fn sections(text: &str) -> Vec<Section<'_>> {
    let mut found = vec![Section {
        heading: "",
        text: String::new(),
    }];
    let mut in_code = false;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_code = !in_code;
        }
        match line.strip_prefix("## ") {
            Some(heading) if !in_code => found.push(Section {
                heading: heading.trim(),
                text: String::new(),
            }),
            _ => {
                if let Some(last) = found.last_mut() {
                    last.text.push_str(line);
                }
            }
        }
    }
    found
}

/// The episode file a heading is about: one it links to, or one whose title it is.
fn episode_of<'e>(heading: &str, episodes: &'e [(String, String)]) -> Option<&'e str> {
    let plain = heading.trim_start_matches('[');
    let (text, target) = match plain.split_once("](") {
        Some((text, rest)) => (text, rest.split(')').next().unwrap_or("")),
        None => (plain, ""),
    };
    let linked = target.rsplit('/').next().unwrap_or("");
    let linked = linked.split('#').next().unwrap_or("");
    episodes
        .iter()
        .find(|(name, title)| {
            (!linked.is_empty() && linked == name) || title.eq_ignore_ascii_case(text.trim())
        })
        .map(|(name, _)| name.as_str())
}

fn append(imported: &mut Imported, path: &str, text: &str) {
    if let Some((_, contents)) = imported
        .files
        .iter_mut()
        .find(|(p, _)| p == Path::new(path))
    {
        contents.extend_from_slice(text.as_bytes());
    }
}
