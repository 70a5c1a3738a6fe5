//! Helpers shared by the integration tests: running the real binary on copies of fixture
//! courses, and checking that every link of a built site resolves.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use regex::Regex;

pub(crate) mod browser;
mod course;
pub(crate) mod live_server;
pub(crate) mod wait;

pub(crate) use course::TestCourse;

pub(crate) fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub(crate) fn example_course() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("example-course")
}

/// Copies a folder recursively (fixtures are copied so that tests never write into the repo).
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != "public" {
                copy_dir(&entry.path(), &target);
            }
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A temporary copy of the fixture `name`; the temp dir lives as long as the returned guard.
pub(crate) fn course_copy(source: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("course");
    copy_dir(source, &course);
    (dir, course)
}

/// The highlight cache of test runs: under `target/`, never the user's own cache folder.
pub(crate) fn test_cache_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("syllabus-cache")
}

pub(crate) fn syllabus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_syllabus"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("SYLLABUS_CACHE_DIR", test_cache_dir())
        .output()
        .unwrap()
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub(crate) fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Every file under `dir`, relative path → bytes.
pub(crate) fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in files_under(dir) {
        let relative = entry
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        files.insert(relative, fs::read(&entry).unwrap());
    }
    files
}

/// Every file under `dir`, sorted.
pub(crate) fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Checks every `href` and `src` of every HTML page of the site in `out`, as a browser would
/// resolve them when the site is served under `base_path` (such as `/` or `/repo/`). Returns
/// the broken ones as `page: link` strings, and how many links were checked.
pub(crate) fn broken_links(out: &Path, base_path: &str) -> (Vec<String>, usize) {
    let attribute = Regex::new(r#"(?:href|src)="([^"]*)""#).unwrap();
    let ids = Regex::new(r#"\sid="([^"]*)""#).unwrap();
    let tree = read_tree(out);
    let mut broken = Vec::new();
    let mut checked = 0;
    for (page, bytes) in &tree {
        if !page.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        let page_dir = page.rsplit_once('/').map_or("", |(dir, _)| dir);
        for capture in attribute.captures_iter(&html) {
            let link = capture[1].replace("&amp;", "&");
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
                || link.starts_with("data:")
            {
                continue;
            }
            checked += 1;
            let (path, anchor) = match link.split_once('#') {
                Some((path, anchor)) => (path.to_string(), Some(anchor.to_string())),
                None => (link.clone(), None),
            };
            // A browser decodes `%C3%BC` to `ü` before asking for the file.
            let path = percent_encoding::percent_decode_str(&path)
                .decode_utf8_lossy()
                .into_owned();
            let target = if path.is_empty() {
                Some(page.clone())
            } else if let Some(absolute) = path.strip_prefix('/') {
                format!("/{absolute}")
                    .strip_prefix(base_path)
                    .and_then(|inside| resolve("", inside))
            } else {
                resolve(page_dir, &path)
            };
            let Some(mut target) = target else {
                broken.push(format!("{page}: {link} (leaves the site)"));
                continue;
            };
            if target.is_empty() || target.ends_with('/') {
                target.push_str("index.html");
            }
            let Some(target_bytes) = tree.get(&target) else {
                broken.push(format!("{page}: {link} (no file {target})"));
                continue;
            };
            let anchor = anchor.map(|a| {
                percent_encoding::percent_decode_str(&a)
                    .decode_utf8_lossy()
                    .into_owned()
            });
            if let Some(anchor) = anchor.filter(|a| !a.is_empty()) {
                let target_html = String::from_utf8_lossy(target_bytes);
                if !ids.captures_iter(&target_html).any(|c| c[1] == *anchor) {
                    broken.push(format!("{page}: {link} (no id {anchor} in {target})"));
                }
            }
        }
    }
    (broken, checked)
}

/// Joins a relative URL path to a folder of the site; `None` when it climbs above the root.
pub(crate) fn resolve(dir: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    let trailing = relative.ends_with('/') || relative.ends_with("/.") || relative == ".";
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    let mut joined = parts.join("/");
    if trailing && !joined.is_empty() {
        joined.push('/');
    }
    Some(joined)
}

/// Size of `bytes` gzipped at the best level, as a static host would send a file.
pub(crate) fn gzipped_len(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}
