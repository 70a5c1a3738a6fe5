//! The service worker (`sw.js`) and what it knows of the site (`offline.json`), made once every
//! other file of the site is known.
//!
//! The worker's version is a hash of every file of the site, so a build that changes anything is
//! a new version: the learner's browser fetches it in the background and offers it ("Reload"),
//! never swapping it in mid-lesson, and a build that changes nothing writes the same bytes.
//! `offline.json` lists the site's files with their sizes, the shell (what the worker keeps on
//! install: the home page, My learning, the offline page and what they load, the search files
//! and `course.json`) and the groups a learner can save for offline reading (each learning path,
//! and the whole course), each with the pages and the files those pages load (found in their
//! HTML and stylesheets), so that "Save for offline" can say how much it downloads.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};
use serde::Serialize;

use super::registry::{
    COURSE_DATA, Entry, MANIFEST, Made, OFFLINE_DATA, OFFLINE_URL, PageKind, RECORD_URL,
    SCRIPT_WORDS, SERVICE_WORKER,
};
use crate::course::Course;
use crate::diagnostics::Diagnostic;
use crate::learning::paths::LearningPath;
use crate::output::{Content, MARKER_FILE, SiteFiles};
use crate::search::SEARCH_INDEX;
use crate::util::url::join_site_path;

/// The worker, whose first line names its version and its settings.
const WORKER: &str = include_str!("offline/worker.js");
/// The worker a site built with `offline: false` (or by `serve`) ships in its place: it deletes
/// its caches and unregisters itself, so that no learner is kept on an old copy of the site.
const UNREGISTERING_WORKER: &str = include_str!("offline/unregister.js");

/// What the service worker keeps on install, as the build reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShellSize {
    pub files: usize,
    pub bytes: u64,
    /// Each file gzipped on its own, as a web server sends it.
    pub gzipped: u64,
}

pub(crate) struct OfflineFiles {
    pub(crate) worker: String,
    pub(crate) data: String,
    pub(crate) shell: ShellSize,
}

/// The worker of a site that is not offline-ready.
pub(crate) fn unregistering_worker() -> String {
    UNREGISTERING_WORKER.to_string()
}

/// `sw.js` and `offline.json` for `site`, every other file of the tree (`entries` says which
/// are pages, and of what kind). `other_trees` are the prefixes of the other languages' trees
/// (`fi/`), whose pages have their own worker.
pub(crate) fn offline_files(
    site: &SiteFiles,
    entries: &[Entry],
    course: &Course,
    paths: &[LearningPath],
    other_trees: &[String],
) -> Result<OfflineFiles, Diagnostic> {
    let files = read_files(site)?;
    let version = version(&files);
    let mut catalogue = Catalogue::new(&files);
    let shell = catalogue.shell(entries);
    let mut groups = BTreeMap::new();
    for path in paths {
        let mut pages = vec![page_file(&path.url)];
        pages.extend(
            path.modules
                .iter()
                .map(|&index| page_file(&course.modules[index].url)),
        );
        groups.insert(format!("path:{}", path.id), catalogue.group(&pages));
    }
    let every_page: Vec<String> = entries
        .iter()
        .filter(|entry| {
            matches!(entry.made, Made::Page(kind)
                if !matches!(kind, PageKind::NotFound | PageKind::Offline))
        })
        .map(|entry| entry.path.clone())
        .collect();
    groups.insert("course".to_string(), catalogue.group(&every_page));
    let shell_size = shell_size(&files, &catalogue, &shell);
    let data = OfflineData {
        version: &version,
        files: catalogue
            .names
            .iter()
            .map(|name| (address(name), files[name.as_str()].len()))
            .collect(),
        shell,
        groups,
    };
    let data = serde_json::to_string(&data)
        .map_err(|e| Diagnostic::error(format!("cannot write `{OFFLINE_DATA}`: {e}")))?;
    let settings = serde_json::json!({
        "version": version,
        "data": OFFLINE_DATA,
        "offline": OFFLINE_URL,
        "others": other_trees,
    });
    Ok(OfflineFiles {
        worker: format!("var SYLLABUS = {settings};\n{WORKER}"),
        data,
        shell: shell_size,
    })
}

#[derive(Serialize)]
struct OfflineData<'a> {
    version: &'a str,
    /// Every file a group or the shell needs: its address from the site's root, and its size.
    files: Vec<(String, usize)>,
    /// Indices into `files`.
    shell: Vec<usize>,
    /// `path:ID` and `course` → indices into `files`.
    groups: BTreeMap<String, Vec<usize>>,
}

