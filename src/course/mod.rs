//! The validated course: its settings, units and modules, with ids and URLs decided.
//!
//! This stage turns the files read by [`crate::read::source`] into a [`Course`] and reports every
//! problem with the front matter (unknown difficulty, duplicate ids and URLs, missing
//! prerequisites). Markdown bodies are kept as text; they are rendered later.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Located, Position, did_you_mean};
use crate::read::config::{CourseConfig, parse_config};
use crate::read::glossary::GlossarySource;
use crate::read::source::{Asset, CourseFiles, MODULES_DIR, SourceFile};
use crate::read::yaml::{KnownKey, YamlSource};
use crate::util::graph::Graph;
use crate::util::slug::{composed, fold_name, path_slug};
use crate::util::timings::Timings;
use module::read_module;

mod module;
mod translations;

pub(crate) use translations::{Translation, Tree};

#[derive(Debug, Clone)]
pub(crate) struct Module {
    pub id: String,
    /// Site-relative URL without a leading slash, e.g. `basics/first-commit/`.
    pub url: String,
    /// The unit (folder under `modules/`) holding the module; `None` at the top level.
    pub unit: Option<String>,
    pub source: SourceFile,
    pub title: String,
    /// Where the title is written (or the front matter's start when it is missing).
    pub title_position: Position,
    pub description: String,
    /// Index into the course's `levels`.
    pub difficulty: usize,
    /// Minutes given by the author, if any (otherwise estimated when rendering).
    pub minutes: Option<u32>,
    pub minutes_position: Option<Position>,
    pub prerequisites: Vec<Located>,
    pub objectives: Vec<String>,
    pub keypoints: Vec<String>,
    /// The questions the module answers (the Carpentries' overview).
    pub questions: Vec<String>,
    /// Which of the lists above come from blocks of the body.
    pub taken: TakenLists,
    /// The `:::` fence lines of the body (see [`crate::read::divs::fences`]).
    pub fences: Vec<crate::read::divs::Fence>,
    pub tags: Vec<String>,
    pub weight: i64,
    pub draft: bool,
    /// Old site paths (normalised like `url`) that redirect here.
    pub aliases: Vec<Located>,
    /// Byte offset of the Markdown body in `source.text`.
    pub body_offset: usize,
    /// In a translated course, the language of a module shown untranslated (its original's).
    pub fallback_language: Option<String>,
    /// For a translation (`first-commit.fi.md`), its original's file, which links name.
    pub original_path: Option<PathBuf>,
}

impl Module {}

/// Which of a module's lists it took from `::: objectives`, `::: keypoints` and
/// `::: questions` blocks of its body (the Workbench's style): those blocks are shown where
/// the front matter's lists are, not in the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct TakenLists {
    pub objectives: bool,
    pub keypoints: bool,
    pub questions: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The folder path under `modules/`, e.g. `basics`, or `day1/morning` for a sub-unit.
    pub id: String,
    pub url: String,
    pub title: String,
    pub description: String,
    pub weight: i64,
    /// The unit whose folder holds this one's (units nest one level), by id.
    pub parent: Option<String>,
}

/// Units nest one level: `modules/day1/morning/` is a sub-unit of `modules/day1/`.
pub(crate) const UNIT_DEPTH: usize = 2;

#[derive(Debug, Clone)]
pub(crate) struct Course {
    pub config: CourseConfig,
    /// Units in display order.
    pub units: Vec<Unit>,
    /// Modules in course order: every module after its prerequisites, easier ones first
    /// wherever the prerequisites allow.
    pub modules: Vec<Module>,
    /// The prerequisites, by index into `modules`.
    pub graph: Graph,
    /// `course.yaml`, where problems with its settings and paths are shown.
    pub config_file: SourceFile,
    /// Drafts left out of this build, by id, so that links to them get a precise error.
    pub excluded_drafts: BTreeMap<String, PathBuf>,
    /// Modules whose front matter could not be read, by the id of their path.
    pub unreadable: BTreeMap<String, PathBuf>,
    pub module_assets: Vec<Asset>,
    pub static_files: Vec<Asset>,
    /// The course's stylesheets, after the theme's (`custom.css`, then `extra_css`).
    pub stylesheets: Vec<String>,
    /// The glossary's terms as written, when the course has one.
    pub glossary: Option<GlossarySource>,
    /// The languages of `translations:`, each with what its files translate.
    pub translations: Vec<Translation>,
    /// Which language's pages this course makes, and where the others are.
    pub tree: Tree,
}

