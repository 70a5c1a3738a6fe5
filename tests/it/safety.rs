//! Nothing is lost: a build that is killed leaves the whole old site or the whole new one, the
//! output can never be a folder that holds anything else, and `serve` never writes into the
//! course.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::common::live_server::{LiveServer, shows_build_errors};
use crate::common::*;

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
    let old = TestCourse::generated(30, 10);
    let new = TestCourse::generated(30, 10);
    let (old_course, new_course) = (old.path(), new.path());
    rewrite_modules(new_course, "Completely different words in the new version.");
    let work = old_course.parent().unwrap();
    let out = work.join("site");

    build_into(new_course, &work.join("reference"));
    let new_site = read_tree(&work.join("reference"));
    build_into(old_course, &out);
    let old_site = read_tree(&out);
    assert_ne!(old_site, new_site);

    // How long a whole build takes here, to kill builds at every stage of it.
    let started = Instant::now();
    build_into(new_course, &work.join("timing"));
    let whole = started.elapsed();

    let mut outcomes = BTreeMap::new();
    for percent in [5, 15, 30, 45, 60, 70, 80, 88, 94, 98, 100, 110] {
        if read_tree(&out) != old_site {
            build_into(old_course, &out);
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_syllabus"))
            .args(["build", path_str(new_course), "-o", path_str(&out)])
            .env("SYLLABUS_CACHE_DIR", test_cache_dir())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Not a wait for anything: the moment of the kill, a share of a whole build.
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
    build_into(new_course, &out);
    assert_eq!(read_tree(&out), new_site);
    let beside: Vec<String> = fs::read_dir(work)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".site."))
        .collect();
    assert!(beside.is_empty(), "left beside the site: {beside:?}");
}

/// What is at each path under `dir`, links recorded as links (never followed): a file's bytes,
/// `dir` for a folder, `-> target` for a link.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(false) {
        let entry = entry.unwrap();
        let relative = entry
            .path()
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let kind = entry.file_type();
        let what = if kind.is_symlink() {
            format!("-> {}", fs::read_link(entry.path()).unwrap().display()).into_bytes()
        } else if kind.is_dir() {
            b"dir".to_vec()
        } else {
            fs::read(entry.path()).unwrap()
        };
        found.insert(relative, what);
    }
    found
}

