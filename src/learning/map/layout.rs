//! Layered ("Sugiyama-style") layout of the course map: modules are boxes in rows, prerequisite
//! arrows point down. The caller chooses each module's row; this module only computes geometry.
//!
//! 1. **Dummies.** An edge that skips rows gets one zero-width dummy vertex per row it passes, so
//!    every segment joins adjacent rows and each later step looks at one gap at a time.
//! 2. **Order.** From the course order, alternating down and up barycentre sweeps, each followed
//!    by a transpose pass (swap neighbours when that strictly removes crossings). Crossings are
//!    counted exactly with an accumulator tree in O(E log V) and the best order seen wins; ties
//!    keep the earlier one, which is closest to the course order.
//! 3. **x.** Sweeps pull each vertex towards the mean x of its neighbours in the row just placed,
//!    and each row is placed *exactly* as close to those wishes as its order and gaps allow (a
//!    weighted least-squares problem solved in linear time by pool adjacent violators). Dummies
//!    weigh more than boxes so that boxes make way, and a last step puts each chain of dummies
//!    on one vertical line wherever its rows have room: long edges run straight.
//! 4. **Routes.** Arrows leave the bottom of their source and enter the top of their target,
//!    spread over the middle 60% of that side in the order of their other ends, so arrows at one
//!    box neither overlap nor cross. At a dummy an edge has two points, the top and the bottom of
//!    the row, so it crosses rows vertically and bends only in the gaps between them.
//!
//! Every sort has a total key ending in the course order or an index, and nothing depends on
//! hashing or time, so the output is deterministic. Bad edges are dropped up front, so nothing
//! later can index out of range. One row is laid out per layer number up to the largest, so cost
//! grows with that number and with the rows edges span: small when layers are prerequisite depths.

/// Sizes and gaps, in CSS pixels. Negative and NaN values count as zero.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spacing {
    pub node_width: f64,
    pub node_height: f64,
    /// Minimum horizontal space between two nodes of a layer.
    pub node_gap: f64,
    /// Vertical space between the bottom of one layer and the top of the next.
    pub layer_gap: f64,
    /// Empty space around the drawing.
    pub margin: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Layout {
    pub width: f64,
    pub height: f64,
    /// Top-left corner of each node, by node index.
    pub nodes: Vec<Point>,
    /// One polyline per input edge, in input order, from the bottom edge of the `from` node to
    /// the top edge of the `to` node, with two points (top and bottom of the row; one if
    /// `node_height` is zero) in each layer it passes. Skipped edges get an empty polyline.
    pub edges: Vec<Vec<Point>>,
    /// The y coordinate of the top of each layer (layer 0 first), for labels beside the rows.
    /// A layer without nodes keeps its row, so rows always line up with layer numbers.
    pub layer_tops: Vec<f64>,
}

const MAX_SWEEPS: usize = 24;
/// Sweeps are cheap, but once a few in a row have not helped, more rarely do.
const MAX_SWEEPS_WITHOUT_PROGRESS: usize = 4;
const MAX_TRANSPOSE_PASSES: usize = 4;
/// Odd, so the last pass goes down and boxes end centred under their prerequisites.
const COORDINATE_PASSES: usize = 9;
/// How much more a dummy resists moving than a box.
const DUMMY_WEIGHT: f64 = 4.0;

