//! `syllabus init`: a new course that builds at once, with a workflow that publishes it.

use std::fs;
use std::path::Path;

use crate::util::new_dir::{check_new_dir, write_new_files};

/// Where the new course is published from: the CI file `init` writes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Ci {
    /// GitHub Actions to GitHub Pages (`.github/workflows/pages.yml`).
    #[default]
    Github,
    /// GitLab CI to GitLab Pages (`.gitlab-ci.yml`).
    Gitlab,
    /// No CI file; `public/` goes to any static host.
    None,
}

/// Syllabus's own repository, from Cargo.toml, the one place it is written.
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");
const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The commit this binary was released from, set by `.github/workflows/release.yml`.
const RELEASE_COMMIT: Option<&str> = option_env!("SYLLABUS_RELEASE_COMMIT");

/// The sample course in one language: its settings, units and modules, and for the module about
/// publishing, the key point and section of each CI.
struct Sample {
    course: &'static str,
    welcome_unit: &'static str,
    welcome: &'static str,
    writing_modules: &'static str,
    further_unit: &'static str,
    publishing: &'static str,
    github: (&'static str, &'static str),
    gitlab: (&'static str, &'static str),
    anywhere: (&'static str, &'static str),
}

const ENGLISH: Sample = Sample {
    course: include_str!("scaffold/course.yaml"),
    welcome_unit: include_str!("scaffold/welcome-unit.yaml"),
    welcome: include_str!("scaffold/welcome.md"),
    writing_modules: include_str!("scaffold/writing-modules.md"),
    further_unit: include_str!("scaffold/further-unit.yaml"),
    publishing: include_str!("scaffold/publishing.md"),
    github: (
        "The workflow in `.github/workflows/pages.yml` publishes every push to `main`.",
        include_str!("scaffold/publishing-github.md"),
    ),
    gitlab: (
        "`.gitlab-ci.yml` publishes every push to the default branch on GitLab Pages.",
        include_str!("scaffold/publishing-gitlab.md"),
    ),
    anywhere: (
        "`public/` is a static site: any web host can serve it.",
        include_str!("scaffold/publishing-anywhere.md"),
    ),
};

const FINNISH: Sample = Sample {
    course: include_str!("scaffold/fi/course.yaml"),
    welcome_unit: include_str!("scaffold/fi/welcome-unit.yaml"),
    welcome: include_str!("scaffold/fi/welcome.md"),
    writing_modules: include_str!("scaffold/fi/writing-modules.md"),
    further_unit: include_str!("scaffold/fi/further-unit.yaml"),
    publishing: include_str!("scaffold/fi/publishing.md"),
    github: (
        "Tiedoston `.github/workflows/pages.yml` työnkulku julkaisee jokaisen `main`-haaraan tehdyn pushin.",
        include_str!("scaffold/fi/publishing-github.md"),
    ),
    gitlab: (
        "`.gitlab-ci.yml` julkaisee GitLab Pagesiin jokaisen oletushaaraan tehdyn pushin.",
        include_str!("scaffold/fi/publishing-gitlab.md"),
    ),
    anywhere: (
        "`public/` on staattinen sivusto: mikä tahansa verkkopalvelin voi tarjota sen.",
        include_str!("scaffold/fi/publishing-anywhere.md"),
    ),
};

/// The sample course written in `language` (`fi`, `fi-FI`), if Syllabus has one.
fn sample_in(language: &str) -> Option<&'static Sample> {
    let primary = language.split('-').next().unwrap_or("");
    primary.eq_ignore_ascii_case("fi").then_some(&FINNISH)
}

/// Whether the sample modules of a course in `language` are written in it.
pub(crate) fn has_sample_in(language: &str) -> bool {
    sample_in(language).is_some()
}

