//! The build: runs the stages in order and collects every problem on the way.
//!
//! ```text
//! read files ─▶ assemble course ─▶ render Markdown (parallel) ─▶ learning paths ─▶ registry
//!            ─▶ plan every address ─▶ check links ─▶ pages ∥ search index ─▶ SiteFiles
//! ```
//!
//! It never writes: `cli` hands the files to `output`, and `serve` keeps them in memory.

pub(crate) mod cache;
mod links;
mod modules;
mod plan;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crate::course::{self, Course, Tree};
use crate::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::i18n::Words;
use crate::learning;
use crate::output::{Content, SiteFiles};
use crate::pages::offline::{self, ShellSize};
use crate::pages::registry::{self, OFFLINE_DATA, SERVICE_WORKER, collect_tags};
use crate::pages::theme::Theme;
use crate::pages::{self, PageInputs, RenderedSite};
use crate::read::config::DEFAULT_LEVELS;
use crate::read::source::{self, CourseDir, SourceFile};
use crate::render::glossary::Glossary;
use crate::render::highlight::HighlightCache;
use crate::render::markdown::divs::Audience;
use crate::render::math::MathRenderer;
use crate::render::quiz::QuizWords;
use crate::search;
use crate::util::timings::Timings;
use cache::BuildCache;

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub course_dir: PathBuf,
    /// Replaces `base_url` of `course.yaml` (already normalised).
    pub base_url: Option<String>,
    pub include_drafts: bool,
    /// Where highlighted code is cached between builds; `None` caches within the build only.
    pub cache_dir: Option<PathBuf>,
    /// Builds the instructor view: instructor notes and every solution shown, marked.
    pub instructor: bool,
    /// A live preview (`serve`): the site is not made offline-ready, whatever `offline:` says,
    /// so that no service worker's cache can stand between the author and their changes.
    pub preview: bool,
}

/// What a build produced: the site, if there were no errors, and every diagnostic.
pub struct Build {
    pub site: Option<SiteFiles>,
    pub diagnostics: Diagnostics,
    pub module_count: usize,
    pub page_count: usize,
    pub timings: Timings,
    /// Why the highlight cache could not be written, if it could not (the build is fine).
    pub cache_problem: Option<String>,
    /// The course's language, when `course.yaml` could be read (for `serve`'s error pages).
    pub language: String,
    /// What the service worker keeps on install (of the course language's pages), when the
    /// site is offline-ready.
    pub offline_shell: Option<ShellSize>,
}

/// Runs every stage. Never panics on content; problems end up in `diagnostics`.
pub fn build(options: &BuildOptions) -> Build {
    build_with(options, &mut BuildCache::default())
}

/// Runs every stage, reusing what `cache` holds from the last build of the same course and
/// leaving it holding this build's results.
pub fn build_with(options: &BuildOptions, cache: &mut BuildCache) -> Build {
    let mut diagnostics = Diagnostics::new();
    let mut timings = Timings::default();
    let Some(ReadCourse {
        root,
        course,
        theme,
        words,
        own_words,
    }) = read_course(options, &mut diagnostics, &mut timings)
    else {
        return failed(diagnostics, timings);
    };
    let mut highlighter = timings.time("cache", || {
        cache
            .highlight
            .take()
            .unwrap_or_else(|| match &options.cache_dir {
                Some(dir) => HighlightCache::open(dir, root.path()),
                None => HighlightCache::in_memory(),
            })
    });
    let (math, problems) = MathRenderer::new(
        &course.config.math_macros,
        &course.config_file.path,
        &course.config_file.text,
    );
    diagnostics.extend(problems);
    let tools = Tools {
        options,
        math: &math,
    };
    let built = build_tree(
        &tools,
        Language {
            course: &course,
            theme,
            words: &words,
        },
        &mut highlighter,
        cache,
        &mut diagnostics,
        &mut timings,
    );
    let offline_shell = built.as_ref().and_then(|tree| tree.shell);
    let mut trees = vec![(String::new(), built)];
    for translation in &course.translations {
        let mut translated = course.translated(translation);
        let words = course_words(&translated, &own_words, &mut diagnostics);
        translate_levels(&mut translated, &words);
        // The theme's problems are the same in every language: reported once, above.
        let theme = Theme::load(
            &root,
            &translated.config.theme,
            &words,
            &mut Diagnostics::new(),
        );
        let keep_pages = cache.keep_pages;
        let tree_cache = cache
            .translations
            .entry(translation.language.clone())
            .or_default();
        tree_cache.keep_pages = keep_pages;
        let built = build_tree(
            &tools,
            Language {
                course: &translated,
                theme,
                words: &words,
            },
            &mut highlighter,
            tree_cache,
            &mut diagnostics,
            &mut timings,
        );
        let prefix = translated.tree.prefix.clone();
        trees.push((
            prefix.clone(),
            built.map(|tree| BuiltTree {
                files: in_tree(tree.files, &prefix),
                ..tree
            }),
        ));
    }
    let cache_problem = save_highlights(&mut highlighter, &mut timings);
    cache.highlight = Some(highlighter);
    let mut site = SiteFiles::new();
    let mut page_count = 0;
    for (prefix, tree) in trees {
        // The site's paths are sorted: the first at or after the prefix is the one to look at.
        let first_in_tree = site.range(prefix.clone()..).next().map(|(path, _)| path);
        if let Some(taken) =
            first_in_tree.filter(|path| !prefix.is_empty() && path.starts_with(&prefix))
        {
            diagnostics.push(
                Diagnostic::error(format!(
                    "the pages in `{}` go under `{prefix}`, but the course has a page or file there already (`{taken}`)",
                    prefix.trim_end_matches('/')
                ))
                .in_file(&course.config_file.path)
                .with_help(format!("rename the unit, module or static file called `{}`: that address belongs to the translation", prefix.trim_end_matches('/'))),
            );
        }
        let Some(BuiltTree {
            mut files, pages, ..
        }) = tree.filter(|_| !diagnostics.has_errors())
        else {
            let mut build = failed(diagnostics, timings);
            build.language = course.config.language.clone();
            return build;
        };
        page_count += pages;
        site.append(&mut files);
    }
    diagnostics.sort();
    Build {
        site: Some(site),
        diagnostics,
        module_count: course.modules.len(),
        page_count,
        timings,
        cache_problem,
        language: course.config.language.clone(),
        offline_shell,
    }
}

