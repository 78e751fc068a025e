// Copyright (c) chorus developers.
//
// Cut-aware order; see cut_order.h.

#include "cut_order.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "rouge_tokenizer.h"

namespace chorus {
namespace internal {

std::vector<std::vector<int>> ConceptIdsByPosition(const std::vector<std::vector<int>>& words,
                                                   const TermDictionary& dict,
                                                   const std::vector<int>& node_rows,
                                                   const StopwordSet& stopwords) {
  std::vector<char> stop(dict.size());
  for (size_t id = 0; id < dict.size(); ++id)
    stop[id] = stopwords.contains(dict.term(static_cast<int>(id)));
  // Ids by pair key in a flat table (open addressing, linear probing, at
  // most half full), kept by the thread: a node-based map's allocations
  // cost more than the rest of this function.
  size_t pairs = 0;
  for (int row : node_rows) pairs += words[row].empty() ? 0 : words[row].size() - 1;
  size_t slots = 16;
  int bits = 4;
  for (; slots < 2 * pairs; slots *= 2) ++bits;
  thread_local std::vector<std::pair<uint64_t, int>> table;
  table.assign(slots, {0, -1});
  int next_id = 0;
  std::vector<std::vector<int>> ids(node_rows.size());
  for (size_t k = 0; k < node_rows.size(); ++k) {
    const auto& t = words[node_rows[k]];
    ids[k].reserve(t.empty() ? 0 : t.size() - 1);
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if (stop[t[i]] && stop[t[i + 1]]) {
        ids[k].push_back(-1);
        continue;
      }
      const uint64_t key = (static_cast<uint64_t>(static_cast<uint32_t>(t[i])) << 32) |
                           static_cast<uint32_t>(t[i + 1]);
      size_t j = static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
      while (table[j].second >= 0 && table[j].first != key) j = (j + 1) & (slots - 1);
      if (table[j].second < 0) table[j] = {key, next_id++};
      ids[k].push_back(table[j].second);
    }
  }
  if (table.capacity() > (size_t{1} << 20)) std::vector<std::pair<uint64_t, int>>().swap(table);
  return ids;
}

double SurvivingWeight(const std::vector<CutSentence>& sentences,
                       const std::vector<size_t>& order, size_t budget,
                       const std::vector<double>& weights) {
  std::vector<int> kept;
  size_t left = budget;
  for (size_t i : order) {
    if (left == 0) break;
    const std::vector<int>& ids = *sentences[i].concepts;
    const size_t n = CountRougeWords(sentences[i].text);
    size_t pairs = ids.size();
    if (n > left) {  // the cut: the same share of the analyzer's words
      const size_t words = (ids.size() + 1) * left / n;
      pairs = words > 0 ? std::min(ids.size(), words - 1) : 0;
      left = 0;
    } else {
      left -= n;
    }
    for (size_t j = 0; j < pairs; ++j)
      if (ids[j] >= 0 && weights[ids[j]] > 0) kept.push_back(ids[j]);
  }
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  double total = 0;
  for (int c : kept) total += weights[c];
  return total;
}

void MoveCutAwareLast(const std::vector<CutSentence>& sentences, size_t budget,
                      const std::vector<double>& weights, std::vector<size_t>* order) {
  size_t words = 0;
  for (const CutSentence& s : sentences) words += CountRougeWords(s.text);
  if (words <= budget || order->size() < 2) return;
  double best = SurvivingWeight(sentences, *order, budget, weights);
  size_t best_at = 0;  // 0: keep the order (the first never moves)
  std::vector<size_t> moved(order->size());
  for (size_t p = 1; p < order->size(); ++p) {
    moved.assign(order->begin(), order->end());
    std::rotate(moved.begin() + static_cast<std::ptrdiff_t>(p),
                moved.begin() + static_cast<std::ptrdiff_t>(p) + 1, moved.end());
    const double v = SurvivingWeight(sentences, moved, budget, weights);
    if (v > best) {
      best = v;
      best_at = p;
    }
  }
  if (best_at > 0)
    std::rotate(order->begin() + static_cast<std::ptrdiff_t>(best_at),
                order->begin() + static_cast<std::ptrdiff_t>(best_at) + 1, order->end());
}

}  // namespace internal
}  // namespace chorus
