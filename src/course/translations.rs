//! Translations of a course: `first-commit.fi.md` beside `first-commit.md`, `_unit.fi.yaml`
//! beside `_unit.yaml` and `course.fi.yaml` beside `course.yaml`, for each language of
//! `translations:`. A translation changes what a learner reads (titles, descriptions, lists,
//! the text); ids, levels, prerequisites, paths and quizzes stay the original's, so progress
//! is the same in every language.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_saphyr::Spanned;

use super::module::read_module;
use super::{Course, Module, RawUnit, parse_unit, unit_of_file};
use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::read::config::{CourseConfig, TranslatedConfig, parse_translated_config};
use crate::read::course_dir::{is_language_tag, translated_config_language};
use crate::read::frontmatter::{self, FrontMatter};
use crate::read::glossary::is_glossary_module;
use crate::read::source::{SourceFile, translated_unit_language};

/// One language of `translations:`, as its files give it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Translation {
    pub language: String,
    /// `course.<language>.yaml`, when there is one.
    pub settings: TranslatedConfig,
    /// Translated unit titles and descriptions, by unit id.
    pub units: BTreeMap<String, RawUnit>,
    /// Translated modules by the original's id, with the original's shared fields.
    pub modules: BTreeMap<String, Module>,
}

/// Which language's pages a course's pages are, and where the others are.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tree {
    /// From the site's root to this tree's: empty for the course's language, `fi/` for Finnish.
    pub prefix: String,
    /// Every language of the site, this one included, in the order of `translations:` after
    /// the course's own: its code and its tree's prefix.
    pub languages: Vec<(String, String)>,
    /// What keeps a learner's progress in the browser: the same for every language.
    pub progress_key: String,
}

impl Tree {
    /// The tree of the course's own language, at the site's root.
    pub(crate) fn of_course(course: &Course) -> Tree {
        let mut languages = vec![(course.config.language.clone(), String::new())];
        languages.extend(
            course
                .translations
                .iter()
                .map(|t| (t.language.clone(), format!("{}/", t.language))),
        );
        Tree {
            prefix: String::new(),
            languages,
            // What the theme has always used, so that learners keep the progress they have.
            progress_key: format!("{} {}", course.config.base_url, course.config.title),
        }
    }
}

/// A translated module file and the language it is in.
pub(crate) struct TranslatedFile {
    pub language: String,
    /// The original's path (`modules/basics/first-commit.md`).
    pub original: PathBuf,
    pub file: SourceFile,
}

/// The version of an original that a translation names in `translated_from:`: 12 hex digits
/// of the xxh3 hash of its text (a published algorithm, so versions stay the same across
/// releases and machines).
pub(crate) fn version_of(original: &SourceFile) -> String {
    format!(
        "{:012x}",
        xxhash_rust::xxh3::xxh3_64(original.text.as_bytes()) >> 16
    )
}

/// Separates the translations of `translations:`'s languages from the modules. A file that
/// looks like a translation to a language not listed stays a module, with a warning.
pub(crate) fn split_modules(
    files: Vec<SourceFile>,
    config: &CourseConfig,
    diagnostics: &mut Diagnostics,
) -> (Vec<SourceFile>, Vec<TranslatedFile>) {
    let (mut modules, mut translated) = (Vec::new(), Vec::new());
    let paths: HashSet<PathBuf> = files.iter().map(|f| f.path.clone()).collect();
    for file in files {
        let Some((original, language)) = translation_parts(&file.path) else {
            modules.push(file);
            continue;
        };
        match config
            .translations
            .iter()
            .find(|l| l.value.eq_ignore_ascii_case(&language))
        {
            Some(listed) => translated.push(TranslatedFile {
                language: listed.value.clone(),
                original,
                file,
            }),
            None => {
                if language.len() == 2 && paths.contains(&original) {
                    diagnostics.push(
                        Diagnostic::warning(format!(
                            "this looks like a translation of `{}` into `{language}`, but `{language}` is not in `translations:`; it is built as a module of its own",
                            original.display()
                        ))
                        .in_file(&file.path)
                        .with_help(format!(
                            "add `translations: [{language}]` to course.yaml, or rename the file"
                        )),
                    );
                }
                modules.push(file);
            }
        }
    }
    (modules, translated)
}