/// The bytes of every file of the site but the ones made here and the output marker.
fn read_files(site: &SiteFiles) -> Result<BTreeMap<&str, Cow<'_, [u8]>>, Diagnostic> {
    site.iter()
        .filter(|(path, _)| ![SERVICE_WORKER, OFFLINE_DATA, MARKER_FILE].contains(&path.as_str()))
        .map(|(path, content)| {
            let bytes = match content {
                Content::Bytes(bytes) => Cow::Borrowed(bytes.as_slice()),
                Content::Embedded(bytes) => Cow::Borrowed(*bytes),
                Content::Shared(bytes) => Cow::Borrowed(&bytes[..]),
                Content::Copy(file) => Cow::Owned(file.read().map_err(|e| {
                    Diagnostic::error(format!(
                        "cannot read `{}` to make the offline version of the site: {e}",
                        file.as_path().display()
                    ))
                })?),
            };
            Ok((path.as_str(), bytes))
        })
        .collect()
}

/// The site's version: 16 hex digits of a hash of every file's address and bytes.
fn version(files: &BTreeMap<&str, Cow<[u8]>>) -> String {
    let mut hasher = xxhash_rust::xxh3::Xxh3Default::new();
    for (path, bytes) in files {
        hasher.update(path.as_bytes());
        hasher.update(&[0]);
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    format!("{:016x}", hasher.digest())
}

/// The files that groups and the shell name, each numbered once, with what each page loads.
struct Catalogue<'f> {
    files: &'f BTreeMap<&'f str, Cow<'f, [u8]>>,
    names: Vec<String>,
    numbers: BTreeMap<String, usize>,
    /// File → the files it loads (found once per file).
    loads: BTreeMap<String, Vec<String>>,
}

impl<'f> Catalogue<'f> {
    fn new(files: &'f BTreeMap<&'f str, Cow<'f, [u8]>>) -> Self {
        Catalogue {
            files,
            names: Vec::new(),
            numbers: BTreeMap::new(),
            loads: BTreeMap::new(),
        }
    }

    /// The pages a learner needs before saving anything, the files they load, and the files
    /// scripts fetch themselves (the search index and its scripts, `course.json`).
    fn shell(&mut self, entries: &[Entry]) -> Vec<usize> {
        let mut wanted: Vec<String> = entries
            .iter()
            .filter(|entry| {
                matches!(
                    entry.made,
                    Made::Page(PageKind::Index | PageKind::Learning | PageKind::Offline)
                )
            })
            .map(|entry| entry.path.clone())
            .collect();
        wanted.push(page_file(RECORD_URL));
        wanted.extend(
            [COURSE_DATA, SEARCH_INDEX, SCRIPT_WORDS, MANIFEST]
                .iter()
                .map(|name| name.to_string()),
        );
        wanted.extend(
            self.files
                .keys()
                .filter(|name| is_fetched_by_search(name))
                .map(|name| name.to_string()),
        );
        self.group(&wanted)
    }

    /// The numbers of `pages` (site paths of files) and of every file they load, in order.
    fn group(&mut self, pages: &[String]) -> Vec<usize> {
        let mut seen = BTreeSet::new();
        let mut order = Vec::new();
        let mut pending: Vec<String> = pages.iter().rev().cloned().collect();
        while let Some(name) = pending.pop() {
            if !self.files.contains_key(name.as_str()) || !seen.insert(name.clone()) {
                continue;
            }
            let loads = self.loads_of(&name);
            pending.extend(loads.into_iter().rev());
            order.push(self.number(name));
        }
        order
    }

    fn number(&mut self, name: String) -> usize {
        if let Some(&number) = self.numbers.get(&name) {
            return number;
        }
        self.names.push(name.clone());
        self.numbers.insert(name, self.names.len() - 1);
        self.names.len() - 1
    }

    /// The files of the site that `name` loads: for a page, its `src` and `href` targets that are
    /// files (not other pages); for a stylesheet, its `url(...)`s.
    fn loads_of(&mut self, name: &str) -> Vec<String> {
        if let Some(loads) = self.loads.get(name) {
            return loads.clone();
        }
        let text = String::from_utf8_lossy(&self.files[name]);
        let base = name.rsplit_once('/').map_or("", |(dir, _)| dir);
        let references = if name.ends_with(".html") {
            attribute_values(&text, &["src", "href"])
        } else if name.ends_with(".css") {
            css_urls(&text)
        } else {
            Vec::new()
        };
        let loads: Vec<String> = references
            .into_iter()
            .filter_map(|reference| local_file(base, reference))
            .filter(|target| !target.ends_with(".html") && self.files.contains_key(target.as_str()))
            .collect();
        self.loads.insert(name.to_string(), loads.clone());
        loads
    }
}

