//! `course.yaml`: the course's settings, with defaults and validation.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diagnostics::{Diagnostic, Located, Position};
use crate::read::path_specs::{PathSpec, RawPath, read_specs};
use crate::read::source::SourceFile;
use crate::read::yaml::{KnownKey, YamlSource};

/// The settings of a course, after defaults are applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CourseConfig {
    pub title: String,
    pub description: String,
    /// Always ends with `/`. Either a path (`/` or `/repo/`) or an absolute URL.
    pub base_url: String,
    pub language: String,
    pub author: String,
    pub theme: String,
    /// Difficulty levels, easiest first, as front matter names them.
    pub levels: Vec<String>,
    /// The levels as pages show them: the course's own names, or the default levels in the
    /// course's language (set once the interface's words are known).
    pub level_labels: Vec<String>,
    /// A module's time budget in minutes.
    pub module_minutes: u32,
    /// Named learning paths, as declared (resolved against the modules later).
    pub paths: Vec<PathSpec>,
    /// Whether to write the search index and show the search field.
    pub search: bool,
    /// Whether the site can be installed and read offline (`offline: false` turns it off).
    pub offline: bool,
    /// Stylesheets of the course added after the theme's, as written (checked by the build).
    pub extra_css: Vec<Located>,
    /// LaTeX macros for every formula of the course (`math: { macros: { R: "\\mathbb{R}" } }`):
    /// the name without its backslash, and the definition where it is written.
    pub math_macros: Vec<(String, Located)>,
    /// A line for every page's footer, as inline Markdown (an attribution, a licence).
    pub footer: String,
    /// Whether the published site leaves out exercise solutions (the instructor view keeps
    /// them), for courses whose exercises are graded.
    pub hide_solutions: bool,
    /// The languages the course is translated into (`translations: [fi]`), each where it is
    /// written; checked as language tags, none the course's own language.
    pub translations: Vec<Located>,
    /// Where learners ask the teacher and each other about a module (`discussion:`).
    pub discussion: Option<Discussion>,
}

/// `discussion:` in `course.yaml`: address templates (a forum's "new topic" form, a search of
/// its topics, a `mailto:`), in which `{title}`, `{url}`, `{id}` and `{course}` are the
/// module's, filled in and percent-encoded for each module page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Discussion {
    /// Where a question is asked.
    pub ask: String,
    /// Where the questions already asked are, if the forum can list them.
    pub see: Option<String>,
}

/// The words a discussion address may hold, each filled in for a module.
pub(crate) const DISCUSSION_FIELDS: [&str; 4] = ["title", "url", "id", "course"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDiscussion {
    ask: Spanned<String>,
    see: Option<Spanned<String>>,
}

/// `math:` in `course.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMath {
    macros: Option<std::collections::BTreeMap<String, Spanned<String>>>,
}

/// `solutions:` in `course.yaml`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Solutions {
    Shown,
    Hidden,
}

pub(crate) const CONFIG_KEYS: &[KnownKey] = &[
    ("title", "the course's title, as text"),
    ("description", "one or two sentences describing the course"),
    (
        "base_url",
        "the address the site is published at, such as `https://user.github.io/repo/` or `/`",
    ),
    ("language", "a language code such as `en` or `fr`"),
    ("author", "the author's name, as text"),
    (
        "theme",
        "the name of a theme: `default` or a folder under `themes/`",
    ),
    (
        "levels",
        "a list of difficulty names, easiest first, such as `[beginner, intermediate, advanced]`",
    ),
    ("module_minutes", "a whole number of minutes, such as `10`"),
    (
        "paths",
        "a list of learning paths, each with `id`, `title`, and `goals` or `modules`",
    ),
    (
        "search",
        "`true` (the default) or `false` to leave out the search field and index",
    ),
    (
        "extra_css",
        "a list of stylesheets in `static/` added after the theme's, such as `[css/course.css]`",
    ),
    (
        "footer",
        "a line shown at the foot of every page, in Markdown, such as an attribution",
    ),
    (
        "math",
        "settings of the course's formulas, such as `{ macros: { R: \"\\\\mathbb{R}\" } }`",
    ),
    (
        "solutions",
        "`shown` (the default) or `hidden` to leave exercise solutions out of the published site",
    ),
    (
        "offline",
        "`true` (the default) or `false` to leave out the web app manifest that lets learners install the course",
    ),
    (
        "translations",
        "the languages the course is translated into, such as `[fi, sv]`",
    ),
    (
        "discussion",
        "where learners ask about a module: `{ ask: \"https://github.com/OWNER/REPO/discussions/new?title={title}\" }`",
    ),
];

