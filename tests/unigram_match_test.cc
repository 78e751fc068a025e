// UnigramMatch against the divergence computed whole (its slow reference):
// the gain of a sentence is the drop of KL(P ‖ Q_S) when it is added, on
// random distributions and sentences; and the selection's use of it.

#include "unigram_match.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "mmr_selector.h"

namespace chorus {
namespace internal {

namespace {

// A distribution over 1 to max_vocabulary terms, about a quarter of them
// with probability 0 (never all).
std::vector<double> RandomDistribution(std::mt19937* rng, int max_vocabulary) {
  std::vector<double> probs(1 + (*rng)() % max_vocabulary);
  double sum = 0;
  for (double& p : probs) sum += p = ((*rng)() % 4 == 0) ? 0.0 : 1.0 + (*rng)() % 9;
  if (sum == 0) probs[0] = sum = 1;
  for (double& p : probs) p /= sum;
  return probs;
}

}  // namespace

TEST_CASE("unigram gain is the drop of the divergence", "[selection]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    const std::vector<double> probs = RandomDistribution(&rng, 12);
    const int vocabulary = static_cast<int>(probs.size());
    const double smoothing = (round % 3 == 0) ? 0.01 : (round % 3 == 1) ? kUnigramSmoothing : 1.0;
    UnigramMatch match(probs, smoothing);
    for (int pick = 0; pick < 5; ++pick) {
      std::vector<int> terms;
      const int n = static_cast<int>(rng() % 6);
      for (int i = 0; i < n; ++i) {
        const int w = static_cast<int>(rng() % vocabulary);
        if (probs[w] > 0) terms.push_back(w);
      }
      std::sort(terms.begin(), terms.end());
      const double before = match.Divergence();
      const double gain = match.Gain(terms);
      std::shuffle(terms.begin(), terms.end(), rng);
      match.Add(terms);
      CHECK(gain == Approx(before - match.Divergence()).margin(1e-12));
    }
  }
}

TEST_CASE("cached unigram gains equal the gains computed whole, bit for bit", "[selection]") {
  std::mt19937 rng(11);
  for (int round = 0; round < 100; ++round) {
    const std::vector<double> probs = RandomDistribution(&rng, 20);
    const int vocabulary = static_cast<int>(probs.size());
    const int n = 1 + static_cast<int>(rng() % 15);
    std::vector<std::vector<int>> sentences(n);
    std::vector<const std::vector<int>*> asked;
    for (auto& s : sentences) {
      const int len = static_cast<int>(rng() % 8);
      for (int a = 0; a < len; ++a) s.push_back(static_cast<int>(rng() % vocabulary));
      std::sort(s.begin(), s.end());
      asked.push_back(rng() % 5 == 0 ? nullptr : &s);
    }
    UnigramMatch whole(probs);
    UnigramGains cached(probs, asked);
    for (int pick = 0; pick < 6; ++pick) {
      int chosen = -1;
      for (int i = 0; i < n; ++i) {
        if (!asked[i] || rng() % 3 == 0) continue;  // not every sentence every round
        CHECK(cached.Gain(i) == whole.Gain(sentences[i]));
        chosen = i;
      }
      if (chosen < 0) continue;
      whole.Add(sentences[chosen]);
      cached.Add(chosen);
    }
  }
}

TEST_CASE("unigram matching picks the sentence closest to the cluster's words", "[selection]") {
  // Term 0 is most of the cluster. Relevance alone (mix 0, plain MMR) picks
  // item 0 (terms 1, 2); at mix 0.5 unigram matching picks item 1 (term 0).
  const SimilarityGraph g(4, 4);
  std::vector<SelectionItem> items = {{1.0, 2, 0, 0, true, {}, {1, 2}},
                                      {0.2, 2, 1, 0, true, {}, {0, 0}},
                                      {0.1, 2, 2, 0, true, {}, {1, 1}},
                                      {0.1, 2, 3, 0, true, {}, {0, 0}}};
  SelectionParams p;
  p.budget = 2;
  p.term_probs = {0.7, 0.2, 0.1};
  CHECK(SelectMmr(g, items, p).chosen == std::vector<int>{0});
  p.unigram_mix = 0.5;
  CHECK(SelectMmr(g, items, p).chosen == std::vector<int>{1});
  // Once term 0 is in the digest, a second copy of it gains less than term 1.
  UnigramMatch match(p.term_probs);
  match.Add({0, 0});
  CHECK(match.Gain({1, 1}) > match.Gain({0, 0}));
}

}  // namespace internal
}  // namespace chorus
