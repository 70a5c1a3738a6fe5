//! One template context per kind of page: a page gets what it shows, and the course outline
//! appears in full only on the home page.

use fluent_bundle::FluentValue;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use tera::Context;

use super::context::*;
use super::registry::{
    LEARNING_URL, MAP_URL, OFFLINE_URL, PATHS_URL, PageKind, RECORD_URL, TAGS_URL, Tag,
};
use crate::course::Unit;
use crate::diagnostics::Diagnostic;
use crate::learning::map;
use crate::learning::paths::LearningPath;
use crate::render::glossary::GLOSSARY_URL;
use crate::render::text::render_inline_with;
use crate::util::html::escape_html;
use crate::util::slug::path_slug;
use crate::util::url::{absolute_url, root_of};

impl<'a> Shared<'a> {
    /// The theme's message `id` in the course's language.
    fn word(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.theme.words.get(id, args)
    }

    /// The message `id` whose only argument is the course's title.
    fn about_course(&self, id: &str) -> String {
        let title = FluentValue::from(self.course.config.title.as_str());
        self.word(id, &[("title", title)])
    }

    /// A front matter list as HTML, with the course's formulas (checked by the Markdown stage).
    fn inline_list(&self, items: &[String]) -> Vec<String> {
        items
            .iter()
            .map(|item| render_inline_with(item, self.math, &mut Vec::new()))
            .collect()
    }

    /// The page at site path `path`, rendered with its kind's template (or taken from the last
    /// build).
    pub(super) fn page(&self, path: &str, kind: PageKind<'a>) -> Result<PageOut, Diagnostic> {
        let context = match kind {
            PageKind::Index => self.index_page(),
            PageKind::NotFound => self.not_found_page(),
            PageKind::Tags => self.tags_page(),
            PageKind::Paths => self.paths_page(),
            PageKind::Map => self.map_page(),
            PageKind::Learning => self.learner_page("learning", LEARNING_URL, "my-learning"),
            PageKind::Record => self.learner_page("record", RECORD_URL, "completion-record"),
            PageKind::Offline => self.learner_page("offline", OFFLINE_URL, "offline-title"),
            PageKind::Glossary => self.glossary_page(),
            PageKind::Path(path) => self.path_page(path),
            PageKind::Module(index) => self.module_page(index),
            PageKind::Unit(unit) => self.unit_page(unit),
            PageKind::Tag(tag) => self.tag_page(tag),
        };
        self.render_at(kind.template(), path.to_string(), context)
    }

    fn module_page(&self, index: usize) -> Context {
        let rendered = &self.modules[index];
        let module = rendered.module;
        let course = self.course;
        let position = |id: &str| self.module_index.get(id).copied();
        let info = ModuleInfo {
            id: &module.id,
            title: &rendered.title.text,
            title_html: &rendered.title.html,
            description: &module.description,
            difficulty: course.level_name(module.difficulty),
            level: module.difficulty + 1,
            minutes: rendered.minutes,
            objectives: self.inline_list(&module.objectives),
            keypoints: self.inline_list(&module.keypoints),
            questions: self.inline_list(&module.questions),
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
                .map(|u| self.unit_link(u)),
            prev: index.checked_sub(1).map(|i| self.card(i, false)),
            next: (index + 1 < self.modules.len()).then(|| self.card(index + 1, false)),
            toc: rendered
                .headings()
                .iter()
                .filter(|h| h.in_toc && (h.level == 2 || h.level == 3))
                .collect(),
            quiz_questions: rendered.quiz_questions(),
            formulas: rendered.markdown.load.formulas,
            diagrams: rendered.markdown.load.diagrams,
            terms: rendered.terms(),
            content: rendered.html(),
            source: module.source.path.to_string_lossy().replace('\\', "/"),
            original_language: module
                .fallback_language
                .as_deref()
                .map(|code| LanguageName {
                    code,
                    name: crate::i18n::language_name(code),
                }),
            discussion: course.config.discussion.as_ref().map(|discussion| {
                let fill = |template: &str| {
                    fill_discussion(
                        template,
                        &[
                            ("title", &rendered.title.text),
                            ("url", &absolute_url(&course.config.base_url, &module.url)),
                            ("id", &module.id),
                            ("course", &course.config.title),
                        ],
                    )
                };
                DiscussionLinks {
                    ask: fill(&discussion.ask),
                    see: discussion.see.as_deref().map(fill),
                }
            }),
        };
        let page = self.page_info(
            "module",
            &module.url,
            &rendered.title.text,
            &module.description,
        );
        let mut context = self.context(
            page,
            root_of(&module.url),
            self.nav(module.unit.as_deref(), Some(index)),
        );
        context.insert("module", &info);
        context
    }

