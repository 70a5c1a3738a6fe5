//! Where each chapter of `SUMMARY.md` goes in the course. mdBook nests chapters at any depth
//! and ignores folders; Syllabus's units are folders, one level of sub-units deep. So:
//! a numbered chapter with sub-chapters is a unit (its own page is the unit's description and
//! first module); one of those sub-chapters that has sub-chapters of its own is a sub-unit, and
//! deeper chapters join it in order. Childless chapters under a part title make the part's
//! unit; prefix chapters stay at the top, suffix chapters make an appendix.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::summary::{Chapter, Summary};
use crate::util::slug::path_slug;

/// A module to make, from a chapter (or from a draft entry, which has no file).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct PlannedModule {
    pub chapter: Option<PathBuf>,
    pub name: String,
    /// The module's file in the course: `modules/unit/name.md`.
    pub file: String,
    pub weight: usize,
    /// Its line in SUMMARY.md.
    pub line: usize,
    /// The unit whose own page this chapter is.
    pub section_of: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct PlannedUnit {
    /// Under `modules/`: `format`, or `format/theme` for a sub-unit.
    pub folder: String,
    pub title: String,
    pub weight: usize,
}

#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub modules: Vec<PlannedModule>,
    pub units: Vec<PlannedUnit>,
    /// Ids of modules and units taken so far: one namespace, since both are addresses.
    taken: BTreeSet<String>,
}

/// The title of the unit that holds the suffix chapters.
const APPENDIX: &str = "Appendix";

pub(crate) fn plan(summary: &Summary) -> Plan {
    let mut plan = Plan::default();
    for chapter in &summary.prefix {
        plan.module(chapter, "", None);
    }
    for part in &summary.parts {
        let mut part_unit: Option<String> = None;
        for chapter in &part.chapters {
            if has_written_children(chapter) {
                plan.unit_of(chapter, "");
                continue;
            }
            match &part.title {
                Some(title) => {
                    let folder = match &part_unit {
                        Some(folder) => folder.clone(),
                        None => plan.unit(&path_slug(title), title),
                    };
                    plan.module(chapter, &folder, None);
                    part_unit = Some(folder);
                }
                None => plan.module(chapter, "", None),
            }
        }
    }
    if !summary.suffix.is_empty() {
        let folder = plan.unit("appendix", APPENDIX);
        for chapter in &summary.suffix {
            plan.module(chapter, &folder, None);
        }
    }
    plan
}

impl Plan {
    /// A chapter with sub-chapters, as a unit inside `parent` (or at the top).
    fn unit_of(&mut self, chapter: &Chapter, parent: &str) {
        let folder = self.unit(&join(parent, &folder_name(chapter)), &chapter.name);
        if chapter.path.is_some() {
            self.module(chapter, &folder, Some(folder.clone()));
        }
        for child in &chapter.children {
            if parent.is_empty() && has_written_children(child) {
                self.unit_of(child, &folder);
            } else {
                self.flattened(child, &folder);
            }
        }
    }

    /// A chapter and everything under it, in order, as modules of `folder`.
    fn flattened(&mut self, chapter: &Chapter, folder: &str) {
        self.module(chapter, folder, None);
        for child in &chapter.children {
            self.flattened(child, folder);
        }
    }

    fn unit(&mut self, wanted: &str, title: &str) -> String {
        let folder = self.claim(wanted, "unit");
        self.units.push(PlannedUnit {
            folder: folder.clone(),
            title: title.to_string(),
            weight: self.units.len(),
        });
        folder
    }

    fn module(&mut self, chapter: &Chapter, folder: &str, section_of: Option<String>) {
        let stem = match (&section_of, &chapter.path) {
            (Some(_), _) => "overview".to_string(),
            (None, Some(path)) if !is_index(path) => path_slug(&stem(path)),
            _ => path_slug(&chapter.name),
        };
        let id = self.claim(&join(folder, &stem), "module");
        self.modules.push(PlannedModule {
            chapter: chapter.path.clone(),
            name: chapter.name.clone(),
            file: format!("modules/{id}.md"),
            weight: self.modules.len(),
            line: chapter.line,
            section_of,
        });
    }

