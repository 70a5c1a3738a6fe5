//! `syllabus init`: creates a course and says how to preview and build it.

use std::path::Path;
use std::process::ExitCode;

use super::EXIT_USAGE_ERROR;

pub(super) fn init(dir: &Path, title: Option<&str>, ci: crate::init::Ci) -> ExitCode {
    match crate::init::create_course(dir, title, ci) {
        Ok(()) => {
            eprintln!("Created a new course in `{}`.", dir.display());
            eprintln!(
                "Preview it while you write:  syllabus serve {}",
                shell_path(dir)
            );
            eprintln!(
                "Build the site:              syllabus build {}",
                shell_path(dir)
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(EXIT_USAGE_ERROR)
        }
    }
}

/// `path` as it can be pasted into a shell: quoted unless it is plain.
fn shell_path(path: &Path) -> String {
    let text = path.display().to_string();
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}
