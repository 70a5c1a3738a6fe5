//! `syllabus serve` as an author uses it: the real binary on a free port, real files edited the
//! way editors save them, answers read over raw HTTP.

use crate::common;
use crate::common::browser as harness;
use crate::common::live_server;
use crate::common::wait;
use std::fs;
use std::path::Path;

use crate::common::live_server::{
    LiveEvents, LiveServer, request, request_for_host, shows_build_errors,
};

const PAGE: &str = "/basics/first-commit/";
const MODULE: &str = "modules/basics/first-commit.md";

/// Saves `path` the way most editors do: a temporary file beside it, renamed over it.
fn save_like_an_editor(path: &Path, text: &str) {
    let temp = path.with_file_name(format!(
        ".{}.tmp",
        path.file_name().unwrap().to_string_lossy()
    ));
    fs::write(&temp, text).unwrap();
    fs::rename(&temp, path).unwrap();
}

fn builds_in(log: &str) -> usize {
    log.lines()
        .filter(|line| line.starts_with("Built "))
        .count()
}

#[test]
fn serve_shows_edits_and_errors_and_recovers_by_itself() {
    let (dir, course) = common::course_copy(&common::example_course());
    fs::write(dir.path().join("secret.txt"), "TOP SECRET").unwrap();
    let server = LiveServer::start(&course, &[]);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );

    // Pages, with the live-reload script and the right types.
    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(home.body.contains("/__syllabus/live-reload.js"));
    let page = server.get(PAGE);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h1"));
    for (path, kind) in [
        ("/style.css", "text/css; charset=utf-8"),
        ("/course.json", "application/json; charset=utf-8"),
        ("/favicon.svg", "image/svg+xml; charset=utf-8"),
        (
            "/__syllabus/live-reload.js",
            "text/javascript; charset=utf-8",
        ),
    ] {
        let response = server.get(path);
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(response.header("content-type"), Some(kind), "{path}");
        assert!(
            !response.body.contains("live-reload.js\"></script>"),
            "{path}"
        );
    }
    let folder = server.get("/basics/first-commit");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.header("location"), Some(PAGE));
    let missing = server.get("/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("Page not found"),
        "the theme's 404 page"
    );
    assert_eq!(request(server.port, "POST", "/").status, 405);

    // Nothing outside the built site can be reached, however the path is written.
    for path in [
        "/../secret.txt",
        "/../../secret.txt",
        "/basics/../../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/..%2F..%2Fsecret.txt",
        "/..%5c..%5csecret.txt",
        "/..\\..\\secret.txt",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
        "/etc/passwd",
        "/course.yaml",
        "/modules/basics/first-commit.md",
        "/index.html%00.css",
    ] {
        let response = server.get(path);
        assert!(
            response.status == 400 || response.status == 404,
            "{path} gave {}",
            response.status
        );
        assert!(!response.body.contains("TOP SECRET") && !response.body.contains("root:"));
    }

    // An edit, saved through a temporary file and a rename.
    let module = course.join(MODULE);
    let original = fs::read_to_string(&module).unwrap();
    save_like_an_editor(
        &module,
        &format!("{original}\nA sentence added while serving.\n"),
    );
    server.wait_for(PAGE, "the edit", |r| {
        r.status == 200 && r.body.contains("A sentence added while serving.")
    });

    // Swap and backup files are not content: no rebuild. They are written as soon as the
    // build of an edit has started (it reads `course.yaml` first), so that the server finds
    // them waiting, alone, once that build is done; the next build must then be the one of
    // the edit that follows (a build for them alone would come first and change nothing).
    // `serve::watch`'s unit tests hold the rule itself.
    let history = course.join("modules/basics/history.md");
    let text = fs::read_to_string(&history).unwrap();
    let builds = builds_in(&server.log());
    live_server::change_and_catch_its_build(&course.join("course.yaml"), || {
        save_like_an_editor(&history, &format!("{text}\nSaved before the swap files.\n"));
    });
    fs::write(course.join("modules/basics/.first-commit.md.swp"), "swap").unwrap();
    fs::write(course.join("modules/basics/first-commit.md~"), "backup").unwrap();
    server.wait_for_log(
        "the build running while the swap files were written",
        |log| builds_in(log) > builds,
    );
    save_like_an_editor(&history, &format!("{text}\nSaved after the swap files.\n"));
    let log = server.wait_for_log("the build after the swap files", |log| {
        builds_in(log) > builds + 1
    });
    let next = log
        .lines()
        .filter(|l| l.starts_with("Built "))
        .nth(builds + 1);
    assert!(
        next.is_some_and(|line| !line.ends_with("nothing to reload")),
        "a build for the swap files:\n{log}"
    );
    server.wait_for("/basics/history/", "the edit after the swap files", |r| {
        r.body.contains("Saved after the swap files.")
    });

    // A broken front matter: the errors over the last good page, with the file and line, and
    // the server goes on.
    save_like_an_editor(&module, &original.replacen("title:", "title: [unclosed", 1));
    let broken = server.wait_for(PAGE, "the errors over the page", shows_build_errors);
    assert_eq!(broken.status, 200, "the last good page is still served");
    assert!(broken.body.contains("The course has errors"));
    assert!(
        broken.body.contains("modules/basics/first-commit.md:"),
        "{}",
        broken.body
    );
    assert!(
        broken.body.contains("A sentence added while serving."),
        "the page of the last good build"
    );
    let home = server.get("/");
    assert!(
        home.status == 200 && shows_build_errors(&home),
        "every page shows the errors"
    );
    let missing = server.get("/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(shows_build_errors(&missing) && missing.body.contains("Page not found"));
    let style = server.get("/style.css");
    assert!(
        style.status == 200 && !shows_build_errors(&style),
        "assets still load"
    );
    // The terminal shows what `syllabus check` shows.
    let check = common::syllabus(&["check", common::path_str(&course)]);
    let diagnostics = common::stderr(&check);
    let first_error = diagnostics.lines().take(4).collect::<Vec<_>>().join("\n");
    let log = server.log();
    assert!(log.contains(&first_error), "{first_error}\n---\n{log}");

    // Fixed: the page is back without restarting anything.
    save_like_an_editor(&module, &original);
    server.wait_for(PAGE, "recovery", |r| {
        r.status == 200
            && !shows_build_errors(r)
            && !r.body.contains("A sentence added while serving.")
    });

    // Files and folders created, renamed and deleted.
    let unit = course.join("modules/extras");
    fs::create_dir(&unit).unwrap();
    fs::write(
        unit.join("bonus.md"),
        "---\ntitle: Bonus material\n---\nSomething extra to read.\n",
    )
    .unwrap();
    server.wait_for("/extras/bonus/", "a new folder and module", |r| {
        r.status == 200 && r.body.contains("Bonus material")
    });
    fs::rename(&unit, course.join("modules/more")).unwrap();
    server.wait_for("/more/bonus/", "a renamed folder", |r| r.status == 200);
    assert_eq!(server.get("/extras/bonus/").status, 404);
    fs::remove_file(course.join("modules/more/bonus.md")).unwrap();
    server.wait_for("/more/bonus/", "a deleted module", |r| r.status == 404);

    // Many files at once, as `git checkout` writes them.
    let modules: Vec<_> = ["history", "setup", "staging-area", "what-is-git"]
        .iter()
        .map(|name| course.join(format!("modules/basics/{name}.md")))
        .collect();
    for (at, path) in modules.iter().enumerate() {
        let text = fs::read_to_string(path).unwrap();
        fs::write(path, format!("{text}\nCheckout marker {at}.\n")).unwrap();
    }
    for (at, name) in ["history", "setup", "staging-area", "what-is-git"]
        .iter()
        .enumerate()
    {
        let marker = format!("Checkout marker {at}.");
        server.wait_for(&format!("/basics/{name}/"), "a checkout", |r| {
            r.body.contains(&marker)
        });
    }

    // Serving never wrote into the course.
    assert!(!course.join("public").exists());
    let names = common::files_under(&course);
    assert!(
        names.iter().all(|n| {
            let n = n.to_string_lossy();
            !n.contains("syllabus") && !n.ends_with(".html")
        }),
        "{names:?}"
    );
}

