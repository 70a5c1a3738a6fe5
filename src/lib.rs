//! Syllabus turns a folder of short Markdown modules into a static course site.
//!
//! The build is one pipeline, one folder per stage (see `ARCHITECTURE.md`): `read` walks the
//! course folder and reads its YAML, `course` validates it into a `Course`, `learning`
//! resolves its learning paths and draws the map, `render` turns Markdown and quizzes into
//! HTML, `site` runs the stages and plans and checks every output path, `pages` fills the
//! theme's templates, `search` makes the index, and `output` writes the result safely.
//! Problems are collected as [`Diagnostic`]s along the way and reported together.
//!
//! The library's surface is what the `syllabus` binary and embedders need: [`run`] (the
//! command line), [`build`] and [`build_with`] (a site in memory, with its diagnostics), and
//! the types they return. Everything else is private to the crate, so the compiler sees what
//! is unused.
#![warn(unreachable_pub)]

mod cli;
mod course;
pub mod diagnostics;
mod i18n;
mod import;
mod init;
mod learning;
mod output;
mod pages;
mod read;
mod render;
mod search;
mod serve;
mod site;
mod util;

pub use cli::run;
pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use output::{Content, SiteFiles};
pub use pages::offline::ShellSize;
pub use site::cache::BuildCache;
pub use site::{Build, BuildOptions, build, build_with};

/// The default theme's files, as they are embedded in the binary.
pub mod theme {
    pub use crate::pages::theme::{DEFAULT_STATIC, DEFAULT_TEMPLATES};
}

/// Entry points for the benchmarks in `benches/`, which time single stages. Not a stable API.
#[doc(hidden)]
pub mod bench {
    pub use crate::course::TakenLists;
    pub use crate::i18n::Words;
    pub use crate::learning::paths::check_explicit_order;
    pub use crate::read::divs::fences;
    pub use crate::render::glossary::Glossary;
    pub use crate::render::highlight::{HighlightCache, highlight};
    pub use crate::render::markdown::divs::Audience;
    pub use crate::render::markdown::links::LinkTargets;
    pub use crate::render::markdown::{Page, render};
    pub use crate::render::math::MathRenderer;
    pub use crate::render::quiz::QuizWords;
    pub use crate::util::graph::Graph;
}

#[cfg(test)]
mod tests;
