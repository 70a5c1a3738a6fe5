//! A Carpentries Workbench (sandpaper) lesson: `config.yaml` (title, episode order, source,
//! licence), `episodes/*.md` with their `fig/`, and when present `index.md` and
//! `learners/setup.md`. The episodes' fenced divs are Syllabus's own blocks, so bodies are kept
//! as written; their front matter and the lesson's layout are what change.

use std::fs;
use std::path::Path;

use serde::Deserialize;

mod glossary;
mod instructors;
mod styles;

use super::challenges::challenges_as_quizzes;
use super::{Imported, line_of, visible_files, yaml_string};
use crate::read::divs;

#[derive(Debug, Default, Deserialize)]
struct Config {
    title: Option<String>,
    episodes: Option<Vec<String>>,
    source: Option<String>,
    branch: Option<String>,
    license: Option<String>,
    url: Option<String>,
    lang: Option<String>,
    life_cycle: Option<String>,
    contact: Option<String>,
    carpentry: Option<String>,
    /// Whether the lesson is in the older styles format (`_config.yml`, `_episodes/`).
    #[serde(skip)]
    styles: bool,
    /// A styles-format lesson's `_includes/links.md`.
    #[serde(skip)]
    links: Option<String>,
    /// The episodes' file names without `.md`, which a styles-format lesson's links name.
    #[serde(skip)]
    stems: Vec<String>,
    /// The anchors of `learners/reference.md`, when it became the course's glossary.
    #[serde(skip)]
    glossary: Option<glossary::Anchors>,
}

impl Config {
    fn file(&self) -> &'static str {
        if self.styles {
            "_config.yml"
        } else {
            "config.yaml"
        }
    }

    fn episodes_dir(&self) -> &'static str {
        if self.styles { "_episodes" } else { "episodes" }
    }
}

/// The settings of a styles-format lesson's `_config.yml` that Syllabus uses.
#[derive(Debug, Default, Deserialize)]
struct StylesConfig {
    title: Option<String>,
    carpentry: Option<String>,
    life_cycle: Option<String>,
    email: Option<String>,
    repository: Option<String>,
    lang: Option<String>,
}

fn read_config(source: &Path) -> Result<Config, String> {
    let workbench = source.join("config.yaml");
    let styles = source.join("_config.yml");
    let (path, is_styles) = if !workbench.is_file() && styles.is_file() {
        (styles, true)
    } else {
        (workbench, false)
    };
    let text = fs::read_to_string(&path).map_err(|_| {
        format!(
            "`{}` has neither config.yaml nor _config.yml: is it a Carpentries lesson (Workbench or styles format)?",
            source.display()
        )
    })?;
    let error = |e: serde_saphyr::Error| format!("cannot read `{}`: {e}", path.display());
    if !is_styles {
        return serde_saphyr::from_str(&text).map_err(error);
    }
    let styles: StylesConfig = serde_saphyr::from_str(&text).map_err(error)?;
    let repository = styles.repository.map(|r| format!("https://github.com/{r}"));
    Ok(Config {
        title: styles.title,
        source: repository,
        branch: Some("gh-pages".into()),
        lang: styles.lang,
        life_cycle: styles.life_cycle,
        contact: styles.email,
        carpentry: styles.carpentry,
        styles: true,
        links: fs::read_to_string(source.join("_includes/links.md")).ok(),
        ..Config::default()
    })
}

/// The lesson program a `carpentry` code of config.yaml names.
fn program(code: &str) -> &'static str {
    match code {
        "swc" => "Software Carpentry",
        "dc" => "Data Carpentry",
        "lc" => "Library Carpentry",
        "incubator" => "The Carpentries Incubator",
        "lab" => "The Carpentries Lab",
        _ => "The Carpentries",
    }
}

#[derive(Debug, Default, Deserialize)]
struct EpisodeFront {
    title: Option<String>,
    teaching: Option<u32>,
    exercises: Option<u32>,
}

/// A module's time budget in the new course, as in every course by default.
const MODULE_MINUTES: u32 = 10;