    /// `wanted`, or `wanted-2`, `wanted-3`... when taken.
    fn claim(&mut self, wanted: &str, fallback: &str) -> String {
        let wanted = match wanted.rsplit_once('/') {
            Some((parent, "")) => join(parent, fallback),
            _ if wanted.is_empty() => fallback.to_string(),
            _ => wanted.to_string(),
        };
        let mut candidate = wanted.clone();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{wanted}-{n}");
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// Whether a chapter has sub-chapters with files: draft entries alone make no unit.
fn has_written_children(chapter: &Chapter) -> bool {
    chapter
        .children
        .iter()
        .any(|child| child.path.is_some() || has_written_children(child))
}

/// A unit's folder from its chapter: `cli/README.md` → `cli`, `format.md` → `format`.
fn folder_name(chapter: &Chapter) -> String {
    let name = match &chapter.path {
        Some(path) if is_index(path) => path
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        Some(path) => stem(path),
        None => String::new(),
    };
    let slug = path_slug(&name);
    if slug.is_empty() {
        path_slug(&chapter.name)
    } else {
        slug
    }
}

fn is_index(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.eq_ignore_ascii_case("README.md") || n.eq_ignore_ascii_case("index.md"))
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn join(folder: &str, name: &str) -> String {
    match folder {
        "" => name.to_string(),
        _ => format!("{folder}/{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::summary::parse;
    use super::*;

    #[test]
    fn the_guide_layout_becomes_units_and_sub_units() {
        let (summary, _) = parse(
            "# Summary\n\n[Introduction](README.md)\n\n# User guide\n\n- [Installation](guide/installation.md)\n- [Reading](guide/reading.md)\n\n# Reference guide\n\n- [Command-line tool](cli/README.md)\n    - [init](cli/init.md)\n- [Format](format/README.md)\n    - [SUMMARY.md](format/summary.md)\n        - [Draft chapter]()\n    - [Theme](format/theme/README.md)\n        - [index.hbs](format/theme/index-hbs.md)\n            - [Deep](format/theme/deep.md)\n- [Continuous integration](continuous-integration.md)\n\n---\n\n[Contributors](misc/contributors.md)\n",
        );
        let plan = plan(&summary);
        let files: Vec<&str> = plan.modules.iter().map(|m| m.file.as_str()).collect();
        assert_eq!(
            files,
            [
                "modules/introduction.md",
                "modules/user-guide/installation.md",
                "modules/user-guide/reading.md",
                "modules/cli/overview.md",
                "modules/cli/init.md",
                "modules/format/overview.md",
                "modules/format/summary.md",
                "modules/format/draft-chapter.md",
                "modules/format/theme/overview.md",
                "modules/format/theme/index-hbs.md",
                "modules/format/theme/deep.md",
                "modules/reference-guide/continuous-integration.md",
                "modules/appendix/contributors.md",
            ]
        );
        let units: Vec<(&str, &str)> = plan
            .units
            .iter()
            .map(|u| (u.folder.as_str(), u.title.as_str()))
            .collect();
        assert_eq!(
            units,
            [
                ("user-guide", "User guide"),
                ("cli", "Command-line tool"),
                ("format", "Format"),
                ("format/theme", "Theme"),
                ("reference-guide", "Reference guide"),
                ("appendix", "Appendix"),
            ]
        );
        assert_eq!(plan.modules[3].section_of.as_deref(), Some("cli"));
        assert_eq!(plan.modules[7].chapter, None);
    }

    #[test]
    fn a_page_beside_its_folder_and_a_unit_named_like_a_module_do_not_collide() {
        let (summary, _) = parse(
            "[Format](format.md)\n\n- [Format](format.md)\n  - [A](format/a.md)\n- [B](b.md)\n  - [C](format/c.md)\n- [b](x/b.md)\n",
        );
        let plan = plan(&summary);
        let files: Vec<&str> = plan.modules.iter().map(|m| m.file.as_str()).collect();
        assert_eq!(
            files,
            [
                "modules/format.md",
                "modules/format-2/overview.md",
                "modules/format-2/a.md",
                "modules/b/overview.md",
                "modules/b/c.md",
                "modules/b-2.md",
            ]
        );
    }
}
