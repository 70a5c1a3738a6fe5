//! Regressions found by the property tests and fuzzing of whole builds (the properties
//! themselves reach private parsers and live in `src/tests/properties.rs`).

use std::fs;
use std::path::Path;

use syllabus::diagnostics::{PROBLEMS_PER_FILE, SOURCE_LINE_LIMIT};
use syllabus::{Build, BuildOptions, Severity, build};

/// Builds a course of one unit holding `modules`, in a temporary folder.
fn build_modules(modules: &[&str]) -> Build {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path();
    fs::write(course.join("course.yaml"), "title: Regression\n").unwrap();
    fs::create_dir_all(course.join("modules/unit")).unwrap();
    for (n, text) in modules.iter().enumerate() {
        fs::write(course.join(format!("modules/unit/m{n}.md")), text).unwrap();
    }
    build(&BuildOptions {
        course_dir: course.to_path_buf(),
        base_url: None,
        include_drafts: false,
        cache_dir: None,
        instructor: false,
        preview: false,
    })
}

/// Found by fuzzing whole builds: one long line in a shell block (from a mutated copy of the
/// example course's `setup.md`) kept syntect's bash grammar backtracking for minutes, in time
/// by the cube of the line's length. Oniguruma's search steps are now limited.
#[test]
fn a_long_line_of_shell_does_not_hang_the_build() {
    let line = format!(
        "file:/home/a{}/.gitconfig      pull.rebase=false",
        "lex".repeat(1718)
    );
    let module = format!(
        "---\ntitle: Settings\nminutes: 5\nobjectives: [Read the settings.]\n---\n\n```bash\n\
         $ git config --list --show-origin\n{line}\n```\n"
    );
    let started = std::time::Instant::now();
    let result = build_modules(&[&module]);
    assert!(
        result.site.is_some(),
        "{}",
        result.diagnostics.render(false)
    );
    let elapsed = started.elapsed();
    assert!(elapsed.as_secs() < 30, "{elapsed:?}");
}

/// Found by fuzzing whole builds: every problem kept a copy of its whole line, so thousands of
/// broken images on one line used memory by the square of its length (20,000 images, 220 KB,
/// took over 4 GB). The first problems are reported at their place, with an excerpt of the
/// line, and the rest are counted at the first one left out.
#[test]
fn many_problems_on_one_long_line_keep_only_excerpts() {
    let module = format!(
        "---\ntitle: Pictures\nminutes: 5\nobjectives: [Look.]\n---\n{}\n",
        "![a](i.png)".repeat(5_000)
    );
    let result = build_modules(&[&module]);
    assert!(result.site.is_none());
    let broken: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("`i.png`"))
        .collect();
    assert_eq!(broken.len(), PROBLEMS_PER_FILE);
    for (n, problem) in broken.iter().enumerate() {
        assert_eq!(
            problem.file.as_deref(),
            Some(Path::new("modules/unit/m0.md"))
        );
        let position = problem.position.unwrap();
        assert_eq!(
            (position.line, position.column),
            (6, 11 * n + 1),
            "{problem:?}"
        );
        let excerpt = problem.source_line.as_deref().unwrap();
        assert!(excerpt.chars().count() <= SOURCE_LINE_LIMIT, "{problem:?}");
    }
    let unlisted = 5_000 - PROBLEMS_PER_FILE;
    let summary = result
        .diagnostics
        .iter()
        .find(|d| d.message.starts_with(&format!("{unlisted} more errors")))
        .expect("a count of the problems not listed");
    assert_eq!(summary.severity, Severity::Error);
    let position = summary.position.unwrap();
    assert_eq!(
        (position.line, position.column),
        (6, 11 * PROBLEMS_PER_FILE + 1)
    );
}
