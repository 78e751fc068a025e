// ExtractConcepts against a slow obvious reference: on random small
// clusters, every pair of adjacent words (not both stopwords) in at least
// min_docs articles gets the weight n × (1 + lead_factor × l) + lead_weight
// × l (n its articles, l the articles whose first sentence has it), times
// stopword_factor when one of its words is a stopword, ids in
// order of first occurrence, and each node lists its weighted concepts.

#include "concepts.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>

namespace chorus {
namespace internal {

namespace {

// 300 random clusters over the ids of `dict`, whose ids 0-2 are the
// stopwords "the", "of", "a": ExtractConcepts against the reference.
void CheckAgainstReference(const TermDictionary& dict, std::mt19937& rng) {
  const StopwordSet stopwords = StopwordSet::FromText("the\nof\na\n");
  // Half the ids drawn are stopwords or the highest ids, the edges of a key.
  auto draw = [&]() -> int {
    const int n = static_cast<int>(dict.size());
    switch (rng() % 4) {
      case 0: return static_cast<int>(rng() % 3);
      case 1: return n - 1 - static_cast<int>(rng() % std::min(n, 4));
      default: return static_cast<int>(rng() % dict.size());
    }
  };
  for (int round = 0; round < 300; ++round) {
    // Nodes in document order; each document's sentences in index order,
    // some of them not nodes (index 0 may be missing).
    std::vector<std::vector<int>> terms;
    std::vector<int> node_rows;
    std::vector<size_t> doc_of_node, index_of_node;
    const size_t docs = 1 + rng() % 5;
    for (size_t d = 0; d < docs; ++d) {
      const size_t sentences = rng() % 4;
      for (size_t i = 0; i < sentences; ++i) {
        if (rng() % 4 == 0) continue;
        std::vector<int> t(rng() % 6);
        for (int& id : t) id = draw();
        node_rows.push_back(static_cast<int>(terms.size()));
        terms.push_back(t);
        doc_of_node.push_back(d);
        index_of_node.push_back(i);
      }
    }
    const size_t min_docs = 1 + rng() % 3;
    const double lead_weight = (round % 2) ? 0.0 : 1.5;
    const double lead_factor = (round % 3 == 0) ? 0.0 : (round % 3 == 1) ? 1.0 : 0.25;
    const double stopword_factor = (round % 4 == 0) ? 1.0 : (round % 4 == 1) ? 2.0
                                 : (round % 4 == 2) ? 0.5 : 0.0;
    std::vector<SelectionItem> items(node_rows.size());
    const std::vector<double> weights =
        ExtractConcepts(terms, dict, node_rows, doc_of_node, index_of_node, min_docs, lead_weight,
                        lead_factor, stopword_factor, stopwords, &items);

    // Reference: pairs by first occurrence, their articles and lead articles.
    std::map<std::pair<int, int>, int> id_of;
    std::vector<std::set<size_t>> in_docs, in_leads;
    std::vector<std::set<int>> of_node(node_rows.size());
    std::vector<bool> with_stop;
    for (size_t k = 0; k < node_rows.size(); ++k) {
      const auto& t = terms[node_rows[k]];
      for (size_t i = 0; i + 1 < t.size(); ++i) {
        if (stopwords.contains(dict.term(t[i])) && stopwords.contains(dict.term(t[i + 1])))
          continue;
        auto [it, fresh] = id_of.try_emplace({t[i], t[i + 1]}, static_cast<int>(in_docs.size()));
        if (fresh) {
          in_docs.emplace_back();
          in_leads.emplace_back();
          with_stop.push_back(stopwords.contains(dict.term(t[i])) ||
                              stopwords.contains(dict.term(t[i + 1])));
        }
        in_docs[it->second].insert(doc_of_node[k]);
        if (index_of_node[k] == 0) in_leads[it->second].insert(doc_of_node[k]);
        of_node[k].insert(it->second);
      }
    }
    REQUIRE(weights.size() == in_docs.size());
    for (size_t c = 0; c < in_docs.size(); ++c) {
      const double n = static_cast<double>(in_docs[c].size());
      const double l = static_cast<double>(in_leads[c].size());
      const double expected =
          (in_docs[c].size() >= min_docs ? n * (1 + lead_factor * l) + lead_weight * l : 0.0) *
          (with_stop[c] ? stopword_factor : 1.0);
      REQUIRE(weights[c] == Approx(expected));
    }
    for (size_t k = 0; k < node_rows.size(); ++k) {
      std::vector<int> expected;
      for (int c : of_node[k])
        if (weights[static_cast<size_t>(c)] > 0) expected.push_back(c);
      REQUIRE(items[k].concepts == expected);
    }
  }
}

}  // namespace

TEST_CASE("concept weights match the reference", "[selection]") {
  std::mt19937 rng(11);
  TermDictionary dict;
  for (const char* w : {"the", "of", "a", "pinochet", "arrest", "london", "chile", "court"})
    dict.Intern(w);
  CheckAgainstReference(dict, rng);
}

TEST_CASE("concept weights match the reference with ids past 2^16", "[selection]") {
  // Keys of two ids take 32 bits only while every id is below 2^16: the
  // dictionaries at and just past that size, and a larger one.
  std::mt19937 rng(12);
  for (size_t size : {size_t{1} << 16, (size_t{1} << 16) + 1, size_t{70000}}) {
    TermDictionary dict;
    for (const char* w : {"the", "of", "a"}) dict.Intern(w);
    while (dict.size() < size) dict.Intern("w" + std::to_string(dict.size()));
    INFO("dictionary size " << size);
    CheckAgainstReference(dict, rng);
  }
}

}  // namespace internal
}  // namespace chorus
