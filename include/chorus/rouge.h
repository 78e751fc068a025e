// Copyright (c) chorus developers.
//
// ROUGE (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries",
// ACL Workshop on Text Summarization Branches Out) as the official
// ROUGE-1.5.5 perl script computes it with
//
//   ROUGE-1.5.5.pl -n 2 -2 4 -u -m [-l N | -b N] -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d
//
// that is ROUGE-1, ROUGE-2, ROUGE-L (summary-level union LCS) and ROUGE-SU4,
// Porter stemming with WordNet exceptions, references pooled by "model
// average" (-f A), one score per cluster (-t 0), and the system average that
// ROUGE prints, which is a bootstrap mean. Every value of the official script
// on the DUC 2003/2006 test vectors is reproduced to the printed 5 decimals
// (tests/rouge_vectors_test.cc; behaviour documented in
// shared/data/rouge-vectors/README.md).
//
//   std::unique_ptr<chorus::RougeScorer> scorer;
//   chorus::RougeOptions options;
//   options.limit_words = 250;
//   chorus::Status s = chorus::RougeScorer::Create(options, &scorer);
//   chorus::RougeScores scores;
//   s = scorer->Score(peer_lines, {ref1_lines, ref2_lines}, &scores);
//   double r2 = scores[chorus::RougeMetric::kRouge2].recall;  // as ROUGE prints it
//   ...
//   double avg = chorus::RougeBootstrapMean(per_cluster_r2);  // ROUGE's "Average_R"
//
// Text is bytes, as for the perl script: only ASCII letters and digits make
// tokens; every other byte (punctuation, each byte of a non-ASCII character)
// separates them. No Unicode processing is done, on purpose.

#ifndef CHORUS_ROUGE_H_
#define CHORUS_ROUGE_H_

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/status.h"

namespace chorus {

struct RougeOptions {
  // -m: stem tokens longer than 3 bytes, by WordNet exception list, else by
  // ROUGE's Porter stemmer. Default true. False needs no WordNet files.
  bool stem = true;

  // -s: drop stopwords (tested on the lowercase token, before stemming).
  // ROUGE's own list (smart_common_words.txt) is not shipped with chorus:
  // give its path in `stopword_file` to match the script; otherwise the
  // built-in English list of chorus (models/stopwords/english.txt) is used
  // and the scores will NOT match ROUGE -s. Default false (ROUGE's default).
  bool remove_stopwords = false;
  // One stopword per line ('#' starts a comment). Only read when
  // remove_stopwords is true. Default empty: the built-in English list.
  std::string stopword_file;

  // -l: keep only the first `limit_words` words of every peer AND every
  // reference; words are split on ASCII whitespace of the raw text (so
  // "U.S.-led" is one word, three tokens). 0 (default) = no limit.
  size_t limit_words = 0;
  // -b: keep only the first `limit_bytes` bytes (joining spaces not counted)
  // of every summary. 0 (default) = no limit. Not together with limit_words.
  // Note: like ROUGE-1.5.5, ROUGE-L then keeps every sentence shorter than
  // the limit plus the cut first longer one (the script's readText_LCS
  // never adds up kept bytes); this is reproduced, not fixed. -b is not
  // covered by the official test vectors.
  size_t limit_bytes = 0;

  // Folder holding WordNet's {adj,adv,noun,verb}.exc (Debian: wordnet-base).
  // Read once by RougeScorer::Create when `stem` is true.
  std::string wordnet_dir = "/usr/share/wordnet";

  // -2: maximum number of tokens between the two words of a skip-bigram.
  // Negative = no limit (ROUGE-SU*). Default 4 (ROUGE-SU4). Unigrams are
  // always added (-u).
  int skip_distance = 4;

  // -p: F = P·R / ((1−alpha)·P + alpha·R). Range [0,1]. Default 0.5
  // (harmonic mean).
  double alpha = 0.5;

  // InvalidArgument when alpha is outside [0,1] or both limits are set.
  Status Validate() const;
};

// The metrics computed by RougeScorer, in ROUGE's report order.
enum class RougeMetric : int { kRouge1 = 0, kRouge2 = 1, kRougeL = 2, kRougeSU4 = 3 };
inline constexpr size_t kRougeMetricCount = 4;
inline constexpr std::array<RougeMetric, kRougeMetricCount> kAllRougeMetrics = {
    RougeMetric::kRouge1, RougeMetric::kRouge2, RougeMetric::kRougeL,
    RougeMetric::kRougeSU4};

// ROUGE's label: "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4". (With another
// skip_distance the kRougeSU4 slot holds ROUGE-SU<d>; the label stays.)
const char* RougeMetricName(RougeMetric metric);
// The metric with that label; false when there is none.
bool ParseRougeMetric(std::string_view name, RougeMetric* metric);

struct RougeScore {
  double recall = 0.0;
  double precision = 0.0;
  double f = 0.0;
};

// Pooled counts behind one score (-f A): recall = hits / reference_units,
// precision = hits / peer_units. For ROUGE-N the units are n-grams; for
// ROUGE-SU4 skip-bigrams plus unigrams; for ROUGE-L tokens (hits = clipped
// union-LCS hits). peer_units is M × the peer's own count (M references).
struct RougeCounts {
  size_t hits = 0;
  size_t reference_units = 0;
  size_t peer_units = 0;
};

struct RougeScores {
  // As the script prints a cluster row (-d): R and P rounded to 5 decimals,
  // F computed from the ROUNDED R and P, then rounded. printf("%.5f") of
  // these gives ROUGE's strings. Feed these to RougeBootstrap.
  std::array<RougeScore, kRougeMetricCount> rounded;
  // Full precision R, P and F (F from the unrounded R and P).
  std::array<RougeScore, kRougeMetricCount> exact;
  std::array<RougeCounts, kRougeMetricCount> counts;

