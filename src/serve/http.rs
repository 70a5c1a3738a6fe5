//! The HTTP side of `serve`: answers requests from the site in memory, adds the live-reload
//! script to pages, shows build errors over pages, and streams changes to open pages as
//! server-sent events. Only requests addressed to the server's own address are answered.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::uri::Authority;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::Stream;
use tokio::sync::{broadcast, watch};

use super::live::{BuildErrors, Change, Snapshot, current};
use crate::output::{Content, SiteFiles};
use crate::util::html::escape_html;

const EVENTS_PATH: &str = "/__syllabus/events";
const SCRIPT_PATH: &str = "/__syllabus/live-reload.js";
const LIVE_RELOAD_JS: &str = include_str!("live-reload.js");

#[derive(Clone)]
pub(super) struct App {
    pub(super) snapshot: Arc<RwLock<Arc<Snapshot>>>,
    pub(super) changes: broadcast::Sender<Change>,
    /// Becomes `true` when the server stops, which ends every event stream.
    pub(super) stopping: watch::Receiver<bool>,
    /// The address the server listens on; requests must be addressed to it.
    pub(super) listening: SocketAddr,
    /// Whether a request for another host was refused already (the terminal says so once).
    pub(super) refused_a_host: Arc<AtomicBool>,
}

pub(super) fn router(app: App) -> Router {
    Router::new()
        .route(EVENTS_PATH, get(events))
        .route(SCRIPT_PATH, get(script))
        .fallback(site_file)
        .layer(middleware::from_fn_with_state(app.clone(), only_this_host))
        .with_state(app)
}

/// Refuses requests whose `Host` (or absolute request URL) names another site. A web page
/// elsewhere could otherwise point a domain of its own at 127.0.0.1 (DNS rebinding) and read
/// the course and its errors through the author's browser, as a page of that domain.
async fn only_this_host(State(app): State<App>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|host| host.to_str().ok());
    let uri_host = request.uri().authority().map(Authority::as_str);
    let addressed_here = host.is_some_and(|host| is_addressed_to(host, app.listening))
        && uri_host.is_none_or(|host| is_addressed_to(host, app.listening));
    if addressed_here {
        return next.run(request).await;
    }
    let url = super::site_url(app.listening);
    if !app.refused_a_host.swap(true, Ordering::Relaxed) {
        eprintln!(
            "warning: refused a request addressed to {:?}: serve answers only requests for its own address, so that other web sites cannot read the course through your browser (DNS rebinding); open the course at {url}",
            uri_host.or(host).unwrap_or("no host")
        );
    }
    let text = format!(
        "Misdirected request: this preview server answers only requests addressed to {url} or to localhost on the same port. This request named another host, as a page of another site tricking the browser would (DNS rebinding), so nothing is served.\n"
    );
    respond(
        StatusCode::MISDIRECTED_REQUEST,
        "text/plain; charset=utf-8",
        Body::from(text),
    )
}

/// Whether `host` (a `Host` header: `name`, `name:port`, `[v6]:port`) names the server
/// listening on `listening`: the same port (80 when none is given) and either an IP address
/// that reaches it or `localhost` when it listens on loopback or every interface. Other names
/// are refused, since whoever controls a domain can point it at any address.
pub(super) fn is_addressed_to(host: &str, listening: SocketAddr) -> bool {
    let Ok(authority) = host.parse::<Authority>() else {
        return false;
    };
    if host.contains('@') || authority.port_u16().unwrap_or(80) != listening.port() {
        return false;
    }
    let name = authority.host();
    let bare = name
        .strip_prefix('[')
        .and_then(|inner| inner.strip_suffix(']'))
        .unwrap_or(name);
    let here = listening.ip().to_canonical();
    match bare.parse::<IpAddr>().map(|ip| ip.to_canonical()) {
        Ok(ip) => here.is_unspecified() || ip == here || (here.is_loopback() && ip.is_loopback()),
        Err(_) => {
            name.eq_ignore_ascii_case("localhost") && (here.is_loopback() || here.is_unspecified())
        }
    }
}

/// Where a request path leads in the site.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Resolved {
    /// A site path (`basics/intro/index.html`).
    File(String),
    /// A folder asked for without its final slash: relative links need it.
    Redirect(String),
    NotFound,
    /// Not a path a browser would send: `..`, `.`, empty or encoded separators, backslashes,
    /// NUL, invalid percent-encoding or UTF-8.
    BadRequest,
}

