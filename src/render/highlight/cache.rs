//! Highlighted code blocks, remembered within a build (a block that appears twice is
//! highlighted once) and between builds in a file of the user's cache folder, because
//! highlighting is most of a build's time.
//!
//! The file is a cache and nothing more: it is read only if its header, syntax-set version and
//! checksum are all right (anything else is ignored, so a damaged file costs one slow build),
//! and written to a temporary file then renamed, so builds running at once never see half a
//! file. It holds only the blocks a build used, so it does not grow with old code.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use xxhash_rust::xxh3::{xxh3_64, xxh3_128};

/// Changes whenever the layout of the file does.
const MAGIC: &[u8; 8] = b"SYLHL01\n";

/// Environment variable that moves the cache folder (tests and CI use it).
pub(crate) const CACHE_DIR_VAR: &str = "SYLLABUS_CACHE_DIR";

struct Entry {
    html: Arc<str>,
    used: bool,
}

/// Code blocks highlighted by this process or read from the cache file.
pub struct HighlightCache {
    entries: Mutex<HashMap<u128, Entry>>,
    /// Where the cache lives on disk; `None` keeps it in memory only (`--no-cache`).
    file: Option<PathBuf>,
    /// Something was highlighted since the file was last written.
    dirty: AtomicBool,
    /// Entries the file holds as last read or written.
    on_disk: AtomicUsize,
    hits: AtomicUsize,
    misses: AtomicUsize,
    highlight_nanos: AtomicU64,
    /// The same for [`HighlightCache::remember`].
    other_hits: AtomicUsize,
    other_misses: AtomicUsize,
    other_nanos: AtomicU64,
}

/// What the cache did in one build, for `--timings`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CacheStats {
    pub hits: usize,
    pub misses: usize,
    /// Time spent highlighting, summed over threads.
    pub highlight_nanos: u64,
    /// The same for the other work kept by [`HighlightCache::remember`] (diagrams).
    pub other_hits: usize,
    pub other_misses: usize,
    pub other_nanos: u64,
}

impl HighlightCache {
    /// A cache that lives as long as this value.
    pub fn in_memory() -> HighlightCache {
        HighlightCache {
            entries: Mutex::new(HashMap::new()),
            file: None,
            dirty: AtomicBool::new(false),
            on_disk: AtomicUsize::new(0),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
            highlight_nanos: AtomicU64::new(0),
            other_hits: AtomicUsize::new(0),
            other_misses: AtomicUsize::new(0),
            other_nanos: AtomicU64::new(0),
        }
    }

    /// The cache of the course at `course_root` in `cache_dir`, with what the file holds when
    /// it is valid for this build of Syllabus.
    pub fn open(cache_dir: &Path, course_root: &Path) -> HighlightCache {
        let root = fs::canonicalize(course_root).unwrap_or_else(|_| course_root.to_path_buf());
        let name = format!(
            "highlight-{:016x}.bin",
            xxh3_64(root.to_string_lossy().as_bytes())
        );
        let file = cache_dir.join(name);
        let entries = fs::read(&file)
            .ok()
            .and_then(|bytes| decode(&bytes, version()))
            .unwrap_or_default();
        HighlightCache {
            on_disk: AtomicUsize::new(entries.len()),
            entries: Mutex::new(
                entries
                    .into_iter()
                    .map(|(key, html)| (key, Entry { html, used: false }))
                    .collect(),
            ),
            file: Some(file),
            ..HighlightCache::in_memory()
        }
    }

    /// The folder for cache files: `$SYLLABUS_CACHE_DIR`, else the user's cache folder.
    pub fn default_dir() -> Option<PathBuf> {
        match std::env::var_os(CACHE_DIR_VAR) {
            Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
            _ => dirs::cache_dir().map(|dir| dir.join("syllabus")),
        }
    }

    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// The inner HTML of a `<code>` element for `code` in `language`, from the cache when this
    /// block was highlighted before.
    pub fn highlight(&self, code: &str, language: &str) -> Arc<str> {
        let key = key(code, language);
        if let Some(entry) = self.lock().get_mut(&key) {
            entry.used = true;
            self.hits.fetch_add(1, Ordering::Relaxed);
            return Arc::clone(&entry.html);
        }
        let started = Instant::now();
        let html: Arc<str> = super::highlight(code, language).into();
        let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.highlight_nanos.fetch_add(nanos, Ordering::Relaxed);
        self.misses.fetch_add(1, Ordering::Relaxed);
        self.dirty.store(true, Ordering::Relaxed);
        self.lock().insert(
            key,
            Entry {
                html: Arc::clone(&html),
                used: true,
            },
        );
        html
    }

