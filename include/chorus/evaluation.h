// Copyright (c) chorus developers.
//
// Evaluation: ROUGE scores of summarizers over an evaluation set, as
// `chorus eval` prints them. The pieces, in pipeline order:
//
//   LoadEvalJsonl        an evaluation set: clusters with human references
//   SummarizeClusters    chorus's digest of every cluster          ┐ one
//   ReadSummaryFolder    summaries made elsewhere, DIR/<cluster>.txt├ SystemSummaries
//   ReadSystemFolders    one system per subfolder                   │ each
//   Baselines            lead and random                           ┘
//   Evaluate             ROUGE of every system × cluster, bootstrap means
//   FormatEvalReport     the table (text) or JSON
//
//   std::vector<chorus::EvalCluster> data;
//   chorus::Status s = chorus::LoadEvalJsonl("clusters.jsonl", &data, &warnings);
//   std::vector<chorus::SystemSummaries> systems(1);
//   s = chorus::SummarizeClusters(chorus::SummarizerOptions(), data, &systems[0],
//                               &warnings);
//   s = chorus::BaselineSummaries(chorus::BaselineOptions(), data, &systems, &warnings);
//   chorus::EvalOptions options;
//   options.rouge.limit_words = 100;
//   chorus::EvalReport report;
//   s = chorus::Evaluate(data, systems, options, &report);
//   std::string table;
//   s = chorus::FormatEvalReport(report, "text", &table);
//
// The mean of a system is ROUGE-1.5.5's printed average (RougeBootstrap: the
// bootstrap mean, -t 0), so summaries scored here give the same figures as
// the official script run with the options of rouge.h. Errors name the file,
// line and cluster; nothing is silently scored as zero (an empty summary is
// scored 0 with a warning naming the system and cluster).
//
// Thread-safety: all functions are reentrant; Baselines is immutable after
// Create and its methods are const and safe from many threads.
// Tests: tests/evaluation_test.cc, tests/cli_eval_test.cc,
// tests/eval_vectors_test.cc.

#ifndef CHORUS_EVALUATION_H_
#define CHORUS_EVALUATION_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/document.h"
#include "chorus/loader.h"
#include "chorus/options.h"
#include "chorus/rouge.h"
#include "chorus/status.h"

