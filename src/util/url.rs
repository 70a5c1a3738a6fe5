//! Site paths and the URLs made from them. A site path has no leading slash, and a page's ends
//! with `/` (`basics/first-commit/`); pages link to each other by relative URLs, so that a site
//! works at `/`, under `/repo/` and from `file://` alike.

use std::path::Path;

use super::slug::composed;

/// The URL of site path `target`, relative to the page at site path `page` (both without a
/// leading slash; pages end with `/`). Relative URLs make a site work under any sub-path.
pub(crate) fn relative_url(page: &str, target: &str) -> String {
    let depth = page.matches('/').count();
    let url = "../".repeat(depth) + target;
    if url.is_empty() {
        "./".to_string()
    } else {
        url
    }
}

/// The relative path from a page to the site root: `./` for the home page, `../../` for
/// The relative path from the folder `base` to the file `target`, both relative to one root:
/// `a/b` to `a/c/d.md` is `../c/d.md`.
pub(crate) fn relative_file_path(base: &Path, target: &Path) -> String {
    let base: Vec<_> = base.components().collect();
    let target_parts: Vec<_> = target.components().collect();
    let common = base
        .iter()
        .zip(&target_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<String> = vec!["..".to_string(); base.len() - common];
    parts.extend(
        target_parts[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// `basics/first-commit/`.
pub(crate) fn root_of(url: &str) -> String {
    relative_url(url, "")
}

/// `base_url` joined with a site path: absolute when `base_url` names a host.
pub(crate) fn absolute_url(base_url: &str, path: &str) -> String {
    format!("{base_url}{path}")
}

/// The site path of a file path (`/`-separated), with its name composed (NFC): the same on
/// every system, whichever form the file system stored.
pub(crate) fn site_path(path: &Path) -> String {
    let path = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    composed(&path)
}

/// Normalises a site path such as `/basics/commit` or `basics/commit/index.html` into the
/// form used for URLs (`basics/commit/`). `None` for paths that are not on this site, and for
/// characters that would need escaping in a URL or a file name (a scheme such as `javascript:`,
/// quotes, spaces, `<`).
pub(crate) fn normalize_site_path(path: &str) -> Option<String> {
    let path = path.trim();
    if path.contains("://") || path.contains(['?', '#', '\\']) {
        return None;
    }
    let path = path.trim_start_matches('/');
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() || parts.iter().any(|p| *p == "." || *p == "..") {
        return None;
    }
    let plain = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '~');
    // A hidden name (`.git`, `.syllabus-output`) is never an address of the site.
    if !parts
        .iter()
        .all(|part| !part.starts_with('.') && part.chars().all(plain))
    {
        return None;
    }
    Some(parts.join("/") + "/")
}

/// The site path that the relative reference `reference` (decoded) leads to from the folder
/// `base` (`basics/x`, empty for the site's root), with `.` and `..` resolved and a final `/`
/// kept; `None` when it leaves the site.
pub(crate) fn join_site_path(base: &str, reference: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for part in reference.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    let mut path = parts.join("/");
    if reference.ends_with('/') && !path.is_empty() {
        path.push('/');
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_join_their_folder_and_never_leave_the_site() {
        assert_eq!(
            join_site_path("a/b", "../c.css").as_deref(),
            Some("a/c.css")
        );
        assert_eq!(join_site_path("a/b", "../../c/").as_deref(), Some("c/"));
        assert_eq!(
            join_site_path("", "./x/./y.png").as_deref(),
            Some("x/y.png")
        );
        assert_eq!(join_site_path("a", "../../x"), None);
    }

    #[test]
    fn relative_urls_climb_to_the_root() {
        assert_eq!(
            relative_url("basics/first-commit/", "branching/merge/"),
            "../../branching/merge/"
        );
        assert_eq!(relative_url("", "basics/"), "basics/");
        assert_eq!(relative_url("", ""), "./");
        assert_eq!(relative_url("tags/git/", "style.css"), "../../style.css");
    }

    #[test]
    fn roots_climb_to_the_site_root() {
        assert_eq!(root_of(""), "./");
        assert_eq!(root_of("basics/"), "../");
        assert_eq!(root_of("basics/first-commit/"), "../../");
    }

    #[test]
    fn site_paths_are_normalised() {
        assert_eq!(
            normalize_site_path("/basics/commit").as_deref(),
            Some("basics/commit/")
        );
        assert_eq!(
            normalize_site_path("basics/commit/index.html").as_deref(),
            Some("basics/commit/")
        );
        assert_eq!(normalize_site_path("/"), None);
        assert_eq!(normalize_site_path("/../etc"), None);
        assert_eq!(normalize_site_path("https://x.io/a"), None);
        assert_eq!(normalize_site_path("javascript:alert(1)"), None);
        assert_eq!(normalize_site_path("/a b/\"c\"/"), None);
    }
}
