//! Reading the course folder: which files may be read, their text, and the YAML of
//! `course.yaml` and of front matter, with every position in file coordinates.

pub(crate) mod attributes;
pub(crate) mod config;
pub(crate) mod course_dir;
pub(crate) mod divs;
pub(crate) mod frontmatter;
pub(crate) mod glossary;
pub(crate) mod path_specs;
pub(crate) mod source;
pub(crate) mod yaml;
