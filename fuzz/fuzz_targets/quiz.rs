//! The YAML of a ```quiz block, parsed and rendered.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use syllabus::quiz;
use syllabus::source::normalize_text;
use syllabus::yaml::YamlSource;

fuzz_target!(|data: &[u8]| {
    let yaml = normalize_text(String::from_utf8_lossy(data).into_owned());
    let file_text = format!("---\ntitle: Q\n---\n```quiz\n{yaml}\n```\n");
    let source = YamlSource {
        file: Path::new("modules/quiz.md"),
        file_text: &file_text,
        yaml: &yaml,
        line_offset: 4,
    };
    let (questions, problems) = quiz::parse(&source);
    assert!(!questions.is_empty() || !problems.is_empty());
    let _ = quiz::to_html(&questions, 1);
});
