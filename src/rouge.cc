// ROUGE-N, ROUGE-SU and summary-level ROUGE-L (Lin 2004) with references
// pooled by model average (-f A), per-cluster rounding, and the bootstrap
// average, all as ROUGE-1.5.5 computes them. The section numbers below refer
// to shared/data/rouge-vectors/README.md. Tokens are numbered per Score()
// call (rouge_tokenizer.h), so counting works on sorted integer keys and
// integer DP tables. Tests: tests/rouge_test.cc
// (hand-checked cases) and tests/rouge_vectors_test.cc (the official vectors).

#include "chorus/rouge.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "file_util.h"
#include "rouge_stemmer.h"
#include "rouge_tokenizer.h"
#include "stopwords.h"

namespace chorus {

namespace {

// What a scorer holds: validated options and the tables they need.
struct Resources {
  RougeOptions options;
  internal::RougeExceptionTable exceptions;        // loaded when options.stem
  std::optional<internal::StopwordSet> stopwords;  // when remove_stopwords
};

using internal::RougeSummaryIds;
using internal::RougeTokenIds;

RougeTokenIds MakeTokenIds(const Resources& r) {
  return RougeTokenIds(r.options.stem ? &r.exceptions : nullptr,
                       r.stopwords ? &*r.stopwords : nullptr, r.options.limit_words,
                       r.options.limit_bytes);
}

// Keys of counting units: a unigram is (id+1)<<32, a pair (id+1)<<32 | (id'+1).
uint64_t UnigramKey(int32_t a) { return (static_cast<uint64_t>(a) + 1) << 32; }
uint64_t PairKey(int32_t a, int32_t b) { return UnigramKey(a) | (static_cast<uint64_t>(b) + 1); }

// Sorted keys of the n-grams (n = 1 or 2) of `seq`: L−n+1 of them (§6).
void NgramKeys(const std::vector<int32_t>& seq, int n, std::vector<uint64_t>* keys) {
  keys->clear();
  for (size_t i = 0; i + n <= seq.size(); ++i)
    keys->push_back(n == 1 ? UnigramKey(seq[i]) : PairKey(seq[i], seq[i + 1]));
  std::sort(keys->begin(), keys->end());
}

// Sorted keys of ROUGE-SU units (§6): for i < L−1, the unigram t_i and the
// pairs (t_i, t_j), i < j ≤ i+skip+1 (any j when skip < 0). The last token's
// unigram is not a unit, as in the script.
void SkipBigramKeys(const std::vector<int32_t>& seq, int skip, std::vector<uint64_t>* keys) {
  keys->clear();
  for (size_t i = 0; i + 1 < seq.size(); ++i) {
    keys->push_back(UnigramKey(seq[i]));
    size_t end = seq.size();
    if (skip >= 0) end = std::min(end, i + static_cast<size_t>(skip) + 2);
    for (size_t j = i + 1; j < end; ++j) keys->push_back(PairKey(seq[i], seq[j]));
  }
  std::sort(keys->begin(), keys->end());
}

// The sorted unit keys of ROUGE-1, ROUGE-2 or ROUGE-SU for a sequence.
void UnitKeys(const std::vector<int32_t>& seq, RougeMetric metric, int skip,
              std::vector<uint64_t>* keys) {
  if (metric == RougeMetric::kRougeSU4) {
    SkipBigramKeys(seq, skip, keys);
  } else {
    NgramKeys(seq, metric == RougeMetric::kRouge1 ? 1 : 2, keys);
  }
}

// Σ over keys of min(count in a, count in b), for sorted a and b.
size_t ClippedHits(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t hits = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++hits, ++i, ++j;
    }
  }
  return hits;
}

