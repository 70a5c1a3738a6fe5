//! Watching a course for changes: the files a build reads, through notify with a debouncer, so
//! that an editor's save (write to a temporary file, then rename) or a `git checkout` of many
//! files makes one rebuild.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer,
};

use crate::source::is_ignored_name;

/// Folders of a course whose content goes into the site.
const CONTENT_DIRS: [&str; 4] = ["modules", "static", "templates", "themes"];
const SETTINGS_FILE: &str = "course.yaml";

/// Quiet time after the last file event before a rebuild starts: long enough to gather an
/// editor's rename or a checkout into one batch, short enough not to be felt.
pub(super) const DEBOUNCE: Duration = Duration::from_millis(30);

pub(super) struct CourseWatcher {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    root: PathBuf,
    watched: BTreeSet<PathBuf>,
}

impl CourseWatcher {
    /// Starts watching the course at `root` (an absolute path); batches of changed paths arrive
    /// on the returned channel.
    pub(super) fn start(
        root: &Path,
    ) -> Result<(CourseWatcher, Receiver<DebounceEventResult>), String> {
        let (sender, receiver) = std::sync::mpsc::channel();
        let mut debouncer = new_debouncer(DEBOUNCE, None, sender)
            .map_err(|e| format!("cannot watch the course for changes: {e}"))?;
        // The course folder itself, not recursively: `course.yaml`, and content folders that
        // appear later. Its other folders (`public/`, `.git/`) are not watched at all.
        debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch `{}` for changes: {e}", root.display()))?;
        let mut watcher = CourseWatcher {
            debouncer,
            root: root.to_path_buf(),
            watched: BTreeSet::new(),
        };
        watcher.refresh();
        Ok((watcher, receiver))
    }

    /// Watches content folders created since the last call and forgets removed ones.
    pub(super) fn refresh(&mut self) {
        for dir in CONTENT_DIRS {
            let path = self.root.join(dir);
            let exists = path.is_dir();
            let known = self.watched.contains(&path);
            if exists && !known {
                match self.debouncer.watch(&path, RecursiveMode::Recursive) {
                    Ok(()) => {
                        self.watched.insert(path);
                    }
                    Err(error) => eprintln!(
                        "warning: cannot watch `{}` for changes: {error}",
                        path.display()
                    ),
                }
            } else if !exists && known {
                let _ = self.debouncer.unwatch(&path);
                self.watched.remove(&path);
            }
        }
    }

    /// Whether an event can change the site: a change (not a read, which the build itself
    /// makes) to a file the build reads.
    pub(super) fn is_relevant(&self, event: &DebouncedEvent) -> bool {
        !matches!(event.kind, EventKind::Access(_))
            && event.paths.iter().any(|path| is_relevant(&self.root, path))
    }
}

/// `course.yaml` and anything in a content folder, but not hidden files, swap files or
/// backups, which a build ignores too.
pub(super) fn is_relevant(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let mut components = relative.components().map(|c| c.as_os_str());
    let Some(first) = components.next() else {
        return false;
    };
    if first == SETTINGS_FILE {
        return components.next().is_none();
    }
    CONTENT_DIRS.iter().any(|dir| first == *dir) && !components.any(is_ignored_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_a_build_reads_is_relevant() {
        let root = Path::new("/course");
        for path in [
            "/course/course.yaml",
            "/course/modules/basics/intro.md",
            "/course/modules/new-unit",
            "/course/static/style.css",
            "/course/templates/module.html",
            "/course/themes/mine/templates/base.html",
            "/course/modules",
        ] {
            assert!(is_relevant(root, Path::new(path)), "{path}");
        }
        for path in [
            "/course/public/index.html",
            "/course/.git/index",
            "/course/README.md",
            "/course/modules/.intro.md.swp",
            "/course/modules/intro.md~",
            "/course/modules/#intro.md#",
            "/course/modules/basics/intro.md.tmp",
            "/course/static/.DS_Store",
            "/elsewhere/course.yaml",
            "/course",
        ] {
            assert!(!is_relevant(root, Path::new(path)), "{path}");
        }
    }
}
