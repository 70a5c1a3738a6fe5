//! `syllabus serve`: builds the course into memory, serves it over HTTP, and rebuilds on every
//! change while the author writes.
//!
//! ```text
//! notify (debounced) ─▶ rebuild thread: LiveSite::build (site::build_with + BuildCache),
//!    CourseWatcher       after a failure CourseWatcher::settle and build again,
//!                        LiveSite::publish
//!                                          │ Snapshot (site + errors), Change
//!                                          ▼
//!                      axum on tokio: Host check, pages from the Snapshot (errors over them),
//!                      live-reload events (SSE)
//! ```
//!
//! Nothing is written to disk: the course's `public/` folder is never touched.

mod http;
mod live;
mod watch;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::watch as signal_channel;

use crate::site::BuildOptions;
use live::LiveSite;
use watch::CourseWatcher;

pub(crate) struct ServeOptions {
    pub course_dir: PathBuf,
    pub interface: IpAddr,
    pub port: u16,
    pub open: bool,
    pub drafts: bool,
    pub timings: bool,
    pub cache_dir: Option<PathBuf>,
    pub instructor: bool,
}

/// Why `serve` ended other than by Ctrl-C; the reason has been printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ServeFailure {
    /// The command line was unusable: no such course folder, the port taken.
    Usage,
    /// The server could not start or stopped on an error.
    Stopped,
}

/// Runs the server until Ctrl-C (or SIGTERM). A course with errors does not stop it: the
/// errors are shown, and the next save tries again.
pub(crate) fn run(options: ServeOptions) -> Result<(), ServeFailure> {
    let root = course_root(&options.course_dir)?;
    let (listener, local) = listen(SocketAddr::new(options.interface, options.port))?;
    let url = site_url(local);
    let (stop, stopping) = signal_channel::channel(false);
    let app = start_rebuilding(root, &url, &options, stopping.clone(), local)?;
    announce(&options, &url, local.port());
    serve_until_stopped(listener, app, stop, stopping)
}

/// The course folder, resolved; an error is printed if there is none.
fn course_root(course_dir: &Path) -> Result<PathBuf, ServeFailure> {
    match std::fs::canonicalize(course_dir) {
        Ok(root) if root.is_dir() => Ok(root),
        _ => {
            eprintln!(
                "error: the course folder `{}` does not exist",
                course_dir.display()
            );
            Err(ServeFailure::Usage)
        }
    }
}

/// Binds `address`, returning the listener and the address it really listens on (the port
/// chosen for `--port 0`).
fn listen(address: SocketAddr) -> Result<(std::net::TcpListener, SocketAddr), ServeFailure> {
    let listener = match std::net::TcpListener::bind(address) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on {address}: {error}");
            eprintln!(
                "help: another program may be using the port; choose another with `--port`, or `--port 0` for any free one"
            );
            return Err(ServeFailure::Usage);
        }
    };
    match listener.local_addr() {
        Ok(local) => Ok((listener, local)),
        Err(error) => {
            eprintln!("error: cannot listen on {address}: {error}");
            Err(ServeFailure::Usage)
        }
    }
}

/// Starts watching the course, builds it once, and starts the rebuild thread; returns the
/// state the HTTP server serves from.
fn start_rebuilding(
    root: PathBuf,
    url: &str,
    options: &ServeOptions,
    stopping: signal_channel::Receiver<bool>,
    listening: SocketAddr,
) -> Result<http::App, ServeFailure> {
    // Watching starts before the first build, so that a save made while it runs is not missed.
    let mut watcher = match CourseWatcher::start(&root) {
        Ok(watcher) => watcher,
        Err(message) => {
            eprintln!("error: {message}");
            return Err(ServeFailure::Stopped);
        }
    };
    let mut live = LiveSite::new(
        BuildOptions {
            course_dir: root,
            base_url: Some(url.to_string()),
            include_drafts: options.drafts,
            cache_dir: options.cache_dir.clone(),
            instructor: options.instructor,
            preview: true,
        },
        options.timings,
    );
    rebuild_when_settled(&mut live, &mut watcher);

    let app = http::App {
        snapshot: live.snapshot(),
        changes: live.changes(),
        stopping,
        listening,
        refused_a_host: Arc::default(),
    };
    std::thread::spawn(move || {
        while watcher.wait_for_change() {
            rebuild_when_settled(&mut live, &mut watcher);
        }
    });
    Ok(app)
}

