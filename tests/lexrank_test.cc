// LexRank power iteration against the dense Google-matrix reference of
// tests/reference/reference.h on random graphs, plus hand-checked graphs,
// personalization, thread-count independence and the stopping rule.

#include "lexrank.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <iterator>
#include <numeric>
#include <random>

#include "reference/dense_bridge.h"

namespace chorus {
namespace internal {

namespace {

using reference::Dense;

SimilarityGraph RandomGraph(std::mt19937* rng, int max_n = 40) {
  static const double kThresholds[] = {0.0, 0.05, 0.1, 0.2, 0.35, 0.6};
  std::uniform_int_distribution<int> sentences(1, max_n), alphabet(2, 24), max_len(0, 10),
      pick(0, std::size(kThresholds) - 1);
  const int n = sentences(*rng), a = alphabet(*rng), l = max_len(*rng);
  const SparseRows x = BuildTermMatrix(reference::RandomSentenceTerms(rng, n, a, l)).rows;
  return BuildSimilarityGraph(x, kThresholds[pick(*rng)], 0, 1);
}

// Non-negative, positive sum, some zeros, not normalized.
std::vector<double> RandomPersonalization(std::mt19937* rng, int n) {
  std::uniform_real_distribution<double> weight(0.0, 3.0);
  std::bernoulli_distribution zero(0.3);
  std::vector<double> v(n);
  for (double& x : v) x = zero(*rng) ? 0.0 : weight(*rng);
  v[std::uniform_int_distribution<int>(0, n - 1)(*rng)] = 1.5;  // positive sum
  return v;
}

double Sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

LexRankParams Params(double tolerance, int max_iterations = 200, int threads = 1) {
  LexRankParams p;
  p.tolerance = tolerance;
  p.max_iterations = max_iterations;
  p.threads = threads;
  p.parallel_min_edges = 0;  // always take the parallel path when threads > 1
  return p;
}

// Runs both implementations; same iterations, same flag, scores within 1e-9.
void CheckMatchesReference(const SimilarityGraph& g, const std::vector<double>& v,
                           const LexRankParams& p) {
  const LexRankResult fast = LexRank(g, v, p);
  const reference::DenseLexRankResult want =
      reference::DenseLexRank(reference::DenseOf(g), v, p.damping, p.tolerance, p.max_iterations);
  CHECK(fast.iterations == want.iterations);
  CHECK(fast.converged == want.converged);
  REQUIRE(fast.scores.size() == want.scores.size());
  for (size_t i = 0; i < want.scores.size(); ++i) {
    INFO("node " << i);
    CHECK(std::fabs(fast.scores[i] - want.scores[i]) <= 1e-9);
  }
  if (!fast.scores.empty()) CHECK(std::fabs(Sum(fast.scores) - 1.0) <= 1e-12);
}

// The power iteration one row at a time, in the order of the contract (each
// entry a sum over its row in index order, global sums serially): LexRank
// must give the same bits.
LexRankResult RowByRowLexRank(const SimilarityGraph& g, const std::vector<double>& personalization,
                              const LexRankParams& params) {
  const int n = static_cast<int>(g.rows());
  LexRankResult r;
  if (n == 0) {
    r.converged = true;
    return r;
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
  std::vector<double> p = v, next(n);
  for (r.iterations = 1; r.iterations <= params.max_iterations; ++r.iterations) {
    double dangling = 0;
    for (int i = 0; i < n; ++i)
      if (inv_degree[i] == 0) dangling += p[i];
    for (int j = 0; j < n; ++j) {
      double in = 0;
      for (SimilarityGraph::InnerIterator e(g, j); e; ++e)
        in += e.value() * (p[e.index()] * inv_degree[e.index()]);
      next[j] = (1 - params.damping) * v[j] + params.damping * (in + dangling * v[j]);
    }
    double change = 0;
    for (int i = 0; i < n; ++i) change += std::fabs(next[i] - p[i]);
    p.swap(next);
    if (change < params.tolerance) {
      r.converged = true;
      break;
    }
  }
  if (r.iterations > params.max_iterations) r.iterations = params.max_iterations;
  r.scores = std::move(p);
  return r;
}

}  // namespace

TEST_CASE("lexrank matches the dense reference on random graphs", "[lexrank]") {
  std::mt19937 rng(8675309);
  const double kDampings[] = {0.85, 0.5, 0.99, 0.0, 1.0};
  for (int round = 0; round < 250; ++round) {
    const SimilarityGraph g = RandomGraph(&rng);
    LexRankParams p = Params(round % 2 ? 1e-6 : 1e-12, 1000);
    p.damping = kDampings[round % std::size(kDampings)];
    INFO("round " << round << " n " << g.rows() << " damping " << p.damping);
    CheckMatchesReference(g, {}, p);
  }
}

TEST_CASE("lexrank with personalization matches the reference", "[lexrank]") {
  std::mt19937 rng(31337);
  for (int round = 0; round < 200; ++round) {
    const SimilarityGraph g = RandomGraph(&rng);
    const std::vector<double> v = RandomPersonalization(&rng, static_cast<int>(g.rows()));
    INFO("round " << round << " n " << g.rows());
    CheckMatchesReference(g, v, Params(round % 2 ? 1e-6 : 1e-12, 1000));
  }
}

TEST_CASE("lexrank scores are a probability distribution", "[lexrank]") {
  std::mt19937 rng(2);
  for (int round = 0; round < 100; ++round) {
    const SimilarityGraph g = RandomGraph(&rng);
    const LexRankResult r = LexRank(g, {}, LexRankParams{});
    INFO("round " << round);
    REQUIRE(r.scores.size() == static_cast<size_t>(g.rows()));
    for (double s : r.scores) CHECK(s > 0);
    CHECK(std::fabs(Sum(r.scores) - 1.0) <= 1e-12);
    CHECK(r.converged);
    CHECK(r.iterations >= 1);
    CHECK(r.iterations <= LexRankParams{}.max_iterations);
  }
}

TEST_CASE("lexrank hand-checked graphs", "[lexrank]") {
  const LexRankParams tight = Params(1e-15, 10000);
  const double d = tight.damping;

  SECTION("path a-b-c: p_a = ((1-d)/3 + d/2) / (1+d)") {
    const SimilarityGraph g = reference::GraphOf({{0, 1, 0}, {1, 0, 1}, {0, 1, 0}});
    const LexRankResult r = LexRank(g, {}, tight);
    const double pa = ((1 - d) / 3 + d / 2) / (1 + d);
    CHECK(r.scores[0] == Approx(pa).epsilon(1e-10));
    CHECK(r.scores[2] == Approx(pa).epsilon(1e-10));
    CHECK(r.scores[1] == Approx(1 - 2 * pa).epsilon(1e-10));
  }
  SECTION("star: the centre ranks highest, the leaves tie") {
    Dense w(6, std::vector<double>(6, 0.0));
    for (int leaf = 1; leaf < 6; ++leaf) w[0][leaf] = w[leaf][0] = 0.4;
    const LexRankResult r = LexRank(reference::GraphOf(w), {}, tight);
    for (int leaf = 1; leaf < 6; ++leaf) {
      CHECK(r.scores[0] > r.scores[leaf]);
      CHECK(r.scores[leaf] == Approx(r.scores[1]).epsilon(1e-14));
    }
  }
  SECTION("two disconnected identical components score alike") {
    Dense w(6, std::vector<double>(6, 0.0));
    for (int base : {0, 3}) {
      w[base][base + 1] = w[base + 1][base] = 0.3;
      w[base][base + 2] = w[base + 2][base] = 0.5;
      w[base + 1][base + 2] = w[base + 2][base + 1] = 0.7;
    }
    const LexRankResult r = LexRank(reference::GraphOf(w), {}, tight);
    for (int i = 0; i < 3; ++i) CHECK(r.scores[i] == Approx(r.scores[i + 3]).epsilon(1e-12));
    CHECK(r.scores[0] + r.scores[1] + r.scores[2] == Approx(0.5).epsilon(1e-12));
    // The node with the heaviest edges (2: 0.5 + 0.7) ranks first.
    CHECK(r.scores[2] > r.scores[1]);
    CHECK(r.scores[1] > r.scores[0]);
  }
  SECTION("an isolated node teleports: p = ((1-d)/n) / (1 - d/n)") {
    const SimilarityGraph g = reference::GraphOf({{0, 0.8, 0}, {0.8, 0, 0}, {0, 0, 0}});
    const LexRankResult r = LexRank(g, {}, tight);
    const double p2 = ((1 - d) / 3) / (1 - d / 3);
    CHECK(r.scores[2] == Approx(p2).epsilon(1e-10));
    CHECK(r.scores[0] == Approx((1 - p2) / 2).epsilon(1e-10));
    CHECK(r.scores[1] == Approx(r.scores[0]).epsilon(1e-14));
  }
  SECTION("no edges at all: the scores are the teleport vector") {
    const LexRankResult r = LexRank(reference::GraphOf(Dense(4, std::vector<double>(4, 0.0))),
                                    {}, LexRankParams{});
    for (double s : r.scores) CHECK(s == Approx(0.25).epsilon(1e-15));
    CHECK(r.converged);
    CHECK(r.iterations == 1);
  }
  SECTION("one node") {
    const LexRankResult r = LexRank(reference::GraphOf({{0}}), {}, LexRankParams{});
    REQUIRE(r.scores.size() == 1);
    CHECK(r.scores[0] == Approx(1.0).epsilon(1e-15));
  }
  SECTION("no nodes") {
    const LexRankResult r = LexRank(SimilarityGraph(0, 0), {}, LexRankParams{});
    CHECK(r.scores.empty());
    CHECK(r.converged);
    CHECK(r.iterations == 0);
  }
}

TEST_CASE("lexrank personalization", "[lexrank]") {
  const SimilarityGraph path = reference::GraphOf({{0, 1, 0}, {1, 0, 1}, {0, 1, 0}});
  SECTION("it is normalized: scale does not matter") {
    const LexRankResult a = LexRank(path, {1, 0, 0}, LexRankParams{});
    const LexRankResult b = LexRank(path, {2, 0, 0}, LexRankParams{});
    for (int i = 0; i < 3; ++i) CHECK(a.scores[i] == Approx(b.scores[i]).epsilon(1e-15));
  }
  SECTION("uniform personalization equals none") {
    const LexRankResult a = LexRank(path, {}, LexRankParams{});
    const LexRankResult b = LexRank(path, {5, 5, 5}, LexRankParams{});
    for (int i = 0; i < 3; ++i) CHECK(a.scores[i] == Approx(b.scores[i]).epsilon(1e-14));
  }
  SECTION("teleporting to one end favours it over the other end") {
    const LexRankResult r = LexRank(path, {1, 0, 0}, Params(1e-15, 10000));
    CHECK(r.scores[0] > r.scores[2]);
    CHECK(std::fabs(Sum(r.scores) - 1.0) <= 1e-12);
  }
  SECTION("damping 0: the scores are v after one step") {
    LexRankParams p;
    p.damping = 0;
    const LexRankResult r = LexRank(path, {1, 3, 0}, p);
    CHECK(r.scores[0] == Approx(0.25).epsilon(1e-15));
    CHECK(r.scores[1] == Approx(0.75).epsilon(1e-15));
    CHECK(r.scores[2] == 0);
  }
  SECTION("an isolated node that nobody teleports to scores 0") {
    const SimilarityGraph g = reference::GraphOf({{0, 0.8, 0}, {0.8, 0, 0}, {0, 0, 0}});
    const LexRankResult r = LexRank(g, {1, 1, 0}, Params(1e-15, 10000));
    CHECK(r.scores[2] == 0);
    CHECK(r.scores[0] == Approx(0.5).epsilon(1e-12));
  }
  SECTION("dangling mass goes along v, not uniformly") {
    // Node 2 is isolated; v puts everything on node 0.
    const SimilarityGraph g = reference::GraphOf({{0, 0.8, 0}, {0.8, 0, 0}, {0, 0, 0}});
    CheckMatchesReference(g, {1, 0, 0}, Params(1e-14, 10000));
    CheckMatchesReference(g, {0, 0, 1}, Params(1e-14, 10000));
  }
}

TEST_CASE("lexrank equals the row-by-row iteration bit for bit", "[lexrank]") {
  // Rows are summed two at a time, from the compressed arrays: odd and even
  // node counts, rows of unequal lengths, empty rows, and a graph that is
  // not compressed.
  std::mt19937 rng(2718);
  for (int round = 0; round < 300; ++round) {
    SimilarityGraph g = RandomGraph(&rng, round % 3 == 0 ? 120 : 40);
    const std::vector<double> v =
        round % 2 ? RandomPersonalization(&rng, static_cast<int>(g.rows())) : std::vector<double>{};
    if (round % 5 == 0) g.uncompress();
    const LexRankParams p = Params(round % 2 ? 1e-6 : 1e-12, 300, 1 + round % 2);
    const LexRankResult fast = LexRank(g, v, p);
    const LexRankResult slow = RowByRowLexRank(g, v, p);
    INFO("round " << round << " n " << g.rows());
    CHECK(fast.iterations == slow.iterations);
    CHECK(fast.converged == slow.converged);
    REQUIRE(fast.scores.size() == slow.scores.size());
    CHECK(std::memcmp(fast.scores.data(), slow.scores.data(),
                      fast.scores.size() * sizeof(double)) == 0);
  }
}

TEST_CASE("lexrank does not depend on the thread count", "[lexrank]") {
  std::mt19937 rng(11);
  for (int round = 0; round < 20; ++round) {
    SimilarityGraph g = RandomGraph(&rng);
    if (round % 4 == 0) {
      const SparseRows x =
          BuildTermMatrix(reference::RandomSentenceTerms(&rng, 500, 24, 8)).rows;
      g = BuildSimilarityGraph(x, 0.1, 0, 1);
    }
    const std::vector<double> v =
        round % 2 ? RandomPersonalization(&rng, static_cast<int>(g.rows())) : std::vector<double>{};
    const LexRankResult one = LexRank(g, v, Params(1e-10, 500, 1));
    const LexRankResult four = LexRank(g, v, Params(1e-10, 500, 4));
    INFO("round " << round << " n " << g.rows());
    CHECK(one.iterations == four.iterations);
    CHECK(one.converged == four.converged);
    REQUIRE(one.scores.size() == four.scores.size());
    CHECK(std::memcmp(one.scores.data(), four.scores.data(),
                      one.scores.size() * sizeof(double)) == 0);
  }
}

TEST_CASE("lexrank stopping rule and iteration count", "[lexrank]") {
  std::mt19937 rng(4);
  SimilarityGraph g;
  do {
    g = RandomGraph(&rng);
  } while (g.rows() < 10 || g.nonZeros() < 20);

  SECTION("stops at max_iterations without converging") {
    for (int max_iterations : {1, 2, 5}) {
      const LexRankResult r = LexRank(g, {}, Params(0.0, max_iterations));
      CHECK_FALSE(r.converged);
      CHECK(r.iterations == max_iterations);
      CheckMatchesReference(g, {}, Params(0.0, max_iterations));
    }
  }
  SECTION("max_iterations 0 returns the teleport vector, not converged") {
    const LexRankResult r = LexRank(g, {}, Params(1e-6, 0));
    CHECK_FALSE(r.converged);
    CHECK(r.iterations == 0);
    for (double s : r.scores) CHECK(s == Approx(1.0 / g.rows()).epsilon(1e-15));
  }
  SECTION("a tighter tolerance takes at least as many iterations") {
    const LexRankResult loose = LexRank(g, {}, Params(1e-4));
    const LexRankResult tight = LexRank(g, {}, Params(1e-10));
    CHECK(loose.converged);
    CHECK(tight.converged);
    CHECK(loose.iterations <= tight.iterations);
    CHECK(tight.iterations < 200);
  }
  SECTION("converging at the last allowed iteration counts as converged") {
    const LexRankResult free = LexRank(g, {}, Params(1e-8, 1000));
    REQUIRE(free.converged);
    const LexRankResult exact = LexRank(g, {}, Params(1e-8, free.iterations));
    CHECK(exact.converged);
    CHECK(exact.iterations == free.iterations);
    const LexRankResult short_of = LexRank(g, {}, Params(1e-8, free.iterations - 1));
    CHECK_FALSE(short_of.converged);
    CHECK(short_of.iterations == free.iterations - 1);
  }
}

}  // namespace internal
}  // namespace chorus
