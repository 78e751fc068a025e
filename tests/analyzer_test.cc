#include "analyzer.h"

#include <catch2/catch.hpp>

namespace chorus {
namespace internal {

namespace {

std::vector<std::string> Terms(const std::string& text, AnalyzerOptions o = {}) {
  std::unique_ptr<Analyzer> a;
  REQUIRE(Analyzer::Create(o, &a).ok());
  auto session = a->NewSession();
  std::vector<std::string> terms;
  session->Analyze(text, &terms);
  return terms;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("analyzer folds, drops stopwords and stems", "[analyze]") {
  CHECK(Terms("The talks were signed in Moscow") == V{"talk", "sign", "moscow"});
  CHECK(Terms("Ceasefire CEASEFIRES ceasefire's") == V{"ceasefir", "ceasefir", "ceasefir"});
  // Curly and straight apostrophes analyze alike; possessives go.
  CHECK(Terms("Russia\xE2\x80\x99s Russia's") == V{"russia", "russia"});
  // Punctuation and symbols are never terms; numbers are.
  CHECK(Terms("-- 2,000 fighters; 280 civilians!") == V{"2,000", "fighter", "280", "civilian"});
  // NFKC folds compatibility forms (full-width letters).
  CHECK(Terms("\xEF\xBC\xB4\xEF\xBC\xA1\xEF\xBC\xAC\xEF\xBC\xAB") == V{"talk"});
  // Single ASCII letters carry no topic.
  CHECK(Terms("a b c U S") == V{});
}

TEST_CASE("analyzer also gives every word, stopwords folded, others as terms", "[analyze]") {
  std::unique_ptr<Analyzer> a;
  REQUIRE(Analyzer::Create({}, &a).ok());
  auto session = a->NewSession();
  std::vector<std::string> terms, words;
  session->Analyze("The talks were signed in Moscow", &terms, &words);
  CHECK(terms == V{"talk", "sign", "moscow"});
  CHECK(words == V{"the", "talk", "were", "sign", "in", "moscow"});
}

TEST_CASE("analyzer options", "[analyze]") {
  AnalyzerOptions no_stem;
  no_stem.stem = false;
  CHECK(Terms("The talks were signed", no_stem) == V{"talks", "signed"});
  AnalyzerOptions keep;
  keep.remove_stopwords = false;
  CHECK(Terms("The talks", keep) == V{"the", "talk"});
  AnalyzerOptions german;
  german.language = "german";
  CHECK(Terms("Verhandlungen", german) == V{"verhandl"});
}

TEST_CASE("unknown language is a usage error listing the known ones", "[analyze]") {
  AnalyzerOptions o;
  o.language = "klingon";
  std::unique_ptr<Analyzer> a;
  Status s = Analyzer::Create(o, &a);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("unknown language 'klingon'") != std::string::npos);
  CHECK(s.message().find("english") != std::string::npos);
  CHECK(StemmerLanguages().size() > 10);
}

TEST_CASE("every Snowball language has a segmentation locale", "[analyze]") {
  CHECK(LocaleForLanguage("german") == "de");
  CHECK(LocaleForLanguage("english") == "en");
  CHECK(LocaleForLanguage("de") == "de");
  for (const auto& l : StemmerLanguages()) {
    INFO(l);
    CHECK(LocaleForLanguage(l) != "root");
  }
}

}  // namespace internal
}  // namespace chorus
