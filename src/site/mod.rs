//! The build: runs the stages in order and collects every problem on the way.
//!
//! ```text
//! read files ─▶ assemble course ─▶ render Markdown (parallel) ─▶ plan output ─▶ check links
//!            ─▶ render pages (parallel) ─▶ SiteFiles (written by `output`)
//! ```

pub(crate) mod cache;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::course::{self, Course, Module};
use crate::diagnostics::{Diagnostic, Diagnostics, ProblemBudget, Severity, did_you_mean};
use crate::learning::{self, paths::LearningPath};
use crate::output::{Content, MARKER_FILE, SiteFiles};
use crate::pages::theme::{StaticSource, Theme};
use crate::pages::{self, Tag};
use crate::read::source::{self, MODULES_DIR, STATIC_DIR};
use crate::render::RenderedModule;
use crate::render::highlight::{self, HighlightCache};
use crate::render::markdown::links::LinkTargets;
use crate::render::markdown::{self, Heading, LinkRecord, Page};
use crate::search;
use crate::site::cache::{BuildCache, Reuse};
use crate::util::fingerprint::fingerprint;
use crate::util::timings::Timings;

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub course_dir: PathBuf,
    /// Replaces `base_url` of `course.yaml` (already normalised).
    pub base_url: Option<String>,
    pub include_drafts: bool,
    /// Where highlighted code is cached between builds; `None` caches within the build only.
    pub cache_dir: Option<PathBuf>,
}

/// What a build produced: the site, if there were no errors, and every diagnostic.
pub struct Build {
    pub site: Option<SiteFiles>,
    pub diagnostics: Diagnostics,
    pub module_count: usize,
    pub page_count: usize,
    pub timings: Timings,
    /// Why the highlight cache could not be written, if it could not (the build is fine).
    pub cache_problem: Option<String>,
}

/// Runs every stage. Never panics on content; problems end up in `diagnostics`.
pub fn build(options: &BuildOptions) -> Build {
    build_with(options, &mut BuildCache::default())
}