/// One language's files, how many of them are pages, and the offline shell's size.
struct BuiltTree {
    files: SiteFiles,
    pages: usize,
    shell: Option<ShellSize>,
}

/// What every language's pages are made with.
struct Tools<'a> {
    options: &'a BuildOptions,
    math: &'a MathRenderer,
}

/// The course as one language shows it, with that language's theme and words.
struct Language<'a> {
    course: &'a Course,
    /// `None` when the theme cannot be used (its problems are reported).
    theme: Option<Theme>,
    words: &'a Arc<Words>,
}

/// A translated tree's files under its prefix (`fi/`), without the files a site has once
/// (the sitemap, which lists every language, and `robots.txt`).
fn in_tree(files: SiteFiles, prefix: &str) -> SiteFiles {
    files
        .into_iter()
        .filter(|(path, _)| !matches!(path.as_str(), "sitemap.xml" | "robots.txt" | ".nojekyll"))
        .map(|(path, content)| (format!("{prefix}{path}"), content))
        .collect()
}

/// One language's pages: every stage after reading, for `course` as that language shows it.
/// `None` when there were errors (they are in `diagnostics`).
fn build_tree(
    tools: &Tools,
    language: Language,
    highlighter: &mut HighlightCache,
    cache: &mut BuildCache,
    diagnostics: &mut Diagnostics,
    timings: &mut Timings,
) -> Option<BuiltTree> {
    let Language {
        course,
        theme,
        words,
    } = language;
    let options = tools.options;
    let audience = Audience {
        instructor: options.instructor,
        hide_solutions: course.config.hide_solutions,
    };
    let glossary = Glossary::new(course.glossary.as_ref());
    let rendering = modules::Rendering {
        highlighter,
        audience,
        math: tools.math,
        glossary: &glossary,
        words,
        quiz_words: &QuizWords::new(words),
    };
    let modules = modules::render_modules(
        course,
        &rendering,
        &mut cache.markdown,
        &mut cache.reused,
        diagnostics,
        timings,
    );
    // The path through every module of a course that names none speaks the course's language.
    let whole_course = learning::paths::WholeCourse {
        title: words.get("path-whole-course", &[]),
        description: words.get("path-whole-course-description", &[]),
    };
    let paths = timings.time("paths", || {
        learning::paths::for_course(course, whole_course, diagnostics)
    });
    let tags = collect_tags(course);
    let entries = registry::registry(course, &paths, &tags);
    let plan = timings.time("links", || {
        let plan = plan::plan(&entries, course, theme.as_ref());
        links::check_links(&modules, &plan, diagnostics);
        plan
    });
    let (mut files, problems) = plan.into_parts();
    diagnostics.extend(problems);
    let theme = theme?;
    if diagnostics.has_errors() {
        return None;
    }
    let inputs = PageInputs {
        course,
        paths: &paths,
        modules: &modules,
        tags: &tags,
        theme: &theme,
        instructor: options.instructor,
        math: tools.math,
        glossary: &glossary,
    };
    let (rendered, index) = pages_and_search(&inputs, &entries, cache, timings);
    let rendered = match rendered {
        Ok(rendered) => rendered,
        Err(problems) => {
            diagnostics.extend(problems);
            return None;
        }
    };
    cache.reused.pages_reused = rendered.pages_reused;
    cache.reused.pages_rendered = rendered.page_count - rendered.pages_reused;
    // The plan gave every path one owner, so the copied files and the made ones never meet.
    let mut site: SiteFiles = rendered.files;
    site.append(&mut files);
    if let Some(index) = index {
        site.insert(
            search::SEARCH_INDEX.into(),
            Content::Bytes(index.into_bytes()),
        );
    }
    let shell = timings.time("offline", || {
        offline_ready(&mut site, &entries, course, &paths, diagnostics)
    });
    Some(BuiltTree {
        files: site,
        pages: rendered.page_count,
        shell,
    })
}

