//! What every template receives (the site, the page, the navigation, the addresses of the
//! generated pages) and how a page is rendered or taken from the last build.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;
use tera::Context;

use super::registry::{Tag, URLS};
use super::theme::Theme;
use super::{PageInputs, RenderedPage};
use crate::course::{Course, Unit};
use crate::diagnostics::Diagnostic;
use crate::learning::paths::LearningPath;
use crate::output::Content;
use crate::render::glossary::Glossary;
use crate::render::markdown::Heading;
use crate::render::math::MathRenderer;
use crate::render::text::render_inline_with;
use crate::render::text::{Title, render_title};
use crate::render::{RenderedModule, UnitTitle, unit_titles};
use crate::util::memo::Memo;
use crate::util::slug::path_slug;
use crate::util::url::absolute_url;

#[derive(Serialize)]
pub(super) struct SiteInfo<'a> {
    pub(super) title: &'a str,
    pub(super) description: &'a str,
    pub(super) author: &'a str,
    pub(super) language: &'a str,
    /// `ltr` or `rtl`, for the root's `dir`.
    pub(super) direction: &'static str,
    pub(super) base_url: &'a str,
    pub(super) levels: &'a [String],
    pub(super) search: bool,
    /// The course's own stylesheets, after the theme's.
    pub(super) stylesheets: &'a [String],
    /// Whether this is the instructor view, which shows instructor notes and solutions.
    pub(super) instructor: bool,
    /// The course's `footer` line as HTML (empty when it has none).
    pub(super) footer: String,
    /// Whether the course has a glossary page.
    pub(super) glossary: bool,
    /// Every language of a translated course (empty for a course in one language).
    pub(super) languages: Vec<LanguageLink>,
    /// Where the browser keeps the learner's progress: the same in every language.
    pub(super) progress_key: &'a str,
    /// Whether the site has a web app manifest (`offline:` of `course.yaml`).
    pub(super) offline: bool,
}

/// One language of a translated course, for its menu and `hreflang` links.
#[derive(Serialize)]
pub(super) struct LanguageLink {
    pub(super) code: String,
    /// Its name in itself (`Suomi`).
    pub(super) name: String,
    /// From this page's tree root to that language's (`fi/`, `../`).
    pub(super) prefix: String,
    pub(super) current: bool,
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
    /// The title as HTML: code spans and emphasis of its Markdown, the rest escaped.
    pub(super) title_html: &'a str,
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
    pub(super) title_html: &'a str,
    pub(super) url: &'a str,
    /// This unit's page, or the page of one of its modules.
    pub(super) current: bool,
    /// `current`, or a sub-unit of this unit is.
    pub(super) open: bool,
    /// Its sub-units.
    pub(super) units: Vec<NavUnit<'a>>,
}

#[derive(Serialize, Default)]
pub(super) struct Nav<'a> {
    /// Every top-level unit with its sub-units, or in a course with more than [`NAV_UNITS`]
    /// units only the current one.
    pub(super) units: Vec<NavUnit<'a>>,
    /// The number of units when not all are listed (the home page lists them).
    pub(super) all_units: Option<usize>,
    /// The modules of the current unit (module and unit pages only).
    pub(super) modules: Vec<Card<'a>>,
}

#[derive(Serialize)]
pub(super) struct UnitInfo<'a> {
    pub(super) title: &'a str,
    pub(super) title_html: &'a str,
    pub(super) description: &'a str,
    pub(super) url: &'a str,
    /// The modules directly in the unit.
    pub(super) modules: Vec<Card<'a>>,
    /// Its sub-units, each with its modules.
    pub(super) units: Vec<UnitInfo<'a>>,
    /// The unit holding this one, for a sub-unit.
    pub(super) parent: Option<UnitLink<'a>>,
    /// Its modules and those of its sub-units.
    pub(super) module_count: usize,
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
    pub(super) title_html: &'a str,
    pub(super) description: &'a str,
    pub(super) difficulty: &'a str,
    pub(super) level: usize,
    pub(super) minutes: u32,
    pub(super) objectives: Vec<String>,
    pub(super) keypoints: Vec<String>,
    /// The questions the module answers.
    pub(super) questions: Vec<String>,
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
    /// Formulas on the page (the math stylesheet and font are loaded only then).
    pub(super) formulas: usize,
    /// Diagrams on the page (the diagram stylesheet is loaded only then).
    pub(super) diagrams: usize,
    pub(super) quiz_questions: usize,
    /// Links to glossary terms in the body.
    pub(super) terms: usize,
    pub(super) content: &'a str,
    pub(super) source: String,
    /// In a translated course, a module not translated yet: the code and name of the
    /// language it is shown in.
    pub(super) original_language: Option<LanguageName<'a>>,
    /// Where to ask about this module and see what was asked (`discussion:`).
    pub(super) discussion: Option<DiscussionLinks>,
}

/// A module's discussion addresses, filled in.
#[derive(Serialize)]
pub(super) struct DiscussionLinks {
    pub(super) ask: String,
    pub(super) see: Option<String>,
}

/// A language's code and its name in itself.
#[derive(Serialize)]
pub(super) struct LanguageName<'a> {
    pub(super) code: &'a str,
    pub(super) name: String,
}

/// A module's place in one learning path.
#[derive(Serialize)]
pub(super) struct PathStep<'a> {
    pub(super) id: &'a str,
    pub(super) title: &'a str,
    pub(super) title_html: &'a str,
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
    pub(super) title_html: &'a str,
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
    pub(super) title_html: &'a str,
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
    pub(super) title_html: &'a str,
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
    pub(super) title_html: &'a str,
    pub(super) url: &'a str,
    /// The unit holding this one, for a sub-unit.
    pub(super) parent: Option<Box<UnitLink<'a>>>,
}

