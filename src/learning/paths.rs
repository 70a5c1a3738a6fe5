//! Named learning paths: the `paths:` of `course.yaml` (read by `read::path_specs`) resolved
//! against the course into ordered module lists.
//!
//! A path either names its `goals` (the path is everything they need, in course order) or lists
//! its `modules` explicitly (checked: each module's prerequisites must come earlier or be
//! `assumes`d). A course without paths gets one implicit path through every module.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::course::Course;
use crate::diagnostics::{Diagnostic, Diagnostics, Located, did_you_mean};
use crate::read::path_specs::{PathSpec, Selection};
use crate::util::graph::Graph;

/// The id of the path a course gets when it declares none.
pub(crate) const IMPLICIT_PATH_ID: &str = "all";

/// A path resolved against the course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LearningPath {
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

/// The learning paths of `course`, in the order of `course.yaml` (at least one: a course that
/// declares none gets one through every module). A path with problems is left out, and its
/// problems are reported.
/// The title and description of the implicit path, in the course's language.
pub(crate) struct WholeCourse {
    pub title: String,
    pub description: String,
}

pub(crate) fn for_course(
    course: &Course,
    whole_course: WholeCourse,
    diagnostics: &mut Diagnostics,
) -> Vec<LearningPath> {
    let ids: Vec<&str> = course.modules.iter().map(|m| m.id.as_str()).collect();
    let drafts: Vec<(String, PathBuf)> = course
        .excluded_drafts
        .iter()
        .map(|(id, path)| (id.clone(), path.clone()))
        .collect();
    let mut problems = Vec::new();
    let paths = resolve(
        &course.config.paths,
        &ModuleIds {
            ids: &ids,
            drafts: &drafts,
            unreadable: &course.unreadable,
        },
        &course.graph,
        &ConfigFile {
            path: &course.config_file.path,
            text: &course.config_file.text,
        },
        whole_course,
        &mut problems,
    );
    diagnostics.extend(problems);
    paths
}

/// Where path problems are reported: `course.yaml` and its text.
pub(crate) struct ConfigFile<'a> {
    pub path: &'a Path,
    pub text: &'a str,
}

/// What the paths may refer to: module ids by index, and the drafts left out of this build.
pub(crate) struct ModuleIds<'a> {
    pub ids: &'a [&'a str],
    pub drafts: &'a [(String, PathBuf)],
    /// Modules whose front matter could not be read (already reported), by id.
    pub unreadable: &'a BTreeMap<String, PathBuf>,
}

/// Resolves every path against the course. Modules are given in course order, `graph` uses
/// the same indices. Problems are pushed to `problems`; a path with problems is left out.
pub(crate) fn resolve(
    specs: &[PathSpec],
    modules: &ModuleIds,
    graph: &Graph,
    file: &ConfigFile,
    whole_course: WholeCourse,
    problems: &mut Vec<Diagnostic>,
) -> Vec<LearningPath> {
    if specs.is_empty() {
        return vec![LearningPath {
            id: IMPLICIT_PATH_ID.to_string(),
            title: whole_course.title,
            description: whole_course.description,
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
    use crate::diagnostics::Position;

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
            WholeCourse {
                title: "Everything".into(),
                description: "All of it.".into(),
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
}
