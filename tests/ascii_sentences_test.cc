// ScanAsciiSentenceBreaks (src/ascii_sentences.h) against ICU's plain "en"
// sentence iterator, the reference: the same breaks on (a) a table of tricky
// cases, (b) random strings over an alphabet of every ASCII Sentence_Break
// class, (c) every paragraph of ../shared/data as the segmenter sees it
// (skipped with a message when absent).

#include "ascii_sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "sentence_segmenter.h"
#include "test_util.h"

namespace chorus {
namespace internal {

namespace {

std::vector<int32_t> IcuBreaks(std::string_view text) {
  static std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
    REQUIRE(U_SUCCESS(status));
    return b;
  }();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  std::vector<int32_t> out;
  it->first();
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) out.push_back(b);
  utext_close(ut);
  return out;
}

// Checks the scanner against ICU on `text`; false when it declined.
bool AgreesWithIcu(std::string_view text) {
  std::vector<int32_t> fast;
  if (!ScanAsciiSentenceBreaks(text, &fast)) return false;
  INFO("text: \"" << text << "\"");
  CHECK(fast == IcuBreaks(text));
  return true;
}

}  // namespace

TEST_CASE("ascii sentences: tricky cases give ICU's breaks", "[segment]") {
  const char* kCases[] = {
      "", " ", ".", "a.", "He left. She came.", "He left.She came.", "U.S. Army", "3.5 m",
      "etc. and so", "etc. (and so", "etc. 5 and so", "Hi! there", "Hi? There", "Hi?! There",
      "Wait... what", "Wait... What", "He said \"no.\" Then", "He said (no.) then",
      "He said: no. - Then", "A. B. C.", "a.B", "1.B", "a. B", "No. 5 is", "e.g., this",
      "x.  \t y", "x.\v\fY", "x.) ] Y", "x. ,y", "x. ;Y", "x.; Y", "x.- Y", "x. . Y",
      "x?, Y", "x! 5 Y", "x. 5 y", "x. 5 Y", "x. $y", "x. _ y", "x. \"y\"", "end.",
      "end. ", "end.  ", "(end.)", "Mr. Smith", "A.B.C. D", "a.b.c. d", "x!y", "x!Y", "x.y",
      "x. @y", "x. @Y", "x.@Y", "1. 2. 3.", "x. ...y", "x. ?y", "x\x01. Y", "x.\x01Y",
  };
  for (const char* c : kCases) {
    INFO("case: \"" << c << "\"");
    CHECK(AgreesWithIcu(c));
  }
  std::vector<int32_t> breaks;
  CHECK_FALSE(ScanAsciiSentenceBreaks("a.\nB", &breaks));
  CHECK_FALSE(ScanAsciiSentenceBreaks("caf\xC3\xA9. B", &breaks));
  CHECK_FALSE(ScanAsciiSentenceBreaks("a.\xE2\x80\x9A B", &breaks));  // U+201A: not known
  CHECK_FALSE(ScanAsciiSentenceBreaks("a.\xE2\x80", &breaks));         // truncated
  CHECK_FALSE(ScanAsciiSentenceBreaks("a.\xC2\x85" "B", &breaks));     // NEL (Sep)
}

namespace {
// The known code points (ascii_sentences.h) and the class ICU gives each.
struct Known {
  UChar32 c;
  const char* utf8;
  int sentence_break;
};
const Known kKnown[] = {
    {0x2018, "\xE2\x80\x98", U_SB_CLOSE},     {0x2019, "\xE2\x80\x99", U_SB_CLOSE},
    {0x201C, "\xE2\x80\x9C", U_SB_CLOSE},     {0x201D, "\xE2\x80\x9D", U_SB_CLOSE},
    {0x2013, "\xE2\x80\x93", U_SB_SCONTINUE}, {0x2014, "\xE2\x80\x94", U_SB_SCONTINUE},
    {0x00A0, "\xC2\xA0", U_SB_SP},             {0x2026, "\xE2\x80\xA6", U_SB_OTHER},
};
}  // namespace

TEST_CASE("ascii sentences: the known code points have the classes the scanner assumes",
          "[segment]") {
  for (const Known& k : kKnown) {
    INFO("U+" << std::hex << k.c);
    CHECK(u_getIntPropertyValue(k.c, UCHAR_SENTENCE_BREAK) == k.sentence_break);
    std::string utf8;
    icu::UnicodeString(k.c).toUTF8String(utf8);
    CHECK(utf8 == k.utf8);
  }
}