impl Course {
    pub(crate) fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    /// The units directly in `parent` (the top-level units for `None`), in display order.
    pub(crate) fn units_in<'c>(
        &'c self,
        parent: Option<&'c str>,
    ) -> impl Iterator<Item = &'c Unit> {
        self.units
            .iter()
            .filter(move |u| u.parent.as_deref() == parent)
    }

    pub(crate) fn level_name(&self, difficulty: usize) -> &str {
        self.config
            .level_labels
            .get(difficulty)
            .map_or("", String::as_str)
    }
}

const UNIT_KEYS: &[KnownKey] = &[
    ("title", "the unit's title, as text"),
    ("description", "one or two sentences describing the unit"),
    (
        "weight",
        "a whole number; units with smaller weights come first",
    ),
];

#[derive(Debug, Default, Clone, Deserialize)]
pub(crate) struct RawUnit {
    pub title: Option<String>,
    pub description: Option<String>,
    pub weight: Option<i64>,
}

/// Builds the course from its files. Returns `None` when `course.yaml` is unusable.
pub(crate) fn assemble(
    files: CourseFiles,
    include_drafts: bool,
    diagnostics: &mut Diagnostics,
    timings: &mut Timings,
) -> Option<Course> {
    let config_file = files.config.as_ref()?;
    let started = Instant::now();
    let (config, problems) = parse_config(config_file);
    diagnostics.extend(problems);
    // An unreadable `course.yaml` leaves the levels unknown: difficulties are then not checked,
    // rather than reported against levels the author did not choose.
    let levels_known = config.is_some();
    let config = config.unwrap_or_else(|| CourseConfig::with_title(""));
    let (module_files, translated) =
        translations::split_modules(files.modules, &config, diagnostics);

    let parsed: Vec<(PathBuf, Option<Module>, Vec<Diagnostic>)> = module_files
        .into_par_iter()
        .map(|file| {
            let path = file.path.clone();
            let (module, problems) = read_module(file, &config, levels_known);
            (path, module, problems)
        })
        .collect();
    let mut modules = Vec::new();
    // Modules whose front matter could not be read, by the id their path gives: their errors
    // are the cause, and what refers to them is not reported again as a missing module.
    let mut unreadable = BTreeMap::new();
    for (path, module, problems) in parsed {
        diagnostics.extend(problems);
        match module {
            Some(module) => modules.push(module),
            None => {
                unreadable.insert(default_id(&path), path);
            }
        }
    }

    timings.add("front matter", started.elapsed());
    let started = Instant::now();
    let mut excluded_drafts = BTreeMap::new();
    if !include_drafts {
        modules.retain(|m: &Module| {
            if m.draft {
                excluded_drafts.insert(m.id.clone(), m.source.path.clone());
            }
            !m.draft
        });
    }

    let units = read_units(&files.units, &modules, diagnostics);
    check_duplicates(&modules, &units, diagnostics);
    check_prerequisites(&modules, &excluded_drafts, &unreadable, diagnostics);
    let (modules, graph) = order_modules(modules, &units, diagnostics);
    check_difficulty_of_prerequisites(&modules, &graph, &config.levels, diagnostics);
    check_micro_learning(&modules, &units, diagnostics);

    timings.add("graph", started.elapsed());
    let stylesheets = stylesheets(&config, config_file, &files.static_files, diagnostics);

    let mut course = Course {
        config,
        units,
        modules,
        graph,
        excluded_drafts,
        unreadable,
        module_assets: files.module_assets,
        static_files: files.static_files,
        stylesheets,
        config_file: config_file.clone(),
        glossary: files.glossary,
        translations: Vec::new(),
        tree: Tree::default(),
    };
    let translation_files = translations::TranslationFiles {
        modules: translated,
        units: &files.unit_translations,
        settings: &files.config_translations,
    };
    course.translations =
        translations::read_translations(&course, translation_files, levels_known, diagnostics);
    Some(course)
}

