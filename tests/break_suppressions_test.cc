// BreakSuppressions (src/break_suppressions.h) on the plain sentence
// iterator against the reference, ICU's FilteredBreakIterator built as the
// segmenter used to build it (the locale's exceptions plus
// NewsAbbreviations()): the same breaks on (a) a table of tricky cases, (b)
// random texts made of abbreviations, words, spaces and punctuation, in
// every locale chorus uses, (c) every article of ../shared/data (skipped
// with a message when absent).

#include "break_suppressions.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <catch2/catch.hpp>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "sentence_segmenter.h"
#include "test_util.h"

namespace chorus {
namespace internal {

namespace {

const char* const kLocales[] = {"en", "de", "fr", "it", "es", "pt", "ru", "nl", "sv",
                                "fi", "el", "tr", "hy", "root", "xx"};

// Breaks of `text` by `it`, first and last included.
std::vector<int32_t> Breaks(icu::BreakIterator* it, std::string_view text,
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

// The plain and the filtered iterator of one locale.
struct Pair {
  explicit Pair(const std::string& locale) : suppressions(locale, NewsAbbreviations()) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale loc(locale.c_str());
    plain.reset(icu::BreakIterator::createSentenceInstance(loc, status));
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(loc, status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      builder.reset(icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
    }
    for (const std::string& a : NewsAbbreviations())
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), status);
    filtered.reset(builder->wrapIteratorWithFilter(
        icu::BreakIterator::createSentenceInstance(loc, status), status));
    REQUIRE(U_SUCCESS(status));
  }
  void Check(std::string_view text) {
    INFO("text: \"" << text << "\"");
    CHECK(Breaks(plain.get(), text, &suppressions) == Breaks(filtered.get(), text, nullptr));
  }
  BreakSuppressions suppressions;
  std::unique_ptr<icu::BreakIterator> plain, filtered;
};

}  // namespace

TEST_CASE("break suppressions: the locale data is read", "[segment]") {
  CHECK(BreakSuppressions("en", {}).size() > 100);
  CHECK(BreakSuppressions("sv", {}).size() == 0);  // ICU has none for Swedish
  CHECK(BreakSuppressions("nl", {}).size() == 0);  // ICU would use the default locale
  CHECK(BreakSuppressions("root", {"Mr."}).size() == 1);
}

TEST_CASE("break suppressions: tricky cases give ICU's filtered breaks", "[segment]") {
  const char* kCases[] = {
      "Mr. Smith left. He came back.", "Mr.  Smith left.", "The U.S. Army left. Then.",
      "U. Smith came. Then.", "Lt. Cdr. Jones. Then.", "Lt.Cdr. Jones came. Then.",
      "A Ph.D. student. Then.", "e.g. this one. Then.", "E.g. This one. Then.",
      "at 5 p.m. Monday. Then.", "at 5 P.M. Monday. Then.", "U.S.A. Today. Then.",
      "See 5 U.S.C. 552. Then.", "Fiat S.p.A. Said. Then.", "Hon.B.A. Smith. Then.",
      "He lives in the U.S.", "In the U.S. He said.", "In the U.S.A. He said.",
      "In the U.S.C. He said.", "Gen. Pinochet, Calif. Gov. Wilson. Then.",
      "HMr. Smith. Then.", "Mr.\u00A0Smith. Then.", "No. 5 is here. Then.", "Jan. 5. Then.",
      "I. Then. Q. Then.", "Mr. Mrs. Ms. Dr. Prof. Done.", "Lt. Done. Lt.Cdr. Done.",
      "Mr.\" Then.", "(Mr.) Then.", "Mr.) Then.", "Sept. 11 came. Then.", "S.A. is. Then.",
      "S.A.R. is. Then.", "Etc. Then.", "vs. Then. VS. Then.", "U.S.\u2019 Then.",
  };
  for (const char* locale : kLocales) {
    Pair pair(locale);
    for (const char* c : kCases) pair.Check(c);
  }
}

TEST_CASE("break suppressions: random texts give ICU's filtered breaks", "[segment]") {
  // Tokens: every entry of the locale and of chorus's list, the entries cut
  // after each '.', words, letters, spaces and punctuation.
  const std::vector<std::string> kOther = {
      "Inc", "Smith", "he", "The", "5", "U", "S", "A", "D", "p", "m", "e", ".", ". ", "  ",
      " ", " ", " ", " ", "? ", "! ", "\"", "''", "``", ")", "(", ",", "\u2019", "\u00E9t\u00E9."};
  for (const char* locale : kLocales) {
    std::vector<std::string> tokens = NewsAbbreviations();
    for (const std::string& e : BreakSuppressions::LocaleEntries(locale)) tokens.push_back(e);
    const size_t entries = tokens.size();
    for (size_t i = 0; i < entries; ++i) {
      const std::string entry = tokens[i];
      for (size_t dot = entry.find('.'); dot != std::string::npos && dot + 1 < entry.size();
           dot = entry.find('.', dot + 1)) {
        tokens.push_back(entry.substr(0, dot + 1));
        tokens.push_back(entry.substr(dot + 1));
      }
    }
    for (int copies = 0; copies < 4; ++copies)  // keep the short tokens frequent
      tokens.insert(tokens.end(), kOther.begin(), kOther.end());
    Pair pair(locale);
    std::mt19937 rng(51206);
    std::uniform_int_distribution<size_t> pick(0, tokens.size() - 1), length(1, 12);
    for (int i = 0; i < 100000; ++i) {
      std::string s;
      for (size_t n = length(rng); n > 0; --n) s += tokens[pick(rng)];
      const auto fast = Breaks(pair.plain.get(), s, &pair.suppressions);
      if (fast != Breaks(pair.filtered.get(), s, nullptr)) {
        INFO("locale " << locale);
        pair.Check(s);
        return;
      }
    }
  }
}

TEST_CASE("break suppressions: every shared data article gives ICU's filtered breaks",
          "[segment]") {
  Pair pair("en");
  const size_t texts = test::ForEachSharedArticle([&](std::string text) {
    // As the segmenter sees it: line breaks made spaces.
    for (char& c : text)
      if (c == '\n' || c == '\r') c = ' ';
    const auto fast = Breaks(pair.plain.get(), text, &pair.suppressions);
    if (fast != Breaks(pair.filtered.get(), text, nullptr)) pair.Check(text);
  });
  WARN("compared " << texts << " articles with ICU");
}

}  // namespace internal
}  // namespace chorus
