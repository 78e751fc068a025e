// Greedy MMR under a budget. Each round scans the remaining candidates
// (O(n) per pick, picks are few) and updates each one's redundancy from the
// new pick's graph row only. Tests: tests/mmr_selector_test.cc.

#include "mmr_selector.h"

#include <algorithm>
#include <cstdio>

namespace chorus {
namespace internal {

namespace {

std::string Format(const char* fmt, double v) {
  char buf[96];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

// True when item a ranks before item b at equal gain.
bool Before(const SelectionItem& a, const SelectionItem& b) {
  if (a.doc != b.doc) return a.doc < b.doc;
  return a.sentence < b.sentence;
}

}  // namespace

SelectionResult SelectMmr(const SimilarityGraph& graph, const std::vector<SelectionItem>& items,
                          const SelectionParams& params) {
  const int n = static_cast<int>(items.size());
  SelectionResult r;
  r.notes.assign(n, "");
  double max_rel = 0;
  for (const auto& it : items) max_rel = std::max(max_rel, it.relevance);
  std::vector<double> redundancy(n, 0.0);
  std::vector<bool> open(n, true);
  for (int i = 0; i < n; ++i) {
    if (!items[i].eligible) open[i] = false;
  }
  size_t used = 0;
  while (true) {
    int best = -1;
    double best_gain = 0;
    for (int i = 0; i < n; ++i) {
      if (!open[i]) continue;
      if (used + items[i].cost > params.budget && (!params.fill || used >= params.budget)) {
        open[i] = false;
        r.notes[i] = "does not fit the budget";
        continue;
      }
      const double rel = max_rel > 0 ? items[i].relevance / max_rel : 0;
      const double gain = params.lambda * rel - (1 - params.lambda) * redundancy[i];
      if (best < 0 || gain > best_gain || (gain == best_gain && Before(items[i], items[best]))) {
        best = i;
        best_gain = gain;
      }
    }
    if (best < 0) break;
    open[best] = false;
    r.chosen.push_back(best);
    used += items[best].cost;
    if (used > params.budget) {  // a fill pick: the budget is now full
      for (int i = 0; i < n; ++i)
        if (open[i]) r.notes[i] = "does not fit the budget";
      break;
    }
    for (SimilarityGraph::InnerIterator e(graph, best); e; ++e) {
      const int j = e.index();
      redundancy[j] = std::max(redundancy[j], e.value());
      if (open[j] && e.value() >= params.redundancy_threshold) {
        open[j] = false;
        r.notes[j] = Format("redundant (cosine %.2f with a chosen sentence)", e.value());
      }
    }
  }
  return r;
}

}  // namespace internal
}  // namespace chorus