/// The course's own stylesheets, added after the theme's: `static/custom.css` when there is
/// one, then those of `extra_css`, each of which must be a `.css` file of `static/`.
fn stylesheets(
    config: &CourseConfig,
    config_file: &SourceFile,
    static_files: &[Asset],
    diagnostics: &mut Diagnostics,
) -> Vec<String> {
    let published: Vec<String> = static_files.iter().map(Asset::site_path).collect();
    let mut sheets = Vec::new();
    if published.iter().any(|path| path == CUSTOM_CSS) {
        sheets.push(CUSTOM_CSS.to_string());
    }
    for css in &config.extra_css {
        let at = |d: Diagnostic| d.at(&config_file.path, &config_file.text, css.position);
        if !css.value.ends_with(".css") {
            diagnostics.push(at(Diagnostic::error(format!(
                "`{}` in `extra_css` is not a stylesheet (a `.css` file)",
                css.value
            ))
            .with_help("list stylesheets of `static/`, such as `css/course.css`")));
        } else if !published.contains(&css.value) {
            let mut problem = Diagnostic::error(format!(
                "the stylesheet `{}` of `extra_css` is not in `static/`",
                css.value
            ));
            problem = match did_you_mean(&css.value, published.iter().map(String::as_str)) {
                Some(meant) => problem.with_help(format!("did you mean `{meant}`?")),
                None => problem.with_help(format!(
                    "put the file at `static/{}`; paths in `extra_css` are relative to `static/`",
                    css.value
                )),
            };
            diagnostics.push(at(problem));
        } else if !sheets.contains(&css.value) {
            sheets.push(css.value.clone());
        }
    }
    if published.iter().any(|path| path == "style.css") {
        diagnostics.push(
            Diagnostic::warning(
                "`static/style.css` replaces the theme's whole stylesheet, so pages lose the theme's layout",
            )
            .in_file(Path::new("static/style.css"))
            .with_help(format!(
                "to add styles to the theme's, rename it `static/{CUSTOM_CSS}`; to replace the theme, make your own under `themes/`"
            )),
        );
    }
    sheets
}

/// A stylesheet of the course that is added after the theme's without being listed.
pub(crate) const CUSTOM_CSS: &str = "custom.css";

/// `modules/basics/first-commit.md` has the id `basics/first-commit`.
pub(crate) fn default_id(path: &Path) -> String {
    let inner = path
        .strip_prefix(MODULES_DIR)
        .unwrap_or(path)
        .with_extension("");
    let id = inner
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    composed(&id)
}