/// Every output folder a careless or hostile command line can name, run from inside the course
/// with `HOME` set: `..` in every position (also after folders that do not exist), links to the
/// course, its parents, `/` and home, the home folder and its parents, content and hidden
/// folders, files on the way, Git worktrees and folders marked by someone else. A refused one
/// exits 2 before anything is written anywhere; an accepted one changes its own folder only.
#[cfg(unix)]
#[test]
fn output_folders_that_are_not_the_sites_own_are_refused_whatever_the_path_looks_like() {
    let temp = tempfile::tempdir().unwrap();
    let top = fs::canonicalize(temp.path()).unwrap();
    let home = top.join("users/alice");
    let work = top.join("work");
    let course = work.join("course");
    copy_dir(&fixture("small"), &course);
    fs::create_dir_all(home.join("Documents")).unwrap();
    fs::write(
        home.join("Documents/notes.txt"),
        "the home folder's own file",
    )
    .unwrap();
    fs::create_dir_all(work.join("thesis")).unwrap();
    fs::write(work.join("thesis/chapter-1.md"), "years of work").unwrap();
    build_into(&course, &work.join("old-site"));
    build_into(&course, &work.join("gh-pages"));
    fs::write(
        work.join("gh-pages/.git"),
        "gitdir: ../repo/.git/worktrees/gh-pages\n",
    )
    .unwrap();
    fs::create_dir_all(work.join("fake")).unwrap();
    fs::write(work.join("fake/.syllabus-output"), "").unwrap();
    fs::write(work.join("fake/photo.jpg"), "a photo").unwrap();
    fs::create_dir_all(course.join(".git")).unwrap();
    fs::write(course.join(".git/config"), "[core]\n").unwrap();
    let link =
        |target: &Path, name: &str| std::os::unix::fs::symlink(target, work.join(name)).unwrap();
    link(&course, "link-course");
    link(&home, "link-home");
    link(&work, "link-work");
    link(Path::new("/"), "link-root");

    let refused =
        |out: &str, force: bool, says: &str| (out.to_string(), force, None, says.to_string());
    let mut cases: Vec<(String, bool, Option<PathBuf>, String)> = Vec::new();
    for force in [false, true] {
        for out in [
            ".",
            "./",
            "X/..",
            "public/..",
            "basics/..",
            "basics/../../course",
            "../course",
            "basics/../../link-course",
            "../link-course/public/..",
            "../link-course/.",
        ] {
            cases.push(refused(
                out,
                force,
                "the course folder or one of its parents",
            ));
        }
        for out in [
            "..",
            "basics/../..",
            "basics/../../link-work",
            "basics/x/../../../..",
            "basics/../../..",
            "../../",
            "../link-home/../../work",
        ] {
            cases.push(refused(
                out,
                force,
                "the course folder or one of its parents",
            ));
        }
        for out in [
            "basics/../../../users/alice",
            "../link-home",
            "../../users/alice",
            "../../users/alice/.",
            "../link-home/Documents/..",
            "../../users",
            "basics/x/../../../../users",
            "../link-home/..",
        ] {
            cases.push(refused(out, force, "home folder or one of its parents"));
        }
        cases.push(refused("/", force, "root folder"));
        cases.push(refused("../link-root", force, "root folder"));
        for out in [
            "modules/site",
            "basics/../modules/x",
            "static",
            "templates/out",
            "themes/a/b",
            "../link-course/modules/x",
        ] {
            cases.push(refused(out, force, "where it would become content"));
        }
        cases.push(refused("course.yaml", force, "course.yaml"));
        cases.push(refused("course.yaml/x", force, "is a file, not a folder"));
        cases.push(refused(
            "basics/../course.yaml/x/y",
            force,
            "is a file, not a folder",
        ));
        cases.push(refused(".git", force, "hidden folder"));
        cases.push(refused("basics/../.hidden/site", force, "hidden folder"));
        cases.push(refused("../gh-pages", force, "Git repository or worktree"));
        cases.push(refused(
            "basics/../../gh-pages",
            force,
            "Git repository or worktree",
        ));
    }
    for out in [
        "../thesis",
        "basics/../../thesis",
        "../link-work/thesis",
        "../fake",
        "../../users/alice/Documents",
    ] {
        cases.push(refused(out, false, "not made by Syllabus"));
    }
    let accepted = |out: &str, force: bool, target: &Path| {
        (
            out.to_string(),
            force,
            Some(target.to_path_buf()),
            String::new(),
        )
    };
    cases.push(accepted("public", false, &course.join("public")));
    cases.push(accepted("basics/../site-a", false, &course.join("site-a")));
    cases.push(accepted(
        "../link-course/site-b",
        false,
        &course.join("site-b"),
    ));
    cases.push(accepted(
        "basics/x/../../../new-site",
        false,
        &work.join("new-site"),
    ));
    cases.push(accepted("../old-site", false, &work.join("old-site")));
    cases.push(accepted("../fake", true, &work.join("fake")));
    cases.push(accepted("basics/../../thesis", true, &work.join("thesis")));

    let mut failures = Vec::new();
    for (out, force, target, says) in &cases {
        let before = snapshot(&top);
        let mut command = Command::new(env!("CARGO_BIN_EXE_syllabus"));
        command
            .current_dir(&course)
            .args(["build", ".", "-o", out])
            .env("HOME", &home)
            .env("NO_COLOR", "1")
            .env("SYLLABUS_CACHE_DIR", test_cache_dir());
        if *force {
            command.arg("--force");
        }
        let result = command.output().unwrap();
        let after = snapshot(&top);
        let changed: Vec<&String> = before
            .keys()
            .chain(after.keys())
            .filter(|path| before.get(*path) != after.get(*path))
            .collect();
        let case = format!("-o {out}{}", if *force { " --force" } else { "" });
        match target {
            None => {
                if result.status.code() != Some(2) || !stderr(&result).contains(says.as_str()) {
                    failures.push(format!(
                        "{case}: expected exit 2 saying {says:?}, got {:?}: {}",
                        result.status.code(),
                        stderr(&result)
                    ));
                }
                if !changed.is_empty() {
                    failures.push(format!("{case}: refused but changed {changed:?}"));
                }
            }
            Some(target) => {
                let own = target
                    .strip_prefix(&top)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                let outside: Vec<_> = changed.iter().filter(|p| !p.starts_with(&own)).collect();
                if !result.status.success()
                    || !target.join("index.html").is_file()
                    || !outside.is_empty()
                {
                    failures.push(format!("{case}: expected a site in {own} and nothing else changed, got {:?} changing {outside:?}: {}", result.status.code(), stderr(&result)));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
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
    // Stopped, and waited for: nothing can write any more.
    drop(server);

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

/// A course whose links point at secrets: outside files, `.git/config`, `.env`, and a file of
/// the course outside its content folders. `SECRET` appears in every one of them.
#[cfg(unix)]
struct LinkedSecrets {
    _temp: tempfile::TempDir,
    course: std::path::PathBuf,
    outside: std::path::PathBuf,
}

#[cfg(unix)]
impl LinkedSecrets {
    fn new() -> LinkedSecrets {
        let temp = tempfile::tempdir().unwrap();
        let course = temp.path().join("course");
        copy_dir(&fixture("small"), &course);
        let outside = temp.path().join("outside");
        fs::create_dir_all(outside.join("ssh")).unwrap();
        fs::write(outside.join("ssh/id_ed25519"), "SECRET private key").unwrap();
        fs::write(
            outside.join("course.yaml"),
            "title: SECRET course\nnot valid: [\n",
        )
        .unwrap();
        fs::write(
            outside.join("lesson.md"),
            "---\ntitle: SECRET lesson\n---\nSECRET\n",
        )
        .unwrap();
        fs::create_dir_all(outside.join("templates")).unwrap();
        fs::write(outside.join("templates/base.html"), "SECRET {{ page }}").unwrap();
        fs::create_dir_all(course.join(".git")).unwrap();
        fs::write(
            course.join(".git/config"),
            "[http] extraheader = SECRET token\n",
        )
        .unwrap();
        fs::write(course.join(".env"), "TOKEN=SECRET\n").unwrap();
        fs::write(course.join("notes.txt"), "SECRET notes of the author\n").unwrap();
        LinkedSecrets {
            _temp: temp,
            course,
            outside,
        }
    }

    fn link(&self, target: &Path, at: &str) {
        let at = self.course.join(at);
        if at.is_dir() {
            fs::remove_dir_all(&at).unwrap();
        } else if at.exists() {
            fs::remove_file(&at).unwrap();
        }
        fs::create_dir_all(at.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, at).unwrap();
    }
}

/// Links are never a way out: a content folder or `course.yaml` that is a link is refused
/// (an error naming it, nothing written, the target's text never echoed), and a file linked to
/// a hidden file, to a file outside the content folders or outside the course is not published
/// (a warning naming the link). No output file and no message ever holds a secret.
#[cfg(unix)]
#[test]
fn links_never_publish_or_echo_a_file_outside_the_content_folders() {
    let cases: [(&str, &str, i32, &str); 12] = [
        ("static", "outside/ssh", 1, "`static` is a symbolic link"),
        ("modules", "outside", 1, "`modules` is a symbolic link"),
        (
            "templates",
            "outside/templates",
            1,
            "`templates` is a symbolic link",
        ),
        ("themes", "outside", 1, "`themes` is a symbolic link"),
        (
            "course.yaml",
            "outside/course.yaml",
            1,
            "points outside the course",
        ),
        (
            "static/key.txt",
            "outside/ssh/id_ed25519",
            0,
            "points outside the course",
        ),
        (
            "static/x.txt",
            "course/.git/config",
            0,
            "not in the course's content folders",
        ),
        (
            "modules/basics/notes.txt",
            "course/.env",
            0,
            "not in the course's content folders",
        ),
        (
            "modules/basics/env.md",
            "course/.env",
            0,
            "not in the course's content folders",
        ),
        (
            "static/notes.txt",
            "course/notes.txt",
            0,
            "not in the course's content folders",
        ),
        (
            "modules/basics/copy.md",
            "outside/lesson.md",
            0,
            "points outside the course",
        ),
        (
            "static/config.txt",
            "course/.git/config",
            0,
            "it is not followed",
        ),
    ];
    let mut failures = Vec::new();
    for (at, target, code, says) in cases {
        let secrets = LinkedSecrets::new();
        let target = secrets.outside.parent().unwrap().join(target);
        secrets.link(&target, at);
        if at == "themes" {
            let config = secrets.course.join("course.yaml");
            let text = fs::read_to_string(&config).unwrap();
            fs::write(&config, format!("{text}theme: ssh\n")).unwrap();
        }
        let out = secrets.course.parent().unwrap().join("site");
        let result = syllabus(&["build", path_str(&secrets.course), "-o", path_str(&out)]);
        let printed = format!(
            "{}{}",
            stderr(&result),
            String::from_utf8_lossy(&result.stdout)
        );
        if result.status.code() != Some(code) || !printed.contains(says) {
            failures.push(format!(
                "{at} -> {}: expected exit {code} saying {says:?}, got {:?}:\n{printed}",
                target.display(),
                result.status.code()
            ));
        }
        if printed.contains("SECRET") {
            failures.push(format!("{at}: a secret was printed:\n{printed}"));
        }
        if out.exists() {
            let leaked: Vec<String> = read_tree(&out)
                .into_iter()
                .filter(|(_, bytes)| String::from_utf8_lossy(bytes).contains("SECRET"))
                .map(|(path, _)| path)
                .collect();
            if !leaked.is_empty() {
                failures.push(format!("{at}: published secrets in {leaked:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A link to a file inside the content folders is still followed: sharing an image between a
/// module and `static/` is fine.
#[cfg(unix)]
#[test]
fn links_between_content_folders_are_followed() {
    let secrets = LinkedSecrets::new();
    let image = secrets.course.join("modules/basics/img/diagram.svg");
    secrets.link(&image, "static/shared/diagram.svg");
    let out = secrets.course.join("public");
    let result = syllabus(&["build", path_str(&secrets.course)]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert_eq!(
        fs::read(out.join("shared/diagram.svg")).unwrap(),
        fs::read(&image).unwrap()
    );
}

/// `serve` never sends a byte from outside the course: a file that the last good build copied
/// and that is then replaced by a link to a secret is refused, whether or not the rebuild that
/// follows succeeds.
#[cfg(unix)]
#[test]
fn serve_never_sends_a_file_that_became_a_link_out_of_the_course() {
    let secrets = LinkedSecrets::new();
    let server = LiveServer::start(&secrets.course, &[]);
    let image = "/basics/img/diagram.svg";
    let original = server.get(image);
    assert_eq!(original.status, 200);
    let square = "/images/square.svg";
    let square_original = server.get(square);
    assert_eq!(square_original.status, 200);

    // The module links the diagram, so this rebuild fails; nothing links the square, so that
    // rebuild succeeds without it.
    let key = secrets.outside.join("ssh/id_ed25519");
    secrets.link(&key, "modules/basics/img/diagram.svg");
    secrets.link(&key, "static/images/square.svg");
    for (path, before) in [(image, &original), (square, &square_original)] {
        let changed = server.wait_for(path, "the link to be noticed", |r| {
            r.status != before.status || r.body != before.body
        });
        assert!(!changed.body.contains("SECRET"), "{path} sent the secret");
    }
    // And it stays so while the server goes on answering.
    for _ in 0..20 {
        for path in [image, square] {
            assert!(!server.get(path).body.contains("SECRET"));
        }
    }
}
