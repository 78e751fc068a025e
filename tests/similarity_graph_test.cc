// BuildSimilarityGraph against the dense all-pairs reference of
// tests/reference/reference.h, on random clusters, plus structure checks
// (symmetry, no diagonal, sorted rows, thread-count independence).

#include "similarity_graph.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <iterator>
#include <random>

#include "reference/dense_bridge.h"

namespace chorus {
namespace internal {

namespace {

using reference::Dense;

// The same matrix, bit for bit: same structure, same stored doubles.
bool Identical(const SimilarityGraph& a, const SimilarityGraph& b) {
  if (a.rows() != b.rows() || a.cols() != b.cols() || a.nonZeros() != b.nonZeros()) return false;
  for (int i = 0; i < a.outerSize(); ++i) {
    SimilarityGraph::InnerIterator ea(a, i), eb(b, i);
    for (; ea && eb; ++ea, ++eb) {
      if (ea.index() != eb.index()) return false;
      if (std::memcmp(&ea.valueRef(), &eb.valueRef(), sizeof(double)) != 0) return false;
    }
    if (ea || eb) return false;
  }
  return true;
}

struct RandomCluster {
  SparseRows x;
  double threshold;
};

RandomCluster MakeRandomCluster(std::mt19937* rng) {
  static const double kThresholds[] = {0.0, 0.05, 0.1, 0.2, 0.35, 0.6, 0.9};
  std::uniform_int_distribution<int> sentences(1, 40), alphabet(2, 24), max_len(0, 10),
      pick(0, std::size(kThresholds) - 1);
  const int n = sentences(*rng), a = alphabet(*rng), l = max_len(*rng);
  RandomCluster c;
  c.x = BuildTermMatrix(reference::RandomSentenceTerms(rng, n, a, l)).rows;
  c.threshold = kThresholds[pick(*rng)];
  return c;
}

}  // namespace

TEST_CASE("similarity graph matches the dense all-pairs reference", "[graph]") {
  std::mt19937 rng(424242);
  int edges_seen = 0;
  for (int round = 0; round < 300; ++round) {
    const RandomCluster c = MakeRandomCluster(&rng);
    INFO("round " << round << " n " << c.x.rows() << " threshold " << c.threshold);
    const SimilarityGraph g = BuildSimilarityGraph(c.x, c.threshold, 0, 1);
    const Dense want = reference::DenseSimilarityGraph(reference::DenseOf(c.x), c.threshold);
    const int n = static_cast<int>(want.size());
    REQUIRE(g.rows() == n);
    REQUIRE(g.cols() == n);
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j) {
        INFO("edge " << i << "," << j);
        const bool present = EdgeWeight(g, i, j) != 0 || g.coeff(i, j) != 0;
        CHECK(present == (want[i][j] != 0));
        CHECK(std::fabs(g.coeff(i, j) - want[i][j]) <= 1e-12);
        edges_seen += present;
      }
  }
  CHECK(edges_seen > 1000);  // the random clusters are not all edgeless
}

TEST_CASE("similarity graph is symmetric bitwise, without diagonal, rows sorted", "[graph]") {
  std::mt19937 rng(17);
  for (int round = 0; round < 200; ++round) {
    const RandomCluster c = MakeRandomCluster(&rng);
    const SimilarityGraph g = BuildSimilarityGraph(c.x, c.threshold, 0, 2);
    INFO("round " << round);
    for (int i = 0; i < g.outerSize(); ++i) {
      int previous = -1;
      for (SimilarityGraph::InnerIterator e(g, i); e; ++e) {
        const int j = static_cast<int>(e.index());
        CHECK(j != i);
        CHECK(j > previous);
        previous = j;
        CHECK(e.value() >= c.threshold);
        CHECK(e.value() > 0);
        const double back = EdgeWeight(g, j, i);
        CHECK(std::memcmp(&back, &e.valueRef(), sizeof(double)) == 0);
      }
    }
  }
}

TEST_CASE("the exact graph equals the graph of whole rows bit for bit", "[graph]") {
  // The exact graph scores each pair once (row i, postings after i) and
  // mirrors it; with max_neighbors above any row's degree, every row is
  // summed whole (ComputeRow), the slow obvious way. Also with terms skipped
  // for their posting count.
  std::mt19937 rng(23);
  for (int round = 0; round < 300; ++round) {
    RandomCluster c = MakeRandomCluster(&rng);
    if (round % 10 == 0) c.x = BuildTermMatrix(reference::RandomSentenceTerms(&rng, 300, 30, 12)).rows;
    const int max_postings = round % 3 == 0 ? 0 : 1 + static_cast<int>(rng() % 6);
    const int n = static_cast<int>(c.x.rows());
    INFO("round " << round << " max_postings " << max_postings);
    CHECK(Identical(BuildSimilarityGraph(c.x, c.threshold, max_postings, 1),
                    BuildSimilarityGraph(c.x, c.threshold, max_postings, 1, 20000, n + 1)));
  }
}

TEST_CASE("similarity graph does not depend on the thread count", "[graph]") {
  std::mt19937 rng(5);
  for (int round = 0; round < 60; ++round) {
    RandomCluster c = MakeRandomCluster(&rng);
    if (round % 10 == 0) {  // now and then a larger one, so threads share rows
      c.x = BuildTermMatrix(reference::RandomSentenceTerms(&rng, 400, 24, 10)).rows;
    }
    const SimilarityGraph g1 = BuildSimilarityGraph(c.x, c.threshold, 0, 1);
    INFO("round " << round);
    CHECK(Identical(g1, BuildSimilarityGraph(c.x, c.threshold, 0, 2, 0)));
    CHECK(Identical(g1, BuildSimilarityGraph(c.x, c.threshold, 0, 4, 0)));
    CHECK(Identical(g1, BuildSimilarityGraph(c.x, c.threshold, 0, 0, 0)));
  }
}

TEST_CASE("similarity graph hand case and EdgeWeight", "[graph]") {
  // 0 and 1 identical; 2 shares one term with them; 3 shares nothing; 4 empty.
  const TermMatrix m =
      BuildTermMatrix({{"talk", "truce"}, {"talk", "truce"}, {"truce", "aid"}, {"vote"}, {}});
  const SimilarityGraph g = BuildSimilarityGraph(m.rows, 0.0, 0, 1);
  CHECK(EdgeWeight(g, 0, 1) == Approx(1.0).epsilon(1e-14));
  CHECK(EdgeWeight(g, 1, 0) == EdgeWeight(g, 0, 1));
  CHECK(EdgeWeight(g, 0, 2) > 0);
  CHECK(EdgeWeight(g, 0, 2) == Approx(RowCosine(m.rows, 0, 2)).epsilon(1e-14));
  // Absent edges: no shared term, the diagonal, an empty sentence.
  CHECK(EdgeWeight(g, 0, 3) == 0);
  CHECK(EdgeWeight(g, 3, 0) == 0);
  CHECK(EdgeWeight(g, 0, 0) == 0);
  CHECK(EdgeWeight(g, 3, 3) == 0);
  CHECK(EdgeWeight(g, 4, 0) == 0);
  CHECK(EdgeWeight(g, 2, 4) == 0);
  CHECK(g.row(3).nonZeros() == 0);
  CHECK(g.row(4).nonZeros() == 0);

  // A threshold between cos(0,2) and 1 keeps only the identical pair; the
  // threshold is inclusive (an edge exactly at it stays).
  const double c02 = EdgeWeight(g, 0, 2);
  const SimilarityGraph high = BuildSimilarityGraph(m.rows, c02 + 1e-9, 0, 1);
  CHECK(EdgeWeight(high, 0, 2) == 0);
  CHECK(EdgeWeight(high, 0, 1) > 0);
  CHECK(high.nonZeros() == 2);
  const SimilarityGraph at = BuildSimilarityGraph(m.rows, c02, 0, 1);
  CHECK(EdgeWeight(at, 0, 2) == c02);
  CHECK(EdgeWeight(at, 2, 1) == c02);
}

TEST_CASE("similarity graph of an empty input", "[graph]") {
  const SimilarityGraph g = BuildSimilarityGraph(SparseRows(0, 0), 0.1, 0, 2);
  CHECK(g.rows() == 0);
  CHECK(g.nonZeros() == 0);
  const SimilarityGraph one = BuildSimilarityGraph(BuildTermMatrix({{"talk"}}).rows, 0.1, 0, 2);
  CHECK(one.rows() == 1);
  CHECK(one.nonZeros() == 0);
}

}  // namespace internal
}  // namespace chorus

