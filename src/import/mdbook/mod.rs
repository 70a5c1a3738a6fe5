//! An mdBook book: `book.toml` (title, authors, language, description), `src/SUMMARY.md` (the
//! chapters, their nesting and order) and the chapters with what mdBook's preprocessors do to
//! them (includes, hidden code lines, and the widespread mdbook-quiz, mdbook-admonish and
//! speaker notes).
//!
//! The book's folder is resolved once; every file read is checked to resolve inside it and to
//! have no hidden part (see `Book::read`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

mod chapter;
mod fences;
mod includes;
mod links;
mod plan;
mod prose;
mod quiz;
mod summary;

use super::{Imported, yaml_string};
use chapter::{Counts, Hidelines, Made, Prepared};
use links::Targets;
use plan::{Plan, PlannedModule};

#[derive(Debug, Default, Deserialize)]
struct BookToml {
    #[serde(default)]
    book: BookSection,
    #[serde(default)]
    output: Output,
    #[serde(default)]
    preprocessor: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Default, Deserialize)]
struct BookSection {
    title: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    description: Option<String>,
    language: Option<String>,
    src: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Output {
    #[serde(default)]
    html: Html,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Html {
    git_repository_url: Option<String>,
    site_url: Option<String>,
    #[serde(default)]
    code: Code,
}

#[derive(Debug, Default, Deserialize)]
struct Code {
    #[serde(default)]
    hidelines: Hidelines,
}

/// Preprocessors whose syntax the importer handles itself.
const KNOWN_PREPROCESSORS: [&str; 4] = ["links", "index", "admonish", "quiz"];

/// The book's folders, resolved once, and the settings the chapters need.
pub(crate) struct Book {
    root: PathBuf,
    src: PathBuf,
    hidelines: Hidelines,
}

impl Book {
    /// The file at `path` under `src/`, if it is a regular file inside the book with no hidden
    /// part; the reason otherwise.
    fn read(&self, path: &Path) -> Result<Vec<u8>, String> {
        let resolved = self.resolve(path)?;
        fs::read(&resolved).map_err(|e| format!("cannot read it: {e}"))
    }

    fn resolve(&self, path: &Path) -> Result<PathBuf, String> {
        if path.components().any(|c| is_hidden(&c)) {
            return Err("a hidden file".into());
        }
        let resolved = self
            .src
            .join(path)
            .canonicalize()
            .map_err(|_| "not found".to_string())?;
        let inside = resolved
            .strip_prefix(&self.root)
            .map_err(|_| "outside the book".to_string())?;
        if inside.components().any(|c| is_hidden(&c)) {
            return Err("a hidden file".into());
        }
        if !resolved.is_file() {
            return Err("not a file".into());
        }
        Ok(resolved)
    }
}

fn is_hidden(component: &Component<'_>) -> bool {
    matches!(component, Component::Normal(name) if name.to_string_lossy().starts_with('.'))
}

pub(super) fn import(source: &Path) -> Result<Imported, String> {
    let root = source
        .canonicalize()
        .map_err(|e| format!("cannot open `{}`: {e}", source.display()))?;
    let config = read_config(&root)?;
    let src_name = config.book.src.clone().unwrap_or_else(|| "src".into());
    let src = root
        .join(&src_name)
        .canonicalize()
        .ok()
        .filter(|src| src.starts_with(&root) && src.is_dir())
        .ok_or_else(|| format!("`{}` has no folder `{src_name}` inside it", root.display()))?;
    let book = Book {
        root,
        src,
        hidelines: config.output.html.code.hidelines.clone(),
    };
    let summary_text = book
        .read(Path::new("SUMMARY.md"))
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| format!("`{}/SUMMARY.md` cannot be read", src_name))?;
    let (summary, ignored) = summary::parse(&summary_text.replace("\r\n", "\n"));
    let plan = plan::plan(&summary);
    if plan.modules.is_empty() {
        return Err(format!("`{src_name}/SUMMARY.md` lists no chapters"));
    }
    let mut imported = Imported {
        title: config
            .book
            .title
            .clone()
            .unwrap_or_else(|| "Imported book".into()),
        ..Imported::default()
    };
    for (line, text) in ignored {
        imported.attention.push(format!(
            "{src_name}/SUMMARY.md:{line}: `{text}` is not a chapter link, part title or separator, and was left out"
        ));
    }
    let custom: Vec<String> = config
        .preprocessor
        .keys()
        .filter(|name| !KNOWN_PREPROCESSORS.contains(&name.as_str()))
        .cloned()
        .collect();
    let made = chapters(&book, &plan, &custom, &mut imported);
    unit_files(&plan, &made.descriptions, &mut imported);
    report_mapping(&plan, &made.counts, &custom, &mut imported);
    unlisted_chapters(&book, &plan, &made.included, &mut imported);
    course_files(&book, &config, &mut imported);
    Ok(imported)
}

fn read_config(root: &Path) -> Result<BookToml, String> {
    let path = root.join("book.toml");
    let text = fs::read_to_string(&path).map_err(|_| {
        format!(
            "`{}` has no book.toml: is it an mdBook book?",
            root.display()
        )
    })?;
    toml::from_str(&text).map_err(|e| format!("cannot read `{}`: {e}", path.display()))
}

/// What the chapters gave beyond their modules.
struct Chapters {
    counts: Counts,
    /// A unit's folder → the first paragraph of its own page.
    descriptions: BTreeMap<String, String>,
    /// Files that chapters included, relative to the book's folder.
    included: BTreeSet<PathBuf>,
}

/// Every planned module made: chapters read and prepared first, then finished once every
/// chapter's new place is known (links need them all).
fn chapters(book: &Book, plan: &Plan, custom: &[String], imported: &mut Imported) -> Chapters {
    let mut prepared: Vec<Option<Prepared>> = Vec::new();
    for module in &plan.modules {
        prepared.push(module.chapter.as_ref().and_then(|path| {
            match book
                .read(path)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
            {
                Ok(text) => Some(chapter::prepare(book, path, &text)),
                Err(why) => {
                    imported.attention.push(format!(
                        "SUMMARY.md:{}: the chapter `{}` was not read ({why}); its module is empty",
                        module.line,
                        path.display()
                    ));
                    None
                }
            }
        }));
    }
    let chapters = chapter_files(plan, &prepared);
    let is_book_file = |path: &Path| book.resolve(path).is_ok();
    let targets = Targets {
        chapters: &chapters,
        is_book_file: &is_book_file,
    };
    let mut total = Counts::default();
    let mut assets = BTreeSet::new();
    let mut descriptions = BTreeMap::new();
    let mut included = BTreeSet::new();
    for (module, prepared) in plan.modules.iter().zip(prepared) {
        let prepared = prepared.unwrap_or_else(|| Prepared {
            title: None,
            body: String::new(),
            problems: Vec::new(),
            read: Vec::new(),
            counts: Counts::default(),
        });
        included.extend(prepared.read.iter().cloned());
        if let Some(unit) = &module.section_of
            && let (Some(paragraph), _) = chapter::first_paragraph(&prepared.body)
        {
            descriptions.insert(unit.clone(), paragraph);
        }
        if is_bare_section(module, &prepared) {
            continue;
        }
        let made: Made = chapter::finish(prepared, module, &targets, custom);
        total.add(&made.counts);
        assets.extend(made.assets.iter().cloned());
        imported.attention.extend(made.attention.iter().cloned());
        imported.add(&module.file, made.contents);
    }
    for asset in assets {
        if let Ok(bytes) = book.read(&asset) {
            imported.add(Path::new("modules").join(&asset), bytes);
        }
    }
    Chapters {
        counts: total,
        descriptions,
        included,
    }
}

/// A unit's own page that says no more than one paragraph (its unit's description) makes no
/// module of its own.
fn is_bare_section(module: &PlannedModule, prepared: &Prepared) -> bool {
    module.section_of.is_some() && chapter::first_paragraph(&prepared.body).1
}

/// Each chapter's module file; a unit page without a module leads to the unit's first module.
fn chapter_files(plan: &Plan, prepared: &[Option<Prepared>]) -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    for (index, module) in plan.modules.iter().enumerate() {
        let Some(path) = &module.chapter else {
            continue;
        };
        let empty = prepared[index]
            .as_ref()
            .is_some_and(|p| is_bare_section(module, p));
        let file = match empty {
            true => plan.modules.get(index + 1).map(|next| next.file.clone()),
            false => Some(module.file.clone()),
        };
        if let Some(file) = file {
            files.entry(path.clone()).or_insert(file);
        }
    }
    files
}

