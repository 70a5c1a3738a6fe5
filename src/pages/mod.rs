//! The pages of a site: every generated file listed once (`registry`), what each template
//! receives (`context`, `kinds`), and the files made without templates (`data`: course.json;
//! `web`: sitemap, robots.txt, redirects). Pages are rendered in parallel, and with a memo a
//! page whose context has not changed is taken from the last build.

mod context;
mod data;
mod kinds;
pub(crate) mod offline;
pub(crate) mod registry;
pub(crate) mod theme;
mod web;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::course::Course;
use crate::diagnostics::{Diagnostic, Position};
use crate::learning::paths::LearningPath;
use crate::output::{Content, SiteFiles};
use crate::render::RenderedModule;
use crate::render::glossary::Glossary;
use crate::render::highlight;
use crate::render::math::MathRenderer;
use crate::util::memo::Memo;
use context::{PageOut, Shared, Titles};
use registry::{Entry, FileKind, Made, PageKind, Tag};
use theme::Theme;

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

/// Makes every file of `entries` that the pages stage owns: the pages (in parallel), the
/// redirects, the sitemap, `robots.txt`, `.nojekyll`, `course.json` and the highlighting
/// stylesheet; or returns every template error. With `memo`, a page whose template context is
/// the same as in the last build is not rendered again, and `memo` is left holding this
/// build's pages.
pub(crate) fn render_all(
    inputs: &PageInputs,
    entries: &[Entry],
    memo: Option<&mut Memo<RenderedPage>>,
) -> Result<RenderedSite, Vec<Diagnostic>> {
    let titles = Titles::new(inputs.course, inputs.paths);
    let shared = Shared::new(inputs, &titles, memo.as_deref());
    let pages: Vec<(&str, PageKind)> = entries
        .iter()
        .filter_map(|entry| match entry.made {
            Made::Page(kind) => Some((entry.path.as_str(), kind)),
            _ => None,
        })
        .collect();
    let results: Vec<Result<PageOut, Diagnostic>> = pages
        .par_iter()
        .map(|&(path, kind)| shared.page(path, kind))
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
                    remembered.push((page.path.clone(), inputs.theme.fingerprint, kept));
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
    for entry in entries {
        if let Some(bytes) = file_of(inputs, &titles, entries, entry.made) {
            files.insert(entry.path.clone(), Content::Bytes(bytes));
        }
    }
    Ok(RenderedSite {
        files,
        page_count,
        pages_reused,
    })
}

/// What the pages are made from.
pub(crate) struct PageInputs<'a> {
    pub(crate) course: &'a Course,
    pub(crate) paths: &'a [LearningPath],
    pub(crate) modules: &'a [RenderedModule<'a>],
    pub(crate) tags: &'a [Tag],
    pub(crate) theme: &'a Theme,
    /// Whether this is the instructor view (see `syllabus build --instructor`).
    pub(crate) instructor: bool,
    pub(crate) math: &'a MathRenderer,
    pub(crate) glossary: &'a Glossary,
}

/// The bytes of a generated file that is not a page, when this stage makes it.
fn file_of(inputs: &PageInputs, titles: &Titles, entries: &[Entry], made: Made) -> Option<Vec<u8>> {
    let config = &inputs.course.config;
    let text = match made {
        Made::Page(_)
        | Made::File(
            FileKind::Marker
            | FileKind::SearchIndex
            | FileKind::ServiceWorker
            | FileKind::OfflineData,
        ) => return None,
        Made::Redirect { alias, module } => web::redirect_page(config, &alias.value, module),
        Made::File(FileKind::Sitemap) => {
            web::sitemap(&config.base_url, entries, &inputs.course.tree.languages)
        }
        Made::File(FileKind::Robots) => web::robots(config),
        Made::File(FileKind::Manifest) => {
            web::manifest(config, inputs.theme.words.is_right_to_left())
        }
        Made::File(FileKind::NoJekyll) => String::new(),
        Made::File(FileKind::HighlightCss) => highlight::stylesheet(),
        Made::File(FileKind::CourseData) => {
            data::course_data(inputs.course, inputs.paths, inputs.modules, titles)
        }
        Made::File(FileKind::ScriptWords) => web::script_words(&inputs.theme.words),
    };
    Some(text.into_bytes())
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
