// Copyright (c) chorus developers.
//
// Unigram distribution matching; see unigram_match.h.

#include "unigram_match.h"

#include <algorithm>
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
  // Summand(p, δ, 1) = p · ln((δ + 1) / δ): the log is the same for every
  // term, so it is taken once (the same bits as one call per term).
  const double first_log = std::log((smoothing_ + static_cast<double>(size_t{1})) / smoothing_);
  single_.resize(probs_.size());
  for (size_t w = 0; w < probs_.size(); ++w) single_[w] = probs_[w] * first_log;
}

double UnigramMatch::Gain(const std::vector<int>& sorted_terms) const {
  return Sum(sorted_terms) - Length(sorted_terms.size());
}

double UnigramMatch::Sum(const std::vector<int>& sorted_terms) const {
  double gain = 0;
  for (size_t a = 0; a < sorted_terms.size();) {
    const int w = sorted_terms[a];
    size_t b = a;
    while (b < sorted_terms.size() && sorted_terms[b] == w) ++b;
    if (probs_[w] > 0)
      gain += b - a == 1 ? single_[w] : Summand(probs_[w], counts_[w] + smoothing_, b - a);
    a = b;
  }
  return gain;
}

double UnigramMatch::Sum(const int* term, const int* times, size_t n) const {
  double gain = 0;
  for (size_t j = 0; j < n; ++j) {
    const int w = term[j];
    gain += times[j] == 1 ? single_[w]
                          : Summand(probs_[w], counts_[w] + smoothing_, static_cast<size_t>(times[j]));
  }
  return gain;
}

double UnigramMatch::Length(size_t n) const {
  const double m = static_cast<double>(n);
  return std::log((total_ + m + smoothed_vocabulary_) / (total_ + smoothed_vocabulary_));
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

UnigramGains::UnigramGains(std::vector<double> probs,
                           std::vector<const std::vector<int>*> sentences)
    : match_(std::move(probs)),
      sentences_(std::move(sentences)),
      begin_(sentences_.size() + 1, 0),
      sums_(sentences_.size(), 0.0),
      stale_(sentences_.size(), 1) {
  // Each sentence's distinct terms with P(w) > 0 and their occurrences.
  size_t occurrences = 0;
  for (const std::vector<int>* s : sentences_)
    if (s) occurrences += s->size();
  distinct_.reserve(occurrences);
  times_.reserve(occurrences);
  for (size_t i = 0; i < sentences_.size(); ++i) {
    if (const std::vector<int>* s = sentences_[i]) {
      for (size_t a = 0; a < s->size();) {
        const int w = (*s)[a];
        size_t b = a;
        while (b < s->size() && (*s)[b] == w) ++b;
        if (match_.Prob(w) > 0) {
          distinct_.push_back(w);
          times_.push_back(static_cast<int>(b - a));
        }
        a = b;
      }
    }
    begin_[i + 1] = static_cast<int>(distinct_.size());
  }
  // Index of sentences by term.
  std::vector<int> count(match_.size(), 0);
  for (int w : distinct_) ++count[w];
  first_.assign(count.size() + 1, 0);
  for (size_t w = 0; w < count.size(); ++w) first_[w + 1] = first_[w] + count[w];
  by_term_.resize(distinct_.size());
  std::vector<int> next(first_.begin(), first_.end() - 1);
  for (size_t i = 0; i < sentences_.size(); ++i)
    for (int j = begin_[i]; j < begin_[i + 1]; ++j) by_term_[next[distinct_[j]]++] = static_cast<int>(i);
}

double UnigramGains::Gain(int i) {
  const std::vector<int>& s = *sentences_[i];
  if (stale_[i]) {
    const int b = begin_[i];
    sums_[i] = match_.Sum(distinct_.data() + b, times_.data() + b,
                          static_cast<size_t>(begin_[i + 1] - b));
    stale_[i] = 0;
  }
  const size_t n = s.size();
  if (n >= lengths_.size()) {
    lengths_.resize(n + 1);
    length_known_.resize(n + 1, 0);
  }
  if (!length_known_[n]) {
    lengths_[n] = match_.Length(n);
    length_known_[n] = 1;
  }
  return sums_[i] - lengths_[n];
}

void UnigramGains::Add(int i) {
  const std::vector<int>& s = *sentences_[i];
  match_.Add(s);
  for (int w : s) {
    if (static_cast<size_t>(w) + 1 >= first_.size()) continue;  // in no sentence's index
    for (int j = first_[w]; j < first_[w + 1]; ++j) stale_[by_term_[j]] = 1;
  }
  std::fill(length_known_.begin(), length_known_.end(), 0);
}

}  // namespace internal
}  // namespace chorus