    fn path_step(&self, path: usize, at: usize) -> PathStep<'a> {
        let path = &self.paths[path];
        let title = self.titles.path(&path.id);
        PathStep {
            id: &path.id,
            title: &title.text,
            title_html: &title.html,
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
                title: &self.titles.path(&path.id).text,
                title_html: &self.titles.path(&path.id).html,
                description: &path.description,
                url: &path.url,
                module_count: path.modules.len(),
                total_minutes: self.minutes_of(&path.modules),
                implicit: path.implicit,
            })
            .collect()
    }

    fn path_page(&self, path: &'a LearningPath) -> Context {
        let title = self.titles.path(&path.id);
        let info = PathInfo {
            id: &path.id,
            title: &title.text,
            title_html: &title.html,
            description: &path.description,
            url: &path.url,
            modules: path.modules.iter().map(|&i| self.card(i, false)).collect(),
            goals: path.goals.iter().map(|&i| self.card(i, false)).collect(),
            total_minutes: self.minutes_of(&path.modules),
            implicit: path.implicit,
        };
        let page = self.page_info("path", &path.url, &title.text, &path.description);
        let mut context = self.context(page, root_of(&path.url), self.nav(None, None));
        context.insert("path", &info);
        context
    }

    /// A page whose content is the learner's own, drawn by `learning.js`; the template gives
    /// its frame and what to say without JavaScript.
    fn learner_page(&self, kind: &'static str, url: &str, title_id: &str) -> Context {
        let title = self.word(title_id, &[]);
        let description = self.word(
            "description-learner-page",
            &[
                ("page", FluentValue::from(title.as_str())),
                (
                    "title",
                    FluentValue::from(self.course.config.title.as_str()),
                ),
            ],
        );
        let page = self.page_info(kind, url, &title, &description);
        self.context(page, root_of(url), self.nav(None, None))
    }

    fn paths_page(&self) -> Context {
        let description = self.about_course("description-paths");
        let title = self.word("learning-paths", &[]);
        let page = self.page_info("paths", PATHS_URL, &title, &description);
        let mut context = self.context(page, root_of(PATHS_URL), self.nav(None, None));
        context.insert("paths", &self.path_summaries());
        context
    }

    fn map_page(&self) -> Context {
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
                    title: &rendered.title.text,
                    url: &module.url,
                    difficulty: module.difficulty,
                    difficulty_name: course.level_name(module.difficulty),
                    minutes: self.word("minutes-short", &[("count", rendered.minutes.into())]),
                    unit: colour_of(module.unit.as_deref()),
                }
            })
            .collect();
        let root = root_of(MAP_URL);
        let title = self.word("course-map", &[]);
        let svg = (map_modules.len() <= map::MAX_MODULES)
            .then(|| map::render(&map_modules, &course.graph, &root, &title));
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
        // The name of the modules directly in `modules/`, listed first as if they were a unit.
        let start_here = self.word("start-here", &[]);
        let start_here_html = escape_html(&start_here);
        if !loose.is_empty() {
            units.push(MapUnit {
                title: &start_here,
                title_html: &start_here_html,
                url: "",
                colour: 0,
                modules: loose,
            });
        }
        for (i, unit) in course.units.iter().enumerate() {
            let title = self.titles.unit_in_full(&unit.id);
            units.push(MapUnit {
                title: &title.text,
                title_html: &title.html,
                url: &unit.url,
                colour: i % map::UNIT_COLOURS + 1,
                modules: entries(Some(&unit.id)),
            });
        }
        let description = self.about_course("description-map");
        let page = self.page_info("map", MAP_URL, &title, &description);
        let mut context = self.context(page, root, self.nav(None, None));
        context.insert("map", &svg.as_ref().map(|svg| svg.markup.as_str()));
        // Phones are at least 320 px wide; a wider map scrolls sideways there.
        context.insert(
            "map_scrolls",
            &svg.as_ref().is_some_and(|svg| svg.width > 320.0),
        );
        context.insert("map_limit", &map::MAX_MODULES);
        context.insert("units", &units);
        context
    }

    fn unit_info(&self, unit: &'a Unit) -> UnitInfo<'a> {
        let modules = self.cards_of_unit(Some(&unit.id), None);
        let units: Vec<UnitInfo> = self
            .course
            .units_in(Some(&unit.id))
            .map(|sub| self.unit_info(sub))
            .collect();
        let total_minutes = total_minutes(modules.iter().map(|c| c.minutes))
            + units.iter().map(|u| u.total_minutes).sum::<u64>();
        let title = self.titles.unit(&unit.id);
        UnitInfo {
            title: &title.text,
            title_html: &title.html,
            description: &unit.description,
            url: &unit.url,
            module_count: modules.len() + units.iter().map(|u| u.module_count).sum::<usize>(),
            modules,
            units,
            parent: unit
                .parent
                .as_deref()
                .and_then(|id| self.course.unit(id))
                .map(|parent| self.unit_link(parent)),
            total_minutes,
        }
    }

    fn unit_page(&self, unit: &'a Unit) -> Context {
        let info = self.unit_info(unit);
        let page = self.page_info("unit", &unit.url, info.title, &unit.description);
        let mut context = self.context(page, root_of(&unit.url), self.nav(Some(&unit.id), None));
        context.insert("unit", &info);
        context
    }

    fn index_page(&self) -> Context {
        let config = &self.course.config;
        let mut units: Vec<UnitInfo> = self
            .course
            .units_in(None)
            .map(|u| self.unit_info(u))
            .collect();
        let loose = self.cards_of_unit(None, None);
        // The name of the modules directly in `modules/`, listed first as if they were a unit.
        let start_here = self.word("start-here", &[]);
        let start_here_html = escape_html(&start_here);
        if !loose.is_empty() {
            let total_minutes = total_minutes(loose.iter().map(|c| c.minutes));
            units.insert(
                0,
                UnitInfo {
                    title: &start_here,
                    title_html: &start_here_html,
                    description: "",
                    url: "",
                    module_count: loose.len(),
                    modules: loose,
                    units: Vec::new(),
                    parent: None,
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
        context
    }

    fn tag_page(&self, tag: &'a Tag) -> Context {
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
        let name = || FluentValue::from(tag.name.as_str());
        let title = self.word("tag-page-title", &[("name", name())]);
        let description = self.word(
            "description-tag",
            &[
                (
                    "title",
                    FluentValue::from(self.course.config.title.as_str()),
                ),
                ("name", name()),
            ],
        );
        let page = self.page_info("tag", &tag.url, &title, &description);
        let mut context = self.context(page, root_of(&tag.url), self.nav(None, None));
        context.insert("tag", &info);
        context
    }

    fn tags_page(&self) -> Context {
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
            TAGS_URL,
            &self.word("all-tags", &[]),
            &self.about_course("description-tags"),
        );
        let mut context = self.context(page, root_of(TAGS_URL), self.nav(None, None));
        context.insert("tags", &links);
        context
    }

    fn glossary_page(&self) -> Context {
        let page = self.page_info(
            "glossary",
            GLOSSARY_URL,
            &self.word("glossary", &[]),
            &self.about_course("description-glossary"),
        );
        let mut context = self.context(page, root_of(GLOSSARY_URL), self.nav(None, None));
        context.insert("terms", &self.glossary.terms);
        context
    }

    fn not_found_page(&self) -> Context {
        // Hosts serve this page at any missing address, so its links are absolute paths.
        let page = self.page_info(
            "404",
            "404.html",
            &self.word("page-not-found", &[]),
            &self.word("description-not-found", &[]),
        );
        self.context(
            page,
            self.course.config.base_path().to_string(),
            self.nav(None, None),
        )
    }
}

/// A discussion address template with its `{name}`s replaced by `values`, percent-encoded (the
/// template was checked when `course.yaml` was read).
fn fill_discussion(template: &str, values: &[(&str, &str)]) -> String {
    // What `encodeURIComponent` leaves as it is, but for `!'()*`.
    const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    let mut out = template.to_string();
    for (name, value) in values {
        let encoded = utf8_percent_encode(value, COMPONENT).to_string();
        out = out.replace(&format!("{{{name}}}"), &encoded);
    }
    out
}
