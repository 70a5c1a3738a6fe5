//! Link checking, once every address is planned: each link of a module must name a published
//! file, and each anchor a heading of the page it points to (or another id its Markdown gave,
//! such as a figure's).

use std::collections::{HashMap, HashSet};

use super::plan::Plan;
use crate::diagnostics::{Diagnostic, Diagnostics, ProblemBudget, Severity, did_you_mean};
use crate::read::source::STATIC_DIR;
use crate::render::RenderedModule;
use crate::render::markdown::LinkRecord;

/// Ids the module template gives its own sections, valid as link anchors on every module page.
const MODULE_PAGE_ANCHORS: &[&str] = &[
    "main",
    "syllabus-objectives",
    "syllabus-questions",
    "syllabus-keypoints",
    "syllabus-prerequisites",
    "syllabus-unlocks",
    "syllabus-toc",
];

pub(super) fn check_links(modules: &[RenderedModule], plan: &Plan, diagnostics: &mut Diagnostics) {
    let mut checker = Checker {
        modules,
        plan,
        heading_ids: HashMap::new(),
    };
    for module in modules {
        let source = &module.module.source;
        // Suggestions search the whole site or module: only for the problems that are listed.
        let mut budget = ProblemBudget::default();
        for link in &module.markdown.links {
            let Some(broken) = checker.check(link, &mut budget) else {
                continue;
            };
            diagnostics.push(
                Diagnostic::error(broken.problem)
                    .at(&source.path, &source.text, link.position)
                    .with_label(broken.label)
                    .with_help(broken.help),
            );
        }
        diagnostics.extend(budget.summary(&source.path, &source.text));
    }
}

/// What is wrong with a link, to be reported where it is written.
struct Broken {
    problem: String,
    label: &'static str,
    help: String,
}

/// The site's pages and modules, to check links against.
struct Checker<'m, 'c> {
    modules: &'m [RenderedModule<'c>],
    plan: &'m Plan,
    /// Heading ids per linked module, made on first use: a long module can hold a hundred
    /// thousand headings and as many links to them.
    heading_ids: HashMap<usize, HashSet<&'m str>>,
}

impl<'m> Checker<'m, '_> {
    /// The problem with `link`, if it has one that `budget` admits.
    fn check(&mut self, link: &LinkRecord, budget: &mut ProblemBudget) -> Option<Broken> {
        let path = &link.target.path;
        let page = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.clone()
        };
        if !self.plan.contains(&page) && !self.plan.contains(&format!("{path}/index.html")) {
            if !budget.admit(Severity::Error, link.position) {
                return None;
            }
            return Some(self.missing_page(link));
        }
        let (Some(anchor), Some(&target)) = (&link.target.anchor, self.plan.module_pages.get(path))
        else {
            return None;
        };
        let target_module: &'m RenderedModule = self.modules.get(target)?;
        let ids = self.heading_ids.entry(target).or_insert_with(|| {
            let anchors = target_module.markdown.anchors.iter().map(String::as_str);
            target_module
                .headings()
                .iter()
                .map(|h| h.id.as_str())
                .chain(anchors)
                .collect()
        });
        if ids.contains(anchor.as_str())
            || MODULE_PAGE_ANCHORS.contains(&anchor.as_str())
            || !budget.admit(Severity::Error, link.position)
        {
            return None;
        }
        Some(missing_anchor(anchor, target_module))
    }

    /// A link to a path that is not published.
    fn missing_page(&self, link: &LinkRecord) -> Broken {
        let path = &link.target.path;
        let help = match did_you_mean(path, self.plan.owners.keys().map(String::as_str)) {
            Some(suggestion) => format!("did you mean `/{suggestion}`?"),
            None if !path.ends_with('/') => {
                format!("put the file at `{STATIC_DIR}/{path}` to publish it as `/{path}`")
            }
            None => "link to modules by the relative path of their `.md` file".to_string(),
        };
        Broken {
            problem: format!(
                "the link `{}` leads to `/{path}`, which is not a page or file of this site",
                link.written
            ),
            label: "broken link",
            help,
        }
    }
}

/// A link to `#anchor` of the module `target`, which has no such heading.
fn missing_anchor(anchor: &str, target: &RenderedModule) -> Broken {
    let anchors = target.markdown.anchors.iter().map(String::as_str);
    let ids = target
        .headings()
        .iter()
        .map(|h| h.id.as_str())
        .chain(anchors);
    let help = match did_you_mean(anchor, ids.clone()) {
        // Headings are translated, and their ids with them, unless the translator keeps them.
        _ if target.module.original_path.is_some() => format!(
            "a translation keeps its original's anchors: write `{{#{anchor}}}` after the translated heading, as in `## Heading {{#{anchor}}}`"
        ),
        Some(suggestion) => format!("did you mean `#{suggestion}`?"),
        None if target.headings().is_empty() && target.markdown.anchors.is_empty() => {
            "that module has no headings to link to".to_string()
        }
        None => headings_list(ids.collect()),
    };
    Broken {
        problem: format!(
            "`#{anchor}` is not a heading of `{}`",
            target.module.source.path.display()
        ),
        label: "broken anchor",
        help,
    }
}

/// The anchors a link may name, for a help line: the first few of a long module.
fn headings_list(ids: Vec<&str>) -> String {
    const SHOWN: usize = 20;
    let shown: Vec<String> = ids
        .iter()
        .take(SHOWN)
        .map(|id| format!("`#{id}`"))
        .collect();
    match ids.len().saturating_sub(SHOWN) {
        0 => format!("its headings are: {}", shown.join(", ")),
        more => format!("its headings are: {} and {more} more", shown.join(", ")),
    }
}
