//! The `paths:` of `course.yaml` as written: every entry read with the place of each key and
//! checked on its own (keys, ids, titles, lists). Looking its modules up is the learning
//! stage's job (`learning::paths`).

use std::collections::HashMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Located, Position};
use crate::read::yaml::{KnownKey, YamlSource};
use crate::util::slug::path_slug;

pub(crate) const PATH_KEYS: &[KnownKey] = &[
    (
        "id",
        "a short name for the path's address, such as `first-steps`",
    ),
    ("title", "the path's title, as text"),
    ("description", "one or two sentences describing the path"),
    (
        "goals",
        "a list of module ids the path leads to; it then holds everything they need",
    ),
    (
        "modules",
        "the list of module ids the path goes through, in order",
    ),
    (
        "assumes",
        "a list of module ids that learners of this path already know",
    ),
];

/// A path as declared in `course.yaml`, before its modules are looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PathSpec {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Where the path's entry starts in `course.yaml`.
    pub position: Position,
    pub selection: Selection,
    pub assumes: Vec<Located>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Selection {
    Goals(Vec<Located>),
    Modules(Vec<Located>),
}

/// One `paths:` entry as written: every key with its place, so that unknown keys can all be
/// reported with a suggestion and missing ones pointed at.
#[derive(Debug, Default)]
pub(crate) struct RawPath {
    /// The first key of the entry, where problems with the entry as a whole are shown.
    start: Option<serde_saphyr::Location>,
    id: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    description: Option<String>,
    goals: Option<Spanned<Vec<Spanned<String>>>>,
    modules: Option<Spanned<Vec<Spanned<String>>>>,
    assumes: Option<Vec<Spanned<String>>>,
    unknown: Vec<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawPath {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PathVisitor;
        impl<'de> Visitor<'de> for PathVisitor {
            type Value = RawPath;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a path: `id`, `title`, and `goals` or `modules` on their own lines")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawPath, A::Error> {
                let mut raw = RawPath::default();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    raw.start.get_or_insert(key.referenced);
                    match key.value.as_str() {
                        "id" => raw.id = Some(map.next_value()?),
                        "title" => raw.title = Some(map.next_value()?),
                        "description" => raw.description = Some(map.next_value()?),
                        "goals" => raw.goals = Some(map.next_value()?),
                        "modules" => raw.modules = Some(map.next_value()?),
                        "assumes" => raw.assumes = Some(map.next_value()?),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                            raw.unknown.push(key);
                        }
                    }
                }
                Ok(raw)
            }
        }
        deserializer.deserialize_map(PathVisitor)
    }
}

/// Checks the `paths:` entries of `course.yaml` on their own (keys, ids, titles, lists).
pub(crate) fn read_specs(
    source: &YamlSource,
    list: Spanned<Vec<RawPath>>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<PathSpec> {
    let mut specs: Vec<PathSpec> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for raw in list.value {
        let start = raw.start.unwrap_or(list.referenced);
        if let Some(spec) = read_spec(source, raw, start, &mut seen, problems) {
            specs.push(spec);
        }
    }
    specs
}

/// Checks one entry, starting at `start`; `seen` holds the ids of the entries before it, with
/// their lines. `None` if the entry cannot make a path (the problems are reported).
fn read_spec(
    source: &YamlSource,
    raw: RawPath,
    start: serde_saphyr::Location,
    seen: &mut HashMap<String, usize>,
    problems: &mut Vec<Diagnostic>,
) -> Option<PathSpec> {
    let position = source.position(&start);
    for key in &raw.unknown {
        problems.push(source.unknown_key(key, PATH_KEYS));
    }
    let Some(id) = raw.id else {
        problems.push(
            source
                .error_at(&start, "this path has no `id`")
                .with_label("the path starts here")
                .with_help("add a line such as `id: first-steps`: the path's page is then `/paths/first-steps/`"),
        );
        return None;
    };
    let id_text = check_id(source, &id, seen, problems)?;
    seen.insert(id_text.to_string(), position.line);
    let title = read_title(source, raw.title, &id, problems);
    let selection = read_selection(source, raw.goals, raw.modules, &id, problems)?;
    Some(PathSpec {
        id: id_text.to_string(),
        title,
        description: raw.description.unwrap_or_default().trim().to_string(),
        position,
        selection,
        assumes: located(source, raw.assumes.unwrap_or_default()),
    })
}

/// The path's id, trimmed, if it is a valid slug that no entry before it has.
fn check_id<'a>(
    source: &YamlSource,
    id: &'a Spanned<String>,
    seen: &HashMap<String, usize>,
    problems: &mut Vec<Diagnostic>,
) -> Option<&'a str> {
    let id_text = id.value.trim();
    let slug = path_slug(id_text);
    if slug.is_empty() || slug != id_text {
        let help = if slug.is_empty() {
            "use lowercase letters, digits and `-`, such as `first-steps`".to_string()
        } else {
            format!("use lowercase letters, digits and `-`, such as `{slug}`")
        };
        problems.push(
            source
                .error_at(&id.referenced, format!("invalid path id `{id_text}`"))
                .with_label("the id becomes part of the path's address")
                .with_help(help),
        );
        return None;
    }
    if let Some(&first_line) = seen.get(id_text) {
        problems.push(
            source
                .error_at(&id.referenced, format!("two paths have the id `{id_text}`"))
                .with_note(format!("the other one is on line {first_line}"))
                .with_help("give each path its own id"),
        );
        return None;
    }
    Some(id_text)
}

