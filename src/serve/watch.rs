//! Watching a course for changes: the files a build reads, through notify with a debouncer, so
//! that an editor's save (write to a temporary file, then rename) or a `git checkout` of many
//! files makes one rebuild.
//!
//! A build can still read a file in the middle of its save: an editor that truncates the file
//! and then writes it, or one file of a checkout written and the next not yet. Such a build
//! fails, so after a failed build [`CourseWatcher::settle`] waits until the course is quiet
//! before its errors are believed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RenameMode};
use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, DebouncedEvent, Debouncer, RecommendedCache, new_debouncer,
};

use crate::read::course_dir::{ROOT_FILES, translated_config_language};
use crate::read::source::is_ignored_name;

/// Folders of a course whose content goes into the site.
const CONTENT_DIRS: [&str; 4] = ["modules", "static", "templates", "themes"];

/// How long the debouncer holds each file event before passing it on: long enough to gather
/// the events of an editor's rename or a quick checkout into one batch, short enough not to be
/// felt.
pub(super) const DEBOUNCE: Duration = Duration::from_millis(30);

/// After a failed build, how long the course must be quiet (no change arriving, several
/// debounce periods) before the failure is believed: a save written in two steps or a checkout
/// of many files is over by then.
pub(super) const QUIET: Duration = Duration::from_millis(150);

/// How long a failed build's errors may be held back while files are still being written.
pub(super) const SETTLE_LIMIT: Duration = Duration::from_secs(2);

/// Whether the platform's watcher reports a file being closed after writing (Linux's
/// inotify). Then a file written to and not closed yet is known to be in the middle of a save.
const REPORTS_CLOSE_AFTER_WRITE: bool = cfg!(any(target_os = "linux", target_os = "android"));

pub(super) struct CourseWatcher {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    events: Receiver<DebounceEventResult>,
    root: PathBuf,
    watched: BTreeSet<PathBuf>,
    being_written: FilesBeingWritten,
}

/// Course files written to and not closed since, with the time of the last write: a build may
/// have read them half-written. Kept only where the platform reports closes.
#[derive(Default)]
struct FilesBeingWritten(BTreeMap<PathBuf, Instant>);

impl FilesBeingWritten {
    /// A file is in from a write (or its creation) until it is closed, removed or renamed away.
    fn note(&mut self, root: &Path, event: &DebouncedEvent) {
        let Some(path) = event.paths.first() else {
            return;
        };
        match event.kind {
            EventKind::Modify(ModifyKind::Data(_)) | EventKind::Create(CreateKind::File)
                if is_relevant(root, path) =>
            {
                self.0.insert(path.clone(), event.time);
            }
            EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Remove(_)
            | EventKind::Modify(ModifyKind::Name(RenameMode::From | RenameMode::Both)) => {
                self.0.remove(path);
            }
            _ => {}
        }
    }

    /// Forgets files not written to for [`SETTLE_LIMIT`] and never closed (a hard link, a
    /// `truncate` by name, a lost event), so that they cannot hold every later failure up.
    fn forget_abandoned(&mut self, now: Instant) {
        self.0
            .retain(|_, last_write| now.saturating_duration_since(*last_write) < SETTLE_LIMIT);
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn len(&self) -> usize {
        self.0.len()
    }
}

impl CourseWatcher {
    /// Starts watching the course at `root` (an absolute path).
    pub(super) fn start(root: &Path) -> Result<CourseWatcher, String> {
        let (sender, events) = std::sync::mpsc::channel();
        let mut debouncer = new_debouncer(DEBOUNCE, None, sender)
            .map_err(|e| format!("cannot watch the course for changes: {e}"))?;
        // The course folder itself, not recursively: `course.yaml`, and content folders that
        // appear later. Its other folders (`public/`, `.git/`) are not watched at all.
        debouncer
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(|e| format!("cannot watch `{}` for changes: {e}", root.display()))?;
        let mut watcher = CourseWatcher {
            debouncer,
            events,
            root: root.to_path_buf(),
            watched: BTreeSet::new(),
            being_written: FilesBeingWritten::default(),
        };
        watcher.refresh();
        Ok(watcher)
    }

    /// Blocks until something that can change the site has changed, gathering every batch
    /// already waiting into one. Returns `false` once the watcher has stopped.
    pub(super) fn wait_for_change(&mut self) -> bool {
        loop {
            let Ok(batch) = self.events.recv() else {
                return false;
            };
            let mut changed = self.take(batch);
            while let Ok(batch) = self.events.try_recv() {
                changed |= self.take(batch);
            }
            if changed {
                self.refresh();
                return true;
            }
        }
    }

