// Fuzzes the first pipeline stages on arbitrary bytes: paragraph splitting
// and sentence segmentation (sentence_segmenter.h), the noise filter's form
// rules and dateline cut (noise_filter.h), and term analysis (analyzer.h).
// The payload is made valid UTF-8 first (RepairUtf8), as the loader does in
// lossy mode. Flag byte: bit 0 no stemming, bit 1 keep stopwords, bit 2
// German instead of English.
// Invariants: spans are in range, in order and trimmed; each sentence lies
// in its paragraph; verdict spans lie in their sentence; terms are
// non-empty valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analyzer.h"
#include "fuzz_util.h"
#include "noise_filter.h"
#include "sentence_segmenter.h"
#include "text_util.h"
#include "utf8.h"

namespace {

using namespace chorus;
using namespace chorus::internal;

// Built once per flag combination: creation is the slow part.
const Analyzer& AnalyzerFor(uint8_t flags) {
  static std::unique_ptr<Analyzer> analyzers[8];
  std::unique_ptr<Analyzer>& a = analyzers[flags & 7];
  if (a == nullptr) {
    AnalyzerOptions options;
    options.stem = (flags & 1) == 0;
    options.remove_stopwords = (flags & 2) == 0;
    if (flags & 4) options.language = "german";
    CHORUS_FUZZ_CHECK(Analyzer::Create(options, &a).ok());
  }
  return *a;
}

const SentenceSegmenter& Segmenter() {
  static std::unique_ptr<SentenceSegmenter> segmenter = [] {
    std::unique_ptr<SentenceSegmenter> s;
    CHORUS_FUZZ_CHECK(SentenceSegmenter::Create("en", &s).ok());
    return s;
  }();
  return *segmenter;
}

bool IsTrimmed(std::string_view text, size_t begin, size_t end) {
  size_t b = begin, e = end;
  TrimSpan(text, &b, &e);
  return b == begin && e == end;
}

void CheckSegmentation(std::string_view text, const Segmentation& seg) {
  size_t last_end = 0;
  for (const SentenceSpan& s : seg.sentences) {
    CHORUS_FUZZ_CHECK(last_end <= s.begin && s.begin < s.end && s.end <= text.size());
    CHORUS_FUZZ_CHECK(IsTrimmed(text, s.begin, s.end));
    CHORUS_FUZZ_CHECK(s.paragraph < seg.paragraphs.size());
    const Paragraph& p = seg.paragraphs[s.paragraph];
    CHORUS_FUZZ_CHECK(p.begin <= s.begin && s.end <= p.end);
    last_end = s.end;
  }
  for (const Paragraph& p : seg.paragraphs) {
    CHORUS_FUZZ_CHECK(p.begin <= p.end && p.end <= text.size());
    CHORUS_FUZZ_CHECK(p.first_sentence + p.num_sentences <= seg.sentences.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::FuzzInput in = fuzz::SplitFlags(data, size);
  const std::string text = RepairUtf8(in.payload);

  for (const auto& [begin, end] : SplitParagraphs(text))
    CHORUS_FUZZ_CHECK(begin <= end && end <= text.size());
  const Segmentation seg = Segmenter().Segment(text);
  CheckSegmentation(text, seg);

  const std::vector<SentenceVerdict> verdicts = ApplyFormRules(text, seg);
  CHORUS_FUZZ_CHECK(verdicts.size() == seg.sentences.size());
  std::unique_ptr<Analyzer::Session> session = AnalyzerFor(in.flags).NewSession();
  std::vector<std::string> terms;
  for (size_t i = 0; i < verdicts.size(); ++i) {
    const SentenceSpan& s = seg.sentences[i];
    const SentenceVerdict& v = verdicts[i];
    CHORUS_FUZZ_CHECK(s.begin <= v.begin && v.begin <= v.end && v.end <= s.end);
    const std::string_view sentence = std::string_view(text).substr(s.begin, s.end - s.begin);
    CHORUS_FUZZ_CHECK(DatelineLength(sentence) <= sentence.size());
    OffTopicReason(sentence, (in.flags >> 3) / 32.0, 0.03);
    terms.clear();
    session->Analyze(text.substr(v.begin, v.end - v.begin), &terms);
    for (const std::string& t : terms) CHORUS_FUZZ_CHECK(!t.empty() && IsValidUtf8(t));
  }
  return 0;
}
