// Citations: a chosen sentence cites the article it was taken from and every
// other article that carries the same statement, i.e. has a sentence whose
// cosine with it reaches the citation threshold. Sources are then numbered
// in order of first citation. Tests: tests/citations_test.cc.

#ifndef CHORUS_SRC_CITATIONS_H_
#define CHORUS_SRC_CITATIONS_H_

#include <vector>

#include "chorus/digest.h"
#include "similarity_graph.h"

namespace chorus {
namespace internal {

// Documents citing graph node `node`: its own document first, then every
// other document with a neighbour at cosine >= threshold, in document order.
std::vector<size_t> CitingDocuments(const SimilarityGraph& graph, int node,
                                    const std::vector<size_t>& doc_of_node, double threshold);

// Given each digest sentence's citing documents (`docs_per_sentence`, in
// output order), fills digest->sources in order of first citation and each
// sentence's `sources` with indices into it.
void NumberSources(const std::vector<std::vector<size_t>>& docs_per_sentence, Digest* digest);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_CITATIONS_H_
