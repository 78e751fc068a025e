// Internal entry points of the summarizer for benchmarks: the same pipeline
// as Summarizer::Summarize, with the wall time of each stage recorded.
#ifndef CHORUS_SRC_SUMMARIZER_INTERNAL_H_
#define CHORUS_SRC_SUMMARIZER_INTERNAL_H_

#include <array>
#include <string_view>

#include "chorus/summarizer.h"

namespace chorus {
namespace internal {

enum Stage { kSegment, kAnalyze, kTfIdf, kTopic, kGraph, kLexRank, kSelect, kAssemble, kNumStages };
constexpr std::array<std::string_view, kNumStages> kStageNames = {
    "segment+noise", "analyze", "tfidf", "topic", "graph", "lexrank", "select", "assemble"};

struct StageTimes {
  std::array<double, kNumStages> seconds{};  // accumulated over calls
};

// Summarize, adding each stage's wall time to *times.
Status SummarizeTimed(const Summarizer& summarizer, const Cluster& cluster, Digest* digest,
                      StageTimes* times);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_SUMMARIZER_INTERNAL_H_
