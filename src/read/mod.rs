//! Reading the course folder: which files may be read, their text, and the YAML of
//! `course.yaml` and of front matter, with every position in file coordinates.

pub mod config;
pub mod course_dir;
pub mod frontmatter;
pub mod path_specs;
pub mod source;
pub mod yaml;
