// The cosine similarity graph of a cluster's sentences, kept sparse: only
// pairs that share a term are ever scored (an inverted index over the
// columns of the TF-IDF matrix), and only edges at or above a threshold are
// kept. Never a dense n×n matrix. Tests: tests/similarity_graph_test.cc
// (against the dense all-pairs reference).

#ifndef CHORUS_SRC_SIMILARITY_GRAPH_H_
#define CHORUS_SRC_SIMILARITY_GRAPH_H_

#include "tfidf.h"

namespace chorus {
namespace internal {

// Symmetric, no diagonal; row i holds (j, cosine) for j != i, sorted by j.
using SimilarityGraph = SparseRows;

// Builds the graph of the rows of `x` (unit-length rows, non-negative
// entries). Edges with cosine below `threshold` are dropped. Terms that occur
// in more than `max_postings` rows are skipped when scoring pairs: their IDF
// is near zero, and scoring them costs df² (a cluster of 100,000 copies of
// one sentence would otherwise cost 10^10 products); 0 means no limit. Rows are computed in parallel on `threads`
// threads (0: OpenMP default); each row's sum runs in a fixed order, so the
// result does not depend on the thread count and is exactly symmetric.
// Rows are computed in parallel only when `x` has at least
// `parallel_min_nonzeros` entries (a thread team costs more than a small
// graph); tests set 0 to exercise the parallel path.
// `max_neighbors` > 0 bounds the graph of a huge cluster (a k-nearest-
// neighbour graph): each row keeps only its max_neighbors strongest edges
// (higher cosine, then lower index), and an edge stays when either end kept
// it, so the graph is still symmetric and a row has at most 2·max_neighbors
// edges. 0 (the default) keeps every edge at or above the threshold.
SimilarityGraph BuildSimilarityGraph(const SparseRows& x, double threshold, int max_postings,
                                     int threads, long parallel_min_nonzeros = 20000,
                                     int max_neighbors = 0);

// Weight of edge (i, j), 0 when absent. O(log degree).
double EdgeWeight(const SimilarityGraph& g, int i, int j);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_SIMILARITY_GRAPH_H_