/// The service worker and `offline.json` added to `site` (one tree's files), or the worker
/// that unregisters itself when the course is not offline-ready; the shell's size when it is.
fn offline_ready(
    site: &mut SiteFiles,
    entries: &[registry::Entry],
    course: &Course,
    paths: &[learning::paths::LearningPath],
    diagnostics: &mut Diagnostics,
) -> Option<ShellSize> {
    if !course.config.offline {
        site.insert(
            SERVICE_WORKER.into(),
            Content::Bytes(offline::unregistering_worker().into_bytes()),
        );
        return None;
    }
    // The root tree's worker leaves the other languages' trees to theirs.
    let other_trees: Vec<String> = match course.tree.prefix.is_empty() {
        true => course
            .tree
            .languages
            .iter()
            .map(|(_, prefix)| prefix.clone())
            .filter(|p| !p.is_empty())
            .collect(),
        false => Vec::new(),
    };
    match offline::offline_files(site, entries, course, paths, &other_trees) {
        Ok(made) => {
            site.insert(
                SERVICE_WORKER.into(),
                Content::Bytes(made.worker.into_bytes()),
            );
            site.insert(OFFLINE_DATA.into(), Content::Bytes(made.data.into_bytes()));
            Some(made.shell)
        }
        Err(problem) => {
            diagnostics.push(problem);
            None
        }
    }
}

/// The course folder resolved (its real path), read and assembled, with its theme (`None` when the theme
/// cannot be used: its problems are reported, and the other stages still run to report theirs).
fn read_course(
    options: &BuildOptions,
    diagnostics: &mut Diagnostics,
    timings: &mut Timings,
) -> Option<ReadCourse> {
    let root = match source::CourseDir::resolve(&options.course_dir) {
        Ok(root) => root,
        Err(error) => {
            diagnostics.push(Diagnostic::error(format!(
                "cannot use the course folder `{}`: {error}",
                options.course_dir.display()
            )));
            return None;
        }
    };
    let mut files = timings.time("read", || source::read_course(&root, diagnostics));
    let translations = std::mem::take(&mut files.translations);
    let mut course = course::assemble(files, options.include_drafts, diagnostics, timings)?;
    if let Some(base_url) = &options.base_url {
        course.config.base_url = base_url.clone();
    }
    if options.preview {
        course.config.offline = false;
    }
    course.tree = Tree::of_course(&course);
    let words = course_words(&course, &translations, diagnostics);
    translate_levels(&mut course, &words);
    let theme = timings.time("theme", || {
        Theme::load(&root, &course.config.theme, &words, diagnostics)
    });
    Some(ReadCourse {
        root,
        course,
        theme,
        words,
        own_words: translations,
    })
}

/// The course read and assembled, with what its pages need in its own language.
struct ReadCourse {
    root: CourseDir,
    course: Course,
    /// `None` when the theme cannot be used (its problems are reported).
    theme: Option<Theme>,
    words: Arc<Words>,
    /// The course's own `i18n/*.ftl` tables, for the translations' words.
    own_words: Vec<SourceFile>,
}

/// The default levels, as the course's language names them (a course's own levels are its
/// own words).
fn translate_levels(course: &mut Course, words: &Words) {
    if course.config.levels == DEFAULT_LEVELS {
        course.config.level_labels = DEFAULT_LEVELS
            .iter()
            .map(|level| words.get(&format!("level-{level}"), &[]))
            .collect();
    }
}

