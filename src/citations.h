// Citations: a chosen sentence cites the article it was taken from and every
// other article that carries the same statement, i.e. has a sentence whose
// cosine with it reaches the citation threshold and that shares at least
// kMinSharedTerms of its terms (all of them when it has fewer): cosine alone
// lets two short sentences "agree" on one or two rare words. Sources are then numbered
// in order of first citation. Tests: tests/citations_test.cc.

#ifndef CHORUS_SRC_CITATIONS_H_
#define CHORUS_SRC_CITATIONS_H_

#include <vector>

#include "chorus/digest.h"
#include "similarity_graph.h"

namespace chorus {
namespace internal {

constexpr int kMinSharedTerms = 3;

// Number of terms rows a and b of `x` both have.
int SharedTerms(const SparseRows& x, int a, int b);

// Documents citing graph node `node` (row `node` of `x`): its own document
// first, then every other document with a neighbour that carries the same
// statement (see above), in document order.
std::vector<size_t> CitingDocuments(const SimilarityGraph& graph, const SparseRows& x, int node,
                                    const std::vector<size_t>& doc_of_node, double threshold);

// Given each digest sentence's citing documents (`docs_per_sentence`, in
// output order), fills digest->sources in order of first citation and each
// sentence's `sources` with indices into it.
void NumberSources(const std::vector<std::vector<size_t>>& docs_per_sentence, Digest* digest);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_CITATIONS_H_