#[test]
fn a_course_that_starts_broken_is_served_as_its_errors_until_fixed() {
    let (_dir, course) = common::course_copy(&common::fixture("small"));
    let settings = course.join("course.yaml");
    let good = fs::read_to_string(&settings).unwrap();
    fs::write(&settings, format!("{good}\nlevles: [a, b]\n")).unwrap();
    let server = LiveServer::start(&course, &[]);
    // With no page to show the errors over, every address is the error page, with status 500.
    for path in ["/", "/no-such-page/"] {
        let page = server.get(path);
        assert_eq!(page.status, 500, "{path}");
        assert!(shows_build_errors(&page), "{path}");
        assert!(page.body.contains("course.yaml:"), "{}", page.body);
        assert!(page.body.contains("levles"));
    }
    save_like_an_editor(&settings, &good);
    server.wait_for("/", "the fixed course", |r| {
        r.status == 200 && !shows_build_errors(r)
    });
}

/// An editor that truncates a file and then writes it, or a slow disk, can let a build read a
/// module half-written. That build fails, but its errors are not the author's: open pages must
/// not be sent them, and every page must stay as it was until the save is complete.
#[cfg(target_os = "linux")]
#[test]
fn a_save_caught_half_written_never_shows_errors() {
    let (_dir, course) = common::course_copy(&common::example_course());
    let server = LiveServer::start(&course, &[]);
    let events = LiveEvents::connect(server.port);
    let module = course.join(MODULE);
    let original = fs::read_to_string(&module).unwrap();
    for save in 0..3 {
        let marker = format!("Saved in two steps, number {save}.");
        let changes = events.changes();
        live_server::save_caught_half_written(
            &module,
            &format!("{original}\n{marker}\n"),
            server.child.id(),
        );
        let change = events.next_change(changes);
        assert!(
            change.contains("\"reload\":false")
                && change.contains("\"basics/first-commit/index.html\""),
            "after save {save}, open pages were told {change} instead of the saved page:\n{}",
            server.log()
        );
        let page = server.get(PAGE);
        assert!(
            page.status == 200 && page.body.contains(&marker) && !shows_build_errors(&page),
            "save {save}: {} {}",
            page.status,
            page.body
        );
    }
    assert!(
        !server.log().contains("the course has errors"),
        "{}",
        server.log()
    );

    // A save that is broken once complete still shows its errors.
    let broken = original.replacen("title:", "title: [unclosed", 1);
    live_server::save_caught_half_written(&module, &broken, server.child.id());
    let page = server.wait_for(PAGE, "the errors", shows_build_errors);
    assert!(
        page.body.contains("modules/basics/first-commit.md:"),
        "{}",
        page.body
    );
}