fn humanize(folder: &str) -> String {
    let name = folder
        .rsplit('/')
        .next()
        .unwrap_or(folder)
        .replace(['-', '_'], " ");
    let mut chars = name.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A `_unit.yaml` (or a translation of one) as written; its problems are reported.
fn parse_unit(file: &SourceFile, diagnostics: &mut Diagnostics) -> RawUnit {
    let source = YamlSource {
        file: &file.path,
        file_text: &file.text,
        yaml: &file.text,
        line_offset: 0,
    };
    let (raw, problems) = source.parse::<RawUnit>(UNIT_KEYS);
    diagnostics.extend(problems);
    raw.unwrap_or_default()
}

fn read_units(
    unit_files: &[SourceFile],
    modules: &[Module],
    diagnostics: &mut Diagnostics,
) -> Vec<Unit> {
    let mut described: HashMap<String, RawUnit> = HashMap::new();
    for file in unit_files {
        let raw = parse_unit(file, diagnostics);
        let Some(folder) = unit_of_file(&file.path) else {
            diagnostics.push(
                Diagnostic::warning(
                    "`_unit.yaml` directly in `modules/` describes no unit and is ignored",
                )
                .in_file(&file.path)
                .with_help(
                    "put `_unit.yaml` inside a unit's folder, such as `modules/basics/_unit.yaml`",
                ),
            );
            continue;
        };
        described.insert(folder, raw);
    }
    let folders: Vec<&str> = modules.iter().filter_map(|m| m.unit.as_deref()).collect();
    check_unit_depth(
        folders
            .iter()
            .copied()
            .chain(described.keys().map(String::as_str)),
        diagnostics,
    );
    // A unit holds modules, or sub-units that do.
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    for folder in folders {
        ids.extend(folder.rsplit_once('/').map(|(parent, _)| parent));
        ids.insert(folder);
    }
    let mut units: Vec<Unit> = ids
        .into_iter()
        .map(|id| {
            let raw = described.remove(id).unwrap_or_default();
            Unit {
                id: id.to_string(),
                url: id.split('/').map(path_slug).collect::<Vec<_>>().join("/") + "/",
                title: raw
                    .title
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .unwrap_or_else(|| humanize(id)),
                description: raw.description.unwrap_or_default().trim().to_string(),
                weight: raw.weight.unwrap_or(0),
                parent: id.rsplit_once('/').map(|(parent, _)| parent.to_string()),
            }
        })
        .collect();
    units.sort_by(|a, b| (a.weight, &a.title, &a.id).cmp(&(b.weight, &b.title, &b.id)));
    in_display_order(units)
}

/// The unit whose folder holds the file at `path` (`basics` for
/// `modules/basics/_unit.yaml`); `None` directly in `modules/`.
fn unit_of_file(path: &Path) -> Option<String> {
    let folder = default_id(path.parent().unwrap_or(Path::new("")).join("_").as_path());
    Some(folder.strip_suffix("/_")?.to_string()).filter(|f| !f.is_empty())
}

/// Each top-level unit followed by its sub-units, both in the order of `sorted`.
fn in_display_order(sorted: Vec<Unit>) -> Vec<Unit> {
    let (top, mut inner): (Vec<Unit>, Vec<Unit>) =
        sorted.into_iter().partition(|u| u.parent.is_none());
    let mut units = Vec::with_capacity(top.len() + inner.len());
    for unit in top {
        let id = unit.id.clone();
        units.push(unit);
        let (children, rest) = inner
            .into_iter()
            .partition(|u| u.parent.as_deref() == Some(id.as_str()));
        inner = rest;
        units.extend::<Vec<Unit>>(children);
    }
    // Sub-units of too deep a folder (already an error) keep a place at the end.
    units.extend(inner);
    units
}

/// Reports each folder of `modules/` that would make a third level of units, once.
fn check_unit_depth<'f>(folders: impl Iterator<Item = &'f str>, diagnostics: &mut Diagnostics) {
    let too_deep: BTreeSet<String> = folders
        .filter(|folder| folder.split('/').count() > UNIT_DEPTH)
        .map(|folder| {
            folder
                .split('/')
                .take(UNIT_DEPTH + 1)
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    for folder in too_deep {
        let (parent, _) = folder.rsplit_once('/').unwrap_or(("", &folder));
        diagnostics.push(
            Diagnostic::error(format!(
                "`{MODULES_DIR}/{folder}/` is a unit inside a sub-unit: units nest one level only"
            ))
            .in_file(&Path::new(MODULES_DIR).join(&folder))
            .with_help(format!(
                "move its files into `{MODULES_DIR}/{parent}/`, or make it a unit of its own beside the others (a folder directly in `{MODULES_DIR}/`)"
            )),
        );
    }
}

fn check_duplicates(modules: &[Module], units: &[Unit], diagnostics: &mut Diagnostics) {
    let mut by_id: HashMap<&str, &Module> = HashMap::new();
    let mut by_url: HashMap<String, &Module> = HashMap::new();
    for module in modules {
        if let Some(first) = by_id.insert(&module.id, module) {
            diagnostics.push(
                Diagnostic::error(format!("two modules have the id `{}`", module.id))
                    .in_file(&module.source.path)
                    .with_note(format!(
                        "the other one is `{}`",
                        first.source.path.display()
                    ))
                    .with_help(
                        "give one of them another `id` in its front matter, or rename its file",
                    ),
            );
        } else if let Some(first) = by_url.insert(fold_name(&module.url), module) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "`{}` and `{}` would both be published at `/{}`",
                    first.source.path.display(),
                    module.source.path.display(),
                    module.url
                ))
                .in_file(&module.source.path)
                .with_note("web addresses ignore case and punctuation differences on many hosts")
                .with_help("rename one of the files, or give one of them another `id`"),
            );
        }
    }
    for unit in units {
        if let Some(module) = by_url.get(&fold_name(&unit.url)) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "the module `{}` and the unit folder `{}/{}` would both be published at `/{}`",
                    module.source.path.display(),
                    MODULES_DIR,
                    unit.id,
                    unit.url
                ))
                .in_file(&module.source.path)
                .with_help("rename the module file or the folder"),
            );
        }
    }
}