/// Lays out nodes in rows `layers[i]` (0 = top) with `(from, to)` edges, which must go down
/// (`layers[from] < layers[to]`); other edges and edges naming unknown nodes get an empty
/// polyline. Node order is course order: each row starts in it and it breaks every tie. No
/// nodes gives a layout of just the margins.
pub(crate) fn layout(layers: &[usize], edges: &[(usize, usize)], spacing: Spacing) -> Layout {
    let [node_width, node_height, node_gap, layer_gap, margin] = [
        spacing.node_width,
        spacing.node_height,
        spacing.node_gap,
        spacing.layer_gap,
        spacing.margin,
    ]
    .map(|value| value.max(0.0));
    let spacing = Spacing {
        node_width,
        node_height,
        node_gap,
        layer_gap,
        margin,
    };
    let graph = LayeredGraph::new(layers, edges);
    let orders = order_rows(&graph);
    let mut position = vec![0; graph.layer_of.len()];
    for order in &orders {
        record_positions(order, &mut position);
    }
    let x = assign_x(&graph, &orders, &position, &spacing);

    let pitch = node_height + layer_gap;
    let top_of = |vertex: usize| margin + graph.layer_of[vertex] as f64 * pitch;
    let half_width = |vertex: usize| graph.half_width(vertex, &spacing);
    let left = (0..x.len()).map(|v| x[v] - half_width(v)).reduce(f64::min);
    let right = (0..x.len()).map(|v| x[v] + half_width(v)).reduce(f64::max);
    let (left, right) = (left.unwrap_or(0.0), right.unwrap_or(0.0));
    let centre = |vertex: usize| x[vertex] - left + margin;

    let (leave_offsets, enter_offsets) = attachment_offsets(&graph, &position, node_width);
    let route = |(edge, chain): (usize, &Vec<usize>)| {
        let (Some(&from), Some(&to)) = (chain.first(), chain.last()) else {
            return Vec::new();
        };
        let mut line = vec![at(
            centre(from) + leave_offsets[edge],
            top_of(from) + node_height,
        )];
        for &dummy in chain.get(1..chain.len() - 1).unwrap_or_default() {
            line.push(at(centre(dummy), top_of(dummy)));
            if node_height > 0.0 {
                line.push(at(centre(dummy), top_of(dummy) + node_height));
            }
        }
        line.push(at(centre(to) + enter_offsets[edge], top_of(to)));
        line
    };
    let rows = graph.layer_count as f64;
    Layout {
        width: right - left + 2.0 * margin,
        height: (rows * pitch - layer_gap).max(0.0) + 2.0 * margin,
        nodes: (0..graph.node_count)
            .map(|n| at(centre(n) - half_width(n), top_of(n)))
            .collect(),
        edges: graph.chains.iter().enumerate().map(route).collect(),
        layer_tops: (0..graph.layer_count)
            .map(|row| margin + row as f64 * pitch)
            .collect(),
    }
}

/// The crossings a layout shows: pairs of polyline segments spanning the same vertical range
/// (in practice, the same gap between two rows) whose ends are in opposite orders. Segments
/// sharing an end do not cross. Needs a positive `layer_gap`; runs in O(S log S). It reads the
/// geometry, not any internal state, so the caller's tests can use it on any `Layout`.
#[cfg(test)]
pub(crate) fn count_crossings(layout: &Layout) -> usize {
    use std::collections::BTreeMap;
    let mut bands: BTreeMap<(u64, u64), Vec<(f64, f64)>> = BTreeMap::new();
    for line in &layout.edges {
        for pair in line.windows(2) {
            let [start, end] = pair else { continue };
            if start.y < end.y {
                // `+ 0.0` turns -0.0 into 0.0, which `to_bits` and `total_cmp` tell apart.
                let band = bands.entry(((start.y + 0.0).to_bits(), (end.y + 0.0).to_bits()));
                band.or_default().push((start.x + 0.0, end.x + 0.0));
            }
        }
    }
    let ranks = |values: Vec<f64>| {
        let mut distinct = values.clone();
        distinct.sort_by(f64::total_cmp);
        distinct.dedup_by(|a, b| a.total_cmp(b).is_eq());
        let rank = |value: &f64| distinct.binary_search_by(|probe| probe.total_cmp(value));
        values
            .iter()
            .map(|value| rank(value).unwrap_or(0))
            .collect::<Vec<_>>()
    };
    let band_crossings = |segments: Vec<(f64, f64)>| {
        let (starts, ends) = segments.into_iter().unzip();
        let mut pairs: Vec<_> = ranks(starts).into_iter().zip(ranks(ends)).collect();
        crossings_of_pairs(&mut pairs)
    };
    bands.into_values().map(band_crossings).sum()
}

/// Counts pairs `a`, `b` with `a.0 < b.0` and `a.1 > b.1`: the crossings of segments given by the
/// positions of their ends. Once sorted, every segment already seen starts further left (or at
/// the same point, and then ends no further right), so it crosses exactly those seen that end
/// further right; a Fenwick tree over end positions counts them in O(log n).
fn crossings_of_pairs(pairs: &mut [(usize, usize)]) -> usize {
    pairs.sort_unstable();
    let mut tree = vec![0usize; pairs.iter().map(|pair| pair.1 + 2).max().unwrap_or(0)];
    let mut crossings = 0;
    for (seen, &(_, end)) in pairs.iter().enumerate() {
        let (mut index, mut ending_at_or_left) = (end + 1, 0);
        while index > 0 {
            ending_at_or_left += tree.get(index).copied().unwrap_or(0);
            index &= index - 1;
        }
        crossings += seen - ending_at_or_left;
        let mut index = end + 1;
        while let Some(count) = tree.get_mut(index) {
            *count += 1;
            index += index & index.wrapping_neg();
        }
    }
    crossings
}

