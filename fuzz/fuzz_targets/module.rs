//! A module file: front matter, then the Markdown body with its quizzes, as the build reads it.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use syllabus::frontmatter;
use syllabus::source::{SourceFile, normalize_text};

fuzz_target!(|data: &[u8]| {
    let module = SourceFile {
        path: PathBuf::from("modules/unit/lesson.md"),
        text: normalize_text(String::from_utf8_lossy(data).into_owned()),
    };
    let (parsed, problems) = frontmatter::parse(&module);
    let lines = module.text.split('\n').count();
    for problem in &problems {
        if let Some(position) = problem.position {
            assert!(position.line >= 1 && position.line <= lines, "{problem:?}");
        }
    }
    if let Some((_, split)) = parsed {
        // Inline Markdown of objectives and key points, and the body as blocks.
        let _ = syllabus::markdown::render_inline(split.body);
        let _ = syllabus::markdown::render_text_markdown(split.body);
    } else {
        assert!(!problems.is_empty());
    }
});
