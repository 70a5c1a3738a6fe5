//! Running `syllabus serve` in tests: start it on a free port, talk raw HTTP/1.1 to it (so that
//! request paths and headers reach the server exactly as written), listen to its live-reload
//! events, wait for it to notice changes.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::common::wait::{self, PATIENCE};

/// Everything the server printed so far, and a signal for each new line.
type Log = (Mutex<String>, Condvar);

/// A running `syllabus serve`, stopped when dropped.
pub(crate) struct LiveServer {
    pub(crate) child: Child,
    pub(crate) url: String,
    pub(crate) port: u16,
    log: Arc<Log>,
    /// The thread reading the server's stderr into `log`, done once the server has exited.
    reader: Option<JoinHandle<()>>,
}

impl LiveServer {
    /// Starts `syllabus serve COURSE --port 0 EXTRA...` and waits until it listens.
    pub(crate) fn start(course: &Path, extra: &[&str]) -> LiveServer {
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
        let log: Arc<Log> = Arc::default();
        let (found, url) = std::sync::mpsc::channel();
        let sink = Arc::clone(&log);
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(at) = line.find("http://127.0.0.1:") {
                    let url: String = line[at..].split_whitespace().next().unwrap().into();
                    let _ = found.send(url);
                }
                let (text, grew) = &*sink;
                let mut text = text.lock().unwrap();
                text.push_str(&line);
                text.push('\n');
                grew.notify_all();
            }
        });
        let mut server = LiveServer {
            child,
            url: String::new(),
            port: 0,
            log,
            reader: Some(reader),
        };
        server.url = url
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|_| panic!("serve did not start: {}", server.log()));
        server.port = server
            .url
            .trim_end_matches('/')
            .rsplit(':')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        server
    }

    pub(crate) fn get(&self, raw_path: &str) -> Response {
        request(self.port, "GET", raw_path)
    }

    /// What the server printed so far.
    pub(crate) fn log(&self) -> String {
        self.log.0.lock().unwrap().clone()
    }

    /// Waits until what the server printed satisfies `check`, and returns it.
    pub(crate) fn wait_for_log(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        let (text, grew) = &*self.log;
        let deadline = Instant::now() + PATIENCE;
        let mut text = text.lock().unwrap();
        while !check(&text) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "waited {PATIENCE:?} for {what}; the server printed:\n{text}"
            );
            text = grew.wait_timeout(text, left).unwrap().0;
        }
        text.clone()
    }

    /// Fetches `path` until `check` accepts the response; fails with the last one.
    pub(crate) fn wait_for(
        &self,
        path: &str,
        what: &str,
        check: impl Fn(&Response) -> bool,
    ) -> Response {
        wait::until(&format!("{what} at {path}"), || {
            let response = self.get(path);
            if check(&response) {
                Ok(response)
            } else {
                Err(format!(
                    "status {}, server log:\n{}",
                    response.status,
                    self.log()
                ))
            }
        })
    }

    /// Whether the server process is still running.
    pub(crate) fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// Waits until the server process has exited; returns how, and all it printed.
    pub(crate) fn wait_for_exit(&mut self) -> (ExitStatus, String) {
        let status = wait::until("the server to stop", || {
            self.child
                .try_wait()
                .unwrap()
                .ok_or_else(|| format!("still running; it printed:\n{}", self.log()))
        });
        // Its stderr is closed with it: the reader has read the last line.
        if let Some(reader) = self.reader.take() {
            reader.join().unwrap();
        }
        (status, self.log())
    }
}

