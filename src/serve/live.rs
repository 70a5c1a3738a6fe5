//! The site as `serve` holds it: rebuilt in memory on every change, compared with the previous
//! build, and announced to the open pages as a [`Change`].

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::{Instant, SystemTime};

use serde::Serialize;
use tokio::sync::broadcast;

use crate::diagnostics::stderr_is_colored;
use crate::i18n::Words;
use crate::output::{Content, SiteFiles};
use crate::site::cache::BuildCache;
use crate::site::{self, BuildOptions, build_with, fails};
use crate::util::fingerprint::fingerprint;

/// What the HTTP side serves: the last site that built, and the errors of the latest build if
/// it failed.
#[derive(Default)]
pub(super) struct Snapshot {
    /// Empty until a build has succeeded.
    pub(super) site: Arc<SiteFiles>,
    /// The diagnostics of a failed build, as plain text, with the words around them.
    pub(super) errors: Option<Arc<BuildErrors>>,
    /// Counts the builds that changed what is served; a page that missed some reloads.
    pub(super) generation: u64,
}

/// A failed build's diagnostics and the words of the page that shows them, in the course's
/// language (the author's, who reads them while writing).
pub(super) struct BuildErrors {
    pub(super) text: String,
    pub(super) language: String,
    /// `rtl` or `ltr`.
    pub(super) direction: &'static str,
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) hide: String,
    pub(super) list: String,
    pub(super) none_yet: String,
}

impl BuildErrors {
    fn new(text: String, language: &str) -> BuildErrors {
        let (words, _) = Words::for_course(language, None);
        let word = |id: &str| words.get(id, &[]);
        BuildErrors {
            language: if language.is_empty() {
                "en".into()
            } else {
                language.into()
            },
            direction: if words.is_right_to_left() {
                "rtl"
            } else {
                "ltr"
            },
            title: word("serve-errors-title"),
            summary: word("serve-errors-summary"),
            hide: word("serve-errors-hide"),
            list: word("serve-errors-list"),
            none_yet: word("serve-errors-none-yet"),
            text,
        }
    }
}

/// A build not published yet.
pub(super) struct Build {
    result: site::Build,
    started: Instant,
}

impl Build {
    pub(super) fn succeeded(&self) -> bool {
        self.result.site.is_some() && !fails(&self.result.diagnostics, false)
    }
}

/// Sent to every open page after a build that changed something.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub(super) struct Change {
    pub(super) generation: u64,
    /// Every page should reload: a script, an image or the build's success changed, or too
    /// many pages changed to list.
    pub(super) reload: bool,
    /// Site paths of changed pages (`basics/intro/index.html`); those pages reload.
    pub(super) pages: Vec<String>,
    /// Site paths of changed stylesheets, swapped in place.
    pub(super) css: Vec<String>,
}

/// More changed pages than this are not listed: every page reloads instead.
const LISTED_PAGES: usize = 200;

/// Files that pages fetch only when needed (and sitemaps, which no page reads): their change
/// alone reloads nothing.
fn is_data_file(path: &str) -> bool {
    [".json", ".xml", ".txt"]
        .iter()
        .any(|ext| path.ends_with(ext))
        || path == ".nojekyll"
}

pub(super) struct LiveSite {
    options: BuildOptions,
    cache: BuildCache,
    /// Site path → fingerprint of its content in the last good build.
    fingerprints: BTreeMap<String, u64>,
    snapshot: Arc<RwLock<Arc<Snapshot>>>,
    changes: broadcast::Sender<Change>,
    /// The diagnostics printed last, so that an unchanged list is not printed again.
    last_report: String,
    print_timings: bool,
}

impl LiveSite {
    pub(super) fn new(options: BuildOptions, print_timings: bool) -> LiveSite {
        let (changes, _) = broadcast::channel(64);
        LiveSite {
            options,
            cache: BuildCache::for_rebuilds(),
            fingerprints: BTreeMap::new(),
            snapshot: Arc::new(RwLock::new(Arc::new(Snapshot::default()))),
            changes,
            last_report: String::new(),
            print_timings,
        }
    }

    /// The handle the HTTP side reads from.
    pub(super) fn snapshot(&self) -> Arc<RwLock<Arc<Snapshot>>> {
        Arc::clone(&self.snapshot)
    }

    pub(super) fn changes(&self) -> broadcast::Sender<Change> {
        self.changes.clone()
    }

    /// Builds the course again, in memory; [`Self::publish`] shows the result.
    pub(super) fn build(&mut self) -> Build {
        let started = Instant::now();
        let result = build_with(&self.options, &mut self.cache);
        Build { result, started }
    }

    /// Serves a build's site, or its errors over the last good site, and tells open pages.
    pub(super) fn publish(&mut self, build: Build) {
        let Build { result, started } = build;
        if let Some(problem) = &result.cache_problem {
            eprintln!("warning: {problem}");
        }
        let rendered = result.diagnostics.render(false);
        if rendered != self.last_report {
            result.diagnostics.print();
            self.last_report = rendered.clone();
        }
        if self.print_timings {
            eprint!("Time per stage:\n{}", result.timings.render());
        }
        match result.site {
            Some(site) if !fails(&result.diagnostics, false) => {
                self.publish_site(site, result.module_count, started);
            }
            _ => self.publish_errors(BuildErrors::new(rendered, &result.language)),
        }
    }

