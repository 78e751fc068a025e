// SelectMmr against the plain greedy MMR of tests/reference/reference.h on
// random instances (same picks, same notes), properties that must hold on
// any instance, and hand cases for the budget, redundancy and ties.

#include "mmr_selector.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <random>

#include "lexrank.h"
#include "reference/dense_bridge.h"

namespace chorus {
namespace internal {

namespace {

using reference::Dense;

struct Instance {
  SimilarityGraph graph;
  std::vector<SelectionItem> items;
  SelectionParams params;
};

// A random instance of up to 12 items: a graph from a random cluster, with
// relevance from LexRank, from a small set (many exact ties) or all zero;
// unique (doc, sentence) pairs; some items ineligible.
Instance RandomInstance(std::mt19937* rng) {
  static const double kEdge[] = {0.0, 0.05, 0.1, 0.3};
  static const double kLambda[] = {0.0, 0.3, 0.5, 0.7, 1.0};
  static const double kRedundancy[] = {0.2, 0.5, 0.6, 0.9, 1.0, 2.0};
  static const double kTies[] = {0.0, 0.25, 0.5, 1.0};
  auto pick = [rng](int size) { return std::uniform_int_distribution<int>(0, size - 1)(*rng); };
  const int n = 1 + pick(12);
  Instance in;
  const SparseRows x =
      BuildTermMatrix(reference::RandomSentenceTerms(rng, n, 2 + pick(10), pick(8))).rows;
  in.graph = BuildSimilarityGraph(x, kEdge[pick(std::size(kEdge))], 0, 1);

  std::vector<std::pair<size_t, size_t>> positions;
  for (size_t d = 0; d < 4; ++d)
    for (size_t s = 0; s < 6; ++s) positions.emplace_back(d, s);
  std::shuffle(positions.begin(), positions.end(), *rng);

  const int relevance_mode = pick(3);
  LexRankParams lexrank;
  lexrank.threads = 1;
  const std::vector<double> rank = LexRank(in.graph, {}, lexrank).scores;
  in.items.resize(n);
  for (int i = 0; i < n; ++i) {
    SelectionItem& item = in.items[i];
    item.relevance = relevance_mode == 0 ? rank[i] : relevance_mode == 1 ? kTies[pick(4)] : 0.0;
    item.cost = pick(9);
    item.doc = positions[i].first;
    item.sentence = positions[i].second;
    item.eligible = pick(7) != 0;
  }
  in.params.lambda = kLambda[pick(std::size(kLambda))];
  in.params.redundancy_threshold = kRedundancy[pick(std::size(kRedundancy))];
  in.params.budget = pick(41);
  return in;
}

using Chosen = std::vector<int>;

}  // namespace

TEST_CASE("mmr matches the reference greedy selection", "[selection]") {
  std::mt19937 rng(1998);
  int picks = 0;
  for (int round = 0; round < 3000; ++round) {
    const Instance in = RandomInstance(&rng);
    const SelectionResult fast = SelectMmr(in.graph, in.items, in.params);
    const reference::ReferenceSelection want =
        reference::GreedyMmr(reference::DenseOf(in.graph), reference::ItemsOf(in.items),
                             reference::ParamsOf(in.params));
    INFO("round " << round << " n " << in.items.size() << " budget " << in.params.budget
                  << " lambda " << in.params.lambda << " redundancy "
                  << in.params.redundancy_threshold);
    CHECK(fast.chosen == want.chosen);
    CHECK(fast.notes == want.notes);
    picks += static_cast<int>(fast.chosen.size());
  }
  CHECK(picks > 3000);  // the instances are not all trivially empty
}

TEST_CASE("mmr properties hold on any instance", "[selection]") {
  std::mt19937 rng(1234);
  for (int round = 0; round < 5000; ++round) {
    const Instance in = RandomInstance(&rng);
    const SelectionResult r = SelectMmr(in.graph, in.items, in.params);
    const int n = static_cast<int>(in.items.size());
    INFO("round " << round);
    REQUIRE(r.notes.size() == in.items.size());
    std::vector<bool> chosen(n, false);
    size_t used = 0;
    for (int c : r.chosen) {
      REQUIRE(c >= 0);
      REQUIRE(c < n);
      CHECK_FALSE(chosen[c]);  // no item twice
      chosen[c] = true;
      CHECK(in.items[c].eligible);
      CHECK(r.notes[c].empty());
      used += in.items[c].cost;
    }
    CHECK(used <= in.params.budget);  // never over budget
    for (int a : r.chosen)
      for (int b : r.chosen)
        if (a != b) CHECK(EdgeWeight(in.graph, a, b) < in.params.redundancy_threshold);
    // Greedy to the end: whatever eligible item is left either does not fit
    // or repeats a chosen one, and says which.
    for (int i = 0; i < n; ++i) {
      if (chosen[i] || !in.items[i].eligible) continue;
      bool redundant = false;
      for (int c : r.chosen)
        redundant |= EdgeWeight(in.graph, i, c) >= in.params.redundancy_threshold;
      CHECK((redundant || used + in.items[i].cost > in.params.budget));
      CHECK_FALSE(r.notes[i].empty());
    }
  }
}

TEST_CASE("mmr ties: higher gain, then lower doc, then lower sentence", "[selection]") {
  // Equal relevance, no edges: the order is (doc, sentence), not index.
  const SimilarityGraph none = reference::GraphOf(Dense(4, std::vector<double>(4, 0.0)));
  std::vector<SelectionItem> items = {
      {1.0, 1, 1, 0, true, {}},  // doc 1 sentence 0
      {1.0, 1, 0, 2, true, {}},  // doc 0 sentence 2
      {1.0, 1, 0, 1, true, {}},  // doc 0 sentence 1
      {1.0, 1, 2, 0, true, {}},  // doc 2 sentence 0
  };
  SelectionParams p;
  p.budget = 3;
  SelectionResult r = SelectMmr(none, items, p);
  CHECK(r.chosen == Chosen{2, 1, 0});
  CHECK(r.notes[3] == "does not fit the budget");

  // A strictly higher gain beats a better position.
  items[3].relevance = 1.0000001;
  r = SelectMmr(none, items, p);
  CHECK(r.chosen == Chosen{3, 2, 1});

  // All relevance zero: every gain is 0, ties all the way.
  for (auto& item : items) item.relevance = 0;
  p.budget = 10;
  r = SelectMmr(none, items, p);
  CHECK(r.chosen == Chosen{2, 1, 0, 3});
}

TEST_CASE("mmr budget: skip what does not fit, keep looking", "[selection]") {
  const SimilarityGraph none = reference::GraphOf(Dense(4, std::vector<double>(4, 0.0)));
  const std::vector<SelectionItem> items = {
      {1.0, 5, 0, 0, true, {}}, {0.9, 6, 0, 1, true, {}}, {0.5, 4, 0, 2, true, {}}, {0.4, 1, 0, 3, true, {}}};
  SelectionParams p;
  p.budget = 10;
  SelectionResult r = SelectMmr(none, items, p);
  CHECK(r.chosen == Chosen{0, 2, 3});  // 5 + 4 + 1 = 10: the budget is inclusive
  CHECK(r.notes[1] == "does not fit the budget");

  p.budget = 0;
  r = SelectMmr(none, items, p);
  CHECK(r.chosen.empty());
  for (const auto& note : r.notes) CHECK(note == "does not fit the budget");

  // Zero-cost items always fit.
  std::vector<SelectionItem> free_items = items;
  free_items[1].cost = 0;
  r = SelectMmr(none, free_items, p);
  CHECK(r.chosen == Chosen{1});
}

TEST_CASE("mmr ineligible items are never chosen", "[selection]") {
  const SimilarityGraph none = reference::GraphOf(Dense(3, std::vector<double>(3, 0.0)));
  const std::vector<SelectionItem> items = {
      {1.0, 1, 0, 0, false, {}}, {0.2, 1, 0, 1, true, {}}, {0.9, 1, 0, 2, false, {}}};
  SelectionParams p;
  p.budget = 100;
  const SelectionResult r = SelectMmr(none, items, p);
  CHECK(r.chosen == Chosen{1});
  // Relevance is still scaled by the maximum over all items, eligible or
  // not: the same picks as the reference.
  CHECK(r.chosen ==
        reference::GreedyMmr(reference::DenseOf(none), reference::ItemsOf(items), reference::ParamsOf(p))
            .chosen);
}

TEST_CASE("mmr redundancy threshold and notes", "[selection]") {
  // 0 and 1 are near duplicates (0.8), 0 and 2 exactly at the threshold.
  Dense w(4, std::vector<double>(4, 0.0));
  w[0][1] = w[1][0] = 0.8;
  w[0][2] = w[2][0] = 0.6;
  w[1][3] = w[3][1] = 0.59;
  const SimilarityGraph g = reference::GraphOf(w);
  const std::vector<SelectionItem> items = {
      {1.0, 1, 0, 0, true, {}}, {0.9, 1, 1, 0, true, {}}, {0.8, 1, 2, 0, true, {}}, {0.3, 1, 3, 0, true, {}}};
  SelectionParams p;
  p.budget = 100;
  p.redundancy_threshold = 0.6;
  SelectionResult r = SelectMmr(g, items, p);
  CHECK(r.chosen == Chosen{0, 3});
  CHECK(r.notes[0].empty());
  CHECK(r.notes[1] == "redundant (cosine 0.80 with a chosen sentence)");
  CHECK(r.notes[2] == "redundant (cosine 0.60 with a chosen sentence)");  // inclusive
  CHECK(r.notes[3].empty());

  // Below the threshold a neighbour is only penalized: with λ = 0.5, after
  // 0 is chosen 2 gains 0.5·0.8 − 0.5·0.6 = 0.1 and 3 gains 0.5·0.3 = 0.15.
  p.redundancy_threshold = 0.75;
  p.lambda = 0.5;
  r = SelectMmr(g, items, p);
  CHECK(r.chosen == Chosen{0, 3, 2});
  CHECK(r.notes[1] == "redundant (cosine 0.80 with a chosen sentence)");
  CHECK(r.notes[2].empty());

  // λ = 1: pure relevance, redundancy only through the threshold.
  p.redundancy_threshold = 2.0;
  p.lambda = 1.0;
  r = SelectMmr(g, items, p);
  CHECK(r.chosen == Chosen{0, 1, 2, 3});
}

TEST_CASE("mmr is unchanged by scaling relevance", "[selection]") {
  std::mt19937 rng(77);
  for (int round = 0; round < 300; ++round) {
    Instance in = RandomInstance(&rng);
    const SelectionResult a = SelectMmr(in.graph, in.items, in.params);
    for (auto& item : in.items) item.relevance *= 4;  // exact in binary
    const SelectionResult b = SelectMmr(in.graph, in.items, in.params);
    INFO("round " << round);
    CHECK(a.chosen == b.chosen);
  }
}

}  // namespace internal
}  // namespace chorus

