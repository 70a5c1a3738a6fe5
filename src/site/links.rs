//! Link checking, once every address is planned: each link of a module must name a published
//! file, and each anchor a heading of the page it points to.

use std::collections::{HashMap, HashSet};

use super::plan::Plan;
use crate::diagnostics::{Diagnostic, Diagnostics, ProblemBudget, Severity, did_you_mean};
use crate::read::source::STATIC_DIR;
use crate::render::RenderedModule;
use crate::render::markdown::{Heading, LinkRecord};

/// Ids the module template gives its own sections, valid as link anchors on every module page.
const MODULE_PAGE_ANCHORS: &[&str] = &[
    "main",
    "syllabus-objectives",
    "syllabus-keypoints",
    "syllabus-prerequisites",
    "syllabus-unlocks",
    "syllabus-toc",
];

pub(super) fn check_links(modules: &[RenderedModule], plan: &Plan, diagnostics: &mut Diagnostics) {
    let links: Vec<&[LinkRecord]> = modules
        .iter()
        .map(|m| m.markdown.links.as_slice())
        .collect();
    // Heading ids per linked module, made on first use: a long module can hold a hundred
    // thousand headings and as many links to them.
    let mut heading_ids: HashMap<usize, HashSet<&str>> = HashMap::new();
    for (module, records) in modules.iter().zip(&links) {
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
