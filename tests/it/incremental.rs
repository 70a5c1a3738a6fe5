//! Rebuilding with a build cache (what `serve` does on every save) must give exactly the site a
//! fresh build gives, while re-rendering only what a change touched.

use crate::common;
use std::fs;
use std::path::Path;

use syllabus::BuildCache;
use syllabus::{BuildOptions, build, build_with};
use syllabus::{Content, SiteFiles};

fn options(course: &Path) -> BuildOptions {
    BuildOptions {
        course_dir: course.to_path_buf(),
        base_url: None,
        include_drafts: false,
        cache_dir: None,
        instructor: false,
        preview: false,
    }
}

fn bytes(content: &Content) -> Vec<u8> {
    match content {
        Content::Bytes(bytes) => bytes.clone(),
        Content::Shared(bytes) => bytes.to_vec(),
        Content::Embedded(bytes) => bytes.to_vec(),
        Content::Copy(path) => path.read().unwrap(),
    }
}

/// Fails with the first differing path, rather than two huge maps.
fn assert_same_site(incremental: &SiteFiles, fresh: &SiteFiles) {
    let paths: Vec<_> = incremental.keys().collect();
    assert_eq!(paths, fresh.keys().collect::<Vec<_>>());
    for (path, content) in incremental {
        assert!(
            bytes(content) == bytes(&fresh[path]),
            "`{path}` differs from a fresh build"
        );
    }
}

fn rebuild(course: &Path, cache: &mut BuildCache) -> SiteFiles {
    let result = build_with(&options(course), cache);
    let site = result.site.expect("the course builds");
    assert_same_site(&site, &build(&options(course)).site.expect("fresh build"));
    site
}

#[test]
fn rebuilds_match_fresh_builds_and_redo_only_what_changed() {
    let (_dir, course) = common::course_copy(&common::example_course());
    let mut cache = BuildCache::for_rebuilds();
    let first = rebuild(&course, &mut cache);
    let pages = cache.reused.pages_rendered;
    assert_eq!(cache.reused.pages_reused, 0);
    assert_eq!(cache.reused.markdown_reused, 0);

    // Nothing changed: nothing is rendered again.
    rebuild(&course, &mut cache);
    assert_eq!(cache.reused.markdown_rendered, 0);
    assert_eq!(cache.reused.pages_rendered, 0);
    assert_eq!(cache.reused.pages_reused, pages);

    // A sentence added to one module's body: that module's Markdown and its own page only.
    let module = course.join("modules/basics/first-commit.md");
    let text = fs::read_to_string(&module).unwrap();
    fs::write(&module, format!("{text}\nOne more sentence to read.\n")).unwrap();
    let second = rebuild(&course, &mut cache);
    assert_eq!(cache.reused.markdown_rendered, 1);
    assert_eq!(cache.reused.pages_rendered, 1);
    let changed: Vec<_> = second
        .iter()
        .filter(|(path, content)| path.ends_with(".html") && bytes(content) != bytes(&first[*path]))
        .map(|(path, _)| path.as_str())
        .collect();
    assert_eq!(changed, ["basics/first-commit/index.html"]);

    // Its title: every page that lists it is rendered again, and still matches a fresh build.
    let text = fs::read_to_string(&module).unwrap();
    let retitled = text.replacen("title: ", "title: Renamed — ", 1);
    assert_ne!(retitled, text);
    fs::write(&module, retitled).unwrap();
    rebuild(&course, &mut cache);
    assert!(cache.reused.pages_rendered > 1);
    assert!(cache.reused.pages_reused > 0);
    assert_eq!(cache.reused.markdown_rendered, 1);

    // A template override: every page is rendered again.
    fs::create_dir_all(course.join("templates")).unwrap();
    let base = syllabus::theme::DEFAULT_TEMPLATES
        .iter()
        .find(|(name, _)| *name == "base.html")
        .map(|(_, text)| *text)
        .unwrap();
    fs::write(
        course.join("templates/base.html"),
        base.replace("</body>", "<p>Course footer</p></body>"),
    )
    .unwrap();
    let third = rebuild(&course, &mut cache);
    assert_eq!(cache.reused.pages_reused, 0);
    let home = String::from_utf8(bytes(&third["index.html"])).unwrap();
    assert!(home.contains("Course footer"));

    // A module removed: its page is gone, and links to it are reported as in a fresh build.
    fs::remove_file(course.join("modules/advanced/bisect.md")).unwrap();
    let after_removal = build_with(&options(&course), &mut cache);
    let fresh = build(&options(&course));
    assert_eq!(
        after_removal.diagnostics.render(false),
        fresh.diagnostics.render(false)
    );
    if let (Some(site), Some(fresh)) = (&after_removal.site, &fresh.site) {
        assert!(!site.contains_key("advanced/bisect/index.html"));
        assert_same_site(site, fresh);
    }
}

#[test]
fn a_failed_rebuild_reports_like_a_fresh_build_and_the_next_one_recovers() {
    let (_dir, course) = common::course_copy(&common::example_course());
    let mut cache = BuildCache::for_rebuilds();
    rebuild(&course, &mut cache);
    let module = course.join("modules/basics/history.md");
    let text = fs::read_to_string(&module).unwrap();
    fs::write(&module, text.replacen("title:", "title: [unclosed", 1)).unwrap();
    let broken = build_with(&options(&course), &mut cache);
    assert!(broken.site.is_none());
    assert_eq!(
        broken.diagnostics.render(false),
        build(&options(&course)).diagnostics.render(false)
    );
    fs::write(&module, text).unwrap();
    rebuild(&course, &mut cache);
}
