//! Every file a build generates, in one table. Planning claims each path of it (so that a
//! collision is an error naming both owners), rendering makes each file from it, the sitemap
//! lists its public pages, and templates get its addresses as `urls`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::course::{Course, Module, Unit};
use crate::diagnostics::Located;
use crate::learning::paths::LearningPath;
use crate::output::MARKER_FILE;
use crate::read::source::MODULES_DIR;
use crate::render::glossary::GLOSSARY_URL;
use crate::search::SEARCH_INDEX;
use crate::util::slug::path_slug;

/// Where the generated pages and files that have one address are published.
pub(crate) const TAGS_URL: &str = "tags/";
pub(crate) const PATHS_URL: &str = "paths/";
pub(crate) const MAP_URL: &str = "map/";
/// The learner's own pages: progress, goal and data ("My learning"), and a path's completion
/// record. Both are filled in the browser from `course.json` and `localStorage`.
pub(crate) const LEARNING_URL: &str = "learning/";
pub(crate) const RECORD_URL: &str = "learning/record/";
/// What the service worker shows for a page that is not saved while the learner is offline.
pub(crate) const OFFLINE_URL: &str = "offline/";
/// The service worker: at the site's root, so that its scope is the whole site (under any
/// sub-path). Every build writes one: with `offline: false` it is the one that unregisters.
pub(crate) const SERVICE_WORKER: &str = "sw.js";
/// What the service worker and "Save for offline" know of the site: its version, its files
/// with their sizes, the shell and the groups a learner can save.
pub(crate) const OFFLINE_DATA: &str = "offline.json";
pub(crate) const COURSE_DATA: &str = "course.json";
/// The scripts' words, loaded by every page before the theme's scripts.
pub(crate) const SCRIPT_WORDS: &str = "words.js";
pub(crate) const HIGHLIGHT_CSS: &str = "highlight.css";

/// The addresses templates link to, given to every template as `urls`.
#[derive(Debug, Serialize)]
pub(crate) struct Urls {
    tags: &'static str,
    paths: &'static str,
    map: &'static str,
    learning: &'static str,
    record: &'static str,
    course_data: &'static str,
    highlight_css: &'static str,
    glossary: &'static str,
    manifest: &'static str,
    offline: &'static str,
    service_worker: &'static str,
}

pub(crate) const URLS: Urls = Urls {
    tags: TAGS_URL,
    paths: PATHS_URL,
    map: MAP_URL,
    learning: LEARNING_URL,
    record: RECORD_URL,
    course_data: COURSE_DATA,
    highlight_css: HIGHLIGHT_CSS,
    glossary: GLOSSARY_URL,
    manifest: MANIFEST,
    offline: OFFLINE_URL,
    service_worker: SERVICE_WORKER,
};

/// A tag and the modules carrying it, in course order.
#[derive(Debug, Clone)]
pub(crate) struct Tag {
    pub(crate) name: String,
    pub(crate) url: String,
    pub(crate) modules: Vec<usize>,
}

/// Tags of the course; names that differ only in case or punctuation share one page.
pub(crate) fn collect_tags(course: &Course) -> Vec<Tag> {
    let mut tags: BTreeMap<String, Tag> = BTreeMap::new();
    for (index, module) in course.modules.iter().enumerate() {
        for name in &module.tags {
            let slug = path_slug(name);
            let tag = tags.entry(slug.clone()).or_insert_with(|| Tag {
                name: name.clone(),
                url: format!("{TAGS_URL}{slug}/"),
                modules: Vec::new(),
            });
            if !tag.modules.contains(&index) {
                tag.modules.push(index);
            }
        }
    }
    tags.into_values().collect()
}

/// A page made from a template.
#[derive(Debug, Clone, Copy)]
pub(crate) enum PageKind<'c> {
    Index,
    NotFound,
    Tags,
    Paths,
    Map,
    Learning,
    Record,
    /// The page a learner gets offline for a page that is not saved (`offline:`).
    Offline,
    Glossary,
    Path(&'c LearningPath),
    /// By index into the course's modules.
    Module(usize),
    Unit(&'c Unit),
    Tag(&'c Tag),
}

impl PageKind<'_> {
    pub(crate) fn template(self) -> &'static str {
        match self {
            PageKind::Index => "index.html",
            PageKind::NotFound => "404.html",
            PageKind::Tags => "tags.html",
            PageKind::Paths => "paths.html",
            PageKind::Map => "map.html",
            PageKind::Learning => "learning.html",
            PageKind::Record => "record.html",
            PageKind::Offline => "offline.html",
            PageKind::Glossary => "glossary.html",
            PageKind::Path(_) => "path.html",
            PageKind::Module(_) => "module.html",
            PageKind::Unit(_) => "unit.html",
            PageKind::Tag(_) => "tag.html",
        }
    }

    /// Whether search engines are told about the page: not the 404 page, and not the
    /// learner's own pages, which show nothing without the learner's data.
    fn in_sitemap(self) -> bool {
        !matches!(
            self,
            PageKind::NotFound | PageKind::Learning | PageKind::Record | PageKind::Offline
        )
    }
}

