//! Reading one module: its front matter checked, field by field, into a [`Module`].

use serde_saphyr::{Location, Spanned};

use super::{Module, TakenLists, default_id};
use crate::diagnostics::{Diagnostic, Located, Position, did_you_mean};
use crate::read::config::CourseConfig;
use crate::read::divs;
use crate::read::frontmatter::{self, FrontMatter, Split};
use crate::read::source::{LineIndex, SourceFile};
use crate::util::slug::path_slug;
use crate::util::url::normalize_site_path;

/// The longest tag, in bytes of its address (file systems allow 255 in a name).
const MAX_TAG_BYTES: usize = 100;

/// Where a missing title is reported: the front matter's opening `---`.
fn front_matter_start() -> Position {
    Position::new(1, 1, 3)
}

/// Reads a module's front matter. Returns `None` when it cannot be read at all, and a problem
/// for every field that is wrong (the module is then kept, with that field left out).
pub(super) fn read_module(
    file: SourceFile,
    config: &CourseConfig,
    levels_known: bool,
) -> (Option<Module>, Vec<Diagnostic>) {
    let (parsed, problems) = frontmatter::parse(&file);
    let Some((front, split)) = parsed else {
        return (None, problems);
    };
    let FrontMatter {
        title,
        id,
        description,
        difficulty,
        minutes,
        prerequisites,
        objectives,
        keypoints,
        questions,
        tags,
        weight,
        draft,
        aliases,
        translated_from: _,
    } = front;
    let mut fields = Fields {
        file: &file,
        split: &split,
        problems,
    };
    let (title, title_position) = fields.title(title);
    let path_id = default_id(&file.path);
    let id = fields.id(id, &path_id);
    let difficulty = fields.difficulty(difficulty, config, levels_known);
    let (minutes, minutes_position) = fields.minutes(minutes);
    let prerequisites = fields.located(prerequisites);
    let aliases = fields.aliases(aliases);
    let tags = fields.tags(tags);
    let lists = fields.lists([objectives, keypoints, questions]);
    let problems = fields.problems;
    let module = Module {
        url: url_of(&id),
        id,
        unit: path_id
            .rsplit_once('/')
            .map(|(folder, _)| folder.to_string()),
        title,
        title_position,
        description: description.unwrap_or_default().trim().to_string(),
        difficulty,
        minutes,
        minutes_position,
        prerequisites,
        objectives: lists.objectives,
        keypoints: lists.keypoints,
        questions: lists.questions,
        taken: lists.taken,
        fences: lists.fences,
        tags,
        weight: weight.map_or(0, |w| w.value),
        draft: draft.is_some_and(|d| d.value),
        aliases,
        body_offset: split.body_offset,
        source: file,
        fallback_language: None,
        original_path: None,
    };
    (Some(module), problems)
}

/// A module's objectives, key points and questions, from its front matter or its body.
struct Lists {
    objectives: Vec<String>,
    keypoints: Vec<String>,
    questions: Vec<String>,
    taken: TakenLists,
    /// The body's fence lines, found once for this stage and the render stage.
    fences: Vec<divs::Fence>,
}

/// The front matter of one file being read, and the problems found so far.
struct Fields<'a> {
    file: &'a SourceFile,
    split: &'a Split<'a>,
    problems: Vec<Diagnostic>,
}

