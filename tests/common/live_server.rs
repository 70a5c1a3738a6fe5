//! Running `syllabus serve` in tests: start it on a free port, talk raw HTTP/1.1 to it (so that
//! request paths reach the server exactly as written), wait for it to notice changes.

// Test support: a panic is the right way for a helper to fail a test.
#![allow(dead_code, unreachable_pub, clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running `syllabus serve`, stopped when dropped.
pub struct LiveServer {
    pub child: Child,
    pub url: String,
    pub port: u16,
    /// Everything the server printed so far.
    pub log: Arc<Mutex<String>>,
}

impl LiveServer {
    /// Starts `syllabus serve COURSE --port 0 EXTRA...` and waits until it listens.
    pub fn start(course: &Path, extra: &[&str]) -> LiveServer {
        let mut child = Command::new(env!("CARGO_BIN_EXE_syllabus"))
            .arg("serve")
            .arg(course)
            .args(["--port", "0"])
            .args(extra)
            .env("NO_COLOR", "1")
            .env("SYLLABUS_CACHE_DIR", crate::common::test_cache_dir())
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (found, url) = std::sync::mpsc::channel();
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(at) = line.find("http://127.0.0.1:") {
                    let url: String = line[at..].split_whitespace().next().unwrap().into();
                    let _ = found.send(url);
                }
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let url = url
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("serve did not start: {}", log.lock().unwrap()));
        let port = url
            .trim_end_matches('/')
            .rsplit(':')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        LiveServer {
            child,
            url,
            port,
            log,
        }
    }

    pub fn get(&self, raw_path: &str) -> Response {
        request(self.port, "GET", raw_path)
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Fetches `path` until `check` accepts the response; fails after 10 s with the last one.
    pub fn wait_for(&self, path: &str, what: &str, check: impl Fn(&Response) -> bool) -> Response {
        let started = Instant::now();
        loop {
            let response = self.get(path);
            if check(&response) {
                return response;
            }
            if started.elapsed() > Duration::from_secs(10) {
                panic!(
                    "waited 10 s for {what} at {path}; last status {}, server log:\n{}",
                    response.status,
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Whether the server process is still running.
    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

impl Drop for LiveServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// One HTTP/1.1 request with the path sent byte for byte as given.
pub fn request(port: u16, method: &str, raw_path: &str) -> Response {
    try_request(port, method, raw_path, Duration::from_secs(10)).unwrap()
}

/// [`request`], with what went wrong instead of a panic (for tests that count failures).
pub fn try_request(
    port: u16,
    method: &str,
    raw_path: &str,
    timeout: Duration,
) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(timeout))?;
    write!(
        stream,
        "{method} {raw_path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Ok(Response {
        status,
        headers,
        body: body.to_string(),
    })
}