/// The keys of a translated `course.<language>.yaml`.
pub(crate) const TRANSLATED_CONFIG_KEYS: &[KnownKey] = &[
    ("title", "the course's title in this language"),
    ("description", "the course's description in this language"),
    ("footer", "the footer line in this language, in Markdown"),
    (
        "paths",
        "the learning paths' titles in this language, by id: `{ beginner: { title: ..., description: ... } }`",
    ),
];

#[derive(Debug, Deserialize)]
struct RawConfig {
    title: Option<Spanned<String>>,
    description: Option<String>,
    base_url: Option<Spanned<String>>,
    language: Option<String>,
    author: Option<String>,
    theme: Option<Spanned<String>>,
    levels: Option<Spanned<Vec<Spanned<String>>>>,
    module_minutes: Option<Spanned<u32>>,
    paths: Option<Spanned<Vec<RawPath>>>,
    search: Option<bool>,
    extra_css: Option<Vec<Spanned<String>>>,
    solutions: Option<Solutions>,
    math: Option<RawMath>,
    footer: Option<String>,
    translations: Option<Vec<Spanned<String>>>,
    offline: Option<bool>,
    discussion: Option<RawDiscussion>,
}

/// A translated `course.<language>.yaml`: what of the settings a translation may change.
#[derive(Debug, Default, Clone, Deserialize, PartialEq, Eq)]
pub(crate) struct TranslatedConfig {
    pub title: Option<String>,
    pub description: Option<String>,
    pub footer: Option<String>,
    /// Learning paths' title and description, by the path's id.
    pub paths: Option<std::collections::BTreeMap<String, TranslatedPath>>,
}

/// A learning path's words in a translated `course.<language>.yaml`.
#[derive(Debug, Default, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub(crate) struct TranslatedPath {
    pub title: Option<String>,
    pub description: Option<String>,
}

/// The levels of a course that names none.
pub(crate) const DEFAULT_LEVELS: [&str; 3] = ["beginner", "intermediate", "advanced"];

impl CourseConfig {
    /// A configuration with every default, for tests and for `init`.
    pub(crate) fn with_title(title: &str) -> Self {
        CourseConfig {
            title: title.to_string(),
            description: String::new(),
            base_url: "/".to_string(),
            language: "en".to_string(),
            author: String::new(),
            theme: "default".to_string(),
            levels: DEFAULT_LEVELS.map(String::from).to_vec(),
            level_labels: DEFAULT_LEVELS.map(String::from).to_vec(),
            module_minutes: 10,
            paths: Vec::new(),
            search: true,
            offline: true,
            extra_css: Vec::new(),
            hide_solutions: false,
            math_macros: Vec::new(),
            footer: String::new(),
            translations: Vec::new(),
            discussion: None,
        }
    }

    /// The path part of `base_url` (`/repo/` for `https://user.github.io/repo/`).
    pub(crate) fn base_path(&self) -> &str {
        match self.base_url.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("/", |slash| &rest[slash..]),
            None => &self.base_url,
        }
    }

    /// Whether `base_url` names a host, so that absolute URLs (sitemap, Open Graph) can be made.
    pub(crate) fn has_absolute_base(&self) -> bool {
        self.base_url.contains("://")
    }
}

/// Normalises a base URL given by an author or on the command line: ensures a trailing slash and
/// a leading slash for paths. Returns an error message for unusable values.
pub(crate) fn normalize_base_url(raw: &str) -> Result<String, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok("/".to_string());
    }
    if raw
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\'))
    {
        return Err(
            "a base URL cannot contain spaces, quotes, angle brackets or backslashes".to_string(),
        );
    }
    // `//host/` would load the site's scripts from another host on the 404 page, which uses
    // the base path as it is.
    if raw.starts_with("//") {
        return Err("`//` starts an address on another host; write `https://` before it, or a path such as `/repo/`".to_string());
    }
    // A scheme without `//` (`javascript:`, `data:`, `mailto:`) is not where a site lives.
    if let Some(colon) = raw.find(':') {
        let scheme = &raw[..colon];
        let is_scheme = !scheme.is_empty()
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if is_scheme && !raw[colon..].starts_with("://") {
            return Err(format!(
                "`{scheme}:` is not a web address; use `https://` or a path such as `/repo/`"
            ));
        }
    }
    let with_scheme = raw.split_once("://");
    if let Some((scheme, rest)) = with_scheme {
        if scheme != "http" && scheme != "https" {
            return Err(format!(
                "`{scheme}://` is not a web address; use `https://`"
            ));
        }
        if rest.is_empty() || rest.starts_with('/') {
            return Err("the URL has no host name".to_string());
        }
    }
    if with_scheme.is_none() && !raw.starts_with('/') {
        // `user.github.io/repo` looks like an address but would be taken as a path, and break
        // the sitemap and the 404 page; `repo/` is ambiguous the same way.
        let looks_like_host = raw
            .split('/')
            .next()
            .is_some_and(|first| first.contains('.'));
        let meant = if looks_like_host {
            format!("`https://{}/`", raw.trim_end_matches('/'))
        } else {
            format!("`/{}/`", raw.trim_matches('/'))
        };
        return Err(format!(
            "`{raw}` is neither a full address nor a path; did you mean {meant}?"
        ));
    }
    let mut url = raw.to_string();
    if !url.ends_with('/') {
        url.push('/');
    }
    Ok(url)
}

