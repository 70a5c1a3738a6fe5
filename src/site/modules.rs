//! The Markdown stage with its memo: each module's body rendered (in parallel) unless the
//! last build rendered the same text for the same address and link targets.

use std::sync::Arc;

use rayon::prelude::*;

use super::cache::Reuse;
use crate::course::{Course, Module};
use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::i18n::Words;
use crate::read::glossary::GLOSSARY_MODULE;
use crate::read::source::LineIndex;
use crate::render::RenderedModule;
use crate::render::glossary::{GLOSSARY_URL, Glossary};
use crate::render::highlight::HighlightCache;
use crate::render::markdown::divs::Audience;
use crate::render::markdown::links::LinkTargets;
use crate::render::markdown::{self, Page};
use crate::render::math::MathRenderer;
use crate::render::quiz::QuizWords;
use crate::render::text::{render_inline_with, render_title};
use crate::util::fingerprint::fingerprint;
use crate::util::memo::Memo;
use crate::util::timings::Timings;

/// What every module's Markdown is rendered with.
pub(super) struct Rendering<'a> {
    pub(super) highlighter: &'a HighlightCache,
    pub(super) audience: Audience,
    pub(super) math: &'a MathRenderer,
    pub(super) glossary: &'a Glossary,
    pub(super) words: &'a Words,
    pub(super) quiz_words: &'a QuizWords,
}

/// Renders every module's Markdown in course order, reusing what `memo` holds from the last
/// build, and leaves `memo` holding this build's (and `reused` the counts).
pub(super) fn render_modules<'c>(
    course: &'c Course,
    rendering: &Rendering,
    memo: &mut Memo<markdown::Rendered>,
    reused: &mut Reuse,
    diagnostics: &mut Diagnostics,
    timings: &mut Timings,
) -> Vec<RenderedModule<'c>> {
    let Rendering {
        audience,
        math,
        glossary,
        words,
        ..
    } = *rendering;
    let targets = link_targets(course);
    let targets_fingerprint = fingerprint(&(
        &targets.modules,
        &course.excluded_drafts,
        &course.module_assets,
        course.config.search,
        audience,
        math.macros(),
        glossary,
        words.fingerprint,
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
                        Arc::new(render_markdown(module, course, &targets, rendering)),
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
            // A link names a translated module by its original's file, in every language.
            .chain(
                course
                    .modules
                    .iter()
                    .filter_map(|m| Some((m.original_path.clone()?, m.url.clone()))),
            )
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
    rendering: &Rendering,
) -> markdown::Rendered {
    let Rendering {
        highlighter,
        audience,
        math,
        glossary,
        words,
        quiz_words,
    } = *rendering;
    let mut rendered = markdown::render(&Page {
        file: &module.source.path,
        file_text: &module.source.text,
        body_offset: module.body_offset,
        url: &module.url,
        targets,
        collect_text: course.config.search,
        highlighter,
        audience,
        math,
        taken: module.taken,
        fences: &module.fences,
        glossary,
        words,
        quiz_words,
    });
    rendered
        .problems
        .extend(front_matter_formulas(module, math));
    rendered
}

/// The formulas of the module's objectives, key points and questions, checked: a mistake is an
/// error at the front matter line that holds it.
fn front_matter_formulas(module: &Module, math: &MathRenderer) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for item in module
        .objectives
        .iter()
        .chain(&module.keypoints)
        .chain(&module.questions)
    {
        if item.contains('$') {
            render_inline_with(item, math, &mut errors);
        }
    }
    let file = &module.source;
    errors
        .into_iter()
        .map(|(latex, error)| {
            let position = located_in(&file.text[..module.body_offset.min(file.text.len())], &latex);
            Diagnostic::error(crate::render::math::field_message(&latex, &error))
                .at(&file.path, &file.text, position)
                .with_help("write LaTeX math as in amsmath (`\\frac{a}{b}`); in YAML, quote the text and double each backslash inside double quotes")
        })
        .collect()
}

/// Where `needle` first appears in `text`, as written or with its backslashes doubled (in a
/// double-quoted YAML string), or the start when it is not found.
fn located_in(text: &str, needle: &str) -> Position {
    let escaped = needle.replace('\\', "\\\\");
    match text.find(needle).or_else(|| text.find(&escaped)) {
        Some(offset) => {
            let (line, column) = LineIndex::new(text).position(text, offset);
            Position::new(line, column, needle.chars().count())
        }
        None => Position::new(1, 1, 3),
    }
}

fn rendered_module(module: &Module, markdown: Arc<markdown::Rendered>) -> RenderedModule<'_> {
    let minutes = module.minutes.unwrap_or_else(|| markdown.load.minutes());
    RenderedModule {
        module,
        title: render_title(&module.title),
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