fn at(x: f64, y: f64) -> Point {
    Point { x, y }
}

/// Node `i` is vertex `i`; dummies are numbered after the nodes. Only checked vertex ids are
/// ever stored here, so indexing by them cannot fail.
struct LayeredGraph {
    node_count: usize,
    layer_count: usize,
    layer_of: Vec<usize>,
    /// Neighbours in the row above and below, one entry per segment (parallel edges count).
    above: Vec<Vec<usize>>,
    below: Vec<Vec<usize>>,
    /// Per input edge, the vertices it passes from `from` to `to`; empty when skipped.
    chains: Vec<Vec<usize>>,
    /// `gaps[l]`: the `(upper, lower)` segments between rows `l` and `l + 1`.
    gaps: Vec<Vec<(usize, usize)>>,
}

impl LayeredGraph {
    fn new(layers: &[usize], edges: &[(usize, usize)]) -> Self {
        let layer_count = layers
            .iter()
            .max()
            .map_or(0, |&last| last.saturating_add(1));
        let mut graph = LayeredGraph {
            node_count: layers.len(),
            layer_count,
            layer_of: layers.to_vec(),
            above: vec![Vec::new(); layers.len()],
            below: vec![Vec::new(); layers.len()],
            chains: Vec::with_capacity(edges.len()),
            gaps: vec![Vec::new(); layer_count.saturating_sub(1)],
        };
        for &(from, to) in edges {
            let mut chain = Vec::new();
            if let (Some(&from_layer), Some(&to_layer)) = (layers.get(from), layers.get(to))
                && from_layer < to_layer
            {
                chain.push(from);
                for layer in from_layer + 1..to_layer {
                    chain.push(graph.layer_of.len());
                    graph.layer_of.push(layer);
                    graph.above.push(Vec::new());
                    graph.below.push(Vec::new());
                }
                chain.push(to);
            }
            for pair in chain.windows(2) {
                let &[upper, lower] = pair else { continue };
                graph.below[upper].push(lower);
                graph.above[lower].push(upper);
                graph.gaps[graph.layer_of[upper]].push((upper, lower));
            }
            graph.chains.push(chain);
        }
        graph
    }

    fn is_dummy(&self, vertex: usize) -> bool {
        vertex >= self.node_count
    }

    fn half_width(&self, vertex: usize, spacing: &Spacing) -> f64 {
        if self.is_dummy(vertex) {
            0.0
        } else {
            spacing.node_width / 2.0
        }
    }

    /// Minimum distance between the centres of two vertices side by side. Dummies are lines, not
    /// boxes, so half a gap is enough next to them.
    fn separation(&self, left: usize, right: usize, spacing: &Spacing) -> f64 {
        let both_boxes = !self.is_dummy(left) && !self.is_dummy(right);
        let gap = spacing.node_gap / if both_boxes { 1.0 } else { 2.0 };
        self.half_width(left, spacing) + self.half_width(right, spacing) + gap
    }
}

fn barycentre(neighbours: &[usize], value: impl Fn(usize) -> f64) -> Option<f64> {
    let sum: f64 = neighbours.iter().map(|&vertex| value(vertex)).sum();
    (!neighbours.is_empty()).then(|| sum / neighbours.len() as f64)
}

fn record_positions(order: &[usize], position: &mut [usize]) {
    for (index, &vertex) in order.iter().enumerate() {
        position[vertex] = index;
    }
}

