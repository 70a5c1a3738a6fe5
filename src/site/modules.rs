//! The Markdown stage with its memo: each module's body rendered (in parallel) unless the
//! last build rendered the same text for the same address and link targets.

use std::sync::Arc;

use rayon::prelude::*;

use super::cache::Reuse;
use crate::course::{Course, Module};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::read::glossary::GLOSSARY_MODULE;
use crate::render::RenderedModule;
use crate::render::glossary::{GLOSSARY_URL, Glossary};
use crate::render::highlight::HighlightCache;
use crate::render::markdown::links::LinkTargets;
use crate::render::markdown::{self, Page};
use crate::util::fingerprint::fingerprint;
use crate::util::memo::Memo;
use crate::util::timings::Timings;

/// Renders every module's Markdown in course order, reusing what `memo` holds from the last
/// build, and leaves `memo` holding this build's (and `reused` the counts).
pub(super) fn render_modules<'c>(
    course: &'c Course,
    glossary: &Glossary,
    memo: &mut Memo<markdown::Rendered>,
    reused: &mut Reuse,
    highlighter: &HighlightCache,
    diagnostics: &mut Diagnostics,
    timings: &mut Timings,
) -> Vec<RenderedModule<'c>> {
    let targets = link_targets(course);
    let targets_fingerprint = fingerprint(&(
        &targets.modules,
        &course.excluded_drafts,
        &course.module_assets,
        course.config.search,
        glossary,
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
                let (markdown, fresh) = match memo.get(&name, key) {
                    Some(markdown) => (markdown, false),
                    None => (
                        Arc::new(render_markdown(
                            module,
                            course,
                            &targets,
                            highlighter,
                            glossary,
                        )),
                        true,
                    ),
                };
                (rendered_module(module, markdown), key, fresh)
            })
            .collect()
    });
    let mut modules = Vec::with_capacity(rendered.len());
    let mut remembered = Vec::with_capacity(rendered.len());
    *reused = Reuse::default();
    for (module, key, fresh) in rendered {
        if fresh {
            reused.markdown_rendered += 1;
        } else {
            reused.markdown_reused += 1;
        }
        diagnostics.extend(module.markdown.problems.iter().cloned());
        diagnostics.extend(budget_warning(&module, course));
        remembered.push((
            module.module.source.path.to_string_lossy().into_owned(),
            key,
            Arc::clone(&module.markdown),
        ));
        modules.push(module);
    }
    memo.keep(remembered);
    modules
}

fn link_targets(course: &Course) -> LinkTargets {
    // The glossary module is the glossary page, so that links to `glossary.md` reach it.
    let glossary_module = course
        .glossary
        .as_ref()
        .filter(|g| g.file == std::path::Path::new(GLOSSARY_MODULE))
        .map(|g| (g.file.clone(), GLOSSARY_URL.to_string()));
    LinkTargets {
        modules: course
            .modules
            .iter()
            .map(|m| (m.source.path.clone(), m.url.clone()))
            .chain(glossary_module)
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
    glossary: &Glossary,
) -> markdown::Rendered {
    markdown::render(&Page {
        file: &module.source.path,
        file_text: &module.source.text,
        body_offset: module.body_offset,
        url: &module.url,
        targets,
        collect_text: course.config.search,
        highlighter,
        glossary,
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
