//! Nothing is lost: a build that is killed leaves the whole old site or the whole new one, the
//! output can never be a folder that holds anything else, and `serve` never writes into the
//! course.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "common/live_server.rs"]
mod live_server;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use live_server::{LiveServer, shows_build_errors};

/// Gives every module of `course` a different body, so that every page changes.
fn rewrite_modules(course: &Path, words: &str) {
    for file in files_under(&course.join("modules")) {
        if file.extension().is_some_and(|e| e == "md") {
            let text = fs::read_to_string(&file).unwrap();
            let (front, _) = text.rsplit_once("---\n").unwrap();
            fs::write(&file, format!("{front}---\n{words}\n")).unwrap();
        }
    }
}

fn build_into(course: &Path, out: &Path) {
    let result = syllabus(&["build", path_str(course), "-o", path_str(out)]);
    assert!(result.status.success(), "{}", stderr(&result));
}

#[cfg(unix)]
#[test]
fn a_killed_build_leaves_the_old_site_or_the_new_one_never_a_mix() {
    let (old_guard, old_course) = generated_course(30, 10);
    let (_new_guard, new_course) = generated_course(30, 10);
    rewrite_modules(
        &new_course,
        "Completely different words in the new version.",
    );
    let work = old_guard.path();
    let out = work.join("site");

    build_into(&new_course, &work.join("reference"));
    let new_site = read_tree(&work.join("reference"));
    build_into(&old_course, &out);
    let old_site = read_tree(&out);
    assert_ne!(old_site, new_site);

    // How long a whole build takes here, to kill builds at every stage of it.
    let started = Instant::now();
    build_into(&new_course, &work.join("timing"));
    let whole = started.elapsed();

    let mut outcomes = BTreeMap::new();
    for percent in [5, 15, 30, 45, 60, 70, 80, 88, 94, 98, 100, 110] {
        if read_tree(&out) != old_site {
            build_into(&old_course, &out);
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_syllabus"))
            .args(["build", path_str(&new_course), "-o", path_str(&out)])
            .env("SYLLABUS_CACHE_DIR", test_cache_dir())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(whole * percent / 100);
        child.kill().ok(); // SIGKILL: no chance to clean up
        child.wait().unwrap();
        let site = read_tree(&out);
        let outcome = if site == old_site {
            "old"
        } else if site == new_site {
            "new"
        } else {
            let differing = site
                .keys()
                .filter(|path| old_site.get(*path) != site.get(*path))
                .take(5)
                .collect::<Vec<_>>();
            panic!("killed at {percent}% the site is a mix of old and new: {differing:?}");
        };
        outcomes.insert(percent, outcome);
    }
    eprintln!("outcomes by the time of the kill (% of a whole build): {outcomes:?}");
    assert!(
        outcomes.values().any(|o| *o == "old"),
        "no kill interrupted a build: {outcomes:?}"
    );

    // The next build cleans up what the killed ones left beside the site.
    build_into(&new_course, &out);
    assert_eq!(read_tree(&out), new_site);
    let beside: Vec<String> = fs::read_dir(work)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".site."))
        .collect();
    assert!(beside.is_empty(), "left beside the site: {beside:?}");
}

#[test]
fn the_home_folder_and_folders_of_other_files_are_never_the_output() {
    let (guard, course) = course_copy(&fixture("small"));
    let home = guard.path().join("home");
    fs::create_dir_all(home.join("Documents")).unwrap();
    fs::write(home.join("Documents/thesis.txt"), "years of work").unwrap();
    let before = read_tree(&home);
    let run = |out: &Path, force: bool| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_syllabus"));
        command
            .args(["build", path_str(&course), "-o", path_str(out)])
            .env("HOME", &home)
            .env("SYLLABUS_CACHE_DIR", test_cache_dir());
        if force {
            command.arg("--force");
        }
        command.output().unwrap()
    };
    for force in [false, true] {
        let result = run(&home, force);
        assert_eq!(result.status.code(), Some(2), "{}", stderr(&result));
        assert!(
            stderr(&result).contains("home folder"),
            "{}",
            stderr(&result)
        );
    }
    let result = run(&home.join("Documents"), false);
    assert_eq!(result.status.code(), Some(2));
    assert!(stderr(&result).contains("not made by Syllabus"));
    for inside in ["modules/site", "static/site", "."] {
        let result = run(&course.join(inside), true);
        assert_eq!(
            result.status.code(),
            Some(2),
            "{inside}: {}",
            stderr(&result)
        );
    }
    assert_eq!(read_tree(&home), before);
}

#[test]
fn serve_never_writes_into_the_course() {
    let (_guard, course) = course_copy(&example_course());
    let before = read_tree(&course);
    let server = LiveServer::start(&course, &[]);
    assert_eq!(server.get("/").status, 200);
    let module = course.join("modules/basics/first-commit.md");
    let edited = format!(
        "{}\nA sentence added while serving.\n",
        fs::read_to_string(&module).unwrap()
    );
    fs::write(&module, &edited).unwrap();
    server.wait_for("/basics/first-commit/", "the edit", |r| {
        r.body.contains("A sentence added while serving.")
    });
    // A broken module shows its errors in the browser, not in a file.
    let broken = course.join("modules/basics/broken.md");
    fs::write(&broken, "---\ntitle: [unclosed\n---\n").unwrap();
    server.wait_for("/", "the errors", shows_build_errors);
    fs::remove_file(&broken).unwrap();
    server.wait_for("/", "the recovery", |r| {
        r.status == 200 && !shows_build_errors(r)
    });
    drop(server);
    std::thread::sleep(Duration::from_millis(100));

    let mut after = read_tree(&course);
    assert_eq!(
        after.remove("modules/basics/first-commit.md"),
        Some(edited.into_bytes())
    );
    let mut expected = before;
    expected.remove("modules/basics/first-commit.md");
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    assert_eq!(after, expected);
}
