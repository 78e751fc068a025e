#include "term_dictionary.h"

#include <catch2/catch.hpp>

#include "analyzer.h"

namespace chorus {
namespace internal {

TEST_CASE("term dictionary gives equal strings equal dense ids", "[analyze]") {
  TermDictionary dict;
  CHECK(dict.size() == 0);
  CHECK(dict.Intern("talk") == 0);
  CHECK(dict.Intern("truce") == 1);
  CHECK(dict.Intern("talk") == 0);
  CHECK(dict.Intern("") == 2);
  CHECK(dict.size() == 3);
  const std::string& talk = dict.term(0);
  for (int i = 0; i < 1000; ++i) dict.Intern("t" + std::to_string(i));
  CHECK(talk == "talk");  // references survive growth
  CHECK(dict.term(1) == "truce");
  CHECK(dict.term(2).empty());
}

TEST_CASE("analyzer ids name the same terms and words as its strings", "[analyze]") {
  std::unique_ptr<Analyzer> a;
  REQUIRE(Analyzer::Create({}, &a).ok());
  const std::string text = "The talks were signed in Moscow; the TALKS' end.";
  std::vector<std::string> terms, words;
  a->NewSession()->Analyze(text, &terms, &words);
  auto session = a->NewSession();
  TermDictionary dict;
  dict.Intern("unrelated");
  std::vector<int> term_ids, word_ids;
  session->Analyze(text, &dict, &term_ids, &word_ids);
  // A second dictionary on the same session: its cache must not leak ids.
  TermDictionary other;
  std::vector<int> other_terms;
  session->Analyze(text, &other, &other_terms);
  REQUIRE(term_ids.size() == terms.size());
  REQUIRE(word_ids.size() == words.size());
  REQUIRE(other_terms.size() == terms.size());
  for (size_t i = 0; i < terms.size(); ++i) {
    CHECK(dict.term(term_ids[i]) == terms[i]);
    CHECK(other.term(other_terms[i]) == terms[i]);
  }
  for (size_t i = 0; i < words.size(); ++i) CHECK(dict.term(word_ids[i]) == words[i]);
  CHECK(term_ids[0] == term_ids[3]);  // "talks", "TALKS'"
}

}  // namespace internal
}  // namespace chorus
