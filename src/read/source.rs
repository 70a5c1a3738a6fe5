//! Reading the course folder: which files are content, and their text in a normal form.
//!
//! Text is normalised once here (UTF-8 BOM removed, CRLF and lone CR turned into LF) so that
//! every later stage sees the same line structure as the author's editor. Neither change moves
//! a line or a column, so positions computed later are valid in the original file.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Diagnostics};
pub(crate) use crate::read::course_dir::{CONFIG_FILE, CourseDir, CourseFile, is_ignored_name};
use crate::read::course_dir::{GLOSSARY_FILE, Refusal};
use crate::read::glossary::{GlossarySource, is_glossary_module, read_glossary};
use crate::util::url::site_path;

/// A text file of the course, with its path relative to the course root.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

/// A file published as it is (an image next to a module, a file of `static/`): its path inside
/// its folder, which gives its address, and the checked file to copy.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Asset {
    pub path: PathBuf,
    pub file: CourseFile,
}

impl Asset {
    /// The address the file is published at.
    pub(crate) fn site_path(&self) -> String {
        site_path(&self.path)
    }
}

/// Everything the build reads from a course folder.
#[derive(Debug)]
pub(crate) struct CourseFiles {
    pub config: Option<SourceFile>,
    /// `modules/**/*.md`, sorted by path.
    pub modules: Vec<SourceFile>,
    /// `modules/**/_unit.yaml`, sorted by path.
    pub units: Vec<SourceFile>,
    /// Other files under `modules/` (images next to a module), by their path in `modules/`.
    pub module_assets: Vec<Asset>,
    /// Files under `static/`, by their path in `static/`.
    pub static_files: Vec<Asset>,
    /// From `glossary.yaml`, or else `modules/glossary.md` (which is then not a module).
    pub glossary: Option<GlossarySource>,
    /// `i18n/*.ftl`: the course's own words for the interface, one file per language.
    pub translations: Vec<SourceFile>,
    /// `course.<language>.yaml`: the course's settings translated, sorted by path.
    pub config_translations: Vec<SourceFile>,
    /// `modules/**/_unit.<language>.yaml`: units' titles translated, sorted by path.
    pub unit_translations: Vec<SourceFile>,
}

pub(crate) const MODULES_DIR: &str = "modules";
pub(crate) const STATIC_DIR: &str = "static";
/// The course's own words for the interface (`i18n/fi.ftl`).
pub(crate) const I18N_DIR: &str = "i18n";
pub(crate) const UNIT_FILE: &str = "_unit.yaml";

