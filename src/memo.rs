//! Results of an earlier build, reused when their inputs have not changed. `serve` keeps a
//! [`BuildCache`] from one rebuild to the next, so saving one module re-renders that module's
//! Markdown, its search documents and the pages whose template context changed, and nothing
//! else. `build` runs the same code with an empty cache, so the two cannot drift apart.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::highlight::HighlightCache;
use crate::markdown;
use crate::search;

/// Values by name, each remembered with a fingerprint of the inputs that made it.
pub struct Memo<V> {
    entries: HashMap<String, (u64, Arc<V>)>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo {
            entries: HashMap::new(),
        }
    }
}

impl<V> Memo<V> {
    /// The value remembered under `name`, if it was made from inputs with this fingerprint.
    pub fn get(&self, name: &str, fingerprint: u64) -> Option<Arc<V>> {
        self.entries
            .get(name)
            .filter(|(known, _)| *known == fingerprint)
            .map(|(_, value)| Arc::clone(value))
    }

    /// Replaces every entry with those of the latest build, so that removed modules are
    /// forgotten.
    pub fn keep(&mut self, entries: impl IntoIterator<Item = (String, u64, Arc<V>)>) {
        self.entries = entries
            .into_iter()
            .map(|(name, fingerprint, value)| (name, (fingerprint, value)))
            .collect();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A rendered page and the template context it was rendered from.
pub struct RenderedPage {
    pub context: tera::Context,
    pub html: Arc<[u8]>,
}

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

/// A fast, stable fingerprint of anything hashable (xxh3, not `DefaultHasher`, whose output may
/// change between Rust releases; these fingerprints never leave the process, but cheap is good).
pub fn fingerprint(value: &impl Hash) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3Default::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_reused_only_for_the_same_fingerprint() {
        let mut memo: Memo<String> = Memo::default();
        memo.keep([("a".to_string(), 1, Arc::new("one".to_string()))]);
        assert_eq!(memo.get("a", 1).as_deref().map(String::as_str), Some("one"));
        assert!(memo.get("a", 2).is_none());
        assert!(memo.get("b", 1).is_none());
        memo.keep([("b".to_string(), 1, Arc::new("two".to_string()))]);
        assert!(memo.get("a", 1).is_none(), "entries not kept are forgotten");
        assert_eq!(memo.len(), 1);
    }

    #[test]
    fn fingerprints_differ_with_their_input() {
        assert_eq!(fingerprint(&("x", 1)), fingerprint(&("x", 1)));
        assert_ne!(fingerprint(&("x", 1)), fingerprint(&("x", 2)));
    }
}