/// The files of a new course in `language`: path in the course → contents.
fn scaffold(title: &str, ci: Ci, language: &str) -> Vec<(&'static str, String)> {
    let sample = sample_in(language).unwrap_or(&ENGLISH);
    let title_yaml = title.replace('\\', "\\\\").replace('"', "\\\"");
    let mut files = vec![
        (
            "course.yaml",
            sample
                .course
                .replace("{{TITLE}}", &title_yaml)
                .replace("{{LANGUAGE}}", language),
        ),
        (".gitignore", include_str!("scaffold/gitignore").to_string()),
        (
            "modules/getting-started/_unit.yaml",
            sample.welcome_unit.to_string(),
        ),
        (
            "modules/getting-started/welcome.md",
            sample.welcome.to_string(),
        ),
        (
            "modules/getting-started/writing-modules.md",
            sample.writing_modules.to_string(),
        ),
        (
            "modules/going-further/_unit.yaml",
            sample.further_unit.to_string(),
        ),
        (
            "modules/going-further/publishing.md",
            publishing_module(sample, ci),
        ),
        (
            "static/images/module.svg",
            include_str!("scaffold/module.svg").to_string(),
        ),
    ];
    match ci {
        Ci::Github => files.push((
            ".github/workflows/pages.yml",
            github_workflow(REPOSITORY, VERSION, RELEASE_COMMIT),
        )),
        Ci::Gitlab => files.push((".gitlab-ci.yml", gitlab_ci(REPOSITORY, VERSION))),
        Ci::None => {}
    }
    files
}

/// The GitHub Pages workflow: Syllabus `version` through the setup action of `repository`,
/// pinned to the commit of that release when this binary knows it (release builds do).
fn github_workflow(repository: &str, version: &str, release_commit: Option<&str>) -> String {
    let install = match (
        github_slug(repository),
        release_commit.filter(|c| is_commit(c)),
    ) {
        (Some(slug), Some(commit)) => format!("uses: {slug}@{commit} # v{version}"),
        // Built from source, this binary cannot know the commit of its release: zizmor's
        // hash-pin rule is waived for this line, and the comment says how to pin it.
        (Some(slug), None) => format!(
            "# This Syllabus was built from source and does not know the commit of release\n        \
             # v{version}: replace the tag by that commit's full SHA, as for the other actions.\n        \
             uses: {slug}@v{version} # zizmor: ignore[unpinned-uses]"
        ),
        (None, _) => format!("run: cargo install --locked syllabus --version {version}"),
    };
    include_str!("scaffold/pages.yml")
        .replace("{{INSTALL}}", &install)
        .replace("{{REPOSITORY}}", repository)
        .replace("{{VERSION}}", version)
}

/// The GitLab Pages job: Syllabus `version`, the Linux release binary of `repository`.
fn gitlab_ci(repository: &str, version: &str) -> String {
    include_str!("scaffold/gitlab-ci.yml")
        .replace("{{REPOSITORY}}", repository)
        .replace("{{VERSION}}", version)
}

/// `owner/name` of a GitHub repository address.
fn github_slug(repository: &str) -> Option<&str> {
    let slug = repository
        .strip_prefix("https://github.com/")?
        .trim_end_matches('/')
        .trim_end_matches(".git");
    let (owner, name) = slug.split_once('/')?;
    let valid = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    (valid(owner) && valid(name)).then_some(slug)
}

