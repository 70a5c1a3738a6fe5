//! Where a link written in a module leads on the built site.
//!
//! Authors link to other modules by the relative path of their `.md` file, the way the links
//! also work in a repository's Markdown preview. Images and files may sit next to a module or in
//! `static/` (written as `/images/x.png`). Every internal link becomes a site path here; whether
//! the page and anchor exist is checked once the whole site is planned.

use std::collections::{BTreeMap, HashSet};
use std::path::{Component, Path, PathBuf};

use crate::diagnostics::did_you_mean;
use crate::read::source::{MODULES_DIR, STATIC_DIR};
use crate::util::url::relative_file_path;

/// What links can point at, known before any module is rendered.
#[derive(Debug, Default)]
pub struct LinkTargets {
    /// Course-relative module file (`modules/basics/a.md`) → site path of its page.
    pub modules: BTreeMap<PathBuf, String>,
    /// Course-relative files of drafts left out of this build.
    pub drafts: HashSet<PathBuf>,
    /// Course-relative module files whose front matter could not be read (already reported).
    pub unreadable: HashSet<PathBuf>,
    /// Course-relative files that are copied next to modules (`modules/basics/img/x.png`).
    pub assets: HashSet<PathBuf>,
}

/// An internal link to be checked when all pages are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitePath {
    /// Site path without leading slash: `basics/first-commit/` or `images/x.svg`; empty for the
    /// home page.
    pub path: String,
    pub anchor: Option<String>,
}

/// How a link was resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// Leave the link as written (external, `mailto:`, and so on).
    External,
    /// An internal link, to be written relative to the page and checked later.
    Internal(SitePath),
    /// A link that cannot work, with the reason and a suggestion.
    Broken { problem: String, help: String },
    /// A link to a `.md` file that is not a module of the course (`course_path`, course-relative).
    /// Its suggestion means comparing it with every module, so [`not_a_module`] makes it only
    /// for the links that are reported.
    NotAModule { course_path: PathBuf },
}

/// Resolves `destination`, written in the module file `from` (course-relative).
pub(crate) fn resolve(
    destination: &str,
    from: &Path,
    own_page: &str,
    targets: &LinkTargets,
) -> Resolved {
    let destination = destination.trim();
    if destination.is_empty() || has_scheme(destination) || destination.starts_with("//") {
        return Resolved::External;
    }
    let (path_part, anchor) = match destination.split_once('#') {
        Some((path, anchor)) => (path, Some(percent_decode(anchor))),
        None => (destination, None),
    };
    let path_part = path_part.split('?').next().unwrap_or("");
    if path_part.is_empty() {
        return Resolved::Internal(SitePath {
            path: own_page.to_string(),
            anchor,
        });
    }
    let decoded = percent_decode(path_part);
    if let Some(site) = decoded.strip_prefix('/') {
        return resolve_site_path(destination, site, anchor);
    }
    let base = from.parent().unwrap_or(Path::new(""));
    let Some(course_path) = normalize(&base.join(&decoded)) else {
        return Resolved::Broken {
            problem: format!("the link `{destination}` points outside the course folder"),
            help:
                "link to modules by their relative `.md` path, such as `../basics/first-commit.md`"
                    .into(),
        };
    };
    if course_path.extension().is_some_and(|ext| ext == "md") {
        return resolve_module(destination, course_path, anchor, targets);
    }
    resolve_file(destination, course_path, anchor, targets)
}

/// A path on the site (`site`, written after the leading slash), checked against every output
/// file later.
fn resolve_site_path(destination: &str, site: &str, anchor: Option<String>) -> Resolved {
    match normalize(Path::new(site)) {
        Some(path) => Resolved::Internal(SitePath {
            path: to_site_string(&path, site.ends_with('/')),
            anchor,
        }),
        None => Resolved::Broken {
            problem: format!("the link `{destination}` leaves the site"),
            help: "write site paths from the site's root, such as `/images/diagram.svg`".into(),
        },
    }
}

/// A link to the `.md` file `course_path` (course-relative): a module's page, if it is one.
fn resolve_module(
    destination: &str,
    course_path: PathBuf,
    anchor: Option<String>,
    targets: &LinkTargets,
) -> Resolved {
    if let Some(url) = targets.modules.get(&course_path) {
        return Resolved::Internal(SitePath {
            path: url.clone(),
            anchor,
        });
    }
    if targets.unreadable.contains(&course_path) {
        return Resolved::External;
    }
    if targets.drafts.contains(&course_path) {
        return Resolved::Broken {
            problem: format!(
                "the link `{destination}` leads to a draft, which this build leaves out"
            ),
            help:
                "remove `draft: true` from that module, remove the link, or build with `--drafts`"
                    .into(),
        };
    }
    Resolved::NotAModule { course_path }
}

/// A link to the file `course_path` (course-relative), which is not Markdown: a file next to a
/// module or in `static/`.
fn resolve_file(
    destination: &str,
    course_path: PathBuf,
    anchor: Option<String>,
    targets: &LinkTargets,
) -> Resolved {
    if targets.assets.contains(&course_path) {
        let inside = course_path
            .strip_prefix(MODULES_DIR)
            .unwrap_or(&course_path);
        return Resolved::Internal(SitePath {
            path: to_site_string(inside, false),
            anchor,
        });
    }
    if let Ok(inside_static) = course_path.strip_prefix(STATIC_DIR) {
        // Checked later against the output, which holds every static file.
        return Resolved::Internal(SitePath {
            path: to_site_string(inside_static, false),
            anchor,
        });
    }
    Resolved::Broken {
        problem: format!("the link `{destination}` leads to `{}`, which does not exist", course_path.display()),
        help: "check the spelling; files for the whole site go in `static/` and are linked as `/name`, files next to a module are linked by their relative path".into(),
    }
}

