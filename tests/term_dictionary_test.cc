#include "term_dictionary.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <random>

#include "analyzer.h"
#include "word_hash.h"

#include <set>

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

TEST_CASE("word hash: every byte and the length count, low and high bits vary", "[analyze]") {
  CHECK(WordHash("") != WordHash(std::string_view("\0", 1)));
  for (size_t n = 1; n <= 40; ++n) {
    const std::string base(n, 'a');
    for (size_t i = 0; i < n; ++i) {
      std::string other = base;
      other[i] = 'b';
      CHECK(WordHash(other) != WordHash(base));
    }
    CHECK(WordHash(base) != WordHash(base + '\0'));  // the length counts
  }
  // Low bits (open addressing) and bits 16-30 (StemCache slots) both spread.
  std::set<size_t> low, high;
  for (int i = 0; i < 4096; ++i) {
    const size_t h = WordHash("w" + std::to_string(i));
    low.insert(h & 0xFFF);
    high.insert((h >> 16) & 0xFFF);
  }
  CHECK(low.size() > 2400);  // 4096 balls in 4096 bins fill ~2589
  CHECK(high.size() > 2400);
}

TEST_CASE("SameWordBytes agrees with memcmp at every length and difference", "[analyze]") {
  std::mt19937 rng(17);
  for (size_t n = 0; n <= 40; ++n) {
    for (int round = 0; round < 200; ++round) {
      std::string a(n, 'x');
      for (char& c : a) c = static_cast<char>('a' + rng() % 3);
      std::string b = a;
      if (n > 0 && round % 2 == 0) b[rng() % n] = static_cast<char>('a' + rng() % 3);
      INFO("n " << n << " a " << a << " b " << b);
      REQUIRE(SameWordBytes(a.data(), b.data(), n) == (std::memcmp(a.data(), b.data(), n) == 0));
    }
  }
}

TEST_CASE("term dictionary: a given hash and Reserve change no id", "[analyze]") {
  TermDictionary plain, hinted;
  hinted.Reserve(3);
  for (int i = 0; i < 3000; ++i) {
    const std::string t = "t" + std::to_string(i % 1700);
    if (i == 500) hinted.Reserve(5000);
    REQUIRE(hinted.Intern(t, static_cast<uint32_t>(WordHash(t))) == plain.Intern(t));
  }
  REQUIRE(hinted.size() == plain.size());
  for (size_t id = 0; id < plain.size(); ++id)
    CHECK(hinted.term(static_cast<int>(id)) == plain.term(static_cast<int>(id)));
}

TEST_CASE("term dictionary: many terms keep their ids", "[analyze]") {
  TermDictionary dict;
  for (int i = 0; i < 20000; ++i) CHECK(dict.Intern("term" + std::to_string(i)) == i);
  for (int i = 0; i < 20000; ++i) CHECK(dict.Intern("term" + std::to_string(i)) == i);
  CHECK(dict.size() == 20000);
  CHECK(dict.term(12345) == "term12345");
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
