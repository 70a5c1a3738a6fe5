//! The course folder, resolved once, and the one rule for which of its files may be read.
//!
//! Syllabus reads `course.yaml`, `glossary.yaml` and the files under the content folders
//! (`modules/`, `static/`, `templates/`, `themes/`, `i18n/`) of the *real* course folder, and nothing
//! else: not a hidden file (`.git/config`, `.env`), not a file elsewhere on the computer,
//! whatever symbolic links point where. The rule is applied to real paths only:
//!
//! - the course folder is resolved (`canonicalize`) once, in [`CourseDir::resolve`];
//! - a content folder is used only when no part of the way to it is a link
//!   ([`CourseDir::folder`]); a linked `static/` would publish whatever it points at;
//! - a file found there that is a link is resolved, and followed only when its target passes
//!   [`CourseDir::allows`];
//! - every file is then known by a [`CheckedPath`], whose reads verify that the file opened is
//!   still the one that was checked (a link put in its place later, while `serve` runs, is
//!   refused, not followed).

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use crate::diagnostics::{Diagnostic, Severity};

/// The folders of a course whose files are content.
pub(crate) const CONTENT_FOLDERS: [&str; 5] = ["modules", "static", "templates", "themes", "i18n"];
pub(crate) const CONFIG_FILE: &str = "course.yaml";
/// The course's glossary, when it is written in YAML (see `read/glossary.rs`).
pub(crate) const GLOSSARY_FILE: &str = "glossary.yaml";
/// The files of the course folder itself that are read.
pub(crate) const ROOT_FILES: [&str; 2] = [CONFIG_FILE, GLOSSARY_FILE];

/// The real (link-free, absolute) path of a course folder.
#[derive(Debug, Clone)]
pub(crate) struct CourseDir {
    real: PathBuf,
}

/// A file of the course that may be read, by its real path, checked against the rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CheckedPath(PathBuf);

/// A content file: where the author put it (relative to the course) and its checked real path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct CourseFile {
    pub relative: PathBuf,
    pub real: CheckedPath,
}

/// Why a file or folder is not read.
pub(crate) enum Refusal {
    /// Not there (or not of the expected kind): nothing to read.
    Missing,
    /// Present but refused, with the diagnostic to show.
    Refused(Diagnostic),
}

impl CourseDir {
    /// Resolves `dir` to its real path; it must be a folder.
    pub(crate) fn resolve(dir: &Path) -> io::Result<CourseDir> {
        let real = fs::canonicalize(dir)?;
        if !real.is_dir() {
            return Err(io::Error::new(io::ErrorKind::NotADirectory, "not a folder"));
        }
        Ok(CourseDir { real })
    }

    pub(crate) fn path(&self) -> &Path {
        &self.real
    }

    /// The content folder at `relative` (such as `static` or `themes/plain/templates`), when
    /// it exists and no part of the way to it is a symbolic link.
    pub(crate) fn folder(&self, relative: &Path) -> Result<PathBuf, Refusal> {
        let mut path = self.real.clone();
        let mut so_far = PathBuf::new();
        for component in relative.components() {
            path.push(component);
            so_far.push(component);
            let meta = fs::symlink_metadata(&path).map_err(|_| Refusal::Missing)?;
            if meta.file_type().is_symlink() {
                return Err(Refusal::Refused(linked_folder(&so_far, &path)));
            }
            if !meta.is_dir() {
                return Err(Refusal::Missing);
            }
        }
        Ok(path)
    }

    /// `course.yaml`, when it is a file of the course (or a link to one that passes the rule).
    pub(crate) fn config_file(&self) -> Result<CourseFile, Refusal> {
        self.root_file(CONFIG_FILE)
    }

    /// The file `name` of [`ROOT_FILES`], in the course folder itself.
    pub(crate) fn root_file(&self, name: &str) -> Result<CourseFile, Refusal> {
        let relative = Path::new(name);
        let meta = fs::symlink_metadata(self.real.join(relative)).map_err(|_| Refusal::Missing)?;
        if meta.file_type().is_symlink() {
            return self.follow_link(relative).map_err(|warning| {
                let error = Diagnostic {
                    severity: Severity::Error,
                    ..warning
                };
                Refusal::Refused(error.with_help(format!(
                    "replace the link by the file itself: `{name}` must be part of the course"
                )))
            });
        }
        if !meta.is_file() {
            return Err(Refusal::Missing);
        }
        Ok(self.regular_file(relative))
    }