/// DNS rebinding: a page of another site can point its own domain at 127.0.0.1 and then read
/// whatever answers there as its own. Only requests addressed to the server's address are
/// answered, the live-reload stream included.
#[test]
fn requests_for_other_host_names_are_refused() {
    let (_dir, course) = common::course_copy(&common::fixture("small"));
    let server = LiveServer::start(&course, &[]);
    let port = server.port;
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
        format!("[::1]:{port}"),
    ] {
        let response = request_for_host(port, "/", Some(&host));
        assert_eq!(response.status, 200, "{host}");
    }
    LiveEvents::connect(port);
    let refused = [
        Some(format!("evil.example:{port}")),
        Some("evil.example".to_string()),
        Some(format!("127.0.0.1.nip.io:{port}")),
        Some(format!("localhost.evil.example:{port}")),
        Some(format!("127.0.0.1:{}", port ^ 1)),
        Some(format!("localhost:{}", port ^ 1)),
        Some("127.0.0.1".to_string()),
        Some(format!("user@127.0.0.1:{port}")),
        None,
    ];
    for host in &refused {
        for path in [
            "/",
            "/style.css",
            "/no-such-page/",
            "/__syllabus/live-reload.js",
            "/__syllabus/events",
        ] {
            let response = request_for_host(port, path, host.as_deref());
            assert_eq!(response.status, 421, "{host:?} {path}");
            assert!(
                response.body.contains("DNS rebinding") && !response.body.contains('<'),
                "{host:?} {path}: {}",
                response.body
            );
        }
    }
    // A request line naming another site is refused whatever its `Host` says.
    let absolute = request_for_host(
        port,
        &format!("http://evil.example:{port}/"),
        Some(&format!("127.0.0.1:{port}")),
    );
    assert_eq!(absolute.status, 421);
    let log = server.log();
    assert_eq!(
        log.matches("warning: refused a request").count(),
        1,
        "the terminal says it once:\n{log}"
    );
    drop(server);

    // Listening on every interface, the computer's addresses are not known in advance: any IP
    // address with the right port is fine, names other than localhost are still refused.
    let open = LiveServer::start(&course, &["--interface", "0.0.0.0"]);
    let port = open.port;
    for host in [
        format!("192.0.2.7:{port}"),
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
    ] {
        assert_eq!(
            request_for_host(port, "/", Some(&host)).status,
            200,
            "{host}"
        );
    }
    for host in [
        format!("my-laptop.local:{port}"),
        format!("192.0.2.7:{}", port ^ 1),
    ] {
        assert_eq!(
            request_for_host(port, "/", Some(&host)).status,
            421,
            "{host}"
        );
    }
}