    fn publish_site(&mut self, site: SiteFiles, module_count: usize, started: Instant) {
        let previous = current(&self.snapshot);
        let fingerprints = fingerprints(&site);
        let mut change = diff(&self.fingerprints, &fingerprints);
        if previous.errors.is_some() {
            change.reload = true;
        }
        let changed = change.reload || !change.pages.is_empty() || !change.css.is_empty();
        let generation = previous.generation + u64::from(changed);
        self.fingerprints = fingerprints;
        self.replace(Snapshot {
            site: Arc::new(site),
            errors: None,
            generation,
        });
        let reuse = self.cache.reused;
        eprintln!(
            "Built {} in {} ms ({} of {} pages rendered again){}",
            plural(module_count, "module"),
            started.elapsed().as_millis(),
            reuse.pages_rendered,
            reuse.pages_rendered + reuse.pages_reused,
            if changed { "" } else { "; nothing to reload" }
        );
        if changed {
            change.generation = generation;
            // No open page is not an error.
            let _ = self.changes.send(change);
        }
    }

    fn publish_errors(&mut self, errors: BuildErrors) {
        let previous = current(&self.snapshot);
        let generation = previous.generation + 1;
        self.replace(Snapshot {
            site: Arc::clone(&previous.site),
            errors: Some(Arc::new(errors)),
            generation,
        });
        eprintln!(
            "{}the course has errors: the browser shows them until they are fixed; the server goes on",
            if stderr_is_colored() {
                "\x1b[1;31merror\x1b[0m: "
            } else {
                "error: "
            }
        );
        let _ = self.changes.send(Change {
            generation,
            reload: true,
            pages: Vec::new(),
            css: Vec::new(),
        });
    }

    fn replace(&self, snapshot: Snapshot) {
        let mut slot = self
            .snapshot
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *slot = Arc::new(snapshot);
    }
}

/// The snapshot being served now.
pub(super) fn current(snapshot: &RwLock<Arc<Snapshot>>) -> Arc<Snapshot> {
    Arc::clone(
        &snapshot
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner()),
    )
}

fn plural(count: usize, noun: &str) -> String {
    format!("{count} {noun}{}", if count == 1 { "" } else { "s" })
}

/// A fingerprint of every file's content. Copied files are known by their size and time of
/// change rather than read.
fn fingerprints(site: &SiteFiles) -> BTreeMap<String, u64> {
    use rayon::prelude::*;
    site.par_iter()
        .map(|(path, content)| {
            let print = match content {
                Content::Bytes(bytes) => xxhash_rust::xxh3::xxh3_64(bytes),
                Content::Shared(bytes) => xxhash_rust::xxh3::xxh3_64(bytes),
                Content::Embedded(bytes) => xxhash_rust::xxh3::xxh3_64(bytes),
                Content::Copy(source) => {
                    let meta = source.metadata().ok();
                    fingerprint(&(
                        source,
                        meta.as_ref().map(|m| m.len()),
                        meta.and_then(|m| m.modified().ok())
                            .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok()),
                    ))
                }
            };
            (path.clone(), print)
        })
        .collect()
}

/// What changed between two builds, as the pages need to know it.
fn diff(before: &BTreeMap<String, u64>, after: &BTreeMap<String, u64>) -> Change {
    let mut change = Change {
        generation: 0,
        reload: false,
        pages: Vec::new(),
        css: Vec::new(),
    };
    let removed = before.keys().filter(|path| !after.contains_key(*path));
    let changed = after
        .iter()
        .filter(|(path, print)| before.get(*path) != Some(print))
        .map(|(path, _)| path);
    for path in changed.chain(removed) {
        if path.ends_with(".html") {
            change.pages.push(path.clone());
        } else if path.ends_with(".css") {
            change.css.push(path.clone());
        } else if !is_data_file(path) {
            change.reload = true;
        }
    }
    if change.pages.len() > LISTED_PAGES {
        change.pages.clear();
        change.reload = true;
    }
    change.pages.sort();
    change
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prints(entries: &[(&str, u64)]) -> BTreeMap<String, u64> {
        entries.iter().map(|(p, f)| (p.to_string(), *f)).collect()
    }

    #[test]
    fn a_stylesheet_alone_is_swapped_without_reloading() {
        let before = prints(&[("index.html", 1), ("style.css", 1)]);
        let after = prints(&[("index.html", 1), ("style.css", 2)]);
        let change = diff(&before, &after);
        assert!(!change.reload);
        assert!(change.pages.is_empty());
        assert_eq!(change.css, ["style.css"]);
    }

    #[test]
    fn changed_and_removed_pages_are_listed_and_scripts_reload_everything() {
        let before = prints(&[("a/index.html", 1), ("b/index.html", 1), ("app.js", 1)]);
        let after = prints(&[("a/index.html", 2), ("app.js", 1), ("c/index.html", 1)]);
        let change = diff(&before, &after);
        assert_eq!(
            change.pages,
            ["a/index.html", "b/index.html", "c/index.html"]
        );
        assert!(!change.reload);
        let after = prints(&[("a/index.html", 1), ("b/index.html", 1), ("app.js", 2)]);
        assert!(diff(&before, &after).reload);
    }

    #[test]
    fn the_search_index_changing_reloads_nothing() {
        let before = prints(&[("search-index.json", 1), ("sitemap.xml", 1)]);
        let after = prints(&[("search-index.json", 2), ("sitemap.xml", 2)]);
        let change = diff(&before, &after);
        assert!(!change.reload && change.pages.is_empty() && change.css.is_empty());
    }

    #[test]
    fn too_many_changed_pages_reload_everything() {
        let before = BTreeMap::new();
        let after: BTreeMap<String, u64> = (0..=LISTED_PAGES)
            .map(|i| (format!("m{i}/index.html"), 1))
            .collect();
        let change = diff(&before, &after);
        assert!(change.reload && change.pages.is_empty());
    }
}