pub(super) fn import(source: &Path) -> Result<Imported, String> {
    let mut config = read_config(source)?;
    let mut imported = Imported {
        title: config
            .title
            .clone()
            .unwrap_or_else(|| "Imported lesson".into()),
        ..Imported::default()
    };
    let names = episode_names(source, &config, &mut imported)?;
    if let Some(links) = &config.links {
        let unfilled: Vec<&str> = links
            .lines()
            .filter(|l| l.contains("{{") || l.contains("{%"))
            .collect();
        if !unfilled.is_empty() {
            imported.attention.push(format!(
                "`_includes/links.md`: {} link references use Jekyll variables, which Syllabus does not fill in, and were left out: {}",
                unfilled.len(),
                unfilled.join(", ")
            ));
        }
    }
    config.stems = names
        .iter()
        .map(|name| name.trim_end_matches(".md").to_string())
        .collect();
    config.glossary = glossary::glossary(source, &mut imported);
    let mut previous: Option<String> = None;
    let mut titles = Vec::new();
    for (weight, name) in names.iter().enumerate() {
        let id = format!("episodes/{}", name.trim_end_matches(".md"));
        let title = episode(
            source,
            &config,
            name,
            weight,
            previous.as_deref(),
            &mut imported,
        )?;
        titles.push((name.clone(), title));
        previous = Some(id);
    }
    figures(source, &config, &mut imported);
    home_page(source, &config, &mut imported);
    setup_page(source, &config, &mut imported);
    instructors::notes(source, &titles, &mut imported);
    course_files(source, &config, &mut imported);
    Ok(imported)
}

/// The episodes in the order of `config.yaml`, or of their names when it lists none.
fn episode_names(
    source: &Path,
    config: &Config,
    imported: &mut Imported,
) -> Result<Vec<String>, String> {
    let names = match &config.episodes {
        Some(names) if !names.is_empty() => {
            imported.mapped.push(format!(
                "{} episodes in the order of config.yaml -> modules of the unit `episodes`, each needing the one before it",
                names.len()
            ));
            names.clone()
        }
        _ => {
            let mut skipped = Vec::new();
            let names: Vec<String> =
                visible_files(&source.join(config.episodes_dir()), &mut skipped)
                    .iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "md"))
                    .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .collect();
            imported.attention.extend(skipped);
            imported.mapped.push(format!(
                "{} episodes of {} in the order of their file names ({} lists none) -> modules, each needing the one before it",
                names.len(),
                config.episodes_dir(),
                config.file()
            ));
            names
        }
    };
    if names.is_empty() {
        return Err(format!(
            "`{}` has no episodes",
            source.join("episodes").display()
        ));
    }
    Ok(names)
}

fn episode(
    source: &Path,
    config: &Config,
    name: &str,
    weight: usize,
    previous: Option<&str>,
    imported: &mut Imported,
) -> Result<String, String> {
    if name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(format!(
            "config.yaml names the episode `{name}`, which is not a file name"
        ));
    }
    let path = source.join(config.episodes_dir()).join(name);
    let text = fs::read_to_string(&path)
        .map_err(|e| format!("cannot read the episode `{}`: {e}", path.display()))?;
    let mut text = text.replace("\r\n", "\n");
    let course_file = format!("modules/episodes/{name}");
    if config.styles {
        text = styles::to_workbench(
            &text,
            config.links.as_deref(),
            &config.stems,
            &course_file,
            imported,
        );
    }
    let (front, body) = split_front_matter(&text);
    let front: EpisodeFront = serde_saphyr::from_str(front).unwrap_or_default();
    let title = front
        .title
        .unwrap_or_else(|| name.trim_end_matches(".md").replace('-', " "));
    let minutes = front.teaching.unwrap_or(0) + front.exercises.unwrap_or(0);
    let mut head = format!("---\ntitle: {}\nweight: {weight}\n", yaml_string(&title));
    if minutes > 0 {
        head.push_str(&format!("minutes: {minutes}\n"));
    }
    if let Some(previous) = previous {
        head.push_str(&format!("prerequisites: [{previous}]\n"));
    }
    head.push_str("---\n");
    let body = outside_links(
        body,
        config,
        source,
        &course_file,
        head.lines().count(),
        imported,
    );
    let (body, quizzes) = challenges_as_quizzes(&body);
    for quiz in &quizzes {
        let line = head.lines().count() + line_of(&body, quiz.offset);
        imported.mapped.push(format!(
            "{course_file}:{line}: a challenge with {} numbered options and a solution that names the right ones -> a quiz that checks the answer",
            quiz.options
        ));
    }
    if minutes > MODULE_MINUTES {
        imported.attention.push(split_suggestion(
            &course_file,
            minutes,
            &body,
            head.lines().count(),
        ));
    }
    imported.add(&course_file, format!("{head}{body}"));
    Ok(title)
}

fn split_front_matter(text: &str) -> (&str, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return ("", text);
    };
    match rest.find("\n---\n") {
        Some(end) => (&rest[..end], &rest[end + 5..]),
        None => ("", text),
    }
}

