// Slow, obviously correct reference implementations of the scoring stages,
// for differential tests (as re2's testing/backtrack.cc is for its engines).
// Everything here is written plainly over dense std::vector matrices, with
// no sparse structure, no inverted index, no threads and no cleverness: each
// function is a direct transcription of the contract documented in the
// matching src/ header. Speed does not matter; inputs are small.
//
//   NaiveTermMatrix      tfidf.h           (raw tf × ln((N+1)/df), L2 rows)
//   DenseSimilarityGraph similarity_graph.h (all pairs, cos >= threshold)
//   DenseLexRank         lexrank.h          (power iteration, Google matrix)
//   GreedyMmr            mmr_selector.h     (greedy MMR under a budget)
//
// Nothing here includes the fast code or Eigen: the reference shares no
// code with what it checks. dense_bridge.h converts between the two.

#ifndef CHORUS_TESTS_REFERENCE_REFERENCE_H_
#define CHORUS_TESTS_REFERENCE_REFERENCE_H_

#include <cstddef>
#include <random>
#include <string>
#include <vector>

namespace chorus {
namespace reference {

using Dense = std::vector<std::vector<double>>;  // row-major, dense

// ---- Random inputs for the differential tests. ----

// `n` sentences whose terms are drawn from the first `alphabet` words of a
// fixed word list (mixing ASCII, UTF-8 and prefix-related words, so sorting
// is exercised); each sentence has 0..max_len terms, repeats allowed.
std::vector<std::vector<std::string>> RandomSentenceTerms(std::mt19937* rng, int n,
                                                          int alphabet, int max_len);

// ---- TF-IDF ----

struct NaiveTermMatrix {
  std::vector<std::string> vocabulary;  // sorted, unique
  std::vector<double> idf;              // idf[t] = ln((N + 1) / df(t))
  Dense rows;                           // N × |vocabulary|, unit rows or zero
};
NaiveTermMatrix BuildNaiveTermMatrix(const std::vector<std::vector<std::string>>& sentence_terms);

// Σ_k a[k] b[k], in index order.
double Dot(const std::vector<double>& a, const std::vector<double>& b);

// ---- Similarity graph ----

// w[i][j] = cos(row i, row j) for every j != i with cos >= threshold, else
// 0; w[i][i] = 0. A pair with cosine exactly 0 (no shared term) is never an
// edge: a zero-weight edge and a missing edge mean the same to every stage
// (degree, walk, redundancy, citations), and the sparse graph stores only
// pairs that share a term, so with threshold 0 this is the one sensible rule.
Dense DenseSimilarityGraph(const Dense& x, double threshold);

// ---- LexRank ----

struct DenseLexRankResult {
  std::vector<double> scores;
  int iterations = 0;
  bool converged = false;
};
// Power iteration p' = G^T p with the Google matrix
//   G[i][j] = (1 - d) v[j] + d · (deg_i > 0 ? W[i][j] / deg_i : v[j]),
// which expands to lexrank.h's p' = (1 - d) v + d (Mᵀ p + dangling · v).
// v is `personalization` normalized to sum 1 (uniform when empty). Starts
// from p = v; stops after the first iteration whose L1 change is below
// `tolerance` (converged), or after `max_iterations` (not converged).
DenseLexRankResult DenseLexRank(const Dense& w, const std::vector<double>& personalization,
                                double damping, double tolerance, int max_iterations);

// ---- MMR selection ----

// Mirrors internal::SelectionItem / SelectionParams (see mmr_selector.h).
struct Item {
  double relevance = 0;
  size_t cost = 0;
  size_t doc = 0;
  size_t sentence = 0;
  bool eligible = true;
};
struct SelectionParams {
  double lambda = 0.7;
  double redundancy_threshold = 0.6;
  size_t budget = 0;
};

struct ReferenceSelection {
  std::vector<int> chosen;         // in selection order
  std::vector<std::string> notes;  // "" for chosen and ineligible items
};
// Plain greedy MMR over a dense similarity matrix `sim`. Round after round:
// the candidates are the eligible, not yet chosen items that fit the
// remaining budget and whose cosine with every chosen item is below the
// redundancy threshold; the one with the highest
//   gain = λ · relevance / max relevance − (1 − λ) · max_{c chosen} sim[c][i]
// is chosen (ties: lower doc, then lower sentence, then lower index). An
// item that stops being a candidate is noted "redundant (cosine X with a
// chosen sentence)" when the pick that excluded it is that close to it (X is
// that cosine), else "does not fit the budget".
ReferenceSelection GreedyMmr(const Dense& sim, const std::vector<Item>& items,
                             const SelectionParams& params);

}  // namespace reference
}  // namespace chorus

#endif  // CHORUS_TESTS_REFERENCE_REFERENCE_H_
