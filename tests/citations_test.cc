// CitingDocuments and NumberSources: table-driven hand cases.

#include "citations.h"

#include <catch2/catch.hpp>
#include <tuple>

#include "reference/dense_bridge.h"

namespace chorus {
namespace internal {

namespace {

using reference::Dense;
using Docs = std::vector<size_t>;

// A symmetric graph from an edge list over n nodes.
SimilarityGraph Graph(int n, const std::vector<std::tuple<int, int, double>>& edges) {
  Dense w(n, std::vector<double>(n, 0.0));
  for (auto [i, j, c] : edges) w[i][j] = w[j][i] = c;
  return reference::GraphOf(w);
}

// n rows that all hold the same three terms: the shared-term rule holds
// for every pair, so the cosine threshold alone decides.
SparseRows SameTerms(int n) {
  std::vector<std::vector<std::string>> terms(n, {"alpha", "beta", "gamma"});
  return BuildTermMatrix(terms).rows;
}

}  // namespace

TEST_CASE("CitingDocuments: own document first, then others in order", "[citations]") {
  //   node: 0  1  2  3  4  5  6
  const Docs doc_of_node = {2, 2, 0, 1, 1, 3, 0};
  const SimilarityGraph g = Graph(7, {
                                         {0, 1, 0.9},   // same document: never listed twice
                                         {0, 5, 0.5},   // doc 3
                                         {0, 3, 0.4},   // doc 1
                                         {0, 4, 0.8},   // doc 1 again: deduplicated
                                         {0, 2, 0.35},  // doc 0, exactly at the threshold
                                         {0, 6, 0.3499999},  // doc 0, just below
                                         {3, 5, 0.2},
                                     });
  struct Case {
    int node;
    double threshold;
    Docs want;
  };
  const Case cases[] = {
      {0, 0.35, {2, 0, 1, 3}},  // own doc 2 first although 0 and 1 are lower
      {0, 0.3499999, {2, 0, 1, 3}},
      {0, 0.45, {2, 1, 3}},     // 0.4 out, 0.8 keeps doc 1
      {0, 0.85, {2}},           // only the same-document neighbour reaches it
      {0, 0.0, {2, 0, 1, 3}},
      {1, 0.1, {2}},            // its only neighbour is in its own document
      {2, 0.35, {0, 2}},        // own doc 0 first
      {2, 0.36, {0}},           // threshold inclusive, and not above
      {6, 0.35, {0}},           // 0.3499999 < 0.35
      {3, 0.1, {1, 2, 3}},
      {3, 0.3, {1, 2}},
      {5, 0.1, {3, 1, 2}},      // own doc 3 first, then 1, 2 ascending
  };
  for (const Case& c : cases) {
    INFO("node " << c.node << " threshold " << c.threshold);
    CHECK(CitingDocuments(g, SameTerms(7), c.node, doc_of_node, c.threshold) == c.want);
  }
}

TEST_CASE("CitingDocuments of an isolated node is its own document", "[citations]") {
  const SimilarityGraph g = Graph(3, {{0, 1, 0.9}});
  CHECK(CitingDocuments(g, SameTerms(3), 2, {0, 1, 4}, 0.35) == Docs{4});
}

TEST_CASE("CitingDocuments needs shared terms, not just a high cosine", "[citations]") {
  // Node 0 has four terms; node 1 shares two of them, node 2 three, node 3
  // all of node 4's two terms.
  const SparseRows x = BuildTermMatrix({{"quay", "span", "gas", "ferry"},
                                        {"quay", "span"},
                                        {"quay", "span", "gas"},
                                        {"ferry", "gas"},
                                        {"ferry", "gas"}})
                           .rows;
  CHECK(SharedTerms(x, 0, 1) == 2);
  CHECK(SharedTerms(x, 0, 2) == 3);
  CHECK(SharedTerms(x, 1, 4) == 0);
  const SimilarityGraph g =
      Graph(5, {{0, 1, 0.7}, {0, 2, 0.7}, {0, 3, 0.7}, {3, 4, 0.9}});
  const Docs doc_of_node = {0, 1, 2, 3, 4};
  CHECK(CitingDocuments(g, x, 0, doc_of_node, 0.35) == Docs{0, 2});  // 1 and 3 share 2 terms
  CHECK(CitingDocuments(g, x, 4, doc_of_node, 0.35) == Docs{4, 3});  // all of a 2-term row
}

TEST_CASE("NumberSources numbers documents in order of first citation", "[citations]") {
  struct Case {
    const char* name;
    std::vector<Docs> docs_per_sentence;
    Docs want_sources;                  // Digest::sources, as document indices
    std::vector<Docs> want_per_sentence;  // DigestSentence::sources
  };
  const Case cases[] = {
      {"empty", {}, {}, {}},
      {"one sentence, one source", {{3}}, {3}, {{0}}},
      {"first citation decides", {{2, 0}, {0, 1}, {1}}, {2, 0, 1}, {{0, 1}, {1, 2}, {2}}},
      // Each sentence's numbers read ascending ([1][2], not [2][1]), so the
      // sentence's own article (doc 0, listed first) is not first here.
      {"numbers sorted within a sentence", {{2, 0}, {0, 2}}, {2, 0}, {{0, 1}, {0, 1}}},
      {"repeats reuse their number", {{5}, {5}, {1, 5}}, {5, 1}, {{0}, {0}, {0, 1}}},
      {"later first citation gets a later number", {{0}, {4, 2}, {2, 4, 0}},
       {0, 4, 2}, {{0}, {1, 2}, {0, 1, 2}}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Digest digest;
    digest.sentences.resize(c.docs_per_sentence.size());
    digest.sources = {DigestSource{9}, DigestSource{8}};  // stale: replaced
    for (auto& s : digest.sentences) s.sources = {7};   // stale: replaced
    NumberSources(c.docs_per_sentence, &digest);
    Docs sources;
    for (const DigestSource& s : digest.sources) sources.push_back(s.doc);
    CHECK(sources == c.want_sources);
    REQUIRE(digest.sentences.size() == c.want_per_sentence.size());
    for (size_t i = 0; i < digest.sentences.size(); ++i) {
      INFO("sentence " << i);
      CHECK(digest.sentences[i].sources == c.want_per_sentence[i]);
    }
  }
}

}  // namespace internal
}  // namespace chorus
