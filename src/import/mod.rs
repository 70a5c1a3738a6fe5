//! `syllabus import`: an existing lesson made into a course folder that builds at once, with a
//! report of what was mapped and what needs the author.
//!
//! An importer reads only the lesson's own content files (never hidden files, never through
//! links), makes the new course's files in memory, and then writes them into a folder that is
//! new or empty; nothing is ever written over.

mod carpentries;
mod challenges;
mod mdbook;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::util::new_dir::{check_new_dir, write_new_files};

/// The kinds of lessons `import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum LessonKind {
    /// A Carpentries Workbench (sandpaper) lesson: `config.yaml` and `episodes/`.
    Carpentries,
    /// An mdBook book: `book.toml` and `src/SUMMARY.md`.
    Mdbook,
}

/// A course made from a lesson: its files, and what the author should know.
#[derive(Debug, Default)]
pub(crate) struct Imported {
    pub title: String,
    /// Path in the course → contents, in a stable order.
    pub files: Vec<(PathBuf, Vec<u8>)>,
    /// What was made from what, one line each.
    pub mapped: Vec<String>,
    /// What the author should look at, each with its file (and line) in the new course.
    pub attention: Vec<String>,
}

impl Imported {
    fn add(&mut self, path: impl Into<PathBuf>, contents: impl Into<Vec<u8>>) {
        self.files.push((path.into(), contents.into()));
    }
}

/// Makes the course of the lesson in `source`, and writes it into `dest` (which must not exist
/// or be empty). Returns the report to print.
pub(crate) fn import(kind: LessonKind, source: &Path, dest: &Path) -> Result<String, String> {
    check_new_dir(dest)?;
    let meta = fs::symlink_metadata(source)
        .map_err(|e| format!("cannot read the lesson folder `{}`: {e}", source.display()))?;
    if !meta.is_dir() {
        return Err(format!("`{}` is not a folder", source.display()));
    }
    let mut imported = match kind {
        LessonKind::Carpentries => carpentries::import(source)?,
        LessonKind::Mdbook => mdbook::import(source)?,
    };
    imported.files.sort_by(|a, b| a.0.cmp(&b.0));
    write_new_files(dest, &imported.files)?;
    Ok(report(&imported, dest))
}

fn report(imported: &Imported, dest: &Path) -> String {
    let mut out = String::new();
    let modules = imported
        .files
        .iter()
        .filter(|(path, _)| {
            path.extension().is_some_and(|e| e == "md") && path.starts_with("modules")
        })
        .count();
    let _ = writeln!(
        out,
        "Imported \"{}\" into `{}`: {modules} modules, {} files in all.",
        imported.title,
        dest.display(),
        imported.files.len()
    );
    let _ = writeln!(out, "\nMapped:");
    for line in &imported.mapped {
        let _ = writeln!(out, "  - {line}");
    }
    if !imported.attention.is_empty() {
        let _ = writeln!(out, "\nNeeds your attention:");
        for line in &imported.attention {
            let _ = writeln!(out, "  - {line}");
        }
    }
    out
}

/// The regular, visible files directly in `dir`, sorted; links and hidden files are left out
/// (and named in `skipped`).
fn visible_files(dir: &Path, skipped: &mut Vec<String>) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let file_type = entry.file_type().ok()?;
            if name.starts_with('.') {
                return None;
            }
            if file_type.is_symlink() {
                skipped.push(format!(
                    "`{}` is a link and was not read",
                    entry.path().display()
                ));
                return None;
            }
            file_type.is_file().then(|| entry.path())
        })
        .collect();
    files.sort();
    files
}

/// A text as a YAML double-quoted string (JSON's string syntax is YAML's).
fn yaml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}