/// `_unit.yaml` of each unit: its title from SUMMARY.md, its place, and the first paragraph of
/// its own page as its description.
fn unit_files(plan: &Plan, descriptions: &BTreeMap<String, String>, imported: &mut Imported) {
    for unit in &plan.units {
        let mut yaml = format!(
            "title: {}\nweight: {}\n",
            yaml_string(&unit.title),
            unit.weight
        );
        if let Some(description) = descriptions.get(&unit.folder) {
            yaml.push_str(&format!("description: {}\n", yaml_string(description)));
        }
        imported.add(format!("modules/{}/_unit.yaml", unit.folder), yaml);
    }
}

fn report_mapping(plan: &Plan, counts: &Counts, custom: &[String], imported: &mut Imported) {
    let drafts = plan.modules.iter().filter(|m| m.chapter.is_none()).count();
    let sub_units = plan.units.iter().filter(|u| u.folder.contains('/')).count();
    imported.mapped.push(format!(
        "SUMMARY.md: {} chapters -> modules, in its order (as weights; mdBook has no prerequisites), in {} units ({sub_units} of them sub-units): a chapter with sub-chapters is a unit, whose own page is its description and first module `overview`; chapters under a part title make the part's unit; deeper chapters join their sub-unit",
        plan.modules.len(),
        plan.units.len()
    ));
    if drafts > 0 {
        imported.mapped.push(format!(
            "draft chapters (`[Name]()`) -> modules with `draft: true`, left out of the site until written: {drafts}"
        ));
    }
    let lines = [
        (
            "files included by `{{#include}}`, `{{#rustdoc_include}}` and `{{#playground}}` -> their text in the modules",
            counts.includes,
        ),
        (
            "hidden code lines (`# ` in Rust, or book.toml's hidelines) -> left out of what learners see",
            counts.fences.hidden_lines,
        ),
        (
            "code blocks with Rust test flags (`editable`, `should_panic`, ...) -> the flags as the block's title",
            counts.fences.flagged,
        ),
        (
            "mdbook-admonish blocks -> callouts",
            counts.fences.admonitions,
        ),
        (
            "speaker notes (`<details>`) -> instructor notes",
            counts.speaker_notes,
        ),
        (
            "MathJax formulas (`\\\\( \\\\)`, `\\\\[ \\\\]`) -> `$...$` and `$$...$$`",
            counts.formulas,
        ),
        ("mdbook-quiz questions -> quiz questions", counts.quizzes),
        (
            "links between chapters -> links to their modules",
            counts.links,
        ),
    ];
    for (what, count) in lines {
        if count > 0 {
            imported.mapped.push(format!("{what}: {count}"));
        }
    }
    for name in custom {
        imported.attention.push(format!(
            "book.toml: the preprocessor `{name}` is the book's own, and import does not run it; its syntax is listed below where it was found"
        ));
    }
}