/// The left-to-right order of each row, with few crossings (step 2 of the module doc).
fn order_rows(graph: &LayeredGraph) -> Vec<Vec<usize>> {
    let mut position = vec![0; graph.layer_of.len()];
    let mut orders = initial_orders(graph, &mut position);
    let total = |position: &[usize]| -> usize {
        let gap_crossings = |segments: &Vec<(usize, usize)>| {
            let mut ends: Vec<_> = segments
                .iter()
                .map(|&(u, l)| (position[u], position[l]))
                .collect();
            crossings_of_pairs(&mut ends)
        };
        graph.gaps.iter().map(gap_crossings).sum()
    };
    let mut best = (total(&position), orders.clone());
    let mut sweeps_without_progress = 0;
    for sweep in 0..MAX_SWEEPS {
        if best.0 == 0 || sweeps_without_progress == MAX_SWEEPS_WITHOUT_PROGRESS {
            break;
        }
        if sweep % 2 == 0 {
            for order in orders.iter_mut().skip(1) {
                sort_by_barycentre(order, &graph.above, &mut position);
            }
        } else {
            for order in orders.iter_mut().rev().skip(1) {
                sort_by_barycentre(order, &graph.below, &mut position);
            }
        }
        transpose(graph, &mut orders, &mut position);
        let crossings = total(&position);
        if crossings < best.0 {
            best = (crossings, orders.clone());
            sweeps_without_progress = 0;
        } else {
            sweeps_without_progress += 1;
        }
    }
    best.1
}

/// Nodes in course order, and each dummy before the first node of its row whose barycentre is
/// further right: long edges start near where they belong without moving any node.
fn initial_orders(graph: &LayeredGraph, position: &mut [usize]) -> Vec<Vec<usize>> {
    let mut rows = vec![(Vec::new(), Vec::new()); graph.layer_count];
    for (vertex, &layer) in graph.layer_of.iter().enumerate() {
        let (nodes, dummies) = &mut rows[layer];
        let row = if graph.is_dummy(vertex) {
            dummies
        } else {
            nodes
        };
        row.push(vertex);
    }
    let mut orders = Vec::with_capacity(graph.layer_count);
    for (nodes, dummies) in rows {
        let key = |vertex: usize| barycentre(&graph.above[vertex], |v| position[v] as f64);
        let mut dummies: Vec<_> = dummies
            .into_iter()
            .map(|d| (key(d).unwrap_or(0.0), d))
            .collect();
        dummies.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut dummies = dummies.into_iter().peekable();
        let mut order = Vec::new();
        for node in nodes {
            if let Some(node_key) = key(node) {
                while let Some((_, dummy)) = dummies.next_if(|&(dummy_key, _)| dummy_key < node_key)
                {
                    order.push(dummy);
                }
            }
            order.push(node);
        }
        order.extend(dummies.map(|(_, dummy)| dummy));
        record_positions(&order, position);
        orders.push(order);
    }
    orders
}

/// One barycentre step. A vertex without neighbours in the fixed row has nothing to aim at, so
/// it keeps its slot; the others are sorted into the remaining slots.
fn sort_by_barycentre(order: &mut [usize], neighbours: &[Vec<usize>], position: &mut [usize]) {
    let mut movable: Vec<(f64, usize, usize)> = (order.iter().enumerate())
        .filter_map(|(slot, &v)| {
            barycentre(&neighbours[v], |n| position[n] as f64).map(|key| (key, slot, v))
        })
        .collect();
    movable.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut sorted = movable.into_iter().map(|(_, _, vertex)| vertex);
    for slot in order.iter_mut() {
        if !neighbours[*slot].is_empty() {
            *slot = sorted.next().unwrap_or(*slot);
        }
    }
    record_positions(order, position);
}

/// Swaps neighbours in a row when that strictly lowers the crossings with both adjacent rows, a
/// local improvement that barycentres cannot see.
fn transpose(graph: &LayeredGraph, orders: &mut [Vec<usize>], position: &mut [usize]) {
    let (mut above, mut below) = (NeighbourPositions::default(), NeighbourPositions::default());
    for _ in 0..MAX_TRANSPOSE_PASSES {
        let mut improved = false;
        for order in orders.iter_mut() {
            above.fill(order, &graph.above, position);
            below.fill(order, &graph.below, position);
            // `slots[i]`: where the vertex now at `i` was when the buffers were filled.
            let mut slots: Vec<usize> = (0..order.len()).collect();
            for right in 1..order.len() {
                let left = right - 1;
                let crossings = |l: usize, r: usize| {
                    let (l, r) = (slots[l], slots[r]);
                    pair_crossings(above.of(l), above.of(r))
                        + pair_crossings(below.of(l), below.of(r))
                };
                if crossings(right, left) < crossings(left, right) {
                    order.swap(left, right);
                    slots.swap(left, right);
                    improved = true;
                }
            }
            record_positions(order, position);
        }
        if !improved {
            break;
        }
    }
}