/// Prints where the course is served (and a warning if other computers can reach it), and
/// opens the browser if asked.
fn announce(options: &ServeOptions, url: &str, port: u16) {
    if options.interface.is_unspecified() {
        eprintln!(
            "warning: listening on every network interface ({}): anyone on your network can open this course; pass `--interface 127.0.0.1` to keep it on this computer",
            options.interface
        );
    } else if !options.interface.is_loopback() {
        eprintln!(
            "warning: listening on {}: other computers on that network can open this course; pass `--interface 127.0.0.1` to keep it on this computer",
            options.interface
        );
    }
    eprintln!("Serving the course at {url}  (Ctrl-C to stop)");
    if options.interface.is_unspecified() {
        for address in network_urls(options.interface, port) {
            eprintln!("On a phone or another computer of your network, open {address}");
        }
    }
    if options.open
        && let Err(error) = opener::open(url)
    {
        eprintln!("warning: cannot open a browser: {error}");
    }
}

/// Serves `app` on `listener` until the stop signal, then gives open connections a moment.
fn serve_until_stopped(
    listener: std::net::TcpListener,
    app: http::App,
    stop: signal_channel::Sender<bool>,
    mut stopped: signal_channel::Receiver<bool>,
) -> Result<(), ServeFailure> {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the server: {error}");
            return Err(ServeFailure::Stopped);
        }
    };
    let served = runtime.block_on(async move {
        listener.set_nonblocking(true)?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let server = axum::serve(listener, http::router(app)).with_graceful_shutdown(async move {
            stop_signal().await;
            let _ = stop.send(true);
        });
        tokio::select! {
            result = server => result,
            // Open connections get a moment to finish; then the server stops anyway.
            _ = async {
                let _ = stopped.wait_for(|stop| *stop).await;
                tokio::time::sleep(Duration::from_secs(3)).await;
            } => Ok(()),
        }
    });
    match served {
        Ok(()) => {
            eprintln!("Stopped.");
            Ok(())
        }
        Err(error) => {
            eprintln!("error: the server stopped: {error}");
            Err(ServeFailure::Stopped)
        }
    }
}

/// Builds the course and publishes the result. A failed build may have read a file in the middle
/// of its save (truncated, then written; one file of a checkout written, the next not yet), which
/// would put the errors over every page for a moment: its errors are published only once the
/// course has settled and a build of the settled files fails too, or after
/// [`watch::SETTLE_LIMIT`] from the first failure.
fn rebuild_when_settled(live: &mut LiveSite, watcher: &mut CourseWatcher) {
    let mut deadline = None;
    loop {
        let build = live.build();
        if build.succeeded() {
            return live.publish(build);
        }
        let deadline = *deadline.get_or_insert_with(|| Instant::now() + watch::SETTLE_LIMIT);
        if Instant::now() >= deadline || !watcher.settle(deadline) {
            return live.publish(build);
        }
    }
}

/// The address to print and to build with. A server listening on every interface is reached
/// from this computer at the loopback address.
fn site_url(local: SocketAddr) -> String {
    let ip = match local.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => IpAddr::from([127, 0, 0, 1]),
        ip if ip.is_unspecified() => IpAddr::from(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    match ip {
        IpAddr::V4(ip) => format!("http://{ip}:{}/", local.port()),
        IpAddr::V6(ip) => format!("http://[{ip}]:{}/", local.port()),
    }
}

/// The addresses of this computer on its networks (not loopback), for a server listening on
/// every interface: IPv4 ones for `0.0.0.0`, all for `::`.
fn network_urls(interface: IpAddr, port: u16) -> Vec<String> {
    let Ok(interfaces) = if_addrs::get_if_addrs() else {
        return Vec::new();
    };
    let mut urls: Vec<String> = interfaces
        .iter()
        .map(|interface| interface.ip())
        .filter(|ip| !ip.is_loopback() && (ip.is_ipv4() || interface.is_ipv6()))
        .filter(|ip| !matches!(ip, IpAddr::V6(v6) if v6.is_unicast_link_local()))
        .map(|ip| site_url(SocketAddr::new(ip, port)))
        .collect();
    urls.sort();
    urls.dedup();
    urls
}

/// Ctrl-C, or SIGTERM on Unix.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut terminate) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_a_reachable_address() {
        let url = |s: &str| site_url(s.parse().unwrap_or_else(|_| SocketAddr::from(([0; 4], 0))));
        assert_eq!(url("127.0.0.1:1111"), "http://127.0.0.1:1111/");
        assert_eq!(url("0.0.0.0:8000"), "http://127.0.0.1:8000/");
        assert_eq!(url("[::]:8000"), "http://[::1]:8000/");
        assert_eq!(url("192.168.1.5:1111"), "http://192.168.1.5:1111/");
    }
}
