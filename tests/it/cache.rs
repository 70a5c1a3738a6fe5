//! The highlighted-code cache between builds: same site warm or cold, safe when damaged or
//! shared by builds running at once, bypassed by `--no-cache`.

use crate::common;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use regex::Regex;

fn build(course: &Path, out: &Path, cache: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_syllabus"))
        .arg("build")
        .arg(course)
        .arg("-o")
        .arg(out)
        .args(["--timings"])
        .args(extra)
        .env("NO_COLOR", "1")
        .env("SYLLABUS_CACHE_DIR", cache)
        .output()
        .unwrap()
}

/// (blocks highlighted, blocks taken from the cache), as `--timings` reports them.
fn highlighted(output: &Output) -> (usize, usize) {
    let stderr = common::stderr(output);
    assert!(output.status.success(), "{stderr}");
    let pattern = Regex::new(r"for (\d+) code blocks \((\d+) more from the cache\)").unwrap();
    let found = pattern
        .captures(&stderr)
        .expect("--timings reports highlighting");
    (found[1].parse().unwrap(), found[2].parse().unwrap())
}

#[test]
fn a_warm_build_highlights_nothing_and_gives_the_same_site() {
    let (dir, course) = common::course_copy(&common::example_course());
    let cache = dir.path().join("cache");
    let cold = build(&course, &dir.path().join("cold"), &cache, &[]);
    let (fresh, _) = highlighted(&cold);
    assert!(fresh > 10, "the example course has code to highlight");
    let cache_files = common::files_under(&cache);
    assert_eq!(cache_files.len(), 1, "{cache_files:?}");

    let warm = build(&course, &dir.path().join("warm"), &cache, &[]);
    let (again, reused) = highlighted(&warm);
    assert_eq!(again, 0);
    assert!(reused >= fresh);
    assert_eq!(
        common::read_tree(&dir.path().join("cold")),
        common::read_tree(&dir.path().join("warm"))
    );
    // Nothing was written into the course.
    assert!(
        common::files_under(&course)
            .iter()
            .all(|f| !f.to_string_lossy().contains("cache"))
    );

    // An edited block is highlighted again; the others still come from the cache.
    let module = course.join("modules/basics/first-commit.md");
    let text = fs::read_to_string(&module).unwrap();
    let edited = text.replacen("```bash\n", "```bash\necho edited\n", 1);
    assert_ne!(edited, text);
    fs::write(&module, edited).unwrap();
    let (changed, reused) = highlighted(&build(&course, &dir.path().join("edit"), &cache, &[]));
    assert_eq!(changed, 1);
    assert!(reused > 0);
}

#[test]
fn no_cache_neither_reads_nor_writes_the_cache() {
    let (dir, course) = common::course_copy(&common::example_course());
    let cache = dir.path().join("cache");
    let (fresh, _) = highlighted(&build(&course, &dir.path().join("a"), &cache, &[]));
    let file = common::files_under(&cache).remove(0);
    let before = fs::read(&file).unwrap();
    let (again, _) = highlighted(&build(
        &course,
        &dir.path().join("b"),
        &cache,
        &["--no-cache"],
    ));
    assert_eq!(again, fresh, "every block highlighted again");
    assert_eq!(fs::read(&file).unwrap(), before);
    let other = dir.path().join("other-cache");
    build(&course, &dir.path().join("c"), &other, &["--no-cache"]);
    assert!(!other.exists());
}

#[test]
fn a_damaged_cache_is_ignored_and_replaced() {
    let (dir, course) = common::course_copy(&common::example_course());
    let cache = dir.path().join("cache");
    build(&course, &dir.path().join("a"), &cache, &[]);
    let file = common::files_under(&cache).remove(0);
    let mut bytes = fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    fs::write(&file, &bytes[..bytes.len() - 100]).unwrap();
    let (fresh, _) = highlighted(&build(&course, &dir.path().join("b"), &cache, &[]));
    assert!(fresh > 0);
    assert_eq!(
        common::read_tree(&dir.path().join("a")),
        common::read_tree(&dir.path().join("b"))
    );
    let (again, _) = highlighted(&build(&course, &dir.path().join("c"), &cache, &[]));
    assert_eq!(again, 0, "the damaged file was replaced by a good one");
}

#[test]
fn builds_running_at_once_share_the_cache_safely() {
    let (dir, course) = common::course_copy(&common::example_course());
    let cache = dir.path().join("cache");
    let builds: Vec<_> = (0..4)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_syllabus"))
                .arg("build")
                .arg(&course)
                .arg("-o")
                .arg(dir.path().join(format!("out{i}")))
                .env("SYLLABUS_CACHE_DIR", &cache)
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in builds {
        assert!(child.wait().unwrap().success());
    }
    let first = common::read_tree(&dir.path().join("out0"));
    for i in 1..4 {
        assert_eq!(
            common::read_tree(&dir.path().join(format!("out{i}"))),
            first
        );
    }
    let leftovers = common::files_under(&cache);
    assert_eq!(leftovers.len(), 1, "no temporary files left: {leftovers:?}");
    let (again, _) = highlighted(&build(&course, &dir.path().join("last"), &cache, &[]));
    assert_eq!(again, 0);
}

#[test]
fn an_unwritable_cache_warns_and_the_build_still_succeeds() {
    let (dir, course) = common::course_copy(&common::example_course());
    let not_a_folder = dir.path().join("cache");
    fs::write(&not_a_folder, "a file where the cache folder should be").unwrap();
    let output = build(&course, &dir.path().join("out"), &not_a_folder, &[]);
    assert!(output.status.success());
    let stderr = common::stderr(&output);
    assert!(
        stderr.contains("warning: cannot write the highlight cache"),
        "{stderr}"
    );
    assert!(dir.path().join("out/index.html").is_file());
}