/// Crossings between the edges of a vertex and those of the vertex to its right, given the
/// sorted positions of their neighbours in one adjacent row.
fn pair_crossings(left: &[usize], right: &[usize]) -> usize {
    let (mut right_before, mut crossings) = (0, 0);
    for &neighbour in left {
        while right
            .get(right_before)
            .is_some_and(|&other| other < neighbour)
        {
            right_before += 1;
        }
        crossings += right_before;
    }
    crossings
}

/// The sorted positions of the neighbours (in one adjacent row) of each vertex of a row, back to
/// back in one buffer: transpose reads them often, and one buffer for all rows saves allocating
/// a list per vertex on every pass.
#[derive(Default)]
struct NeighbourPositions {
    sorted: Vec<usize>,
    starts: Vec<usize>,
}

impl NeighbourPositions {
    fn fill(&mut self, order: &[usize], neighbours: &[Vec<usize>], position: &[usize]) {
        self.sorted.clear();
        self.starts.clear();
        for &vertex in order {
            let start = self.sorted.len();
            self.starts.push(start);
            self.sorted
                .extend(neighbours[vertex].iter().map(|&n| position[n]));
            self.sorted[start..].sort_unstable();
        }
        self.starts.push(self.sorted.len());
    }

    fn of(&self, slot: usize) -> &[usize] {
        let range = self.starts.get(slot).zip(self.starts.get(slot + 1));
        range
            .and_then(|(&start, &end)| self.sorted.get(start..end))
            .unwrap_or_default()
    }
}

/// The x of each vertex's centre (step 3 of the module doc), before shifting into the margins.
fn assign_x(
    graph: &LayeredGraph,
    orders: &[Vec<usize>],
    position: &[usize],
    spacing: &Spacing,
) -> Vec<f64> {
    let mut x = vec![0.0; graph.layer_of.len()];
    // Every row starts packed tight and centred on the same vertical line.
    for order in orders {
        place_row(graph, order, &vec![0.0; order.len()], spacing, &mut x);
    }
    for pass in 0..COORDINATE_PASSES {
        let downwards = pass % 2 == 0;
        let neighbours = if downwards {
            &graph.above
        } else {
            &graph.below
        };
        let mut rows: Vec<&Vec<usize>> = orders.iter().collect();
        if !downwards {
            rows.reverse();
        }
        for order in rows.into_iter().skip(1) {
            let wish = |&v: &usize| barycentre(&neighbours[v], |n| x[n]).unwrap_or(x[v]);
            let wishes: Vec<f64> = order.iter().map(wish).collect();
            place_row(graph, order, &wishes, spacing, &mut x);
        }
    }
    // Row-by-row placement can leave a kink in a long edge where one row was crowded. Each chain
    // of dummies moves, if its rows have room between its current neighbours, onto one vertical
    // line: the one nearest the median of its dummies, which moves them least in total.
    for chain in &graph.chains {
        let dummies = chain
            .get(1..chain.len().saturating_sub(1))
            .unwrap_or_default();
        let (mut lowest, mut highest) = (f64::NEG_INFINITY, f64::INFINITY);
        for &dummy in dummies {
            let order = orders
                .get(graph.layer_of[dummy])
                .map_or(&[][..], Vec::as_slice);
            let index = position[dummy];
            if let Some(&left) = index.checked_sub(1).and_then(|left| order.get(left)) {
                lowest = lowest.max(x[left] + graph.separation(left, dummy, spacing));
            }
            if let Some(&right) = order.get(index + 1) {
                highest = highest.min(x[right] - graph.separation(dummy, right, spacing));
            }
        }
        let mut current: Vec<f64> = dummies.iter().map(|&dummy| x[dummy]).collect();
        current.sort_by(f64::total_cmp);
        let median = current.get(current.len() / 2).copied().unwrap_or(0.0);
        if lowest <= highest {
            for &dummy in dummies {
                x[dummy] = median.max(lowest).min(highest);
            }
        }
    }
    x
}