    /// The translated settings of the course (`course.fi.yaml`), sorted by name.
    pub(crate) fn config_translations(&self) -> Vec<Result<CourseFile, Refusal>> {
        let mut names: Vec<String> = fs::read_dir(&self.real)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|entry| entry.file_name().into_string().ok())
                    .filter(|name| translated_config_language(name).is_some())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names.iter().map(|name| self.root_file(name)).collect()
    }

    /// A regular file found (not through a link) under a folder returned by [`Self::folder`].
    pub(crate) fn regular_file(&self, relative: &Path) -> CourseFile {
        CourseFile {
            relative: relative.to_path_buf(),
            real: CheckedPath(self.real.join(relative)),
        }
    }

    /// Resolves the link at `relative`; its target is read only when [`Self::allows`] it and
    /// it is a file. Otherwise the warning says why it is not followed.
    pub(crate) fn follow_link(&self, relative: &Path) -> Result<CourseFile, Diagnostic> {
        let target = match fs::canonicalize(self.real.join(relative)) {
            Ok(target) => target,
            Err(error) => {
                return Err(
                    Diagnostic::warning(format!("this symbolic link is broken: {error}"))
                        .in_file(relative)
                        .with_help("remove the link or point it at an existing file"),
                );
            }
        };
        if !self.allows(&target) {
            let inside = target.starts_with(&self.real);
            let message = if inside {
                format!(
                    "this symbolic link points to `{}`, which is not in the course's content folders (or is hidden); it is not followed",
                    target.strip_prefix(&self.real).unwrap_or(&target).display()
                )
            } else {
                format!(
                    "this symbolic link points outside the course (to `{}`); it is not followed",
                    target.display()
                )
            };
            return Err(Diagnostic::warning(message).in_file(relative).with_help(
                "copy the file into `modules/` or `static/`: only content folders are published, never hidden files",
            ));
        }
        if !target.is_file() {
            return Err(
                Diagnostic::warning("symbolic links to folders are not followed")
                    .in_file(relative)
                    .with_help("move the folder here, or link each file instead"),
            );
        }
        Ok(CourseFile {
            relative: relative.to_path_buf(),
            real: CheckedPath(target),
        })
    }

    /// The rule: a real path may be read when it is one of [`ROOT_FILES`] or lies in a content folder
    /// of the course, and no part of it is hidden or an editor leftover.
    pub(crate) fn allows(&self, real: &Path) -> bool {
        let Ok(inside) = real.strip_prefix(&self.real) else {
            return false;
        };
        let mut parts = inside.components();
        let first_ok = match parts.next() {
            Some(Component::Normal(first)) => {
                let more = parts.clone().next().is_some();
                (more && CONTENT_FOLDERS.iter().any(|folder| first == *folder))
                    || (!more
                        && (ROOT_FILES.iter().any(|file| first == *file)
                            || first
                                .to_str()
                                .and_then(translated_config_language)
                                .is_some()))
            }
            _ => false,
        };
        first_ok
            && parts.all(|part| match part {
                Component::Normal(name) => !is_ignored_name(name),
                _ => false,
            })
    }
}

/// The language of a translated `course.yaml` named `name` (`fi` for `course.fi.yaml`).
pub(crate) fn translated_config_language(name: &str) -> Option<&str> {
    let language = name.strip_prefix("course.")?.strip_suffix(".yaml")?;
    is_language_tag(language).then_some(language)
}

/// Whether `tag` has the shape of a language tag (`fi`, `pt-BR`, `zh-Hant`).
pub(crate) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn linked_folder(relative: &Path, path: &Path) -> Diagnostic {
    let target = fs::canonicalize(path)
        .map(|t| format!(" (to `{}`)", t.display()))
        .unwrap_or_default();
    Diagnostic::error(format!(
        "`{}` is a symbolic link{target}; Syllabus reads only folders that are part of the course",
        relative.display()
    ))
    .in_file(relative)
    .with_help("replace the link by the folder itself (copy it into the course)")
}

