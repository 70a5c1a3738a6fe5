//! Property tests of the parsers authors feed: whatever the text of a module, a quiz or
//! `course.yaml`, the parser returns values or located errors, and never panics; and the
//! whole pipeline on arbitrary courses. The fuzz targets in `fuzz/` explore the same functions
//! for much longer, outside CI.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use crate::diagnostics::{Diagnostic, Severity};
use crate::read::config::parse_config;
use crate::read::frontmatter;
use crate::read::source::{SourceFile, normalize_text};
use crate::read::yaml::YamlSource;
use crate::render::quiz;
use crate::site::{BuildOptions, build};

/// Pieces of YAML, Markdown and quiz syntax, so that random texts reach the parsers' corners
/// (anchors, aliases, flow collections, tabs, fences, line endings) rather than failing at the
/// first byte.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "---\n", "---", "\n", "\r\n", "\r", "\t", "  ", "- ", ": ", ":", "#", "\"", "'", "[",
            "]", "{", "}", ",", "&a ", "*a", "&b [", "*b, ", "!!str ", "? ", "|\n", ">\n",
            "title: ", "difficulty: ", "minutes: ", "tags: ", "objectives:\n", "prerequisites: [",
            "aliases: [", "id: ", "draft: true", "weight: -9", "levels: [", "paths:\n",
            "  - id: p\n", "    goals: [", "```quiz\n", "```\n", "- question: ", "  options:\n",
            "    - text: ", "      correct: true\n", "  type: ", "text", "number", "order",
            "truefalse", "  answers: [", "  answer: ", "  items: [", "  tolerance: ",
            "  pattern: \"(\"", "## ", "[x](", ".md)", "`", "é", "日本", "\u{feff}", "\u{0}",
            "9999999999999999999999", "-1", "1e309", "~", "null", "<script>", "{{ x }}",
        ])
        .prop_map(str::to_string),
        1 => "[a-zA-Z0-9 ]{0,12}",
        1 => any::<String>().prop_map(|s| s.chars().take(16).collect()),
    ]
}

fn texts() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|parts| parts.concat())
}

/// Module files: mostly a front matter block and a body, sometimes anything at all.
fn module_texts() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => texts(),
        3 => (texts(), texts()).prop_map(|(yaml, body)| format!("---\n{yaml}\n---\n{body}")),
    ]
}

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: PathBuf::from(path),
        text: normalize_text(text.to_string()),
    }
}

/// Every diagnostic names `path` and, when it has a position, one inside the text.
fn located_in(problems: &[Diagnostic], path: &str, text: &str) -> Result<(), TestCaseError> {
    let lines = text.split('\n').count();
    for problem in problems {
        prop_assert_eq!(
            problem.file.as_deref(),
            Some(Path::new(path)),
            "{:?}",
            problem
        );
        if let Some(position) = problem.position {
            prop_assert!(
                (1..=lines).contains(&position.line),
                "line {} of a {}-line file: {:?}",
                position.line,
                lines,
                problem
            );
            prop_assert!(position.column >= 1);
        }
    }
    Ok(())
}

fn errors(problems: &[Diagnostic]) -> usize {
    problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count()
}

proptest! {
    #[test]
    fn any_module_text_is_read_or_explained(text in module_texts()) {
        let module = file("modules/unit/lesson.md", &text);
        let (parsed, problems) = frontmatter::parse(&module);
        if parsed.is_none() {
            prop_assert!(errors(&problems) > 0, "nothing read and no error for {:?}", text);
        }
        located_in(&problems, "modules/unit/lesson.md", &module.text)?;
    }

    #[test]
    fn any_course_yaml_is_read_or_explained(text in texts()) {
        let config = file("course.yaml", &text);
        let (parsed, problems) = parse_config(&config);
        if parsed.is_none() {
            prop_assert!(errors(&problems) > 0, "nothing read and no error for {:?}", text);
        }
        located_in(&problems, "course.yaml", &config.text)?;
    }

    #[test]
    fn any_quiz_block_is_read_or_explained(yaml in texts()) {
        // The block sits at line 5 of its module, as after a short front matter.
        let module_text = format!("---\ntitle: Q\n---\n```quiz\n{yaml}\n```\n");
        let module = file("modules/quiz.md", &module_text);
        let source = YamlSource {
            file: &module.path,
            file_text: &module.text,
            yaml: &normalize_text(yaml.clone()),
            line_offset: 4,
        };
        let (questions, problems) = quiz::parse(&source, &crate::render::math::MathRenderer::default());
        if questions.is_empty() {
            prop_assert!(errors(&problems) > 0, "no question and no error for {:?}", yaml);
        }
        located_in(&problems, "modules/quiz.md", &module.text)?;
        let html = quiz::to_html(
            &questions,
            1,
            &quiz::QuizWords::new(&crate::i18n::Words::new("en")),
        );
        prop_assert!(!html.contains("<script"), "{}", html);
    }

    #[test]
    fn valid_front_matter_reads_back_as_written(
        title in "[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 ,.!?'()-]{0,40}",
        minutes in 1u32..60,
        tags in prop::collection::vec("[a-z][a-z0-9 -]{0,12}", 0..4),
        objectives in prop::collection::vec("[A-Za-z`*][A-Za-z0-9 `*:#-]{0,30}", 0..4),
    ) {
        // JSON strings are YAML double-quoted scalars: any text can be written this way.
        let quote = |s: &str| serde_json::to_string(s).unwrap();
        let text = format!(
            "---\ntitle: {}\nminutes: {minutes}\ntags: [{}]\nobjectives: [{}]\n---\nBody.\n",
            quote(&title),
            tags.iter().map(|t| quote(t)).collect::<Vec<_>>().join(", "),
            objectives.iter().map(|o| quote(o)).collect::<Vec<_>>().join(", "),
        );
        let module = file("modules/m.md", &text);
        let (parsed, problems) = frontmatter::parse(&module);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let (front, split) = parsed.unwrap();
        prop_assert_eq!(front.title.map(|t| t.value), Some(title));
        prop_assert_eq!(front.minutes.map(|m| m.value), Some(minutes));
        prop_assert_eq!(
            front.tags.unwrap_or_default().into_iter().map(|t| t.value).collect::<Vec<_>>(),
            tags
        );
        prop_assert_eq!(front.objectives.unwrap_or_default(), objectives);
        prop_assert_eq!(split.body, "Body.\n");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// The whole pipeline on a course of arbitrary modules: a site or errors, never a panic.
    #[test]
    fn any_course_builds_or_reports(modules in prop::collection::vec(module_texts(), 1..4), config in texts()) {
        let dir = tempfile::tempdir().unwrap();
        let course = dir.path();
        fs::write(course.join("course.yaml"), format!("title: Fuzzed\n{config}")).unwrap();
        fs::create_dir_all(course.join("modules/unit")).unwrap();
        for (n, text) in modules.iter().enumerate() {
            fs::write(course.join(format!("modules/unit/m{n}.md")), text).unwrap();
        }
        let result = build(&BuildOptions {
            course_dir: course.to_path_buf(),
            base_url: None,
            include_drafts: false,
            cache_dir: None,
            instructor: false,
            preview: false,
        });
        prop_assert!(result.site.is_some() || result.diagnostics.has_errors());
        for problem in result.diagnostics.iter() {
            if let (Some(file), Some(position)) = (&problem.file, problem.position) {
                let text = fs::read_to_string(course.join(file)).unwrap_or_default();
                let lines = normalize_text(text).split('\n').count();
                prop_assert!(position.line <= lines, "{:?}", problem);
            }
        }
    }
}
