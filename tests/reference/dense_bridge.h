// Conversions between the fast code's sparse matrices and the dense
// matrices of reference.h. Header-only: only the test binaries (which link
// Eigen) include it; the reference itself never sees Eigen.

#ifndef CHORUS_TESTS_REFERENCE_DENSE_BRIDGE_H_
#define CHORUS_TESTS_REFERENCE_DENSE_BRIDGE_H_

#include <vector>

#include "mmr_selector.h"
#include "reference/reference.h"
#include "similarity_graph.h"
#include "tfidf.h"

namespace chorus {
namespace reference {

// The dense copy of a sparse matrix (absent entries are 0).
inline Dense DenseOf(const internal::SparseRows& m) {
  Dense d(m.rows(), std::vector<double>(m.cols(), 0.0));
  for (int i = 0; i < m.outerSize(); ++i)
    for (internal::SparseRows::InnerIterator e(m, i); e; ++e) d[i][e.index()] = e.value();
  return d;
}

// A compressed sparse graph from a dense symmetric matrix with zero
// diagonal; zero entries are absent. For hand-built test graphs.
inline internal::SimilarityGraph GraphOf(const Dense& w) {
  const int n = static_cast<int>(w.size());
  std::vector<Eigen::Triplet<double>> triplets;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      if (w[i][j] != 0) triplets.emplace_back(i, j, w[i][j]);
  internal::SimilarityGraph g(n, n);
  g.setFromTriplets(triplets.begin(), triplets.end());
  g.makeCompressed();
  return g;
}

inline std::vector<Item> ItemsOf(const std::vector<internal::SelectionItem>& items) {
  std::vector<Item> out;
  for (const auto& i : items) out.push_back({i.relevance, i.cost, i.doc, i.sentence, i.eligible});
  return out;
}

inline SelectionParams ParamsOf(const internal::SelectionParams& p) {
  return {p.lambda, p.redundancy_threshold, p.budget};
}

}  // namespace reference
}  // namespace chorus

#endif  // CHORUS_TESTS_REFERENCE_DENSE_BRIDGE_H_
