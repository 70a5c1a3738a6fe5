//! Themes: the default theme embedded in the binary, a course's own theme under `themes/NAME/`,
//! and single templates overridden in `templates/`, all loaded into one Tera instance.
//!
//! Lookup order for a template name: `templates/NAME` of the course, then
//! `themes/THEME/templates/NAME`, then the default theme. Static files: the default theme's,
//! then the custom theme's, then the course's `static/` (later ones win).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use std::sync::Arc;

use tera::{Context, ErrorKind, Tera};

use crate::diagnostics::{Diagnostic, Diagnostics, Position, did_you_mean};
use crate::i18n::{self, Words};
use crate::read::course_dir::{CourseDir, CourseFile, Refusal};
use crate::read::source::{read_text, walk_files};
use crate::util::fingerprint::fingerprint;
use crate::util::url::site_path;

macro_rules! embedded_templates {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../themes/default/templates/", $name)))),*]
    };
}

macro_rules! embedded_static {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_bytes!(concat!("../../themes/default/static/", $name)).as_slice())),*]
    };
}

/// The default theme's templates, embedded so that an installed binary works anywhere.
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = embedded_templates!(
    "base.html",
    "index.html",
    "module.html",
    "unit.html",
    "tag.html",
    "tags.html",
    "404.html",
    "path.html",
    "paths.html",
    "map.html",
    "learning.html",
    "record.html",
    "offline.html",
    "glossary.html",
    "partials/module-list.html",
    "partials/path-list.html",
    "partials/save-offline.html",
);

/// The default theme's static files, copied to the site root.
pub const DEFAULT_STATIC: &[(&str, &[u8])] = embedded_static!(
    "favicon.svg",
    "icon-192.png",
    "icon-512.png",
    "apple-touch-icon.png",
    "style.css",
    "rtl.css",
    "languages.css",
    "syllabus.js",
    "quiz.css",
    "quiz.js",
    "math.css",
    "diagram.css",
    "STIXTwoMath-Regular.woff2",
    "STIXTwoMath-LICENSE.txt",
    "store.js",
    "progress.js",
    "learning.js",
    "offline.js",
    "offline-save.js",
    "offline.css",
    "search.js",
    "search-cjk.js",
    "glossary.js",
    "elasticlunr.min.js",
    "elasticlunr-LICENSE.txt",
    "lunr.stemmer.support.min.js",
    "lunr.da.min.js",
    "lunr.de.min.js",
    "lunr.es.min.js",
    "lunr.fi.min.js",
    "lunr.fr.min.js",
    "lunr.hu.min.js",
    "lunr.it.min.js",
    "lunr.nl.min.js",
    "lunr.no.min.js",
    "lunr.pt.min.js",
    "lunr.ro.min.js",
    "lunr.ru.min.js",
    "lunr.sv.min.js",
    "lunr.tr.min.js",
    "lunr-languages-LICENSE.txt",
);

/// Where a template came from, to name the right file in errors.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Origin {
    Embedded,
    File(PathBuf),
}

impl Origin {
    pub(crate) fn describe(&self, name: &str) -> PathBuf {
        match self {
            Origin::Embedded => PathBuf::from(format!("(default theme) templates/{name}")),
            Origin::File(path) => path.clone(),
        }
    }
}

/// A static file of a theme: embedded bytes or a file on disk.
#[derive(Debug, Clone)]
pub(crate) enum StaticSource {
    Embedded(&'static [u8]),
    File(CourseFile),
}

pub(crate) struct Theme {
    tera: Tera,
    origins: BTreeMap<String, Origin>,
    /// The text of the course's own templates, to show the line of an error.
    texts: BTreeMap<String, String>,
    /// Site path → source, theme files only (the course's `static/` is added by the build).
    pub static_files: BTreeMap<String, StaticSource>,
    /// Changes whenever any template does: pages rendered with other templates are not reused.
    pub fingerprint: u64,
    /// The words of the course's language, which the templates show through `t(key=...)`.
    pub words: Arc<Words>,
}

impl Theme {
    /// Loads the theme named in the course settings, with the course's template overrides.
    pub(crate) fn load(
        course_root: &CourseDir,
        theme_name: &str,
        words: &Arc<Words>,
        diagnostics: &mut Diagnostics,
    ) -> Option<Theme> {
        let mut sources: Sources = DEFAULT_TEMPLATES
            .iter()
            .map(|(name, text)| (name.to_string(), (text.to_string(), Origin::Embedded)))
            .collect();
        let mut static_files: BTreeMap<String, StaticSource> = DEFAULT_STATIC
            .iter()
            .map(|(name, bytes)| (name.to_string(), StaticSource::Embedded(bytes)))
            .collect();
        if theme_name != "default" {
            load_custom_theme(
                course_root,
                theme_name,
                &mut sources,
                &mut static_files,
                diagnostics,
            )?;
        }
        let theme_templates: Vec<String> = sources.keys().cloned().collect();
        load_templates(
            course_root,
            Path::new("templates"),
            &mut sources,
            diagnostics,
        );
        warn_unused_overrides(&sources, &theme_templates, diagnostics);

        let origins: BTreeMap<String, Origin> = sources
            .iter()
            .map(|(name, (_, origin))| (name.clone(), origin.clone()))
            .collect();
        let tera = compile(&sources, &origins, words, diagnostics)?;
        let texts = sources
            .iter()
            .filter(|(_, (_, origin))| *origin != Origin::Embedded)
            .map(|(name, (text, _))| (name.clone(), text.clone()))
            .collect();
        Some(Theme {
            tera,
            origins,
            texts,
            static_files,
            fingerprint: fingerprint(&(&sources, words.fingerprint)),
            words: Arc::clone(words),
        })
    }

