//! `syllabus serve` under load: many connections at once on loopback while modules change and
//! rebuilds run. Every request must get its answer (200, or 404 for missing paths), the server
//! must stay up, and its memory must not grow with the number of requests.
//!
//! The figures in BENCHMARKS.md come from the release build and more rounds:
//! `SYLLABUS_LOAD_ROUNDS=40 cargo test --release --test serve_load -- --nocapture`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "common/live_server.rs"]
mod live_server;

use std::fs;
use std::io::Write;
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::*;
use live_server::{LiveServer, try_request};

const CLIENTS: usize = 24;
const REQUESTS_PER_CLIENT: usize = 150;
const LIVE_RELOAD_LISTENERS: usize = 8;

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

#[test]
fn serve_answers_thousands_of_concurrent_requests_while_rebuilding() {
    let (_guard, course) = course_copy(&example_course());
    let mut server = LiveServer::start(&course, &[]);
    let port = server.port;

    // Open pages listen for live reload the whole time.
    let listeners: Vec<TcpStream> = (0..LIVE_RELOAD_LISTENERS)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
            write!(
                stream,
                "GET /__syllabus/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
            )
            .unwrap();
            stream
        })
        .collect();

    // An author saving a module again and again, each save a rebuild.
    let module = course.join("modules/basics/first-commit.md");
    let original = fs::read_to_string(&module).unwrap();
    let editing = Arc::new(AtomicBool::new(true));
    let saves = Arc::new(AtomicUsize::new(0));
    let editor = {
        let (editing, saves) = (Arc::clone(&editing), Arc::clone(&saves));
        std::thread::spawn(move || {
            while editing.load(Ordering::Relaxed) {
                let n = saves.fetch_add(1, Ordering::Relaxed);
                fs::write(&module, format!("{original}\nSave number {n}.\n")).unwrap();
                std::thread::sleep(Duration::from_millis(60));
            }
        })
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
    for _ in 0..rounds {
        let (more, made) = load(port);
        failures.extend(more);
        requests += made;
    }
    let elapsed = started.elapsed();
    let memory_after = resident_kb(server.child.id());
    editing.store(false, Ordering::Relaxed);
    editor.join().unwrap();
    drop(listeners);

    eprintln!(
        "{requests} requests from {CLIENTS} clients in {:.2} s ({:.0}/s), {} saves, {} rebuilds, \
         {LIVE_RELOAD_LISTENERS} live-reload listeners; resident memory {:?} KB after warm-up, \
         {:?} KB at the end",
        elapsed.as_secs_f64(),
        requests as f64 / elapsed.as_secs_f64(),
        saves.load(Ordering::Relaxed),
        server.log().matches("Built ").count().saturating_sub(1),
        memory_before,
        memory_after,
    );
    assert!(
        failures.is_empty(),
        "{} failed requests, e.g. {:?}",
        failures.len(),
        &failures[..failures.len().min(10)]
    );
    assert!(server.is_running(), "the server stopped:\n{}", server.log());
    // The first build is one line; each rebuild under load is another.
    let rebuilds = server.log().matches("Built ").count().saturating_sub(1);
    assert!(
        rebuilds >= 3,
        "only {rebuilds} rebuilds ran:\n{}",
        server.log()
    );
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