/// Maps a request path to a file of `site`. Only names the build made can be answered, so
/// nothing outside the site can be reached; odd paths are refused rather than normalised.
pub(super) fn resolve(raw_path: &str, site: &SiteFiles) -> Resolved {
    let Some(rest) = raw_path.strip_prefix('/') else {
        return Resolved::BadRequest;
    };
    let Ok(decoded) = percent_encoding::percent_decode_str(rest).decode_utf8() else {
        return Resolved::BadRequest;
    };
    // An encoded slash would let a segment check be bypassed; no page link has one.
    if rest.to_ascii_lowercase().contains("%2f") || decoded.contains(['\\', '\0']) {
        return Resolved::BadRequest;
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let last = segments.len() - 1;
    if segments
        .iter()
        .enumerate()
        .any(|(at, s)| *s == ".." || *s == "." || (s.is_empty() && at != last))
    {
        return Resolved::BadRequest;
    }
    if decoded.is_empty() || decoded.ends_with('/') {
        let index = format!("{decoded}index.html");
        return if site.contains_key(&index) {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        };
    }
    if site.contains_key(decoded.as_ref()) {
        Resolved::File(decoded.into_owned())
    } else if site.contains_key(&format!("{decoded}/index.html")) {
        Resolved::Redirect(format!("/{rest}/"))
    } else {
        Resolved::NotFound
    }
}

/// The `Content-Type` of a site file, with a charset for text.
pub(super) fn content_type(path: &str) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let essence = mime.essence_str();
    let text = mime.type_() == "text"
        || matches!(
            essence,
            "application/json" | "application/javascript" | "application/xml" | "image/svg+xml"
        );
    if text {
        format!("{essence}; charset=utf-8")
    } else {
        essence.to_string()
    }
}

async fn site_file(State(app): State<App>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return plain(
            StatusCode::METHOD_NOT_ALLOWED,
            "Only GET and HEAD are served.\n",
        );
    }
    let snapshot = current(&app.snapshot);
    let site = &snapshot.site;
    let response = match resolve(uri.path(), site) {
        Resolved::BadRequest => return plain(StatusCode::BAD_REQUEST, "Bad request path.\n"),
        Resolved::Redirect(to) => {
            let mut response = StatusCode::MOVED_PERMANENTLY.into_response();
            if let Ok(location) = HeaderValue::from_str(&to) {
                response.headers_mut().insert(header::LOCATION, location);
            }
            return response;
        }
        Resolved::NotFound => {
            if let (Some(errors), true) = (&snapshot.errors, site.is_empty()) {
                // No build has worked yet: there is no page to show the errors over.
                return error_page(errors);
            }
            match site.get("404.html") {
                Some(content) => match file(StatusCode::NOT_FOUND, "404.html", content).await {
                    Some(response) => response,
                    None => plain(StatusCode::NOT_FOUND, "Not found.\n"),
                },
                None => plain(StatusCode::NOT_FOUND, "Not found.\n"),
            }
        }
        Resolved::File(path) => {
            let Some(content) = site.get(&path) else {
                return plain(StatusCode::NOT_FOUND, "Not found.\n");
            };
            match file(StatusCode::OK, &path, content).await {
                Some(response) => response,
                // A copied file removed since the build: the next build drops it too.
                None => plain(StatusCode::NOT_FOUND, "Not found.\n"),
            }
        }
    };
    match &snapshot.errors {
        Some(errors) if is_html(&response) => with_errors_over(response, errors).await,
        _ => response,
    }
}

async fn file(status: StatusCode, path: &str, content: &Content) -> Option<Response> {
    let bytes: Vec<u8> = match content {
        Content::Bytes(bytes) => bytes.clone(),
        Content::Shared(bytes) => bytes.to_vec(),
        Content::Embedded(bytes) => bytes.to_vec(),
        // Read through its checks: a link put in its place since the build is not followed.
        Content::Copy(source) => {
            let source = source.clone();
            tokio::task::spawn_blocking(move || source.read())
                .await
                .ok()?
                .ok()?
        }
    };
    let bytes = if path.ends_with(".html") {
        with_live_reload(bytes)
    } else {
        bytes
    };
    Some(respond(status, &content_type(path), Body::from(bytes)))
}