#[test]
fn drafts_are_served_only_when_asked() {
    let (_dir, course) = common::course_copy(&common::fixture("small"));
    let without = LiveServer::start(&course, &[]);
    assert_eq!(without.get("/next/unfinished/").status, 404);
    drop(without);
    let with = LiveServer::start(&course, &["--drafts"]);
    assert_eq!(with.get("/next/unfinished/").status, 200);
}

/// A preview must never be served from a service worker's cache: `serve` registers none, and
/// answers for `sw.js` with the worker that unregisters itself, so that a browser that kept a
/// built copy of the course on the same address lets it go.
#[test]
fn the_preview_registers_no_service_worker_and_retires_an_old_one() {
    let (_dir, course) = common::course_copy(&common::fixture("small"));
    let server = LiveServer::start(&course, &[]);
    let home = server.get("/");
    assert!(!home.body.contains("offline.js") && !home.body.contains("rel=\"manifest\""));
    assert_eq!(server.get("/offline.js").status, 404);
    assert_eq!(server.get("/offline.json").status, 404);
    let worker = server.get("/sw.js");
    assert_eq!(worker.status, 200);
    assert!(
        worker.body.contains("self.registration.unregister()"),
        "{}",
        worker.body
    );
}

#[test]
fn serve_listens_on_loopback_unless_told_and_says_so() {
    let (_dir, course) = common::course_copy(&common::fixture("small"));
    let local = LiveServer::start(&course, &[]);
    assert!(
        !local.log().contains("warning: listening"),
        "{}",
        local.log()
    );
    drop(local);
    let open = LiveServer::start(&course, &["--interface", "0.0.0.0"]);
    assert!(
        open.log()
            .contains("warning: listening on every network interface"),
        "{}",
        open.log()
    );
}