namespace chorus {

// One cluster of an evaluation set and its human reference summaries.
struct EvalCluster {
  Cluster cluster;  // id never empty, at least one document
  // Each reference as sentence lines (RougeSplitLines of its text). Never
  // empty, and no reference is empty.
  std::vector<std::vector<std::string>> references;
  // The "reference_ids" field when given (same length as references), else
  // empty. Only for reports.
  std::vector<std::string> reference_ids;
};

// Parses an evaluation set in JSON Lines, one cluster per line:
//   {"cluster": "d30003t", "docs": [{"id", "text", ...}],
//    "references": ["sentence\nsentence\n", ...], "reference_ids": [...]}
// The cluster part is read as ParseClusterJson reads a .json cluster (other
// keys are ignored). Blank lines are skipped. Every error is InvalidInput
// and starts with "NAME:LINE" (NAME is `name`, lines count from 1; a syntax
// error adds ":COLUMN", in bytes): malformed JSON or UTF-8, a missing or
// empty "cluster" id, a cluster id seen on an earlier line, a cluster
// without documents, "references" missing, not an array of strings, empty,
// or holding a reference with no line (these name the cluster), and
// "reference_ids" of the wrong type or length. No line at all is an error
// too. Warnings (an empty article skipped) are appended to *warnings, which
// may be null. The limits of `load` apply to each cluster (LimitExceeded);
// its lossy_utf8 is ignored. *out is only written on success.
Status ParseEvalJsonl(std::string_view bytes, const std::string& name,
                      std::vector<EvalCluster>* out, std::vector<std::string>* warnings,
                      const LoadOptions& load = LoadOptions());

// Reads the file at `path` and parses it with ParseEvalJsonl. NotFound or
// IOError naming the path when it cannot be read.
Status LoadEvalJsonl(const std::string& path, std::vector<EvalCluster>* out,
                     std::vector<std::string>* warnings,
                     const LoadOptions& load = LoadOptions());

// One system's summaries: summaries[k] is its summary of cluster k of the
// evaluation set, as sentence lines (ROUGE's one-sentence-per-line input).
struct SystemSummaries {
  std::string name;
  std::vector<std::vector<std::string>> summaries;
};

// Reads `dir`/<SafeFileName(cluster id)>.txt (batch.h: the id itself when
// it is a safe file name, so the name `chorus batch --format plain` gives
// the cluster's file; an id such as "../x" never leaves `dir`) for every
// cluster of `clusters` into *out
// (named `name`), each split with RougeSplitLines (bytes as they are, as
// ROUGE reads them). Files for clusters not in `clusters` are ignored.
// Errors: NotFound naming the cluster and the file when one is missing,
// NotFound/IOError naming `dir` when it is not a readable folder, IOError
// naming the file when it cannot be read. An empty summary is not an error:
// a warning naming the system and cluster is appended to *warnings (may be
// null). *out is only written on success.
Status ReadSummaryFolder(const std::string& dir, const std::string& name,
                         const std::vector<EvalCluster>& clusters, SystemSummaries* out,
                         std::vector<std::string>* warnings);

// Every subfolder of `dir` (names starting with '.' ignored; other files
// ignored) read with ReadSummaryFolder as one system named after the
// subfolder. Systems are in natural name order: digit runs compare by value,
// so "2" comes before "10". Appends to *out. Errors as ReadSummaryFolder,
// plus InvalidInput when `dir` holds no subfolder.
Status ReadSystemFolders(const std::string& dir, const std::vector<EvalCluster>& clusters,
                         std::vector<SystemSummaries>* out, std::vector<std::string>* warnings);

// chorus's digest of every cluster (the digest sentences in output order,
// one per line, as `chorus digest --format plain` prints them) into *out,
// named "chorus". Clusters run in parallel on options.threads threads (0:
// OpenMP's default), each summarized single-threaded, so the result does
// not depend on the thread count. Fails with the first failing cluster (in
// input order), its message naming the cluster; InvalidArgument for bad
// options. An empty digest is scored 0 with a warning naming the cluster
// appended to *warnings (may be null).
Status SummarizeClusters(const SummarizerOptions& options,
                         const std::vector<EvalCluster>& clusters, SystemSummaries* out,
                         std::vector<std::string>* warnings);

// The seed of the random baseline: cluster k of a set is drawn with
// std::mt19937_64 seeded with random_seed + k.
inline constexpr uint64_t kDefaultRandomSeed = 20030601;

struct BaselineOptions {
  // Sentence segmentation as the summarizer's for this language (see
  // AnalyzerOptions::language). Default english.
  std::string language = "english";
  // Length budget, counted as the summarizer counts it (words split on
  // whitespace, sentences, or characters = code points); see `fill`.
  // Default 120 words, as SummarizerOptions. Range 1..10^7.
  BudgetUnit budget_unit = BudgetUnit::kWords;
  size_t budget = 120;
  // The last sentence may run past the budget: the first one that does not
  // fit is still taken and ends the summary, as DUC systems filled the
  // budget and the scorer cut them at the limit (ROUGE -l). With a ROUGE
  // word limit equal to a word budget this makes `lead` NIST's baseline
  // exactly (the first N words of the most recent article). As
  // SummarizerOptions::fill. Default false: the budget is never exceeded.
  bool fill = false;
  uint64_t random_seed = kDefaultRandomSeed;
  // Threads for BaselineSummaries (clusters in parallel); 0: OpenMP's
  // default. Range 0..kMaxThreads. The baselines do not depend on it.
  int threads = 0;
};

// The two baselines every evaluation reports. Sentences are chorus's own
// (the summarizer's segmenter), whitespace collapsed; no noise filtering,
// so a dateline stays at the start of an article's first sentence.
class Baselines {
 public:
  // InvalidArgument for a zero or too large budget, a budget_unit outside
  // its enum, threads out of range,
  // or a language the summarizer does not know (as Summarizer::Create).
  static Status Create(const BaselineOptions& options, std::unique_ptr<Baselines>* out);
  ~Baselines();
  Baselines(const Baselines&) = delete;
  Baselines& operator=(const Baselines&) = delete;

