//! Installing a course: the web app manifest that lets a learner put the course on a phone's
//! home screen (where the browser keeps its storage, so progress is not deleted after days
//! without a visit), right under a sub-path, as Chromium reads it.

use std::fs;

use headless_chrome::protocol::cdp::Page;

use crate::common::browser::*;
use crate::common::*;

#[test]
fn the_manifest_opens_the_course_at_its_root_under_any_sub_path() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let site = built_site(&example_course(), "/install/");
    let tab = new_tab(&browser, 375, 800);
    open(&tab, &format!("{}basics/first-commit/", site.base));
    let manifest = tab
        .call_method(Page::GetAppManifest { manifest_id: None })
        .unwrap();
    assert_eq!(manifest.url, format!("{}manifest.webmanifest", site.base));
    assert!(manifest.errors.is_empty(), "{:?}", manifest.errors);
    // As Chromium parsed it: addresses resolved against the manifest's, colours, name.
    let parsed = serde_json::to_value(&manifest.manifest).unwrap();
    assert_eq!(parsed["startUrl"], site.base.as_str(), "{parsed:#}");
    assert_eq!(parsed["scope"], site.base.as_str());
    assert_eq!(parsed["display"], "kStandalone");
    assert_eq!(parsed["name"], "Git, from first commit to pull requests");
    assert_eq!(parsed["id"], site.base.as_str());
    let written: serde_json::Value =
        serde_json::from_str(manifest.data.as_deref().unwrap_or("")).unwrap();
    assert_eq!(written["short_name"], "Git");
    assert_eq!(
        parsed["icons"][0]["url"],
        format!("{}favicon.svg", site.base).as_str()
    );
    // The browser's bar takes the theme's colour, light or dark.
    prefer_color_scheme(&tab, "dark");
    expect_js(
        &tab,
        "[...document.querySelectorAll('meta[name=theme-color]')].find(m => matchMedia(m.media).matches).content",
        "#111418".into(),
    );
}

#[test]
fn offline_false_leaves_the_manifest_out() {
    let (_dir, course) = course_copy(&fixture("small"));
    let settings = course.join("course.yaml");
    let yaml = fs::read_to_string(&settings).unwrap();
    fs::write(&settings, format!("{yaml}\noffline: false\n")).unwrap();
    let out = course.join("public");
    let result = syllabus(&["build", path_str(&course), "-o", path_str(&out)]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(!out.join("manifest.webmanifest").exists());
    let home = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(!home.contains("rel=\"manifest\"") && !home.contains("theme-color"));
}

/// A browser that does not promise to keep the site's data (a fresh Chromium profile does not)
/// gets an honest note on My learning, in the course's words.
#[test]
fn my_learning_says_when_the_browser_may_delete_progress() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let site = site();
    let tab = new_tab(&browser, 375, 800);
    open(&tab, &format!("{}learning/", site.base));
    expect_js(
        &tab,
        "document.querySelector('.storage-note').hidden ? '' : document.querySelector('.storage-note').textContent",
        "This browser may delete your progress if you do not visit for a while. Install the course on your home screen, or export your progress, to keep it.".into(),
    );
}

/// Where the browser offers its install prompt (`beforeinstallprompt`, as Chromium on Android
/// fires it), My learning has a button that opens it; on an iPhone, whose Safari has no prompt,
/// it says how to install from the Share menu.
#[test]
fn my_learning_offers_to_install_the_course() {
    let Some(browser) = browser(375, 800) else {
        return;
    };
    let site = site();
    let tab = new_tab(&browser, 375, 800);
    // Chromium fires its own event too, when it finds the course installable, at a moment of
    // its own: that one is kept from the page, so that the test's is the one the button opens.
    tab.call_method(Page::AddScriptToEvaluateOnNewDocument {
        source: "addEventListener('beforeinstallprompt', (e) => { if (!e.fromTest) e.stopImmediatePropagation(); }, true);".into(),
        world_name: None,
        include_command_line_api: None,
        run_immediately: None,
    })
    .unwrap();
    open(&tab, &format!("{}learning/", site.base));
    expect_js(
        &tab,
        "document.querySelector('.install-course').hidden",
        true.into(),
    );
    eval(
        &tab,
        "window.__prompted = 0; const offer = new Event('beforeinstallprompt', { cancelable: true }); \
         offer.fromTest = true; offer.prompt = () => { window.__prompted += 1; }; window.dispatchEvent(offer);",
    );
    expect_js(
        &tab,
        "document.querySelector('.install-button').textContent",
        "Install this course".into(),
    );
    expect_js(
        &tab,
        "document.querySelector('.install-course').hidden",
        false.into(),
    );
    eval(&tab, "document.querySelector('.install-button').click()");
    expect_js(&tab, "window.__prompted", 1.into());
    expect_js(
        &tab,
        "document.querySelector('.install-course').hidden",
        true.into(),
    );

    let iphone = new_tab(&browser, 375, 800);
    iphone
        .set_user_agent(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
            None,
            None,
        )
        .unwrap();
    iphone
        .call_method(
            headless_chrome::protocol::cdp::Page::AddScriptToEvaluateOnNewDocument {
                source: "Object.defineProperty(navigator, 'standalone', { value: false });".into(),
                world_name: None,
                include_command_line_api: None,
                run_immediately: None,
            },
        )
        .unwrap();
    open(&iphone, &format!("{}learning/", site.base));
    expect_js(
        &iphone,
        "document.querySelector('.install-course').hidden ? '' : document.querySelector('.install-how').textContent",
        "To keep your progress, install the course: tap Share, then “Add to Home Screen”.".into(),
    );
}
