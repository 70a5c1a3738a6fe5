//! `course.yaml`: settings, levels and learning paths.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use syllabus::config::parse_config;
use syllabus::source::{SourceFile, normalize_text};

fuzz_target!(|data: &[u8]| {
    let file = SourceFile {
        path: PathBuf::from("course.yaml"),
        text: normalize_text(String::from_utf8_lossy(data).into_owned()),
    };
    let (config, problems) = parse_config(&file);
    assert!(config.is_some() || !problems.is_empty());
});
