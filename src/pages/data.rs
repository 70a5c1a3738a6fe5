//! `course.json`: the course's structure for the learner-side scripts.

use serde::Serialize;

use super::context::Titles;
use crate::course::Course;
use crate::learning::paths::LearningPath;
use crate::render::RenderedModule;

#[derive(Serialize)]
struct Data<'a> {
    title: &'a str,
    base_url: &'a str,
    levels: &'a [String],
    units: Vec<UnitData<'a>>,
    modules: Vec<ModuleData<'a>>,
    paths: Vec<PathData<'a>>,
}

#[derive(Serialize)]
struct UnitData<'a> {
    id: &'a str,
    title: &'a str,
    url: &'a str,
    /// The unit holding this one, for a sub-unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<&'a str>,
}

#[derive(Serialize)]
struct ModuleData<'a> {
    id: &'a str,
    title: &'a str,
    url: &'a str,
    unit: Option<&'a str>,
    difficulty: &'a str,
    minutes: u32,
    prerequisites: Vec<&'a str>,
    /// Old addresses (site paths) of the module, so that progress recorded under an
    /// earlier id can follow a moved module.
    aliases: Vec<&'a str>,
    /// Changes whenever the module's file changes, so that a learner who finished an
    /// earlier version can be told.
    hash: String,
}

#[derive(Serialize)]
struct PathData<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    url: &'a str,
    modules: Vec<&'a str>,
    goals: Vec<&'a str>,
    implicit: bool,
}

/// `course.json`: the course's structure for the learner-side scripts, in course order.
pub(super) fn course_data(
    course: &Course,
    paths: &[LearningPath],
    modules: &[RenderedModule],
    titles: &Titles,
) -> String {
    let id = |i: usize| modules.get(i).map_or("", |m| m.module.id.as_str());
    let data = Data {
        title: &course.config.title,
        base_url: &course.config.base_url,
        levels: &course.config.level_labels,
        units: course
            .units
            .iter()
            .map(|unit| UnitData {
                id: &unit.id,
                title: &titles.unit(&unit.id).text,
                url: &unit.url,
                parent: unit.parent.as_deref(),
            })
            .collect(),
        modules: modules
            .iter()
            .enumerate()
            .map(|(i, rendered)| module_data(course, i, rendered, &id))
            .collect(),
        paths: paths
            .iter()
            .map(|path| path_data(path, titles, &id))
            .collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    let mut json = serde_json::to_string(&data).unwrap_or_default();
    json.push('\n');
    json
}

/// The record of module `i` (in course order); `id` names a module by its index.
fn module_data<'a>(
    course: &'a Course,
    i: usize,
    rendered: &'a RenderedModule<'a>,
    id: &impl Fn(usize) -> &'a str,
) -> ModuleData<'a> {
    let module = rendered.module;
    ModuleData {
        id: &module.id,
        title: &rendered.title.text,
        url: &module.url,
        unit: module.unit.as_deref(),
        difficulty: course.level_name(module.difficulty),
        minutes: rendered.minutes,
        prerequisites: course.graph.requires(i).iter().map(|&p| id(p)).collect(),
        aliases: module.aliases.iter().map(|a| a.value.as_str()).collect(),
        hash: format!(
            "{:016x}",
            xxhash_rust::xxh3::xxh3_64(module.source.text.as_bytes())
        ),
    }
}

/// The record of a learning path; `id` names a module by its index.
fn path_data<'a>(
    path: &'a LearningPath,
    titles: &'a Titles,
    id: &impl Fn(usize) -> &'a str,
) -> PathData<'a> {
    PathData {
        id: &path.id,
        title: &titles.path(&path.id).text,
        description: &path.description,
        url: &path.url,
        modules: path.modules.iter().map(|&i| id(i)).collect(),
        goals: path.goals.iter().map(|&i| id(i)).collect(),
        implicit: path.implicit,
    }
}
