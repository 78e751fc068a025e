// Segmentation and analysis of a cluster's sentences (see sentence_units.h).

#include "sentence_units.h"

#include <omp.h>

#include <algorithm>
#include <utility>

#include "id_list_pool.h"
#include "noise_filter.h"
#include "text_util.h"

namespace chorus {
namespace internal {

std::vector<Unit> SegmentUnits(const Cluster& cluster, const SentenceSegmenter& segmenter,
                               const SummarizerOptions& options, int threads, size_t* count,
                               CollapsedTexts* store) {
  const int n = static_cast<int>(cluster.docs.size());
  std::vector<std::vector<Unit>> per_doc(n);
  store->assign(static_cast<size_t>(n), {});
  std::vector<size_t> counts(n);
#pragma omp parallel for num_threads(threads) schedule(dynamic)
  for (int d = 0; d < n; ++d) {
    const std::string& text = cluster.docs[d].text;
    Segmentation seg = segmenter.Segment(text);
    counts[d] = seg.sentences.size();
    if (counts[d] > options.max_sentences) continue;
    std::vector<SentenceVerdict> verdicts = ApplyFormRules(text, seg);
    per_doc[d].reserve(verdicts.size());
    for (size_t i = 0; i < verdicts.size(); ++i) {
      Unit u;
      u.doc = static_cast<size_t>(d);
      u.index = i;
      u.begin = verdicts[i].begin;
      u.end = verdicts[i].end;
      if (options.filter_noise) {
        u.reason = std::move(verdicts[i].reason);
        u.refusal = verdicts[i].refusal;
      }
      if (u.end - u.begin > options.max_sentence_bytes)
        u.reason = "over the limit of " + std::to_string(options.max_sentence_bytes) +
                   " bytes per sentence (raise it with --max-sentence-bytes)";
      const std::string_view span = std::string_view(text).substr(u.begin, u.end - u.begin);
      u.text = verdicts[i].collapsed ? span : (*store)[d].emplace_back(CollapseWhitespace(span));
      u.words = CountCollapsedWords(u.text);
      per_doc[d].push_back(std::move(u));
    }
  }
  *count = 0;
  for (size_t c : counts) *count += c;
  std::vector<Unit> units;
  size_t total = 0;
  for (const auto& v : per_doc) total += v.size();
  units.reserve(total);
  for (auto& v : per_doc)
    for (auto& u : v) units.push_back(std::move(u));
  return units;
}

std::vector<std::vector<int>> AnalyzeUnits(const std::vector<Unit>& units,
                                           const std::vector<int>& kept,
                                           const Analyzer& analyzer, int threads,
                                           TermDictionary* dict,
                                           std::vector<std::vector<int>>* words) {
  std::vector<std::vector<int>> terms = TakeIdLists(kept.size());
  if (words != nullptr) *words = TakeIdLists(kept.size());
  const int n = static_cast<int>(kept.size());
  if (n < 2000 || threads <= 1) {
    // About one distinct term per 32 bytes of text (news clusters have more):
    // the dictionary then grows once or twice instead of seven times.
    size_t bytes = 0;
    for (int k : kept) bytes += units[k].text.size();
    dict->Reserve(std::min<size_t>(bytes / 32, size_t{1} << 16));
    auto session = analyzer.NewSession();
    for (int k = 0; k < n; ++k)
      session->Analyze(units[kept[k]].text, dict, &terms[k], words ? &(*words)[k] : nullptr);
    return terms;
  }
  std::vector<TermDictionary> local(static_cast<size_t>(threads));
  std::vector<int> owner(kept.size());
#pragma omp parallel num_threads(threads)
  {
    auto session = analyzer.NewSession();
    const int t = omp_get_thread_num();
#pragma omp for schedule(dynamic, 16)
    for (int k = 0; k < n; ++k) {
      session->Analyze(units[kept[k]].text, &local[t], &terms[k], words ? &(*words)[k] : nullptr);
      owner[k] = t;
    }
  }
  std::vector<std::vector<int>> global_id(local.size());
  for (size_t t = 0; t < local.size(); ++t)
    for (size_t id = 0; id < local[t].size(); ++id)
      global_id[t].push_back(dict->Intern(local[t].term(static_cast<int>(id))));
  for (int k = 0; k < n; ++k) {
    for (int& id : terms[k]) id = global_id[owner[k]][id];
    if (words != nullptr)
      for (int& id : (*words)[k]) id = global_id[owner[k]][id];
  }
  return terms;
}

}  // namespace internal
}  // namespace chorus