/// [`build`], reusing what `cache` remembers of earlier builds and leaving this one's results
/// in it.
pub fn build_with(options: &BuildOptions, cache: &mut BuildCache) -> Build {
    let mut diagnostics = Diagnostics::new();
    let mut timings = Timings::default();
    let root = match source::CourseDir::resolve(&options.course_dir) {
        Ok(root) => root,
        Err(error) => {
            diagnostics.push(Diagnostic::error(format!(
                "cannot use the course folder `{}`: {error}",
                options.course_dir.display()
            )));
            return failed(diagnostics, timings);
        }
    };
    let files = timings.time("read", || source::read_course(&root, &mut diagnostics));
    let Some(mut course) = course::assemble(
        files,
        options.include_drafts,
        &mut diagnostics,
        &mut timings,
    ) else {
        return failed(diagnostics, timings);
    };
    if let Some(base_url) = &options.base_url {
        course.config.base_url = base_url.clone();
    }
    let theme = timings.time("theme", || {
        Theme::load(&root, &course.config.theme, &mut diagnostics)
    });

    let highlighter = timings.time("cache", || {
        cache
            .highlight
            .get_or_insert_with(|| match &options.cache_dir {
                Some(dir) => HighlightCache::open(dir, root.path()),
                None => HighlightCache::in_memory(),
            })
    });
    let targets = link_targets(&course);
    let targets_fingerprint = fingerprint(&(
        &targets.modules,
        &course.excluded_drafts,
        &course.module_assets,
        course.config.search,
    ));
    let rendered: Vec<(RenderedModule, u64, bool)> = timings.time("markdown", || {
        course
            .modules
            .par_iter()
            .map(|module| {
                let key = fingerprint(&(
                    &module.source.text,
                    module.body_offset,
                    &module.url,
                    targets_fingerprint,
                ));
                let name = module.source.path.to_string_lossy();
                let (markdown, fresh) = match cache.markdown.get(&name, key) {
                    Some(markdown) => (markdown, false),
                    None => (
                        Arc::new(render_markdown(module, &course, &targets, highlighter)),
                        true,
                    ),
                };
                (rendered_module(module, markdown), key, fresh)
            })
            .collect()
    });
    let stats = highlighter.take_stats();
    timings.note(format!(
        "markdown includes highlighting: {:.1} ms of CPU time for {} code blocks ({} more from the cache)",
        stats.highlight_nanos as f64 / 1e6,
        stats.misses,
        stats.hits
    ));
    let cache_problem = timings
        .time("cache", || highlighter.save())
        .err()
        .map(|error| {
            let file = highlighter
                .file()
                .map(|f| f.display().to_string())
                .unwrap_or_default();
            format!("cannot write the highlight cache `{file}`: {error}")
        });
    let mut modules = Vec::with_capacity(rendered.len());
    let mut remembered = Vec::with_capacity(rendered.len());
    cache.reused = Reuse::default();
    for (module, key, fresh) in rendered {
        if fresh {
            cache.reused.markdown_rendered += 1;
        } else {
            cache.reused.markdown_reused += 1;
        }
        diagnostics.extend(module.markdown.problems.iter().cloned());
        diagnostics.extend(budget_warning(&module, &course));
        remembered.push((
            module.module.source.path.to_string_lossy().into_owned(),
            key,
            Arc::clone(&module.markdown),
        ));
        modules.push(module);
    }
    cache.markdown.keep(remembered);
    let links: Vec<&[LinkRecord]> = modules
        .iter()
        .map(|m| m.markdown.links.as_slice())
        .collect();

    let paths = timings.time("paths", || {
        learning::paths::for_course(&course, &mut diagnostics)
    });
    let tags = pages::collect_tags(&course);
    let mut plan = Plan::default();
    timings.time("links", || {
        plan_pages(&course, &paths, &tags, &theme, &mut plan);
        check_links(&modules, &links, &plan, &mut diagnostics);
    });
    diagnostics.extend(plan.problems.drain(..));

    let Some(theme) = theme else {
        return failed(diagnostics, timings);
    };
    if diagnostics.has_errors() {
        return failed(diagnostics, timings);
    }
    // Pages and the search index need the same inputs and not each other: made side by side,
    // the index's one-thread merge overlaps with page rendering.
    let BuildCache {
        pages: page_memo,
        search: search_memo,
        keep_pages,
        ..
    } = cache;
    let started = Instant::now();
    let ((rendered_pages, pages_time), (index, search_time)) = rayon::join(
        || {
            let started = Instant::now();
            let pages = pages::render_all(
                &course,
                &paths,
                &modules,
                &tags,
                &theme,
                keep_pages.then_some(page_memo),
            );
            (pages, started.elapsed())
        },
        || {
            let started = Instant::now();
            let index = course
                .config
                .search
                .then(|| search::index_json(&course, &modules, search_memo));
            (index, started.elapsed())
        },
    );
    timings.add("pages+search", started.elapsed());
    timings.note(format!(
        "pages and search ran side by side: pages {:.1} ms, search {:.1} ms",
        pages_time.as_secs_f64() * 1000.0,
        search_time.as_secs_f64() * 1000.0
    ));
    let (site, page_count) = match rendered_pages {
        Ok(pages) => {
            cache.reused.pages_reused = pages.pages_reused;
            cache.reused.pages_rendered = pages.page_count - pages.pages_reused;
            (pages.files, pages.page_count)
        }
        Err(problems) => {
            diagnostics.extend(problems);
            return failed(diagnostics, timings);
        }
    };
    let mut site: SiteFiles = site;
    for (path, source) in plan.files {
        site.entry(path).or_insert(source);
    }
    site.insert(
        "highlight.css".into(),
        Content::Bytes(highlight::stylesheet().into_bytes()),
    );
    if let Some(index) = index {
        site.insert(
            search::SEARCH_INDEX.into(),
            Content::Bytes(index.into_bytes()),
        );
    }
    diagnostics.sort();
    Build {
        site: Some(site),
        diagnostics,
        module_count: course.modules.len(),
        page_count,
        timings,
        cache_problem,
    }
}

fn failed(mut diagnostics: Diagnostics, timings: Timings) -> Build {
    diagnostics.sort();
    Build {
        site: None,
        diagnostics,
        module_count: 0,
        page_count: 0,
        timings,
        cache_problem: None,
    }
}

fn link_targets(course: &Course) -> LinkTargets {
    LinkTargets {
        modules: course
            .modules
            .iter()
            .map(|m| (m.source.path.clone(), m.url.clone()))
            .collect(),
        drafts: course.excluded_drafts.values().cloned().collect(),
        unreadable: course.unreadable.values().cloned().collect(),
        assets: course
            .module_assets
            .iter()
            .map(|asset| asset.file.relative.clone())
            .collect(),
    }
}

fn render_markdown(
    module: &Module,
    course: &Course,
    targets: &LinkTargets,
    highlighter: &HighlightCache,
) -> markdown::Rendered {
    markdown::render(&Page {
        file: &module.source.path,
        file_text: &module.source.text,
        body_offset: module.body_offset,
        url: &module.url,
        targets,
        collect_text: course.config.search,
        highlighter,
    })
}