/// The problem and help for a link `destination`, written in `from`, that [`resolve`] found to
/// lead to `course_path`, which is not a module.
pub(crate) fn not_a_module(
    destination: &str,
    from: &Path,
    course_path: &Path,
    targets: &LinkTargets,
) -> (String, String) {
    let base = from.parent().unwrap_or(Path::new(""));
    // Suggest by file name: whole paths share too much to tell typos from other files.
    let stem = |p: &Path| {
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let candidates: Vec<(String, &PathBuf)> =
        targets.modules.keys().map(|p| (stem(p), p)).collect();
    let wanted = stem(course_path);
    let help = match did_you_mean(&wanted, candidates.iter().map(|(s, _)| s.as_str())) {
        Some(suggestion) => {
            let path = candidates.iter().find(|(s, _)| s == suggestion).map(|(_, p)| relative_file_path(base, p)).unwrap_or_default();
            format!("did you mean `{path}`?")
        }
        None => "link to a module by the path of its `.md` file relative to this file, such as `../basics/first-commit.md`".into(),
    };
    let problem = format!(
        "the link `{}` leads to `{}`, which is not a module of this course",
        destination.trim(),
        course_path.display()
    );
    (problem, help)
}

fn has_scheme(url: &str) -> bool {
    match url.split_once(':') {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !scheme.contains('/')
        }
        None => false,
    }
}

/// Resolves `.` and `..` without touching the disk; `None` if the path climbs above its start.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => parts.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.iter().collect())
}

fn to_site_string(path: &Path, trailing_slash: bool) -> String {
    let mut joined = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    if trailing_slash && !joined.is_empty() {
        joined.push('/');
    }
    joined
}

/// Decodes `%20`-style escapes; invalid escapes are kept as written.
pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((high * 16 + low) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets() -> LinkTargets {
        let mut targets = LinkTargets::default();
        targets.modules.insert(
            "modules/basics/first-commit.md".into(),
            "basics/first-commit/".into(),
        );
        targets.modules.insert(
            "modules/branching/merge.md".into(),
            "branching/merge/".into(),
        );
        targets.drafts.insert("modules/branching/draft.md".into());
        targets
            .assets
            .insert("modules/branching/img/graph.png".into());
        targets
    }

    fn internal(path: &str, anchor: Option<&str>) -> Resolved {
        Resolved::Internal(SitePath {
            path: path.into(),
            anchor: anchor.map(String::from),
        })
    }

    #[test]
    fn module_links_become_pages() {
        let from = Path::new("modules/branching/merge.md");
        let t = targets();
        assert_eq!(
            resolve(
                "../basics/first-commit.md#staging",
                from,
                "branching/merge/",
                &t
            ),
            internal("basics/first-commit/", Some("staging"))
        );
        assert_eq!(
            resolve("merge.md", from, "branching/merge/", &t),
            internal("branching/merge/", None)
        );
        assert_eq!(
            resolve("#conflicts", from, "branching/merge/", &t),
            internal("branching/merge/", Some("conflicts"))
        );
        assert_eq!(
            resolve("img/graph.png", from, "branching/merge/", &t),
            internal("branching/img/graph.png", None)
        );
        assert_eq!(
            resolve("/images/a%20b.svg", from, "branching/merge/", &t),
            internal("images/a b.svg", None)
        );
        assert_eq!(
            resolve("../../static/images/x.svg", from, "branching/merge/", &t),
            internal("images/x.svg", None)
        );
    }

    #[test]
    fn external_links_are_left_alone() {
        let t = targets();
        for url in [
            "https://git-scm.com",
            "mailto:a@b.c",
            "//cdn.example/x.js",
            "",
        ] {
            assert_eq!(
                resolve(url, Path::new("modules/a.md"), "a/", &t),
                Resolved::External,
                "{url}"
            );
        }
    }

    #[test]
    fn broken_links_explain_and_suggest() {
        let t = targets();
        let from = Path::new("modules/branching/merge.md");
        let written = "../basics/first-comit.md";
        match resolve(written, from, "branching/merge/", &t) {
            Resolved::NotAModule { course_path } => {
                let (problem, help) = not_a_module(written, from, &course_path, &t);
                assert_eq!(
                    problem,
                    "the link `../basics/first-comit.md` leads to `modules/basics/first-comit.md`, which is not a module of this course"
                );
                assert_eq!(help, "did you mean `../basics/first-commit.md`?")
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            resolve("draft.md", from, "", &t),
            Resolved::Broken { .. }
        ));
        assert!(matches!(
            resolve("../../../etc/passwd", from, "", &t),
            Resolved::Broken { .. }
        ));
        assert!(matches!(
            resolve("missing.png", from, "", &t),
            Resolved::Broken { .. }
        ));
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%C3%A9"), "é");
        assert_eq!(percent_decode("é%"), "é%");
        assert_eq!(percent_decode("%é1"), "%é1");
    }
}