/// Places a row as close to the wished x as its order and gaps allow, minimising the weighted sum
/// of squared moves. Writing `x_i = y_i + offset_i`, with offsets from the tightest packing, the
/// constraints become "`y` never decreases": an isotonic regression, which pool adjacent
/// violators solves by merging neighbouring blocks that are out of order into their weighted mean.
fn place_row(
    graph: &LayeredGraph,
    order: &[usize],
    wishes: &[f64],
    spacing: &Spacing,
    x: &mut [f64],
) {
    /// `(weight, weighted sum of y, vertices)`.
    type Block = (f64, f64, usize);
    let mean = |block: &Block| block.1 / block.0;
    let mut offsets = Vec::with_capacity(order.len());
    let mut offset = 0.0;
    for (index, &vertex) in order.iter().enumerate() {
        if let Some(&left) = index.checked_sub(1).and_then(|left| order.get(left)) {
            offset += graph.separation(left, vertex, spacing);
        }
        offsets.push(offset);
    }
    let mut blocks: Vec<Block> = Vec::with_capacity(order.len());
    for ((&vertex, &wish), &offset) in order.iter().zip(wishes).zip(&offsets) {
        let weight = if graph.is_dummy(vertex) {
            DUMMY_WEIGHT
        } else {
            1.0
        };
        blocks.push((weight, weight * (wish - offset), 1));
        while let [.., previous, last] = blocks[..] {
            if mean(&previous) <= mean(&last) {
                break;
            }
            blocks.truncate(blocks.len() - 2);
            blocks.push((
                previous.0 + last.0,
                previous.1 + last.1,
                previous.2 + last.2,
            ));
        }
    }
    let mut placed = order.iter().zip(&offsets);
    for block in &blocks {
        for (&vertex, &offset) in placed.by_ref().take(block.2) {
            x[vertex] = mean(block) + offset;
        }
    }
}