/// Reads the course at `root`, reporting unreadable files instead of stopping at them.
pub(crate) fn read_course(root: &CourseDir, diagnostics: &mut Diagnostics) -> CourseFiles {
    let mut files = CourseFiles {
        config: None,
        modules: Vec::new(),
        units: Vec::new(),
        module_assets: Vec::new(),
        static_files: Vec::new(),
        glossary: None,
        translations: Vec::new(),
        config_translations: Vec::new(),
        unit_translations: Vec::new(),
    };
    let mut glossary_module = None;
    match root.config_file() {
        Ok(config) => files.config = read_text(&config, diagnostics),
        Err(Refusal::Refused(problem)) => diagnostics.push(problem),
        Err(Refusal::Missing) => diagnostics.push(
            Diagnostic::error(format!(
                "no `{CONFIG_FILE}` in `{}`: this is not a course folder",
                root.path().display()
            ))
            .with_help(format!(
                "create `{CONFIG_FILE}` with at least a `title:` line, or run `syllabus init DIR` \
                 to start a new course"
            )),
        ),
    }

    match walk_files(root, Path::new(MODULES_DIR), diagnostics) {
        Some(found) => {
            for file in found {
                let in_modules = strip(&file.relative, MODULES_DIR);
                if is_glossary_module(&file.relative) {
                    glossary_module = read_text(&file, diagnostics);
                } else if file.relative.extension().is_some_and(|ext| ext == "md") {
                    files.modules.extend(read_text(&file, diagnostics));
                } else if file
                    .relative
                    .file_name()
                    .is_some_and(|name| name == UNIT_FILE)
                {
                    files.units.extend(read_text(&file, diagnostics));
                } else if file
                    .relative
                    .file_name()
                    .and_then(|name| name.to_str())
                    .and_then(translated_unit_language)
                    .is_some()
                {
                    files
                        .unit_translations
                        .extend(read_text(&file, diagnostics));
                } else {
                    files.module_assets.push(Asset {
                        path: in_modules,
                        file,
                    });
                }
            }
        }
        None if files.config.is_some() => diagnostics.push(
            Diagnostic::warning(format!("the course has no `{MODULES_DIR}/` folder"))
                .in_file(Path::new(CONFIG_FILE))
                .with_help(format!(
                    "create `{MODULES_DIR}/` and put one Markdown file per module in it"
                )),
        ),
        None => {}
    }

    for config in root.config_translations() {
        match config {
            Ok(file) => files
                .config_translations
                .extend(read_text(&file, diagnostics)),
            Err(Refusal::Refused(problem)) => diagnostics.push(problem),
            Err(Refusal::Missing) => {}
        }
    }
    files.static_files = walk_files(root, Path::new(STATIC_DIR), diagnostics)
        .unwrap_or_default()
        .into_iter()
        .map(|file| Asset {
            path: strip(&file.relative, STATIC_DIR),
            file,
        })
        .collect();
    for file in walk_files(root, Path::new(I18N_DIR), diagnostics).unwrap_or_default() {
        if file.relative.extension().is_some_and(|ext| ext == "ftl") {
            files.translations.extend(read_text(&file, diagnostics));
        }
    }
    let glossary_yaml = match root.root_file(GLOSSARY_FILE) {
        Ok(file) => read_text(&file, diagnostics),
        Err(Refusal::Refused(problem)) => {
            diagnostics.push(problem);
            None
        }
        Err(Refusal::Missing) => None,
    };
    files.glossary = read_glossary(
        glossary_yaml.as_ref(),
        glossary_module.as_ref(),
        diagnostics,
    );
    files
}

/// The language of a translated `_unit.yaml` named `name` (`fi` for `_unit.fi.yaml`).
pub(crate) fn translated_unit_language(name: &str) -> Option<&str> {
    let language = name.strip_prefix("_unit.")?.strip_suffix(".yaml")?;
    super::course_dir::is_language_tag(language).then_some(language)
}

fn strip(path: &Path, prefix: &str) -> PathBuf {
    path.strip_prefix(prefix).unwrap_or(path).to_path_buf()
}

/// Lists the content files under the course folder `dir` (such as `static`), sorted, skipping
/// hidden files, editor leftovers and symbolic links that the course's rule does not allow
/// (see [`CourseDir`]). `None` when there is no such folder, or it is refused (reported).
pub(crate) fn walk_files(
    root: &CourseDir,
    dir: &Path,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<CourseFile>> {
    let folder = match root.folder(dir) {
        Ok(folder) => folder,
        Err(Refusal::Missing) => return None,
        Err(Refusal::Refused(problem)) => {
            diagnostics.push(problem);
            return None;
        }
    };
    let mut found = Vec::new();
    let walker = WalkDir::new(&folder)
        .follow_links(false)
        .follow_root_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_ignored_name(entry.file_name()));
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(error) => {
                let path = error.path().unwrap_or(&folder);
                diagnostics.push(
                    Diagnostic::error(format!("cannot read this folder: {error}"))
                        .in_file(&relative_to(root.path(), path)),
                );
                continue;
            }
        };
        let relative = relative_to(root.path(), entry.path());
        if entry.file_type().is_symlink() {
            match root.follow_link(&relative) {
                Ok(file) => found.push(file),
                Err(warning) => diagnostics.push(warning),
            }
        } else if entry.file_type().is_file() {
            found.push(root.regular_file(&relative));
        }
    }
    Some(found)
}

