//! The pages of a site: what each template receives, and the files made without templates
//! (sitemap, robots.txt, redirects). Template contexts stay small: a page gets what it shows,
//! and the course outline appears in full only on the home page.

pub(crate) mod theme;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::course::{Course, Module, Unit};
use crate::diagnostics::{Diagnostic, Position};
use crate::learning::map;
use crate::learning::paths::LearningPath;
use crate::output::{Content, SiteFiles};
use crate::pages::theme::Theme;
use crate::read::config::CourseConfig;
use crate::render::RenderedModule;
use crate::render::markdown::Heading;
use crate::render::text::render_inline;
use crate::util::html::escape_html;
use crate::util::memo::Memo;
use crate::util::slug::path_slug;
use crate::util::url::{absolute_url, relative_url, root_of};

/// A tag and the modules carrying it, in course order.
#[derive(Debug, Clone)]
pub(crate) struct Tag {
    pub name: String,
    pub url: String,
    pub modules: Vec<usize>,
}

/// Tags of the course; names that differ only in case or punctuation share one page.
pub(crate) fn collect_tags(course: &Course) -> Vec<Tag> {
    let mut tags: BTreeMap<String, Tag> = BTreeMap::new();
    for (index, module) in course.modules.iter().enumerate() {
        for name in &module.tags {
            let slug = path_slug(name);
            let tag = tags.entry(slug.clone()).or_insert_with(|| Tag {
                name: name.clone(),
                url: format!("tags/{slug}/"),
                modules: Vec::new(),
            });
            if !tag.modules.contains(&index) {
                tag.modules.push(index);
            }
        }
    }
    tags.into_values().collect()
}

#[derive(Serialize)]
struct SiteInfo<'a> {
    title: &'a str,
    description: &'a str,
    author: &'a str,
    language: &'a str,
    base_url: &'a str,
    levels: &'a [String],
    search: bool,
    /// The course's own stylesheets, after the theme's.
    stylesheets: &'a [String],
}

#[derive(Serialize)]
struct PageInfo {
    kind: &'static str,
    title: String,
    description: String,
    url: String,
    canonical: String,
}

/// A module as shown in lists.
#[derive(Serialize, Clone)]
struct Card<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    url: &'a str,
    difficulty: &'a str,
    /// 1 for the easiest level.
    level: usize,
    minutes: u32,
    current: bool,
}

#[derive(Serialize)]
struct NavUnit<'a> {
    title: &'a str,
    url: &'a str,
    current: bool,
}

#[derive(Serialize, Default)]
struct Nav<'a> {
    /// Every unit, or in a course with more than [`NAV_UNITS`] units only the current one.
    units: Vec<NavUnit<'a>>,
    /// The number of units when not all are listed (the home page lists them).
    all_units: Option<usize>,
    /// The modules of the current unit (module and unit pages only).
    modules: Vec<Card<'a>>,
}

#[derive(Serialize)]
struct UnitInfo<'a> {
    title: &'a str,
    description: &'a str,
    url: &'a str,
    modules: Vec<Card<'a>>,
    total_minutes: u64,
}

#[derive(Serialize)]
struct TagLink<'a> {
    name: &'a str,
    url: &'a str,
    count: usize,
}

#[derive(Serialize)]
struct ModuleInfo<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    difficulty: &'a str,
    level: usize,
    minutes: u32,
    objectives: Vec<String>,
    keypoints: Vec<String>,
    prerequisites: Vec<Card<'a>>,
    /// Modules that list this one as a prerequisite.
    unlocks: Vec<Card<'a>>,
    /// Where this module stands in each learning path that takes it.
    paths: Vec<PathStep<'a>>,
    tags: Vec<TagLink<'a>>,
    unit: Option<UnitLink<'a>>,
    prev: Option<Card<'a>>,
    next: Option<Card<'a>>,
    toc: Vec<&'a Heading>,
    quiz_questions: usize,
    content: &'a str,
    source: String,
}

/// A module's place in one learning path.
#[derive(Serialize)]
struct PathStep<'a> {
    id: &'a str,
    title: &'a str,
    url: &'a str,
    /// 1-based.
    step: usize,
    count: usize,
    prev: Option<Card<'a>>,
    next: Option<Card<'a>>,
    implicit: bool,
}

/// A learning path as listed on the home page and the list of paths.
#[derive(Serialize)]
struct PathSummary<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    url: &'a str,
    module_count: usize,
    total_minutes: u64,
    implicit: bool,
}

