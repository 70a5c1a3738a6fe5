//! Results of an earlier build, reused when their inputs have not changed. `serve` keeps a
//! [`BuildCache`] from one rebuild to the next, so saving one module re-renders that module's
//! Markdown, its search documents and the pages whose template context changed, and nothing
//! else. `build` runs the same code with an empty cache, so the two cannot drift apart.

use crate::pages::RenderedPage;
use crate::render::highlight::HighlightCache;
use crate::render::markdown;
use crate::search;
use crate::util::memo::Memo;

/// What one build can hand to the next.
#[derive(Default)]
pub struct BuildCache {
    pub markdown: Memo<markdown::Rendered>,
    pub search: Memo<Vec<search::Document>>,
    /// Pages by site path. Only filled when `keep_pages` is set: comparing contexts costs
    /// memory that a one-off build has no use for.
    pub pages: Memo<RenderedPage>,
    pub keep_pages: bool,
    /// Highlighted code blocks; opened by the first build (from the cache folder, if any).
    pub highlight: Option<HighlightCache>,
    /// How much the last build could reuse, for `serve`'s report and its tests.
    pub reused: Reuse,
    /// The same for each translation's pages, by language (the highlighted code is shared).
    pub translations: std::collections::BTreeMap<String, BuildCache>,
}

/// Counts of reused and remade values in the last build.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Reuse {
    pub markdown_reused: usize,
    pub markdown_rendered: usize,
    pub pages_reused: usize,
    pub pages_rendered: usize,
}

impl BuildCache {
    /// A cache that also remembers rendered pages, for repeated builds of one course.
    pub fn for_rebuilds() -> BuildCache {
        BuildCache {
            keep_pages: true,
            ..BuildCache::default()
        }
    }
}