fn is_commit(text: &str) -> bool {
    text.len() == 40 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The sample module about publishing, telling how this course is published.
fn publishing_module(sample: &Sample, ci: Ci) -> String {
    let (keypoint, section) = match ci {
        Ci::Github => sample.github,
        Ci::Gitlab => sample.gitlab,
        Ci::None => sample.anywhere,
    };
    sample
        .publishing
        .replace("{{KEYPOINT}}", keypoint)
        .replace("{{PUBLISHING}}", section)
}

/// Creates a course in `language` in `dir`, which must not exist or be empty, published
/// through `ci`.
pub(crate) fn create_course(
    dir: &Path,
    title: Option<&str>,
    ci: Ci,
    language: &str,
) -> Result<(), String> {
    check_new_dir(dir)?;
    let title = match title {
        Some(title) if !title.trim().is_empty() => title.trim().to_string(),
        _ => title_from_folder(dir),
    };
    write_new_files(dir, &scaffold(&title, ci, language))
}

fn title_from_folder(dir: &Path) -> String {
    let name = fs::canonicalize(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let words = name.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "My course".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_folder_names() {
        assert_eq!(
            title_from_folder(Path::new("/tmp/does-not-exist/intro-to_git")),
            "Intro to git"
        );
    }

    const COMMIT: &str = "0123456789abcdef0123456789abcdef01234567";

    #[test]
    fn a_release_build_pins_the_setup_action_to_its_commit() {
        let workflow = github_workflow(
            "https://github.com/owner/course-tool",
            "1.2.3",
            Some(COMMIT),
        );
        assert!(
            workflow.contains(&format!("uses: owner/course-tool@{COMMIT} # v1.2.3\n")),
            "{workflow}"
        );
        assert!(!workflow.contains("zizmor: ignore"), "{workflow}");
        // The fallback is documented with the same version, and the address comes from the
        // repository given.
        assert!(workflow.contains("cargo install --locked syllabus --version 1.2.3"));
        assert!(workflow.contains("https://github.com/owner/course-tool/releases"));
    }

    #[test]
    fn other_builds_pin_the_release_tag_and_say_how_to_pin_the_commit() {
        for commit in [None, Some("main"), Some(&COMMIT[1..])] {
            let workflow = github_workflow("https://github.com/owner/tool", "1.2.3", commit);
            assert!(
                workflow.contains(
                    "        # v1.2.3: replace the tag by that commit's full SHA, as for the other actions.\n        uses: owner/tool@v1.2.3 # zizmor: ignore[unpinned-uses]\n"
                ),
                "{workflow}"
            );
        }
    }

    #[test]
    fn a_repository_off_github_falls_back_to_cargo_install() {
        let workflow = github_workflow("https://example.org/tool", "1.2.3", Some(COMMIT));
        assert!(
            workflow.contains("        run: cargo install --locked syllabus --version 1.2.3\n")
        );
        assert!(!workflow.contains("uses: example.org"), "{workflow}");
    }

    #[test]
    fn syllabus_lives_on_github() {
        // Cargo.toml's repository is what the setup action is `uses:`-ed from.
        assert_eq!(github_slug(REPOSITORY), Some("syllabus-rs/syllabus"));
        assert_eq!(github_slug("https://github.com/a/b.git"), Some("a/b"));
        assert_eq!(github_slug("https://github.com/a"), None);
        assert_eq!(github_slug("https://github.com/a/b c"), None);
    }

    #[test]
    fn every_other_action_is_pinned_to_a_commit_with_its_version() {
        let workflow = github_workflow(REPOSITORY, VERSION, Some(COMMIT));
        let uses: Vec<&str> = workflow
            .lines()
            .filter_map(|line| line.trim().trim_start_matches("- ").strip_prefix("uses: "))
            .collect();
        assert_eq!(uses.len(), 5, "{workflow}");
        for reference in uses {
            let (action, rest) = reference.split_once('@').unwrap_or_default();
            let (commit, comment) = rest.split_once(" # v").unwrap_or_default();
            assert!(
                !action.is_empty() && is_commit(commit) && !comment.is_empty(),
                "not pinned to a commit with its version: {reference}"
            );
        }
    }

    /// The fenced blocks of a Markdown text: info string and body.
    fn fenced_blocks(text: &str) -> Vec<(String, String)> {
        let mut blocks = Vec::new();
        let mut open: Option<(String, String)> = None;
        for line in text.lines() {
            match (&mut open, line.strip_prefix("```")) {
                (None, Some(info)) => open = Some((info.to_string(), String::new())),
                (Some(_), Some("")) => blocks.extend(open.take()),
                (Some((_, body)), _) => {
                    body.push_str(line);
                    body.push('\n');
                }
                (None, None) => {}
            }
        }
        blocks
    }

    /// The lines of a Markdown text that are Syllabus constructs rather than prose: callout
    /// markers and the keys of front matter and quizzes.
    fn markers(text: &str) -> Vec<String> {
        text.lines()
            .filter_map(|line| {
                let line = line.trim_start().trim_start_matches("- ");
                if line.starts_with("> [!") || line == "---" {
                    Some(line.to_string())
                } else {
                    line.split_once(':')
                        .filter(|(key, _)| {
                            !key.is_empty()
                                && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                        })
                        .map(|(key, _)| key.to_string())
                }
            })
            .collect()
    }

    #[test]
    fn the_finnish_sample_has_every_file_of_the_english_one() {
        for ci in [Ci::Github, Ci::Gitlab, Ci::None] {
            let english = scaffold("T", ci, "en");
            let finnish = scaffold("T", ci, "fi");
            let paths = |files: &[(&str, String)]| -> Vec<String> {
                files.iter().map(|(path, _)| path.to_string()).collect()
            };
            assert_eq!(paths(&english), paths(&finnish));
            for ((path, english), (_, finnish)) in english.iter().zip(&finnish) {
                if !path.ends_with(".md") && !path.ends_with(".yaml") {
                    assert_eq!(english, finnish, "{path} is the same in every language");
                } else {
                    assert_ne!(english, finnish, "{path} is not translated");
                    assert!(!finnish.contains("{{"), "{path}: {finnish}");
                }
            }
        }
    }

    #[test]
    fn the_finnish_sample_keeps_every_construct_and_all_code() {
        let pairs = [
            (ENGLISH.welcome, FINNISH.welcome),
            (ENGLISH.writing_modules, FINNISH.writing_modules),
            (ENGLISH.publishing, FINNISH.publishing),
            (ENGLISH.github.1, FINNISH.github.1),
            (ENGLISH.gitlab.1, FINNISH.gitlab.1),
            (ENGLISH.anywhere.1, FINNISH.anywhere.1),
            (ENGLISH.course, FINNISH.course),
            (ENGLISH.welcome_unit, FINNISH.welcome_unit),
            (ENGLISH.further_unit, FINNISH.further_unit),
        ];
        for (english, finnish) in pairs {
            assert_eq!(markers(english), markers(finnish), "{finnish}");
            let (english, finnish) = (fenced_blocks(english), fenced_blocks(finnish));
            let infos = |blocks: &[(String, String)]| -> Vec<String> {
                blocks.iter().map(|(info, _)| info.clone()).collect()
            };
            assert_eq!(infos(&english), infos(&finnish));
            for (english, finnish) in english.iter().zip(&finnish) {
                // Code and commands stay as they are; only the prose of the samples is
                // translated (the YAML sample quotes the module's own front matter, the
                // diagram's boxes are words, the quiz its texts).
                if !matches!(english.0.as_str(), "yaml" | "mermaid" | "quiz") {
                    assert_eq!(english, finnish);
                }
            }
        }
        let blocks = fenced_blocks(FINNISH.writing_modules);
        let (_, diagram) = blocks
            .iter()
            .find(|(info, _)| info == "mermaid")
            .expect("a diagram");
        assert!(diagram.starts_with("flowchart LR\n"), "{diagram}");
        assert!(diagram.contains("[syllabus build]"), "{diagram}");
    }

    #[test]
    fn the_language_code_goes_into_course_yaml() {
        let course = |language| scaffold("T", Ci::Github, language)[0].1.clone();
        assert_eq!(
            course("en"),
            ENGLISH
                .course
                .replace("{{TITLE}}", "T")
                .replace("{{LANGUAGE}}", "en")
        );
        assert!(course("en").contains("\nlanguage: en\n"));
        assert!(course("de").contains("\nlanguage: de\n"));
        assert!(course("de").starts_with("# Course settings."));
        // A regional variant of Finnish gets the Finnish sample.
        assert!(course("fi-FI").contains("\nlanguage: fi-FI\n"));
        assert!(course("fi-FI").starts_with("# Kurssin asetukset."));
        let welcome = |language| scaffold("T", Ci::Github, language)[3].1.clone();
        assert_eq!(welcome("de"), ENGLISH.welcome);
        assert_eq!(welcome("FI"), FINNISH.welcome);
        assert!(has_sample_in("fi") && !has_sample_in("de") && !has_sample_in("en"));
    }

    #[test]
    fn refuses_non_empty_folders() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join("notes.txt"), "mine")?;
        assert!(create_course(dir.path(), None, Ci::Github, "en").is_err());
        assert_eq!(fs::read_to_string(dir.path().join("notes.txt"))?, "mine");
        Ok(())
    }
}