/// Parses and validates `course.yaml`. The settings are returned whenever the YAML could be read,
/// with invalid values left at their defaults, so that the rest of the course can still be
/// checked in the same run; `None` means the file could not be read as YAML at all.
pub(crate) fn parse_config(file: &SourceFile) -> (Option<CourseConfig>, Vec<Diagnostic>) {
    let source = YamlSource {
        file: &file.path,
        file_text: &file.text,
        yaml: &file.text,
        line_offset: 0,
    };
    let (raw, mut problems) = source.parse::<RawConfig>(CONFIG_KEYS);
    let Some(raw) = raw else {
        return (None, problems);
    };
    let mut config = CourseConfig::with_title("");

    if let Some(title) = read_title(&source, file, raw.title, &mut problems) {
        config.title = title;
    }
    config.description = raw.description.unwrap_or_default().trim().to_string();
    config.author = raw.author.unwrap_or_default().trim().to_string();
    if let Some(language) = raw.language {
        config.language = language.trim().to_string();
    }
    if let Some(base_url) = raw.base_url
        && let Some(url) = read_base_url(&source, &base_url, &mut problems)
    {
        config.base_url = url;
    }
    if let Some(theme) = raw.theme
        && let Some(name) = read_theme(&source, &theme, &mut problems)
    {
        config.theme = name;
    }
    if let Some(levels) = raw.levels {
        match validate_levels(&source, &levels) {
            Ok(names) => {
                config.level_labels = names.clone();
                config.levels = names;
            }
            Err(mut errors) => problems.append(&mut errors),
        }
    }
    if let Some(minutes) = raw.module_minutes
        && let Some(minutes) = read_module_minutes(&source, &minutes, &mut problems)
    {
        config.module_minutes = minutes;
    }
    if let Some(paths) = raw.paths {
        config.paths = read_specs(&source, paths, &mut problems);
    }
    config.search = raw.search.unwrap_or(true);
    config.offline = raw.offline.unwrap_or(true);
    config.hide_solutions = matches!(raw.solutions, Some(Solutions::Hidden));
    config.footer = raw.footer.unwrap_or_default().trim().to_string();
    let macros = raw.math.and_then(|math| math.macros).unwrap_or_default();
    config.math_macros = macros
        .into_iter()
        .map(|(name, definition)| {
            let name = name.trim().trim_start_matches('\\').to_string();
            let position = source.position(&definition.referenced);
            let value = definition.value;
            (name, Located { value, position })
        })
        .collect();
    config.extra_css = read_extra_css(&source, raw.extra_css.unwrap_or_default());
    config.discussion = raw
        .discussion
        .and_then(|discussion| read_discussion(&source, discussion, &mut problems));
    config.translations = read_translations(
        &source,
        raw.translations.unwrap_or_default(),
        &config.language,
        &mut problems,
    );
    (Some(config), problems)
}

/// Reads a translated `course.<language>.yaml`; `None` when it is not YAML at all.
pub(crate) fn parse_translated_config(
    file: &SourceFile,
) -> (Option<TranslatedConfig>, Vec<Diagnostic>) {
    let source = YamlSource {
        file: &file.path,
        file_text: &file.text,
        yaml: &file.text,
        line_offset: 0,
    };
    source.parse::<TranslatedConfig>(TRANSLATED_CONFIG_KEYS)
}