/// Links to the Workbench's `learners/`, `instructors/` and `profiles/` pages that the lesson
/// does not have (or that are not imported) lead to the page's source on GitHub instead; links
/// to `learners/reference.md`, when it became the glossary, lead to the glossary page.
fn outside_links(
    body: &str,
    config: &Config,
    source: &Path,
    course_file: &str,
    body_line: usize,
    imported: &mut Imported,
) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("](") {
        let (before, after) = rest.split_at(at + 2);
        out.push_str(before);
        let target_end = after.find([')', ' ', '#']).unwrap_or(after.len());
        let target = &after[..target_end];
        let page = target.trim_start_matches("../");
        let outside = ["learners/", "instructors/", "profiles/"]
            .iter()
            .any(|folder| page.starts_with(folder));
        let imported_here = page == "learners/setup.md" && source.join(page).is_file();
        if let (Some(anchors), "learners/reference.md") = (&config.glossary, page) {
            let (link, end) = glossary_link(after, target_end, anchors);
            out.push_str(&link);
            rest = &after[end..];
            continue;
        }
        if outside && !imported_here {
            let new = match (&config.source, &config.branch) {
                (Some(repo), branch) => format!(
                    "{}/blob/{}/{page}",
                    repo.trim_end_matches('/'),
                    branch.as_deref().unwrap_or("main")
                ),
                (None, _) => config.url.clone().unwrap_or_default(),
            };
            let line = body_line + line_of(body, body.len() - rest.len() + at);
            imported.attention.push(format!(
                "{course_file}:{line}: the link to `{target}` names a page of the Workbench site that was not imported; it now leads to {new}"
            ));
            out.push_str(&new);
        } else {
            out.push_str(target);
        }
        rest = &after[target_end..];
    }
    out.push_str(rest);
    out
}

/// The glossary page's address for a link to `learners/reference.md` whose target starts
/// `after` and whose path ends at `path_end`, with the Workbench anchor (`#path`) made the term's
/// (`#term-path`); and where the link's target ends.
fn glossary_link(after: &str, path_end: usize, anchors: &glossary::Anchors) -> (String, usize) {
    let Some(anchor) = after[path_end..].strip_prefix('#') else {
        return ("/glossary/".into(), path_end);
    };
    let anchor_len = anchor.find([')', ' ']).unwrap_or(anchor.len());
    let anchor = &anchor[..anchor_len];
    let link = match anchors.get(anchor) {
        Some(term) => format!("/glossary/#{term}"),
        None => "/glossary/".into(),
    };
    (link, path_end + 1 + anchor_len)
}

/// Where an episode longer than a module's budget could be split: its `##` sections outside
/// blocks (a callout's or a solution's heading is no section).
fn split_suggestion(course_file: &str, minutes: u32, body: &str, body_line: usize) -> String {
    let found = divs::fences(body);
    let blocks = divs::blocks(body, &found);
    let in_block = |offset: usize| {
        blocks
            .iter()
            .any(|b| b.open.range.start <= offset && offset < b.content.end)
    };
    let mut sections = Vec::new();
    let mut offset = 0;
    for (i, line) in body.split_inclusive('\n').enumerate() {
        if let Some(title) = line.strip_prefix("## ")
            && !in_block(offset)
        {
            sections.push(format!("\"{}\" (line {})", title.trim(), body_line + i + 1));
        }
        offset += line.len();
    }
    let parts = if sections.is_empty() {
        String::new()
    } else {
        format!(
            ": its sections could each be a module: {}",
            sections.join(", ")
        )
    };
    format!(
        "{course_file}: takes {minutes} minutes, more than a module's {MODULE_MINUTES}; it was kept whole{parts}"
    )
}

/// The episodes' figures, where the episodes' links find them: `episodes/fig` beside the
/// episodes, or a styles-format lesson's `fig/` one folder up from them.
fn figures(source: &Path, config: &Config, imported: &mut Imported) {
    let (from, to) = if config.styles {
        ("fig", "modules/fig")
    } else {
        ("episodes/fig", "modules/episodes/fig")
    };
    let mut skipped = Vec::new();
    let files = visible_files(&source.join(from), &mut skipped);
    imported.attention.extend(skipped);
    for file in &files {
        let (Some(name), Ok(bytes)) = (file.file_name(), fs::read(file)) else {
            continue;
        };
        imported.add(Path::new(to).join(name), bytes);
    }
    if !files.is_empty() {
        imported.mapped.push(format!(
            "{} figures of {from} -> {to} (the episodes' links work as written)",
            files.len()
        ));
    }
}

