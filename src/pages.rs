//! The pages of a site: what each template receives, and the files made without templates
//! (sitemap, robots.txt, redirects). Template contexts stay small: a page gets what it shows,
//! and the course outline appears in full only on the home page.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::config::CourseConfig;
use crate::course::{Course, Module, Unit};
use crate::diagnostics::Diagnostic;
use crate::highlight::escape_html;
use crate::markdown::links::relative_url;
use crate::markdown::{Heading, render_inline};
use crate::output::{Content, SiteFiles};
use crate::site::RenderedModule;
use crate::slug::path_slug;
use crate::theme::Theme;

/// A tag and the modules carrying it, in course order.
#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub url: String,
    pub modules: Vec<usize>,
}

/// Tags of the course; names that differ only in case or punctuation share one page.
pub fn collect_tags(course: &Course) -> Vec<Tag> {
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
    units: Vec<NavUnit<'a>>,
    /// The modules of the current unit (module and unit pages only).
    modules: Vec<Card<'a>>,
}

#[derive(Serialize)]
struct UnitInfo<'a> {
    title: &'a str,
    description: &'a str,
    url: &'a str,
    modules: Vec<Card<'a>>,
    total_minutes: u32,
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
    tags: Vec<TagLink<'a>>,
    unit: Option<UnitLink<'a>>,
    prev: Option<Card<'a>>,
    next: Option<Card<'a>>,
    toc: Vec<&'a Heading>,
    content: &'a str,
    source: String,
}

#[derive(Serialize)]
struct UnitLink<'a> {
    title: &'a str,
    url: &'a str,
}

/// Shared by every page of one build.
struct Shared<'a> {
    course: &'a Course,
    modules: &'a [RenderedModule<'a>],
    tags: &'a [Tag],
    theme: &'a Theme,
    /// Lookups made once, so that no page costs time proportional to the course's size.
    module_index: HashMap<&'a str, usize>,
    tag_index: HashMap<String, usize>,
    unit_modules: HashMap<Option<&'a str>, Vec<usize>>,
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
        Nav {
            units: self
                .course
                .units
                .iter()
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
                absolute_url(&self.course.config, url)
            } else {
                String::new()
            },
        }
    }

    fn render(
        &self,
        template: &str,
        url: &str,
        context: &Context,
    ) -> Result<(String, Content), Diagnostic> {
        let html = self.theme.render(template, context, url)?;
        Ok((
            format!("{url}index.html"),
            Content::Bytes(html.into_bytes()),
        ))
    }

    fn module_page(&self, index: usize) -> Result<(String, Content), Diagnostic> {
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
                .headings
                .iter()
                .filter(|h| h.level == 2 || h.level == 3)
                .collect(),
            content: &rendered.html,
            source: module.source.path.to_string_lossy().replace('\\', "/"),
        };
        let page = self.page_info("module", &module.url, &module.title, &module.description);
        let mut context = self.context(
            page,
            root_of(&module.url),
            self.nav(module.unit.as_deref(), Some(index)),
        );
        context.insert("module", &info);
        self.render("module.html", &module.url, &context)
    }

    fn unit_info(&self, unit: &'a Unit) -> UnitInfo<'a> {
        let modules = self.cards_of_unit(Some(&unit.id), None);
        let total_minutes = modules.iter().map(|c| c.minutes).sum();
        UnitInfo {
            title: &unit.title,
            description: &unit.description,
            url: &unit.url,
            modules,
            total_minutes,
        }
    }

    fn unit_page(&self, unit: &'a Unit) -> Result<(String, Content), Diagnostic> {
        let page = self.page_info("unit", &unit.url, &unit.title, &unit.description);
        let mut context = self.context(page, root_of(&unit.url), self.nav(Some(&unit.id), None));
        context.insert("unit", &self.unit_info(unit));
        self.render("unit.html", &unit.url, &context)
    }

    fn index_page(&self) -> Result<(String, Content), Diagnostic> {
        let config = &self.course.config;
        let mut units: Vec<UnitInfo> = self
            .course
            .units
            .iter()
            .map(|u| self.unit_info(u))
            .collect();
        let loose = self.cards_of_unit(None, None);
        if !loose.is_empty() {
            let total_minutes = loose.iter().map(|c| c.minutes).sum();
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
            module_count: usize,
            total_minutes: u32,
        }
        let overview = Overview {
            module_count: self.modules.len(),
            total_minutes: self.modules.iter().map(|m| m.minutes).sum(),
            units,
        };
        let page = self.page_info("index", "", &config.title, &config.description);
        let mut context = self.context(page, root_of(""), self.nav(None, None));
        context.insert("course", &overview);
        self.render("index.html", "", &context)
    }

    fn tag_page(&self, tag: &'a Tag) -> Result<(String, Content), Diagnostic> {
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
        self.render("tag.html", &tag.url, &context)
    }

    fn tags_page(&self) -> Result<(String, Content), Diagnostic> {
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
        self.render("tags.html", "tags/", &context)
    }

    fn not_found_page(&self) -> Result<(String, Content), Diagnostic> {
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
        let html = self.theme.render("404.html", &context, "404.html")?;
        Ok(("404.html".into(), Content::Bytes(html.into_bytes())))
    }
}

