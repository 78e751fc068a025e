// Sparse cosine graph via an inverted index: for sentence i, walk its terms
// and each term's posting list, accumulating dot products in a per-thread
// dense accumulator. Cost is Σ_t df(t)², not n². The exact graph scores
// each pair once (row i walks only the postings after i) and mirrors it:
// row j would sum the same products in the same term order, so the mirrored
// weight is the one row j would compute, bit for bit.
// Tests: tests/similarity_graph_test.cc.

#include "similarity_graph.h"

#include <omp.h>

#include <algorithm>
#include <iterator>
#include <memory>
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

// The columns of x as posting lists (rows ascending), and for each entry of
// x (in x's storage order) its position in its column's list.
struct Postings {
  std::vector<int> start;  // column t owns [start[t], start[t + 1])
  // Arrays every slot of which is written before it is read: no zeroing.
  std::unique_ptr<int[]> row;
  std::unique_ptr<double[]> value;
  std::unique_ptr<int[]> position;  // by entry of x
};

Postings MakePostings(const SparseRows& x) {
  Postings p;
  const int n = static_cast<int>(x.rows());
  const int* outer = x.outerIndexPtr();
  const int* inner = x.innerIndexPtr();
  const double* values = x.valuePtr();
  const int nnz = outer[n];
  p.start.assign(static_cast<size_t>(x.cols()) + 1, 0);
  for (int e = 0; e < nnz; ++e) ++p.start[inner[e] + 1];
  for (size_t t = 1; t < p.start.size(); ++t) p.start[t] += p.start[t - 1];
  std::vector<int> fill(p.start.begin(), p.start.end() - 1);
  p.row.reset(new int[static_cast<size_t>(nnz)]);
  p.value.reset(new double[static_cast<size_t>(nnz)]);
  p.position.reset(new int[static_cast<size_t>(nnz)]);
  for (int i = 0; i < n; ++i)
    for (int e = outer[i]; e < outer[i + 1]; ++e) {
      const int at = fill[inner[e]]++;
      p.row[at] = i;
      p.value[at] = values[e];
      p.position[e] = at;
    }
  return p;
}

// The edges (j, cosine) of row i with j > i and cosine >= threshold, sorted
// by j, appended to *out: the sums of ComputeRow, on the postings after i.
// Rows are listed in *touched the first time their sum leaves 0 (written
// every time, counted only then: no branch per posting), in a buffer sized
// for every posting the row reads.
void ComputeUpperRow(const SparseRows& x, const Postings& p, int i, double threshold,
                     int max_postings, std::vector<double>* acc, std::vector<int>* touched,
                     Row* out) {
  const int* inner = x.innerIndexPtr();
  const double* values = x.valuePtr();
  const int* start = p.start.data();
  const int* rows = p.row.get();
  const double* weights = p.value.get();
  const int* position = p.position.get();
  const int row_begin = x.outerIndexPtr()[i], row_end = x.outerIndexPtr()[i + 1];
  auto skipped = [&](int t) { return max_postings > 0 && start[t + 1] - start[t] > max_postings; };
  size_t reads = 0;
  for (int e = row_begin; e < row_end; ++e)
    if (!skipped(inner[e])) reads += static_cast<size_t>(start[inner[e] + 1] - position[e] - 1);
  if (touched->size() < reads) touched->resize(reads);
  int* listed = touched->data();
  double* a = acc->data();
  size_t count = 0;
  for (int e = row_begin; e < row_end; ++e) {
    const int t = inner[e];
    if (skipped(t)) continue;
    const int end = start[t + 1];
    const double v = values[e];
    for (int at = position[e] + 1; at < end; ++at) {
      const int j = rows[at];
      const double sum = a[j];
      listed[count] = j;
      count += sum == 0;
      a[j] = sum + v * weights[at];
    }
  }
  const size_t first = out->size();
  for (size_t k = 0; k < count; ++k) {
    const int j = listed[k];
    if (a[j] >= threshold) out->emplace_back(j, a[j]);
    a[j] = 0;
  }
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end());
}

// The exact graph: each pair scored once, in row i < j, then mirrored.
SimilarityGraph BuildExactGraph(const SparseRows& x, double threshold, int max_postings,
                                int threads, long parallel_min_nonzeros) {
  const int n = static_cast<int>(x.rows());
  const Postings p = MakePostings(x);
  // Row i's upper edges are upper[upper_start[i], upper_start[i + 1]).
  Row upper;
  std::vector<size_t> upper_start(n + 1, 0);
  if (x.nonZeros() >= parallel_min_nonzeros && n > 1) {
    std::vector<Row> rows(n);
    const int nthreads = threads > 0 ? threads : omp_get_max_threads();
#pragma omp parallel num_threads(nthreads)
    {
      std::vector<double> acc(n, 0.0);
      std::vector<int> touched;
#pragma omp for schedule(dynamic, 64)
      for (int i = 0; i < n; ++i)
        ComputeUpperRow(x, p, i, threshold, max_postings, &acc, &touched, &rows[i]);
    }
    for (int i = 0; i < n; ++i) {
      upper.insert(upper.end(), rows[i].begin(), rows[i].end());
      upper_start[i + 1] = upper.size();
    }
  } else {
    std::vector<double> acc(n, 0.0);
    std::vector<int> touched;
    for (int i = 0; i < n; ++i) {
      ComputeUpperRow(x, p, i, threshold, max_postings, &acc, &touched, &upper);
      upper_start[i + 1] = upper.size();
    }
  }
  // Row i: its lower edges (mirrored from rows before it, in row order), then
  // its upper ones.
  SimilarityGraph g(n, n);
  g.resizeNonZeros(static_cast<Eigen::Index>(2 * upper.size()));
  int* outer = g.outerIndexPtr();
  int* inner = g.innerIndexPtr();
  double* value = g.valuePtr();
  for (int i = 0; i < n; ++i) {
    outer[i + 1] += static_cast<int>(upper_start[i + 1] - upper_start[i]);
    for (size_t e = upper_start[i]; e < upper_start[i + 1]; ++e) ++outer[upper[e].first + 1];
  }
  for (int i = 0; i < n; ++i) outer[i + 1] += outer[i];
  std::vector<int> fill(outer, outer + n);
  for (int i = 0; i < n; ++i)
    for (size_t e = upper_start[i]; e < upper_start[i + 1]; ++e) {
      const auto [j, w] = upper[e];
      inner[fill[i]] = j;
      value[fill[i]++] = w;
      inner[fill[j]] = i;
      value[fill[j]++] = w;
    }
  return g;
}

}  // namespace

SimilarityGraph BuildSimilarityGraph(const SparseRows& x, double threshold, int max_postings,
                                     int threads, long parallel_min_nonzeros, int max_neighbors) {
  if (max_neighbors == 0)
    return BuildExactGraph(x, threshold, max_postings, threads, parallel_min_nonzeros);
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
  Symmetrize(&rows);
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
