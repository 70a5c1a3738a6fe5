//! Syllabus turns a folder of short Markdown modules into a static course site.
//!
//! The build is one pipeline, one folder per stage (see `ARCHITECTURE.md`):
//! [`read`] walks the course folder and reads its YAML, [`course`] validates it into a
//! [`course::Course`], [`learning`] resolves its learning paths and draws the map, [`render`]
//! turns Markdown and quizzes into HTML, [`site`] runs the stages and plans and checks every
//! output path, [`pages`] fills the theme's templates, [`search`] makes the index, and
//! [`output`] writes the result safely. Problems are collected as
//! [`diagnostics::Diagnostic`]s along the way and reported together.

pub mod cli;
pub mod course;
pub mod diagnostics;
pub mod init;
pub mod learning;
pub mod output;
pub mod pages;
pub mod read;
pub mod render;
pub mod search;
pub mod serve;
pub mod site;
pub mod util;