impl Fields<'_> {
    /// The three lists, each from the front matter or else from the first block of its name
    /// in the body. Written in both places, the front matter's win, with a warning.
    fn lists(&mut self, written: [Option<Vec<String>>; 3]) -> Lists {
        let body = self.split.body;
        let found = divs::fences(body);
        let blocks = divs::blocks(body, &found);
        let [objectives, keypoints, questions] = written.map(clean_list);
        let mut taken = [false; 3];
        let mut lists = [objectives, keypoints, questions];
        for (index, name) in ["objectives", "keypoints", "questions"]
            .into_iter()
            .enumerate()
        {
            let Some(block) = blocks
                .iter()
                .find(|b| b.depth == 0 && b.attributes.classes.first().is_some_and(|c| c == name))
            else {
                continue;
            };
            if lists[index].is_empty() {
                lists[index] = divs::list_items(&body[block.content.clone()]);
                taken[index] = !lists[index].is_empty();
            } else {
                self.warn_twice(name, block.open.range.start);
            }
        }
        let [objectives, keypoints, questions] = lists;
        Lists {
            fences: found.clone(),
            objectives,
            keypoints,
            questions,
            taken: TakenLists {
                objectives: taken[0],
                keypoints: taken[1],
                questions: taken[2],
            },
        }
    }

    fn warn_twice(&mut self, name: &str, body_offset: usize) {
        let offset = self.split.body_offset + body_offset;
        let (line, column) = LineIndex::new(&self.file.text).position(&self.file.text, offset);
        let position = Position::new(line, column, 3);
        self.problems.push(
            Diagnostic::warning(format!("this module's {name} are written twice"))
                .at(&self.file.path, &self.file.text, position)
                .with_label("shown in the text, as a callout")
                .with_help(format!("keep one list: the front matter's `{name}:` is shown at the top of the page; remove it there to have this block's list shown instead")),
        );
    }

    fn position(&self, location: &Location) -> Position {
        frontmatter::position_of(self.file, self.split, location)
    }

    fn error(&self, location: &Location, message: String) -> Diagnostic {
        self.error_in(self.position(location), message)
    }

    fn error_in(&self, position: Position, message: String) -> Diagnostic {
        Diagnostic::error(message).at(&self.file.path, &self.file.text, position)
    }

    /// The title, trimmed, and where it is (the front matter's start when it is missing).
    fn title(&mut self, title: Option<Spanned<String>>) -> (String, Position) {
        let position = title
            .as_ref()
            .map_or(front_matter_start(), |t| self.position(&t.referenced));
        let text = match title {
            Some(t) if !t.value.trim().is_empty() => t.value.trim().to_string(),
            Some(t) => {
                let problem = self
                    .error(&t.referenced, "the module title is empty".into())
                    .with_help("write the module's title after `title:`");
                self.problems.push(problem);
                String::new()
            }
            None => {
                let problem = Diagnostic::error("this module has no `title`")
                    .at(&self.file.path, &self.file.text, front_matter_start())
                    .with_label("front matter starts here")
                    .with_help("add a line such as `title: Your first commit` to the front matter");
                self.problems.push(problem);
                String::new()
            }
        };
        (text, position)
    }

    /// The id given by `id:`, or else (or when it is invalid) the one of the file's path.
    fn id(&mut self, id: Option<Spanned<String>>, path_id: &str) -> String {
        let Some(id) = id else {
            return path_id.to_string();
        };
        match validate_id(id.value.trim()) {
            Ok(()) => id.value.trim().to_string(),
            Err(why) => {
                let problem = self
                    .error(&id.referenced, format!("invalid module id `{}`: {why}", id.value))
                    .with_help("use lowercase letters, digits, `-` and `_`, with `/` between parts, such as `basics/first-commit`");
                self.problems.push(problem);
                path_id.to_string()
            }
        }
    }

    /// The place of the module's level among the course's `levels` (0 when it has none, or
    /// when the levels are unknown).
    fn difficulty(
        &mut self,
        level: Option<Spanned<String>>,
        config: &CourseConfig,
        levels_known: bool,
    ) -> usize {
        let Some(level) = level else {
            return 0;
        };
        match config.levels.iter().position(|l| *l == level.value.trim()) {
            Some(index) => index,
            None if !levels_known => 0,
            None => {
                let problem = self
                    .error(
                        &level.referenced,
                        format!("unknown difficulty `{}`", level.value),
                    )
                    .with_label("not one of the course's levels")
                    .with_help(levels_help(level.value.trim(), &config.levels));
                self.problems.push(problem);
                0
            }
        }
    }

    /// `minutes` and where it is written; none when it is 0.
    fn minutes(&mut self, minutes: Option<Spanned<u32>>) -> (Option<u32>, Option<Position>) {
        match minutes {
            Some(m) if m.value == 0 => {
                let problem = self
                    .error(&m.referenced, "`minutes` must be at least 1".into())
                    .with_help("remove `minutes` to have it estimated from the text");
                self.problems.push(problem);
                (None, None)
            }
            Some(m) => (Some(m.value), Some(self.position(&m.referenced))),
            None => (None, None),
        }
    }

    /// A list of texts, each trimmed, with its position.
    fn located(&self, items: Option<Vec<Spanned<String>>>) -> Vec<Located> {
        items
            .unwrap_or_default()
            .into_iter()
            .map(|s| Located {
                value: s.value.trim().to_string(),
                position: self.position(&s.referenced),
            })
            .collect()
    }

    /// The `aliases`, as site paths; an alias that is not one is a problem.
    fn aliases(&mut self, aliases: Option<Vec<Spanned<String>>>) -> Vec<Located> {
        let mut paths = Vec::new();
        for alias in self.located(aliases) {
            match normalize_site_path(&alias.value) {
                Some(path) => paths.push(Located {
                    value: path,
                    position: alias.position,
                }),
                None => {
                    let problem = self
                        .error_in(alias.position, format!("invalid alias `{}`", alias.value))
                        .with_help("write an alias as a path on this site, such as `/basics/commit/`, made of letters, digits, `-`, `_`, `.` and `~`, with no part starting with `.`");
                    self.problems.push(problem);
                }
            }
        }
        paths
    }

    /// The `tags`, each once; a tag without letters or digits, or too long, is a problem.
    fn tags(&mut self, tags: Option<Vec<Spanned<String>>>) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for tag in self.located(tags) {
            let slug = path_slug(&tag.value);
            if slug.is_empty() {
                let problem = self
                    .error_in(
                        tag.position,
                        format!("the tag `{}` has no letters or digits", tag.value),
                    )
                    .with_help("tags are short words such as `history` or `undo`");
                self.problems.push(problem);
            } else if slug.len() > MAX_TAG_BYTES {
                let problem = self
                    .error_in(
                        tag.position,
                        format!(
                            "this tag is too long ({} characters) to be the name of its page",
                            tag.value.chars().count()
                        ),
                    )
                    .with_help(format!(
                        "tags are short words such as `history` or `undo`; keep them under {MAX_TAG_BYTES} letters"
                    ));
                self.problems.push(problem);
            } else if !names.contains(&tag.value) {
                names.push(tag.value);
            }
        }
        names
    }
}

