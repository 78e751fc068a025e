// The cluster's sentences as units: segmentation with the form rules, then
// analysis into term ids. The first two stages of the summarizer
// (summarizer.cc), in their own file because they are most of its text
// handling. Tests: tests/seeds_test.cc, tests/golden_test.cc,
// tests/big_cluster_test.cc (through the summarizer).

#ifndef CHORUS_SRC_SENTENCE_UNITS_H_
#define CHORUS_SRC_SENTENCE_UNITS_H_

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer.h"
#include "chorus/document.h"
#include "chorus/options.h"
#include "sentence_segmenter.h"
#include "term_dictionary.h"

namespace chorus {
namespace internal {

// One segmented sentence of the cluster.
struct Unit {
  size_t doc = 0;
  size_t index = 0;  // sentence index in its document
  size_t begin = 0, end = 0;
  std::string reason;  // noise reason; empty while kept
  std::string_view text;  // whitespace-collapsed: the article's span or SegmentUnits' copy
  size_t words = 0;
  const char* refusal = nullptr;  // never a candidate, kept as evidence: why (SentenceVerdict)
};
// By article, the sentences that needed collapsing (a deque never moves them).
using CollapsedTexts = std::vector<std::deque<std::string>>;

// Segments every document (in parallel on `threads`) and applies the form
// rules. Sets *count to the number of sentences; a document with more than
// options.max_sentences gets no units (the cluster fails on the count, and
// memory stays bounded). Units' texts view the articles or *store, which
// must outlive them.
std::vector<Unit> SegmentUnits(const Cluster& cluster, const SentenceSegmenter& segmenter,
                               const SummarizerOptions& options, int threads, size_t* count,
                               CollapsedTexts* store);

// Terms of each unit in `kept` as ids in *dict, and its words with
// stopwords when `words` is given. Parallel above 2,000 units: each thread
// has its own session and dictionary, merged into *dict afterwards. The
// lists come from the calling thread's pool (id_list_pool.h): give them back
// with ReturnIdLists when done.
std::vector<std::vector<int>> AnalyzeUnits(const std::vector<Unit>& units,
                                           const std::vector<int>& kept,
                                           const Analyzer& analyzer, int threads,
                                           TermDictionary* dict,
                                           std::vector<std::vector<int>>* words);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_SENTENCE_UNITS_H_