fn respond(status: StatusCode, content_type: &str, body: Body) -> Response {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    // Whatever is served is the latest build: never show an older one from the cache.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    respond(status, "text/plain; charset=utf-8", Body::from(text))
}

/// The tag that loads the live-reload script, added to every served page (never to built
/// sites).
const SCRIPT_TAG: &str = "<script src=\"/__syllabus/live-reload.js\"></script>";

fn with_live_reload(mut html: Vec<u8>) -> Vec<u8> {
    let end = body_end(&html);
    html.splice(end..end, SCRIPT_TAG.bytes());
    html
}

fn is_html(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|kind| kind.as_bytes().starts_with(b"text/html"))
}

/// A page of the last good build with the errors of the latest build over it.
async fn with_errors_over(response: Response, errors: &BuildErrors) -> Response {
    let (parts, body) = response.into_parts();
    // The body is the page in memory: collecting it cannot fail or wait.
    let Ok(page) = axum::body::to_bytes(body, usize::MAX).await else {
        return error_page(errors);
    };
    let mut page = page.to_vec();
    let at = body_content_start(&page).unwrap_or_else(|| body_end(&page));
    page.splice(at..at, errors_overlay(errors).into_bytes());
    Response::from_parts(parts, Body::from(page))
}

/// Where the content of `<body>` starts: after the `>` of its start tag (outside quoted
/// attribute values), so that the overlay comes first in reading and keyboard order.
fn body_content_start(html: &[u8]) -> Option<usize> {
    let mut from = 0;
    loop {
        let tag = from
            + html[from..]
                .windows(5)
                .position(|w| w.eq_ignore_ascii_case(b"<body"))?;
        let attributes = tag + 5;
        from = attributes;
        if !matches!(
            html.get(attributes),
            Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
        ) {
            continue; // `<bodyguard>`
        }
        let mut quote = None;
        for (offset, &byte) in html[attributes..].iter().enumerate() {
            match (quote, byte) {
                (None, b'"' | b'\'') => quote = Some(byte),
                (Some(open), _) if byte == open => quote = None,
                (None, b'>') => return Some(attributes + offset + 1),
                _ => {}
            }
        }
        return None;
    }
}

/// Where `</body>` starts, or the end.
fn body_end(html: &[u8]) -> usize {
    html.windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len())
}

/// Its own styles, reset from the theme's, so that it looks the same over any theme.
const OVERLAY_STYLE: &str = "\
#syllabus-build-errors { all: revert; position: fixed; inset: 0 0 auto 0; z-index: 2147483647; \
  box-sizing: border-box; width: auto; max-width: none; max-height: 75vh; margin: 0; \
  padding: 1rem 1.25rem; overflow: auto; border: 0; border-bottom: 4px solid #a4161a; \
  background: #fff; color: #1a1a1a; box-shadow: 0 4px 24px rgb(0 0 0 / 35%); \
  font: 16px/1.5 system-ui, sans-serif; text-align: left; }
#syllabus-build-errors * { all: revert; }
#syllabus-build-errors h2 { margin: 0 0 .25rem; font-size: 1.25rem; color: #a4161a; }
#syllabus-build-errors p, #syllabus-build-errors form { margin: 0 0 .75rem; }
#syllabus-build-errors pre { margin: 0; padding: .75rem 1rem; overflow-x: auto; \
  white-space: pre-wrap; background: #f6f6f6; border-left: 4px solid #a4161a; \
  font: 14px/1.45 ui-monospace, monospace; }
#syllabus-build-errors button { font: inherit; padding: .4rem .9rem; color: inherit; \
  background: transparent; border: 1px solid currentColor; border-radius: 4px; cursor: pointer; }
#syllabus-build-errors :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  #syllabus-build-errors { background: #161616; color: #eee; border-color: #ff8a8a; }
  #syllabus-build-errors h2 { color: #ff8a8a; }
  #syllabus-build-errors pre { background: #222; border-color: #ff8a8a; }
  #syllabus-build-errors :focus-visible { outline-color: #8ab4f8; }
}
";

