//! Named learning paths: the `paths:` of `course.yaml`, read and checked, then resolved against
//! the course into ordered module lists.
//!
//! A path either names its `goals` (the path is everything they need, in course order) or lists
//! its `modules` explicitly (checked: each module's prerequisites must come earlier or be
//! `assumes`d). A course without paths gets one implicit path through every module.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Located, Position, did_you_mean};
use crate::graph::Graph;
use crate::slug::path_slug;
use crate::yaml::{KnownKey, YamlSource};

pub const PATH_KEYS: &[KnownKey] = &[
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

/// The id of the path a course gets when it declares none.
pub const IMPLICIT_PATH_ID: &str = "all";

/// A path as declared in `course.yaml`, before its modules are looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathSpec {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Where the path's entry starts in `course.yaml`.
    pub position: Position,
    pub selection: Selection,
    pub assumes: Vec<Located>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Goals(Vec<Located>),
    Modules(Vec<Located>),
}

/// A path resolved against the course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearningPath {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Site-relative URL, such as `paths/first-steps/`.
    pub url: String,
    /// Indices into the course's modules, in the order the path takes them.
    pub modules: Vec<usize>,
    /// The goals of a path declared by goals; empty otherwise.
    pub goals: Vec<usize>,
    /// The path made for a course that declares none.
    pub implicit: bool,
}

/// One `paths:` entry as written: every key with its place, so that unknown keys can all be
/// reported with a suggestion and missing ones pointed at.
#[derive(Debug, Default)]
pub struct RawPath {
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
pub fn read_specs(
    source: &YamlSource,
    list: Spanned<Vec<RawPath>>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<PathSpec> {
    let mut specs: Vec<PathSpec> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for raw in list.value {
        let start = raw.start.unwrap_or(list.referenced);
        let position = source.position(&start);
        for key in &raw.unknown {
            problems.push(source.unknown_key(key, PATH_KEYS));
        }
        let located = |items: Vec<Spanned<String>>| -> Vec<Located> {
            items
                .into_iter()
                .map(|s| Located {
                    value: s.value.trim().to_string(),
                    position: source.position(&s.referenced),
                })
                .collect()
        };
        let Some(id) = raw.id else {
            problems.push(
                source
                    .error_at(&start, "this path has no `id`")
                    .with_label("the path starts here")
                    .with_help("add a line such as `id: first-steps`: the path's page is then `/paths/first-steps/`"),
            );
            continue;
        };
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
            continue;
        }
        if let Some(&first_line) = seen.get(id_text) {
            problems.push(
                source
                    .error_at(&id.referenced, format!("two paths have the id `{id_text}`"))
                    .with_note(format!("the other one is on line {first_line}"))
                    .with_help("give each path its own id"),
            );
            continue;
        }
        seen.insert(id_text.to_string(), position.line);
        let title = match raw.title {
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
        };
        let selection = match (raw.goals, raw.modules) {
            (Some(_), Some(modules)) => {
                problems.push(
                    source
                        .error_at(&modules.referenced, format!("the path `{id_text}` has both `goals` and `modules`"))
                        .with_help("keep `goals` to have the path computed from prerequisites, or `modules` to list it yourself"),
                );
                continue;
            }
            (None, None) => {
                problems.push(
                    source
                        .error_at(&id.referenced, format!("the path `{id_text}` lists no modules"))
                        .with_help("add `goals: [module-id]` to lead to some modules, or `modules: [a, b, c]` to list the path's modules in order"),
                );
                continue;
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
                continue;
            }
            (Some(goals), None) => Selection::Goals(located(goals.value)),
            (None, Some(modules)) => Selection::Modules(located(modules.value)),
        };
        specs.push(PathSpec {
            id: id_text.to_string(),
            title,
            description: raw.description.unwrap_or_default().trim().to_string(),
            position,
            selection,
            assumes: located(raw.assumes.unwrap_or_default()),
        });
    }
    specs
}

/// Where path problems are reported: `course.yaml` and its text.
pub struct ConfigFile<'a> {
    pub path: &'a Path,
    pub text: &'a str,
}

