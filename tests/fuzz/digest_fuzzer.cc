// Fuzzes a whole digest: the payload is cut into 1-4 articles at each 0x1E
// byte (record separator; later pieces join the fourth), made valid UTF-8,
// summarized (summarizer.h) and rendered by every formatter, with and
// without explain (formatter.h).
// Flag byte: bits 0-1 budget (30 words, 2 sentences, 200 chars, 8 words),
// bit 2 explain, bit 3 fill, bits 4-5 order (chrono, source, score), bit 6
// no noise filter, bit 7 a position prior. Articles get a title and date
// from the first line of their piece when it starts with '#'.
// Invariants: an error has a message; every chosen sentence is its
// article's own bytes at its span (whitespace collapsed); sources are
// valid and cite the sentence's article; the budget holds without fill;
// every output is terminal-safe UTF-8 ending with '\n'; json parses.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "chorus/formatter.h"
#include "chorus/summarizer.h"
#include "fuzz_util.h"
#include "text_util.h"
#include "utf8.h"

namespace {

using namespace chorus;
using internal::CollapseWhitespace;

SummarizerOptions OptionsFor(uint8_t flags) {
  SummarizerOptions o;
  static constexpr BudgetUnit kUnits[] = {BudgetUnit::kWords, BudgetUnit::kSentences,
                                          BudgetUnit::kChars, BudgetUnit::kWords};
  static constexpr size_t kBudgets[] = {30, 2, 200, 8};
  o.budget_unit = kUnits[flags & 3];
  o.budget = kBudgets[flags & 3];
  o.explain = (flags & 4) != 0;
  o.fill = (flags & 8) != 0;
  static constexpr SentenceOrder kOrders[] = {SentenceOrder::kChrono, SentenceOrder::kSource,
                                              SentenceOrder::kScore, SentenceOrder::kChrono};
  o.order = kOrders[(flags >> 4) & 3];
  o.filter_noise = (flags & 64) == 0;
  if (flags & 128) o.position_prior = 0.5;
  o.threads = 1;
  return o;
}

// Built once per flag byte: creation is the slow part.
const Summarizer& SummarizerFor(uint8_t flags) {
  static std::unique_ptr<Summarizer> summarizers[256];
  std::unique_ptr<Summarizer>& s = summarizers[flags];
  if (s == nullptr) CHORUS_FUZZ_CHECK(Summarizer::Create(OptionsFor(flags), &s).ok());
  return *s;
}

Cluster MakeCluster(std::string_view payload) {
  Cluster cluster;
  cluster.id = "fuzz";
  std::vector<std::string_view> pieces = fuzz::SplitOn(payload, '\x1e');
  for (size_t i = 0; i < pieces.size() && i < 4; ++i) {
    Document doc;
    doc.id = "d" + std::to_string(i);
    // The fourth article takes the rest, separators included.
    std::string_view piece = i < 3 ? pieces[i] : payload.substr(pieces[i].data() - payload.data());
    doc.text = internal::RepairUtf8(piece);
    if (doc.text.starts_with('#')) {
      const size_t nl = doc.text.find('\n');
      doc.title = doc.text.substr(1, nl == std::string::npos ? nl : nl - 1);
      doc.date = "2026-11-0" + std::to_string(i + 1);
    }
    cluster.docs.push_back(std::move(doc));
  }
  return cluster;
}

size_t Cost(const Digest& digest, BudgetUnit unit) {
  size_t cost = 0;
  for (const DigestSentence& s : digest.sentences) {
    if (unit == BudgetUnit::kSentences) ++cost;
    if (unit == BudgetUnit::kWords) cost += internal::CountWords(s.text);
    if (unit != BudgetUnit::kChars) continue;
    for (unsigned char c : s.text) cost += (c & 0xC0) != 0x80;
  }
  return cost;
}

void CheckDigest(const Cluster& cluster, const SummarizerOptions& o, const Digest& digest) {
  for (const DigestSentence& s : digest.sentences) {
    CHORUS_FUZZ_CHECK(s.doc < cluster.docs.size());
    const std::string& text = cluster.docs[s.doc].text;
    CHORUS_FUZZ_CHECK(s.span.begin < s.span.end && s.span.end <= text.size());
    CHORUS_FUZZ_CHECK(CollapseWhitespace(text.substr(s.span.begin, s.span.end - s.span.begin)) ==
                      s.text);
    CHORUS_FUZZ_CHECK(!s.sources.empty());
    bool cites_own = false;
    for (size_t src : s.sources) {
      CHORUS_FUZZ_CHECK(src < digest.sources.size());
      cites_own |= digest.sources[src].doc == s.doc;
    }
    CHORUS_FUZZ_CHECK(cites_own);
    for (const Support& sup : s.support) {
      CHORUS_FUZZ_CHECK(sup.doc < cluster.docs.size() && sup.doc != s.doc);
      CHORUS_FUZZ_CHECK(sup.span.end <= cluster.docs[sup.doc].text.size());
    }
  }
  for (const DigestSource& src : digest.sources) CHORUS_FUZZ_CHECK(src.doc < cluster.docs.size());
  if (!o.fill) CHORUS_FUZZ_CHECK(Cost(digest, o.budget_unit) <= o.budget);
  CHORUS_FUZZ_CHECK(digest.stats.articles == cluster.docs.size());
}

void CheckFormats(const Cluster& cluster, const Digest& digest) {
  for (bool explain : {false, true}) {
    FormatOptions fo;
    fo.explain = explain;
    for (const std::string& name : FormatNames()) {
      std::unique_ptr<Formatter> formatter;
      CHORUS_FUZZ_CHECK(NewFormatter(name, fo, &formatter).ok());
      std::string out;
      const Status s = formatter->Format(cluster, digest, &out);
      CHORUS_FUZZ_CHECK(s.ok());
      // plain prints one line per sentence, so nothing for an empty digest.
      if (name == "plain" && digest.sentences.empty()) CHORUS_FUZZ_CHECK(out.empty());
      else CHORUS_FUZZ_CHECK(!out.empty() && out.back() == '\n');
      CHORUS_FUZZ_CHECK(fuzz::IsSafeOutput(out));
      if (name == "json") {
        CHORUS_FUZZ_CHECK(out.find('\n') == out.size() - 1);
        CHORUS_FUZZ_CHECK(nlohmann::json::accept(out));
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::FuzzInput in = fuzz::SplitFlags(data, size);
  const Cluster cluster = MakeCluster(in.payload);
  const Summarizer& summarizer = SummarizerFor(in.flags);
  Digest digest;
  const Status s = summarizer.Summarize(cluster, &digest);
  if (!s.ok()) {
    CHORUS_FUZZ_CHECK(!s.message().empty());
    return 0;
  }
  CheckDigest(cluster, summarizer.options(), digest);
  CheckFormats(cluster, digest);
  return 0;
}