/// A generated file that is not a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    Sitemap,
    Robots,
    /// Tells GitHub Pages not to run Jekyll, which would drop files starting with `_`.
    NoJekyll,
    /// Made by `output` when it writes the site.
    Marker,
    HighlightCss,
    CourseData,
    /// The scripts' words in the course's language (`words.js`).
    ScriptWords,
    /// Made by the search stage.
    SearchIndex,
    /// The web app manifest, which lets a learner install the course (`offline:`).
    Manifest,
    /// Made by `pages::offline` once every other file of the site is known.
    ServiceWorker,
    /// Made with the service worker.
    OfflineData,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Made<'c> {
    Page(PageKind<'c>),
    File(FileKind),
    /// An old address of a module that sends the browser on (`aliases:`).
    Redirect {
        alias: &'c Located,
        module: &'c Module,
    },
}

/// One generated file: where it goes, who wants it (for collision messages) and what it is.
#[derive(Debug)]
pub(crate) struct Entry<'c> {
    /// The site path of the file, such as `basics/first-commit/index.html`.
    pub(crate) path: String,
    pub(crate) owner: String,
    /// The course file a problem with the address is reported at.
    pub(crate) file: Option<&'c Path>,
    pub(crate) made: Made<'c>,
}

impl Entry<'_> {
    pub(crate) fn in_sitemap(&self) -> bool {
        matches!(self.made, Made::Page(kind) if kind.in_sitemap())
    }
}

/// Every generated file of the course, redirects last (they may take only addresses that
/// nothing else has).
pub(crate) fn registry<'c>(
    course: &'c Course,
    paths: &'c [LearningPath],
    tags: &'c [Tag],
) -> Vec<Entry<'c>> {
    let page = |url: &str, owner: String, kind: PageKind<'c>| Entry {
        path: format!("{url}index.html"),
        owner,
        file: None,
        made: Made::Page(kind),
    };
    let mut entries = vec![
        page("", "the home page".into(), PageKind::Index),
        Entry {
            path: "404.html".into(),
            owner: "the 404 page".into(),
            file: None,
            made: Made::Page(PageKind::NotFound),
        },
    ];
    entries.extend(
        course
            .modules
            .iter()
            .enumerate()
            .map(|(index, module)| Entry {
                file: Some(module.source.path.as_path()),
                ..page(
                    &module.url,
                    format!("the module `{}`", module.source.path.display()),
                    PageKind::Module(index),
                )
            }),
    );
    entries.extend(course.units.iter().map(|unit| {
        let owner = format!("the unit `{MODULES_DIR}/{}`", unit.id);
        page(&unit.url, owner, PageKind::Unit(unit))
    }));
    entries.push(page(TAGS_URL, "the list of tags".into(), PageKind::Tags));
    entries.push(page(
        PATHS_URL,
        "the list of learning paths".into(),
        PageKind::Paths,
    ));
    entries.extend(paths.iter().map(|path| {
        let owner = format!("the learning path `{}`", path.id);
        page(&path.url, owner, PageKind::Path(path))
    }));
    entries.push(page(MAP_URL, "the course map".into(), PageKind::Map));
    entries.push(page(
        LEARNING_URL,
        "the learner's page “My learning”".into(),
        PageKind::Learning,
    ));
    entries.push(page(
        RECORD_URL,
        "the completion record page".into(),
        PageKind::Record,
    ));
    if course.config.offline {
        entries.push(page(
            OFFLINE_URL,
            "the page shown offline for a page that is not saved".into(),
            PageKind::Offline,
        ));
    }
    if course.glossary.is_some() {
        entries.push(page(
            GLOSSARY_URL,
            "the glossary".into(),
            PageKind::Glossary,
        ));
    }
    entries.extend(tags.iter().map(|tag| {
        let owner = format!("the page of the tag `{}`", tag.name);
        page(&tag.url, owner, PageKind::Tag(tag))
    }));
    entries.extend(generated_files(course.config.search, course.config.offline));
    entries.extend(redirects(course));
    entries
}

/// The web app manifest's name (the extension the W3C specification registers).
pub(crate) const MANIFEST: &str = "manifest.webmanifest";

fn generated_files<'c>(search: bool, offline: bool) -> impl Iterator<Item = Entry<'c>> {
    let files = [
        ("sitemap.xml", FileKind::Sitemap),
        ("robots.txt", FileKind::Robots),
        (".nojekyll", FileKind::NoJekyll),
        (MARKER_FILE, FileKind::Marker),
        (HIGHLIGHT_CSS, FileKind::HighlightCss),
        (COURSE_DATA, FileKind::CourseData),
        (SCRIPT_WORDS, FileKind::ScriptWords),
        (SERVICE_WORKER, FileKind::ServiceWorker),
    ];
    let index = search.then_some((SEARCH_INDEX, FileKind::SearchIndex));
    let offline_files = offline
        .then_some([
            (MANIFEST, FileKind::Manifest),
            (OFFLINE_DATA, FileKind::OfflineData),
        ])
        .into_iter()
        .flatten();
    files
        .into_iter()
        .chain(index)
        .chain(offline_files)
        .map(|(name, kind)| Entry {
            path: name.to_string(),
            owner: match kind {
                FileKind::SearchIndex => "the search index".to_string(),
                _ => format!("the generated `{name}`"),
            },
            file: None,
            made: Made::File(kind),
        })
}

fn redirects(course: &Course) -> impl Iterator<Item = Entry<'_>> {
    course.modules.iter().flat_map(|module| {
        module.aliases.iter().map(move |alias| Entry {
            path: format!("{}index.html", alias.value),
            owner: format!(
                "the alias `/{}` of `{}`",
                alias.value,
                module.source.path.display()
            ),
            file: Some(module.source.path.as_path()),
            made: Made::Redirect { alias, module },
        })
    })
}
