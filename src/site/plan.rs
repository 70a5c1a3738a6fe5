//! The output plan: every address of the site and who wants it. Two things wanting one
//! address is an error naming both, as are names no file system can hold and names that
//! differ only in case, so that `check` fails exactly where `build` would.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::course::Course;
use crate::diagnostics::Diagnostic;
use crate::output::{Content, SiteFiles};
use crate::pages::registry::{Entry, Made, PageKind};
use crate::pages::theme::{StaticSource, Theme};
use crate::read::source::Asset;
use crate::search::wanted_asset;
use crate::util::slug::fold_name;

/// The language menu's stylesheet, a theme file that only translated courses need.
const LANGUAGES_STYLESHEET: &str = "languages.css";
/// The theme files of an offline-ready site only: the service worker's page side (registration
/// and the update prompt; "Save for offline") and the icons of an installed course.
const OFFLINE_FILES: [&str; 6] = [
    "offline.js",
    "offline-save.js",
    "offline.css",
    "icon-192.png",
    "icon-512.png",
    "apple-touch-icon.png",
];

/// Every output file that is not a rendered page, and who asked for each path.
#[derive(Default)]
pub(crate) struct Plan {
    pub files: SiteFiles,
    /// Site path → a description of what made it, for collision messages.
    pub owners: BTreeMap<String, String>,
    /// Module pages, for anchor checks: site path of the page → module index.
    pub module_pages: HashMap<String, usize>,
    /// Lower-case site path → the site path claimed, to find paths that differ only in case.
    folded: HashMap<String, String>,
    pub problems: Vec<Diagnostic>,
}

impl Plan {
    /// Claims `path` for `owner`; a second claim is an error naming both.
    pub(crate) fn claim(&mut self, path: String, owner: String, file: Option<&Path>) {
        let folded = fold_name(&path);
        let problem = if let Some(why) = unwritable(&path) {
            Diagnostic::error(format!("{owner} cannot be published as `/{path}`: {why}"))
                .with_help("shorten the name")
        } else if let Some(first) = self.owners.get(&path) {
            Diagnostic::error(format!(
                "{owner} and {first} would both be published as `/{path}`"
            ))
            .with_help("rename one of them so that each has its own address")
        } else if let Some(other) = self.folded.get(&folded) {
            // Windows and macOS ignore case in file names: there, one file would overwrite
            // the other.
            let first = self
                .owners
                .get(other)
                .map_or("another file", String::as_str);
            Diagnostic::error(format!(
                "{owner} would be published as `/{path}` and {first} as `/{other}`: the two differ only in case or in how accents are encoded, and Windows and macOS would see one file"
            ))
            .with_help("rename one of them so that the names differ in more than case")
        } else {
            self.folded.insert(folded, path.clone());
            self.owners.insert(path, owner);
            return;
        };
        self.problems.push(match file {
            Some(file) => problem.in_file(file),
            None => problem,
        });
    }

    /// Claims the address of a course file and copies it there.
    fn copy(&mut self, asset: &Asset) {
        let path = asset.site_path();
        let file = &asset.file.relative;
        self.claim(
            path.clone(),
            format!("the file `{}`", file.display()),
            Some(file),
        );
        self.files
            .insert(path, Content::Copy(asset.file.real.clone()));
    }

    /// The files to copy, and the problems with addresses.
    pub(crate) fn into_parts(self) -> (SiteFiles, Vec<Diagnostic>) {
        (self.files, self.problems)
    }

    pub(crate) fn contains(&self, path: &str) -> bool {
        self.owners.contains_key(path)
    }

    /// Who already has `path`, or a folder it needs as a file (`style.css` for
    /// `style.css/index.html`).
    fn taken_by(&self, path: &str) -> Option<String> {
        if let Some(owner) = self.owners.get(path) {
            return Some(owner.clone());
        }
        folders_of(path).find_map(|folder| {
            self.owners
                .get(folder)
                .map(|owner| format!("{owner}, a file where this alias needs a folder"))
        })
    }

    /// A path that needs a folder where another path is a file cannot be written: one of the
    /// two would fail with the system's "Is a directory" or "Not a directory".
    fn check_folders(&mut self) {
        let mut problems = Vec::new();
        for (path, owner) in &self.owners {
            if let Some((folder, file_owner)) = folders_of(path)
                .find_map(|folder| self.owners.get(folder).map(|other| (folder, other)))
            {
                problems.push(
                    Diagnostic::error(format!(
                        "{owner} needs the folder `/{folder}/`, but {file_owner} is the file `/{folder}`"
                    ))
                    .with_help("rename one of them so that the file and the folder have different names"),
                );
            }
        }
        self.problems.extend(problems);
    }
}

/// The folders on the way to a site path: `a`, `a/b` for `a/b/index.html`.
fn folders_of(path: &str) -> impl Iterator<Item = &str> {
    path.match_indices('/').map(|(end, _)| &path[..end])
}

/// The longest name of a file or folder that file systems allow (ext4, APFS, NTFS).
pub(crate) const MAX_NAME_BYTES: usize = 255;

/// Why `path` cannot be a file's address, if it cannot.
fn unwritable(path: &str) -> Option<String> {
    if let Some(long) = path.split('/').find(|part| part.len() > MAX_NAME_BYTES) {
        let start: String = long.chars().take(40).collect();
        return Some(format!(
            "a part of it (`{start}…`) is {} bytes long, and file systems allow at most {MAX_NAME_BYTES}",
            long.len()
        ));
    }
    None
}

