// Fuzzes the ROUGE tokenizer and scorer (rouge.h, rouge_tokenizer.h). The
// payload is cut at each 0x1E byte: the first piece is the peer summary,
// the others are references; each is split into lines by RougeSplitLines.
// Flag byte: bit 0 no stemming, bit 1 stopwords, bits 2-3 limit (none,
// 10 words, 1 word, 40 bytes), bits 4-5 skip distance (4, unlimited, 0, 1),
// bits 6-7 bootstrap resamples (1, 2, 10, 100).
// Invariants: no reference is InvalidArgument, else OK; every R, P and F
// is finite and in [0, 1]; hits never exceed either side's units; the
// bootstrap mean stays in [0, 1], and so does the interval from two
// resamples on.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "chorus/rouge.h"
#include "fuzz_util.h"
#include "rouge_tokenizer.h"

namespace {

using namespace chorus;

RougeOptions OptionsFor(uint8_t flags) {
  RougeOptions o;
  o.stem = (flags & 1) == 0;
  o.remove_stopwords = (flags & 2) != 0;
  switch ((flags >> 2) & 3) {
    case 1: o.limit_words = 10; break;
    case 2: o.limit_words = 1; break;
    case 3: o.limit_bytes = 40; break;
    default: break;
  }
  static constexpr int kSkips[] = {4, -1, 0, 1};
  o.skip_distance = kSkips[(flags >> 4) & 3];
  return o;
}

// Built once per option combination: loading WordNet is the slow part.
const RougeScorer& ScorerFor(uint8_t flags) {
  static std::unique_ptr<RougeScorer> scorers[64];
  std::unique_ptr<RougeScorer>& s = scorers[flags & 63];
  if (s == nullptr) CHORUS_FUZZ_CHECK(RougeScorer::Create(OptionsFor(flags), &s).ok());
  return *s;
}

bool InUnitRange(double v) { return std::isfinite(v) && v >= 0.0 && v <= 1.0; }

void CheckScores(const RougeScores& scores) {
  for (size_t m = 0; m < kRougeMetricCount; ++m) {
    for (const RougeScore* s : {&scores.rounded[m], &scores.exact[m]}) {
      CHORUS_FUZZ_CHECK(InUnitRange(s->recall));
      CHORUS_FUZZ_CHECK(InUnitRange(s->precision));
      CHORUS_FUZZ_CHECK(InUnitRange(s->f));
    }
    const RougeCounts& c = scores.counts[m];
    CHORUS_FUZZ_CHECK(c.hits <= c.reference_units && c.hits <= c.peer_units);
  }
}

void CheckBootstrap(const RougeScores& scores, uint8_t flags) {
  static constexpr int kResamples[] = {1, 2, 10, 100};
  std::vector<double> values;
  for (size_t m = 0; m < kRougeMetricCount; ++m) values.push_back(scores.rounded[m].recall);
  RougeBootstrapOptions bo;
  bo.resamples = kResamples[flags >> 6];
  RougeBootstrapResult r;
  CHORUS_FUZZ_CHECK(RougeBootstrap(values, bo, &r).ok());
  CHORUS_FUZZ_CHECK(InUnitRange(r.mean));
  // With one resample ROUGE's interpolation weight is negative (rouge.h:
  // rho = n - delta - 1 - u = -0.025), so ci_lower may pass 1, as in the
  // script; from two resamples on the bounds are convex mixes.
  if (bo.resamples > 1) CHORUS_FUZZ_CHECK(InUnitRange(r.ci_lower) && InUnitRange(r.ci_upper));
  CHORUS_FUZZ_CHECK(std::isfinite(r.ci_lower) && std::isfinite(r.ci_upper));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::FuzzInput in = fuzz::SplitFlags(data, size);
  const std::vector<std::string_view> pieces = fuzz::SplitOn(in.payload, '\x1e');
  const std::vector<std::string> peer = RougeSplitLines(pieces[0]);
  std::vector<std::vector<std::string>> refs;
  for (size_t i = 1; i < pieces.size(); ++i) refs.push_back(RougeSplitLines(pieces[i]));

  const RougeScorer& scorer = ScorerFor(in.flags);
  std::vector<std::vector<std::string>> tokens;
  scorer.Tokenize(peer, &tokens);
  for (const auto& sentence : tokens)
    for (const std::string& t : sentence) CHORUS_FUZZ_CHECK(!t.empty());
  for (const std::string& line : peer)
    CHORUS_FUZZ_CHECK(internal::FirstRougeWords(line, 1 + in.flags % 7).size() <= line.size());

  RougeScores scores;
  const Status s = scorer.Score(peer, refs, &scores);
  if (refs.empty()) {
    CHORUS_FUZZ_CHECK(s.code() == Status::Code::kInvalidArgument);
    return 0;
  }
  CHORUS_FUZZ_CHECK(s.ok());
  CheckScores(scores);
  CheckBootstrap(scores, in.flags);
  return 0;
}