  const RougeScore& operator[](RougeMetric m) const {
    return rounded[static_cast<size_t>(m)];
  }
};

// Scores peer summaries against references. Built once (loads the WordNet
// exception table and the stopword list), then immutable: Score() is const
// and safe to call from many threads at once.
class RougeScorer {
 public:
  // Validates `options` and loads what they need into *out. NotFound naming
  // the file when a WordNet list (or the stopword file) is missing.
  static Status Create(const RougeOptions& options, std::unique_ptr<RougeScorer>* out);

  ~RougeScorer();
  RougeScorer(const RougeScorer&) = delete;
  RougeScorer& operator=(const RougeScorer&) = delete;

  // Scores one cluster. `peer_sentences` and each element of `references`
  // are summaries as sentence lines (ROUGE's SPL input: one sentence per
  // element, no line terminator; empty lines are ignored; see
  // RougeSplitLines). The length limit applies to each summary separately.
  // ROUGE-N and ROUGE-SU4 join a summary's sentences into one sequence;
  // ROUGE-L keeps them apart. An empty peer scores 0 everywhere.
  // InvalidArgument when `references` is empty. *out is overwritten.
  Status Score(const std::vector<std::string>& peer_sentences,
               const std::vector<std::vector<std::string>>& references,
               RougeScores* out) const;

  // The tokens ROUGE builds for one summary (after the length limit,
  // stopwords and stemming), one list per kept sentence, as ROUGE-L sees
  // them. For inspection and tests; Score() does not call it.
  void Tokenize(const std::vector<std::string>& sentences,
                std::vector<std::vector<std::string>>* tokens) const;

  const RougeOptions& options() const;

 private:
  struct Rep;
  explicit RougeScorer(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

// Splits a summary file's bytes into sentence lines for Score(): split on
// '\n' only (not \r nor Unicode line breaks), the empty piece after a final
// '\n' dropped. An empty text gives no line. Thread-safe.
std::vector<std::string> RougeSplitLines(std::string_view text);

// C printf("%.5f") of `value`: the string ROUGE prints.
std::string FormatRougeValue(double value);
// The double nearest to FormatRougeValue(value), i.e. the value as printed.
double RoundRougeValue(double value);

// The most resamples RougeBootstrap takes: its means are held at once
// (8 MB here), and ROUGE's own default is 1000.
inline constexpr int kMaxRougeResamples = 1'000'000;

struct RougeBootstrapOptions {
  // -r: number of resamples. Default 1000. Range 1..kMaxRougeResamples.
  int resamples = 1000;
  // -c: confidence level in percent, in [0,100]. Default 95.
  double confidence = 95.0;
};

struct RougeBootstrapResult {
  double mean = 0.0;      // ROUGE's printed Average_X (rounded to 5 decimals)
  double ci_lower = 0.0;  // ROUGE's "95%-conf.int." bounds (rounded likewise)
  double ci_upper = 0.0;
};

// ROUGE-1.5.5's system average with -t 0 (README §6), for one of R, P or F:
// `values` are the K per-cluster values as printed (RougeScores::rounded), in
// the order ROUGE sorts its test ids "<cluster>.<system>" (byte-wise; for the
// usual cluster ids, cluster order). For resample k = 0 … resamples−1 the
// generator (drand48's LCG, which Perl's rand uses) is seeded with k, K
// indices floor(K·u) are drawn, and the drawn values are summed in draw order
// and divided by K. The mean is the sum of the sorted resample means divided
// by their number. The interval is ROUGE's: with n resamples and
// δ = n·(100−c)/200, lower = s[⌊δ⌋] + (s[⌊δ⌋+1] − s[⌊δ⌋])·ρ and
// upper = s[u] + (s[u+1] − s[u])·ρ, where s is the sorted resample means,
// u = ⌊n−δ−1⌋, ρ = n−δ−1−u, and an index past the end reads as 0 (as in
// perl). For n = 1000 and c = 95: lower = s[25], upper = s[974]. All three
// are rounded to 5 decimals. No values: all 0. InvalidArgument for bad
// options. Deterministic and thread-safe.
Status RougeBootstrap(const std::vector<double>& values,
                      const RougeBootstrapOptions& options, RougeBootstrapResult* out);

// RougeBootstrap(values, {1000, 95}).mean: the "ALL" value ROUGE prints.
double RougeBootstrapMean(const std::vector<double>& per_cluster_values);

}  // namespace chorus

#endif  // CHORUS_ROUGE_H_