fn check_prerequisites(
    modules: &[Module],
    drafts: &BTreeMap<String, PathBuf>,
    unreadable: &BTreeMap<String, PathBuf>,
    diagnostics: &mut Diagnostics,
) {
    let ids: HashSet<&str> = modules.iter().map(|m| m.id.as_str()).collect();
    for module in modules {
        for prerequisite in &module.prerequisites {
            let wanted = prerequisite.value.as_str();
            let problem = if wanted == module.id {
                Some(
                    Diagnostic::error(format!(
                        "the module `{wanted}` lists itself as a prerequisite"
                    ))
                    .with_help("remove it from `prerequisites`"),
                )
            } else if ids.contains(&wanted) || unreadable.contains_key(wanted) {
                None
            } else if let Some(path) = drafts.get(wanted) {
                Some(
                    Diagnostic::error(format!("the prerequisite `{wanted}` is a draft, left out of this build"))
                        .with_note(format!("`{}` has `draft: true`", path.display()))
                        .with_help("publish the prerequisite, remove it from `prerequisites`, or build with `--drafts`"),
                )
            } else {
                let help = match did_you_mean(wanted, ids.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "a prerequisite is a module id: the path under `modules/` without `.md`, such as `basics/first-commit`".to_string(),
                };
                Some(
                    Diagnostic::error(format!(
                        "the prerequisite `{wanted}` is not a module of this course"
                    ))
                    .with_label("no module has this id")
                    .with_help(help),
                )
            };
            if let Some(problem) = problem {
                diagnostics.push(problem_at(problem, module, prerequisite.position));
            }
        }
    }
}

fn problem_at(problem: Diagnostic, module: &Module, position: Position) -> Diagnostic {
    problem.at(&module.source.path, &module.source.text, position)
}

/// Puts the modules in course order and returns the prerequisite graph in that order. Cycles
/// are reported here, whole; the modules caught in one are placed last so that everything else
/// can still be checked.
fn order_modules(
    modules: Vec<Module>,
    units: &[Unit],
    diagnostics: &mut Diagnostics,
) -> (Vec<Module>, Graph) {
    let unit_rank = |unit: &Option<String>| -> usize {
        unit.as_deref()
            .and_then(|id| units.iter().position(|u| u.id == id))
            .map_or(0, |i| i + 1)
    };
    // The author's preference where prerequisites leave a choice: easier first, then units in
    // their order, then weight and title.
    let mut preferred: Vec<usize> = (0..modules.len()).collect();
    preferred.sort_by(|&a, &b| {
        let (a, b) = (&modules[a], &modules[b]);
        (a.difficulty, unit_rank(&a.unit), a.weight, &a.title, &a.id).cmp(&(
            b.difficulty,
            unit_rank(&b.unit),
            b.weight,
            &b.title,
            &b.id,
        ))
    });
    let mut rank = vec![0; modules.len()];
    for (position, &module) in preferred.iter().enumerate() {
        rank[module] = position;
    }
    let graph = graph_of(&modules);
    for cycle in graph.cycles(&rank) {
        diagnostics.push(cycle_problem(&modules, &cycle));
    }
    let order = graph.order(&rank);
    let mut slots: Vec<Option<Module>> = modules.into_iter().map(Some).collect();
    let modules: Vec<Module> = order
        .into_iter()
        .filter_map(|index| slots.get_mut(index).and_then(Option::take))
        .collect();
    let graph = graph_of(&modules);
    (modules, graph)
}

/// The prerequisite graph of `modules`, by index. For duplicate ids (an error reported
/// elsewhere) the first module counts.
fn graph_of(modules: &[Module]) -> Graph {
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(modules.len());
    for (i, module) in modules.iter().enumerate() {
        index.entry(module.id.as_str()).or_insert(i);
    }
    let edges = modules.iter().enumerate().flat_map(|(i, module)| {
        module
            .prerequisites
            .iter()
            .filter_map(|p| index.get(p.value.as_str()))
            .map(move |&p| (i, p))
    });
    Graph::new(modules.len(), edges.collect::<Vec<_>>())
}