fn rendered_module(module: &Module, markdown: Arc<markdown::Rendered>) -> RenderedModule<'_> {
    let minutes = module.minutes.unwrap_or_else(|| markdown.load.minutes());
    RenderedModule {
        module,
        markdown,
        minutes,
    }
}

/// A warning when a module takes longer than the course's budget for one module.
fn budget_warning(rendered: &RenderedModule, course: &Course) -> Option<Diagnostic> {
    let module = rendered.module;
    let minutes = rendered.minutes;
    let budget = course.config.module_minutes;
    if minutes <= budget {
        return None;
    }
    let (position, how) = match module.minutes_position {
        Some(position) => (position, "as given by `minutes`"),
        None => (module.title_position, "estimated from its length"),
    };
    Some(
        Diagnostic::warning(format!("this module takes about {minutes} minutes ({how}), more than the course's budget of {budget}"))
            .at(&module.source.path, &module.source.text, position)
            .with_help("split it into shorter modules, or raise `module_minutes` in `course.yaml`"),
    )
}

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
        let folded = crate::util::slug::fold_name(&path);
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

fn plan_pages(
    course: &Course,
    paths: &[LearningPath],
    tags: &[Tag],
    theme: &Option<Theme>,
    plan: &mut Plan,
) {
    plan.claim("index.html".into(), "the home page".into(), None);
    plan.claim("404.html".into(), "the 404 page".into(), None);
    for (index, module) in course.modules.iter().enumerate() {
        let owner = format!("the module `{}`", module.source.path.display());
        plan.claim(
            format!("{}index.html", module.url),
            owner,
            Some(&module.source.path),
        );
        plan.module_pages.insert(module.url.clone(), index);
    }
    for unit in &course.units {
        plan.claim(
            format!("{}index.html", unit.url),
            format!("the unit `{MODULES_DIR}/{}`", unit.id),
            None,
        );
    }
    plan.claim("tags/index.html".into(), "the list of tags".into(), None);
    plan.claim(
        format!("{}index.html", pages::PATHS_URL),
        "the list of learning paths".into(),
        None,
    );
    for path in paths {
        plan.claim(
            format!("{}index.html", path.url),
            format!("the learning path `{}`", path.id),
            None,
        );
    }
    plan.claim(
        format!("{}index.html", pages::MAP_URL),
        "the course map".into(),
        None,
    );
    plan.claim(
        format!("{}index.html", pages::LEARNING_URL),
        "the learner's page “My learning”".into(),
        None,
    );
    plan.claim(
        format!("{}index.html", pages::RECORD_URL),
        "the completion record page".into(),
        None,
    );
    for tag in tags {
        plan.claim(
            format!("{}index.html", tag.url),
            format!("the page of the tag `{}`", tag.name),
            None,
        );
    }
    for name in [
        "sitemap.xml",
        "robots.txt",
        ".nojekyll",
        MARKER_FILE,
        "highlight.css",
        pages::COURSE_DATA,
    ] {
        plan.claim(name.into(), format!("the generated `{name}`"), None);
    }
    if course.config.search {
        plan.claim(search::SEARCH_INDEX.into(), "the search index".into(), None);
    }
    for asset in &course.module_assets {
        let path = asset.site_path();
        let file = &asset.file.relative;
        plan.claim(
            path.clone(),
            format!("the file `{}`", file.display()),
            Some(file),
        );
        plan.files
            .insert(path, Content::Copy(asset.file.real.clone()));
    }
    if let Some(theme) = theme {
        for (path, source) in &theme.static_files {
            if !course.config.search && search::SEARCH_ASSETS.contains(&path.as_str()) {
                continue;
            }
            plan.owners
                .entry(path.clone())
                .or_insert_with(|| format!("the theme file `{path}`"));
            let content = match source {
                StaticSource::Embedded(bytes) => Content::Embedded(bytes),
                StaticSource::File(file) => Content::Copy(file.real.clone()),
            };
            plan.files.insert(path.clone(), content);
        }
    }
    for asset in &course.static_files {
        let path = asset.site_path();
        let source = &asset.file.relative;
        // The course's own static files may replace the theme's, on purpose.
        if plan
            .owners
            .get(&path)
            .is_some_and(|owner| owner.starts_with("the theme file"))
        {
            plan.owners.remove(&path);
        }
        plan.claim(
            path.clone(),
            format!("the file `{}`", source.display()),
            Some(source),
        );
        plan.files
            .insert(path, Content::Copy(asset.file.real.clone()));
    }
    plan_aliases(course, plan);
    plan.check_folders();
}

