//! The real-browser harness: Debian's Chromium driven over the DevTools protocol
//! (headless_chrome), and sites built by the real binary served from 127.0.0.1.
//!
//! Without `/usr/bin/chromium` (or axe-core) the tests fail, saying what to install:
//! `scripts/test`, the README's test command, installs both. `SYLLABUS_SKIP_BROWSER=1` skips
//! them instead, with a loud message, for a machine that cannot run a browser.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Emulation, Log, Runtime};
use headless_chrome::{Browser, LaunchOptions, Tab};

use crate::common::*;

pub(crate) const CHROMIUM: &str = "/usr/bin/chromium";

/// A built site and the address it is served at.
pub(crate) struct Site {
    pub(crate) out: PathBuf,
    pub(crate) base: String,
}

/// The example course, built once per test run.
pub(crate) fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| built_site(&example_course(), "/course/"))
}

/// `tests/fixtures/quiz` (one question of every type), built and served like the example course.
pub(crate) fn quiz_site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| built_site(&fixture("quiz"), "/quiz/"))
}

/// `tests/fixtures/embeds` (video players and a wide widget pasted into a module).
pub(crate) fn embeds_site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| built_site(&fixture("embeds"), "/embeds/"))
}

/// `tests/fixtures/payloads` (a script payload in every plain-text field), built and served.
pub(crate) fn payload_site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| built_site(&fixture("payloads"), "/payloads/"))
}

/// The example course's instructor view (`build --instructor`), built and served once.
pub(crate) fn instructor_site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| built_site_with(&example_course(), "/instructor/", &["--instructor"]))
}

/// Builds `course` with the real binary into a temporary folder and serves it under `prefix`,
/// as a host would publish it under a sub-path.
pub(crate) fn built_site(course: &Path, prefix: &'static str) -> Site {
    built_site_with(course, prefix, &[])
}

fn built_site_with(course: &Path, prefix: &'static str, extra: &[&str]) -> Site {
    let out = tempfile::tempdir().unwrap().keep().join("site");
    let mut args = vec![
        "build",
        path_str(course),
        "-o",
        path_str(&out),
        "--base-url",
        prefix,
    ];
    args.extend(extra);
    let result = syllabus(&args);
    assert!(result.status.success(), "{}", stderr(&result));
    let base = serve(prefix, out.clone());
    Site { out, base }
}

/// Serves `out` under `prefix` on a free port of 127.0.0.1, for the rest of the test run. Each
/// connection is answered on a thread of its own and closed after one response, so that a
/// connection a browser keeps open never holds up the others. (tiny_http, used before, could
/// leave a new connection queued behind a kept-alive one until the browser quit: on a busy
/// machine a page's last deferred script then never arrived.)
pub(crate) fn serve(prefix: &'static str, out: PathBuf) -> String {
    serve_with_switch(prefix, out).0
}

/// [`serve`], with a switch that takes the server off the network: while it is on, every
/// connection is closed unanswered, as when the learner's phone loses its connection.
pub(crate) fn serve_with_switch(prefix: &'static str, out: PathBuf) -> (String, Arc<AtomicBool>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let offline = Arc::new(AtomicBool::new(false));
    let switch = offline.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            if offline.load(Ordering::SeqCst) {
                drop(stream);
                continue;
            }
            let out = out.clone();
            std::thread::spawn(move || answer(stream, prefix, &out));
        }
    });
    (format!("http://127.0.0.1:{port}{prefix}"), switch)
}

