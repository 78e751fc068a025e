// ScanAsciiTermWords (src/ascii_words.h) against ICU's root word iterator,
// the reference: the same term word spans on (a) a table of tricky cases,
// (b) random strings over an alphabet of every ASCII Word_Break class,
// (c) every article of ../shared/data (skipped with a message when absent);
// and for the known non-ASCII code points: their Word_Break class in ICU,
// tricky cases, random strings mixing them with ASCII, the seed articles.

#include "ascii_words.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "test_util.h"

namespace chorus {
namespace internal {

namespace {

using Spans = std::vector<std::pair<uint32_t, uint32_t>>;

// The reference: ICU's words whose rule status marks a number, letters,
// kana or ideographs (what the analyzer keeps).
Spans IcuTermWords(std::string_view text) {
  static thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    REQUIRE(U_SUCCESS(status));
    return b;
  }();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  Spans out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    const int32_t rule = it->getRuleStatus();
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_IDEO_LIMIT)
      out.emplace_back(static_cast<uint32_t>(start), static_cast<uint32_t>(end));
  }
  utext_close(ut);
  return out;
}

// The scanner's spans; false when it declines the text.
bool Scanned(std::string_view text, Spans* out) {
  std::vector<WordSpan> words;
  if (!ScanAsciiTermWords(text, &words)) return false;
  out->clear();
  for (const WordSpan& w : words) out->emplace_back(w.begin, w.end);
  return true;
}

// Checks the scanner against ICU on `text`; returns false when it declined.
bool AgreesWithIcu(const std::string& text) {
  Spans fast;
  if (!Scanned(text, &fast)) return false;
  INFO("text: \"" << text << "\"");
  CHECK(fast == IcuTermWords(text));
  return true;
}

}  // namespace

TEST_CASE("ascii words: tricky cases give ICU's spans", "[analyze]") {
  const char* kCases[] = {
      "U.S.", "e.g.", "3.5", "1,000", "1,000.50", "don't", "_", "__", "___", "a_", "_a", "_1",
      "a_1", "x_.b", "_._", "a:b", "1:2", "a.1", "1.a", "a'1", "1'2", "a.b1,2", "a;b", "1;2",
      "a\"b", "a-b", "$5", "3.5%", "$_", "__.", "a..b", "1.,2", "a.'b", "a'.b", "1.'2", "1',2",
      "'a'", ".a.", ",1,", "a,b", "O'Neill's", "rock'n'roll", "Jan. 5", "p.m.", "9/11",
      "24-hour", "A.B.C.D", "a\r\nb", "a\tb", "a\x0B" "b", "a\x0C" "b", "1\n2", "a  b",
      "", " ", ".", "'", "a", "1", "Z9_z", "1e10", "0x1F", "a.b.", ".a.b", "a'", "'s",
      "it's 5 o'clock", "12:30 p.m.", "$1,200,000", "1.2.3.4", "A-1", "x_y_z", "_x_",
      "www.example.com", "user@example.com", "#tag", "a\x7F" "b",
  };
  for (const char* c : kCases) {
    INFO("case: \"" << c << "\"");
    CHECK(AgreesWithIcu(c));
  }
  CHECK(AgreesWithIcu(std::string("a\0b.c", 5)));  // NUL is a control
}

TEST_CASE("ascii words: other non-ASCII text is declined", "[analyze]") {
  Spans spans;
  CHECK_FALSE(Scanned("caf\xC3\xA9 au lait, a rather long sentence", &spans));
  CHECK_FALSE(Scanned("a\xE2\x80\x9A" "b", &spans));   // U+201A, not in the set
  CHECK_FALSE(Scanned("a\xC2\xAD" "b", &spans));         // soft hyphen (Format)
  CHECK_FALSE(Scanned("a\xE2\x80", &spans));             // truncated
  CHECK_FALSE(Scanned("\xC2", &spans));
  CHECK_FALSE(Scanned("a\x80" "b", &spans));              // invalid
  std::vector<WordSpan> words;
  bool ascii = false;
  CHECK(ScanAsciiTermWords("plain text", &words, &ascii));
  CHECK(ascii);
  CHECK(ScanAsciiTermWords("it\xE2\x80\x99s", &words, &ascii));
  CHECK_FALSE(ascii);
}

