// Greedy selection under a length budget with Maximal Marginal Relevance
// (Carbonell & Goldstein 1998, "The use of MMR, diversity-based reranking
// for reordering documents and producing summaries", SIGIR):
//   gain(s) = λ · relevance(s) − (1 − λ) · max_{c ∈ chosen} cos(s, c)
// (mixed with concept coverage and unigram matching when asked; see
// SelectionParams).
// Relevance is LexRank centrality scaled to [0, 1]. A candidate that would
// exceed the budget is skipped (a shorter one may still fit), so the budget
// is never exceeded. Ties: higher gain, then lower document index, then
// lower sentence index. Tests: tests/mmr_selector_test.cc (against brute
// force on tiny inputs).

#ifndef CHORUS_SRC_MMR_SELECTOR_H_
#define CHORUS_SRC_MMR_SELECTOR_H_

#include <string>
#include <vector>

#include "similarity_graph.h"

namespace chorus {
namespace internal {

struct SelectionItem {
  double relevance = 0;   // >= 0
  size_t cost = 0;        // in budget units (words, sentences or chars)
  size_t doc = 0;         // for tie-breaking
  size_t sentence = 0;
  bool eligible = true;   // false: never chosen (fragment, run-on...)
  std::vector<int> concepts;  // ids into SelectionParams::concept_weights
  std::vector<int> terms = {};  // ascending, repeats kept: ids into SelectionParams::term_probs
};

struct SelectionParams {
  double lambda = 0.7;
  double redundancy_threshold = 0.6;  // cos >= this with a chosen one: skip
  size_t budget = 0;
  // The last pick may run past the budget: the best candidate that does not
  // fit is still taken while the budget is not yet full, and ends selection.
  bool fill = false;
  // Concept coverage (Gillick & Favre 2009; Lin & Bilmes 2011): an item
  // also gains the weight of the concepts it covers that no chosen item
  // covers yet, divided by cost^length_exponent and scaled to [0, 1] by the
  // round's best such gain; the final gain is
  //   (1 − concept_mix) · MMR gain + concept_mix · coverage gain.
  // concept_mix 0 (default) is plain MMR.
  std::vector<double> concept_weights;
  double concept_mix = 0;
  double length_exponent = 1;
  // Whether to say why each item was not chosen (SelectionResult::notes);
  // false leaves notes empty and builds no strings (only --explain prints them).
  bool notes = true;
  // Unigram distribution matching (unigram_match.h, KL-Sum): an item also
  // gains how much its terms lower KL(P ‖ Q_S), P being `term_probs`, scaled
  // to [0, 1] between the round's lowest and highest such gain (0 when they
  // are equal); the final gain is
  //   (1 − unigram_mix) · (the gain above) + unigram_mix · unigram gain.
  // unigram_mix 0 (default) leaves it out.
  std::vector<double> term_probs = {};
  double unigram_mix = 0;
};

struct SelectionResult {
  std::vector<int> chosen;        // in selection order
  std::vector<std::string> notes; // per item: why not chosen ("" if chosen); empty
                                  // when SelectionParams::notes is false
};

// Items are the nodes of `graph` (same indexing).
SelectionResult SelectMmr(const SimilarityGraph& graph,
                          const std::vector<SelectionItem>& items,
                          const SelectionParams& params);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_MMR_SELECTOR_H_