/// Aliases come last, so that they are checked against every other address.
fn plan_aliases(course: &Course, plan: &mut Plan) {
    for module in &course.modules {
        for alias in &module.aliases {
            let path = format!("{}index.html", alias.value);
            if let Some(owner) = plan.taken_by(&path) {
                plan.problems.push(
                    Diagnostic::error(format!(
                        "the alias `/{}` is already the address of {owner}",
                        alias.value
                    ))
                    .at(&module.source.path, &module.source.text, alias.position)
                    .with_help(
                        "an alias is an old address that no longer has a page; remove this one",
                    ),
                );
            } else {
                plan.claim(
                    path,
                    format!(
                        "the alias `/{}` of `{}`",
                        alias.value,
                        module.source.path.display()
                    ),
                    Some(&module.source.path),
                );
            }
        }
    }
}

/// Ids the module template gives its own sections, valid as link anchors on every module page.
const MODULE_PAGE_ANCHORS: &[&str] = &[
    "main",
    "syllabus-objectives",
    "syllabus-keypoints",
    "syllabus-prerequisites",
    "syllabus-unlocks",
    "syllabus-toc",
];

fn check_links(
    modules: &[RenderedModule],
    links: &[&[LinkRecord]],
    plan: &Plan,
    diagnostics: &mut Diagnostics,
) {
    // Heading ids per linked module, made on first use: a long module can hold a hundred
    // thousand headings and as many links to them.
    let mut heading_ids: HashMap<usize, HashSet<&str>> = HashMap::new();
    for (module, records) in modules.iter().zip(links) {
        let source = &module.module.source;
        // Suggestions search the whole site or module: only for the problems that are listed.
        let mut budget = ProblemBudget::default();
        for link in *records {
            let path = &link.target.path;
            let page = if path.is_empty() || path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path.clone()
            };
            if !plan.contains(&page) && !plan.contains(&format!("{path}/index.html")) {
                if !budget.admit(Severity::Error, link.position) {
                    continue;
                }
                let help = match did_you_mean(path, plan.owners.keys().map(String::as_str)) {
                    Some(suggestion) => format!("did you mean `/{suggestion}`?"),
                    None if !path.ends_with('/') => {
                        format!("put the file at `{STATIC_DIR}/{path}` to publish it as `/{path}`")
                    }
                    None => "link to modules by the relative path of their `.md` file".to_string(),
                };
                diagnostics.push(
                    Diagnostic::error(format!("the link `{}` leads to `/{path}`, which is not a page or file of this site", link.written))
                        .at(&source.path, &source.text, link.position)
                        .with_label("broken link")
                        .with_help(help),
                );
                continue;
            }
            let (Some(anchor), Some(&target)) = (&link.target.anchor, plan.module_pages.get(path))
            else {
                continue;
            };
            let Some(target_module) = modules.get(target) else {
                continue;
            };
            let ids = heading_ids.entry(target).or_insert_with(|| {
                target_module
                    .headings()
                    .iter()
                    .map(|h| h.id.as_str())
                    .collect()
            });
            if ids.contains(anchor.as_str())
                || MODULE_PAGE_ANCHORS.contains(&anchor.as_str())
                || !budget.admit(Severity::Error, link.position)
            {
                continue;
            }
            let target = target_module;
            let ids = target.headings().iter().map(|h| h.id.as_str());
            let help = match did_you_mean(anchor, ids.clone()) {
                Some(suggestion) => format!("did you mean `#{suggestion}`?"),
                None if target.headings().is_empty() => {
                    "that module has no headings to link to".to_string()
                }
                None => headings_list(target.headings()),
            };
            diagnostics.push(
                Diagnostic::error(format!(
                    "`#{anchor}` is not a heading of `{}`",
                    target.module.source.path.display()
                ))
                .at(&source.path, &source.text, link.position)
                .with_label("broken anchor")
                .with_help(help),
            );
        }
        diagnostics.extend(budget.summary(&source.path, &source.text));
    }
}

/// The headings a link may name, for a help line: the first few of a long module.
fn headings_list(headings: &[Heading]) -> String {
    const SHOWN: usize = 20;
    let shown: Vec<String> = headings
        .iter()
        .take(SHOWN)
        .map(|h| format!("`#{}`", h.id))
        .collect();
    match headings.len().saturating_sub(SHOWN) {
        0 => format!("its headings are: {}", shown.join(", ")),
        more => format!("its headings are: {} and {more} more", shown.join(", ")),
    }
}

/// Whether a build's diagnostics should fail it.
pub(crate) fn fails(diagnostics: &Diagnostics, strict: bool) -> bool {
    diagnostics.has_errors()
        || (strict && diagnostics.iter().any(|d| d.severity == Severity::Warning))
}
