// Greedy MMR under a budget. Each round scans the remaining candidates
// (O(n) per pick, picks are few) and updates each one's redundancy from the
// new pick's graph row only. Tests: tests/mmr_selector_test.cc.

#include "mmr_selector.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "unigram_match.h"

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

// Weight of the concepts of `item` not yet covered, per unit of cost^r.
double CoverageGain(const SelectionItem& item, const std::vector<char>& covered,
                    const SelectionParams& params) {
  double gain = 0;
  for (int c : item.concepts)
    if (!covered[c]) gain += params.concept_weights[c];
  const double cost = std::max<double>(1, static_cast<double>(item.cost));
  // pow(x, 1.0) == x exactly; the default exponent skips the call (~1% of batch).
  return gain / (params.length_exponent == 1.0 ? cost : std::pow(cost, params.length_exponent));
}

}  // namespace

SelectionResult SelectMmr(const SimilarityGraph& graph, const std::vector<SelectionItem>& items,
                          const SelectionParams& params) {
  const int n = static_cast<int>(items.size());
  SelectionResult r;
  if (params.notes) r.notes.assign(n, "");
  auto note = [&](int i, auto&& text) {
    if (params.notes) r.notes[i] = text();
  };
  double max_rel = 0;
  for (const auto& it : items) max_rel = std::max(max_rel, it.relevance);
  std::vector<double> redundancy(n, 0.0);
  std::vector<char> open(n, 1);  // char, not bool: read every round for every item
  for (int i = 0; i < n; ++i) {
    if (!items[i].eligible) open[i] = 0;
  }
  std::vector<char> covered(params.concept_weights.size(), 0);
  std::vector<double> coverage(n, 0.0);
  const bool match = params.unigram_mix > 0;
  std::vector<const std::vector<int>*> sentences;  // the candidates' terms, for matching
  if (match)
    for (int i = 0; i < n; ++i) sentences.push_back(open[i] ? &items[i].terms : nullptr);
  UnigramGains unigrams(match ? params.term_probs : std::vector<double>(), std::move(sentences));
  std::vector<double> unigram(n, 0.0);
  size_t used = 0;
  while (true) {
    // Close what no longer fits; compute coverage gains of the rest.
    double best_coverage = 0;
    double low_unigram = 0, high_unigram = 0;
    bool any_unigram = false;
    for (int i = 0; i < n; ++i) {
      if (!open[i]) continue;
      if (used + items[i].cost > params.budget && (!params.fill || used >= params.budget)) {
        open[i] = 0;
        note(i, [] { return "does not fit the budget"; });
        continue;
      }
      coverage[i] = params.concept_mix > 0 ? CoverageGain(items[i], covered, params) : 0;
      best_coverage = std::max(best_coverage, coverage[i]);
      if (match) {
        unigram[i] = unigrams.Gain(i);
        low_unigram = any_unigram ? std::min(low_unigram, unigram[i]) : unigram[i];
        high_unigram = any_unigram ? std::max(high_unigram, unigram[i]) : unigram[i];
        any_unigram = true;
      }
    }
    int best = -1;
    double best_gain = 0;
    for (int i = 0; i < n; ++i) {
      if (!open[i]) continue;
      const double rel = max_rel > 0 ? items[i].relevance / max_rel : 0;
      double gain = params.lambda * rel - (1 - params.lambda) * redundancy[i];
      if (params.concept_mix > 0) {
        const double cov = best_coverage > 0 ? coverage[i] / best_coverage : 0;
        gain = (1 - params.concept_mix) * gain + params.concept_mix * cov;
      }
      if (match) {
        const double u = high_unigram > low_unigram
                             ? (unigram[i] - low_unigram) / (high_unigram - low_unigram)
                             : 0;
        gain = (1 - params.unigram_mix) * gain + params.unigram_mix * u;
      }
      if (best < 0 || gain > best_gain || (gain == best_gain && Before(items[i], items[best]))) {
        best = i;
        best_gain = gain;
      }
    }
    if (best < 0) break;
    open[best] = 0;
    r.chosen.push_back(best);
    used += items[best].cost;
    for (int c : items[best].concepts) covered[c] = 1;
    if (match) unigrams.Add(best);
    if (used > params.budget) {  // a fill pick: the budget is now full
      for (int i = 0; i < n; ++i)
        if (open[i]) note(i, [] { return "does not fit the budget"; });
      break;
    }
    for (SimilarityGraph::InnerIterator e(graph, best); e; ++e) {
      const int j = e.index();
      redundancy[j] = std::max(redundancy[j], e.value());
      if (open[j] && e.value() >= params.redundancy_threshold) {
        open[j] = 0;
        note(j, [&] { return Format("redundant (cosine %.2f with a chosen sentence)", e.value()); });
      }
    }
  }
  return r;
}

}  // namespace internal
}  // namespace chorus
