//! The prerequisite graph: modules are nodes, numbered `0..n`, and each module points at the
//! modules it requires. Everything here works on indices so that it stays fast for very large
//! courses and knows nothing about files or diagnostics; the course and its learning paths turn
//! its answers into messages.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

#[derive(Debug, Clone, Default)]
pub struct Graph {
    /// `requires[m]`: the modules `m` needs, without duplicates or self-loops.
    requires: Vec<Vec<usize>>,
    /// `unlocks[m]`: the modules that need `m`.
    unlocks: Vec<Vec<usize>>,
}

impl Graph {
    /// A graph of `node_count` modules and `(module, prerequisite)` pairs. Pairs naming a node
    /// out of range, a module requiring itself and repeated pairs are left out: they are
    /// reported elsewhere and must not disturb the order.
    pub fn new(node_count: usize, requirements: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let mut requires = vec![Vec::new(); node_count];
        let mut unlocks = vec![Vec::new(); node_count];
        for (module, prerequisite) in requirements {
            if module == prerequisite || module >= node_count || prerequisite >= node_count {
                continue;
            }
            if !requires[module].contains(&prerequisite) {
                requires[module].push(prerequisite);
                unlocks[prerequisite].push(module);
            }
        }
        for list in &mut unlocks {
            list.sort_unstable();
        }
        Graph { requires, unlocks }
    }

    pub fn len(&self) -> usize {
        self.requires.len()
    }

    pub fn is_empty(&self) -> bool {
        self.requires.is_empty()
    }

    /// The modules `module` needs directly, in the order they were given.
    pub fn requires(&self, module: usize) -> &[usize] {
        self.requires.get(module).map_or(&[], Vec::as_slice)
    }

    /// The modules that need `module` directly, by index.
    pub fn unlocks(&self, module: usize) -> &[usize] {
        self.unlocks.get(module).map_or(&[], Vec::as_slice)
    }

    /// A topological order (every module after all it requires) that, whenever several modules
    /// are free to come next, takes the one with the smallest `rank`. Ranks are the author's
    /// preferences (difficulty, unit, weight, title), so the order goes from easier to harder
    /// wherever the prerequisites allow. Modules caught in a cycle cannot be ordered; they come
    /// last, by rank, so that the build can still report everything else.
    pub fn order(&self, rank: &[usize]) -> Vec<usize> {
        let n = self.len();
        let rank_of = |m: usize| rank.get(m).copied().unwrap_or(usize::MAX);
        let mut waiting_for: Vec<usize> = self.requires.iter().map(Vec::len).collect();
        let mut ready: BinaryHeap<Reverse<(usize, usize)>> = (0..n)
            .filter(|&m| waiting_for[m] == 0)
            .map(|m| Reverse((rank_of(m), m)))
            .collect();
        let mut order = Vec::with_capacity(n);
        while let Some(Reverse((_, module))) = ready.pop() {
            order.push(module);
            for &next in &self.unlocks[module] {
                waiting_for[next] -= 1;
                if waiting_for[next] == 0 {
                    ready.push(Reverse((rank_of(next), next)));
                }
            }
        }
        if order.len() < n {
            let mut stuck: Vec<usize> = (0..n).filter(|&m| waiting_for[m] > 0).collect();
            stuck.sort_by_key(|&m| (rank_of(m), m));
            order.extend(stuck);
        }
        order
    }

    /// One cycle for every group of modules that require each other, each as the list of
    /// modules along it (`[a, b, c]` for `a -> b -> c -> a`, where `->` means "requires").
    /// A cycle starts at its group's module of smallest `rank` and is a shortest one through it,
    /// so messages are stable and as short as possible.
    pub fn cycles(&self, rank: &[usize]) -> Vec<Vec<usize>> {
        let rank_of = |m: usize| rank.get(m).copied().unwrap_or(usize::MAX);
        let mut cycles: Vec<Vec<usize>> = self
            .strongly_connected_groups()
            .into_iter()
            .filter(|group| group.len() > 1)
            .filter_map(|group| {
                let start = group.iter().copied().min_by_key(|&m| (rank_of(m), m))?;
                self.shortest_cycle_through(start, &group)
            })
            .collect();
        cycles.sort_by_key(|cycle| cycle.first().map(|&m| (rank_of(m), m)));
        cycles
    }

    /// Every module the `goals` need, directly or not, and the goals themselves, unless
    /// `assumed`: an assumed module is known already, so neither it nor what it requires is
    /// needed (unless another module needs that too). Returned as a membership mask.
    pub fn needed_for(&self, goals: &[usize], assumed: &[usize]) -> Vec<bool> {
        let mut needed = vec![false; self.len()];
        let mut skip = vec![false; self.len()];
        for &m in assumed {
            if let Some(s) = skip.get_mut(m) {
                *s = true;
            }
        }
        let mut stack: Vec<usize> = goals.iter().copied().filter(|&g| g < self.len()).collect();
        while let Some(module) = stack.pop() {
            if needed[module] || skip[module] {
                continue;
            }
            needed[module] = true;
            stack.extend(self.requires[module].iter().filter(|&&p| !needed[p]));
        }
        needed
    }

