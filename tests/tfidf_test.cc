// BuildTermMatrix and RowCosine against the naive dense TF-IDF of
// tests/reference/reference.h, on random small corpora, plus hand cases.

#include "tfidf.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "reference/dense_bridge.h"

namespace chorus {
namespace internal {

namespace {

using reference::Dense;
using Terms = std::vector<std::vector<std::string>>;

constexpr double kTol = 1e-12;

// Every entry of the fast matrix equals the naive one within kTol.
void CheckMatchesNaive(const Terms& terms) {
  const TermMatrix fast = BuildTermMatrix(terms);
  const reference::NaiveTermMatrix naive = reference::BuildNaiveTermMatrix(terms);
  REQUIRE(fast.vocabulary == naive.vocabulary);
  REQUIRE(fast.idf.size() == naive.idf.size());
  for (size_t t = 0; t < naive.idf.size(); ++t) CHECK(std::fabs(fast.idf[t] - naive.idf[t]) <= kTol);
  REQUIRE(fast.rows.rows() == static_cast<Eigen::Index>(terms.size()));
  REQUIRE(fast.rows.cols() == static_cast<Eigen::Index>(naive.vocabulary.size()));
  const Dense dense = reference::DenseOf(fast.rows);
  for (size_t s = 0; s < terms.size(); ++s)
    for (size_t t = 0; t < naive.vocabulary.size(); ++t) {
      INFO("sentence " << s << " term " << naive.vocabulary[t]);
      CHECK(std::fabs(dense[s][t] - naive.rows[s][t]) <= kTol);
    }
}

}  // namespace

TEST_CASE("tfidf matches the naive reference on random corpora", "[tfidf]") {
  std::mt19937 rng(20240611);
  std::uniform_int_distribution<int> sentences(1, 40), alphabet(1, 24), max_len(0, 12);
  for (int round = 0; round < 300; ++round) {
    const Terms terms =
        reference::RandomSentenceTerms(&rng, sentences(rng), alphabet(rng), max_len(rng));
    INFO("round " << round);
    CheckMatchesNaive(terms);
  }
}

TEST_CASE("tfidf vocabulary is sorted and unique", "[tfidf]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 100; ++round) {
    const Terms terms = reference::RandomSentenceTerms(&rng, 1 + round % 40, 24, 8);
    const TermMatrix m = BuildTermMatrix(terms);
    CHECK(std::is_sorted(m.vocabulary.begin(), m.vocabulary.end()));
    CHECK(std::adjacent_find(m.vocabulary.begin(), m.vocabulary.end()) == m.vocabulary.end());
  }
  // Byte order: prefixes first, UTF-8 (high bytes) after ASCII.
  const TermMatrix m = BuildTermMatrix({{"xy", "x", "café", "cafe", "Ärger", "zebra", "x"}});
  CHECK(m.vocabulary == std::vector<std::string>{"cafe", "café", "x", "xy", "zebra", "Ärger"});
}

TEST_CASE("tfidf vocabulary order: long shared prefixes, NUL and high bytes", "[tfidf]") {
  // The sort decides on the first eight bytes first; these cases tie there
  // or differ only past them, or hold bytes (NUL, 0xFF) at the edges.
  using namespace std::string_literals;
  std::vector<std::string> words = {"internationalization", "international", "internationale",
                                    "internat", "internat\0"s, "internat\xFF", "interna",
                                    "interna\0"s, "\0"s, "\0\0"s, "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF" "a",
                                    "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", "abcdefgh", "abcdefgi", "abcdefghZ"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20; ++round) {
    std::shuffle(words.begin(), words.end(), rng);
    const TermMatrix m = BuildTermMatrix({words});
    std::vector<std::string> sorted = words;
    std::sort(sorted.begin(), sorted.end());
    CHECK(m.vocabulary == sorted);
  }
  // Bigger vocabularies: random strings over a few bytes, so many share
  // their first eight bytes or all but one.
  static const char kBytes[] = {'a', 'b', '\0', '\xFF', 'z', '\x80'};
  std::uniform_int_distribution<int> count(60, 2000), len(0, 12), byte(0, std::size(kBytes) - 1);
  for (int round = 0; round < 40; ++round) {
    std::vector<std::string> vocabulary = words;
    for (int k = count(rng); k > 0; --k) {
      std::string w;
      for (int l = len(rng); l > 0; --l) w += kBytes[byte(rng)];
      vocabulary.push_back(w);
    }
    const TermMatrix m = BuildTermMatrix({vocabulary});
    std::sort(vocabulary.begin(), vocabulary.end());
    vocabulary.erase(std::unique(vocabulary.begin(), vocabulary.end()), vocabulary.end());
    CHECK(m.vocabulary == vocabulary);
  }
}

TEST_CASE("tfidf from ids: columns name the sorted terms; the same matrix", "[tfidf]") {
  // The id overload keeps no strings: its columns are dictionary ids, in
  // the order of the string overload's vocabulary, whatever order the
  // dictionary numbered them in (here terms interned first and last).
  std::mt19937 rng(5);
  for (int round = 0; round < 100; ++round) {
    const Terms terms = reference::RandomSentenceTerms(&rng, 1 + round % 30, 20, 8);
    TermDictionary dict;
    for (int k = 0; k < round % 5; ++k) dict.Intern("unused" + std::to_string(k));
    std::vector<std::vector<int>> ids(terms.size());
    for (size_t s = terms.size(); s-- > 0;)
      for (const auto& t : terms[s]) ids[s].push_back(dict.Intern(t));
    const TermMatrix by_id = BuildTermMatrix(ids, dict);
    const TermMatrix by_string = BuildTermMatrix(terms);
    CHECK(by_id.vocabulary.empty());
    REQUIRE(by_id.columns.size() == by_string.vocabulary.size());
    for (size_t c = 0; c < by_id.columns.size(); ++c)
      CHECK(dict.term(by_id.columns[c]) == by_string.vocabulary[c]);
    CHECK(by_id.idf == by_string.idf);
    CHECK(reference::DenseOf(by_id.rows) == reference::DenseOf(by_string.rows));
  }
}

TEST_CASE("tfidf rows are unit length, empty sentences zero rows", "[tfidf]") {
  const Terms terms = {{"talk", "truce"}, {}, {"talk"}, {}, {"truce", "truce", "aid"}};
  const TermMatrix m = BuildTermMatrix(terms);
  const Dense d = reference::DenseOf(m.rows);
  for (size_t s = 0; s < terms.size(); ++s) {
    const double norm2 = reference::Dot(d[s], d[s]);
    if (terms[s].empty()) {
      CHECK(m.rows.row(static_cast<int>(s)).nonZeros() == 0);
      CHECK(norm2 == 0);
    } else {
      CHECK(norm2 == Approx(1.0).epsilon(1e-12));
    }
  }
  CheckMatchesNaive(terms);
}

TEST_CASE("tfidf hand-computed weights", "[tfidf]") {
  // N = 3; "talk" in 2 sentences: idf ln(4/2); "truce" in 1: ln(4/1).
  const TermMatrix m = BuildTermMatrix({{"talk", "truce", "truce"}, {"talk"}, {}});
  REQUIRE(m.vocabulary == std::vector<std::string>{"talk", "truce"});
  CHECK(m.idf[0] == Approx(std::log(2.0)).epsilon(1e-15));
  CHECK(m.idf[1] == Approx(std::log(4.0)).epsilon(1e-15));
  const double a = std::log(2.0), b = 2 * std::log(4.0);  // tf × idf for sentence 0
  const double norm = std::sqrt(a * a + b * b);
  CHECK(m.rows.coeff(0, 0) == Approx(a / norm).epsilon(1e-14));
  CHECK(m.rows.coeff(0, 1) == Approx(b / norm).epsilon(1e-14));
  CHECK(m.rows.coeff(1, 0) == Approx(1.0).epsilon(1e-14));
  CHECK(m.rows.coeff(1, 1) == 0);
  CHECK(m.rows.row(2).nonZeros() == 0);
}

TEST_CASE("tfidf degenerate corpora", "[tfidf]") {
  SECTION("no sentences") {
    const TermMatrix m = BuildTermMatrix({});
    CHECK(m.vocabulary.empty());
    CHECK(m.rows.rows() == 0);
    CHECK(m.rows.cols() == 0);
  }
  SECTION("only empty sentences") {
    const TermMatrix m = BuildTermMatrix({{}, {}, {}});
    CHECK(m.vocabulary.empty());
    CHECK(m.rows.rows() == 3);
    CHECK(m.rows.nonZeros() == 0);
    CHECK(RowCosine(m.rows, 0, 2) == 0);
  }
  SECTION("a term in every sentence still weighs") {
    const TermMatrix m = BuildTermMatrix({{"talk"}, {"talk"}});
    CHECK(m.idf[0] == Approx(std::log(1.5)));
    CHECK(m.rows.coeff(0, 0) == Approx(1.0));
  }
}

TEST_CASE("RowCosine matches the dense dot product", "[tfidf]") {
  std::mt19937 rng(99);
  std::uniform_int_distribution<int> sentences(1, 40), alphabet(1, 24), max_len(0, 10);
  for (int round = 0; round < 100; ++round) {
    const Terms terms =
        reference::RandomSentenceTerms(&rng, sentences(rng), alphabet(rng), max_len(rng));
    const TermMatrix m = BuildTermMatrix(terms);
    const reference::NaiveTermMatrix naive = reference::BuildNaiveTermMatrix(terms);
    const int n = static_cast<int>(terms.size());
    for (int a = 0; a < n; ++a)
      for (int b = 0; b < n; ++b) {
        INFO("round " << round << " rows " << a << "," << b);
        const double fast = RowCosine(m.rows, a, b);
        CHECK(std::fabs(fast - reference::Dot(naive.rows[a], naive.rows[b])) <= kTol);
        CHECK(fast == RowCosine(m.rows, b, a));  // symmetric, bitwise
      }
  }
  // Identical term lists: cosine 1.
  const TermMatrix m = BuildTermMatrix({{"aid", "vote", "aid"}, {"vote", "aid", "aid"}, {"x"}});
  CHECK(RowCosine(m.rows, 0, 1) == Approx(1.0).epsilon(1e-14));
  CHECK(RowCosine(m.rows, 0, 2) == 0);
}

}  // namespace internal
}  // namespace chorus
