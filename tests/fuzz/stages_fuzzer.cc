// Fuzzes the first pipeline stages on arbitrary bytes: paragraph splitting
// and sentence segmentation (sentence_segmenter.h), the noise filter's form
// rules and dateline cut (noise_filter.h), and term analysis (analyzer.h).
// The payload is made valid UTF-8 first (RepairUtf8), as the loader does in
// lossy mode. Flag byte: bit 0 no stemming, bit 1 keep stopwords, bit 2
// German instead of English.
// Invariants: spans are in range, in order and trimmed; each sentence lies
// in its paragraph; verdict spans lie in their sentence; terms are
// non-empty valid UTF-8; the ASCII word scanner (ascii_words.h) gives ICU's
// term word spans on the payload and on each sentence whenever it accepts
// the text; the abbreviation suppressions on the plain sentence iterator
// (break_suppressions.h) give the breaks of ICU's filtered iterator; the
// ASCII sentence scanner (ascii_sentences.h) gives ICU's plain breaks.

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analyzer.h"
#include "ascii_sentences.h"
#include "ascii_words.h"
#include "break_suppressions.h"
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

// ICU's term word spans of `text`: the reference for ScanAsciiTermWords.
std::vector<WordSpan> IcuTermWords(std::string_view text) {
  static std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    CHORUS_FUZZ_CHECK(U_SUCCESS(status));
    return b;
  }();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  std::vector<WordSpan> out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    const int32_t rule = it->getRuleStatus();
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_IDEO_LIMIT)
      out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  utext_close(ut);
  return out;
}

void CheckAsciiWords(std::string_view text) {
  std::vector<WordSpan> fast;
  if (!ScanAsciiTermWords(text, &fast)) return;
  const std::vector<WordSpan> icu = IcuTermWords(text);
  CHORUS_FUZZ_CHECK(fast.size() == icu.size());
  for (size_t i = 0; i < fast.size(); ++i)
    CHORUS_FUZZ_CHECK(fast[i].begin == icu[i].begin && fast[i].end == icu[i].end);
}

// The sentence breaks of `text` by `it`, less those `suppressions` drops.
std::vector<int32_t> SentenceBreaks(icu::BreakIterator* it, std::string_view text,
                                    const BreakSuppressions* suppressions) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  std::vector<int32_t> out{it->first()};
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
    if (suppressions == nullptr || !suppressions->Suppresses(text, static_cast<size_t>(b)))
      out.push_back(b);
  utext_close(ut);
  return out;
}

// The plain iterator with BreakSuppressions against ICU's filtered one, as
// the segmenter builds them for English.
void CheckSuppressions(std::string_view text) {
  static const BreakSuppressions suppressions("en", NewsAbbreviations());
  static std::unique_ptr<icu::BreakIterator> plain, filtered;
  if (plain == nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale en("en");
    plain.reset(icu::BreakIterator::createSentenceInstance(en, status));
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(en, status));
    for (const std::string& a : NewsAbbreviations())
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), status);
    filtered.reset(builder->wrapIteratorWithFilter(
        icu::BreakIterator::createSentenceInstance(en, status), status));
    CHORUS_FUZZ_CHECK(U_SUCCESS(status));
  }
  CHORUS_FUZZ_CHECK(SentenceBreaks(plain.get(), text, &suppressions) ==
                    SentenceBreaks(filtered.get(), text, nullptr));
}

void CheckAsciiSentences(std::string_view text) {
  std::vector<int32_t> fast;
  if (!ScanAsciiSentenceBreaks(text, &fast)) return;
  static std::unique_ptr<icu::BreakIterator> plain = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
    CHORUS_FUZZ_CHECK(U_SUCCESS(status));
    return b;
  }();
  std::vector<int32_t> icu = SentenceBreaks(plain.get(), text, nullptr);
  icu.erase(icu.begin());  // first()
  CHORUS_FUZZ_CHECK(fast == icu);
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
  CheckAsciiWords(text);
  CheckSuppressions(text);
  {
    std::string joined = text;  // as the segmenter sees a paragraph
    for (char& c : joined)
      if (c == '\n' || c == '\r') c = ' ';
    CheckAsciiSentences(joined);
  }

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
    CheckAsciiWords(sentence);
    terms.clear();
    session->Analyze(text.substr(v.begin, v.end - v.begin), &terms);
    for (const std::string& t : terms) CHORUS_FUZZ_CHECK(!t.empty() && IsValidUtf8(t));
  }
  return 0;
}
