//! Syllabus turns a folder of short Markdown modules into a static course site.
//!
//! The build is one pipeline, one module per stage (see `ARCHITECTURE.md`):
//! [`source`] reads the course folder, [`course`] validates it into a [`course::Course`],
//! [`markdown`] renders module bodies, [`site`] plans and checks the output, [`pages`] renders
//! the templates of [`theme`], and [`output`] writes the result safely. Problems are collected
//! as [`diagnostics::Diagnostic`]s along the way and reported together.

pub mod cli;
pub mod config;
pub mod course;
pub mod course_dir;
pub mod diagnostics;
pub mod frontmatter;
pub mod graph;
pub mod highlight;
pub mod init;
pub mod map;
pub mod markdown;
pub mod memo;
pub mod output;
pub mod pages;
pub mod paths;
pub mod quiz;
pub mod search;
pub mod serve;
pub mod site;
pub mod slug;
pub mod source;
pub mod theme;
pub mod timings;
pub mod yaml;