impl Drop for LiveServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Response {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// One HTTP/1.1 request with the path sent byte for byte as given.
pub(crate) fn request(port: u16, method: &str, raw_path: &str) -> Response {
    try_request(port, method, raw_path, Duration::from_secs(10)).unwrap()
}

/// A GET with the given `Host` header (none when `None`), as a page of another site would send
/// after DNS rebinding.
pub(crate) fn request_for_host(port: u16, raw_path: &str, host: Option<&str>) -> Response {
    let host = host.map(|h| format!("Host: {h}\r\n")).unwrap_or_default();
    let head = format!("GET {raw_path} HTTP/1.1\r\n{host}Connection: close\r\n\r\n");
    exchange(port, &head, Duration::from_secs(10)).unwrap()
}

/// Whether a response is a page with the build errors over it, or the error page.
pub(crate) fn shows_build_errors(response: &Response) -> bool {
    response.body.contains("id=\"syllabus-build-errors\"")
}

/// [`request`], with what went wrong instead of a panic (for tests that count failures).
pub(crate) fn try_request(
    port: u16,
    method: &str,
    raw_path: &str,
    timeout: Duration,
) -> std::io::Result<Response> {
    let head = format!(
        "{method} {raw_path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    );
    exchange(port, &head, timeout)
}

/// Sends a request head and reads the whole response.
fn exchange(port: u16, head: &str, timeout: Duration) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(timeout))?;
    stream.write_all(head.as_bytes())?;
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

/// `(event, data)` of every event so far, and a signal for each new one.
type Seen = (Mutex<Vec<(String, String)>>, Condvar);

/// The live-reload events of a served course, read as an open page reads them.
pub(crate) struct LiveEvents {
    stream: TcpStream,
    seen: Arc<Seen>,
}

impl LiveEvents {
    /// Connects and waits for the server's `hello`, after which no change can be missed.
    pub(crate) fn connect(port: u16) -> LiveEvents {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        // HTTP/1.0, so that the stream comes without chunked encoding.
        write!(
            stream,
            "GET /__syllabus/events HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let seen = Arc::new((Mutex::new(Vec::new()), Condvar::new()));
        let reader = BufReader::new(stream.try_clone().unwrap());
        let sink = Arc::clone(&seen);
        std::thread::spawn(move || read_events(reader, &sink));
        let events = LiveEvents { stream, seen };
        events.wait_for(0, "hello");
        events
    }

    /// How many `change` events arrived so far.
    pub(crate) fn changes(&self) -> usize {
        let (events, _) = &*self.seen;
        let events = events.lock().unwrap();
        events.iter().filter(|(kind, _)| kind == "change").count()
    }

    /// Waits for `change` event number `count + 1` and returns its data.
    pub(crate) fn next_change(&self, count: usize) -> String {
        self.wait_for(count, "change")
    }

    /// The data of the `skip + 1`th event of `kind`.
    fn wait_for(&self, skip: usize, kind: &str) -> String {
        let (events, arrived) = &*self.seen;
        let deadline = Instant::now() + PATIENCE;
        let mut events = events.lock().unwrap();
        loop {
            if let Some((_, data)) = events.iter().filter(|(k, _)| k == kind).nth(skip) {
                return data.clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "no `{kind}` event number {} in {PATIENCE:?}: {events:?}",
                skip + 1
            );
            events = arrived.wait_timeout(events, left).unwrap().0;
        }
    }
}

impl Drop for LiveEvents {
    fn drop(&mut self) {
        let _ = self.stream.shutdown(Shutdown::Both);
    }
}

fn read_events(reader: BufReader<TcpStream>, seen: &Seen) {
    let (events, arrived) = seen;
    let mut lines = reader.lines().map_while(Result::ok);
    let status = lines.next().unwrap_or_default();
    events.lock().unwrap().push(("status".into(), status));
    let mut kind = String::new();
    for line in lines.skip_while(|line| !line.is_empty()) {
        if let Some(name) = line.strip_prefix("event: ") {
            kind = name.to_string();
        } else if let Some(data) = line.strip_prefix("data: ") {
            events
                .lock()
                .unwrap()
                .push((kind.clone(), data.to_string()));
            arrived.notify_all();
        }
    }
}

/// Makes `change`, then waits until a build that it starts has opened `read` (a course file
/// that every build reads and that `change` does not touch): what the caller does next
/// happens while that build runs. Elsewhere than on Linux, where openings are not reported,
/// only makes `change`.
pub(crate) fn change_and_catch_its_build(read: &Path, change: impl FnOnce()) {
    #[cfg(target_os = "linux")]
    {
        let openings = Openings::watch(read);
        change();
        openings.wait("a build to read the course");
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = read;
        change();
    }
}

/// Saves `text` to `path` the way an editor that truncates the file and then writes it does,
/// and keeps the file half-written (cut inside its front matter) until the server process
/// `reader` has read it: the build that reads it sees a broken module.
#[cfg(target_os = "linux")]
pub(crate) fn save_caught_half_written(path: &Path, text: &str, reader: u32) {
    // Opened before the watch starts, so that every opening the watch sees is another's.
    let mut file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    let openings = Openings::watch(path);
    let cut = text.find(": ").expect("a front matter") + 2;
    file.set_len(0).unwrap();
    file.write_all(&text.as_bytes()[..cut]).unwrap();
    openings.wait("the server to open the half-written file");
    // Opened is not read yet: the reader is done once it has closed the file again.
    let real_path = std::fs::canonicalize(path).unwrap();
    wait::until("the server to close the half-written file", || {
        if has_open(reader, &real_path) {
            Err(format!("{path:?} still open"))
        } else {
            Ok(())
        }
    });
    file.write_all(&text.as_bytes()[cut..]).unwrap();
}

/// The openings of a file from the time it is watched, as inotify reports them (Linux).
#[cfg(target_os = "linux")]
struct Openings {
    _watcher: notify::RecommendedWatcher,
    opened: std::sync::mpsc::Receiver<()>,
}

#[cfg(target_os = "linux")]
impl Openings {
    fn watch(path: &Path) -> Openings {
        use notify::event::{AccessKind, EventKind};
        use notify::{RecursiveMode, Watcher};
        let (sender, opened) = std::sync::mpsc::channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if event.is_ok_and(|e| matches!(e.kind, EventKind::Access(AccessKind::Open(_)))) {
                    let _ = sender.send(());
                }
            })
            .unwrap();
        watcher.watch(path, RecursiveMode::NonRecursive).unwrap();
        Openings {
            _watcher: watcher,
            opened,
        }
    }

    /// Waits for the next opening.
    fn wait(&self, what: &str) {
        self.opened
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|_| panic!("waited {PATIENCE:?} for {what}"));
    }
}

/// Whether process `pid` has `path` open (Linux).
#[cfg(target_os = "linux")]
fn has_open(pid: u32, path: &Path) -> bool {
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return false;
    };
    fds.filter_map(Result::ok)
        .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|target| target == path))
}
