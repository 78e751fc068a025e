// Citations: a chosen sentence cites the article it was taken from and every
// other article that carries the same statement, i.e. has a sentence whose
// cosine with it reaches the citation threshold, that shares at least
// kMinSharedTerms of its terms (all of them when it has fewer) and that
// covers at least kMinCoverage of its weight. Cosine alone lets two short
// sentences "agree" on one or two rare words, and lets a fragment ("Food and
// Drug Administration.") or a neighbouring fact ("All 217 people on board
// were killed." for "the NTSB could not say what caused the crash") stand as
// evidence; on DUC 2006 pairs, such cases cover 0.15-0.23 of the chosen
// sentence and paraphrases of it mostly 0.38-0.73 (docs/citations.md). Sources are then numbered
// in order of first citation. Tests: tests/citations_test.cc.

#ifndef CHORUS_SRC_CITATIONS_H_
#define CHORUS_SRC_CITATIONS_H_

#include <vector>

#include "chorus/digest.h"
#include "similarity_graph.h"

namespace chorus {
namespace internal {

constexpr int kMinSharedTerms = 3;
constexpr double kMinCoverage = 0.3;

// Share of row a's squared weight on the terms row b also has (rows of `x`
// are unit length, so this is in [0, 1]): how much of sentence a sentence b
// repeats. Unlike the cosine it is not symmetric.
double Coverage(const SparseRows& x, int a, int b);

// Number of terms rows a and b of `x` both have.
int SharedTerms(const SparseRows& x, int a, int b);

struct Citation {
  size_t doc = 0;
  int node = 0;            // the document's best-matching node (`node` itself for its own)
  double similarity = 1;   // cosine with `node`
};

// Like CitingDocuments, with each document's best-matching node as evidence.
std::vector<Citation> Citations(const SimilarityGraph& graph, const SparseRows& x, int node,
                                const std::vector<size_t>& doc_of_node, double threshold);

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
