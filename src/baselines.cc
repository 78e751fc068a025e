// Copyright (c) chorus developers.
//
// The baselines every evaluation reports beside chorus:
//   lead    NIST's DUC baseline (the opening of the most recent article),
//           in whole sentences;
//   random  sentences drawn at random from the whole cluster, with a fixed
//           seed per cluster.
// Both use chorus's own sentence segmenter (sentence_segmenter.h) and count
// the budget as the summarizer does (text_util.h CountWords; code points for
// characters), so they stand on the same footing as chorus's digests.
//
// Tests: tests/evaluation_test.cc.

#include <omp.h>

#include <random>
#include <utility>

#include "analyzer.h"
#include "chorus/evaluation.h"
#include "date_key.h"
#include "sentence_segmenter.h"
#include "text_util.h"

namespace chorus {

using internal::SentenceSegmenter;

struct Baselines::Rep {
  BaselineOptions options;
  std::unique_ptr<SentenceSegmenter> segmenter;

  // The sentences of `doc`, whitespace collapsed, empty ones left out.
  std::vector<std::string> Sentences(const Document& doc) const;
  size_t Cost(const std::string& sentence) const;
};

namespace {

constexpr size_t kMaxBudget = 10000000;

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Index of the most recent article (see Baselines::Lead).
size_t MostRecent(const Cluster& cluster) {
  size_t best = cluster.docs.size() - 1;
  bool dated = false;
  std::string best_date;
  for (size_t i = 0; i < cluster.docs.size(); ++i) {
    if (cluster.docs[i].date.empty()) continue;
    std::string date = internal::DateOrderKey(cluster.docs[i].date);  // as --order chrono
    if (!dated || date >= best_date) {
      best = i;
      best_date = std::move(date);
    }
    dated = true;
  }
  return best;
}

}  // namespace

std::vector<std::string> Baselines::Rep::Sentences(const Document& doc) const {
  const internal::Segmentation seg = segmenter->Segment(doc.text);
  std::vector<std::string> out;
  const std::string_view text = doc.text;
  for (const internal::SentenceSpan& span : seg.sentences) {
    std::string sentence = internal::CollapseWhitespace(text.substr(span.begin, span.end - span.begin));
    if (!sentence.empty()) out.push_back(std::move(sentence));
  }
  return out;
}

size_t Baselines::Rep::Cost(const std::string& sentence) const {
  switch (options.budget_unit) {
    case BudgetUnit::kWords: return internal::CountWords(sentence);
    case BudgetUnit::kSentences: return 1;
    case BudgetUnit::kChars: return CodePoints(sentence);
  }
  return internal::CountWords(sentence);
}

Baselines::Baselines(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Baselines::~Baselines() = default;
const BaselineOptions& Baselines::options() const { return rep_->options; }

Status Baselines::Create(const BaselineOptions& options, std::unique_ptr<Baselines>* out) {
  if (options.budget == 0 || options.budget > kMaxBudget)
    return Status::InvalidArgument("budget: " + std::to_string(options.budget) +
                                   " is out of range 1.." + std::to_string(kMaxBudget));
  if (!IsBudgetUnit(options.budget_unit))
    return Status::InvalidArgument("budget_unit: not kWords, kSentences or kChars");
  CHORUS_RETURN_IF_ERROR(CheckThreads(options.threads));
  CHORUS_RETURN_IF_ERROR(internal::CheckLanguage(options.language));
  auto rep = std::make_unique<Rep>();
  rep->options = options;
  CHORUS_RETURN_IF_ERROR(SentenceSegmenter::Create(internal::LocaleForLanguage(options.language),
                                                   &rep->segmenter));
  out->reset(new Baselines(std::move(rep)));
  return Status::OK();
}

void Baselines::Lead(const Cluster& cluster, std::vector<std::string>* lines) const {
  lines->clear();
  if (cluster.docs.empty()) return;
  const BaselineOptions& o = rep_->options;
  size_t used = 0;
  for (std::string& sentence : rep_->Sentences(cluster.docs[MostRecent(cluster)])) {
    if (used >= o.budget) break;
    const size_t cost = rep_->Cost(sentence);
    if (used + cost > o.budget && !o.fill) break;
    used += cost;
    lines->push_back(std::move(sentence));
  }
}

void Baselines::Random(const Cluster& cluster, size_t cluster_index,
                       std::vector<std::string>* lines) const {
  lines->clear();
  std::vector<std::string> pool;
  for (const Document& doc : cluster.docs)
    for (std::string& sentence : rep_->Sentences(doc)) pool.push_back(std::move(sentence));
  // Fisher-Yates on the engine's raw output: std::shuffle and the standard
  // distributions differ between libraries, mt19937_64 itself does not.
  std::mt19937_64 rng(rep_->options.random_seed + cluster_index);
  for (size_t i = pool.size(); i > 1; --i) std::swap(pool[i - 1], pool[rng() % i]);
  const BaselineOptions& o = rep_->options;
  size_t used = 0;
  for (std::string& sentence : pool) {
    if (used >= o.budget) break;
    const size_t cost = rep_->Cost(sentence);
    if (used + cost > o.budget && !o.fill) continue;  // too long: try the next one
    used += cost;
    lines->push_back(std::move(sentence));
  }
}

Status BaselineSummaries(const BaselineOptions& options,
                         const std::vector<EvalCluster>& clusters,
                         std::vector<SystemSummaries>* systems,
                         std::vector<std::string>* warnings) {
  std::unique_ptr<Baselines> baselines;
  CHORUS_RETURN_IF_ERROR(Baselines::Create(options, &baselines));
  SystemSummaries lead{"lead", std::vector<std::vector<std::string>>(clusters.size())};
  SystemSummaries random{"random", std::vector<std::vector<std::string>>(clusters.size())};
  const int n = static_cast<int>(clusters.size());
  const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();
#pragma omp parallel for num_threads(threads) schedule(dynamic)
  for (int k = 0; k < n; ++k) {
    baselines->Lead(clusters[k].cluster, &lead.summaries[k]);
    baselines->Random(clusters[k].cluster, static_cast<size_t>(k), &random.summaries[k]);
  }
  for (size_t k = 0; k < clusters.size() && warnings != nullptr; ++k) {
    const std::string named = "cluster '" + clusters[k].cluster.id + "': ";
    if (lead.summaries[k].empty())
      warnings->push_back(named + "lead baseline is empty (the first sentence of the most "
                                  "recent article is longer than the budget), scored 0");
    if (random.summaries[k].empty())
      warnings->push_back(named + "random baseline is empty (every sentence is longer than the "
                                  "budget), scored 0");
  }
  systems->push_back(std::move(lead));
  systems->push_back(std::move(random));
  return Status::OK();
}

}  // namespace chorus
