//! Build stages on a generated 100-module course (scripts/gencourse.py, a copy of ../shared/bench/gencourse.py): highlighting
//! one block, a whole build with a cold and a warm highlight cache, and the rebuild `serve`
//! makes after one module changed. Whole builds of larger courses: `scripts/bench`.
//!
//! Then hostile input at 100, 200 and 400 KB, whose time must grow linearly (criterion prints
//! the throughput of each size: it should stay the same): one long line of shell, a paragraph
//! of quotes (smart punctuation), one of reference links and one of broken links (each a
//! problem to report).
//!
//! Run with `cargo bench --bench build`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use syllabus::BuildCache;
use syllabus::bench::{
    Audience, Glossary, HighlightCache, LinkTargets, MathRenderer, Page, QuizWords, TakenLists,
    Words, fences, highlight, render,
};
use syllabus::{BuildOptions, build_with};

const RUST_BLOCK: &str = "fn total(items: &[u32]) -> u32 {\n    let mut total = 0;\n    for item in items {\n        if *item > 10 { total += item; }\n    }\n    total\n}\n";

fn generated_course(dir: &Path, modules: usize) -> PathBuf {
    let course = dir.join(format!("course-{modules}"));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/gencourse.py");
    let status = Command::new("python3")
        .arg(&script)
        .args(["--modules", &modules.to_string()])
        .arg(&course)
        .status();
    assert!(
        status.is_ok_and(|s| s.success()),
        "cannot generate a course with {}",
        script.display()
    );
    course
}

fn options(course: &Path) -> BuildOptions {
    BuildOptions {
        course_dir: course.to_path_buf(),
        base_url: None,
        include_drafts: false,
        cache_dir: None,
        instructor: false,
        preview: false,
    }
}

fn stages(c: &mut Criterion) {
    c.bench_function("highlight a 7-line Rust block", |b| {
        b.iter(|| highlight(black_box(RUST_BLOCK), "rust"))
    });

    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let course = generated_course(dir.path(), 100);
    let options = options(&course);
    let mut group = c.benchmark_group("build 100 modules in memory");
    group.sample_size(10);
    group.bench_function("cold highlight cache", |b| {
        b.iter(|| build_with(&options, &mut BuildCache::default()))
    });
    let warm = HighlightCache::in_memory();
    let mut cache = BuildCache {
        highlight: Some(warm),
        ..BuildCache::default()
    };
    build_with(&options, &mut cache);
    group.bench_function("warm highlight cache", |b| {
        b.iter(|| {
            // Keep the highlighted blocks, forget everything else.
            let highlight = cache.highlight.take();
            let mut fresh = BuildCache {
                highlight,
                ..BuildCache::default()
            };
            let built = build_with(&options, &mut fresh);
            cache.highlight = fresh.highlight.take();
            built
        })
    });
    let mut serve_cache = BuildCache::for_rebuilds();
    build_with(&options, &mut serve_cache);
    let module = course.join("modules/unit-001/module-00001.md");
    let original = std::fs::read_to_string(&module).unwrap_or_default();
    let mut round = 0;
    group.bench_function("rebuild after one module changed (serve)", |b| {
        b.iter(|| {
            round += 1;
            let _ = std::fs::write(&module, format!("{original}\nEdit number {round}.\n"));
            build_with(&options, &mut serve_cache)
        })
    });
    group.finish();
}

/// `unit` repeated to `bytes` bytes or a little less.
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len())
}

/// Renders a module whose body is `body`, as the build does.
fn render_module(body: &str) -> usize {
    render_module_with(body, &HighlightCache::in_memory())
}

/// [`render_module`] with the highlight cache of an earlier build.
fn render_module_with(body: &str, highlighter: &HighlightCache) -> usize {
    let front = "---\ntitle: Hostile\n---\n";
    let text = format!("{front}{body}");
    let rendered = render(&Page {
        file: Path::new("modules/unit/hostile.md"),
        file_text: &text,
        body_offset: front.len(),
        url: "unit/hostile/",
        targets: &LinkTargets::default(),
        collect_text: true,
        highlighter,
        audience: Audience::default(),
        math: &MathRenderer::default(),
        taken: TakenLists::default(),
        fences: &fences(body),
        glossary: &Glossary::default(),
        words: &Words::new("en"),
        quiz_words: &QuizWords::new(&Words::new("en")),
    });
    rendered.html.len()
}