/// The help for an unknown level: the nearest level, or all of them.
fn levels_help(level: &str, levels: &[String]) -> String {
    let levels = levels.iter().map(String::as_str);
    match did_you_mean(level, levels.clone()) {
        Some(s) => format!(
            "did you mean `{s}`? The course's levels are: {}",
            levels.collect::<Vec<_>>().join(", ")
        ),
        None => format!(
            "use one of the course's levels: {} (set in `course.yaml` under `levels`)",
            levels.collect::<Vec<_>>().join(", ")
        ),
    }
}

/// The module's address under the site's root: each part of its id made a slug.
fn url_of(id: &str) -> String {
    id.split('/').map(path_slug).collect::<Vec<_>>().join("/") + "/"
}

/// A list of texts, each trimmed, without the empty ones.
fn clean_list(items: Option<Vec<String>>) -> Vec<String> {
    items
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn validate_id(id: &str) -> Result<(), &'static str> {
    if id.is_empty() {
        return Err("it is empty");
    }
    if id.starts_with('/') || id.ends_with('/') || id.contains("//") {
        return Err("it starts or ends with `/`, or has an empty part");
    }
    if id.split('/').any(|part| part == "." || part == "..") {
        return Err("it contains `.` or `..` as a part");
    }
    if !id
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/' | '.'))
    {
        return Err("it contains characters other than letters, digits, `-`, `_`, `.` and `/`");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked() {
        assert!(validate_id("basics/first-commit").is_ok());
        assert!(validate_id("../x").is_err());
        assert!(validate_id("a b").is_err());
        assert!(validate_id("/a").is_err());
    }
}