    /// Tarjan's algorithm, iterative so that long prerequisite chains cannot overflow the stack.
    fn strongly_connected_groups(&self) -> Vec<Vec<usize>> {
        const UNVISITED: usize = usize::MAX;
        let n = self.len();
        let mut index_of = vec![UNVISITED; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut groups = Vec::new();
        let mut next_index = 0;
        // (module, how many of its prerequisites have been looked at)
        let mut call_stack: Vec<(usize, usize)> = Vec::new();
        for root in 0..n {
            if index_of[root] != UNVISITED {
                continue;
            }
            call_stack.push((root, 0));
            while let Some(&mut (module, ref mut seen)) = call_stack.last_mut() {
                if *seen == 0 && index_of[module] == UNVISITED {
                    index_of[module] = next_index;
                    low[module] = next_index;
                    next_index += 1;
                    stack.push(module);
                    on_stack[module] = true;
                }
                if let Some(&next) = self.requires[module].get(*seen) {
                    *seen += 1;
                    if index_of[next] == UNVISITED {
                        call_stack.push((next, 0));
                    } else if on_stack[next] {
                        low[module] = low[module].min(index_of[next]);
                    }
                    continue;
                }
                call_stack.pop();
                if let Some(&(parent, _)) = call_stack.last() {
                    low[parent] = low[parent].min(low[module]);
                }
                if low[module] == index_of[module] {
                    let mut group = Vec::new();
                    while let Some(member) = stack.pop() {
                        on_stack[member] = false;
                        group.push(member);
                        if member == module {
                            break;
                        }
                    }
                    groups.push(group);
                }
            }
        }
        groups
    }

    /// A shortest path from `start` back to itself inside `group` (breadth-first).
    fn shortest_cycle_through(&self, start: usize, group: &[usize]) -> Option<Vec<usize>> {
        let mut in_group = vec![false; self.len()];
        for &m in group {
            in_group[m] = true;
        }
        let mut came_from = vec![usize::MAX; self.len()];
        let mut queue = VecDeque::from([start]);
        while let Some(module) = queue.pop_front() {
            for &next in &self.requires[module] {
                if !in_group[next] {
                    continue;
                }
                if next == start {
                    let mut cycle = vec![module];
                    let mut at = module;
                    while at != start {
                        at = came_from[at];
                        cycle.push(at);
                    }
                    cycle.reverse();
                    return Some(cycle);
                }
                if came_from[next] == usize::MAX {
                    came_from[next] = module;
                    queue.push_back(next);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ranks equal to the node numbers: the smallest number goes first when free.
    fn identity(n: usize) -> Vec<usize> {
        (0..n).collect()
    }

    fn respects_every_edge(graph: &Graph, order: &[usize]) -> bool {
        let mut position = vec![usize::MAX; graph.len()];
        for (i, &m) in order.iter().enumerate() {
            position[m] = i;
        }
        (0..graph.len()).all(|m| graph.requires(m).iter().all(|&p| position[p] < position[m]))
    }

    #[test]
    fn a_diamond_is_ordered_with_its_top_first_and_its_bottom_last() {
        // 3 requires 1 and 2, which both require 0.
        let graph = Graph::new(4, [(3, 1), (3, 2), (1, 0), (2, 0)]);
        assert_eq!(graph.order(&identity(4)), [0, 1, 2, 3]);
        // The rank decides between the two sides.
        assert_eq!(graph.order(&[0, 2, 1, 3]), [0, 2, 1, 3]);
        assert!(graph.cycles(&identity(4)).is_empty());
        assert_eq!(graph.unlocks(0), [1, 2]);
    }

    #[test]
    fn prerequisites_win_over_ranks() {
        // 0 is the easiest by rank but requires 2, the hardest.
        let graph = Graph::new(3, [(0, 2)]);
        assert_eq!(graph.order(&identity(3)), [1, 2, 0]);
    }

    #[test]
    fn disconnected_parts_interleave_by_rank() {
        // Two chains, 0 <- 2 and 1 <- 3: ranks interleave them.
        let graph = Graph::new(4, [(2, 0), (3, 1)]);
        assert_eq!(graph.order(&identity(4)), [0, 1, 2, 3]);
        assert_eq!(graph.order(&[0, 3, 1, 2]), [0, 2, 1, 3]);
    }

    #[test]
    fn cycles_are_found_whole_and_start_at_the_lowest_rank() {
        // 1 -> 2 -> 3 -> 1 (each requires the next), and 4 requires 1 without being in the cycle.
        let graph = Graph::new(5, [(1, 2), (2, 3), (3, 1), (4, 1), (0, 4)]);
        assert_eq!(graph.cycles(&identity(5)), [vec![1, 2, 3]]);
        assert_eq!(graph.cycles(&[0, 9, 1, 9, 9]), [vec![2, 3, 1]]);
        let order = graph.order(&identity(5));
        assert_eq!(order.len(), 5, "every module is still placed");
    }

    #[test]
    fn each_cyclic_group_is_reported_once_with_a_shortest_cycle() {
        // Group A: 0 <-> 1 plus a longer loop 0 -> 2 -> 3 -> 0. Group B: 4 <-> 5.
        let graph = Graph::new(6, [(0, 2), (2, 3), (3, 0), (0, 1), (1, 0), (4, 5), (5, 4)]);
        assert_eq!(graph.cycles(&identity(6)), [vec![0, 1], vec![4, 5]]);
    }

    #[test]
    fn self_loops_and_repeats_and_bad_indices_are_ignored() {
        let graph = Graph::new(2, [(0, 0), (1, 0), (1, 0), (5, 1), (1, 7)]);
        assert_eq!(graph.requires(1), [0]);
        assert_eq!(graph.requires(0), [] as [usize; 0]);
        assert!(graph.cycles(&identity(2)).is_empty());
        assert_eq!(graph.requires(9), [] as [usize; 0]);
    }

    #[test]
    fn what_a_goal_needs_is_everything_below_it_except_what_is_assumed() {
        // 4 requires 2 and 3; 2 requires 1; 3 requires 0; 1 requires 0; 5 is unrelated.
        let graph = Graph::new(6, [(4, 2), (4, 3), (2, 1), (3, 0), (1, 0)]);
        let needed = |goals: &[usize], assumed: &[usize]| -> Vec<usize> {
            let mask = graph.needed_for(goals, assumed);
            (0..6).filter(|&m| mask[m]).collect()
        };
        assert_eq!(needed(&[4], &[]), [0, 1, 2, 3, 4]);
        assert_eq!(needed(&[2], &[]), [0, 1, 2]);
        // Assuming 1 still needs 0, which 3 requires.
        assert_eq!(needed(&[4], &[1]), [0, 2, 3, 4]);
        assert_eq!(needed(&[4], &[1, 3]), [2, 4]);
        assert_eq!(needed(&[2, 5], &[]), [0, 1, 2, 5]);
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_stack() {
        let n = 200_000;
        let graph = Graph::new(n, (1..n).map(|m| (m, m - 1)));
        assert!(graph.cycles(&identity(n)).is_empty());
        let order = graph.order(&(0..n).rev().collect::<Vec<_>>());
        assert!(respects_every_edge(&graph, &order));
        let looped = Graph::new(n, (1..n).map(|m| (m, m - 1)).chain([(0, n - 1)]));
        assert_eq!(looped.cycles(&identity(n)).len(), 1);
        assert_eq!(looped.cycles(&identity(n))[0].len(), n);
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// A random acyclic graph: edges only go from a higher number to a lower one, then the
        /// nodes are renamed by a random permutation so that the order is not given away.
        fn random_dag() -> impl Strategy<Value = (Graph, Vec<usize>)> {
            (1usize..60).prop_flat_map(|n| {
                (
                    Just(n),
                    proptest::collection::vec((0..n, 0..n), 0..n * 3),
                    Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
                    proptest::collection::vec(0..n, n),
                )
                    .prop_map(|(n, pairs, names, rank)| {
                        let edges = pairs
                            .into_iter()
                            .filter(|(a, b)| a != b)
                            .map(|(a, b)| (names[a.max(b)], names[a.min(b)]));
                        (Graph::new(n, edges), rank)
                    })
            })
        }

        proptest! {
            #[test]
            fn the_order_respects_every_prerequisite_and_is_deterministic((graph, rank) in random_dag()) {
                let order = graph.order(&rank);
                prop_assert_eq!(order.len(), graph.len());
                let mut sorted = order.clone();
                sorted.sort_unstable();
                prop_assert_eq!(sorted, (0..graph.len()).collect::<Vec<_>>());
                prop_assert!(respects_every_edge(&graph, &order));
                prop_assert_eq!(&graph.order(&rank), &order);
                prop_assert!(graph.cycles(&rank).is_empty());
            }

            #[test]
            fn a_free_module_is_never_passed_over_for_a_higher_rank((graph, rank) in random_dag()) {
                let order = graph.order(&rank);
                let mut done = vec![false; graph.len()];
                for &m in &order {
                    let free_and_better = (0..graph.len()).any(|other| {
                        !done[other]
                            && other != m
                            && graph.requires(other).iter().all(|&p| done[p])
                            && (rank[other], other) < (rank[m], m)
                    });
                    prop_assert!(!free_and_better);
                    done[m] = true;
                }
            }

            #[test]
            fn what_a_goal_needs_is_closed_under_prerequisites((graph, _rank) in random_dag(), goal in 0usize..60) {
                let goal = goal % graph.len();
                let needed = graph.needed_for(&[goal], &[]);
                prop_assert!(needed[goal]);
                for m in 0..graph.len() {
                    if needed[m] {
                        prop_assert!(graph.requires(m).iter().all(|&p| needed[p]));
                    }
                }
            }
        }
    }
}
