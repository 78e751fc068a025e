// Copyright (c) chorus developers.
//
// Which sentence closes a digest that the word limit cuts. Under
// SummarizerOptions::fill the chosen sentences run past the word budget and
// the output is cut there (plain output, ROUGE's -l): the last sentence in
// output order loses its tail. In chronological order that is the latest
// article's latest sentence, whatever it carries. Instead, the chosen
// sentence whose cut keeps the most concept weight (concepts.h) in what
// survives goes last, the others keeping their order; the opening sentence
// stays first. On DUC 2006 (250 words) this gains ROUGE-2 beyond noise
// (docs/quality.md, seventh session, round 3).
// Tests: tests/cut_order_test.cc.

#ifndef CHORUS_SRC_CUT_ORDER_H_
#define CHORUS_SRC_CUT_ORDER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "stopwords.h"
#include "term_dictionary.h"

namespace chorus {
namespace internal {

// One chosen sentence: its text and its concept ids by position, -1 for a
// pair that is never a concept (ExtractConcepts' `ids_by_position`).
struct CutSentence {
  std::string_view text;
  const std::vector<int>* concepts = nullptr;
};

// The total weight of the distinct concepts (weights by id, ids < size)
// that survive when the sentences, in `order`, are cut at `budget` words as
// ROUGE's -l counts them (CountRougeWords). A sentence cut to m of its n
// words keeps the pairs among its first floor((pairs + 1) × m / n) words
// (the analyzer's words are not ROUGE's, so the same share of them).
double SurvivingWeight(const std::vector<CutSentence>& sentences,
                       const std::vector<size_t>& order, size_t budget,
                       const std::vector<double>& weights);

// Moves to the end of *order (a permutation of the sentences' indices) the
// sentence whose cut keeps the most surviving weight, when that is more
// than the order as given keeps; the first sentence of *order is never
// moved, and a tie keeps the earlier candidate. Nothing moves when the
// sentences fit the budget.
void MoveCutAwareLast(const std::vector<CutSentence>& sentences, size_t budget,
                      const std::vector<double>& weights, std::vector<size_t>* order);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_CUT_ORDER_H_