    /// What `make` makes of `input`, from the cache when it was made before: for other work
    /// that is slow, deterministic and keyed by text alone (diagrams, `kind` "diagram"). It is
    /// kept in the same file as highlighted blocks, apart from them, and counted apart in
    /// [`CacheStats`].
    pub(crate) fn remember(
        &self,
        kind: &str,
        input: &str,
        make: impl FnOnce() -> String,
    ) -> Arc<str> {
        // No fence's language holds a NUL (the Markdown parser replaces it), so these keys are
        // never those of a code block.
        let key = key(input, &format!("\0{kind}"));
        if let Some(entry) = self.lock().get_mut(&key) {
            entry.used = true;
            self.other_hits.fetch_add(1, Ordering::Relaxed);
            return Arc::clone(&entry.html);
        }
        let started = Instant::now();
        let made: Arc<str> = make().into();
        let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.other_nanos.fetch_add(nanos, Ordering::Relaxed);
        self.other_misses.fetch_add(1, Ordering::Relaxed);
        self.dirty.store(true, Ordering::Relaxed);
        self.lock().insert(
            key,
            Entry {
                html: Arc::clone(&made),
                used: true,
            },
        );
        made
    }

    /// Counts since the last call (one build's worth).
    pub fn take_stats(&self) -> CacheStats {
        CacheStats {
            hits: self.hits.swap(0, Ordering::Relaxed),
            misses: self.misses.swap(0, Ordering::Relaxed),
            highlight_nanos: self.highlight_nanos.swap(0, Ordering::Relaxed),
            other_hits: self.other_hits.swap(0, Ordering::Relaxed),
            other_misses: self.other_misses.swap(0, Ordering::Relaxed),
            other_nanos: self.other_nanos.swap(0, Ordering::Relaxed),
        }
    }