#[test]
fn a_busy_port_is_a_clear_usage_error() {
    let (_dir, course) = common::course_copy(&common::fixture("small"));
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let output = common::syllabus(&["serve", common::path_str(&course), "--port", &port]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = common::stderr(&output);
    assert!(stderr.contains("cannot listen on 127.0.0.1:"), "{stderr}");
    assert!(stderr.contains("--port 0"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let (_dir, course) = common::course_copy(&common::fixture("small"));
    let mut server = LiveServer::start(&course, &[]);
    // An open live-reload stream must not hold the server up.
    let _events = LiveEvents::connect(server.port);
    let pid = server.child.id().to_string();
    let status = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap();
    assert!(status.success());
    let (status, log) = server.wait_for_exit();
    assert_eq!(status.code(), Some(0), "{log}");
    assert!(log.contains("Stopped."), "{log}");
}

/// Evaluates `js` in the page until it is `true`.
fn wait_in_page(tab: &headless_chrome::Tab, js: &str, what: &str) {
    wait::until(what, || {
        let value = tab.evaluate(js, false).ok().and_then(|r| r.value);
        match value {
            Some(serde_json::Value::Bool(true)) => Ok(()),
            other => Err(format!("`{js}` gave {other:?}")),
        }
    });
}

#[test]
fn open_pages_reload_on_save_and_stylesheets_change_in_place() {
    let Some(browser) = harness::browser(1000, 800) else {
        return;
    };
    let (_dir, course) = common::course_copy(&common::example_course());
    let server = LiveServer::start(&course, &[]);
    let tab = harness::new_tab(&browser, 1000, 800);
    let errors = harness::record_errors(&tab, &server.url);
    let page = format!("{}{}", server.url, PAGE.trim_start_matches('/'));
    harness::open(&tab, &page);
    let connected = "document.documentElement.dataset.liveReload === 'connected'";
    wait_in_page(&tab, connected, "the live-reload connection");

    // Saving the module reloads the page with the new text.
    harness::eval(&tab, "window.sameDocument = true");
    let module = course.join(MODULE);
    let original = fs::read_to_string(&module).unwrap();
    save_like_an_editor(&module, &format!("{original}\nFreshly saved words.\n"));
    wait_in_page(
        &tab,
        "!window.sameDocument && document.body.textContent.includes('Freshly saved words.')",
        "the page to reload with the edit",
    );
    wait_in_page(
        &tab,
        connected,
        "the live-reload connection after reloading",
    );

    // Another module's edit leaves this page alone: the page, told of it, does not start to
    // navigate (the Navigation API's `navigate` fires as `location.reload()` is called).
    harness::eval(
        &tab,
        "window.sameDocument = true; window.navigations = 0; \
         navigation.addEventListener('navigate', () => { window.navigations += 1; })",
    );
    let other = course.join("modules/basics/history.md");
    let text = fs::read_to_string(&other).unwrap();
    fs::write(&other, format!("{text}\nUnrelated words.\n")).unwrap();
    server.wait_for("/basics/history/", "the other edit", |r| {
        r.body.contains("Unrelated words.")
    });

    // A stylesheet change is swapped in without reloading. Its event comes after the other
    // edit's, on the same stream: once it is handled, so is the other one.
    let theme_css = syllabus::theme::DEFAULT_STATIC
        .iter()
        .find(|(name, _)| *name == "style.css")
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .unwrap();
    fs::write(
        course.join("static/style.css"),
        format!("{theme_css}\nbody {{ outline: 3px solid rgb(1, 2, 3); }}\n"),
    )
    .unwrap();
    wait_in_page(
        &tab,
        "getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'",
        "the new stylesheet",
    );
    assert_eq!(
        harness::eval(
            &tab,
            "window.sameDocument === true && window.navigations === 0"
        ),
        true
    );
    assert!(
        errors.lock().unwrap().is_empty(),
        "{:?}",
        errors.lock().unwrap()
    );

    // A mistake puts the errors over the page of the last good build, in focus, as an alert
    // dialog that passes axe-core in light and dark and closes by keyboard.
    save_like_an_editor(&module, &original.replacen("title:", "title: [unclosed", 1));
    let overlay = "document.getElementById('syllabus-build-errors')";
    wait_in_page(
        &tab,
        &format!("{overlay}?.open === true"),
        "the errors over the page",
    );
    assert_eq!(
        harness::eval(
            &tab,
            &format!(
                "{overlay}.getAttribute('role') + ' | ' + {overlay}.querySelector('h2').textContent + ' | ' \
                 + {overlay}.querySelector('pre').textContent.includes('modules/basics/first-commit.md:') + ' | ' \
                 + document.querySelector('main h1')?.textContent.trim() + ' | ' + document.activeElement.textContent"
            )
        ),
        "alertdialog | The course has errors | true | Your first commit | Hide the errors"
    );
    if let Some(axe) = harness::axe_source() {
        for scheme in ["light", "dark"] {
            harness::prefer_color_scheme(&tab, scheme);
            let violations = harness::axe_violations(&tab, &axe);
            assert!(violations.is_empty(), "{scheme}: {violations:#?}");
        }
    }
    tab.press_key("Enter").unwrap();
    wait_in_page(
        &tab,
        &format!("!{overlay}.open"),
        "the button to hide the errors",
    );
    harness::eval(&tab, &format!("{overlay}.show()"));
    tab.press_key("Escape").unwrap();
    wait_in_page(
        &tab,
        &format!("!{overlay}.open"),
        "Escape to hide the errors",
    );

    // Fixed: the page comes back by itself, without the errors.
    save_like_an_editor(&module, &original);
    wait_in_page(
        &tab,
        "document.querySelector('#syllabus-build-errors') === null && document.body.textContent.includes('Check your understanding')",
        "the page after the fix",
    );
}

/// `serve --interface 0.0.0.0` says which addresses to type on a phone of the same network,
/// and the course answers at each of them.
#[test]
fn listening_on_every_interface_prints_the_addresses_to_open_on_a_phone() {
    use std::io::{Read, Write};
    let expected: Vec<std::net::IpAddr> = if_addrs::get_if_addrs()
        .unwrap()
        .into_iter()
        .map(|interface| interface.ip())
        .filter(|ip| ip.is_ipv4() && !ip.is_loopback())
        .collect();
    assert!(
        !expected.is_empty(),
        "this test needs a network interface besides loopback"
    );
    let (_guard, course) = common::course_copy(&common::fixture("small"));
    let server = LiveServer::start(&course, &["--interface", "0.0.0.0"]);
    let line = |ip: &std::net::IpAddr| {
        format!(
            "On a phone or another computer of your network, open http://{ip}:{}/",
            server.port
        )
    };
    server.wait_for_log("an address for each network interface", |log| {
        expected.iter().all(|ip| log.contains(&line(ip)))
    });
    for ip in expected {
        let address = format!("{ip}:{}", server.port);
        let mut stream = std::net::TcpStream::connect(&address).unwrap();
        write!(
            stream,
            "GET / HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{address}: {answer}");
        assert!(answer.contains("Small course"), "{address}");
    }
}

/// The author of a Finnish course reads serve's error page and overlay in Finnish; the
/// diagnostics themselves stay as Syllabus writes them.
#[test]
fn the_errors_are_shown_in_the_course_language() {
    let (_dir, course) = common::course_copy(&common::fixture("finnish"));
    let settings = course.join("course.yaml");
    let good = fs::read_to_string(&settings).unwrap();
    fs::write(&settings, format!("{good}\nlevles: [a, b]\n")).unwrap();
    let server = LiveServer::start(&course, &[]);
    let page = server.get("/");
    assert_eq!(page.status, 500);
    assert!(
        page.body.contains("<html lang=\"fi\" dir=\"ltr\">"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<h1>Kurssissa on virheitä</h1>"));
    assert!(
        page.body
            .contains("Kurssin koostaminen ei ole vielä kertaakaan onnistunut")
    );
    assert!(page.body.contains("levles"));
    save_like_an_editor(&settings, &good);
    server.wait_for("/", "the fixed course", |r| {
        r.status == 200 && !shows_build_errors(r)
    });
    let module = course.join("modules/perusteet/historia.md");
    let text = fs::read_to_string(&module).unwrap();
    save_like_an_editor(
        &module,
        &text.replace("title: Historia", "title: Historia\ndifficulty: vaikea"),
    );
    let page = server.wait_for(
        "/perusteet/historia/",
        "the errors over the page",
        shows_build_errors,
    );
    assert!(
        page.body
            .contains("<h2 id=\"syllabus-build-errors-title\">Kurssissa on virheitä</h2>")
            && page
                .body
                .contains("<button autofocus>Piilota virheet</button>")
            && page.body.contains("aria-label=\"Virheet\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("vaikea"));
}

/// A translated course is served with its languages, and a save in a translation shows there.
#[test]
fn a_translated_course_is_served_in_each_language() {
    let (_dir, course) = common::course_copy(&common::fixture("bilingual"));
    let server = LiveServer::start(&course, &[]);
    let finnish = server.get("/fi/basics/first-commit/");
    assert_eq!(finnish.status, 200);
    assert!(
        finnish.body.contains("<h1>Ensimmäinen kommitti</h1>"),
        "{}",
        finnish.body
    );
    assert_eq!(server.get("/basics/first-commit/").status, 200);
    let translation = course.join("modules/basics/first-commit.fi.md");
    let text = fs::read_to_string(&translation).unwrap();
    save_like_an_editor(
        &translation,
        &text.replace("Ensimmäinen kommitti", "Eka kommitti"),
    );
    server.wait_for("/fi/basics/first-commit/", "the saved translation", |r| {
        r.body.contains("<h1>Eka kommitti</h1>")
    });
    let settings = course.join("course.fi.yaml");
    let yaml = fs::read_to_string(&settings).unwrap();
    save_like_an_editor(&settings, &yaml.replace("Gitin perusteet", "Gitin alkeet"));
    server.wait_for("/fi/", "the saved course.fi.yaml", |r| {
        r.body.contains("<h1>Gitin alkeet</h1>")
    });
}