fn hostile_input(c: &mut Criterion) {
    let mut group = c.benchmark_group("hostile input");
    group.sample_size(10);
    for kilobytes in [100, 200, 400] {
        let bytes = kilobytes * 1000;
        group.throughput(Throughput::Bytes(bytes as u64));
        let line = repeated("echo \"$((1+", bytes) + "\n";
        group.bench_with_input(
            BenchmarkId::new("one line of shell", kilobytes),
            &line,
            |b, line| b.iter(|| highlight(line, "bash")),
        );
        let quotes = repeated("\"'", bytes) + "\n";
        group.bench_with_input(
            BenchmarkId::new("a paragraph of quotes", kilobytes),
            &quotes,
            |b, body| b.iter(|| render_module(body)),
        );
        let references = repeated("[a][b] [[c]] ", bytes) + "\n\n[b]: https://example.com/\n";
        group.bench_with_input(
            BenchmarkId::new("a paragraph of reference links", kilobytes),
            &references,
            |b, body| b.iter(|| render_module(body)),
        );
        let broken = repeated("[x](nope.md) ", bytes) + "\n";
        group.bench_with_input(
            BenchmarkId::new("a paragraph of broken links", kilobytes),
            &broken,
            |b, body| b.iter(|| render_module(body)),
        );
    }
    group.finish();
}

/// A module with 1,000 inline formulas and 200 display formulas of the kinds a physics course
/// writes, against the same text with the formulas as plain words: the cost of math.
fn formulas(c: &mut Criterion) {
    let inline = [
        r"$\bar v = \frac{\Delta x}{\Delta t}$",
        r"$x \in \mathbb{R}$",
        r"$\alpha + \beta$",
        r"$\sqrt{v_x^2 + v_y^2}$",
    ];
    let display = [
        r"$$\sum_{i=1}^{n} i = \frac{n(n+1)}{2}$$",
        r"$$\begin{pmatrix} a & b \\ c & d \end{pmatrix}$$",
    ];
    let mut with_math = String::new();
    let mut without = String::new();
    for i in 0..200 {
        for formula in [display[i % 2]]
            .into_iter()
            .chain((0..5).map(|j| inline[(i + j) % 4]))
        {
            with_math.push_str(formula);
            with_math.push_str(" text\n\n");
            without.push_str("some words here text\n\n");
        }
    }
    let mut group = c.benchmark_group("formulas");
    group.sample_size(20);
    group.bench_function("1,000 inline and 200 display formulas", |b| {
        b.iter(|| render_module(black_box(&with_math)))
    });
    group.bench_function("the same text without formulas", |b| {
        b.iter(|| render_module(black_box(&without)))
    });
    group.finish();
}

/// A module with 20 diagrams, five of each kind, drawn by a cold build and taken from the cache
/// by a warm one, against the same text with the diagrams as plain code: the cost of diagrams.
fn diagrams(c: &mut Criterion) {
    let kinds = [
        "flowchart LR\n  A[Edit] --> B{Tests pass?}\n  B -->|yes| C[Commit]\n  B -->|no| A\n",
        "sequenceDiagram\n  participant You\n  participant Remote\n  You->>Remote: git push\n  Remote-->>You: rejected\n  You->>Remote: git pull\n",
        "stateDiagram-v2\n  [*] --> Modified\n  Modified --> Staged: git add\n  Staged --> Committed: git commit\n  Committed --> [*]\n",
        "classDiagram\n  Commit --> Tree\n  Tree --> Blob\n  Commit : +String message\n  Tree : +entries()\n",
    ];
    let mut with_diagrams = String::new();
    let mut without = String::new();
    for i in 0..20 {
        // Each diagram its own, as in a real course (a repeated one is drawn once).
        let source = format!("{}  %% {i}\n", kinds[i % 4]);
        with_diagrams.push_str(&format!("Text before.\n\n```mermaid\n{source}```\n\n"));
        without.push_str(&format!("Text before.\n\n```text\n{source}```\n\n"));
    }
    let mut group = c.benchmark_group("diagrams");
    group.sample_size(10);
    group.bench_function("20 diagrams, cold", |b| {
        b.iter(|| render_module(black_box(&with_diagrams)))
    });
    let warm = HighlightCache::in_memory();
    render_module_with(&with_diagrams, &warm);
    group.bench_function("20 diagrams, warm", |b| {
        b.iter(|| render_module_with(black_box(&with_diagrams), &warm))
    });
    group.bench_function("the same text as code", |b| {
        b.iter(|| render_module(black_box(&without)))
    });
    group.finish();
}

criterion_group!(benches, stages, hostile_input, formulas, diagrams);
criterion_main!(benches);