fn relative_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Reads a course file as normalised UTF-8 text.
pub(crate) fn read_text(file: &CourseFile, diagnostics: &mut Diagnostics) -> Option<SourceFile> {
    let relative = file.relative.as_path();
    let bytes = match file.real.read() {
        Ok(bytes) => bytes,
        Err(error) => {
            diagnostics.push(
                Diagnostic::error(format!("cannot read this file: {error}")).in_file(relative),
            );
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(SourceFile {
            path: relative.to_path_buf(),
            text: normalize_text(text),
        }),
        Err(error) => {
            let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
            let valid = String::from_utf8_lossy(valid);
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            diagnostics.push(
                Diagnostic::error("this file is not valid UTF-8 text")
                    .in_file(relative)
                    .with_note(format!(
                        "the first invalid byte is at line {line}, column {column}"
                    ))
                    .with_help(
                        "save the file as UTF-8 in your editor; if it is not a text file, move it \
                         out of `modules/` or give it another extension",
                    ),
            );
            None
        }
    }
}

/// Removes a UTF-8 byte order mark and turns CRLF (and lone CR) line endings into LF.
pub(crate) fn normalize_text(text: String) -> String {
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Maps byte offsets of a text to 1-based line and character column, in time that does not
/// grow with the length of the line (one paragraph of a megabyte may have a million events).
#[derive(Debug, Clone)]
pub(crate) struct LineIndex {
    line_starts: Vec<usize>,
    /// Characters before each multiple of [`CHECKPOINT`] bytes: a column is counted from the
    /// nearest one, not from the start of the line.
    chars_before: Vec<usize>,
}

const CHECKPOINT: usize = 256;

/// Characters in `bytes` of UTF-8, which may start or end inside a character: every byte but
/// continuation bytes starts one.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&byte| (byte as i8) >= -0x40).count()
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(index, _)| index + 1));
        let mut chars_before = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut total = 0;
        chars_before.push(0);
        for chunk in text.as_bytes().chunks(CHECKPOINT) {
            total += chars_in(chunk);
            chars_before.push(total);
        }
        LineIndex {
            line_starts,
            chars_before,
        }
    }

    /// Characters of `text` before byte `offset`.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let checkpoint = (offset / CHECKPOINT).min(self.chars_before.len() - 1);
        let from = checkpoint * CHECKPOINT;
        self.chars_before[checkpoint] + chars_in(&text.as_bytes()[from..offset])
    }

    /// The line (1-based) and character column (1-based) of byte `offset` in `text`.
    pub(crate) fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line.saturating_sub(1)];
        let column = self.chars_to(text, offset) - self.chars_to(text, start);
        (line, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_normalised_without_moving_lines() {
        let text = normalize_text("\u{feff}---\r\ntitle: A\r\n---\r\nBody\r\n".to_string());
        assert_eq!(text, "---\ntitle: A\n---\nBody\n");
    }

    #[test]
    fn line_index_counts_characters_not_bytes() {
        let text = "ab\nçé x\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 3), (2, 1));
        let x = text.find('x').unwrap_or(0);
        assert_eq!(index.position(text, x), (2, 4));
    }

    #[test]
    fn columns_of_long_lines_count_characters_across_checkpoints() {
        let text = format!("title\n{}x{}\nend", "é".repeat(700), "ab".repeat(300));
        let index = LineIndex::new(&text);
        let x = text.find('x').unwrap_or(0);
        assert_eq!(index.position(&text, x), (2, 701));
        assert_eq!(index.position(&text, x + 1 + 2 * 150), (2, 1002));
        assert_eq!(index.position(&text, text.len()), (3, 4));
        for offset in (0..text.len()).filter(|&o| text.is_char_boundary(o)) {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let expected = text[line_start..offset].chars().count() + 1;
            assert_eq!(index.position(&text, offset).1, expected, "offset {offset}");
        }
    }
}
