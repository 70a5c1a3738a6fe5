//! Values remembered from an earlier build with a fingerprint of their inputs: `serve` keeps
//! them from one rebuild to the next, and a value whose inputs are unchanged is reused.

use std::collections::HashMap;
use std::sync::Arc;

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
}
