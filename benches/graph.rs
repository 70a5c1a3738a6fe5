//! Ordering and path computation on a large synthetic course: 10,000 modules with 30,000
//! prerequisites (the target is under 50 ms for both together).
//!
//! Run with `cargo bench --bench graph`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use syllabus::bench::Graph;
use syllabus::bench::check_explicit_order;

const MODULES: usize = 10_000;
const EDGES: usize = 30_000;

/// A deterministic pseudo-random acyclic course: each edge goes from a module to one that was
/// written before it, mostly nearby (as in real courses, where prerequisites sit in the same or
/// the previous unit), sometimes far back.
fn synthetic_course() -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let mut edges = Vec::with_capacity(EDGES);
    while edges.len() < EDGES {
        let module = 1 + next(MODULES - 1);
        let distance = if next(10) == 0 {
            1 + next(module)
        } else {
            1 + next(module.min(40))
        };
        edges.push((module, module - distance));
    }
    // Preferences: three difficulty levels spread over the course, then position.
    let rank: Vec<usize> = (0..MODULES)
        .map(|m| (m * 3 / MODULES) * MODULES + m)
        .collect();
    (edges, rank)
}

fn ordering_and_paths(c: &mut Criterion) {
    let (edges, rank) = synthetic_course();
    c.bench_function(
        "order 10k modules, 30k prerequisites (graph, cycles, order)",
        |b| {
            b.iter(|| {
                let graph = Graph::new(MODULES, edges.iter().copied());
                let cycles = graph.cycles(&rank);
                let order = graph.order(&rank);
                black_box((cycles, order))
            })
        },
    );
    let graph = Graph::new(MODULES, edges.iter().copied());
    let order = graph.order(&rank);
    let goals: Vec<usize> = (1..=10).map(|i| order[i * MODULES / 10 - 1]).collect();
    c.bench_function("10 goal paths and 1 explicit path of 10k modules", |b| {
        b.iter(|| {
            let mut sizes = Vec::new();
            for &goal in &goals {
                let needed = graph.needed_for(&[goal], &[]);
                let path: Vec<usize> = order.iter().copied().filter(|&m| needed[m]).collect();
                sizes.push(path.len());
            }
            let known = vec![false; MODULES];
            let gaps = check_explicit_order(&graph, &order, &known);
            black_box((sizes, gaps))
        })
    });
    c.bench_function(
        "everything: graph, order, 10 goal paths, explicit path",
        |b| {
            b.iter(|| {
                let graph = Graph::new(MODULES, edges.iter().copied());
                let cycles = graph.cycles(&rank);
                let order = graph.order(&rank);
                let mut sizes = Vec::new();
                for &goal in &goals {
                    let needed = graph.needed_for(&[goal], &[]);
                    sizes.push(order.iter().filter(|&&m| needed[m]).count());
                }
                let gaps = check_explicit_order(&graph, &order, &vec![false; MODULES]);
                black_box((cycles, sizes, gaps))
            })
        },
    );
}

criterion_group!(benches, ordering_and_paths);
criterion_main!(benches);