#[derive(Serialize)]
struct PathInfo<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    url: &'a str,
    modules: Vec<Card<'a>>,
    goals: Vec<Card<'a>>,
    total_minutes: u64,
    implicit: bool,
}

/// A unit on the course map page: its colour in the map and its modules with what they need.
#[derive(Serialize)]
struct MapUnit<'a> {
    title: &'a str,
    url: &'a str,
    colour: usize,
    modules: Vec<MapEntry<'a>>,
}

#[derive(Serialize)]
struct MapEntry<'a> {
    #[serde(flatten)]
    card: Card<'a>,
    prerequisites: Vec<Card<'a>>,
}

#[derive(Serialize)]
struct UnitLink<'a> {
    title: &'a str,
    url: &'a str,
}

/// One rendered page, and what the build cache keeps of it.
struct PageOut {
    path: String,
    content: Content,
    remembered: Option<Arc<RenderedPage>>,
    reused: bool,
}

/// Courses with more units than this list only the current one in every page's navigation:
/// listing them all would make each page grow with the course, and the site with its square.
const NAV_UNITS: usize = 30;

/// Shared by every page of one build.
struct Shared<'a> {
    /// Pages of the last build, when the caller keeps them.
    memo: Option<&'a Memo<RenderedPage>>,
    course: &'a Course,
    paths: &'a [LearningPath],
    modules: &'a [RenderedModule<'a>],
    tags: &'a [Tag],
    theme: &'a Theme,
    /// Lookups made once, so that no page costs time proportional to the course's size.
    module_index: HashMap<&'a str, usize>,
    tag_index: HashMap<String, usize>,
    unit_modules: HashMap<Option<&'a str>, Vec<usize>>,
    /// For each module, the paths that take it: (path index, position in the path).
    path_steps: Vec<Vec<(usize, usize)>>,
}