  // NIST's lead baseline: the opening sentences of the most recent article,
  // in order, while they fit the budget; with `fill`, up to and including
  // the one that reaches it. Whole sentences only (NIST cut the first N
  // words mid-sentence; with `fill` the scorer's limit does that cut).
  // Without `fill` it may be empty, when the first sentence alone is over
  // the budget. The most recent article is the one with the greatest `date`
  // (as the chrono order reads it: ISO 8601 and RFC 822 in time order, with
  // zoned times in UTC; other text as a string), the later one in the list on
  // a tie; undated articles are passed over, and when none is dated the
  // last article is taken (evaluation sets list articles chronologically).
  // *lines is overwritten.
  void Lead(const Cluster& cluster, std::vector<std::string>* lines) const;

  // Sentences of all articles, shuffled (Fisher-Yates driven by
  // std::mt19937_64's raw output, seeded random_seed + cluster_index, so
  // the same on every platform), taken in that order while they fit the
  // remaining budget; a sentence too long is skipped (with `fill`, taken,
  // and it ends the summary). *lines is overwritten.
  void Random(const Cluster& cluster, size_t cluster_index,
              std::vector<std::string>* lines) const;

  const BaselineOptions& options() const;

 private:
  struct Rep;
  explicit Baselines(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

// Appends the systems "lead" and "random" for `clusters` (cluster k of the
// random baseline seeded random_seed + k) to *systems. A cluster whose lead
// is empty gets a warning naming it (it scores 0). Bad options: as
// Baselines::Create.
Status BaselineSummaries(const BaselineOptions& options,
                         const std::vector<EvalCluster>& clusters,
                         std::vector<SystemSummaries>* systems,
                         std::vector<std::string>* warnings);

struct EvalOptions {
  RougeOptions rouge;                // see rouge.h; default: no limit, stemming
  RougeBootstrapOptions bootstrap;  // default 1000 resamples, 95%
  // Threads scoring (system, cluster) pairs; 0: OpenMP's default. Range
  // 0..kMaxThreads. The report does not depend on it.
  int threads = 0;
};

// R, P and F of one metric over the clusters: ROUGE's bootstrap mean and
// confidence interval of each (values in 0..1, rounded to 5 decimals).
struct MetricSummary {
  RougeBootstrapResult recall;
  RougeBootstrapResult precision;
  RougeBootstrapResult f;
};

struct SystemResult {
  std::string name;
  std::array<MetricSummary, kRougeMetricCount> metrics;  // indexed by RougeMetric
  std::vector<RougeScores> clusters;  // per cluster, as EvalReport::clusters
};

struct EvalReport {
  std::vector<std::string> clusters;  // cluster ids, in input order
  std::vector<SystemResult> systems;  // in the order given to Evaluate
  EvalOptions options;                // what produced it
};

// Scores every system on every cluster against that cluster's references
// (RougeScorer with options.rouge) and summarizes each metric's per-cluster
// values (RougeScores::rounded) with RougeBootstrap, fed in the order ROUGE
// sorts its test ids (byte-wise by cluster id). Errors: InvalidArgument for
// bad options (threads out of range included), two systems with one name, or a system whose number of
// summaries is not the number of clusters; NotFound when the WordNet files
// are missing. *out is only written on success.
Status Evaluate(const std::vector<EvalCluster>& clusters,
                const std::vector<SystemSummaries>& systems, const EvalOptions& options,
                EvalReport* out);

// The formats of FormatEvalReport: "text", "json".
std::vector<std::string> EvalReportFormats();

// Renders `report`:
//   text  a header naming the ROUGE options and the number of clusters,
//         then one row per metric × system: recall, precision and F ×100
//         with 2 decimals, each with its 95% interval in brackets.
//   json  {"rouge": {options}, "systems": {"<name>": {"ROUGE-1": {"recall",
//         "precision", "f", "ci": {"recall": [lo, hi], "precision": [..],
//         "f": [..]}}, ...}}, "clusters": [{"cluster", "system", "ROUGE-1":
//         {"recall", "precision", "f"}, ...}]}, values in 0..1 as ROUGE
//         prints them (5 decimals); systems in report order.
// InvalidArgument for an unknown format. The output ends with a newline.
Status FormatEvalReport(const EvalReport& report, std::string_view format, std::string* out);

}  // namespace chorus

#endif  // CHORUS_EVALUATION_H_
