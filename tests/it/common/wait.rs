//! Waiting for something to happen, never for a time: a wait checks its condition again and
//! again until it holds, and gives up only after a deadline far beyond what it needs, which
//! bounds a test that hangs and never decides whether one passes.

use std::time::{Duration, Instant};

/// How long a test waits for anything before it fails: generous for a debug build on a busy
/// 2-core machine that runs other tests at the same time.
pub(crate) const PATIENCE: Duration = Duration::from_secs(60);

/// The pause between two checks of a condition (the pace of polling, not a wait).
const PACE: Duration = Duration::from_millis(10);

/// Checks `condition` until it gives `Ok`, and returns what it gave; fails after
/// [`PATIENCE`] with the last `Err`, which says what was seen instead.
pub(crate) fn until<T>(what: &str, mut condition: impl FnMut() -> Result<T, String>) -> T {
    let mut seen = String::new();
    let found = within(PATIENCE, || condition().map_err(|last| seen = last).ok());
    found.unwrap_or_else(|| panic!("waited {PATIENCE:?} for {what}; last seen: {seen}"))
}

/// Checks `condition` until it gives `Some`, and returns that; `None` once `patience` is over.
pub(crate) fn within<T>(patience: Duration, mut condition: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + patience;
    loop {
        if let Some(found) = condition() {
            return Some(found);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(PACE);
    }
}