fn setup_page(source: &Path, config: &Config, imported: &mut Imported) {
    let Ok(text) = fs::read_to_string(source.join("learners/setup.md")) else {
        return;
    };
    let (front, body) = split_front_matter(&text);
    let front: EpisodeFront = serde_saphyr::from_str(front).unwrap_or_default();
    let title = front.title.unwrap_or_else(|| "Setup".into());
    let body = outside_links(
        body,
        config,
        source,
        "modules/learners/setup.md",
        4,
        imported,
    );
    imported.add(
        "modules/learners/setup.md",
        format!(
            "---\ntitle: {}\nweight: -1\n---\n{body}",
            yaml_string(&title)
        ),
    );
    imported
        .mapped
        .push("learners/setup.md -> the module `learners/setup`, first in the course".into());
}

/// `index.md`, the lesson's home page: its first paragraph is the course's description (see
/// [`course_files`]); when it says more, the whole page becomes a first module, `introduction`.
fn home_page(source: &Path, config: &Config, imported: &mut Imported) {
    let Ok(text) = fs::read_to_string(source.join("index.md")) else {
        return;
    };
    let course_file = "modules/introduction.md";
    let mut text = text.replace("\r\n", "\n");
    if config.styles {
        text = styles::to_workbench(
            &text,
            config.links.as_deref(),
            &config.stems,
            course_file,
            imported,
        );
    }
    let body = split_front_matter(&text).1.trim();
    let description = first_paragraph(body).unwrap_or_default();
    let only_description = body.split_whitespace().eq(description.split_whitespace());
    if body.is_empty() || only_description {
        return;
    }
    let head = "---\ntitle: Introduction\nweight: -2\n---\n";
    let body = outside_links(
        body,
        config,
        source,
        course_file,
        head.lines().count(),
        imported,
    );
    imported.add(course_file, format!("{head}{body}\n"));
    imported.mapped.push(
        "index.md -> the course's description (its first paragraph) and the module `introduction`, first in the course (the whole page; rename it in its front matter)".into(),
    );
}

/// `course.yaml` and the licence, with a footer line naming the source.
fn course_files(source: &Path, config: &Config, imported: &mut Imported) {
    let description = fs::read_to_string(source.join("index.md"))
        .ok()
        .and_then(|text| first_paragraph(split_front_matter(&text).1))
        .unwrap_or_else(|| format!("{}, a Carpentries lesson.", imported.title));
    let origin = config.url.as_deref().or(config.source.as_deref());
    let licence = config.license.as_deref().unwrap_or("its licence");
    let has_licence = source.join("LICENSE.md").is_file();
    let footer = match origin {
        Some(url) => format!("Adapted from [{}]({url}), {licence}.", imported.title),
        None => format!("Adapted from {}, {licence}.", imported.title),
    };
    let mut yaml = format!(
        "title: {}\ndescription: {}\nlanguage: {}\nfooter: {}\n",
        yaml_string(&imported.title),
        yaml_string(&description),
        yaml_string(config.lang.as_deref().unwrap_or("en")),
        yaml_string(&footer),
    );
    let author = program(config.carpentry.as_deref().unwrap_or(""));
    yaml.push_str(&format!("author: {}\n", yaml_string(author)));
    imported.add("course.yaml", yaml);
    imported.mapped.push(format!(
        "{}: title, lang and carpentry (`{author}`, as the author) -> course.yaml; source and licence -> the footer \"{footer}\"",
        config.file()
    ));
    if let Some(contact) = &config.contact {
        imported.mapped.push(format!(
            "contact `{contact}`: not shown by Syllabus; name it in a module if learners should write to it"
        ));
    }
    if let Some(stage) = &config.life_cycle {
        imported
            .mapped
            .push(format!("life_cycle `{stage}`: not used by Syllabus"));
    }
    if has_licence {
        if let Ok(bytes) = fs::read(source.join("LICENSE.md")) {
            imported.add("LICENSE.md", bytes);
            imported.mapped.push("LICENSE.md kept as it is".into());
        }
    } else {
        imported
            .attention
            .push("the lesson has no LICENSE.md: add its licence to the course".into());
    }
}

fn first_paragraph(markdown: &str) -> Option<String> {
    let paragraph: Vec<&str> = markdown
        .lines()
        .skip_while(|l| l.trim().is_empty() || l.starts_with('#') || l.starts_with(':'))
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    (!paragraph.is_empty()).then(|| paragraph.join(" "))
}