/// Reads one request's head from `stream` and answers it with a file of `out`, or the site's
/// 404 page.
fn answer(mut stream: TcpStream, prefix: &str, out: &Path) {
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // The rest of the head: the request has no body that matters here.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let target = request_line.split(' ').nth(1).unwrap_or("");
    let url = target.split(['?', '#']).next().unwrap_or("");
    let file = url
        .strip_prefix(prefix)
        .filter(|rest| !rest.split('/').any(|part| part == ".."))
        .map(|rest| {
            let path = out.join(rest);
            if path.is_dir() {
                path.join("index.html")
            } else {
                path
            }
        });
    let (status, kind, body) = match file.filter(|p| p.is_file()) {
        Some(path) => (
            "200 OK",
            content_type(&path),
            std::fs::read(&path).unwrap_or_default(),
        ),
        None => (
            "404 Not Found",
            "text/html; charset=utf-8",
            std::fs::read(out.join("404.html")).unwrap_or_default(),
        ),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
    let _ = stream.flush();
}

pub(crate) fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(OsStr::to_str) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("xml") => "application/xml",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Whether the person running the tests asked to skip what needs a browser.
fn skipping_browser_tests() -> bool {
    std::env::var("SYLLABUS_SKIP_BROWSER").as_deref() == Ok("1")
}

/// A fresh headless Chromium with a viewport of `width` × `height`, or `None` (after saying so
/// loudly) when Chromium is not installed and CI did not require it.
pub(crate) fn browser(width: u32, height: u32) -> Option<Browser> {
    if !Path::new(CHROMIUM).exists() {
        if !skipping_browser_tests() {
            panic!(
                "{CHROMIUM} is missing: run `scripts/test`, which installs it, or `apt-get install -y chromium` (SYLLABUS_SKIP_BROWSER=1 skips the browser tests)"
            );
        }
        eprintln!(
            "\n**********\n** SKIPPED: real-browser test, because SYLLABUS_SKIP_BROWSER=1 and {CHROMIUM} is missing.\n**********\n"
        );
        return None;
    }
    let profile = tempfile::tempdir().unwrap().keep();
    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let options = LaunchOptions {
        headless: true,
        sandbox: false,
        path: Some(PathBuf::from(CHROMIUM)),
        window_size: Some((width, height)),
        user_data_dir: Some(profile),
        args,
        idle_browser_timeout: Duration::from_secs(120),
        ..LaunchOptions::default()
    };
    Some(Browser::new(options).expect("Chromium starts"))
}

/// How long a tab waits for an event (a navigation, an element) before the test fails.
const EVENT_DEADLINE: Duration = Duration::from_secs(120);

/// A new tab whose viewport is exactly `width` × `height` CSS pixels (a window alone cannot be
/// narrower than 500 px), as a phone when narrow.
pub(crate) fn new_tab(browser: &Browser, width: u32, height: u32) -> Arc<Tab> {
    let tab = browser.new_tab().unwrap();
    // The tests wait on page events; on a busy machine (CI, or builds beside the tests) a
    // navigation can take longer than headless_chrome's 20 s default, which is no failure.
    tab.set_default_timeout(EVENT_DEADLINE);
    tab.call_method(Emulation::SetDeviceMetricsOverride {
        width,
        height,
        device_scale_factor: 1.0,
        mobile: width < 600,
        scale: None,
        screen_width: None,
        screen_height: None,
        position_x: None,
        position_y: None,
        dont_set_visible_size: None,
        screen_orientation: None,
        viewport: None,
        display_feature: None,
        device_posture: None,
    })
    .unwrap();
    tab
}

/// Problems the page reports: uncaught exceptions, console errors, failed loads.
/// Failed loads of addresses outside `site_base` are ignored: Chromium asks every server for
/// `/favicon.ico` at its root, which a site published under a sub-path does not control.
pub(crate) fn record_errors(tab: &Arc<Tab>, site_base: &str) -> Arc<Mutex<Vec<String>>> {
    let site_base = site_base.to_string();
    let errors = Arc::new(Mutex::new(Vec::new()));
    let sink = errors.clone();
    tab.enable_runtime().unwrap();
    tab.enable_log().unwrap();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let message = match event {
            Event::RuntimeExceptionThrown(e) => {
                Some(format!("exception: {:?}", e.params.exception_details.text))
            }
            Event::RuntimeConsoleAPICalled(e)
                if matches!(
                    e.params.Type,
                    Runtime::ConsoleAPICalledEventTypeOption::Error
                ) =>
            {
                Some(format!(
                    "console.error: {:?}",
                    e.params
                        .args
                        .iter()
                        .map(|a| a.value.clone())
                        .collect::<Vec<_>>()
                ))
            }
            Event::LogEntryAdded(e)
                if matches!(e.params.entry.level, Log::LogEntryLevel::Error)
                    && e.params
                        .entry
                        .url
                        .as_deref()
                        .is_none_or(|url| url.starts_with(&site_base)) =>
            {
                Some(format!(
                    "{} ({:?})",
                    e.params.entry.text, e.params.entry.url
                ))
            }
            _ => None,
        };
        if let Some(message) = message {
            sink.lock().unwrap().push(message);
        }
    }))
    .unwrap();
    errors
}