/// How far from the centre of its source (bottom) and of its target (top) each input edge
/// attaches: several arrows on one side of a box spread over the middle 60% of it, in the order
/// of their other ends (then input order), so they neither overlap nor cross.
fn attachment_offsets(
    graph: &LayeredGraph,
    position: &[usize],
    node_width: f64,
) -> (Vec<f64>, Vec<f64>) {
    let mut leaving = vec![Vec::new(); graph.node_count];
    let mut entering = vec![Vec::new(); graph.node_count];
    for (edge, chain) in graph.chains.iter().enumerate() {
        if let (&[from, next, ..], &[.., previous, to]) = (&chain[..], &chain[..]) {
            leaving[from].push((position[next], edge));
            entering[to].push((position[previous], edge));
        }
    }
    let spread = |sides: Vec<Vec<(usize, usize)>>| {
        let mut offsets = vec![0.0; graph.chains.len()];
        for mut side in sides.into_iter().filter(|side| side.len() > 1) {
            side.sort_unstable();
            let last = (side.len() - 1) as f64;
            for (rank, &(_, edge)) in side.iter().enumerate() {
                offsets[edge] = node_width * (0.6 * rank as f64 / last - 0.3);
            }
        }
        offsets
    };
    (spread(leaving), spread(entering))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    const SPACING: Spacing = Spacing {
        node_width: 120.0,
        node_height: 40.0,
        node_gap: 20.0,
        layer_gap: 60.0,
        margin: 16.0,
    };

    /// A tiny deterministic generator, so the tests need no crates and never change.
    struct Lcg(u64);
    impl Lcg {
        fn below(&mut self, bound: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % bound.max(1)
        }
    }

    fn random_graph(
        seed: u64,
        nodes: usize,
        depth: usize,
        edges: usize,
    ) -> (Vec<usize>, Vec<(usize, usize)>) {
        let mut rng = Lcg(seed);
        let layers: Vec<usize> = (0..nodes).map(|_| rng.below(depth)).collect();
        let pairs = (0..edges)
            .map(|_| (rng.below(nodes), rng.below(nodes)))
            .collect::<Vec<_>>();
        let down = pairs.into_iter().map(|(a, b)| {
            if layers[a] < layers[b] {
                (a, b)
            } else {
                (b, a)
            }
        });
        let edges = down.filter(|&(a, b)| layers[a] < layers[b]).collect();
        (layers, edges)
    }

    /// Lays the graph out and checks what must hold for every graph.
    fn checked_layout(layers: &[usize], edges: &[(usize, usize)]) -> Layout {
        let drawn = layout(layers, edges, SPACING);
        let (width, gap) = (SPACING.node_width, SPACING.node_gap);
        // Per row: `(left, right, is a node)` for every box and every edge passing the row.
        let mut rows: BTreeMap<usize, Vec<(f64, f64, bool)>> = BTreeMap::new();
        for (node, corner) in drawn.nodes.iter().enumerate() {
            assert_eq!(corner.y, drawn.layer_tops[layers[node]]);
            assert!(corner.x >= SPACING.margin - 1e-6);
            assert!(corner.x + width <= drawn.width - SPACING.margin + 1e-6);
            let row = rows.entry(layers[node]).or_default();
            row.push((corner.x, corner.x + width, true));
        }
        for (&(from, to), line) in edges.iter().zip(&drawn.edges) {
            let (start, end) = (line[0], line[line.len() - 1]);
            let (source, target) = (drawn.nodes[from], drawn.nodes[to]);
            assert_eq!((start.y, end.y), (source.y + SPACING.node_height, target.y));
            let middle =
                |x: f64, corner: Point| (x - corner.x - width / 2.0).abs() <= 0.3 * width + 1e-6;
            assert!(middle(start.x, source) && middle(end.x, target), "{line:?}");
            assert!(line.windows(2).all(|p| p[0].y < p[1].y), "{line:?}");
            for (passed, bend) in line[1..line.len() - 1].iter().step_by(2).enumerate() {
                let row = rows.entry(layers[from] + 1 + passed).or_default();
                row.push((bend.x, bend.x, false));
            }
        }
        for row in rows.values_mut() {
            row.sort_by(|a, b| a.0.total_cmp(&b.0));
            for pair in row.windows(2) {
                let (left, right) = (pair[0], pair[1]);
                let needed = if left.2 && right.2 { gap } else { gap / 2.0 };
                assert!(
                    right.0 - left.1 >= needed - 1e-6,
                    "{left:?} and {right:?} overlap"
                );
            }
        }
        drawn
    }

    #[test]
    fn rows_never_overlap_and_edges_join_bottom_to_top() {
        checked_layout(&[0, 1, 1, 2], &[(0, 1), (0, 2), (1, 3), (2, 3)]);
        let wide_layers: Vec<usize> = (0..60).map(|node| usize::from(node > 0)).collect();
        checked_layout(
            &wide_layers,
            &(1..60).map(|child| (0, child)).collect::<Vec<_>>(),
        );
        for seed in 1..6 {
            let (layers, edges) = random_graph(seed, 80, 6, 160);
            checked_layout(&layers, &edges);
        }
        let (layers, edges) = random_graph(42, 1000, 10, 3300);
        assert!(edges.len() > 2500);
        checked_layout(&layers, &edges);
    }

    #[test]
    fn avoidable_crossing_is_removed() {
        let crossed = vec![
            vec![at(0.0, 40.0), at(200.0, 100.0)],
            vec![at(200.0, 40.0), at(0.0, 100.0)],
        ];
        let as_given = Layout {
            width: 0.0,
            height: 0.0,
            nodes: vec![],
            edges: crossed,
            layer_tops: vec![],
        };
        assert_eq!(count_crossings(&as_given), 1);
        assert_eq!(
            count_crossings(&checked_layout(&[0, 0, 1, 1], &[(0, 3), (1, 2)])),
            0
        );
    }

    #[test]
    fn diamond_is_uncrossed_and_centred() {
        let drawn = checked_layout(&[0, 1, 1, 2], &[(0, 1), (0, 2), (1, 3), (2, 3)]);
        assert_eq!(count_crossings(&drawn), 0);
        assert!((drawn.nodes[0].x - drawn.nodes[3].x).abs() < 1.0);
        assert!(drawn.nodes[1].x < drawn.nodes[2].x, "course order kept");
    }

    #[test]
    fn long_edge_bends_once_per_row_and_runs_straight() {
        // A chain 0-1-2-3-4, two more nodes in row 2, and the long edge 0->4 beside them all.
        let edges = [(0, 1), (1, 2), (2, 3), (3, 4), (0, 4), (1, 5), (1, 6)];
        let drawn = checked_layout(&[0, 1, 2, 3, 4, 2, 2], &edges);
        let bends = &drawn.edges[4][1..drawn.edges[4].len() - 1];
        assert_eq!(bends.len(), 2 * 3);
        assert!(bends.iter().all(|bend| bend.x == bends[0].x), "{bends:?}");
        for (row, pair) in bends.chunks(2).enumerate() {
            let top = drawn.layer_tops[row + 1];
            assert_eq!((pair[0].y, pair[1].y), (top, top + SPACING.node_height));
        }
        assert_eq!(count_crossings(&drawn), 0);
    }

    #[test]
    fn empty_layers_keep_their_row() {
        let drawn = checked_layout(&[0, 2], &[(0, 1)]);
        assert_eq!(drawn.layer_tops, [16.0, 116.0, 216.0]);
        assert_eq!(drawn.height, 2.0 * 16.0 + 3.0 * 40.0 + 2.0 * 60.0);
        assert_eq!(drawn.edges[0].len(), 4);
    }

    #[test]
    fn output_is_deterministic_and_bad_edges_change_nothing() {
        let (layers, edges) = random_graph(7, 300, 8, 700);
        let first = layout(&layers, &edges, SPACING);
        assert_eq!(first, layout(&layers.clone(), &edges.clone(), SPACING));
        let mut noisy = edges.clone();
        noisy.extend([(5000, 1), (1, 5000), (0, 0), (edges[0].1, edges[0].0)]);
        let second = layout(&layers, &noisy, SPACING);
        assert_eq!(
            (&first.nodes, &first.layer_tops),
            (&second.nodes, &second.layer_tops)
        );
        assert_eq!(first.edges[..], second.edges[..edges.len()]);
        assert!(second.edges[edges.len()..].iter().all(Vec::is_empty));
    }

    #[test]
    fn bad_input_does_not_panic() {
        let empty = layout(&[], &[(0, 1)], SPACING);
        assert_eq!(
            (empty.width, empty.height, empty.edges),
            (32.0, 32.0, vec![vec![]])
        );
        assert!(empty.nodes.is_empty() && empty.layer_tops.is_empty());
        let skipped = layout(&[0, 0, 3], &[(0, 1), (2, 0), (0, 7), (0, 2)], SPACING);
        assert_eq!(
            skipped.edges.iter().map(Vec::len).collect::<Vec<_>>(),
            [0, 0, 0, 6]
        );
        let odd = Spacing {
            node_width: f64::NAN,
            node_height: -1.0,
            node_gap: 0.0,
            layer_gap: 0.0,
            margin: -5.0,
        };
        assert_eq!(
            layout(&[0, 0, 1, 3], &[(0, 2), (1, 2), (0, 3)], odd)
                .nodes
                .len(),
            4
        );
        let infinite = Spacing {
            node_width: f64::INFINITY,
            ..SPACING
        };
        assert_eq!(
            layout(&[0, 0, 1, 3], &[(0, 2), (1, 2), (0, 3)], infinite)
                .nodes
                .len(),
            4
        );
    }

    #[test]
    fn crossing_counter_matches_naive_count() {
        let mut rng = Lcg(2024);
        for _ in 0..300 {
            // Segments in up to three bands, with few distinct x values so that ends coincide.
            let segments: Vec<Vec<Point>> = (0..rng.below(30))
                .map(|_| {
                    let top = 100.0 * rng.below(3) as f64;
                    let x = |rng: &mut Lcg| rng.below(6) as f64 * 10.0;
                    vec![at(x(&mut rng), top), at(x(&mut rng), top + 50.0)]
                })
                .collect();
            let mut naive = 0;
            for (i, a) in segments.iter().enumerate() {
                for b in &segments[i + 1..] {
                    let same_band = a[0].y == b[0].y;
                    let opposite = (a[0].x < b[0].x && a[1].x > b[1].x)
                        || (a[0].x > b[0].x && a[1].x < b[1].x);
                    naive += usize::from(same_band && opposite);
                }
            }
            let drawn = Layout {
                width: 0.0,
                height: 0.0,
                nodes: vec![],
                edges: segments,
                layer_tops: vec![],
            };
            assert_eq!(count_crossings(&drawn), naive, "{:?}", drawn.edges);
        }
    }
}
