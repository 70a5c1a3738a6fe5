//! What every template receives (the site, the page, the navigation, the addresses of the
//! generated pages) and how a page is rendered or taken from the last build.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;
use tera::Context;

use super::registry::{Tag, URLS};
use super::theme::Theme;
use super::{PageInputs, RenderedPage};
use crate::course::Course;
use crate::diagnostics::Diagnostic;
use crate::learning::paths::LearningPath;
use crate::output::Content;
use crate::render::RenderedModule;
use crate::render::glossary::Glossary;
use crate::render::markdown::Heading;
use crate::util::memo::Memo;
use crate::util::slug::path_slug;
use crate::util::url::absolute_url;

#[derive(Serialize)]
pub(super) struct SiteInfo<'a> {
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) author: &'a str,
    pub(super) language: &'a str,
    pub(super) base_url: &'a str,
    pub(super) levels: &'a [String],
    pub(super) search: bool,
    /// The course's own stylesheets, after the theme's.
    pub(super) stylesheets: &'a [String],
    /// Whether the course has a glossary page.
    pub(super) glossary: bool,
}

#[derive(Serialize)]
pub(super) struct PageInfo {
    pub(super) kind: &'static str,
    pub(super) title: String,
    pub(super) description: String,
    pub(super) url: String,
    pub(super) canonical: String,
}

/// A module as shown in lists.
#[derive(Serialize, Clone)]
pub(super) struct Card<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) url: &'a str,
    pub(super) difficulty: &'a str,
    /// 1 for the easiest level.
    pub(super) level: usize,
    pub(super) minutes: u32,
    pub(super) current: bool,
}

#[derive(Serialize)]
pub(super) struct NavUnit<'a> {
    pub(super) title: &'a str,
    pub(super) url: &'a str,
    pub(super) current: bool,
}

#[derive(Serialize, Default)]
pub(super) struct Nav<'a> {
    /// Every unit, or in a course with more than [`NAV_UNITS`] units only the current one.
    pub(super) units: Vec<NavUnit<'a>>,
    /// The number of units when not all are listed (the home page lists them).
    pub(super) all_units: Option<usize>,
    /// The modules of the current unit (module and unit pages only).
    pub(super) modules: Vec<Card<'a>>,
}

#[derive(Serialize)]
pub(super) struct UnitInfo<'a> {
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) url: &'a str,
    pub(super) modules: Vec<Card<'a>>,
    pub(super) total_minutes: u64,
}

#[derive(Serialize)]
pub(super) struct TagLink<'a> {
    pub(super) name: &'a str,
    pub(super) url: &'a str,
    pub(super) count: usize,
}

#[derive(Serialize)]
pub(super) struct ModuleInfo<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) difficulty: &'a str,
    pub(super) level: usize,
    pub(super) minutes: u32,
    pub(super) objectives: Vec<String>,
    pub(super) keypoints: Vec<String>,
    pub(super) prerequisites: Vec<Card<'a>>,
    /// Modules that list this one as a prerequisite.
    pub(super) unlocks: Vec<Card<'a>>,
    /// Where this module stands in each learning path that takes it.
    pub(super) paths: Vec<PathStep<'a>>,
    pub(super) tags: Vec<TagLink<'a>>,
    pub(super) unit: Option<UnitLink<'a>>,
    pub(super) prev: Option<Card<'a>>,
    pub(super) next: Option<Card<'a>>,
    pub(super) toc: Vec<&'a Heading>,
    pub(super) quiz_questions: usize,
    /// Links to glossary terms in the body.
    pub(super) terms: usize,
    pub(super) content: &'a str,
    pub(super) source: String,
}

/// A module's place in one learning path.
#[derive(Serialize)]
pub(super) struct PathStep<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) url: &'a str,
    /// 1-based.
    pub(super) step: usize,
    pub(super) count: usize,
    pub(super) prev: Option<Card<'a>>,
    pub(super) next: Option<Card<'a>>,
    pub(super) implicit: bool,
}

/// A learning path as listed on the home page and the list of paths.
#[derive(Serialize)]
pub(super) struct PathSummary<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) url: &'a str,
    pub(super) module_count: usize,
    pub(super) total_minutes: u64,
    pub(super) implicit: bool,
}

#[derive(Serialize)]
pub(super) struct PathInfo<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) url: &'a str,
    pub(super) modules: Vec<Card<'a>>,
    pub(super) goals: Vec<Card<'a>>,
    pub(super) total_minutes: u64,
    pub(super) implicit: bool,
}

