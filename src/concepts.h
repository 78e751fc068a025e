// Copyright (c) chorus developers.
//
// Concepts (Gillick & Favre 2009, "A Scalable Global Model for
// Summarization"): pairs of adjacent words of a sentence that recur across
// articles. The selection (mmr_selector.h) credits each chosen sentence with
// the weight of the concepts it is the first to cover.
// Tests: tests/quality/quality_test.cc (the ROUGE pin), tests/golden_test.cc.

#ifndef CHORUS_SRC_CONCEPTS_H_
#define CHORUS_SRC_CONCEPTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "mmr_selector.h"
#include "stopwords.h"
#include "term_dictionary.h"

namespace chorus {
namespace internal {

// The concepts of the graph's nodes. `terms` holds each sentence's words
// (or terms) as ids in `dict`; node k is sentence node_rows[k], in article doc_of_node[k]
// (nondecreasing in k) at position index_of_node[k]. A concept is a pair of
// adjacent words, not both in `stopwords`, found in at least `min_docs`
// articles, n of them, weighted by n × (1 + lead_factor × l) + lead_weight × l,
// l being the number of articles whose first sentence (index 0) has it, times
// stopword_factor when one of its words is in `stopwords`. Appends to (*items)[k].concepts the ids of node k's
// weighted concepts (ascending, unique); returns the weights by concept id
// (0 for pairs under min_docs). Deterministic: ids follow first occurrence.
// When `ids_by_position` is given, (*ids_by_position)[k][i] becomes the id
// of node k's pair (word i, word i + 1), weighted or not, -1 when both are
// stopwords (never a concept): what the cut-aware order (cut_order.h) reads.
std::vector<double> ExtractConcepts(const std::vector<std::vector<int>>& terms,
                                    const TermDictionary& dict,
                                    const std::vector<int>& node_rows,
                                    const std::vector<size_t>& doc_of_node,
                                    const std::vector<size_t>& index_of_node, size_t min_docs,
                                    double lead_weight, double lead_factor,
                                    double stopword_factor, const StopwordSet& stopwords,
                                    std::vector<SelectionItem>* items,
                                    std::vector<std::vector<int>>* ids_by_position = nullptr);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_CONCEPTS_H_
