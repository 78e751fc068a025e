// Copyright (c) chorus developers.
//
// Summarizer: built once from validated options (the analyzer, stemmer and
// stopword list are constructed then), then used for any number of clusters.
// Summarize() is const and safe to call from many threads at once (as re2's
// RE2 object).
//
// Pipeline (one file per stage under src/): sentence_segmenter →
// noise_filter → analyzer → tfidf → similarity_graph → lexrank →
// mmr_selector → citations → sentence_orderer.

#ifndef CHORUS_SUMMARIZER_H_
#define CHORUS_SUMMARIZER_H_

#include <memory>

#include "chorus/digest.h"
#include "chorus/document.h"
#include "chorus/options.h"
#include "chorus/status.h"

namespace chorus {

class Summarizer;
namespace internal {  // benchmark hook (src/summarizer_internal.h)
struct StageTimes;
Status SummarizeTimed(const Summarizer&, const Cluster&, Digest*, StageTimes*);
}  // namespace internal

class Summarizer {
 public:
  // Validates `options` and builds the summarizer into *out. Fails with
  // InvalidArgument for bad options or an unknown language.
  static Status Create(const SummarizerOptions& options,
                       std::unique_ptr<Summarizer>* out);

  ~Summarizer();
  Summarizer(const Summarizer&) = delete;
  Summarizer& operator=(const Summarizer&) = delete;

  // Summarizes `cluster` into *digest (overwritten). Fails with InvalidInput
  // when the cluster has no article or no usable sentence, when no sentence
  // may be chosen (the candidate rules refuse them all), or when no
  // candidate fits the budget (without `fill`), so a digest is never
  // silently empty. Deterministic:
  // the same cluster and options give the same digest whatever the thread
  // count.
  Status Summarize(const Cluster& cluster, Digest* digest) const;

  const SummarizerOptions& options() const;

 private:
  friend Status internal::SummarizeTimed(const Summarizer&, const Cluster&, Digest*,
                                         internal::StageTimes*);
  struct Rep;
  explicit Summarizer(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace chorus

#endif  // CHORUS_SUMMARIZER_H_