/// The titles of units and learning paths, read as Markdown once per build (a module's comes
/// with it: [`RenderedModule::title`]).
pub(super) struct Titles<'a> {
    units: HashMap<&'a str, UnitTitle>,
    paths: HashMap<&'a str, Title>,
}

static NO_TITLE: Title = Title {
    text: String::new(),
    html: String::new(),
};

impl<'a> Titles<'a> {
    pub(super) fn new(course: &'a Course, paths: &'a [LearningPath]) -> Self {
        Titles {
            units: unit_titles(&course.units),
            paths: paths
                .iter()
                .map(|p| (p.id.as_str(), render_title(&p.title)))
                .collect(),
        }
    }

    pub(super) fn unit(&self, id: &str) -> &Title {
        self.units.get(id).map_or(&NO_TITLE, |t| &t.own)
    }

    /// A unit's title with its parent's, for a sub-unit.
    pub(super) fn unit_in_full(&self, id: &str) -> &Title {
        self.units.get(id).map_or(&NO_TITLE, |t| &t.full)
    }

    pub(super) fn path(&self, id: &str) -> &Title {
        self.paths.get(id).unwrap_or(&NO_TITLE)
    }
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
    pub(super) titles: &'a Titles<'a>,
    pub(super) glossary: &'a Glossary,
    /// Lookups made once, so that no page costs time proportional to the course's size.
    pub(super) module_index: HashMap<&'a str, usize>,
    pub(super) tag_index: HashMap<String, usize>,
    pub(super) unit_modules: HashMap<Option<&'a str>, Vec<usize>>,
    /// For each module, the paths that take it: (path index, position in the path).
    pub(super) path_steps: Vec<Vec<(usize, usize)>>,
    pub(super) instructor: bool,
    pub(super) math: &'a MathRenderer,
}

impl<'a> Shared<'a> {
    pub(super) fn new(
        inputs: &PageInputs<'a>,
        titles: &'a Titles<'a>,
        memo: Option<&'a Memo<RenderedPage>>,
    ) -> Self {
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
            titles,
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
            instructor: inputs.instructor,
            math: inputs.math,
        }
    }

    pub(super) fn card(&self, index: usize, current: bool) -> Card<'a> {
        let rendered = &self.modules[index];
        let module = rendered.module;
        Card {
            id: &module.id,
            title: &rendered.title.text,
            title_html: &rendered.title.html,
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
        let course = self.course;
        let listed = course.units.len() <= NAV_UNITS;
        let current_top = current_unit
            .and_then(|id| course.unit(id))
            .map(|u| u.parent.as_deref().unwrap_or(&u.id));
        Nav {
            all_units: (!listed).then_some(course.units.len()),
            units: course
                .units_in(None)
                .filter(|u| listed || Some(u.id.as_str()) == current_top)
                .map(|u| self.nav_unit(u, current_unit))
                .collect(),
            modules: match current_unit {
                Some(_) => self.cards_of_unit(current_unit, current_module),
                None => Vec::new(),
            },
        }
    }

    fn nav_unit(&self, unit: &'a Unit, current_unit: Option<&str>) -> NavUnit<'a> {
        let title = self.titles.unit(&unit.id);
        let units: Vec<NavUnit> = self
            .course
            .units_in(Some(&unit.id))
            .map(|sub| self.nav_unit(sub, current_unit))
            .collect();
        let current = Some(unit.id.as_str()) == current_unit;
        NavUnit {
            title: &title.text,
            title_html: &title.html,
            url: &unit.url,
            open: current || units.iter().any(|u| u.current),
            current,
            units,
        }
    }

    /// The link to a unit, with its parent's for a sub-unit (breadcrumbs).
    pub(super) fn unit_link(&self, unit: &'a Unit) -> UnitLink<'a> {
        let title = self.titles.unit(&unit.id);
        UnitLink {
            title: &title.text,
            title_html: &title.html,
            url: &unit.url,
            parent: unit
                .parent
                .as_deref()
                .and_then(|id| self.course.unit(id))
                .map(|parent| Box::new(self.unit_link(parent))),
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
                direction: if self.theme.words.is_right_to_left() {
                    "rtl"
                } else {
                    "ltr"
                },
                base_url: &config.base_url,
                levels: &config.level_labels,
                search: config.search,
                stylesheets: &self.course.stylesheets,
                instructor: self.instructor,
                footer: render_inline_with(&config.footer, self.math, &mut Vec::new()),
                glossary: self.course.glossary.is_some(),
                languages: self.language_links(),
                progress_key: &self.course.tree.progress_key,
                offline: config.offline,
            },
        );
        context.insert("root", &root);
        context.insert("page", &page);
        context.insert("nav", &nav);
        context.insert("urls", &URLS);
        context
    }

    /// The languages of the site as seen from this tree: each tree's prefix made relative to
    /// this one's root.
    fn language_links(&self) -> Vec<LanguageLink> {
        let tree = &self.course.tree;
        if tree.languages.len() < 2 {
            return Vec::new();
        }
        let up = "../".repeat(tree.prefix.matches('/').count());
        tree.languages
            .iter()
            .map(|(code, prefix)| LanguageLink {
                code: code.clone(),
                name: crate::i18n::language_name(code),
                prefix: format!("{up}{prefix}"),
                current: *prefix == tree.prefix,
            })
            .collect()
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
        if let Some(memo) = self.memo
            && let Some(page) = memo
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
