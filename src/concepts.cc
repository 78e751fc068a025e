// Copyright (c) chorus developers.
//
// Concept extraction; see concepts.h.

#include "concepts.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace chorus {
namespace internal {

namespace {

// Two adjacent term ids of a sentence, the key of a concept.
uint64_t PairKey(int first, int second) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(first)) << 32) |
         static_cast<uint32_t>(second);
}

// Whether each id of `dict` is a stopword, looked up once per id.
std::vector<char> StopwordIds(const TermDictionary& dict, const StopwordSet& stopwords) {
  std::vector<char> stop(dict.size());
  for (size_t id = 0; id < dict.size(); ++id)
    stop[id] = stopwords.contains(dict.term(static_cast<int>(id)));
  return stop;
}

}  // namespace

// Concepts (Gillick & Favre 2009): pairs of adjacent words (or terms) of a
// sentence, not both in `stopwords`, found in at least `min_docs`
// articles, weighted by that number plus `lead_weight` per article whose
// first sentence has the pair. Fills each item's concept ids; returns
// the weights by concept id.
std::vector<double> ExtractConcepts(const std::vector<std::vector<int>>& terms,
                                    const TermDictionary& dict,
                                    const std::vector<int>& node_rows,
                                    const std::vector<size_t>& doc_of_node,
                                    const std::vector<size_t>& index_of_node, size_t min_docs,
                                    double lead_weight, const StopwordSet& stopwords,
                                    std::vector<SelectionItem>* items) {
  // Ids are given in order of first occurrence, so the map's own order
  // never matters.
  const std::vector<char> is_stop = StopwordIds(dict, stopwords);
  std::unordered_map<uint64_t, int> id_of;
  std::vector<std::vector<size_t>> docs_of;  // by concept id, unique
  std::vector<int> lead_docs;                // by concept id
  std::vector<std::vector<int>> node_concepts(node_rows.size());
  for (size_t k = 0; k < node_rows.size(); ++k) {
    const auto& t = terms[node_rows[k]];
    bool stop = !t.empty() && is_stop[t[0]];  // of t[i], then of t[i + 1]
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      const bool stop_next = is_stop[t[i + 1]];
      const bool both_stop = stop && stop_next;
      stop = stop_next;
      if (both_stop) continue;
      auto [it, fresh] = id_of.try_emplace(PairKey(t[i], t[i + 1]), static_cast<int>(docs_of.size()));
      if (fresh) {
        docs_of.emplace_back();
        lead_docs.push_back(0);
      }
      auto& docs = docs_of[it->second];
      // Nodes come in document order, so `docs` stays ascending and a
      // document other than the last is new (no O(articles) search).
      if (docs.empty() || docs.back() != doc_of_node[k]) docs.push_back(doc_of_node[k]);
      node_concepts[k].push_back(it->second);
    }
    if (index_of_node[k] == 0) {
      auto& ids = node_concepts[k];
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      for (int c : ids) ++lead_docs[c];
    }
  }
  std::vector<double> weights(docs_of.size());
  for (size_t c = 0; c < docs_of.size(); ++c)
    weights[c] = docs_of[c].size() >= min_docs
                     ? static_cast<double>(docs_of[c].size()) + lead_weight * lead_docs[c]
                     : 0.0;
  for (size_t k = 0; k < node_rows.size(); ++k) {
    auto& ids = node_concepts[k];
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (int c : ids)
      if (weights[c] > 0) (*items)[k].concepts.push_back(c);
  }
  return weights;
}


}  // namespace internal
}  // namespace chorus