impl<'a> Shared<'a> {
    fn card(&self, index: usize, current: bool) -> Card<'a> {
        let rendered = &self.modules[index];
        let module = rendered.module;
        Card {
            id: &module.id,
            title: &module.title,
            description: &module.description,
            url: &module.url,
            difficulty: self.course.level_name(module.difficulty),
            level: module.difficulty + 1,
            minutes: rendered.minutes,
            current,
        }
    }

    fn cards_of_unit(&self, unit: Option<&str>, current: Option<usize>) -> Vec<Card<'a>> {
        self.unit_modules
            .get(&unit)
            .map(|indices| {
                indices
                    .iter()
                    .map(|&index| self.card(index, Some(index) == current))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn nav(&self, current_unit: Option<&str>, current_module: Option<usize>) -> Nav<'a> {
        let units = &self.course.units;
        let listed = units.len() <= NAV_UNITS;
        Nav {
            all_units: (!listed).then_some(units.len()),
            units: units
                .iter()
                .filter(|u| listed || Some(u.id.as_str()) == current_unit)
                .map(|u| NavUnit {
                    title: &u.title,
                    url: &u.url,
                    current: Some(u.id.as_str()) == current_unit,
                })
                .collect(),
            modules: match current_unit {
                Some(_) => self.cards_of_unit(current_unit, current_module),
                None => Vec::new(),
            },
        }
    }

    /// The context every template receives.
    fn context(&self, page: PageInfo, root: String, nav: Nav) -> Context {
        let config = &self.course.config;
        let mut context = Context::new();
        context.insert(
            "site",
            &SiteInfo {
                title: &config.title,
                description: &config.description,
                author: &config.author,
                language: &config.language,
                base_url: &config.base_url,
                levels: &config.levels,
                search: config.search,
                stylesheets: &self.course.stylesheets,
            },
        );
        context.insert("root", &root);
        context.insert("page", &page);
        context.insert("nav", &nav);
        context
    }

    fn page_info(&self, kind: &'static str, url: &str, title: &str, description: &str) -> PageInfo {
        PageInfo {
            kind,
            title: title.to_string(),
            // Every page gets a description for search results and link previews.
            description: if description.is_empty() {
                &self.course.config.description
            } else {
                description
            }
            .to_string(),
            url: url.to_string(),
            // Search engines and link previews need a full address; a path would mislead them.
            canonical: if self.course.config.has_absolute_base() {
                absolute_url(&self.course.config.base_url, url)
            } else {
                String::new()
            },
        }
    }

    /// Renders `template` for the page at `url`, or takes the page from the last build when
    /// its context and the templates are the same.
    fn render(&self, template: &str, url: &str, context: Context) -> Result<PageOut, Diagnostic> {
        self.render_at(template, format!("{url}index.html"), context)
    }

    fn render_at(
        &self,
        template: &str,
        path: String,
        context: Context,
    ) -> Result<PageOut, Diagnostic> {
        if let Some(memo) = self.memo {
            if let Some(page) = memo
                .get(&path, self.theme.fingerprint)
                .filter(|page| page.context == context)
            {
                return Ok(PageOut {
                    path,
                    content: Content::Shared(Arc::clone(&page.html)),
                    remembered: Some(page),
                    reused: true,
                });
            }
        }
        let url = path.strip_suffix("index.html").unwrap_or(&path);
        let html: Arc<[u8]> = self
            .theme
            .render(template, &context, url)?
            .into_bytes()
            .into();
        let remembered = self.memo.is_some().then(|| {
            Arc::new(RenderedPage {
                context,
                html: Arc::clone(&html),
            })
        });
        Ok(PageOut {
            path,
            content: Content::Shared(html),
            remembered,
            reused: false,
        })
    }

    fn module_page(&self, index: usize) -> Result<PageOut, Diagnostic> {
        let rendered = &self.modules[index];
        let module = rendered.module;
        let course = self.course;
        let position = |id: &str| self.module_index.get(id).copied();
        let info = ModuleInfo {
            id: &module.id,
            title: &module.title,
            description: &module.description,
            difficulty: course.level_name(module.difficulty),
            level: module.difficulty + 1,
            minutes: rendered.minutes,
            objectives: module.objectives.iter().map(|o| render_inline(o)).collect(),
            keypoints: module.keypoints.iter().map(|k| render_inline(k)).collect(),
            prerequisites: module
                .prerequisites
                .iter()
                .filter_map(|p| position(&p.value))
                .map(|i| self.card(i, false))
                .collect(),
            unlocks: course
                .graph
                .unlocks(index)
                .iter()
                .map(|&i| self.card(i, false))
                .collect(),
            paths: self
                .path_steps
                .get(index)
                .map(|steps| {
                    steps
                        .iter()
                        .map(|&(path, at)| self.path_step(path, at))
                        .collect()
                })
                .unwrap_or_default(),
            tags: module
                .tags
                .iter()
                .filter_map(|name| self.tag_index.get(&path_slug(name)).map(|&i| &self.tags[i]))
                .map(|t| TagLink {
                    name: &t.name,
                    url: &t.url,
                    count: t.modules.len(),
                })
                .collect(),
            unit: module
                .unit
                .as_deref()
                .and_then(|id| course.unit(id))
                .map(|u| UnitLink {
                    title: &u.title,
                    url: &u.url,
                }),
            prev: index.checked_sub(1).map(|i| self.card(i, false)),
            next: (index + 1 < self.modules.len()).then(|| self.card(index + 1, false)),
            toc: rendered
                .headings()
                .iter()
                .filter(|h| h.level == 2 || h.level == 3)
                .collect(),
            quiz_questions: rendered.quiz_questions(),
            content: rendered.html(),
            source: module.source.path.to_string_lossy().replace('\\', "/"),
        };
        let page = self.page_info("module", &module.url, &module.title, &module.description);
        let mut context = self.context(
            page,
            root_of(&module.url),
            self.nav(module.unit.as_deref(), Some(index)),
        );
        context.insert("module", &info);
        self.render("module.html", &module.url, context)
    }

    fn path_step(&self, path: usize, at: usize) -> PathStep<'a> {
        let path = &self.paths[path];
        PathStep {
            id: &path.id,
            title: &path.title,
            url: &path.url,
            step: at + 1,
            count: path.modules.len(),
            prev: at
                .checked_sub(1)
                .and_then(|i| path.modules.get(i))
                .map(|&i| self.card(i, false)),
            next: path.modules.get(at + 1).map(|&i| self.card(i, false)),
            implicit: path.implicit,
        }
    }

    fn minutes_of(&self, modules: &[usize]) -> u64 {
        total_minutes(
            modules
                .iter()
                .filter_map(|&i| self.modules.get(i))
                .map(|m| m.minutes),
        )
    }

    fn path_summaries(&self) -> Vec<PathSummary<'a>> {
        self.paths
            .iter()
            .map(|path| PathSummary {
                id: &path.id,
                title: &path.title,
                description: &path.description,
                url: &path.url,
                module_count: path.modules.len(),
                total_minutes: self.minutes_of(&path.modules),
                implicit: path.implicit,
            })
            .collect()
    }

    fn path_page(&self, path: &'a LearningPath) -> Result<PageOut, Diagnostic> {
        let info = PathInfo {
            id: &path.id,
            title: &path.title,
            description: &path.description,
            url: &path.url,
            modules: path.modules.iter().map(|&i| self.card(i, false)).collect(),
            goals: path.goals.iter().map(|&i| self.card(i, false)).collect(),
            total_minutes: self.minutes_of(&path.modules),
            implicit: path.implicit,
        };
        let page = self.page_info("path", &path.url, &path.title, &path.description);
        let mut context = self.context(page, root_of(&path.url), self.nav(None, None));
        context.insert("path", &info);
        self.render("path.html", &path.url, context)
    }

    /// A page whose content is the learner's own, drawn by `progress.js`; the template gives
    /// its frame and what to say without JavaScript.
    fn learner_page(
        &self,
        kind: &'static str,
        url: &str,
        title: &str,
    ) -> Result<PageOut, Diagnostic> {
        let description = format!("{title}: your progress in {}", self.course.config.title);
        let page = self.page_info(kind, url, title, &description);
        let context = self.context(page, root_of(url), self.nav(None, None));
        self.render(&format!("{kind}.html"), url, context)
    }

    fn paths_page(&self) -> Result<PageOut, Diagnostic> {
        let description = format!("Learning paths through {}", self.course.config.title);
        let page = self.page_info("paths", PATHS_URL, "Learning paths", &description);
        let mut context = self.context(page, root_of(PATHS_URL), self.nav(None, None));
        context.insert("paths", &self.path_summaries());
        self.render("paths.html", PATHS_URL, context)
    }

    fn map_page(&self) -> Result<PageOut, Diagnostic> {
        let course = self.course;
        let colour_of = |unit: Option<&str>| -> usize {
            unit.and_then(|id| course.units.iter().position(|u| u.id == id))
                .map_or(0, |i| i + 1)
        };
        let map_modules: Vec<map::MapModule> = self
            .modules
            .iter()
            .map(|rendered| {
                let module = rendered.module;
                map::MapModule {
                    id: &module.id,
                    title: &module.title,
                    url: &module.url,
                    difficulty: module.difficulty,
                    difficulty_name: course.level_name(module.difficulty),
                    minutes: rendered.minutes,
                    unit: colour_of(module.unit.as_deref()),
                }
            })
            .collect();
        let root = root_of(MAP_URL);
        let svg = (map_modules.len() <= map::MAX_MODULES)
            .then(|| map::render(&map_modules, &course.graph, &root));
        let entries = |unit: Option<&str>| -> Vec<MapEntry<'a>> {
            self.unit_modules
                .get(&unit)
                .map(|indices| {
                    indices
                        .iter()
                        .map(|&i| MapEntry {
                            card: self.card(i, false),
                            prerequisites: course
                                .graph
                                .requires(i)
                                .iter()
                                .map(|&p| self.card(p, false))
                                .collect(),
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut units: Vec<MapUnit> = Vec::new();
        let loose = entries(None);
        if !loose.is_empty() {
            units.push(MapUnit {
                title: "Start here",
                url: "",
                colour: 0,
                modules: loose,
            });
        }
        for (i, unit) in course.units.iter().enumerate() {
            units.push(MapUnit {
                title: &unit.title,
                url: &unit.url,
                colour: i % map::UNIT_COLOURS + 1,
                modules: entries(Some(&unit.id)),
            });
        }
        let description = format!(
            "Every module of {} and what each one needs first",
            course.config.title
        );
        let page = self.page_info("map", MAP_URL, "Course map", &description);
        let mut context = self.context(page, root, self.nav(None, None));
        context.insert("map", &svg.as_ref().map(|svg| svg.markup.as_str()));
        // Phones are at least 320 px wide; a wider map scrolls sideways there.
        context.insert(
            "map_scrolls",
            &svg.as_ref().is_some_and(|svg| svg.width > 320.0),
        );
        context.insert("map_limit", &map::MAX_MODULES);
        context.insert("units", &units);
        self.render("map.html", MAP_URL, context)
    }

    fn unit_info(&self, unit: &'a Unit) -> UnitInfo<'a> {
        let modules = self.cards_of_unit(Some(&unit.id), None);
        let total_minutes = total_minutes(modules.iter().map(|c| c.minutes));
        UnitInfo {
            title: &unit.title,
            description: &unit.description,
            url: &unit.url,
            modules,
            total_minutes,
        }
    }

    fn unit_page(&self, unit: &'a Unit) -> Result<PageOut, Diagnostic> {
        let page = self.page_info("unit", &unit.url, &unit.title, &unit.description);
        let mut context = self.context(page, root_of(&unit.url), self.nav(Some(&unit.id), None));
        context.insert("unit", &self.unit_info(unit));
        self.render("unit.html", &unit.url, context)
    }

    fn index_page(&self) -> Result<PageOut, Diagnostic> {
        let config = &self.course.config;
        let mut units: Vec<UnitInfo> = self
            .course
            .units
            .iter()
            .map(|u| self.unit_info(u))
            .collect();
        let loose = self.cards_of_unit(None, None);
        if !loose.is_empty() {
            let total_minutes = total_minutes(loose.iter().map(|c| c.minutes));
            units.insert(
                0,
                UnitInfo {
                    title: "Start here",
                    description: "",
                    url: "",
                    modules: loose,
                    total_minutes,
                },
            );
        }
        #[derive(Serialize)]
        struct Overview<'a> {
            units: Vec<UnitInfo<'a>>,
            paths: Vec<PathSummary<'a>>,
            module_count: usize,
            total_minutes: u64,
        }
        let overview = Overview {
            paths: self.path_summaries(),
            module_count: self.modules.len(),
            total_minutes: total_minutes(self.modules.iter().map(|m| m.minutes)),
            units,
        };
        let page = self.page_info("index", "", &config.title, &config.description);
        let mut context = self.context(page, root_of(""), self.nav(None, None));
        context.insert("course", &overview);
        self.render("index.html", "", context)
    }

    fn tag_page(&self, tag: &'a Tag) -> Result<PageOut, Diagnostic> {
        #[derive(Serialize)]
        struct TagInfo<'a> {
            name: &'a str,
            url: &'a str,
            modules: Vec<Card<'a>>,
        }
        let info = TagInfo {
            name: &tag.name,
            url: &tag.url,
            modules: tag.modules.iter().map(|&i| self.card(i, false)).collect(),
        };
        let title = format!("Tag: {}", tag.name);
        let description = format!("Modules of {} about {}", self.course.config.title, tag.name);
        let page = self.page_info("tag", &tag.url, &title, &description);
        let mut context = self.context(page, root_of(&tag.url), self.nav(None, None));
        context.insert("tag", &info);
        self.render("tag.html", &tag.url, context)
    }

    fn tags_page(&self) -> Result<PageOut, Diagnostic> {
        let links: Vec<TagLink> = self
            .tags
            .iter()
            .map(|t| TagLink {
                name: &t.name,
                url: &t.url,
                count: t.modules.len(),
            })
            .collect();
        let page = self.page_info(
            "tags",
            "tags/",
            "All tags",
            &format!("Topics of {}", self.course.config.title),
        );
        let mut context = self.context(page, root_of("tags/"), self.nav(None, None));
        context.insert("tags", &links);
        self.render("tags.html", "tags/", context)
    }

    fn not_found_page(&self) -> Result<PageOut, Diagnostic> {
        // Hosts serve this page at any missing address, so its links are absolute paths.
        let page = self.page_info(
            "404",
            "404.html",
            "Page not found",
            "This page does not exist or has moved.",
        );
        let context = self.context(
            page,
            self.course.config.base_path().to_string(),
            self.nav(None, None),
        );
        self.render_at("404.html", "404.html".into(), context)
    }
}

/// A rendered page and the template context it was rendered from.
pub struct RenderedPage {
    pub context: tera::Context,
    pub html: Arc<[u8]>,
}

/// The pages of a build and the files made without templates.
pub(crate) struct RenderedSite {
    pub files: SiteFiles,
    /// HTML pages made from templates.
    pub page_count: usize,
    /// Pages taken unchanged from the last build (only with a memo).
    pub pages_reused: usize,
}

/// Renders every page and the files made without templates, or returns every template error.
/// With `memo`, a page whose template context is the same as in the last build is not rendered
/// again, and `memo` is left holding this build's pages.
pub(crate) fn render_all(
    course: &Course,
    paths: &[LearningPath],
    modules: &[RenderedModule],
    tags: &[Tag],
    theme: &Theme,
    memo: Option<&mut Memo<RenderedPage>>,
) -> Result<RenderedSite, Vec<Diagnostic>> {
    let mut unit_modules: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
    for (index, rendered) in modules.iter().enumerate() {
        unit_modules
            .entry(rendered.module.unit.as_deref())
            .or_default()
            .push(index);
    }
    let mut path_steps: Vec<Vec<(usize, usize)>> = vec![Vec::new(); modules.len()];
    for (p, path) in paths.iter().enumerate() {
        for (at, &module) in path.modules.iter().enumerate() {
            if let Some(steps) = path_steps.get_mut(module) {
                steps.push((p, at));
            }
        }
    }
    let shared = Shared {
        memo: memo.as_deref(),
        course,
        paths,
        modules,
        tags,
        theme,
        module_index: modules
            .iter()
            .enumerate()
            .map(|(i, m)| (m.module.id.as_str(), i))
            .collect(),
        tag_index: tags
            .iter()
            .enumerate()
            .map(|(i, t)| (path_slug(&t.name), i))
            .collect(),
        unit_modules,
        path_steps,
    };
    enum Job<'a> {
        Index,
        Learning,
        Record,
        NotFound,
        Tags,
        Module(usize),
        Unit(&'a Unit),
        Tag(&'a Tag),
        Paths,
        Path(&'a LearningPath),
        Map,
    }
    let mut jobs = vec![
        Job::Index,
        Job::NotFound,
        Job::Tags,
        Job::Paths,
        Job::Map,
        Job::Learning,
        Job::Record,
    ];
    jobs.extend(paths.iter().map(Job::Path));
    jobs.extend((0..modules.len()).map(Job::Module));
    jobs.extend(course.units.iter().map(Job::Unit));
    jobs.extend(tags.iter().map(Job::Tag));
    let results: Vec<Result<PageOut, Diagnostic>> = jobs
        .par_iter()
        .map(|job| match job {
            Job::Index => shared.index_page(),
            Job::NotFound => shared.not_found_page(),
            Job::Tags => shared.tags_page(),
            Job::Module(index) => shared.module_page(*index),
            Job::Unit(unit) => shared.unit_page(unit),
            Job::Tag(tag) => shared.tag_page(tag),
            Job::Paths => shared.paths_page(),
            Job::Path(path) => shared.path_page(path),
            Job::Map => shared.map_page(),
            Job::Learning => shared.learner_page("learning", LEARNING_URL, "My learning"),
            Job::Record => shared.learner_page("record", RECORD_URL, "Completion record"),
        })
        .collect();
    let mut files = SiteFiles::new();
    let mut problems = Vec::new();
    let mut remembered = Vec::new();
    let mut pages_reused = 0;
    for result in results {
        match result {
            Ok(page) => {
                pages_reused += usize::from(page.reused);
                if let Some(kept) = page.remembered {
                    remembered.push((page.path.clone(), theme.fingerprint, kept));
                }
                files.insert(page.path, page.content);
            }
            Err(problem) => problems.push(problem),
        }
    }
    if let Some(memo) = memo {
        memo.keep(remembered);
    }
    if !problems.is_empty() {
        return Err(once_each(problems));
    }
    let page_count = files.len();
    files.insert(
        "sitemap.xml".into(),
        Content::Bytes(sitemap(course, &files).into_bytes()),
    );
    for module in modules {
        for alias in &module.module.aliases {
            files.insert(
                format!("{}index.html", alias.value),
                Content::Bytes(
                    redirect_page(&course.config, &alias.value, module.module).into_bytes(),
                ),
            );
        }
    }
    files.insert(
        "robots.txt".into(),
        Content::Bytes(robots(&course.config).into_bytes()),
    );
    files.insert(".nojekyll".into(), Content::Bytes(Vec::new()));
    files.insert(
        COURSE_DATA.into(),
        Content::Bytes(course_data(course, paths, modules).into_bytes()),
    );
    Ok(RenderedSite {
        files,
        page_count,
        pages_reused,
    })
}

/// Where the list of learning paths, the course map and the course data are published.
pub(crate) const PATHS_URL: &str = "paths/";
pub(crate) const MAP_URL: &str = "map/";
/// The learner's own pages: progress, goal and data ("My learning"), and a path's completion
/// record. Both are filled in the browser from `course.json` and `localStorage`.
pub(crate) const LEARNING_URL: &str = "learning/";
pub(crate) const RECORD_URL: &str = "learning/record/";
pub(crate) const COURSE_DATA: &str = "course.json";

/// `course.json`: the course's structure for the learner-side scripts, in course order.
fn course_data(course: &Course, paths: &[LearningPath], modules: &[RenderedModule]) -> String {
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
    let id = |i: usize| modules.get(i).map_or("", |m| m.module.id.as_str());
    let data = Data {
        title: &course.config.title,
        base_url: &course.config.base_url,
        levels: &course.config.levels,
        units: course
            .units
            .iter()
            .map(|u| UnitData {
                id: &u.id,
                title: &u.title,
                url: &u.url,
            })
            .collect(),
        modules: modules
            .iter()
            .enumerate()
            .map(|(i, rendered)| {
                let module = rendered.module;
                ModuleData {
                    id: &module.id,
                    title: &module.title,
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
            })
            .collect(),
        paths: paths
            .iter()
            .map(|path| PathData {
                id: &path.id,
                title: &path.title,
                description: &path.description,
                url: &path.url,
                modules: path.modules.iter().map(|&i| id(i)).collect(),
                goals: path.goals.iter().map(|&i| id(i)).collect(),
                implicit: path.implicit,
            })
            .collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    let mut json = serde_json::to_string(&data).unwrap_or_default();
    json.push('\n');
    json
}

/// One diagnostic per mistake: a template error stops every page that uses the template, and
/// is told once, with how many pages it stops.
fn once_each(problems: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut kept: Vec<(Diagnostic, usize)> = Vec::new();
    let mut seen: HashMap<(Option<PathBuf>, Option<Position>, String), usize> = HashMap::new();
    for problem in problems {
        let key = (
            problem.file.clone(),
            problem.position,
            problem.message.clone(),
        );
        match seen.get(&key) {
            Some(&index) => kept[index].1 += 1,
            None => {
                seen.insert(key, kept.len());
                kept.push((problem, 0));
            }
        }
    }
    kept.into_iter()
        .map(|(problem, others)| match others {
            0 => problem,
            n => problem.with_note(format!("and {n} other pages like it")),
        })
        .collect()
}

/// The minutes of many modules together, summed wide enough that no course can overflow it
/// (a module may say `minutes: 4294967295`).
fn total_minutes(minutes: impl Iterator<Item = u32>) -> u64 {
    minutes.map(u64::from).sum()
}

fn redirect_page(config: &CourseConfig, alias: &str, module: &Module) -> String {
    let target = escape_html(&relative_url(alias, &module.url));
    let canonical = escape_html(&absolute_url(&config.base_url, &module.url));
    let title = escape_html(&module.title);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
         <link rel=\"canonical\" href=\"{canonical}\">\n<meta name=\"robots\" content=\"noindex\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={target}\">\n</head>\n<body>\n\
         <p>This page has moved to <a href=\"{target}\">{title}</a>.</p>\n</body>\n</html>\n",
        lang = escape_html(&config.language)
    )
}

fn sitemap(course: &Course, files: &SiteFiles) -> String {
    let mut pages: Vec<&str> = files
        .keys()
        .filter_map(|path| path.strip_suffix("index.html"))
        // The learner's own pages show nothing to a search engine.
        .filter(|page| !page.starts_with(LEARNING_URL))
        .collect();
    pages.sort_unstable();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages {
        let url = escape_html(&absolute_url(&course.config.base_url, page));
        xml.push_str(&format!("  <url><loc>{url}</loc></url>\n"));
    }
    xml.push_str("</urlset>\n");
    xml
}

fn robots(config: &CourseConfig) -> String {
    let mut text = String::from("User-agent: *\nAllow: /\n");
    if config.has_absolute_base() {
        text.push_str(&format!("Sitemap: {}sitemap.xml\n", config.base_url));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_names_the_sitemap_only_with_a_full_address() {
        let mut config = CourseConfig::with_title("T");
        assert!(!robots(&config).contains("Sitemap"));
        config.base_url = "https://u.github.io/repo/".into();
        assert!(robots(&config).contains("Sitemap: https://u.github.io/repo/sitemap.xml"));
    }
}
