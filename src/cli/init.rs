//! `syllabus init`: creates a course and says how to preview and build it.

use std::path::Path;
use std::process::ExitCode;

use super::EXIT_USAGE_ERROR;

pub(super) fn init(
    dir: &Path,
    title: Option<&str>,
    ci: crate::init::Ci,
    language: &str,
) -> ExitCode {
    match crate::init::create_course(dir, title, ci, language) {
        Ok(()) => {
            eprintln!("Created a new course in `{}`.", dir.display());
            if let Some(note) = language_note(language) {
                eprintln!("{note}");
            }
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

/// What a course in `language` gets in English: the sample modules when Syllabus has none in
/// that language, and the interface too when it has no translation of it.
fn language_note(language: &str) -> Option<String> {
    if crate::init::has_sample_in(language) || crate::i18n::is_english(language) {
        return None;
    }
    Some(if crate::i18n::is_bundled(language) {
        format!(
            "The sample modules are in English; the site's interface (buttons and labels) is in `{language}`."
        )
    } else {
        format!(
            "The sample modules are in English, and so is the site's interface: Syllabus has no translation of it for `{language}` (translated: {}).",
            crate::i18n::bundled_languages().join(", ")
        )
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_says_what_is_in_english() {
        assert_eq!(language_note("en"), None);
        assert_eq!(language_note("en-GB"), None);
        assert_eq!(language_note("fi"), None);
        // A language whose interface Syllabus translates, but without a sample of its own.
        let note = language_note("de").unwrap_or_default();
        assert_eq!(
            note,
            "The sample modules are in English; the site's interface (buttons and labels) is in `de`."
        );
        // A language Syllabus does not translate at all.
        let note = language_note("tlh").unwrap_or_default();
        assert!(
            note.contains("sample modules are in English, and so is the site's interface")
                && note.contains("for `tlh` (translated: en, fi, "),
            "{note}"
        );
    }
}
