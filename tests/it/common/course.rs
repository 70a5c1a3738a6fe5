//! Test courses in a temporary folder, written the way mdBook's test suite writes its books:
//! start from nothing or from a copy of a fixture, add or replace files, then run the real
//! binary on the course.
//!
//! ```ignore
//! let course = TestCourse::fixture("small")
//!     .module("next/hard.md", "---\ntitle: Hard\ndifficulty: expert\n---\n")
//!     .add_config("search: false\n");
//! let result = course.check();
//! insta::assert_snapshot!(course.report(&result));
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use super::{copy_dir, fixture, path_str, stderr, syllabus};

/// A course at `course/` in a temporary folder of its own, removed when dropped. The folder
/// around it is free for the test (outputs, files outside the course).
pub(crate) struct TestCourse {
    dir: tempfile::TempDir,
    root: PathBuf,
}

impl TestCourse {
    /// A course of nothing but a `course.yaml` with a title.
    pub(crate) fn new() -> TestCourse {
        TestCourse::empty().config("title: Test course\n")
    }

    /// A copy of `tests/fixtures/NAME`.
    pub(crate) fn fixture(name: &str) -> TestCourse {
        TestCourse::copy_of(&fixture(name))
    }

    /// A copy of the course at `source` (without its `public/`).
    pub(crate) fn copy_of(source: &Path) -> TestCourse {
        let course = TestCourse::empty();
        copy_dir(source, &course.root);
        course
    }

    /// A course of `units` units of `per_unit` modules each.
    pub(crate) fn generated(units: usize, per_unit: usize) -> TestCourse {
        let mut course = TestCourse::new().config("title: Many units\n");
        for unit in 0..units {
            let folder = format!("modules/unit-{unit:03}");
            course = course.file(
                &format!("{folder}/_unit.yaml"),
                format!("title: Unit number {unit}\n"),
            );
            for module in 0..per_unit {
                course = course.file(
                    &format!("{folder}/m{module}.md"),
                    format!("---\ntitle: Module {unit}.{module}\n---\nSome words to read.\n"),
                );
            }
        }
        course
    }

    fn empty() -> TestCourse {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("course");
        fs::create_dir_all(&root).unwrap();
        TestCourse { dir, root }
    }

    /// Replaces `course.yaml`.
    pub(crate) fn config(self, yaml: &str) -> TestCourse {
        self.file("course.yaml", yaml)
    }

    /// Adds `yaml` at the end of `course.yaml`, on a line of its own.
    pub(crate) fn add_config(self, yaml: &str) -> TestCourse {
        let mut text = self.read("course.yaml");
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(yaml);
        self.config(&text)
    }

    /// Writes the module file `modules/PATH` (`basics/intro.md`), folders included.
    pub(crate) fn module(self, path: &str, text: &str) -> TestCourse {
        self.file(&format!("modules/{path}"), text)
    }

    /// Writes any file of the course (`static/custom.css`, `modules/basics/_unit.yaml`),
    /// relative to the course folder, folders included.
    pub(crate) fn file(self, path: &str, contents: impl AsRef<[u8]>) -> TestCourse {
        self.write(path, contents);
        self
    }

    /// [`Self::file`], for a course already in use.
    pub(crate) fn write(&self, path: &str, contents: impl AsRef<[u8]>) {
        let path = self.root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    }

    /// The text of a file of the course.
    pub(crate) fn read(&self, path: &str) -> String {
        fs::read_to_string(self.root.join(path)).unwrap()
    }

    /// The course folder.
    pub(crate) fn path(&self) -> &Path {
        &self.root
    }

    /// `path` inside the course folder (`public/index.html`).
    pub(crate) fn join(&self, path: &str) -> PathBuf {
        self.root.join(path)
    }

    /// `name` in the temporary folder, beside the course (for outputs outside it).
    pub(crate) fn beside(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `syllabus COMMAND COURSE EXTRA...`, such as `run("build", &["--strict"])`.
    pub(crate) fn run(&self, command: &str, extra: &[&str]) -> Output {
        let mut args = vec![command, path_str(&self.root)];
        args.extend(extra);
        syllabus(&args)
    }

    /// `syllabus build COURSE`, into `public/` in the course.
    pub(crate) fn build(&self) -> Output {
        self.run("build", &[])
    }

    /// `syllabus check COURSE`.
    pub(crate) fn check(&self) -> Output {
        self.run("check", &[])
    }

    /// What a command printed on stderr, comparable between runs: the temporary folder is
    /// `[temp]` (so the course is `[temp]/course`) and durations are `[time]`.
    pub(crate) fn report(&self, output: &Output) -> String {
        let mut report = stderr(output);
        let temp = self.dir.path();
        for form in [fs::canonicalize(temp).unwrap(), temp.to_path_buf()] {
            report = report.replace(path_str(&form), "[temp]");
        }
        let report = regex::Regex::new(r"\b\d+ ms\b")
            .unwrap()
            .replace_all(&report, "[time]");
        // What the first visit keeps changes with every theme file; tests/it/offline.rs checks it.
        regex::Regex::new(r"keeps \d+ files on the first visit: \d+ KB \(\d+ KB gzipped\)")
            .unwrap()
            .replace_all(&report, "keeps [the shell]")
            .into_owned()
    }
}
