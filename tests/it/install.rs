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