/// Claims every address of the site: the generated files of the registry, the course's files,
/// the theme's static files, and last the redirects of aliases, which may take only an address
/// nothing else has.
pub(crate) fn plan(entries: &[Entry], course: &Course, theme: Option<&Theme>) -> Plan {
    let mut plan = Plan::default();
    let (redirects, generated): (Vec<&Entry>, Vec<&Entry>) = entries
        .iter()
        .partition(|entry| matches!(entry.made, Made::Redirect { .. }));
    for entry in generated {
        plan.claim(entry.path.clone(), entry.owner.clone(), entry.file);
        if let Made::Page(PageKind::Module(index)) = entry.made {
            plan.module_pages
                .insert(course.modules[index].url.clone(), index);
        }
    }
    plan_files(course, theme, &mut plan);
    for entry in redirects {
        plan_redirect(entry, &mut plan);
    }
    plan.check_folders();
    plan
}

/// The files copied as they are: next to modules, the theme's static files, then the course's
/// `static/`, which may replace the theme's on purpose.
fn plan_files(course: &Course, theme: Option<&Theme>, plan: &mut Plan) {
    for asset in &course.module_assets {
        plan.copy(asset);
    }
    let theme_files = theme.into_iter().flat_map(|theme| &theme.static_files);
    for (path, source) in theme_files {
        if !wanted_asset(path, course.config.search, &course.config.language) {
            continue;
        }
        // Only the pages of a course in several languages have a language menu.
        if course.tree.languages.len() < 2 && path == LANGUAGES_STYLESHEET {
            continue;
        }
        // The page side of the service worker, which only an offline-ready site registers.
        if !course.config.offline && OFFLINE_FILES.contains(&path.as_str()) {
            continue;
        }
        let (content, file) = match source {
            StaticSource::Embedded(bytes) => (Content::Embedded(bytes), None),
            StaticSource::File(file) => (Content::Copy(file.real.clone()), Some(&file.relative)),
        };
        plan.claim(
            path.clone(),
            format!("the theme file `{path}`"),
            file.map(|f| f.as_path()),
        );
        plan.files.insert(path.clone(), content);
    }
    for asset in &course.static_files {
        let path = asset.site_path();
        if plan
            .owners
            .get(&path)
            .is_some_and(|owner| owner.starts_with("the theme file"))
        {
            plan.owners.remove(&path);
            plan.folded.remove(&fold_name(&path));
        }
        plan.copy(asset);
    }
}

/// An alias's redirect, unless its address is taken: an alias is an old address that no
/// longer has a page.
fn plan_redirect(entry: &Entry, plan: &mut Plan) {
    let Made::Redirect { alias, module } = entry.made else {
        return;
    };
    match plan.taken_by(&entry.path) {
        Some(owner) => plan.problems.push(
            Diagnostic::error(format!(
                "the alias `/{}` is already the address of {owner}",
                alias.value
            ))
            .at(&module.source.path, &module.source.text, alias.position)
            .with_help("an alias is an old address that no longer has a page; remove this one"),
        ),
        None => plan.claim(entry.path.clone(), entry.owner.clone(), entry.file),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(plan: &mut Plan) -> Vec<String> {
        plan.check_folders();
        plan.problems.iter().map(|p| p.message.clone()).collect()
    }

    #[test]
    fn a_second_claim_is_an_error_naming_both_owners() {
        let mut plan = Plan::default();
        plan.claim("a/index.html".into(), "the module `a.md`".into(), None);
        plan.claim("a/index.html".into(), "the unit `a`".into(), None);
        assert_eq!(
            messages(&mut plan),
            ["the unit `a` and the module `a.md` would both be published as `/a/index.html`"]
        );
        assert_eq!(plan.owners["a/index.html"], "the module `a.md`");
    }

    #[test]
    fn names_equal_but_for_case_or_accent_encoding_collide() {
        let mut plan = Plan::default();
        plan.claim(
            "Notes.txt".into(),
            "the file `static/Notes.txt`".into(),
            None,
        );
        plan.claim(
            "notes.txt".into(),
            "the file `static/notes.txt`".into(),
            None,
        );
        plan.claim(
            "caf\u{e9}/index.html".into(),
            "the unit `café`".into(),
            None,
        );
        plan.claim(
            "cafe\u{301}/index.html".into(),
            "the unit `café` (decomposed)".into(),
            None,
        );
        let problems = messages(&mut plan);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems.iter().all(|p| p.contains("differ only in case")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_name_too_long_for_file_systems_is_refused() {
        let mut plan = Plan::default();
        let long = "x".repeat(MAX_NAME_BYTES + 1);
        plan.claim(format!("{long}/index.html"), "the module".into(), None);
        plan.claim(
            format!("{}/index.html", "y".repeat(MAX_NAME_BYTES)),
            "another".into(),
            None,
        );
        let problems = messages(&mut plan);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("256 bytes long"), "{problems:?}");
    }

    #[test]
    fn a_file_where_another_path_needs_a_folder_is_an_error() {
        let mut plan = Plan::default();
        plan.claim("guide".into(), "the file `static/guide`".into(), None);
        plan.claim("guide/index.html".into(), "the unit `guide`".into(), None);
        assert_eq!(
            messages(&mut plan),
            [
                "the unit `guide` needs the folder `/guide/`, but the file `static/guide` is the file `/guide`"
            ]
        );
    }

    #[test]
    fn an_address_is_taken_by_its_owner_or_by_a_file_on_its_way() {
        let mut plan = Plan::default();
        plan.claim("old/index.html".into(), "the module `old.md`".into(), None);
        plan.claim(
            "style.css".into(),
            "the theme file `style.css`".into(),
            None,
        );
        assert_eq!(
            plan.taken_by("old/index.html").as_deref(),
            Some("the module `old.md`")
        );
        assert_eq!(
            plan.taken_by("style.css/index.html").as_deref(),
            Some("the theme file `style.css`, a file where this alias needs a folder")
        );
        assert_eq!(plan.taken_by("new/index.html"), None);
    }
}
