//! The integration tests, in one binary: a module per feature, the shared helpers in `common/`.
//! Run one feature's tests with a filter: `scripts/test --test it quiz::`.

// Test code: a panic is the right way to fail a test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod browser;
mod build;
mod cache;
// What a build without the renderer does with diagrams is a unit test of `render::diagram`.
#[cfg(feature = "diagrams")]
mod diagram;
mod discussion;
mod errors;
mod frontend;
mod hostile;
mod i18n;
mod import;
mod import_mdbook;
mod incremental;
mod install;
mod install_release;
mod lessons;
mod markdown;
mod math;
mod offline;
mod paths;
mod payloads;
mod progress;
mod properties;
mod quiz;
mod safety;
mod search;
mod serve;
mod serve_load;
mod snapshots;
mod template_docs;
mod translations;
mod units;
