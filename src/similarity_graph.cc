// Sparse cosine graph via an inverted index: for sentence i, walk its terms
// and each term's posting list, accumulating dot products in a per-thread
// dense accumulator. Cost is Σ_t df(t)², not n².
// Tests: tests/similarity_graph_test.cc.

#include "similarity_graph.h"

#include <omp.h>

#include <algorithm>
#include <iterator>
#include <vector>

namespace chorus {
namespace internal {

namespace {

using SparseCols = Eigen::SparseMatrix<double, Eigen::ColMajor, int>;
using Row = std::vector<std::pair<int, double>>;

// True when edge a is stronger than b: higher cosine, then lower index.
bool Stronger(const std::pair<int, double>& a, const std::pair<int, double>& b) {
  return a.second != b.second ? a.second > b.second : a.first < b.first;
}

// Row i of the graph: every j != i with cos(i, j) >= threshold (only the
// `max_neighbors` strongest when > 0), sorted by j.
void ComputeRow(const SparseRows& x, const SparseCols& postings, int i, double threshold,
                int max_postings, int max_neighbors, std::vector<double>* acc,
                std::vector<int>* touched, Row* out) {
  touched->clear();
  const int* starts = postings.outerIndexPtr();
  for (SparseRows::InnerIterator t(x, i); t; ++t) {
    if (max_postings > 0 && starts[t.index() + 1] - starts[t.index()] > max_postings) continue;
    for (SparseCols::InnerIterator p(postings, t.index()); p; ++p) {
      const int j = p.index();
      if (j == i) continue;
      if ((*acc)[j] == 0) touched->push_back(j);
      (*acc)[j] += t.value() * p.value();
    }
  }
  // Keep, then sort only the edges: most touched rows share a term or two
  // and fall below the threshold, and sorting all of them dominated the cost
  // of big clusters.
  out->clear();
  for (int j : *touched) {
    if ((*acc)[j] >= threshold) out->emplace_back(j, (*acc)[j]);
    (*acc)[j] = 0;
  }
  if (max_neighbors > 0 && out->size() > static_cast<size_t>(max_neighbors)) {
    std::nth_element(out->begin(), out->begin() + max_neighbors, out->end(), Stronger);
    out->resize(static_cast<size_t>(max_neighbors));
    out->shrink_to_fit();  // rows live until the end: drop the dropped edges' room
  }
  std::sort(out->begin(), out->end());
}

// Makes capped rows symmetric again: (i, j) is kept when either row kept it.
// Both rows computed the same cosine (the same products summed in the same
// term order), so the union needs no reconciling of weights.
void Symmetrize(std::vector<Row>* rows) {
  const int n = static_cast<int>(rows->size());
  std::vector<Row> reverse(n);  // reverse[j]: (i, w) for j in row i; i ascending
  for (int i = 0; i < n; ++i)
    for (auto [j, w] : (*rows)[i]) reverse[j].emplace_back(i, w);
  Row merged;
  for (int i = 0; i < n; ++i) {
    merged.clear();
    std::set_union((*rows)[i].begin(), (*rows)[i].end(), reverse[i].begin(), reverse[i].end(),
                   std::back_inserter(merged),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
    (*rows)[i].assign(merged.begin(), merged.end());
    Row().swap(reverse[i]);
  }
}

}  // namespace

SimilarityGraph BuildSimilarityGraph(const SparseRows& x, double threshold, int max_postings,
                                     int threads, long parallel_min_nonzeros, int max_neighbors) {
  const int n = static_cast<int>(x.rows());
  const SparseCols postings(x);
  std::vector<Row> rows(n);
  const int nthreads = threads > 0 ? threads : omp_get_max_threads();
#pragma omp parallel num_threads(nthreads) if (x.nonZeros() >= parallel_min_nonzeros)
  {
    std::vector<double> acc(n, 0.0);
    std::vector<int> touched;
#pragma omp for schedule(dynamic, 64)
    for (int i = 0; i < n; ++i)
      ComputeRow(x, postings, i, threshold, max_postings, max_neighbors, &acc, &touched,
                 &rows[i]);
  }
  if (max_neighbors > 0) Symmetrize(&rows);
  SimilarityGraph g(n, n);
  size_t nnz = 0;
  for (const auto& r : rows) nnz += r.size();
  g.reserve(static_cast<Eigen::Index>(nnz));
  for (int i = 0; i < n; ++i) {
    g.startVec(i);
    for (auto [j, w] : rows[i]) g.insertBack(i, j) = w;
  }
  g.finalize();
  return g;
}

double EdgeWeight(const SimilarityGraph& g, int i, int j) {
  const int* begin = g.innerIndexPtr() + g.outerIndexPtr()[i];
  const int* end = g.innerIndexPtr() + g.outerIndexPtr()[i + 1];
  const int* it = std::lower_bound(begin, end, j);
  if (it == end || *it != j) return 0.0;
  return g.valuePtr()[it - g.innerIndexPtr()];
}

}  // namespace internal
}  // namespace chorus