/// What the paths may refer to: module ids by index, and the drafts left out of this build.
pub struct ModuleIds<'a> {
    pub ids: &'a [&'a str],
    pub drafts: &'a [(String, PathBuf)],
    /// Modules whose front matter could not be read (already reported), by id.
    pub unreadable: &'a BTreeMap<String, PathBuf>,
}

/// Resolves every path against the course. Modules are given in course order, `graph` uses
/// the same indices. Problems are pushed to `problems`; a path with problems is left out.
pub fn resolve(
    specs: &[PathSpec],
    modules: &ModuleIds,
    graph: &Graph,
    file: &ConfigFile,
    problems: &mut Vec<Diagnostic>,
) -> Vec<LearningPath> {
    if specs.is_empty() {
        return vec![LearningPath {
            id: IMPLICIT_PATH_ID.to_string(),
            title: "The whole course".to_string(),
            description: "Every module of the course, from the first steps to the hardest."
                .to_string(),
            url: format!("paths/{IMPLICIT_PATH_ID}/"),
            modules: (0..modules.ids.len()).collect(),
            goals: Vec::new(),
            implicit: true,
        }];
    }
    let index: HashMap<&str, usize> = modules
        .ids
        .iter()
        .enumerate()
        .map(|(i, id)| (*id, i))
        .collect();
    let mut paths = Vec::new();
    for spec in specs {
        let before = problems.len();
        let mut look_up = |item: &Located, role: &str| -> Option<usize> {
            let found = index.get(item.value.as_str()).copied();
            if found.is_none() && !modules.unreadable.contains_key(&item.value) {
                problems.push(unknown_module(item, role, &spec.id, modules, file));
            }
            found
        };
        let assumed: Vec<usize> = spec
            .assumes
            .iter()
            .filter_map(|m| look_up(m, "assumes"))
            .collect();
        // Knowing a module means knowing what it requires too.
        let known = graph.needed_for(&assumed, &[]);
        let known_list: Vec<usize> = (0..graph.len()).filter(|&m| known[m]).collect();
        let (chosen, goals) = match &spec.selection {
            Selection::Goals(goals) => {
                let goals: Vec<usize> = goals.iter().filter_map(|g| look_up(g, "goals")).collect();
                let needed = graph.needed_for(&goals, &known_list);
                ((0..graph.len()).filter(|&m| needed[m]).collect(), goals)
            }
            Selection::Modules(listed) => {
                let found: Vec<(usize, &Located)> = listed
                    .iter()
                    .filter_map(|m| look_up(m, "modules").map(|i| (i, m)))
                    .collect();
                let order: Vec<usize> = found.iter().map(|(i, _)| *i).collect();
                for gap in check_explicit_order(graph, &order, &known) {
                    let (_, item) = found[gap.at];
                    problems.push(gap_problem(&gap, item, &spec.id, modules.ids, file));
                }
                (order, Vec::new())
            }
        };
        if problems.len() == before {
            paths.push(LearningPath {
                id: spec.id.clone(),
                title: spec.title.clone(),
                description: spec.description.clone(),
                url: format!("paths/{}/", spec.id),
                modules: chosen,
                goals,
                implicit: false,
            });
        }
    }
    paths
}

/// A problem with an explicit module list: the module at list position `at` needs
/// `prerequisite`, which is not available before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderGap {
    pub at: usize,
    pub prerequisite: usize,
    pub kind: GapKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GapKind {
    /// The prerequisite is in the list, but after the module.
    ComesLater,
    /// The prerequisite is neither in the list nor assumed.
    Missing,
    /// The module is listed twice.
    Repeated,
}