/// Opens `url` in `tab` and waits until the page at that address has finished loading.
pub(crate) fn open(tab: &Tab, url: &str) {
    let loaded_js = format!(
        "document.readyState === 'complete' && location.href === new URL({}).href",
        serde_json::Value::String(url.to_string())
    );
    tab.navigate_to(url).unwrap();
    let loaded = wait::within(LOAD_PATIENCE, || {
        let value = tab.evaluate(&loaded_js, false).ok()?.value?;
        (value == serde_json::Value::Bool(true)).then_some(())
    });
    assert!(loaded.is_some(), "{url} never finished loading");
}

/// How long a page may take to load on a busy machine.
const LOAD_PATIENCE: Duration = Duration::from_secs(90);

pub(crate) fn eval(tab: &Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, false)
        .unwrap()
        .value
        .unwrap_or(serde_json::Value::Null)
}

/// Evaluates `js` until it gives `expected` (events and navigation settle asynchronously), and
/// fails with the last value.
pub(crate) fn expect_js(tab: &Tab, js: &str, expected: serde_json::Value) {
    wait::until(&format!("`{js}` to give {expected}"), || {
        let value = tab
            .evaluate(js, false)
            .ok()
            .and_then(|r| r.value)
            .unwrap_or(serde_json::Value::Null);
        if value == expected {
            Ok(())
        } else {
            Err(value.to_string())
        }
    });
}

/// Every HTML page of the built site, as site paths (`basics/first-commit/`).
pub(crate) fn all_pages(out: &Path) -> Vec<String> {
    read_tree(out)
        .into_keys()
        .filter(|path| path.ends_with(".html"))
        .map(|path| {
            path.strip_suffix("index.html")
                .map(str::to_string)
                .unwrap_or(path)
        })
        .collect()
}

pub(crate) fn first_module_page(out: &Path) -> String {
    all_pages(out)
        .into_iter()
        .find(|p| {
            p.matches('/').count() == 2
                && !p.starts_with("tags/")
                && std::fs::read_to_string(out.join(p).join("index.html"))
                    .is_ok_and(|h| h.contains("page-module"))
        })
        .expect("a module page")
}

/// Makes the tab's pages see `prefers-color-scheme: SCHEME` (`light` or `dark`).
pub(crate) fn prefer_color_scheme(tab: &Tab, scheme: &str) {
    tab.call_method(Emulation::SetEmulatedMedia {
        media: None,
        features: Some(vec![Emulation::MediaFeature {
            name: "prefers-color-scheme".into(),
            value: scheme.into(),
        }]),
    })
    .unwrap();
}

/// axe-core's WCAG 2.2 AA and best-practice findings on the open page, with `axe` the source
/// of axe-core ([`axe_source`]).
pub(crate) fn axe_violations(tab: &Tab, axe: &str) -> Vec<String> {
    tab.evaluate(axe, false).unwrap();
    let found = tab
        .evaluate(
            "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })\
             .then(r => JSON.stringify(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))",
            true,
        )
        .unwrap()
        .value
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    serde_json::from_str(&found).unwrap_or_else(|_| vec![format!("axe did not run: {found}")])
}

/// axe-core's script, installed by `npm ci --prefix tests/browser` (as `.ci/run` does).
pub(crate) fn axe_source() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser/node_modules/axe-core/axe.min.js");
    match std::fs::read_to_string(&path) {
        Ok(source) => Some(source),
        Err(_) if !skipping_browser_tests() => {
            panic!(
                "axe-core is missing: run `scripts/test`, which installs it, or `npm ci --prefix tests/browser` (SYLLABUS_SKIP_BROWSER=1 skips the browser tests)"
            )
        }
        Err(_) => {
            eprintln!(
                "\n**********\n** SKIPPED: accessibility audit, because SYLLABUS_SKIP_BROWSER=1 and axe-core is missing.\n**********\n"
            );
            None
        }
    }
}

/// Saves a PNG of the tab as `NAME.png` in `$SYLLABUS_SCREENSHOTS` when that is set (the README's
/// screenshots of interactive states come from here: `scripts/screenshots` sets it).
pub(crate) fn screenshot(tab: &Tab, name: &str) {
    let Some(dir) = std::env::var_os("SYLLABUS_SCREENSHOTS") else {
        return;
    };
    use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
    let png = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}