/// Hidden files, version-control folders and editor swap or backup files are never content.
pub(crate) fn is_ignored_name(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || (name.starts_with('#') && name.ends_with('#'))
}

impl CheckedPath {
    pub fn as_path(&self) -> &Path {
        &self.0
    }

    /// Opens the file, refusing it unless the file opened is the one that was checked: the
    /// last part must not have become a link, nor any folder on the way.
    pub fn open(&self) -> io::Result<File> {
        let file = open_no_follow(&self.0)?;
        if opened_path(&file).is_some_and(|opened| opened != self.0) {
            return Err(replaced());
        }
        Ok(file)
    }

    pub fn read(&self) -> io::Result<Vec<u8>> {
        let mut file = self.open()?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    /// The size and times of the file itself (never of what a link points at).
    pub fn metadata(&self) -> io::Result<fs::Metadata> {
        fs::symlink_metadata(&self.0)
    }
}

fn replaced() -> io::Error {
    io::Error::other("it was replaced by a symbolic link since it was checked, and is not read")
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)
        .map_err(|error| {
            if error.raw_os_error() == Some(libc::ELOOP) {
                replaced()
            } else {
                error
            }
        })
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> io::Result<File> {
    if fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(replaced());
    }
    File::open(path)
}

/// The real path of an open file, where the system tells it (Linux); elsewhere the path is
/// resolved again, which is as good unless links are swapped within microseconds.
fn opened_path(file: &File) -> Option<PathBuf> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        if let Ok(path) = fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())) {
            return Some(path);
        }
    }
    let _ = file;
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_leftovers_and_hidden_files_are_ignored() {
        for name in [
            ".git",
            ".env",
            "draft.md~",
            ".lesson.md.swp",
            "#lesson.md#",
            "a.bak",
        ] {
            assert!(is_ignored_name(std::ffi::OsStr::new(name)), "{name}");
        }
        assert!(!is_ignored_name(std::ffi::OsStr::new("first-commit.md")));
    }

    #[test]
    fn only_content_folders_and_course_yaml_are_allowed() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let course = CourseDir::resolve(dir.path())?;
        let root = course.path().to_path_buf();
        for allowed in [
            "course.yaml",
            "glossary.yaml",
            "modules/a.md",
            "static/img/x.png",
            "templates/base.html",
            "themes/plain/static/style.css",
        ] {
            assert!(course.allows(&root.join(allowed)), "{allowed}");
        }
        for refused in [
            ".git/config",
            ".env",
            "modules/.env",
            "static/.secret/key",
            "README.md",
            "public/index.html",
            "course.yaml/x",
            "glossary.yaml/x",
            "modules/glossary.yaml/../../.env",
            "modules",
        ] {
            assert!(!course.allows(&root.join(refused)), "{refused}");
        }
        assert!(!course.allows(Path::new("/etc/passwd")));
        assert!(!course.allows(&root.join("modules/../.git/config")));
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn a_file_replaced_by_a_link_after_the_check_is_not_read() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        fs::create_dir_all(dir.path().join("course/static"))?;
        fs::write(dir.path().join("secret.txt"), "secret")?;
        let course = CourseDir::resolve(&dir.path().join("course"))?;
        let image = course.path().join("static/image.png");
        fs::write(&image, "picture")?;
        let file = course.regular_file(Path::new("static/image.png"));
        assert_eq!(file.real.read()?, b"picture");

        fs::remove_file(&image)?;
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), &image)?;
        assert!(file.real.read().is_err());

        // A folder on the way swapped for a link is refused too.
        fs::remove_file(&image)?;
        fs::rename(course.path().join("static"), dir.path().join("elsewhere"))?;
        fs::write(dir.path().join("elsewhere/image.png"), "secret")?;
        std::os::unix::fs::symlink(dir.path().join("elsewhere"), course.path().join("static"))?;
        assert!(file.real.read().is_err());
        Ok(())
    }
}