/// Markdown files under `src/` that SUMMARY.md does not list (nor a chapter includes).
fn unlisted_chapters(
    book: &Book,
    plan: &Plan,
    included: &BTreeSet<PathBuf>,
    imported: &mut Imported,
) {
    let listed: BTreeSet<&Path> = plan
        .modules
        .iter()
        .filter_map(|m| m.chapter.as_deref())
        .collect();
    let walker = walkdir::WalkDir::new(&book.src)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker.filter_map(Result::ok) {
        let Ok(path) = entry.path().strip_prefix(&book.src) else {
            continue;
        };
        let is_md = path.extension().is_some_and(|e| e == "md");
        if !is_md || !entry.file_type().is_file() || path == Path::new("SUMMARY.md") {
            continue;
        }
        let from_root = entry.path().strip_prefix(&book.root).unwrap_or(path);
        if !listed.contains(path) && !included.contains(from_root) {
            imported.attention.push(format!(
                "`src/{}` is not a chapter of SUMMARY.md and was not imported",
                path.display()
            ));
        }
    }
}

/// `course.yaml`, and the book's licence with a footer line naming the source.
fn course_files(book: &Book, config: &BookToml, imported: &mut Imported) {
    let html = &config.output.html;
    let origin = html.git_repository_url.as_deref();
    let authors = config.book.authors.join(", ");
    let licence = ["LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE"]
        .iter()
        .find_map(|name| fs::read(book.root.join(name)).ok().map(|b| (*name, b)));
    let licence_name = licence.as_ref().and_then(|(_, bytes)| licence_title(bytes));
    let title = match origin {
        Some(url) => format!("[{}]({url})", imported.title),
        None => imported.title.clone(),
    };
    let mut footer = format!("Adapted from {title}");
    if !authors.is_empty() {
        footer.push_str(&format!(" by {authors}"));
    }
    if let Some(name) = &licence_name {
        footer.push_str(&format!(", {name}"));
    }
    footer.push('.');
    let description = config
        .book
        .description
        .clone()
        .unwrap_or_else(|| format!("{}, imported from mdBook.", imported.title));
    let mut yaml = format!(
        "title: {}\ndescription: {}\nlanguage: {}\nfooter: {}\n",
        yaml_string(&imported.title),
        yaml_string(&description),
        yaml_string(config.book.language.as_deref().unwrap_or("en")),
        yaml_string(&footer),
    );
    if !authors.is_empty() {
        yaml.push_str(&format!("author: {}\n", yaml_string(&authors)));
    }
    imported.add("course.yaml", yaml);
    imported.mapped.push(format!(
        "book.toml: title, description, language and authors -> course.yaml; git-repository-url and the licence -> the footer \"{footer}\""
    ));
    if let Some(url) = &html.site_url {
        imported.mapped.push(format!(
            "site-url `{url}`: not used; set `base_url` in course.yaml to where the course is published"
        ));
    }
    match licence {
        Some((name, bytes)) => {
            imported.add(name, bytes);
            imported.mapped.push(format!("{name} kept as it is"));
        }
        None => imported
            .attention
            .push("the book has no LICENSE file: add its licence to the course".into()),
    }
}

/// A licence's name from its first line, when that line is a title (`Mozilla Public License
/// Version 2.0`, `MIT License`).
fn licence_title(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let first = first.trim_matches(['#', ' ']);
    let is_title = first.len() <= 60 && first.to_lowercase().contains("licen");
    is_title.then(|| first.to_string())
}