namespace {
// The known code points (ascii_words.h) and the class ICU gives each.
struct Known {
  UChar32 c;
  const char* utf8;
  int word_break;
};
const Known kKnown[] = {
    {0x2018, "\xE2\x80\x98", U_WB_MIDNUMLET}, {0x2019, "\xE2\x80\x99", U_WB_MIDNUMLET},
    {0x00A0, "\xC2\xA0", U_WB_OTHER},          {0x2013, "\xE2\x80\x93", U_WB_OTHER},
    {0x2014, "\xE2\x80\x94", U_WB_OTHER},     {0x201C, "\xE2\x80\x9C", U_WB_OTHER},
    {0x201D, "\xE2\x80\x9D", U_WB_OTHER},     {0x2026, "\xE2\x80\xA6", U_WB_OTHER},
};
}  // namespace

TEST_CASE("ascii words: the known code points have the classes the scanner assumes",
          "[analyze]") {
  for (const Known& k : kKnown) {
    INFO("U+" << std::hex << k.c);
    CHECK(u_getIntPropertyValue(k.c, UCHAR_WORD_BREAK) == k.word_break);
    std::string utf8;
    icu::UnicodeString(k.c).toUTF8String(utf8);
    CHECK(utf8 == k.utf8);
  }
}

TEST_CASE("ascii words: tricky cases with the known code points give ICU's spans",
          "[analyze]") {
  const std::string q = "\xE2\x80\x99", lq = "\xE2\x80\x98", nb = "\xC2\xA0",
                    dash = "\xE2\x80\x94", lo = "\xE2\x80\x9C", ro = "\xE2\x80\x9D",
                    dots = "\xE2\x80\xA6";
  const std::string kCases[] = {
      "Russia" + q + "s", "don" + q + "t", "rock" + q + "n" + q + "roll", q + "90s",
      "1" + q + "2", "a" + q, q + "a", "a" + q + q + "b", "a" + q + ".b", "a." + q + "b",
      "1" + q + ",2", lq + "quoted" + q, "a" + lq + "b", lo + "Yes," + ro + " he said",
      "a" + nb + "b", "10" + nb + "000", "a" + dash + "b", "1" + dash + "2", "wait" + dots,
      "a" + dots + "b", "O" + q + "Neill" + q + "s", "U.S." + q + "s", "_" + q + "_",
      "a_" + q + "b", q, nb, dash + dash, "x" + q + "1", "1" + q + "x",
      lo + "It" + q + "s 5 o" + q + "clock," + ro + " she said" + dash + "then left" + dots,
  };
  for (const std::string& c : kCases) {
    INFO("case: \"" << c << "\"");
    CHECK(AgreesWithIcu(c));
  }
}

TEST_CASE("ascii words: random strings mixing the known code points give ICU's spans",
          "[analyze]") {
  std::vector<std::string> alphabet = {"a", "Z", "@", "0", "9", "_", ".", "'", ",", ";",
                                       ":", " ", "\n", "-", "\"", "$"};
  for (const Known& k : kKnown) alphabet.push_back(k.utf8);
  std::mt19937 rng(20261206);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 12);
  for (int i = 0; i < 200000; ++i) {
    std::string s;
    for (size_t n = length(rng); n > 0; --n) s += alphabet[pick(rng)];
    Spans fast;
    REQUIRE(Scanned(s, &fast));
    if (fast != IcuTermWords(s)) {
      INFO("text: \"" << s << "\"");
      REQUIRE(fast == IcuTermWords(s));
    }
  }
}

TEST_CASE("ascii words: the seed articles give ICU's spans", "[analyze]") {
  const std::string dir = test::SharedDir() + "/seeds";
  if (!std::filesystem::exists(dir)) {
    WARN("SKIPPED: no " << dir);
    return;
  }
  size_t texts = 0, compared = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(e.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    ++texts;
    if (AgreesWithIcu(text)) ++compared;
    for (size_t b = 0; b < text.size();) {
      size_t end = text.find('\n', b);
      if (end == std::string::npos) end = text.size();
      ++texts;
      if (AgreesWithIcu(text.substr(b, end - b))) ++compared;
      b = end + 1;
    }
  }
  WARN("compared " << compared << " of " << texts << " seed texts with ICU");
}

