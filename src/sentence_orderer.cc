// Sentence ordering. Tests: tests/sentence_orderer_test.cc.

#include "sentence_orderer.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "date_key.h"

namespace chorus {
namespace internal {

std::vector<size_t> OrderSentences(const Cluster& cluster,
                                   const std::vector<DigestSentence>& sentences,
                                   SentenceOrder order) {
  std::vector<size_t> perm(sentences.size());
  std::iota(perm.begin(), perm.end(), 0);
  if (order == SentenceOrder::kScore) return perm;
  // Each article's date as DateKey reads it (RSS's "Tue, 14 Jan 2020 ..."
  // and zoned ISO times in UTC), or as given.
  std::vector<std::string> dates(order == SentenceOrder::kChrono ? cluster.docs.size() : 0);
  for (size_t d = 0; d < dates.size(); ++d) dates[d] = DateOrderKey(cluster.docs[d].date);
  const std::string none;
  auto key = [&](size_t i) {
    const DigestSentence& s = sentences[i];
    const std::string& date = dates.empty() ? none : dates[s.doc];
    if (order == SentenceOrder::kSource) return std::make_tuple(date, s.doc, s.sentence);
    return std::make_tuple(date, s.sentence, s.doc);
  };
  std::stable_sort(perm.begin(), perm.end(),
                   [&](size_t a, size_t b) { return key(a) < key(b); });
  return perm;
}

}  // namespace internal
}  // namespace chorus
