//! A module file: front matter, then the Markdown body with its quizzes and highlighted code,
//! as the build reads it, and every problem drawn as the command line prints it.
#![no_main]

use std::path::{Path, PathBuf};

use libfuzzer_sys::fuzz_target;
use syllabus::diagnostics::Diagnostic;
use syllabus::frontmatter;
use syllabus::highlight::HighlightCache;
use syllabus::markdown::links::LinkTargets;
use syllabus::markdown::{self, Page};
use syllabus::source::{SourceFile, normalize_text};

fn check(problems: &[Diagnostic], file: &Path, lines: usize) {
    for problem in problems {
        assert_eq!(problem.file.as_deref(), Some(file), "{problem:?}");
        if let Some(position) = problem.position {
            assert!(position.line >= 1 && position.line <= lines, "{problem:?}");
        }
        let _ = problem.render(false);
    }
}

fuzz_target!(|data: &[u8]| {
    let module = SourceFile {
        path: PathBuf::from("modules/unit/lesson.md"),
        text: normalize_text(String::from_utf8_lossy(data).into_owned()),
    };
    let (parsed, problems) = frontmatter::parse(&module);
    let lines = module.text.split('\n').count();
    check(&problems, &module.path, lines);
    let Some((_, split)) = parsed else {
        assert!(!problems.is_empty());
        return;
    };
    // Inline Markdown of objectives and key points, and the body as blocks.
    let _ = markdown::render_inline(split.body);
    let _ = markdown::render_text_markdown(split.body);
    // The body as a page: links, headings, quiz blocks, highlighted code.
    let mut targets = LinkTargets::default();
    targets
        .modules
        .insert(module.path.clone(), "unit/lesson/".to_string());
    targets.modules.insert(
        PathBuf::from("modules/unit/other.md"),
        "unit/other/".to_string(),
    );
    let rendered = markdown::render(&Page {
        file: &module.path,
        file_text: &module.text,
        body_offset: split.body_offset,
        url: "unit/lesson/",
        targets: &targets,
        collect_text: true,
        highlighter: &HighlightCache::in_memory(),
    });
    check(&rendered.problems, &module.path, lines);
});