// Sets mask[i] for each position i of `r` on the LCS of r and s that ROUGE
// traces back (§6 ROUGE-L step 2): diagonal on equal tokens, else back in r
// when that cell is ≥ the cell back in s, else back in s.
void MarkLcs(const std::vector<int32_t>& r, const std::vector<int32_t>& s,
             std::vector<int32_t>* table, std::vector<char>* mask) {
  const size_t m = r.size(), n = s.size(), w = n + 1;
  if (m == 0 || n == 0) return;
  if (table->size() < (m + 1) * w) table->resize((m + 1) * w);
  int32_t* c = table->data();
  std::fill(c, c + w, 0);  // row 0; column 0 is set row by row
  for (size_t i = 1; i <= m; ++i) {
    c[i * w] = 0;
    for (size_t j = 1; j <= n; ++j) {
      c[i * w + j] = r[i - 1] == s[j - 1] ? c[(i - 1) * w + j - 1] + 1
                                          : std::max(c[(i - 1) * w + j], c[i * w + j - 1]);
    }
  }
  for (size_t i = m, j = n; i > 0 && j > 0;) {
    if (r[i - 1] == s[j - 1]) {
      (*mask)[--i] = 1;
      --j;
    } else if (c[(i - 1) * w + j] >= c[i * w + j - 1]) {
      --i;
    } else {
      --j;
    }
  }
}

void CountInto(const std::vector<int32_t>& ids, std::vector<int32_t>* counts) {
  std::fill(counts->begin(), counts->end(), 0);
  for (int32_t id : ids) ++(*counts)[id];
}

// Reusable buffers of the ROUGE-L computation.
struct LcsScratch {
  std::vector<int32_t> ref_budget, peer_budget, table;
  std::vector<char> mask;
};

// hit_j of ROUGE-L for one reference (§6 ROUGE-L steps 1–3): union-LCS
// positions of each reference sentence, each hit taken from both unigram
// budgets, which carry over the reference's sentences.
size_t LcsHits(const RougeSummaryIds& ref, const RougeSummaryIds& peer, LcsScratch* x) {
  CountInto(ref.flat, &x->ref_budget);
  CountInto(peer.flat, &x->peer_budget);
  size_t hits = 0;
  for (const auto& r : ref.sentences) {
    x->mask.assign(r.size(), 0);
    for (const auto& s : peer.sentences) MarkLcs(r, s, &x->table, &x->mask);
    for (size_t i = 0; i < r.size(); ++i) {
      int32_t& rb = x->ref_budget[r[i]];
      int32_t& pb = x->peer_budget[r[i]];
      if (x->mask[i] && rb > 0 && pb > 0) {
        ++hits;
        --rb;
        --pb;
      }
    }
  }
  return hits;
}

size_t TokenCount(const RougeSummaryIds& summary) {
  size_t n = 0;
  for (const auto& s : summary.sentences) n += s.size();
  return n;
}

double Ratio(size_t num, size_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

// F = P·R / ((1−α)·P + α·R), 0 when the denominator is not positive (-p).
double FMeasure(double r, double p, double alpha) {
  const double den = (1 - alpha) * p + alpha * r;
  return den > 0 ? (p * r) / den : 0.0;
}

// Per-cluster values (§6 "Per-cluster values").
void FillScores(const RougeCounts& c, double alpha, RougeScore* exact, RougeScore* rounded) {
  exact->recall = Ratio(c.hits, c.reference_units);
  exact->precision = Ratio(c.hits, c.peer_units);
  exact->f = FMeasure(exact->recall, exact->precision, alpha);
  rounded->recall = RoundRougeValue(exact->recall);
  rounded->precision = RoundRougeValue(exact->precision);
  rounded->f = RoundRougeValue(FMeasure(rounded->recall, rounded->precision, alpha));
}

// Perl's rand since 5.20: drand48's 48-bit LCG; srand(s) sets s·2^16 + 0x330E.
class Drand48 {
 public:
  explicit Drand48(uint64_t seed) : state_((seed << 16) + 0x330E) {}
  double Next() {
    state_ = (0x5DEECE66DULL * state_ + 0xB) & ((1ULL << 48) - 1);
    return static_cast<double>(state_) / static_cast<double>(1ULL << 48);
  }

 private:
  uint64_t state_;
};

// perl's view of an array read: past the end is undef, i.e. 0.
double At(const std::vector<double>& v, long i) {
  return i >= 0 && static_cast<size_t>(i) < v.size() ? v[i] : 0.0;
}

}  // namespace

