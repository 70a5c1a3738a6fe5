//! `syllabus serve` under load: many connections at once on loopback while a module is saved
//! again and again and rebuilds run. Every request must get its answer (200, or 404 for missing
//! paths) and never the build errors, even though each save is written in two steps and a build
//! reads it half-written; every save must reach the open pages; the server must stay up, and its
//! memory must not grow with the number of requests. Nothing waits for a fixed time: the author
//! saves again once the open pages have heard of the last save.
//!
//! The figures in BENCHMARKS.md come from the release build and more rounds:
//! `SYLLABUS_LOAD_ROUNDS=40 cargo test --release --test it serve_load:: -- --nocapture`.

use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::common::live_server::{LiveEvents, LiveServer, shows_build_errors, try_request};
use crate::common::*;

const CLIENTS: usize = 24;
const REQUESTS_PER_CLIENT: usize = 150;
const LIVE_RELOAD_LISTENERS: usize = 8;
/// Saves of the module while the requests go on.
const SAVES: usize = 12;
const SAVED_PAGE: &str = "\"basics/first-commit/index.html\"";

/// What load clients ask for: pages, assets, the search index, and paths that do not exist.
const PATHS: [(&str, u16); 8] = [
    ("/", 200),
    ("/basics/first-commit/", 200),
    ("/basics/history/", 200),
    ("/search-index.json", 200),
    ("/course.json", 200),
    ("/map/", 200),
    ("/no/such/page/", 404),
    ("/basics/missing.png", 404),
];

/// Resident memory of a process in KB (Linux).
fn resident_kb(pid: u32) -> Option<usize> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Sends `CLIENTS × REQUESTS_PER_CLIENT` requests; returns the failures and the requests made.
fn load(port: u16) -> (Vec<String>, usize) {
    let made = Arc::new(AtomicUsize::new(0));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let made = Arc::clone(&made);
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                for n in 0..REQUESTS_PER_CLIENT {
                    let (path, expected) = PATHS[(client + n) % PATHS.len()];
                    made.fetch_add(1, Ordering::Relaxed);
                    match try_request(port, "GET", path, Duration::from_secs(30)) {
                        Ok(response) if shows_build_errors(&response) => {
                            failures.push(format!("{path}: the build errors"));
                        }
                        Ok(response) if response.status == expected => {}
                        Ok(response) => failures.push(format!("{path}: {}", response.status)),
                        Err(error) => failures.push(format!("{path}: {error}")),
                    }
                }
                failures
            })
        })
        .collect();
    let failures = clients
        .into_iter()
        .flat_map(|c| c.join().unwrap())
        .collect();
    (failures, made.load(Ordering::Relaxed))
}

/// Writes one save of the module: on Linux in two steps, with a build reading the file between
/// them, as an editor that truncates and then writes can be caught.
fn save(module: &Path, text: &str, server_pid: u32) {
    #[cfg(target_os = "linux")]
    live_server::save_caught_half_written(module, text, server_pid);
    #[cfg(not(target_os = "linux"))]
    {
        let _ = server_pid;
        fs::write(module, text).unwrap();
    }
}

/// The author: saves the module `SAVES` times, each time waiting, as an open page does, for the
/// change event of that save. Returns the saves made, what went wrong and the last change event.
fn edit(course: &Path, port: u16, server_pid: u32) -> (usize, Option<String>, String) {
    let module = course.join("modules/basics/first-commit.md");
    let original = fs::read_to_string(&module).unwrap();
    let events = LiveEvents::connect(port);
    let mut last = String::new();
    for n in 0..SAVES {
        let changes = events.changes();
        save(
            &module,
            &format!("{original}\nSave number {n}.\n"),
            server_pid,
        );
        last = events.next_change(changes);
        if !last.contains(SAVED_PAGE) || !last.contains("\"reload\":false") {
            let problem = format!("save {n}: open pages were told {last}, not of the saved page");
            return (n + 1, Some(problem), last);
        }
    }
    (SAVES, None, last)
}

#[test]
fn serve_answers_thousands_of_concurrent_requests_while_rebuilding() {
    let (_guard, course) = course_copy(&example_course());
    let mut server = LiveServer::start(&course, &[]);
    let port = server.port;

    // Open pages listen for live reload the whole time.
    let listeners: Vec<LiveEvents> = (0..LIVE_RELOAD_LISTENERS)
        .map(|_| LiveEvents::connect(port))
        .collect();
    let editor = {
        let (course, pid) = (course.clone(), server.child.id());
        std::thread::spawn(move || edit(&course, port, pid))
    };

    let (warm_up_failures, _) = load(port);
    let memory_before = resident_kb(server.child.id());
    let started = Instant::now();
    let mut failures = warm_up_failures;
    let mut requests = 0;
    let rounds: usize = std::env::var("SYLLABUS_LOAD_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let mut rounds_made = 0;
    // At least `rounds` rounds, and requests all the time the author saves.
    while rounds_made < rounds || !editor.is_finished() {
        let (more, made) = load(port);
        failures.extend(more);
        requests += made;
        rounds_made += 1;
    }
    let elapsed = started.elapsed();
    let memory_after = resident_kb(server.child.id());
    let (saves, editing_failure, last_change) = editor.join().unwrap();
    failures.splice(0..0, editing_failure);
    // Every open page heard of every save.
    if failures.is_empty() {
        for (at, listener) in listeners.iter().enumerate() {
            let heard = listener.next_change(SAVES - 1);
            if heard != last_change {
                failures.push(format!(
                    "listener {at} heard {heard} last, not {last_change}"
                ));
            }
        }
    }

    eprintln!(
        "{requests} requests from {CLIENTS} clients in {:.2} s ({:.0}/s) in {rounds_made} rounds \
         after warm-up, {saves} saves in two steps, {} rebuilds, \
         {LIVE_RELOAD_LISTENERS} live-reload listeners; resident memory {:?} KB after warm-up, \
         {:?} KB at the end",
        elapsed.as_secs_f64(),
        requests as f64 / elapsed.as_secs_f64(),
        server.log().matches("Built ").count().saturating_sub(1),
        memory_before,
        memory_after,
    );
    assert!(
        failures.is_empty(),
        "{} failed requests or saves, e.g. {:?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );
    assert!(server.is_running(), "the server stopped:\n{}", server.log());
    assert!(
        !server.log().contains("panicked"),
        "the server panicked:\n{}",
        server.log()
    );
    // Several times the warm-up's requests must not need more memory than a rebuild's worth.
    if let (Some(before), Some(after)) = (memory_before, memory_after) {
        assert!(
            after < before + before / 2,
            "memory grew from {before} KB to {after} KB"
        );
    }
}
