//! `syllabus init`: a new course that builds at once, with a GitHub Pages workflow.

use std::fs;
use std::path::Path;

/// The files of a new course: path in the course → contents.
fn scaffold(title: &str) -> Vec<(&'static str, String)> {
    let title_yaml = title.replace('\\', "\\\\").replace('"', "\\\"");
    vec![
        (
            "course.yaml",
            include_str!("scaffold/course.yaml").replace("{{TITLE}}", &title_yaml),
        ),
        (".gitignore", include_str!("scaffold/gitignore").to_string()),
        (
            ".github/workflows/pages.yml",
            include_str!("scaffold/pages.yml").replace("{{VERSION}}", env!("CARGO_PKG_VERSION")),
        ),
        (
            "modules/getting-started/_unit.yaml",
            include_str!("scaffold/welcome-unit.yaml").to_string(),
        ),
        (
            "modules/getting-started/welcome.md",
            include_str!("scaffold/welcome.md").to_string(),
        ),
        (
            "modules/getting-started/writing-modules.md",
            include_str!("scaffold/writing-modules.md").to_string(),
        ),
        (
            "modules/going-further/_unit.yaml",
            include_str!("scaffold/further-unit.yaml").to_string(),
        ),
        (
            "modules/going-further/publishing.md",
            include_str!("scaffold/publishing.md").to_string(),
        ),
        (
            "static/images/module.svg",
            include_str!("scaffold/module.svg").to_string(),
        ),
    ]
}

/// Creates a course in `dir`, which must not exist or be empty.
pub fn create_course(dir: &Path, title: Option<&str>) -> Result<(), String> {
    if dir.exists() {
        let mut entries =
            fs::read_dir(dir).map_err(|e| format!("cannot use `{}`: {e}", dir.display()))?;
        if entries.next().is_some() {
            return Err(format!(
                "`{}` already exists and is not empty; choose a new folder name",
                dir.display()
            ));
        }
    }
    let title = match title {
        Some(title) if !title.trim().is_empty() => title.trim().to_string(),
        _ => title_from_folder(dir),
    };
    for (path, contents) in scaffold(&title) {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
        }
        fs::write(&path, contents)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
    }
    Ok(())
}

fn title_from_folder(dir: &Path) -> String {
    let name = fs::canonicalize(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let words = name.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "My course".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_folder_names() {
        assert_eq!(
            title_from_folder(Path::new("/tmp/does-not-exist/intro-to_git")),
            "Intro to git"
        );
    }

    #[test]
    fn refuses_non_empty_folders() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        fs::write(dir.path().join("notes.txt"), "mine")?;
        assert!(create_course(dir.path(), None).is_err());
        assert_eq!(fs::read_to_string(dir.path().join("notes.txt"))?, "mine");
        Ok(())
    }
}