/// Writes the highlight cache; why it could not be written, if it could not (the build is fine).
fn save_highlights(highlighter: &mut HighlightCache, timings: &mut Timings) -> Option<String> {
    let stats = highlighter.take_stats();
    timings.note(format!(
        "markdown includes highlighting: {:.1} ms of CPU time for {} code blocks ({} more from the cache)",
        stats.highlight_nanos as f64 / 1e6,
        stats.misses,
        stats.hits
    ));
    if stats.other_misses + stats.other_hits > 0 {
        timings.note(format!(
            "markdown includes diagrams: {:.1} ms of CPU time for {} diagrams ({} more from the cache)",
            stats.other_nanos as f64 / 1e6,
            stats.other_misses,
            stats.other_hits
        ));
    }
    let error = timings.time("cache", || highlighter.save()).err()?;
    let file = highlighter
        .file()
        .map(|f| f.display().to_string())
        .unwrap_or_default();
    Some(format!(
        "cannot write the highlight cache `{file}`: {error}"
    ))
}

/// Pages and the search index need the same inputs and not each other: made side by side, the
/// index's one-thread merge overlaps with page rendering.
fn pages_and_search(
    inputs: &PageInputs,
    entries: &[registry::Entry],
    cache: &mut BuildCache,
    timings: &mut Timings,
) -> (Result<RenderedSite, Vec<Diagnostic>>, Option<String>) {
    let BuildCache {
        pages: page_memo,
        search: search_memo,
        keep_pages,
        ..
    } = cache;
    let started = Instant::now();
    let ((rendered, pages_time), (index, search_time)) = rayon::join(
        || {
            let started = Instant::now();
            let memo = keep_pages.then_some(page_memo);
            (pages::render_all(inputs, entries, memo), started.elapsed())
        },
        || {
            let started = Instant::now();
            let index = inputs.course.config.search.then(|| {
                search::index_json(inputs.course, inputs.modules, inputs.glossary, search_memo)
            });
            (index, started.elapsed())
        },
    );
    timings.add("pages+search", started.elapsed());
    timings.note(format!(
        "pages and search ran side by side: pages {:.1} ms, search {:.1} ms",
        pages_time.as_secs_f64() * 1000.0,
        search_time.as_secs_f64() * 1000.0
    ));
    (rendered, index)
}

fn failed(mut diagnostics: Diagnostics, timings: Timings) -> Build {
    diagnostics.sort();
    Build {
        site: None,
        diagnostics,
        module_count: 0,
        page_count: 0,
        timings,
        cache_problem: None,
        language: String::new(),
        offline_shell: None,
    }
}

/// Whether a build's diagnostics should fail it.
pub(crate) fn fails(diagnostics: &Diagnostics, strict: bool) -> bool {
    diagnostics.has_errors()
        || (strict && diagnostics.iter().any(|d| d.severity == Severity::Warning))
}

/// The interface's words in the course's language, with the course's own
/// `i18n/<language>.ftl` over them; its problems, a table for another language, and what the
/// language lacks are reported.
fn course_words(
    course: &Course,
    translations: &[SourceFile],
    diagnostics: &mut Diagnostics,
) -> Arc<Words> {
    let language = &course.config.language;
    let primary = crate::i18n::primary_subtag(language);
    let stem = |file: &SourceFile| {
        file.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let own = translations
        .iter()
        .find(|f| stem(f).eq_ignore_ascii_case(language))
        .or_else(|| {
            translations
                .iter()
                .find(|f| stem(f).eq_ignore_ascii_case(primary))
        });
    let of_the_course = |file: &SourceFile| {
        let stem = stem(file);
        course
            .tree
            .languages
            .iter()
            .any(|(code, _)| code.eq_ignore_ascii_case(&stem))
    };
    for other in translations
        .iter()
        .filter(|f| own.is_none_or(|o| o.path != f.path) && !of_the_course(f))
    {
        diagnostics.push(
            Diagnostic::warning(format!(
                "this translation is for `{}`, but the course's language is `{language}`: it is not used",
                stem(other)
            ))
            .in_file(&other.path)
            .with_help(format!("name it `i18n/{language}.ftl`, or set `language:` in course.yaml")),
        );
    }
    let (words, problems) =
        Words::for_course(language, own.map(|f| (f.path.as_path(), f.text.as_str())));
    diagnostics.extend(problems);
    if let Some(gaps) = words.gaps() {
        let file = own.map_or(&course.config_file.path, |f| &f.path);
        diagnostics.push(
            Diagnostic::warning(gaps).in_file(file).with_help(format!(
                "add the missing messages to `i18n/{language}.ftl` (copy them from Syllabus's English table), or keep an English interface; `--strict` refuses an interface that is not fully translated"
            )),
        );
    }
    words
}
