// Copyright (c) chorus developers.
//
// Unigram distribution matching (KL-Sum: Haghighi & Vanderwende 2009,
// "Exploring Content Models for Multi-Document Summarization", NAACL): the
// digest's distribution of content terms should be close to the cluster's.
// P is the cluster's term distribution; Q_S the digest's, smoothed:
//   Q_S(w) = (c_S(w) + δ) / (N_S + δ V),
// with c_S(w) the occurrences of w in the chosen sentences, N_S their sum,
// V the number of terms with P(w) > 0 and δ = kUnigramSmoothing. The gain of
// a sentence s is how much it lowers KL(P ‖ Q_S):
//   KL(P ‖ Q_S) − KL(P ‖ Q_{S+s})
//     = Σ_{w ∈ s} P(w) · ln((c_S(w) + k_s(w) + δ) / (c_S(w) + δ))
//       − ln((N_S + |s| + δV) / (N_S + δV)),
// with k_s(w) the occurrences of w in s and |s| their sum (terms with
// P(w) = 0 count in |s| but add nothing). It may be negative. The
// selection (mmr_selector.h) mixes it into its gain. Tests:
// tests/unigram_match_test.cc (against the divergence computed whole).

#ifndef CHORUS_SRC_UNIGRAM_MATCH_H_
#define CHORUS_SRC_UNIGRAM_MATCH_H_

#include <cstddef>
#include <vector>

namespace chorus {
namespace internal {

// δ above. Measured on DUC 2003/2006 at unigram_mix 0.2 (docs/quality.md,
// sixth session): 0.01 and 0.1 gain DUC 2006 R-1 (0.01 loses DUC 2003 R-1);
// 0.5 and 1 do not gain.
constexpr double kUnigramSmoothing = 0.1;

class UnigramMatch {
 public:
  // probs[w]: P(w) by term id, >= 0, summing to 1 (or all 0: every gain is 0
  // but the length term). The digest starts empty.
  explicit UnigramMatch(std::vector<double> probs, double smoothing = kUnigramSmoothing);

  // The gain above of a sentence whose term ids (each < probs.size(),
  // repeats kept) are `sorted_terms`, in ascending order.
  double Gain(const std::vector<int>& sorted_terms) const;

  // Gain(sorted_terms) is Sum(sorted_terms) − Length(sorted_terms.size()):
  // the summands over the terms, and the length term. The sum depends only
  // on the counts of the sentence's own terms.
  double Sum(const std::vector<int>& sorted_terms) const;
  double Length(size_t n) const;
  // The same sum over the sentence's distinct terms with P(w) > 0, in
  // ascending order, term[j] occurring times[j] times (the same operations
  // in the same order as Sum over the full list).
  double Sum(const int* term, const int* times, size_t n) const;
  double Prob(int w) const { return probs_[w]; }
  size_t size() const { return probs_.size(); }  // the number of term ids

  // Adds a chosen sentence's terms (any order) to the digest.
  void Add(const std::vector<int>& terms);

  // KL(P ‖ Q_S) summed over the whole vocabulary: the slow reference of the
  // tests.
  double Divergence() const;

 private:
  std::vector<double> probs_;
  std::vector<double> counts_;  // c_S by term id
  // By term id, the gain's summand for one occurrence (k_s(w) = 1), the
  // common case: kept so that Gain calls no log for it.
  std::vector<double> single_;
  double total_ = 0;            // N_S
  double smoothing_;
  double smoothed_vocabulary_;  // δ V
};

// The gains of a fixed set of sentences over the picks, equal bit for bit to
// UnigramMatch::Gain (the same operations in the same order): a sentence's
// sum is recomputed whole, only when the last Add changed the count of one
// of its terms (found through an index of sentences by term); the length
// term is computed once per length between two Adds. Tests:
// tests/unigram_match_test.cc (against UnigramMatch::Gain).
class UnigramGains {
 public:
  // sentences[i]: the ascending term ids (each < probs.size(), repeats
  // kept) of sentence i, kept alive by the caller; nullptr: never asked for.
  UnigramGains(std::vector<double> probs, std::vector<const std::vector<int>*> sentences);

  // UnigramMatch::Gain(*sentences[i]) for the sentences added so far.
  double Gain(int i);

  // Adds sentence i (non-null) to the digest.
  void Add(int i);

 private:
  UnigramMatch match_;
  std::vector<const std::vector<int>*> sentences_;
  // By sentence i, its distinct terms with P(w) > 0 and their occurrences
  // are distinct_[j], times_[j] for j in [begin_[i], begin_[i + 1]).
  std::vector<int> begin_, distinct_, times_;
  std::vector<double> sums_;       // by sentence: Sum, valid unless stale
  std::vector<char> stale_;
  std::vector<int> first_;         // by term: where its sentences start in by_term_
  std::vector<int> by_term_;       // sentence ids, grouped by term
  std::vector<double> lengths_;    // by length: Length, valid if length_known_
  std::vector<char> length_known_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_UNIGRAM_MATCH_H_