/// `modules/a/b.fi.md` is `(modules/a/b.md, fi)`.
fn translation_parts(path: &Path) -> Option<(PathBuf, String)> {
    let stem = path.file_stem()?.to_str()?;
    let (name, language) = stem.rsplit_once('.')?;
    if name.is_empty() || !is_language_tag(language) {
        return None;
    }
    Some((
        path.with_file_name(format!("{name}.md")),
        language.to_string(),
    ))
}

/// The course's files that are translations, read against the course's modules and units.
pub(crate) struct TranslationFiles<'a> {
    pub modules: Vec<TranslatedFile>,
    pub units: &'a [SourceFile],
    pub settings: &'a [SourceFile],
}

/// Every language's translation, checked: a translation has an original, sets none of the
/// original's shared fields, and names the original's version it translates.
pub(crate) fn read_translations(
    course: &Course,
    files: TranslationFiles,
    levels_known: bool,
    diagnostics: &mut Diagnostics,
) -> Vec<Translation> {
    let mut translations: Vec<Translation> = course
        .config
        .translations
        .iter()
        .map(|language| Translation {
            language: language.value.clone(),
            ..Translation::default()
        })
        .collect();
    let find = |translations: &mut Vec<Translation>, language: &str| {
        translations
            .iter_mut()
            .position(|t| t.language.eq_ignore_ascii_case(language))
    };
    for file in files.settings {
        let name = file.path.to_string_lossy();
        let language = translated_config_language(&name).unwrap_or_default();
        let Some(at) = find(&mut translations, language) else {
            diagnostics.push(not_listed(file, language));
            continue;
        };
        let (settings, problems) = parse_translated_config(file);
        diagnostics.extend(problems);
        let settings = settings.unwrap_or_default();
        for id in settings.paths.iter().flat_map(|paths| paths.keys()) {
            if !course.config.paths.iter().any(|p| p.id == *id) {
                diagnostics.push(
                    Diagnostic::warning(format!(
                        "`course.yaml` has no learning path `{id}`: its words here are not used"
                    ))
                    .in_file(&file.path)
                    .with_help("use the `id` of a path listed under `paths:` in course.yaml"),
                );
            }
        }
        translations[at].settings = settings;
    }
    for file in files.units {
        let name = file.path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let language = translated_unit_language(name).unwrap_or_default();
        let Some(at) = find(&mut translations, language) else {
            diagnostics.push(not_listed(file, language));
            continue;
        };
        let Some(unit) = unit_of_file(&file.path).filter(|u| course.unit(u).is_some()) else {
            diagnostics.push(
                Diagnostic::warning("this translates a unit that has no modules; it is not used")
                    .in_file(&file.path)
                    .with_help(
                        "put it in the folder of the unit it translates, beside its `_unit.yaml`",
                    ),
            );
            continue;
        };
        translations[at]
            .units
            .insert(unit, read_unit(file, diagnostics));
    }
    let originals = Originals::of(course);
    for translated in files.modules {
        let Some(at) = find(&mut translations, &translated.language) else {
            continue;
        };
        if let Some(module) =
            read_translated_module(course, &originals, translated, levels_known, diagnostics)
        {
            translations[at].modules.insert(module.id.clone(), module);
        }
    }
    for (translation, listed) in translations.iter().zip(&course.config.translations) {
        report_untranslated(course, translation, listed.position, diagnostics);
    }
    translations
}

fn not_listed(file: &SourceFile, language: &str) -> Diagnostic {
    Diagnostic::warning(format!(
        "this is a translation into `{language}`, which is not in `translations:`; it is not used"
    ))
    .in_file(&file.path)
    .with_help(format!("add `translations: [{language}]` to course.yaml"))
}

fn read_unit(file: &SourceFile, diagnostics: &mut Diagnostics) -> RawUnit {
    let raw = parse_unit(file, diagnostics);
    if raw.weight.is_some() {
        diagnostics.push(
            Diagnostic::warning(
                "a translation takes the unit's `weight` from `_unit.yaml`; this one is not used",
            )
            .in_file(&file.path)
            .with_help("remove `weight` from the translation"),
        );
    }
    raw
}