    /// Renders template `name`; an error names the template's file and the page being made.
    pub(crate) fn render(
        &self,
        name: &str,
        context: &Context,
        page: &str,
    ) -> Result<String, Diagnostic> {
        self.tera.render(name, context).map_err(|error| {
            if let Some(located) = self.locate(&error, page) {
                return located;
            }
            let origin = self.origins.get(name).cloned().unwrap_or(Origin::Embedded);
            let mut message =
                format!("the template `{name}` failed while making the page `/{page}`:\n{error}");
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                message.push_str(&format!("\n{cause}"));
                source = cause.source();
            }
            Diagnostic::error(message)
                .in_file(&origin.describe(name))
                .with_help("check the variable names against the template reference, docs/templates.md in Syllabus's repository")
        })
    }

    /// The error at its line and column in the course's own template file, when it happened in
    /// one: the same mistake then reads the same for every page it stops, and is told once.
    fn locate(&self, error: &tera::Error, page: &str) -> Option<Diagnostic> {
        let report = report_of(error)?;
        let Some(Origin::File(file)) = self.origins.get(report.filename()) else {
            return None;
        };
        let text = self.texts.get(report.filename())?;
        let span = report.span();
        let width = if span.end_line == span.start_line {
            span.end_col.saturating_sub(span.start_col)
        } else {
            1
        };
        let position = Position::new(span.start_line, span.start_col + 1, width);
        Some(
            Diagnostic::error(format!(
                "in the template `{}`: {}",
                report.filename(),
                report.message()
            ))
            .at(file, text, position)
            .with_note(format!("this stops the page `/{page}`"))
            .with_help("check the variable names against the template reference, docs/templates.md in Syllabus's repository"),
        )
    }
}

/// Template name → its text and where it came from.
type Sources = BTreeMap<String, (String, Origin)>;

/// Adds the templates and static files of the course's theme `themes/NAME/` over the default
/// theme's; `None` (with the problem reported) if the theme is missing or refused.
fn load_custom_theme(
    course_root: &CourseDir,
    theme_name: &str,
    sources: &mut Sources,
    static_files: &mut BTreeMap<String, StaticSource>,
    diagnostics: &mut Diagnostics,
) -> Option<()> {
    let theme_dir = Path::new("themes").join(theme_name);
    if let Err(refusal) = course_root.folder(&theme_dir) {
        diagnostics.push(match refusal {
            Refusal::Refused(problem) => problem,
            Refusal::Missing => Diagnostic::error(format!(
                "the theme `{theme_name}` does not exist"
            ))
            .in_file(Path::new("course.yaml"))
            .with_help(format!(
                "create `{}/templates/` in the course, or remove `theme:` to use the default theme",
                theme_dir.display()
            )),
        });
        return None;
    }
    load_templates(
        course_root,
        &theme_dir.join("templates"),
        sources,
        diagnostics,
    );
    let static_dir = theme_dir.join("static");
    for file in walk_files(course_root, &static_dir, diagnostics).unwrap_or_default() {
        let site = site_path(
            file.relative
                .strip_prefix(&static_dir)
                .unwrap_or(&file.relative),
        );
        static_files.insert(site, StaticSource::File(file));
    }
    Some(())
}

/// Compiles every template into one Tera instance; an error blames the course's template it
/// names, if any.
fn compile(
    sources: &Sources,
    origins: &BTreeMap<String, Origin>,
    words: &Arc<Words>,
    diagnostics: &mut Diagnostics,
) -> Option<Tera> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    // Before the templates: Tera checks at compile time that every function they call exists.
    tera.register_function("t", i18n::template_function(Arc::clone(words)));
    if let Err(error) = tera.add_raw_templates(
        sources
            .iter()
            .map(|(name, (text, _))| (name.as_str(), text.as_str())),
    ) {
        let blamed = origins
            .iter()
            .find(|(name, origin)| {
                **origin != Origin::Embedded && error.to_string().contains(name.as_str())
            })
            .map(|(name, origin)| origin.describe(name));
        let mut diagnostic = Diagnostic::error(format!("a template has an error:\n{error}"))
            .with_help(
                "fix the template; the Tera syntax is described at https://keats.github.io/tera/",
            );
        if let Some(file) = blamed {
            diagnostic = diagnostic.in_file(&file);
        }
        diagnostics.push(diagnostic);
        return None;
    }
    Some(tera)
}