/// The path's title, trimmed; empty (with the problem reported) if it is missing or empty.
fn read_title(
    source: &YamlSource,
    title: Option<Spanned<String>>,
    id: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let id_text = id.value.trim();
    match title {
        Some(title) if !title.value.trim().is_empty() => title.value.trim().to_string(),
        Some(title) => {
            problems.push(
                source
                    .error_at(&title.referenced, "the path title is empty")
                    .with_help("write the path's title after `title:`"),
            );
            String::new()
        }
        None => {
            problems.push(
                source
                    .error_at(
                        &id.referenced,
                        format!("the path `{id_text}` has no `title`"),
                    )
                    .with_help("add a line such as `title: Collaborate on GitHub` to the path"),
            );
            String::new()
        }
    }
}

/// The path's `goals` or `modules`: exactly one of them, not empty.
fn read_selection(
    source: &YamlSource,
    goals: Option<Spanned<Vec<Spanned<String>>>>,
    modules: Option<Spanned<Vec<Spanned<String>>>>,
    id: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Selection> {
    let id_text = id.value.trim();
    match (goals, modules) {
        (Some(_), Some(modules)) => {
            problems.push(
                source
                    .error_at(&modules.referenced, format!("the path `{id_text}` has both `goals` and `modules`"))
                    .with_help("keep `goals` to have the path computed from prerequisites, or `modules` to list it yourself"),
            );
            None
        }
        (None, None) => {
            problems.push(
                source
                    .error_at(&id.referenced, format!("the path `{id_text}` lists no modules"))
                    .with_help("add `goals: [module-id]` to lead to some modules, or `modules: [a, b, c]` to list the path's modules in order"),
            );
            None
        }
        (Some(list), None) | (None, Some(list)) if list.value.is_empty() => {
            problems.push(
                source
                    .error_at(
                        &list.referenced,
                        format!("the path `{id_text}` has an empty list"),
                    )
                    .with_help("name at least one module id, such as `basics/first-commit`"),
            );
            None
        }
        (Some(goals), None) => Some(Selection::Goals(located(source, goals.value))),
        (None, Some(modules)) => Some(Selection::Modules(located(source, modules.value))),
    }
}

/// Module ids as written, trimmed, with their places.
fn located(source: &YamlSource, items: Vec<Spanned<String>>) -> Vec<Located> {
    items
        .into_iter()
        .map(|s| Located {
            value: s.value.trim().to_string(),
            position: source.position(&s.referenced),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn read(yaml: &str) -> (Vec<PathSpec>, Vec<Diagnostic>) {
        #[derive(serde::Deserialize)]
        struct Doc {
            paths: Spanned<Vec<RawPath>>,
        }
        let source = YamlSource {
            file: Path::new("course.yaml"),
            file_text: yaml,
            yaml,
            line_offset: 0,
        };
        let mut problems = Vec::new();
        let specs = match serde_saphyr::from_str::<Doc>(yaml) {
            Ok(doc) => read_specs(&source, doc.paths, &mut problems),
            Err(error) => panic!("{error}"),
        };
        (specs, problems)
    }

    #[test]
    fn path_entries_are_read_with_their_positions() {
        let (specs, problems) = read(
            "paths:\n  - id: collab\n    title: Collaborate\n    goals: [c/pr]\n    assumes: [b/x]\n  - id: fix\n    title: Fix\n    modules:\n      - a\n      - b\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(specs.len(), 2);
        match &specs[0].selection {
            Selection::Goals(goals) => assert_eq!(
                goals
                    .iter()
                    .map(|g| (g.value.as_str(), g.position.line, g.position.column))
                    .collect::<Vec<_>>(),
                [("c/pr", 4, 13)]
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(specs[0].assumes[0].value, "b/x");
        match &specs[1].selection {
            Selection::Modules(list) => {
                assert_eq!(
                    list.iter()
                        .map(|m| (m.value.as_str(), m.position.line))
                        .collect::<Vec<_>>(),
                    [("a", 9), ("b", 10)]
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_problem_of_every_entry_is_reported() {
        let (specs, problems) = read(
            "paths:\n  - id: Bad Id\n    title: X\n    goals: [a]\n  - title: No id\n    goals: [a]\n  - id: both\n    title: Both\n    goals: [a]\n    modules: [a]\n  - id: none\n    titel: None\n  - id: both\n    title: Again\n    goals: [a]\n",
        );
        assert!(specs.is_empty());
        let found: Vec<(usize, String)> = problems
            .iter()
            .map(|p| (p.position.map_or(0, |p| p.line), p.message.clone()))
            .collect();
        assert_eq!(
            found,
            [
                (2, "invalid path id `Bad Id`".to_string()),
                (5, "this path has no `id`".to_string()),
                (
                    10,
                    "the path `both` has both `goals` and `modules`".to_string()
                ),
                (12, "unknown key `titel`".to_string()),
                (11, "the path `none` has no `title`".to_string()),
                (11, "the path `none` lists no modules".to_string()),
                (13, "two paths have the id `both`".to_string()),
            ]
        );
        assert_eq!(
            problems[0].help.as_deref(),
            Some("use lowercase letters, digits and `-`, such as `bad-id`")
        );
        assert_eq!(problems[3].help.as_deref(), Some("did you mean `title`?"));
    }
}