    /// Writes the blocks used by this process to the cache file, if that changes the file.
    pub fn save(&self) -> io::Result<()> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let bytes = {
            let entries = self.lock();
            let used: Vec<(u128, &str)> = entries
                .iter()
                .filter(|(_, entry)| entry.used)
                .map(|(key, entry)| (*key, &*entry.html))
                .collect();
            if !self.dirty.load(Ordering::Relaxed)
                && used.len() == self.on_disk.load(Ordering::Relaxed)
            {
                return Ok(());
            }
            self.on_disk.store(used.len(), Ordering::Relaxed);
            encode(used, version())
        };
        self.dirty.store(false, Ordering::Relaxed);
        if let Some(dir) = file.parent() {
            fs::create_dir_all(dir)?;
        }
        let temp = file.with_extension(format!("tmp-{}-{:x}", std::process::id(), xxh3_64(&bytes)));
        fs::write(&temp, &bytes)?;
        fs::rename(&temp, file).inspect_err(|_| {
            let _ = fs::remove_file(&temp);
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u128, Entry>> {
        self.entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn key(code: &str, language: &str) -> u128 {
    let mut input = Vec::with_capacity(language.len() + code.len() + 1);
    input.extend_from_slice(language.as_bytes());
    input.push(0);
    input.extend_from_slice(code.as_bytes());
    xxh3_128(&input)
}

/// The version of what is cached: this Syllabus and the grammars and token kinds built into
/// it. The executable's size and time stand for the grammars, which ship inside it, so any
/// other build of Syllabus starts a fresh cache.
fn version() -> u64 {
    static VERSION: OnceLock<u64> = OnceLock::new();
    *VERSION.get_or_init(|| {
        let executable = std::env::current_exe()
            .and_then(fs::metadata)
            .ok()
            .map(|meta| {
                let modified = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_nanos());
                (meta.len(), modified)
            });
        crate::util::fingerprint::fingerprint(&(
            env!("CARGO_PKG_VERSION"),
            super::kinds_fingerprint(),
            executable,
        ))
    })
}

/// `MAGIC`, version, count, then per entry its key, length and HTML, then a checksum of all
/// of that. Sorted by key, so the same blocks give the same file.
fn encode(mut entries: Vec<(u128, &str)>, version: u64) -> Vec<u8> {
    entries.sort_unstable_by_key(|(key, _)| *key);
    let size: usize = entries.iter().map(|(_, html)| 20 + html.len()).sum();
    let mut bytes = Vec::with_capacity(MAGIC.len() + 16 + size + 8);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&version.to_le_bytes());
    bytes.extend_from_slice(&(entries.len() as u64).to_le_bytes());
    for (key, html) in entries {
        bytes.extend_from_slice(&key.to_le_bytes());
        bytes.extend_from_slice(&(html.len() as u32).to_le_bytes());
        bytes.extend_from_slice(html.as_bytes());
    }
    let checksum = xxh3_64(&bytes);
    bytes.extend_from_slice(&checksum.to_le_bytes());
    bytes
}

/// The entries of a cache file, or `None` for a file of another version or a damaged one.
fn decode(bytes: &[u8], version: u64) -> Option<HashMap<u128, Arc<str>>> {
    let (body, checksum) = bytes.split_at_checked(bytes.len().checked_sub(8)?)?;
    if xxh3_64(body).to_le_bytes() != checksum {
        return None;
    }
    let mut reader = Reader(body.strip_prefix(MAGIC.as_slice())?);
    if reader.u64()? != version {
        return None;
    }
    let count = usize::try_from(reader.u64()?).ok()?;
    let mut entries = HashMap::with_capacity(count.min(body.len() / 20));
    for _ in 0..count {
        let key = u128::from_le_bytes(reader.take(16)?.try_into().ok()?);
        let length = u32::from_le_bytes(reader.take(4)?.try_into().ok()?) as usize;
        let html = std::str::from_utf8(reader.take(length)?).ok()?;
        entries.insert(key, Arc::from(html));
    }
    reader.0.is_empty().then_some(entries)
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize) -> Option<&'a [u8]> {
        let (taken, rest) = self.0.split_at_checked(count)?;
        self.0 = rest;
        Some(taken)
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUST: &str = "fn main() {\n    println!(\"hi\");\n}\n";

    #[test]
    fn a_block_is_highlighted_once_and_then_reused() {
        let cache = HighlightCache::in_memory();
        let first = cache.highlight(RUST, "rust");
        let second = cache.highlight(RUST, "rust");
        assert_eq!(first, second);
        assert_eq!(&*first, super::super::highlight(RUST, "rust"));
        let stats = cache.take_stats();
        assert_eq!((stats.hits, stats.misses), (1, 1));
        // The same code in another language is another block.
        cache.highlight(RUST, "text");
        assert_eq!(cache.take_stats().misses, 1);
    }

    #[test]
    fn other_work_is_remembered_apart_from_highlighted_blocks() {
        let cache = HighlightCache::in_memory();
        let mut made = 0;
        for _ in 0..2 {
            let value = cache.remember("diagram", RUST, || {
                made += 1;
                "<svg/>".into()
            });
            assert_eq!(&*value, "<svg/>");
        }
        assert_eq!(made, 1);
        assert_ne!(&*cache.highlight(RUST, "diagram"), "<svg/>");
        let stats = cache.take_stats();
        assert_eq!((stats.misses, stats.hits), (1, 0), "counted apart");
        assert_eq!((stats.other_misses, stats.other_hits), (1, 1));
    }

    #[test]
    fn the_file_round_trips_and_damage_or_another_version_is_ignored() {
        let html = ["<span class=\"hl-k\">fn</span>", "plain", ""];
        let entries: Vec<(u128, &str)> = html
            .iter()
            .enumerate()
            .map(|(i, h)| (i as u128 * 7, *h))
            .collect();
        let bytes = encode(entries.clone(), 42);
        let decoded = decode(&bytes, 42).expect("valid file");
        assert_eq!(decoded.len(), 3);
        assert_eq!(&*decoded[&7], "plain");
        assert!(decode(&bytes, 43).is_none(), "another version");
        for cut in [0, 1, 8, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut], 42).is_none(), "truncated at {cut}");
        }
        for at in [0, 10, 30, bytes.len() - 3] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x20;
            assert!(decode(&damaged, 42).is_none(), "flipped byte at {at}");
        }
        assert_eq!(
            encode(entries.into_iter().rev().collect(), 42),
            bytes,
            "deterministic"
        );
    }

    #[test]
    fn saved_blocks_are_read_by_the_next_build_and_unused_ones_dropped() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let course = dir.path().join("course");
        fs::create_dir(&course).unwrap_or_else(|e| panic!("{e}"));
        let cache = HighlightCache::open(dir.path(), &course);
        cache.highlight(RUST, "rust");
        cache.highlight("x = 1\n", "python");
        cache.save().unwrap_or_else(|e| panic!("{e}"));
        let file = cache.file().map(Path::to_path_buf).unwrap_or_default();
        assert!(file.is_file());

        let next = HighlightCache::open(dir.path(), &course);
        next.highlight(RUST, "rust");
        assert_eq!(next.take_stats().hits, 1, "read from the file");
        next.save().unwrap_or_else(|e| panic!("{e}"));
        let last = HighlightCache::open(dir.path(), &course);
        assert_eq!(
            last.lock().len(),
            1,
            "the Python block was not used, so it was dropped"
        );

        fs::write(&file, b"SYLHL01\n garbage").unwrap_or_else(|e| panic!("{e}"));
        let after_damage = HighlightCache::open(dir.path(), &course);
        assert_eq!(after_damage.lock().len(), 0);
        after_damage.highlight(RUST, "rust");
        assert_eq!(after_damage.take_stats().misses, 1);
    }
}