TEST_CASE("ascii words: random strings over every word-break class give ICU's spans",
          "[analyze]") {
  // One or more representatives of each ASCII Word_Break class: ALetter
  // (with '@', which ICU counts as one),
  // Numeric, ExtendNumLet, MidNumLet, Single_Quote, MidNum, Double_Quote,
  // the colon (MidLetter in UAX #29, not in ICU), WSegSpace, CR, LF,
  // Newline, controls and other punctuation.
  const std::string kAlphabet = "aZq@09_.',;\":  \r\n\x0B\x0C\t\x01-/$%!?()";
  std::mt19937 rng(20261205);
  std::uniform_int_distribution<size_t> pick(0, kAlphabet.size() - 1), length(0, 12);
  for (int i = 0; i < 200000; ++i) {
    std::string s;
    for (size_t n = length(rng); n > 0; --n) s += kAlphabet[pick(rng)];
    Spans fast;
    REQUIRE(Scanned(s, &fast));
    if (fast != IcuTermWords(s)) {
      INFO("text: \"" << s << "\"");
      REQUIRE(fast == IcuTermWords(s));
    }
  }
}

TEST_CASE("ascii words: 64-byte blocks give the byte-wise scan's and ICU's spans",
          "[analyze]") {
  // The scanner reads plain ASCII 64 bytes a block: long random strings
  // (words and middle characters across block edges, texts of every length
  // near a multiple of 64) against the byte-wise scan, and some against ICU;
  // a known code point or another byte >= 0x80 in any block.
  const std::string kAlphabet = "aZq@09_.',;\":  \x0B\x0C\t\x01-/$%!?()";
  const std::string kHigh[] = {"\u2019", "\u201C", "\u00A0", "\u2014", "\u00E9"};
  std::mt19937 rng(20261206);
  std::uniform_int_distribution<size_t> pick(0, kAlphabet.size() - 1), length(0, 300);
  for (int i = 0; i < 60000; ++i) {
    std::string s;
    const size_t n = i % 4 == 0 ? 64 * (1 + i / 4 % 4) - 2 + i / 16 % 5 : length(rng);
    for (size_t k = 0; k < n; ++k) s += kAlphabet[pick(rng)];
    if (i % 3 == 0 && !s.empty()) s.insert(rng() % s.size(), kHigh[rng() % std::size(kHigh)]);
    std::vector<WordSpan> fast, slow;
    const bool fast_ok = ScanAsciiTermWords(s, &fast), slow_ok = ScanAsciiTermWordsByteWise(s, &slow);
    INFO("text: \"" << s << "\"");
    REQUIRE(fast_ok == slow_ok);
    if (!fast_ok) continue;
    Spans a, b;
    for (const WordSpan& w : fast) a.emplace_back(w.begin, w.end);
    for (const WordSpan& w : slow) b.emplace_back(w.begin, w.end);
    REQUIRE(a == b);
    if (i % 10 == 0) REQUIRE(a == IcuTermWords(s));
  }
}

TEST_CASE("ascii words: every shared data article gives ICU's spans", "[analyze]") {
  size_t texts = 0, compared = 0;
  test::ForEachSharedArticle([&](const std::string& text) {
    // The whole article, then each line (articles with a non-ASCII byte
    // anywhere still have ASCII lines).
    ++texts;
    if (AgreesWithIcu(text)) ++compared;
    for (size_t b = 0; b < text.size();) {
      size_t e = text.find('\n', b);
      if (e == std::string::npos) e = text.size();
      ++texts;
      if (AgreesWithIcu(text.substr(b, e - b))) ++compared;
      b = e + 1;
    }
  });
  WARN("compared " << compared << " of " << texts << " texts with ICU");
}

}  // namespace internal
}  // namespace chorus