/// Checks an explicit path: every module's prerequisites must come earlier in `list` or be
/// `known`. Works on indices, for large courses.
pub fn check_explicit_order(graph: &Graph, list: &[usize], known: &[bool]) -> Vec<OrderGap> {
    let mut place: Vec<Option<usize>> = vec![None; graph.len()];
    let mut gaps = Vec::new();
    for (at, &module) in list.iter().enumerate() {
        match place.get(module) {
            Some(Some(_)) => gaps.push(OrderGap {
                at,
                prerequisite: module,
                kind: GapKind::Repeated,
            }),
            Some(None) => place[module] = Some(at),
            None => {}
        }
    }
    for (at, &module) in list.iter().enumerate() {
        if place.get(module).copied().flatten() != Some(at) {
            continue;
        }
        for &prerequisite in graph.requires(module) {
            if known.get(prerequisite).copied().unwrap_or(false) {
                continue;
            }
            let kind = match place[prerequisite] {
                Some(p) if p < at => continue,
                Some(_) => GapKind::ComesLater,
                None => GapKind::Missing,
            };
            gaps.push(OrderGap {
                at,
                prerequisite,
                kind,
            });
        }
    }
    gaps.sort_by_key(|gap| (gap.at, gap.prerequisite));
    gaps
}

fn gap_problem(
    gap: &OrderGap,
    item: &Located,
    path: &str,
    ids: &[&str],
    file: &ConfigFile,
) -> Diagnostic {
    let module = item.value.as_str();
    let prerequisite = ids.get(gap.prerequisite).copied().unwrap_or("");
    let problem = match gap.kind {
        GapKind::Repeated => Diagnostic::error(format!(
            "the path `{path}` lists `{module}` twice"
        ))
        .with_help("keep one of them"),
        GapKind::ComesLater => Diagnostic::error(format!(
            "in the path `{path}`, `{module}` comes before its prerequisite `{prerequisite}`"
        ))
        .with_label(format!("needs `{prerequisite}` first"))
        .with_help(format!("move `{prerequisite}` before `{module}` in `modules`")),
        GapKind::Missing => Diagnostic::error(format!(
            "in the path `{path}`, `{module}` needs `{prerequisite}`, which is not in the path"
        ))
        .with_label(format!("needs `{prerequisite}` first"))
        .with_help(format!(
            "add `{prerequisite}` to `modules` before `{module}`, or to `assumes` if learners of this path already know it"
        )),
    };
    problem.at(file.path, file.text, item.position)
}

