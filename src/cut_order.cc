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
