// Output order of the chosen sentences (--order):
//   chrono  article date when known (ISO 8601 and RFC 822 dates in time
//           order, zoned times in UTC: date_key.h; other dates as strings;
//           an unknown date sorts first), then position in the article,
//           then article input order;
//   source  article input order, then position in the article;
//   score   selection order (the best gain first: centrality, concepts and
//           word distribution together, so not always the most central).
// Tests: tests/sentence_orderer_test.cc.

#ifndef CHORUS_SRC_SENTENCE_ORDERER_H_
#define CHORUS_SRC_SENTENCE_ORDERER_H_

#include <vector>

#include "chorus/digest.h"
#include "chorus/document.h"
#include "chorus/options.h"

namespace chorus {
namespace internal {

// Returns the permutation of `sentences` (given in selection order) for
// `order`. Stable and deterministic.
std::vector<size_t> OrderSentences(const Cluster& cluster,
                                   const std::vector<DigestSentence>& sentences,
                                   SentenceOrder order);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_SENTENCE_ORDERER_H_