/// The languages of `translations:`: each a language tag, once, and not the course's own.
fn read_translations(
    source: &YamlSource,
    written: Vec<Spanned<String>>,
    language: &str,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Located> {
    let mut languages: Vec<Located> = Vec::new();
    for tag in written {
        let value = tag.value.trim().to_string();
        let problem = if !crate::read::course_dir::is_language_tag(&value) {
            Some((
                "this is not a language code",
                "write a language code such as `fi`, `sv` or `pt-BR`".to_string(),
            ))
        } else if value.eq_ignore_ascii_case(language) {
            Some((
                "this is the course's own language",
                format!(
                    "list only the languages the course is translated into; `{language}` is set by `language:`"
                ),
            ))
        } else if languages
            .iter()
            .any(|l| l.value.eq_ignore_ascii_case(&value))
        {
            Some((
                "this language is listed twice",
                "remove one of them".to_string(),
            ))
        } else {
            None
        };
        match problem {
            Some((message, help)) => problems.push(
                source
                    .error_at(&tag.referenced, format!("`{value}`: {message}"))
                    .with_help(help),
            ),
            None => languages.push(Located {
                value,
                position: source.position(&tag.referenced),
            }),
        }
    }
    languages
}

/// The course title, trimmed; `None` (with the problem reported) if it is missing or empty.
fn read_title(
    source: &YamlSource,
    file: &SourceFile,
    title: Option<Spanned<String>>,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    match title {
        Some(title) if !title.value.trim().is_empty() => Some(title.value.trim().to_string()),
        Some(title) => {
            problems.push(
                source
                    .error_at(&title.referenced, "the course title is empty")
                    .with_help("write the course's name after `title:`"),
            );
            None
        }
        None => {
            problems.push(missing_title(&file.path, &file.text));
            None
        }
    }
}

/// `base_url`, normalized, if it is valid.
fn read_base_url(
    source: &YamlSource,
    base_url: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    match normalize_base_url(&base_url.value) {
        Ok(url) => Some(url),
        Err(message) => {
            problems.push(
                source
                    .error_at(&base_url.referenced, format!("invalid `base_url`: {message}"))
                    .with_help("use the address the site is published at, such as `https://user.github.io/repo/`, or `/`"),
            );
            None
        }
    }
}

/// The theme's name, trimmed, if it can name a folder under `themes/`.
fn read_theme(
    source: &YamlSource,
    theme: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    let name = theme.value.trim();
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
        problems.push(
            source
                .error_at(&theme.referenced, format!("invalid theme name `{name}`"))
                .with_help("use `default` or the name of a folder under `themes/`"),
        );
        None
    } else {
        Some(name.to_string())
    }
}

/// `module_minutes`, if it is at least 1.
fn read_module_minutes(
    source: &YamlSource,
    minutes: &Spanned<u32>,
    problems: &mut Vec<Diagnostic>,
) -> Option<u32> {
    if minutes.value == 0 {
        problems.push(
            source
                .error_at(&minutes.referenced, "`module_minutes` must be at least 1")
                .with_help("micro-modules usually take 5 to 10 minutes; the default is 10"),
        );
        None
    } else {
        Some(minutes.value)
    }
}

/// The `extra_css` files, as site paths without a leading `/`, with their places.
fn read_extra_css(source: &YamlSource, extra_css: Vec<Spanned<String>>) -> Vec<Located> {
    extra_css
        .into_iter()
        .map(|css| Located {
            value: css.value.trim().trim_start_matches('/').to_string(),
            position: source.position(&css.referenced),
        })
        .collect()
}

fn read_discussion(
    source: &YamlSource,
    raw: RawDiscussion,
    problems: &mut Vec<Diagnostic>,
) -> Option<Discussion> {
    let mut read = |template: &Spanned<String>| {
        let problem = discussion_problem(template.value.trim());
        if let Some((message, help)) = &problem {
            problems.push(
                source
                    .error_at(&template.referenced, message)
                    .with_help(help),
            );
        }
        problem.is_none().then(|| template.value.trim().to_string())
    };
    let ask = read(&raw.ask);
    let see = raw.see.as_ref().map(&mut read);
    Some(Discussion {
        ask: ask?,
        see: match see {
            Some(see) => Some(see?),
            None => None,
        },
    })
}

/// What is wrong with a discussion address template, and how to fix it.
fn discussion_problem(template: &str) -> Option<(String, String)> {
    let scheme = template
        .split_once(':')
        .map(|(scheme, _)| scheme.to_ascii_lowercase());
    if !matches!(scheme.as_deref(), Some("https" | "http" | "mailto")) {
        return Some((
            format!("`{template}` is not a web or mail address"),
            "write an address that starts with `https://` (a forum) or `mailto:` (an e-mail address)".into(),
        ));
    }
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            return Some((
                format!("`{template}` opens a `{{` that it does not close"),
                "write the words to fill in as `{title}`, `{url}`, `{id}` or `{course}`".into(),
            ));
        };
        let name = &rest[open + 1..open + close];
        if !DISCUSSION_FIELDS.contains(&name) {
            return Some((
                format!("`{{{name}}}` is not a word Syllabus fills in"),
                format!(
                    "use `{{title}}` (the module's title), `{{url}}` (its address), `{{id}}` (its id) or `{{course}}` (the course's title){}",
                    crate::diagnostics::did_you_mean(name, DISCUSSION_FIELDS.iter().copied())
                        .map(|s| format!("; did you mean `{{{s}}}`?"))
                        .unwrap_or_default()
                ),
            ));
        }
        rest = &rest[open + close + 1..];
    }
    None
}