/// Whether search.js fetches `name` itself when search opens (elasticlunr and the language's
/// scripts), so that search works offline.
fn is_fetched_by_search(name: &str) -> bool {
    (name.starts_with("lunr.") || name.starts_with("elasticlunr") || name == "search-cjk.js")
        && name.ends_with(".js")
}

/// A page's file from its address: `basics/x/` → `basics/x/index.html`.
fn page_file(url: &str) -> String {
    format!("{url}index.html")
}

/// The address the worker fetches for a file: a page by its folder (as links name it), any
/// other file by its path, percent-encoded where a URL needs it.
fn address(name: &str) -> String {
    const PATH: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'#').add(b'%').add(b'?');
    let name = name.strip_suffix("index.html").unwrap_or(name);
    utf8_percent_encode(name, PATH).to_string()
}

/// The site path a relative reference written in a file of folder `base` leads to, when it is a
/// file of this site (not another site, an absolute path, or an anchor of the page).
fn local_file(base: &str, reference: &str) -> Option<String> {
    let reference = reference.split(['#', '?']).next().unwrap_or("");
    let has_scheme = reference
        .split_once(':')
        .is_some_and(|(scheme, _)| !scheme.contains('/'));
    if reference.is_empty() || reference.starts_with('/') || has_scheme {
        return None;
    }
    let decoded = percent_decode_str(&reference.replace("&amp;", "&"))
        .decode_utf8()
        .ok()?
        .into_owned();
    join_site_path(base, &decoded)
}

/// The values of the attributes `names` in `html`, in order (`src="x"` → `x`).
fn attribute_values<'t>(html: &'t str, names: &[&str]) -> Vec<&'t str> {
    let mut values = Vec::new();
    for (at, _) in html.match_indices("=\"") {
        let before = &html[..at];
        let name_start = before
            .rfind(|c: char| c.is_ascii_whitespace())
            .map_or(0, |space| space + 1);
        if !names.contains(&&before[name_start..]) {
            continue;
        }
        let rest = &html[at + 2..];
        if let Some(end) = rest.find('"') {
            values.push(&rest[..end]);
        }
    }
    values
}

/// The targets of a stylesheet's `url(...)`s.
fn css_urls(css: &str) -> Vec<&str> {
    css.match_indices("url(")
        .filter_map(|(at, _)| {
            let rest = &css[at + 4..];
            let end = rest.find(')')?;
            Some(rest[..end].trim().trim_matches(['"', '\'']))
        })
        .collect()
}

fn shell_size(
    files: &BTreeMap<&str, Cow<[u8]>>,
    catalogue: &Catalogue,
    shell: &[usize],
) -> ShellSize {
    let mut size = ShellSize::default();
    for &number in shell {
        let bytes = &files[catalogue.names[number].as_str()];
        size.files += 1;
        size.bytes += bytes.len() as u64;
        size.gzipped += gzipped_len(bytes);
    }
    size
}

fn gzipped_len(bytes: &[u8]) -> u64 {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail; an error would only leave the size unknown (0).
    if encoder.write_all(bytes).is_err() {
        return 0;
    }
    encoder.finish().map_or(0, |out| out.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_loads_its_files_but_not_other_pages_or_other_sites() {
        let html = r##"<link rel="stylesheet" href="../../style.css"><a href="../next/">next</a>
            <img src="img/a%20b.png" alt=""><a href="https://example.com/x.png">x</a>
            <a href="#top">top</a><script src="../../quiz.js?v=1" defer></script>
            <a href="/abs/x.css">abs</a><p>data-src="no.png"</p>"##;
        let references: Vec<Option<String>> = attribute_values(html, &["src", "href"])
            .into_iter()
            .map(|r| local_file("basics/first", r))
            .collect();
        assert_eq!(
            references,
            [
                Some("style.css".to_string()),
                Some("basics/next/".into()),
                Some("basics/first/img/a b.png".into()),
                None,
                None,
                Some("quiz.js".into()),
                None,
            ]
        );
    }

    #[test]
    fn a_stylesheet_loads_its_fonts() {
        let css = "@font-face { src: url(\"STIX.woff2\") format(\"woff2\"); } a { background: url(img/x.svg) }";
        assert_eq!(css_urls(css), ["STIX.woff2", "img/x.svg"]);
    }

    #[test]
    fn addresses_name_pages_by_their_folder_and_encode_what_a_url_needs() {
        assert_eq!(address("index.html"), "");
        assert_eq!(address("basics/x/index.html"), "basics/x/");
        assert_eq!(address("img/a b#1.png"), "img/a%20b%231.png");
        assert_eq!(address("kuvat/äiti.png"), "kuvat/%C3%A4iti.png");
    }
}