    /// Called after a failed build, which may have read files in the middle of their save:
    /// waits until no change has arrived for [`QUIET`] and no course file is still open for
    /// writing, or until `deadline`. Returns whether anything changed meanwhile, that is,
    /// whether building again can give another result.
    pub(super) fn settle(&mut self, deadline: Instant) -> bool {
        let started = Instant::now();
        self.being_written.forget_abandoned(started);
        let mut changed = false;
        let mut last_activity = started;
        loop {
            let until = if self.being_written.is_empty() {
                (last_activity + QUIET).min(deadline)
            } else {
                deadline
            };
            let wait = until.saturating_duration_since(Instant::now());
            if wait.is_zero() {
                break;
            }
            match self.events.recv_timeout(wait) {
                Ok(batch) => {
                    let writing_before = self.being_written.len();
                    if self.take(batch) || self.being_written.len() != writing_before {
                        changed = true;
                        last_activity = Instant::now();
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        if changed {
            self.refresh();
        }
        changed
    }

    /// Takes note of one batch; returns whether it can change the site.
    fn take(&mut self, batch: DebounceEventResult) -> bool {
        match batch {
            Ok(events) => {
                let mut changed = false;
                for event in &events {
                    if REPORTS_CLOSE_AFTER_WRITE {
                        self.being_written.note(&self.root, event);
                    }
                    changed |= self.is_relevant(event);
                }
                changed
            }
            Err(errors) => {
                for error in errors {
                    eprintln!("warning: watching the course: {error}");
                }
                false
            }
        }
    }

    /// Watches content folders created since the last call and forgets removed ones.
    fn refresh(&mut self) {
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
    fn is_relevant(&self, event: &DebouncedEvent) -> bool {
        !matches!(event.kind, EventKind::Access(_))
            && event.paths.iter().any(|path| is_relevant(&self.root, path))
    }
}

/// `course.yaml` (and its translations, `course.fi.yaml`), `glossary.yaml` and anything in a content folder, but not hidden files, swap files or
/// backups, which a build ignores too.
pub(super) fn is_relevant(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let mut components = relative.components().map(|c| c.as_os_str());
    let Some(first) = components.next() else {
        return false;
    };
    let translated_config = first
        .to_str()
        .and_then(translated_config_language)
        .is_some();
    if translated_config || ROOT_FILES.iter().any(|file| first == *file) {
        return components.next().is_none();
    }
    CONTENT_DIRS.iter().any(|dir| first == *dir) && !components.any(is_ignored_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_being_written_from_its_first_write_until_it_is_closed() {
        let root = Path::new("/course");
        let event = |kind, path: &str| {
            DebouncedEvent::new(
                notify::Event::new(kind).add_path(PathBuf::from(path)),
                Instant::now(),
            )
        };
        let module = "/course/modules/intro.md";
        let written = EventKind::Modify(ModifyKind::Data(notify::event::DataChange::Any));
        let closed = EventKind::Access(AccessKind::Close(AccessMode::Write));
        let mut files = FilesBeingWritten::default();
        files.note(root, &event(written, module));
        files.note(
            root,
            &event(EventKind::Access(AccessKind::Open(AccessMode::Any)), module),
        );
        assert_eq!(files.len(), 1, "a read does not end a save");
        files.note(root, &event(closed, module));
        assert!(files.is_empty());

        files.note(root, &event(EventKind::Create(CreateKind::File), module));
        files.note(root, &event(written, "/course/modules/.intro.md.swp"));
        files.note(root, &event(written, "/course/public/index.html"));
        assert_eq!(files.len(), 1, "only files a build reads count");
        files.note(
            root,
            &event(
                EventKind::Modify(ModifyKind::Name(RenameMode::From)),
                module,
            ),
        );
        assert!(files.is_empty(), "renamed away");

        files.note(root, &event(written, module));
        files.forget_abandoned(Instant::now() + SETTLE_LIMIT);
        assert!(files.is_empty(), "never closed");
    }

    #[test]
    fn only_what_a_build_reads_is_relevant() {
        let root = Path::new("/course");
        for path in [
            "/course/course.yaml",
            "/course/glossary.yaml",
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
            "/course/glossary.yaml/x",
            "/course",
        ] {
            assert!(!is_relevant(root, Path::new(path)), "{path}");
        }
    }
}