/// A unit on the course map page: its colour in the map and its modules with what they need.
#[derive(Serialize)]
pub(super) struct MapUnit<'a> {
    pub(super) title: &'a str,
    pub(super) url: &'a str,
    pub(super) colour: usize,
    pub(super) modules: Vec<MapEntry<'a>>,
}

#[derive(Serialize)]
pub(super) struct MapEntry<'a> {
    #[serde(flatten)]
    pub(super) card: Card<'a>,
    pub(super) prerequisites: Vec<Card<'a>>,
}

#[derive(Serialize)]
pub(super) struct UnitLink<'a> {
    pub(super) title: &'a str,
    pub(super) url: &'a str,
}

/// One rendered page, and what the build cache keeps of it.
pub(super) struct PageOut {
    pub(super) path: String,
    pub(super) content: Content,
    pub(super) remembered: Option<Arc<RenderedPage>>,
    pub(super) reused: bool,
}

/// Courses with more units than this list only the current one in every page's navigation:
/// listing them all would make each page grow with the course, and the site with its square.
const NAV_UNITS: usize = 30;

/// Shared by every page of one build.
pub(super) struct Shared<'a> {
    /// Pages of the last build, when the caller keeps them.
    pub(super) memo: Option<&'a Memo<RenderedPage>>,
    pub(super) course: &'a Course,
    pub(super) paths: &'a [LearningPath],
    pub(super) modules: &'a [RenderedModule<'a>],
    pub(super) tags: &'a [Tag],
    pub(super) theme: &'a Theme,
    pub(super) glossary: &'a Glossary,
    /// Lookups made once, so that no page costs time proportional to the course's size.
    pub(super) module_index: HashMap<&'a str, usize>,
    pub(super) tag_index: HashMap<String, usize>,
    pub(super) unit_modules: HashMap<Option<&'a str>, Vec<usize>>,
    /// For each module, the paths that take it: (path index, position in the path).
    pub(super) path_steps: Vec<Vec<(usize, usize)>>,
}

impl<'a> Shared<'a> {
    pub(super) fn new(inputs: &PageInputs<'a>, memo: Option<&'a Memo<RenderedPage>>) -> Self {
        let modules = inputs.modules;
        let tags = inputs.tags;
        let mut unit_modules: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
        for (index, rendered) in modules.iter().enumerate() {
            unit_modules
                .entry(rendered.module.unit.as_deref())
                .or_default()
                .push(index);
        }
        let mut path_steps: Vec<Vec<(usize, usize)>> = vec![Vec::new(); modules.len()];
        for (p, path) in inputs.paths.iter().enumerate() {
            for (at, &module) in path.modules.iter().enumerate() {
                if let Some(steps) = path_steps.get_mut(module) {
                    steps.push((p, at));
                }
            }
        }
        Shared {
            memo,
            course: inputs.course,
            paths: inputs.paths,
            modules,
            tags: inputs.tags,
            theme: inputs.theme,
            glossary: inputs.glossary,
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
        }
    }

    pub(super) fn card(&self, index: usize, current: bool) -> Card<'a> {
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

    pub(super) fn cards_of_unit(
        &self,
        unit: Option<&str>,
        current: Option<usize>,
    ) -> Vec<Card<'a>> {
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

    pub(super) fn nav(&self, current_unit: Option<&str>, current_module: Option<usize>) -> Nav<'a> {
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
    pub(super) fn context(&self, page: PageInfo, root: String, nav: Nav) -> Context {
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
                glossary: self.course.glossary.is_some(),
            },
        );
        context.insert("root", &root);
        context.insert("page", &page);
        context.insert("nav", &nav);
        context.insert("urls", &URLS);
        context
    }

    pub(super) fn page_info(
        &self,
        kind: &'static str,
        url: &str,
        title: &str,
        description: &str,
    ) -> PageInfo {
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

    /// Renders `template` as the page at site path `path`, or takes the page from the last
    /// build when its context and the templates are the same.
    pub(super) fn render_at(
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
}

/// The minutes of many modules together, summed wide enough that no course can overflow it
/// (a module may say `minutes: 4294967295`).
pub(super) fn total_minutes(minutes: impl Iterator<Item = u32>) -> u64 {
    minutes.map(u64::from).sum()
}