/// The course's module files by path, and those left out of it (drafts, unreadable ones), so
/// that each translation finds its original in one lookup.
struct Originals<'c> {
    modules: HashMap<&'c Path, &'c Module>,
    left_out: HashSet<&'c Path>,
}

impl<'c> Originals<'c> {
    fn of(course: &'c Course) -> Originals<'c> {
        Originals {
            modules: course
                .modules
                .iter()
                .map(|m| (m.source.path.as_path(), m))
                .collect(),
            left_out: course
                .excluded_drafts
                .values()
                .chain(course.unreadable.values())
                .map(PathBuf::as_path)
                .collect(),
        }
    }
}

/// A translated module: its own title, lists and text, with the original's id, place, level,
/// prerequisites, tags, weight and aliases.
fn read_translated_module(
    course: &Course,
    originals: &Originals,
    translated: TranslatedFile,
    levels_known: bool,
    diagnostics: &mut Diagnostics,
) -> Option<Module> {
    let TranslatedFile {
        language,
        original,
        file,
    } = translated;
    if is_glossary_module(&original) {
        diagnostics.push(
            Diagnostic::warning(
                "the glossary is not translated: every language shows the course's own",
            )
            .at(&file.path, &file.text, Position::new(1, 1, 3))
            .with_label("not used")
            .with_help("remove this file; a glossary in several languages is not supported yet"),
        );
        return None;
    }
    let Some(&source) = originals.modules.get(original.as_path()) else {
        if !originals.left_out.contains(original.as_path()) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "this translates `{}`, which does not exist",
                    original.display()
                ))
                .at(&file.path, &file.text, Position::new(1, 1, 3))
                .with_label("a translation, by its name")
                .with_help(format!(
                    "name a translation after its original: `NAME.{language}.md` beside `NAME.md`"
                )),
            );
        }
        return None;
    };
    let (parsed, _) = frontmatter::parse(&file);
    let front = parsed.map(|(front, split)| {
        let translated_from = front.translated_from.as_ref().map(|version| {
            let position = frontmatter::position_of(&file, &split, &version.referenced);
            (version.value.trim().to_string(), position)
        });
        (shared_fields(&front, &file, &split), translated_from)
    });
    let (module, problems) = read_module(file, &course.config, levels_known);
    diagnostics.extend(problems);
    let mut module = module?;
    let (shared, translated_from) = front.unwrap_or_default();
    for (key, position) in shared {
        diagnostics.push(
            Diagnostic::error(format!(
                "`{key}` is shared by every language: a translation takes it from `{}`",
                original.display()
            ))
            .at(&module.source.path, &module.source.text, position)
            .with_help(format!("remove `{key}` from the translation")),
        );
    }
    check_version(source, &module, translated_from, diagnostics);
    module.id = source.id.clone();
    module.url = source.url.clone();
    module.unit = source.unit.clone();
    module.difficulty = source.difficulty;
    module.prerequisites = source.prerequisites.clone();
    module.tags = source.tags.clone();
    module.weight = source.weight;
    module.draft = source.draft;
    module.aliases = source.aliases.clone();
    module.original_path = Some(source.source.path.clone());
    if module.minutes.is_none() {
        module.minutes = source.minutes;
        module.minutes_position = source.minutes_position;
    }
    Some(module)
}

/// The keys of a translation's front matter that belong to the original, where they are.
fn shared_fields(
    front: &FrontMatter,
    file: &SourceFile,
    split: &frontmatter::Split,
) -> Vec<(&'static str, Position)> {
    let at = |location: &serde_saphyr::Location| frontmatter::position_of(file, split, location);
    let first = |items: &Option<Vec<Spanned<String>>>| {
        items
            .as_ref()
            .and_then(|items| items.first())
            .map(|item| at(&item.referenced))
    };
    [
        ("id", front.id.as_ref().map(|v| at(&v.referenced))),
        (
            "difficulty",
            front.difficulty.as_ref().map(|v| at(&v.referenced)),
        ),
        ("prerequisites", first(&front.prerequisites)),
        ("tags", first(&front.tags)),
        ("weight", front.weight.as_ref().map(|v| at(&v.referenced))),
        ("draft", front.draft.as_ref().map(|v| at(&v.referenced))),
        ("aliases", first(&front.aliases)),
    ]
    .into_iter()
    .filter_map(|(key, position)| Some((key, position?)))
    .collect()
}

