// The cluster-level topic rule of the noise filter (noise_filter.h): a
// sentence unrelated to the rest of the cluster is noise, as is one that
// is only weakly related and speaks in the publisher's voice or to the
// reader. Tests: tests/noise_filter_test.cc.

#ifndef CHORUS_SRC_TOPIC_RULE_H_
#define CHORUS_SRC_TOPIC_RULE_H_

#include <string>
#include <string_view>
#include <vector>

#include "tfidf.h"

namespace chorus {
namespace internal {

// Reason to drop a sentence for the cluster-level topic rule, or "": its
// topic similarity is below `threshold`, or below 3 × `threshold` while it
// speaks in the publisher's voice or to the reader (we/our/us/you/your
// outside quotation marks), as site boilerplate does.
std::string OffTopicReason(std::string_view sentence, double topic, double threshold);
// Whether OffTopicReason(sentence, topic, threshold) is non-empty, without
// building the reason.
bool IsOffTopic(std::string_view sentence, double topic, double threshold);

// Similarity of each row of `x` to the rest of the cluster: the cosine
// with the sum of the rows of the *other* documents (`doc_of[i]` is row i's
// document). With a single document, the other sentences of that document
// stand in. Result in [0, 1].
std::vector<double> TopicSimilarity(const SparseRows& x, const std::vector<int>& doc_of);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_TOPIC_RULE_H_
