// Power iteration for continuous LexRank on a symmetric sparse graph.
// Because W is symmetric, (Mᵀ p)_j = Σ_i W_ji p_i / deg_i is a walk over
// row j, so rows are independent and computed in parallel.
// Tests: tests/lexrank_test.cc.

#include "lexrank.h"

#include <omp.h>

#include <cmath>

namespace chorus {
namespace internal {

LexRankResult LexRank(const SimilarityGraph& g, const std::vector<double>& personalization,
                      const LexRankParams& params) {
  const int n = static_cast<int>(g.rows());
  LexRankResult result;
  if (n == 0) {
    result.converged = true;
    return result;
  }
  std::vector<double> v(n, 1.0 / n);
  if (!personalization.empty()) {
    double sum = 0;
    for (double x : personalization) sum += x;
    for (int i = 0; i < n; ++i) v[i] = personalization[i] / sum;
  }
  std::vector<double> inv_degree(n, 0.0);
  for (int i = 0; i < n; ++i) {
    double deg = 0;
    for (SimilarityGraph::InnerIterator e(g, i); e; ++e) deg += e.value();
    inv_degree[i] = deg > 0 ? 1.0 / deg : 0.0;
  }
  const int nthreads = params.threads > 0 ? params.threads : omp_get_max_threads();
  const bool parallel = g.nonZeros() >= params.parallel_min_edges;
  std::vector<double> p = v, next(n), share(n);
  // share and the dangling mass of p: for the first iteration here, then
  // for each next one in the pass that measures the change.
  double dangling = 0;
  for (int i = 0; i < n; ++i) {
    share[i] = p[i] * inv_degree[i];
    if (inv_degree[i] == 0) dangling += p[i];
  }
  // The rows as plain arrays (a compressed copy if `g` is not compressed).
  SimilarityGraph compressed;
  const SimilarityGraph* rows = &g;
  if (!g.isCompressed()) {
    compressed = g;
    compressed.makeCompressed();
    rows = &compressed;
  }
  const int* outer = rows->outerIndexPtr();
  const int* inner = rows->innerIndexPtr();
  const double* weight = rows->valuePtr();
  for (result.iterations = 1; result.iterations <= params.max_iterations; ++result.iterations) {
    // next[j] from row j, its sum in index order. Locals, not members read
    // through references: the stores to next[j] could alias them, so the
    // compiler reloaded each one per row.
    const double d = params.damping, teleport = 1 - params.damping, dangling_now = dangling;
    const double* shares = share.data();
    const double* vs = v.data();
    double* nexts = next.data();
    auto step = [outer, inner, weight, d, teleport, dangling_now, shares, vs, nexts](int j) {
      double in = 0;
      for (int e = outer[j]; e < outer[j + 1]; ++e) in += weight[e] * shares[inner[e]];
      nexts[j] = teleport * vs[j] + d * (in + dangling_now * vs[j]);
    };
    if (parallel) {
#pragma omp parallel for num_threads(nthreads) schedule(static)
      for (int j = 0; j < n; ++j) step(j);
    } else {  // no thread team per iteration: its start cost more than a small graph's pass
      for (int j = 0; j < n; ++j) step(j);
    }
    double change = 0;
    double next_dangling = 0;  // the same sum, in the same order, as above
    for (int i = 0; i < n; ++i) {
      change += std::fabs(next[i] - p[i]);
      share[i] = next[i] * inv_degree[i];
      if (inv_degree[i] == 0) next_dangling += next[i];
    }
    dangling = next_dangling;
    p.swap(next);
    if (change < params.tolerance) {
      result.converged = true;
      break;
    }
  }
  if (result.iterations > params.max_iterations) result.iterations = params.max_iterations;
  result.scores = std::move(p);
  return result;
}

}  // namespace internal
}  // namespace chorus
