// Sentence ordering. Tests: tests/sentence_orderer_test.cc.

#include "sentence_orderer.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace chorus {
namespace internal {

std::vector<size_t> OrderSentences(const Cluster& cluster,
                                   const std::vector<DigestSentence>& sentences,
                                   SentenceOrder order) {
  std::vector<size_t> perm(sentences.size());
  std::iota(perm.begin(), perm.end(), 0);
  if (order == SentenceOrder::kScore) return perm;
  auto key = [&](size_t i) {
    const DigestSentence& s = sentences[i];
    const std::string& date = order == SentenceOrder::kChrono ? cluster.docs[s.doc].date
                                                              : std::string();
    if (order == SentenceOrder::kSource) return std::make_tuple(date, s.doc, s.sentence);
    return std::make_tuple(date, s.sentence, s.doc);
  };
  std::stable_sort(perm.begin(), perm.end(),
                   [&](size_t a, size_t b) { return key(a) < key(b); });
  return perm;
}

}  // namespace internal
}  // namespace chorus