namespace chorus {
namespace internal {

TEST_CASE("fill: the last pick may run past the budget, then selection stops", "[selection]") {
  // Three unrelated items; costs 5, 5, 8; budget 12.
  const SimilarityGraph g(3, 3);
  std::vector<SelectionItem> items = {
      {1.0, 5, 0, 0, true, {}}, {0.9, 5, 1, 0, true, {}}, {0.8, 8, 2, 0, true, {}}};
  SelectionParams p;
  p.budget = 12;
  CHECK(SelectMmr(g, items, p).chosen == std::vector<int>{0, 1});  // 10 words, 8 does not fit
  p.fill = true;
  SelectionResult r = SelectMmr(g, items, p);
  CHECK(r.chosen == std::vector<int>{0, 1, 2});  // 18 > 12: the fill pick ends it
  p.budget = 10;  // full after two picks: nothing more, even with fill
  CHECK(SelectMmr(g, items, p).chosen == std::vector<int>{0, 1});
  p.budget = 4;  // nothing fits: fill takes the best one
  CHECK(SelectMmr(g, items, p).chosen == std::vector<int>{0});
}

}  // namespace internal
}  // namespace chorus

namespace chorus {
namespace internal {

TEST_CASE("concept coverage credits concepts not yet covered", "[selection]") {
  // Items 0 and 1 cover the same concepts; item 2 covers another one.
  // Relevance alone picks 0 then 1; coverage prefers 2 once 0 covered {0,1}.
  const SimilarityGraph g(3, 3);
  std::vector<SelectionItem> items = {
      {1.0, 5, 0, 0, true, {0, 1}}, {0.9, 5, 1, 0, true, {0, 1}}, {0.5, 5, 2, 0, true, {2}}};
  SelectionParams p{0.7, 0.6, 10, false, {3, 3, 2}, 0, 1};
  CHECK(SelectMmr(g, items, p).chosen == std::vector<int>{0, 1});
  p.concept_mix = 0.5;
  CHECK(SelectMmr(g, items, p).chosen == std::vector<int>{0, 2});
  // The gain is per unit of cost^r: a cheaper item with the same concepts wins.
  std::vector<SelectionItem> costs = {{1.0, 10, 0, 0, true, {0}}, {1.0, 2, 1, 0, true, {0}}};
  p = SelectionParams{0.7, 0.6, 2, false, {1}, 1.0, 1};
  CHECK(SelectMmr(g, costs, p).chosen == std::vector<int>{1});
}

}  // namespace internal
}  // namespace chorus