TEST_CASE("ascii sentences: tricky cases with the known code points give ICU's breaks",
          "[segment]") {
  const std::string q = "\xE2\x80\x99", lq = "\xE2\x80\x98", lo = "\xE2\x80\x9C",
                    ro = "\xE2\x80\x9D", nd = "\xE2\x80\x93", md = "\xE2\x80\x94",
                    nb = "\xC2\xA0", dots = "\xE2\x80\xA6";
  const std::string kCases[] = {
      "He said " + lo + "no." + ro + " Then", "He said " + lo + "no." + ro + " then",
      "It" + q + "s over. They" + q + "re gone.", "x." + q + " Y", "x." + ro + ro + " Y",
      "x." + nb + "Y", "x." + nb + "y", "x." + nb + nb + "Y", "x. " + md + " Y",
      "x." + md + "Y", "x." + nd + " y", "Wait" + dots + " What", "Wait" + dots + " what",
      "x. " + dots + "Y", "x. " + dots + "y", "U.S." + q + "s plan. It", lq + "x.' Y",
      "x. " + lo + "Y", "x. " + lo + "y", "Mr." + nb + "Smith", "x!" + ro + " Y", "x?" + q,
      "a" + q + ".B", "a." + q + "B", "1." + q + "5", "end." + ro, q + nb + md + dots,
  };
  for (const std::string& c : kCases) {
    INFO("case: \"" << c << "\"");
    CHECK(AgreesWithIcu(c));
  }
}

TEST_CASE("ascii sentences: random strings mixing the known code points give ICU's breaks",
          "[segment]") {
  std::vector<std::string> alphabet = {"a", "Z", "9", ".", ".", "!", "?", "\"", "'", "(",
                                       " ", " ", "\t", ",", "-", ":", ";", "$"};
  for (const Known& k : kKnown) alphabet.push_back(k.utf8);
  std::mt19937 rng(20261206);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 12);
  for (int i = 0; i < 300000; ++i) {
    std::string s;
    for (size_t n = length(rng); n > 0; --n) s += alphabet[pick(rng)];
    std::vector<int32_t> fast;
    REQUIRE(ScanAsciiSentenceBreaks(s, &fast));
    if (fast != IcuBreaks(s)) {
      INFO("text: \"" << s << "\"");
      REQUIRE(fast == IcuBreaks(s));
    }
  }
}

TEST_CASE("ascii sentences: random strings over every sentence-break class give ICU's breaks",
          "[segment]") {
  const std::string kAlphabet = "aZq9..!?\"'()[]{}  \t\x0B\x0C,-:;$_@\x01";
  std::mt19937 rng(612);
  std::uniform_int_distribution<size_t> pick(0, kAlphabet.size() - 1), length(0, 12);
  for (int i = 0; i < 300000; ++i) {
    std::string s;
    for (size_t n = length(rng); n > 0; --n) s += kAlphabet[pick(rng)];
    std::vector<int32_t> fast;
    REQUIRE(ScanAsciiSentenceBreaks(s, &fast));
    if (fast != IcuBreaks(s)) {
      INFO("text: \"" << s << "\"");
      REQUIRE(fast == IcuBreaks(s));
    }
  }
}

TEST_CASE("ascii sentences: long strings with sparse terminators give ICU's breaks",
          "[segment]") {
  // The scan looks for terminators and refused bytes eight at a time: long
  // runs without one, a terminator or a line break at every offset.
  std::vector<std::string> alphabet = {"a", "b", "Z", "9", " ", " ", "word", "\"", ")", ","};
  const std::vector<std::string> rare = {".", ".", "!", "?", "\n", "\r", "\xE2\x80\x9D",
                                         "\xC2\xA0"};
  std::mt19937 rng(1206);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), pick_rare(0, rare.size() - 1),
      length(0, 60);
  for (int i = 0; i < 100000; ++i) {
    std::string s;
    for (size_t n = length(rng); n > 0; --n)
      s += rng() % 12 == 0 ? rare[pick_rare(rng)] : alphabet[pick(rng)];
    std::vector<int32_t> fast;
    const bool line_break = s.find_first_of("\r\n") != std::string::npos;
    REQUIRE(ScanAsciiSentenceBreaks(s, &fast) == !line_break);
    if (!line_break && fast != IcuBreaks(s)) {
      INFO("text: \"" << s << "\"");
      REQUIRE(fast == IcuBreaks(s));
    }
  }
}

TEST_CASE("ascii sentences: every seed article line gives ICU's breaks", "[segment]") {
  const std::string dir = test::SharedDir() + "/seeds";
  if (!std::filesystem::exists(dir)) {
    WARN("SKIPPED: no " << dir);
    return;
  }
  size_t lines = 0, compared = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(e.path());
    for (std::string line; std::getline(in, line);) {
      ++lines;
      if (AgreesWithIcu(line)) ++compared;
    }
  }
  WARN("compared " << compared << " of " << lines << " seed lines with ICU");
}

TEST_CASE("ascii sentences: every shared data paragraph gives ICU's breaks", "[segment]") {
  size_t texts = 0, compared = 0;
  test::ForEachSharedArticle([&](const std::string& text) {
    for (auto [b, e] : SplitParagraphs(text)) {
      std::string para = text.substr(b, e - b);
      for (char& c : para)
        if (c == '\n' || c == '\r') c = ' ';
      ++texts;
      if (AgreesWithIcu(para)) ++compared;
    }
  });
  WARN("compared " << compared << " of " << texts << " paragraphs with ICU");
}

}  // namespace internal
}  // namespace chorus