fn validate_levels(
    source: &YamlSource,
    levels: &Spanned<Vec<Spanned<String>>>,
) -> Result<Vec<String>, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut names: Vec<String> = Vec::new();
    if levels.value.is_empty() {
        problems.push(
            source
                .error_at(&levels.referenced, "`levels` is empty")
                .with_help("list the difficulty levels, easiest first, such as `[beginner, intermediate, advanced]`"),
        );
    }
    for level in &levels.value {
        let name = level.value.trim().to_string();
        if name.is_empty() {
            problems.push(source.error_at(&level.referenced, "a level name is empty"));
        } else if names.contains(&name) {
            problems.push(
                source
                    .error_at(
                        &level.referenced,
                        format!("the level `{name}` is listed twice"),
                    )
                    .with_help("each difficulty level must have its own name"),
            );
        } else {
            names.push(name);
        }
    }
    if problems.is_empty() {
        Ok(names)
    } else {
        Err(problems)
    }
}

fn missing_title(path: &Path, text: &str) -> Diagnostic {
    Diagnostic::error("`course.yaml` has no `title`")
        .at(path, text, Position::start())
        .with_help("add a line such as `title: \"Git, from first commit to pull requests\"`")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn parse(text: &str) -> Result<CourseConfig, Vec<Diagnostic>> {
        match parse_config(&SourceFile {
            path: PathBuf::from("course.yaml"),
            text: text.to_string(),
        }) {
            (Some(config), problems) if problems.is_empty() => Ok(config),
            (_, problems) => Err(problems),
        }
    }

    #[test]
    fn defaults_apply() {
        let config = parse("title: Git basics\n").unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(config, CourseConfig::with_title("Git basics"));
    }

    #[test]
    fn all_settings_are_read() {
        let config = parse(
            "title: T\ndescription: D\nbase_url: https://u.github.io/repo\nlanguage: fr\n\
             author: A\ntheme: plain\nlevels: [easy, hard]\nmodule_minutes: 7\n",
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(config.base_url, "https://u.github.io/repo/");
        assert_eq!(config.base_path(), "/repo/");
        assert_eq!(config.levels, ["easy", "hard"]);
        assert_eq!((config.language.as_str(), config.module_minutes), ("fr", 7));
    }

    #[test]
    fn missing_title_and_unknown_key_are_both_reported() {
        let problems = parse("titel: Oops\nmodule_minutes: 0\n").unwrap_err();
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "unknown key `titel`",
                "`course.yaml` has no `title`",
                "`module_minutes` must be at least 1"
            ]
        );
        let problems = parse("description: x\nmodule_minutes: 0\n").unwrap_err();
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "`course.yaml` has no `title`",
                "`module_minutes` must be at least 1"
            ]
        );
    }

    #[test]
    fn base_urls_are_normalised() {
        let missing_scheme = normalize_base_url("someone.github.io/course").unwrap_err();
        assert!(
            missing_scheme.contains("`https://someone.github.io/course/`"),
            "{missing_scheme}"
        );
        let missing_slash = normalize_base_url("repo").unwrap_err();
        assert!(missing_slash.contains("`/repo/`"), "{missing_slash}");
        assert_eq!(normalize_base_url("/").as_deref(), Ok("/"));
        assert_eq!(
            normalize_base_url("https://x.io").as_deref(),
            Ok("https://x.io/")
        );
        assert!(normalize_base_url("ftp://x.io/").is_err());
        assert!(normalize_base_url("https:///x").is_err());
        // Nothing that would run script or load the site's scripts from another host.
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)//",
            "data:text/html,x",
            "javascript://%0aalert(1)",
            "//evil.example/",
            "/\\evil.example/",
            "/repo\"onload=\"x/",
        ] {
            assert!(normalize_base_url(bad).is_err(), "{bad}");
        }
        // A colon later in a path is fine.
        assert_eq!(normalize_base_url("/a:b/").as_deref(), Ok("/a:b/"));
    }
}