/// Reads every `.html` file under `dir` (course-relative) into `sources`, replacing same names.
fn load_templates(
    course_root: &CourseDir,
    dir: &Path,
    sources: &mut Sources,
    diagnostics: &mut Diagnostics,
) {
    for file in walk_files(course_root, dir, diagnostics).unwrap_or_default() {
        let path = &file.relative;
        if !path
            .extension()
            .is_some_and(|ext| ext == "html" || ext == "xml")
        {
            continue;
        }
        let name = site_path(path.strip_prefix(dir).unwrap_or(path));
        if let Some(source) = read_text(&file, diagnostics) {
            sources.insert(name, (source.text, Origin::File(file.relative)));
        }
    }
}

/// Writes the default theme's templates into the course's `templates/` folder, to start an
/// override from; files already there are kept. Returns the files written and those kept.
pub(crate) fn eject_templates(course: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>), String> {
    let root = CourseDir::resolve(course)
        .map_err(|e| format!("cannot use the course folder `{}`: {e}", course.display()))?;
    if root.config_file().is_err() {
        return Err(format!(
            "`{}` is not a course folder (it has no `course.yaml`)",
            course.display()
        ));
    }
    let templates = Path::new("templates");
    match root.folder(templates) {
        Ok(_) | Err(Refusal::Missing) => {}
        Err(Refusal::Refused(problem)) => return Err(problem.message),
    }
    let (mut written, mut kept) = (Vec::new(), Vec::new());
    for (name, text) in DEFAULT_TEMPLATES {
        let relative = templates.join(name);
        let path = root.path().join(&relative);
        if fs::symlink_metadata(&path).is_ok() {
            kept.push(relative);
            continue;
        }
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create `{}`: {e}", folder.display()))?;
        }
        // `create_new`: never replaces a file that appeared meanwhile.
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut file| std::io::Write::write_all(&mut file, text.as_bytes()))
            .map_err(|e| format!("cannot write `{}`: {e}", relative.display()))?;
        written.push(relative);
    }
    Ok((written, kept))
}

/// A file in `templates/` replaces the theme's template of the same name; one whose name is no
/// template of the theme and that no template includes or extends has no effect (most often a
/// misspelt name).
fn warn_unused_overrides(
    sources: &Sources,
    theme_templates: &[String],
    diagnostics: &mut Diagnostics,
) {
    for (name, (_, origin)) in sources {
        let Origin::File(file) = origin else { continue };
        if theme_templates.contains(name) || !file.starts_with("templates") {
            continue;
        }
        let used = sources.iter().any(|(other, (text, _))| {
            other != name
                && (text.contains(&format!("\"{name}\"")) || text.contains(&format!("'{name}'")))
        });
        if used {
            continue;
        }
        let mut warning = Diagnostic::warning(format!(
            "`{name}` is not a template of the theme, and no template uses it: it has no effect"
        ))
        .in_file(file);
        warning = match did_you_mean(name, theme_templates.iter().map(String::as_str)) {
            Some(meant) => warning.with_help(format!(
                "did you mean `{meant}`? Rename the file to `templates/{meant}` to replace the theme's"
            )),
            None => warning.with_help(
                "name it after the theme template it replaces (`syllabus theme eject` writes them all), or include it from one",
            ),
        };
        diagnostics.push(warning);
    }
}

/// The innermost error of a template that knows where in the template it is.
fn report_of(error: &tera::Error) -> Option<&tera::ReportError> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    let mut found = None;
    while let Some(cause) = current {
        if let Some(tera_error) = cause.downcast_ref::<tera::Error>()
            && let ErrorKind::RenderingError(report) | ErrorKind::SyntaxError(report) =
                tera_error.kind()
        {
            found = Some(report.as_ref());
        }
        current = cause.source();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded lists must match the theme folder, or a new file would silently be missing
    /// from installed binaries.
    #[test]
    fn embedded_theme_matches_the_folder() {
        let root =
            CourseDir::resolve(&Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default"))
                .unwrap_or_else(|e| panic!("{e}"));
        let mut found = Diagnostics::new();
        let list = |dir: &str, found: &mut Diagnostics| -> Vec<String> {
            walk_files(&root, Path::new(dir), found)
                .unwrap_or_default()
                .iter()
                .map(|f| site_path(f.relative.strip_prefix(dir).unwrap_or(&f.relative)))
                .collect()
        };
        let mut templates: Vec<_> = DEFAULT_TEMPLATES
            .iter()
            .map(|(n, _)| n.to_string())
            .collect();
        let mut statics: Vec<_> = DEFAULT_STATIC.iter().map(|(n, _)| n.to_string()).collect();
        templates.sort();
        statics.sort();
        assert_eq!(list("templates", &mut found), templates);
        assert_eq!(list("static", &mut found), statics);
        assert!(found.is_empty());
    }

    #[test]
    fn default_theme_loads() {
        let mut diagnostics = Diagnostics::new();
        let course = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let course = CourseDir::resolve(course.path()).unwrap_or_else(|e| panic!("{e}"));
        let theme = Theme::load(&course, "default", &Words::new("en"), &mut diagnostics);
        assert!(theme.is_some(), "{}", diagnostics.render(false));
    }
}