/// A translation names the original's version it translates; a warning when it names none or
/// an older one.
fn check_version(
    original: &Module,
    translation: &Module,
    translated_from: Option<(String, Position)>,
    diagnostics: &mut Diagnostics,
) {
    let now = version_of(&original.source);
    let file = &translation.source;
    let problem = match translated_from {
        None => Diagnostic::warning(format!(
            "this translation does not say which version of `{}` it translates, so a change of the original would go unnoticed",
            original.source.path.display()
        ))
        .at(&file.path, &file.text, Position::new(1, 1, 3))
        .with_help(format!("add `translated_from: {now}` to its front matter (the original's version today)")),
        Some((version, _)) if version == now => return,
        Some((version, position)) => {
            Diagnostic::warning(format!(
                "`{}` has changed since this translation was made (from version {version} to {now})",
                original.source.path.display(),
            ))
            .at(&file.path, &file.text, position)
            .with_label("the version translated")
            .with_help(format!(
                "bring the translation up to date, then set `translated_from: {now}`"
            ))
        }
    };
    diagnostics.push(problem);
}

/// One warning per language that lacks some modules, at its place in `translations:`.
fn report_untranslated(
    course: &Course,
    translation: &Translation,
    position: Position,
    diagnostics: &mut Diagnostics,
) {
    let missing: Vec<&str> = course
        .modules
        .iter()
        .filter(|m| !translation.modules.contains_key(&m.id))
        .map(|m| m.id.as_str())
        .collect();
    if missing.is_empty() {
        return;
    }
    let language = &translation.language;
    let shown: Vec<String> = missing
        .iter()
        .take(10)
        .map(|id| format!("`{id}`"))
        .collect();
    let more = missing.len().saturating_sub(shown.len());
    let list = if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    };
    diagnostics.push(
        Diagnostic::warning(format!(
            "{} of {} modules are not translated into `{language}` yet: {list}",
            missing.len(),
            course.modules.len()
        ))
        .at(&course.config_file.path, &course.config_file.text, position)
        .with_label("their pages in this language show the original, with a note")
        .with_help(format!(
            "translate a module as `NAME.{language}.md` beside its `NAME.md`"
        )),
    );
}

impl Course {
    /// The course as its pages in `translation`'s language show it, with `tree` saying where
    /// those pages are.
    pub(crate) fn translated(&self, translation: &Translation) -> Course {
        let mut course = self.clone();
        course.translations = Vec::new();
        let original_language = self.config.language.clone();
        let config = &mut course.config;
        config.language = translation.language.clone();
        let settings = &translation.settings;
        let replace = |value: &mut String, with: &Option<String>| {
            if let Some(text) = with.as_ref().map(|t| t.trim()).filter(|t| !t.is_empty()) {
                *value = text.to_string();
            }
        };
        replace(&mut config.title, &settings.title);
        replace(&mut config.description, &settings.description);
        replace(&mut config.footer, &settings.footer);
        config.base_url = format!("{}{}/", config.base_url, translation.language);
        for path in &mut config.paths {
            if let Some(words) = settings
                .paths
                .as_ref()
                .and_then(|paths| paths.get(&path.id))
            {
                replace(&mut path.title, &words.title);
                replace(&mut path.description, &words.description);
            }
        }
        for unit in &mut course.units {
            if let Some(raw) = translation.units.get(&unit.id) {
                replace(&mut unit.title, &raw.title);
                replace(&mut unit.description, &raw.description);
            }
        }
        for module in &mut course.modules {
            match translation.modules.get(&module.id) {
                Some(translated) => *module = translated.clone(),
                None => module.fallback_language = Some(original_language.clone()),
            }
        }
        course.tree.prefix = format!("{}/", translation.language);
        course
    }
}
