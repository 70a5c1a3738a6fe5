//! `syllabus theme eject`: copies the default theme's templates into the course.

use std::path::Path;
use std::process::ExitCode;

use super::{EXIT_USAGE_ERROR, plural};

pub(super) fn eject(course_dir: &Path) -> ExitCode {
    match crate::pages::theme::eject_templates(course_dir) {
        Ok((written, kept)) => {
            for file in &kept {
                eprintln!("kept your `{}`", file.display());
            }
            eprintln!(
                "Wrote {} into `{}`. Each one replaces the theme's template of the same name: edit them, and delete the ones you do not change. The variables are described in docs/templates.md.",
                plural(written.len(), "template"),
                course_dir.join("templates").display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_USAGE_ERROR)
        }
    }
}