fn unknown_module(
    item: &Located,
    role: &str,
    path: &str,
    modules: &ModuleIds,
    file: &ConfigFile,
) -> Diagnostic {
    let wanted = item.value.as_str();
    let problem = if let Some((_, draft)) = modules.drafts.iter().find(|(id, _)| id == wanted) {
        Diagnostic::error(format!(
            "the path `{path}` names `{wanted}` in `{role}`, a draft left out of this build"
        ))
        .with_note(format!("`{}` has `draft: true`", draft.display()))
        .with_help("publish the module, remove it from the path, or build with `--drafts`")
    } else {
        let help = match did_you_mean(wanted, modules.ids.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => "name modules by id: the path under `modules/` without `.md`, such as `basics/first-commit`".to_string(),
        };
        Diagnostic::error(format!(
            "the path `{path}` names `{wanted}` in `{role}`, which is not a module of this course"
        ))
        .with_label("no module has this id")
        .with_help(help)
    };
    problem.at(file.path, file.text, item.position)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 0 <- 1 <- 3, 0 <- 2 <- 3 (a diamond), 4 alone.
    fn diamond() -> Graph {
        Graph::new(5, [(1, 0), (2, 0), (3, 1), (3, 2)])
    }

    fn none_known() -> Vec<bool> {
        vec![false; 5]
    }

    #[test]
    fn an_explicit_path_in_prerequisite_order_is_accepted() {
        assert_eq!(
            check_explicit_order(&diamond(), &[0, 2, 1, 3], &none_known()),
            []
        );
        assert_eq!(check_explicit_order(&diamond(), &[4], &none_known()), []);
    }

    #[test]
    fn a_prerequisite_after_its_module_or_missing_is_found() {
        let gaps = check_explicit_order(&diamond(), &[0, 3, 1], &none_known());
        assert_eq!(
            gaps,
            [
                OrderGap {
                    at: 1,
                    prerequisite: 1,
                    kind: GapKind::ComesLater
                },
                OrderGap {
                    at: 1,
                    prerequisite: 2,
                    kind: GapKind::Missing
                },
            ]
        );
    }

    #[test]
    fn assumed_modules_fill_gaps_and_repeats_are_found() {
        let mut known = none_known();
        known[1] = true;
        known[2] = true;
        assert_eq!(check_explicit_order(&diamond(), &[3], &known), []);
        assert_eq!(
            check_explicit_order(&diamond(), &[0, 0], &none_known()),
            [OrderGap {
                at: 1,
                prerequisite: 0,
                kind: GapKind::Repeated
            }]
        );
    }

    fn located(value: &str, line: usize) -> Located {
        Located {
            value: value.to_string(),
            position: Position::new(line, 5, value.len()),
        }
    }

    fn spec(id: &str, selection: Selection, assumes: Vec<Located>) -> PathSpec {
        PathSpec {
            id: id.to_string(),
            title: id.to_uppercase(),
            description: String::new(),
            position: Position::start(),
            selection,
            assumes,
        }
    }

    fn resolve_in_diamond(specs: &[PathSpec]) -> (Vec<LearningPath>, Vec<Diagnostic>) {
        let ids = ["alpha", "beta", "gamma", "delta", "omega"];
        let drafts = [("old".to_string(), PathBuf::from("modules/old.md"))];
        let text = "paths:\n".repeat(20);
        let mut problems = Vec::new();
        let paths = resolve(
            specs,
            &ModuleIds {
                ids: &ids,
                drafts: &drafts,
                unreadable: &BTreeMap::new(),
            },
            &diamond(),
            &ConfigFile {
                path: Path::new("course.yaml"),
                text: &text,
            },
            &mut problems,
        );
        (paths, problems)
    }

    #[test]
    fn a_goal_path_holds_what_the_goal_needs_in_course_order() {
        let (paths, problems) = resolve_in_diamond(&[
            spec("to-d", Selection::Goals(vec![located("delta", 3)]), vec![]),
            spec(
                "to-d-knowing-b",
                Selection::Goals(vec![located("delta", 5)]),
                vec![located("beta", 6)],
            ),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(paths[0].modules, [0, 1, 2, 3]);
        assert_eq!(paths[0].goals, [3]);
        assert_eq!(paths[0].url, "paths/to-d/");
        // Knowing `b` means knowing `a` too.
        assert_eq!(paths[1].modules, [2, 3]);
    }

    #[test]
    fn path_problems_name_the_line_and_suggest() {
        let (paths, problems) = resolve_in_diamond(&[
            spec("typo", Selection::Goals(vec![located("detla", 3)]), vec![]),
            spec(
                "shuffled",
                Selection::Modules(vec![
                    located("alpha", 7),
                    located("delta", 8),
                    located("beta", 9),
                ]),
                vec![],
            ),
            spec(
                "draft",
                Selection::Modules(vec![located("old", 11)]),
                vec![],
            ),
        ]);
        assert!(paths.is_empty());
        let found: Vec<(usize, &str, Option<&str>)> = problems
            .iter()
            .map(|p| {
                (
                    p.position.map_or(0, |p| p.line),
                    p.message.as_str(),
                    p.help.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    3,
                    "the path `typo` names `detla` in `goals`, which is not a module of this course",
                    Some("did you mean `delta`?")
                ),
                (
                    8,
                    "in the path `shuffled`, `delta` comes before its prerequisite `beta`",
                    Some("move `beta` before `delta` in `modules`")
                ),
                (
                    8,
                    "in the path `shuffled`, `delta` needs `gamma`, which is not in the path",
                    Some(
                        "add `gamma` to `modules` before `delta`, or to `assumes` if learners of this path already know it"
                    )
                ),
                (
                    11,
                    "the path `draft` names `old` in `modules`, a draft left out of this build",
                    Some("publish the module, remove it from the path, or build with `--drafts`")
                ),
            ]
        );
    }

    #[test]
    fn a_course_without_paths_gets_one_through_everything() {
        let (paths, problems) = resolve_in_diamond(&[]);
        assert!(problems.is_empty());
        assert_eq!(paths.len(), 1);
        assert!(paths[0].implicit);
        assert_eq!(paths[0].modules, [0, 1, 2, 3, 4]);
    }

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