struct RougeScorer::Rep : Resources {};

Status RougeOptions::Validate() const {
  if (!(alpha >= 0.0 && alpha <= 1.0))
    return Status::InvalidArgument("ROUGE alpha must be within [0,1]");
  if (limit_words > 0 && limit_bytes > 0)
    return Status::InvalidArgument("ROUGE: give a word limit or a byte limit, not both");
  return Status::OK();
}

const char* RougeMetricName(RougeMetric metric) {
  switch (metric) {
    case RougeMetric::kRouge1: return "ROUGE-1";
    case RougeMetric::kRouge2: return "ROUGE-2";
    case RougeMetric::kRougeL: return "ROUGE-L";
    case RougeMetric::kRougeSU4: return "ROUGE-SU4";
  }
  return "";
}

bool ParseRougeMetric(std::string_view name, RougeMetric* metric) {
  for (RougeMetric m : kAllRougeMetrics) {
    if (name == RougeMetricName(m)) {
      *metric = m;
      return true;
    }
  }
  return false;
}

RougeScorer::RougeScorer(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
RougeScorer::~RougeScorer() = default;

const RougeOptions& RougeScorer::options() const { return rep_->options; }

Status RougeScorer::Create(const RougeOptions& options, std::unique_ptr<RougeScorer>* out) {
  CHORUS_RETURN_IF_ERROR(options.Validate());
  auto rep = std::make_unique<Rep>();
  rep->options = options;
  if (options.stem) {
    CHORUS_RETURN_IF_ERROR(
        internal::RougeExceptionTable::Load(options.wordnet_dir, &rep->exceptions));
  }
  if (options.remove_stopwords && options.stopword_file.empty()) {
    rep->stopwords.emplace("english");
  } else if (options.remove_stopwords) {
    std::string text;
    const Status s = internal::ReadWholeFile(options.stopword_file, &text);
    if (s.code() == Status::Code::kNotFound)
      return Status::NotFound(options.stopword_file +
                              ": cannot open stopword list (no such file or directory)");
    CHORUS_RETURN_IF_ERROR(s);  // "PATH: cannot read: REASON"
    rep->stopwords.emplace(internal::StopwordSet::FromText(text));
  }
  out->reset(new RougeScorer(std::move(rep)));
  return Status::OK();
}

Status RougeScorer::Score(const std::vector<std::string>& peer_sentences,
                          const std::vector<std::vector<std::string>>& references,
                          RougeScores* out) const {
  if (references.empty())
    return Status::InvalidArgument("ROUGE needs at least one reference summary");
  RougeTokenIds analyzer = MakeTokenIds(*rep_);
  RougeSummaryIds peer;
  analyzer.Build(peer_sentences, &peer);
  std::vector<RougeSummaryIds> refs(references.size());
  for (size_t j = 0; j < references.size(); ++j) analyzer.Build(references[j], &refs[j]);

  // ROUGE-1, ROUGE-2, ROUGE-SU: clipped unit counts.
  const int skip = rep_->options.skip_distance;
  constexpr RougeMetric kCounted[3] = {RougeMetric::kRouge1, RougeMetric::kRouge2,
                                       RougeMetric::kRougeSU4};
  std::vector<uint64_t> peer_keys[3], ref_keys;
  for (int k = 0; k < 3; ++k) UnitKeys(peer.flat, kCounted[k], skip, &peer_keys[k]);
  LcsScratch lcs;
  lcs.ref_budget.resize(analyzer.size());
  lcs.peer_budget.resize(analyzer.size());

  RougeScores scores;
  for (const RougeSummaryIds& ref : refs) {  // pooled over references (§6, -f A)
    for (int k = 0; k < 3; ++k) {
      UnitKeys(ref.flat, kCounted[k], skip, &ref_keys);
      RougeCounts& n = scores.counts[static_cast<size_t>(kCounted[k])];
      n.hits += ClippedHits(peer_keys[k], ref_keys);
      n.reference_units += ref_keys.size();
      n.peer_units += peer_keys[k].size();
    }
    RougeCounts& l = scores.counts[static_cast<size_t>(RougeMetric::kRougeL)];
    l.hits += LcsHits(ref, peer, &lcs);
    l.reference_units += TokenCount(ref);
    l.peer_units += peer.flat.size();
  }
  for (size_t m = 0; m < kRougeMetricCount; ++m)
    FillScores(scores.counts[m], rep_->options.alpha, &scores.exact[m], &scores.rounded[m]);
  *out = scores;
  return Status::OK();
}

void RougeScorer::Tokenize(const std::vector<std::string>& sentences,
                           std::vector<std::vector<std::string>>* tokens) const {
  RougeTokenIds analyzer = MakeTokenIds(*rep_);
  RougeSummaryIds ids;
  analyzer.Build(sentences, &ids);
  tokens->clear();
  for (const auto& s : ids.sentences) {
    tokens->emplace_back();
    for (int32_t id : s) tokens->back().push_back(analyzer.name(id));
  }
}

std::vector<std::string> RougeSplitLines(std::string_view text) {
  return internal::SplitRougeLines(text);
}

std::string FormatRougeValue(double value) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.5f", value);
  return buf;
}