/// Put over every page while the course has errors: an alert dialog (not modal: the page
/// stays usable under it) whose button to hide it (a `dialog` form, so it works without
/// script too) takes the focus; it comes before the errors, so that focusing it does not scroll
/// them out of view.
fn errors_overlay(errors: &BuildErrors) -> String {
    format!(
        r#"<style>{OVERLAY_STYLE}</style>
<dialog id="syllabus-build-errors" role="alertdialog" open lang="{lang}" dir="{dir}" aria-labelledby="syllabus-build-errors-title" aria-describedby="syllabus-build-errors-summary">
<h2 id="syllabus-build-errors-title">{title}</h2>
<p id="syllabus-build-errors-summary">{summary}</p>
<form method="dialog"><button autofocus>{hide}</button></form>
<pre tabindex="0" aria-label="{list}" lang="en" dir="ltr">{text}</pre>
</dialog>
"#,
        lang = escape_html(&errors.language),
        dir = errors.direction,
        title = escape_html(&errors.title),
        summary = escape_html(&errors.summary),
        hide = escape_html(&errors.hide),
        list = escape_html(&errors.list),
        text = escape_html(&errors.text)
    )
}

/// Shown in place of every page while no build has worked yet.
fn error_page(errors: &BuildErrors) -> Response {
    let html = format!(
        r#"<!doctype html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · Syllabus</title>
<style>
body {{ margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #fff; color: #1a1a1a; }}
main {{ max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem; }}
h1 {{ font-size: 1.5rem; margin: 0 0 .5rem; color: #a4161a; }}
pre {{ background: #f6f6f6; border-left: 4px solid #a4161a; padding: 1rem; overflow-x: auto;
      white-space: pre-wrap; font: 14px/1.45 ui-monospace, monospace; }}
@media (prefers-color-scheme: dark) {{
  body {{ background: #161616; color: #eee; }} h1 {{ color: #ff8a8a; }}
  pre {{ background: #222; border-color: #ff8a8a; }}
}}
</style>
</head>
<body>
<main id="syllabus-build-errors" role="alert">
<h1>{title}</h1>
<p>{none_yet}</p>
<pre lang="en" dir="ltr">{text}</pre>
</main>
{SCRIPT_TAG}
</body>
</html>
"#,
        lang = escape_html(&errors.language),
        dir = errors.direction,
        title = escape_html(&errors.title),
        none_yet = escape_html(&errors.none_yet),
        text = escape_html(&errors.text)
    );
    respond(
        StatusCode::INTERNAL_SERVER_ERROR,
        "text/html; charset=utf-8",
        Body::from(html),
    )
}

async fn script() -> Response {
    respond(
        StatusCode::OK,
        "text/javascript; charset=utf-8",
        Body::from(LIVE_RELOAD_JS),
    )
}

/// The event stream of one open page: `hello` with the current generation first (a page that
/// reconnects after missing a build reloads), then one `change` per build that changed
/// something.
async fn events(State(app): State<App>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = app.changes.subscribe();
    let generation = current(&app.snapshot).generation;
    let hello = Event::default().event("hello").data(generation.to_string());
    let state = (Some(hello), receiver, app.stopping);
    let stream =
        futures_util::stream::unfold(state, |(hello, mut receiver, mut stopping)| async move {
            if let Some(hello) = hello {
                return Some((Ok(hello), (None, receiver, stopping)));
            }
            if *stopping.borrow() {
                return None;
            }
            let event = tokio::select! {
                change = receiver.recv() => match change {
                    Ok(change) => {
                        let data = serde_json::to_string(&change).unwrap_or_default();
                        Event::default().event("change").data(data)
                    }
                    // Missed some: the page cannot know what, so it reloads.
                    Err(broadcast::error::RecvError::Lagged(_)) => {
                        Event::default().event("change").data("{\"reload\":true}")
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                _ = stopping.changed() => return None,
            };
            Some((Ok(event), (None, receiver, stopping)))
        });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> SiteFiles {
        [
            "index.html",
            "basics/intro/index.html",
            "style.css",
            "images/a b.png",
        ]
        .iter()
        .map(|p| (p.to_string(), Content::Embedded(b"x")))
        .collect()
    }

    #[test]
    fn pages_files_and_folders_resolve() {
        let site = site();
        assert_eq!(resolve("/", &site), Resolved::File("index.html".into()));
        assert_eq!(
            resolve("/basics/intro/", &site),
            Resolved::File("basics/intro/index.html".into())
        );
        assert_eq!(
            resolve("/basics/intro", &site),
            Resolved::Redirect("/basics/intro/".into())
        );
        assert_eq!(
            resolve("/images/a%20b.png", &site),
            Resolved::File("images/a b.png".into())
        );
        assert_eq!(resolve("/missing/", &site), Resolved::NotFound);
        assert_eq!(resolve("/basics/", &site), Resolved::NotFound);
    }

    #[test]
    fn paths_that_try_to_leave_the_site_are_refused() {
        let site = site();
        for path in [
            "/../etc/passwd",
            "/basics/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/..%2fetc%2fpasswd",
            "/basics%2f..%2f..%2fetc",
            "//etc/passwd",
            "/..\\..\\etc\\passwd",
            "/%5c..%5cetc",
            "/./index.html",
            "/index.html%00.png",
            "/%ff",
            "relative",
        ] {
            assert_eq!(resolve(path, &site), Resolved::BadRequest, "{path}");
        }
    }

    #[test]
    fn only_hosts_that_name_the_server_are_accepted() {
        let at = |address: &str| address.parse::<SocketAddr>().unwrap_or_else(|_| panic!());
        let loopback = at("127.0.0.1:1111");
        for host in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LOCALHOST:1111",
            "[::1]:1111",
            "127.0.0.2:1111",
            "[::ffff:127.0.0.1]:1111",
        ] {
            assert!(is_addressed_to(host, loopback), "{host}");
        }
        for host in [
            "evil.example:1111",
            "localhost.evil.example:1111",
            "127.0.0.1.nip.io:1111",
            "localhost.:1111",
            "127.1:1111",
            "127.0.0.1",
            "127.0.0.1:2222",
            "192.168.1.5:1111",
            "user@127.0.0.1:1111",
            "[::1",
            "",
        ] {
            assert!(!is_addressed_to(host, loopback), "{host}");
        }
        assert!(is_addressed_to("localhost", at("127.0.0.1:80")));

        let everywhere = at("0.0.0.0:1111");
        for host in ["192.168.1.5:1111", "[fe80::1]:1111", "localhost:1111"] {
            assert!(is_addressed_to(host, everywhere), "{host}");
        }
        for host in ["my-laptop.local:1111", "192.168.1.5:2222"] {
            assert!(!is_addressed_to(host, everywhere), "{host}");
        }
        let lan = at("192.168.1.5:1111");
        assert!(is_addressed_to("192.168.1.5:1111", lan));
        assert!(!is_addressed_to("127.0.0.1:1111", lan));
        assert!(!is_addressed_to("localhost:1111", lan));
        assert!(is_addressed_to("[::1]:1111", at("[::]:1111")));
    }

    #[test]
    fn the_errors_come_first_in_the_body() {
        let start = |html: &str| body_content_start(html.as_bytes());
        let html = r#"<html><head></head><BODY class="a>b" data-x='>'><main>"#;
        assert_eq!(start(html), html.find("<main>"));
        let html = "<html><bodyguard></bodyguard><body>\n<p>";
        assert_eq!(start(html), html.find("\n<p>"));
        assert_eq!(start("<p>no body tag</p>"), None);
        assert_eq!(start("<body class=\"never closed"), None);
    }

    #[test]
    fn text_types_carry_a_charset() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.css"), "text/css; charset=utf-8");
        assert_eq!(
            content_type("course.json"),
            "application/json; charset=utf-8"
        );
        assert!(content_type("search.js").ends_with("javascript; charset=utf-8"));
        assert_eq!(content_type("favicon.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type("photo.png"), "image/png");
        assert_eq!(content_type("notes.unknown"), "application/octet-stream");
    }

    #[test]
    fn the_live_reload_script_goes_before_the_end_of_the_body() {
        let html = with_live_reload(b"<html><body><p>x</p></BODY></html>".to_vec());
        let html = String::from_utf8(html).unwrap_or_default();
        assert_eq!(
            html,
            format!("<html><body><p>x</p>{SCRIPT_TAG}</BODY></html>")
        );
        let bare = String::from_utf8(with_live_reload(b"<p>x</p>".to_vec())).unwrap_or_default();
        assert!(bare.ends_with(SCRIPT_TAG));
    }
}