/// Renders every page and the files made without templates. Returns the files and the number
/// of HTML pages, or every template error.
pub fn render_all(
    course: &Course,
    modules: &[RenderedModule],
    tags: &[Tag],
    theme: &Theme,
) -> Result<(SiteFiles, usize), Vec<Diagnostic>> {
    let mut unit_modules: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
    for (index, rendered) in modules.iter().enumerate() {
        unit_modules
            .entry(rendered.module.unit.as_deref())
            .or_default()
            .push(index);
    }
    let shared = Shared {
        course,
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
    };
    enum Job<'a> {
        Index,
        NotFound,
        Tags,
        Module(usize),
        Unit(&'a Unit),
        Tag(&'a Tag),
    }
    let mut jobs = vec![Job::Index, Job::NotFound, Job::Tags];
    jobs.extend((0..modules.len()).map(Job::Module));
    jobs.extend(course.units.iter().map(Job::Unit));
    jobs.extend(tags.iter().map(Job::Tag));
    let results: Vec<Result<(String, Content), Diagnostic>> = jobs
        .par_iter()
        .map(|job| match job {
            Job::Index => shared.index_page(),
            Job::NotFound => shared.not_found_page(),
            Job::Tags => shared.tags_page(),
            Job::Module(index) => shared.module_page(*index),
            Job::Unit(unit) => shared.unit_page(unit),
            Job::Tag(tag) => shared.tag_page(tag),
        })
        .collect();
    let mut files = SiteFiles::new();
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok((path, content)) => {
                files.insert(path, content);
            }
            Err(problem) => problems.push(problem),
        }
    }
    if !problems.is_empty() {
        problems.dedup_by(|a, b| a.message == b.message);
        return Err(problems);
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
    Ok((files, page_count))
}

/// The relative path from a page to the site root: `./` for the home page, `../../` for
/// `basics/first-commit/`.
pub fn root_of(url: &str) -> String {
    relative_url(url, "")
}

/// `base_url` joined with a site path: absolute when `base_url` names a host.
pub fn absolute_url(config: &CourseConfig, path: &str) -> String {
    format!("{}{}", config.base_url, path)
}

fn redirect_page(config: &CourseConfig, alias: &str, module: &Module) -> String {
    let target = escape_html(&relative_url(alias, &module.url));
    let canonical = escape_html(&absolute_url(config, &module.url));
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
        .collect();
    pages.sort_unstable();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages {
        let url = escape_html(&absolute_url(&course.config, page));
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
    fn roots_climb_to_the_site_root() {
        assert_eq!(root_of(""), "./");
        assert_eq!(root_of("basics/"), "../");
        assert_eq!(root_of("basics/first-commit/"), "../../");
    }

    #[test]
    fn robots_names_the_sitemap_only_with_a_full_address() {
        let mut config = CourseConfig::with_title("T");
        assert!(!robots(&config).contains("Sitemap"));
        config.base_url = "https://u.github.io/repo/".into();
        assert!(robots(&config).contains("Sitemap: https://u.github.io/repo/sitemap.xml"));
    }
}
