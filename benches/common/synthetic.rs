//! A seeded generator of synthetic citation graphs shaped like the corpus.
//!
//! Document `i` (0-based) is the resolution `S/RES/{i+1} ({year})`, with
//! years from 1946 to 2025 rising with the index, and it cites only older
//! documents (lower indices), never the same one twice.
//!
//! Out-degrees follow a geometric law with the requested mean (the corpus's
//! out-degrees are skewed the same way: median about half the mean, 90th
//! percentile about 2.5 times it). Targets follow Price's model of cumulative
//! advantage: a document is cited with probability proportional to its
//! in-degree plus one, which gives in-degrees a power-law tail of exponent
//! `2 + 1/mean` (2.1 for a mean of 10), close to the corpus's (a
//! maximum-likelihood fit over the sc-resolutions in-degrees of at least 4
//! gives about 2.1; see docs/benchmarks.md).
//!
//! The draw is the standard mixture that realises the model exactly: with
//! probability `i / (i + edges so far)` a uniform older document, otherwise
//! the target of a uniformly chosen earlier citation (which picks documents
//! in proportion to their in-degree). The random numbers come from SplitMix64,
//! so a seed gives the same graph on every machine and no dependency is needed.

use unxref::{CitationGraph, Edge, EdgeKind, Node, NodeKind};

/// The first year of the synthetic documents.
pub const FIRST_YEAR: u16 = 1946;
/// The last year of the synthetic documents.
pub const LAST_YEAR: u16 = 2025;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// Number of documents.
    pub nodes: u32,
    /// Number of `cites` edges.
    pub edges: u64,
    /// Seed of the random numbers.
    pub seed: u64,
    /// Price's initial attractiveness: a document is cited with probability
    /// proportional to its in-degree plus this.
    pub attractiveness: u32,
}

impl Spec {
    /// The graph of the issue: one million documents, ten million citations.
    pub const FULL: Spec = Spec {
        nodes: 1_000_000,
        edges: 10_000_000,
        seed: 2531,
        attractiveness: 1,
    };

    /// Node count as an index bound.
    fn n(&self) -> usize {
        self.nodes as usize
    }
}

/// SplitMix64: tiny, fast, and good enough for sampling. Shared with the
/// corpus generator (`synthetic_corpus.rs`).
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (Lemire's multiply-shift; the bias is below 2^-32
    /// for the bounds used here).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `(0, 1]`.
    pub fn unit(&mut self) -> f64 {
        ((self.next_u64() >> 11) + 1) as f64 / (1u64 << 53) as f64
    }
}

/// The year of document `i` among `n`.
pub fn year_of(i: u32, n: u32) -> u16 {
    let span = u64::from(LAST_YEAR - FIRST_YEAR + 1);
    FIRST_YEAR + (u64::from(i) * span / u64::from(n.max(1))) as u16
}

/// The id of document `i` among `n`: `S/RES/{i+1} ({year})`.
pub fn id_of(i: u32, n: u32) -> String {
    format!("S/RES/{} ({})", i + 1, year_of(i, n))
}

/// The node of document `i` among `n`, as the extractor would make it for a
/// held resolution known by its symbol.
pub fn node_of(i: u32, n: u32) -> Node {
    let year = year_of(i, n);
    let mut node = Node::new(
        format!("S/RES/{} ({year})", i + 1),
        NodeKind::Resolution,
        format!("Resolution {} ({year})", i + 1),
    );
    node.year = Some(year);
    node.held = true;
    node
}

/// Out-degrees: geometric with mean `edges / nodes`, at most `i` for
/// document `i`, then nudged one at a time so they sum to `edges` exactly.
fn out_degrees(spec: &Spec, rng: &mut SplitMix64) -> Vec<u32> {
    let n = spec.n();
    let mean = spec.edges as f64 / n.max(1) as f64;
    let q = (mean / (1.0 + mean)).ln();
    let mut degrees: Vec<u32> = (0..n)
        .map(|i| {
            let d = (rng.unit().ln() / q).floor() as u64;
            d.min(i as u64) as u32
        })
        .collect();
    let mut total: u64 = degrees.iter().map(|&d| u64::from(d)).sum();
    let capacity: u64 = (0..n as u64).sum();
    assert!(
        spec.edges <= capacity,
        "{} documents cannot hold {} citations",
        n,
        spec.edges
    );
    while total < spec.edges {
        let i = rng.below(n as u64) as usize;
        if (degrees[i] as usize) < i {
            degrees[i] += 1;
            total += 1;
        }
    }
    while total > spec.edges {
        let i = rng.below(n as u64) as usize;
        if degrees[i] > 0 {
            degrees[i] -= 1;
            total -= 1;
        }
    }
    degrees
}

/// The citations of the synthetic graph, as `(citing, cited)` document
/// indices, grouped by citing document in increasing order.
pub fn citations(spec: &Spec) -> Vec<(u32, u32)> {
    let mut rng = SplitMix64(spec.seed);
    let degrees = out_degrees(spec, &mut rng);
    let mut edges: Vec<(u32, u32)> = Vec::with_capacity(spec.edges as usize);
    let mut chosen: Vec<u32> = Vec::new();
    for (i, &d) in degrees.iter().enumerate() {
        chosen.clear();
        let i = i as u64;
        let a = i * u64::from(spec.attractiveness);
        let mut misses = 0u32;
        while chosen.len() < d as usize {
            let so_far = edges.len() as u64;
            // Attractiveness in-degree + k: `k·i` units spread evenly, `so_far` by in-degree.
            // After many misses (a document citing most of the few older ones)
            // fall back to uniform draws, which always find a free one.
            let target = if misses > 64 || rng.below(a + so_far) < a {
                rng.below(i) as u32
            } else {
                edges[rng.below(so_far) as usize].1
            };
            if chosen.contains(&target) {
                misses += 1;
                continue;
            }
            chosen.push(target);
            edges.push((i as u32, target));
        }
    }
    edges
}

/// A citation graph of `nodes` documents holding these citations, built
/// through the public bulk-load API.
pub fn build(nodes: u32, citations: &[(u32, u32)]) -> CitationGraph {
    let mut graph = CitationGraph::new();
    graph.reserve(nodes as usize, citations.len());
    let index: Vec<_> = (0..nodes).map(|i| graph.add_node(node_of(i, nodes))).collect();
    for &(s, t) in citations {
        graph.add_edge_unchecked(index[s as usize], index[t as usize], Edge::bare(EdgeKind::Cites));
    }
    graph
}