namespace chorus {
namespace internal {

TEST_CASE("max_postings skips terms that occur in too many rows", "[graph]") {
  // Rows 0-3 share term "common" (df 4); rows 0 and 1 also share "rare".
  TermMatrix m = BuildTermMatrix(
      {{"common", "rare"}, {"common", "rare"}, {"common", "x"}, {"common", "y"}});
  const SimilarityGraph all = BuildSimilarityGraph(m.rows, 0.0, 0, 1);
  const SimilarityGraph capped = BuildSimilarityGraph(m.rows, 0.0, 3, 1);
  CHECK(EdgeWeight(all, 2, 3) > 0);
  CHECK(EdgeWeight(capped, 2, 3) == 0);  // only "common" links them
  CHECK(EdgeWeight(capped, 0, 1) > 0);   // "rare" still does
  CHECK(EdgeWeight(capped, 0, 1) < EdgeWeight(all, 0, 1));
}

}  // namespace internal
}  // namespace chorus

namespace chorus {
namespace internal {

TEST_CASE("max_neighbors keeps each row's strongest edges, symmetric", "[graph]") {
  std::mt19937 rng(77);
  for (int round = 0; round < 40; ++round) {
    const SparseRows x =
        BuildTermMatrix(reference::RandomSentenceTerms(&rng, 30 + round * 10, 12, 8)).rows;
    const int k = 1 + round % 7;
    const SimilarityGraph all = BuildSimilarityGraph(x, 0.05, 0, 1);
    const SimilarityGraph g = BuildSimilarityGraph(x, 0.05, 0, 1, 0, k);
    INFO("round " << round << " k " << k);
    CHECK(Identical(g, BuildSimilarityGraph(x, 0.05, 0, 2, 0, k)));
    for (int i = 0; i < x.rows(); ++i) {
      // The row's k strongest edges of the full graph (higher cosine, then
      // lower index) are all kept; every kept edge is a full-graph edge
      // with the same weight, and is kept in both directions.
      std::vector<std::pair<double, int>> strongest;
      for (SimilarityGraph::InnerIterator e(all, i); e; ++e)
        strongest.emplace_back(-e.value(), static_cast<int>(e.index()));
      std::sort(strongest.begin(), strongest.end());
      for (size_t r = 0; r < strongest.size() && r < static_cast<size_t>(k); ++r)
        CHECK(EdgeWeight(g, i, strongest[r].second) == -strongest[r].first);
      for (SimilarityGraph::InnerIterator e(g, i); e; ++e) {
        CHECK(e.value() == EdgeWeight(all, i, static_cast<int>(e.index())));
        CHECK(EdgeWeight(g, static_cast<int>(e.index()), i) == e.value());
      }
      CHECK(g.row(i).nonZeros() <= std::min<long>(all.row(i).nonZeros(), 2L * (x.rows() - 1)));
    }
  }
}

}  // namespace internal
}  // namespace chorus