fn cycle_problem(modules: &[Module], cycle: &[usize]) -> Diagnostic {
    let id = |i: usize| modules[i].id.as_str();
    let mut chain: Vec<&str> = cycle.iter().map(|&i| id(i)).collect();
    chain.extend(cycle.first().map(|&i| id(i)));
    let mut steps = cycle.iter().zip(cycle.iter().cycle().skip(1));
    let written_at = |from: usize, to: usize| {
        modules[from]
            .prerequisites
            .iter()
            .find(|p| p.value == id(to))
            .map_or(modules[from].title_position, |p| p.position)
    };
    let Some((&first, &second)) = steps.next() else {
        return Diagnostic::error("the prerequisites form a cycle");
    };
    let mut problem = Diagnostic::error(format!(
        "these modules require each other in a circle: {}",
        chain.join(" -> ")
    ))
    .at(
        &modules[first].source.path,
        &modules[first].source.text,
        written_at(first, second),
    )
    .with_label(format!("`{}` requires `{}`", id(first), id(second)));
    for (&from, &to) in steps {
        let module = &modules[from];
        problem = problem.with_note(format!(
            "`{}` requires `{}` in {}:{}",
            module.id,
            id(to),
            module.source.path.display(),
            written_at(from, to).line
        ));
    }
    problem.with_help(
        "no module can be learned first: remove the prerequisite that is not really needed",
    )
}

fn check_difficulty_of_prerequisites(
    modules: &[Module],
    graph: &Graph,
    levels: &[String],
    diagnostics: &mut Diagnostics,
) {
    let level = |d: usize| levels.get(d).map_or("", String::as_str);
    for (index, module) in modules.iter().enumerate() {
        for &required in graph.requires(index) {
            let prerequisite = &modules[required];
            if prerequisite.difficulty <= module.difficulty {
                continue;
            }
            let Some(written) = module
                .prerequisites
                .iter()
                .find(|p| p.value == prerequisite.id)
            else {
                continue;
            };
            diagnostics.push(
                Diagnostic::warning(format!(
                    "the prerequisite `{}` is {}, harder than this {} module",
                    prerequisite.id,
                    level(prerequisite.difficulty),
                    level(module.difficulty)
                ))
                .at(&module.source.path, &module.source.text, written.position)
                .with_label("harder than the module that needs it")
                .with_help(format!(
                    "raise this module's `difficulty` to `{}`, or check whether it really needs `{}`",
                    level(prerequisite.difficulty),
                    prerequisite.id
                )),
            );
        }
    }
}

/// Most units hold a handful of modules; past this, a unit no longer reads as one topic.
pub(crate) const UNIT_MODULE_LIMIT: usize = 12;

fn check_micro_learning(modules: &[Module], units: &[Unit], diagnostics: &mut Diagnostics) {
    for module in modules {
        if module.objectives.is_empty() {
            diagnostics.push(
                Diagnostic::warning("this module has no objectives")
                    .at(&module.source.path, &module.source.text, module.title_position)
                    .with_help("add `objectives:` with one to three things a learner can do after this module, such as `- Record a snapshot with git commit`"),
            );
        }
    }
    for unit in units {
        let count = modules
            .iter()
            .filter(|m| m.unit.as_deref() == Some(unit.id.as_str()))
            .count();
        if count > UNIT_MODULE_LIMIT {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "the unit `{}` has {count} modules, more than {UNIT_MODULE_LIMIT}",
                    unit.id
                ))
                .in_file(&Path::new(MODULES_DIR).join(&unit.id))
                .with_help("split it into two units (sub-folders of `modules/`), so that each stays one topic a learner can finish in a sitting"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_paths() {
        assert_eq!(
            default_id(Path::new("modules/basics/first-commit.md")),
            "basics/first-commit"
        );
        assert_eq!(default_id(Path::new("modules/intro.md")), "intro");
    }

    #[test]
    fn unit_titles_default_to_folder_names() {
        assert_eq!(humanize("git-internals"), "Git internals");
        assert_eq!(humanize("part/one_two"), "One two");
    }
}
