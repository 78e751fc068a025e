// Copyright (c) chorus developers.
//
// Unigram distribution matching; see unigram_match.h.

#include "unigram_match.h"

#include <cmath>
#include <cstddef>
#include <utility>

namespace chorus {
namespace internal {

namespace {

// P(w) · ln((c + k + δ) / (c + δ)), with c_δ = c + δ.
double Summand(double prob, double c_delta, size_t k) {
  return prob * std::log((c_delta + static_cast<double>(k)) / c_delta);
}

}  // namespace

UnigramMatch::UnigramMatch(std::vector<double> probs, double smoothing)
    : probs_(std::move(probs)), counts_(probs_.size(), 0.0), smoothing_(smoothing) {
  size_t vocabulary = 0;
  for (double p : probs_) vocabulary += p > 0;
  smoothed_vocabulary_ = smoothing_ * static_cast<double>(vocabulary);
  single_.resize(probs_.size());
  for (size_t w = 0; w < probs_.size(); ++w) single_[w] = Summand(probs_[w], smoothing_, 1);
}

double UnigramMatch::Gain(const std::vector<int>& sorted_terms) const {
  double gain = 0;
  for (size_t a = 0; a < sorted_terms.size();) {
    const int w = sorted_terms[a];
    size_t b = a;
    while (b < sorted_terms.size() && sorted_terms[b] == w) ++b;
    if (probs_[w] > 0)
      gain += b - a == 1 ? single_[w] : Summand(probs_[w], counts_[w] + smoothing_, b - a);
    a = b;
  }
  const double n = static_cast<double>(sorted_terms.size());
  return gain - std::log((total_ + n + smoothed_vocabulary_) / (total_ + smoothed_vocabulary_));
}

void UnigramMatch::Add(const std::vector<int>& terms) {
  for (int w : terms) counts_[w] += 1;
  for (int w : terms) single_[w] = Summand(probs_[w], counts_[w] + smoothing_, 1);
  total_ += static_cast<double>(terms.size());
}

double UnigramMatch::Divergence() const {
  double kl = 0;
  for (size_t w = 0; w < probs_.size(); ++w) {
    if (probs_[w] <= 0) continue;
    const double q = (counts_[w] + smoothing_) / (total_ + smoothed_vocabulary_);
    kl += probs_[w] * std::log(probs_[w] / q);
  }
  return kl;
}

}  // namespace internal
}  // namespace chorus