double RoundRougeValue(double value) {
  return std::strtod(FormatRougeValue(value).c_str(), nullptr);
}

Status RougeBootstrap(const std::vector<double>& values,
                      const RougeBootstrapOptions& options, RougeBootstrapResult* out) {
  if (options.resamples < 1 || options.resamples > kMaxRougeResamples)
    return Status::InvalidArgument("ROUGE bootstrap resamples must be in 1.." +
                                   std::to_string(kMaxRougeResamples));
  if (!(options.confidence >= 0.0 && options.confidence <= 100.0))
    return Status::InvalidArgument("ROUGE confidence must be within [0,100]");
  *out = RougeBootstrapResult();
  if (values.empty()) return Status::OK();
  const size_t k = values.size();
  std::vector<double> means(options.resamples);
  for (int r = 0; r < options.resamples; ++r) {
    Drand48 rng(static_cast<uint64_t>(r));
    double sum = 0.0;
    for (size_t i = 0; i < k; ++i) {
      const size_t pick = static_cast<size_t>(static_cast<double>(k) * rng.Next());
      sum = i == 0 ? values[pick] : sum + values[pick];
    }
    means[r] = sum / static_cast<double>(k);
  }
  std::sort(means.begin(), means.end());
  double total = 0.0;
  for (double m : means) total += m;
  const double n = static_cast<double>(options.resamples);
  out->mean = RoundRougeValue(total / n);
  const double delta = n * ((100.0 - options.confidence) / 2.0) / 100.0;
  const long ua = static_cast<long>(n - delta - 1), la = static_cast<long>(delta);
  const double rho = n - delta - 1 - static_cast<double>(ua);
  out->ci_lower = RoundRougeValue(At(means, la) + (At(means, la + 1) - At(means, la)) * rho);
  out->ci_upper = RoundRougeValue(At(means, ua) + (At(means, ua + 1) - At(means, ua)) * rho);
  return Status::OK();
}

double RougeBootstrapMean(const std::vector<double>& per_cluster_values) {
  RougeBootstrapResult result;
  Status s = RougeBootstrap(per_cluster_values, RougeBootstrapOptions(), &result);
  return s.ok() ? result.mean : 0.0;
}

}  // namespace chorus
